#include "ui/search/SearchState.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include "search/SearchQuery.h"
#include "ui/common/Formatting.h"

namespace lectern {
namespace {

// lupdate files a bare tr() inside namespace lectern under the context
// "lectern", so that is the context it is looked up in.
QString tr(const char* text) { return QCoreApplication::translate("lectern", text); }

QString quotedIfNeeded(const QString& value)
{
    if (!value.contains(QLatin1Char(' ')) && !value.contains(QLatin1Char('"'))) return value;
    QString inner = value;
    inner.remove(QLatin1Char('"'));  // the query language has no escape for quotes
    return QLatin1Char('"') + inner + QLatin1Char('"');
}

}  // namespace

bool isFilterKey(const QString& key) { return isSearchFilterKey(key.toLower().toStdString()); }

QString SearchState::queryText() const
{
    QStringList parts;
    if (!words.trimmed().isEmpty()) parts << words.trimmed();
    for (const SearchFilter& filter : filters) parts << filter.key + QLatin1Char(':') + quotedIfNeeded(filter.value);
    return parts.join(QLatin1Char(' '));
}

void SearchState::setFilter(const QString& key, const QString& value)
{
    const QString canonical = key.toLower() == QLatin1String("language") ? QStringLiteral("lang") : key.toLower();
    if (value.trimmed().isEmpty()) return removeFilter(canonical);
    for (SearchFilter& filter : filters) {
        if (filter.key == canonical) {
            filter.value = value;
            return;
        }
    }
    filters.push_back({canonical, value});
}

void SearchState::removeFilter(const QString& key)
{
    filters.removeIf([&key](const SearchFilter& filter) { return filter.key == key; });
}

QString SearchState::filterValue(const QString& key) const
{
    for (const SearchFilter& filter : filters) {
        if (filter.key == key) return filter.value;
    }
    return {};
}

QVariantMap SearchState::toVariant() const
{
    QVariantMap map;
    map[QStringLiteral("words")] = words;
    QVariantList list;
    for (const SearchFilter& filter : filters) list.append(QVariant(QVariantList{filter.key, filter.value}));
    map[QStringLiteral("filters")] = list;
    if (example) {
        map[QStringLiteral("exampleFile")] = example->file;
        map[QStringLiteral("exampleItem")] = example->itemId;
        map[QStringLiteral("exampleStart")] = example->startSeconds;
        map[QStringLiteral("exampleEnd")] = example->endSeconds;
        map[QStringLiteral("exampleLabel")] = example->label;
    }
    map[QStringLiteral("modifier")] = modifier;
    return map;
}

SearchState SearchState::fromVariant(const QVariantMap& map)
{
    SearchState state;
    state.words = map.value(QStringLiteral("words")).toString();
    for (const QVariant& entry : map.value(QStringLiteral("filters")).toList()) {
        const QVariantList pair = entry.toList();
        if (pair.size() == 2 && isFilterKey(pair[0].toString())) state.setFilter(pair[0].toString(), pair[1].toString());
    }
    if (map.contains(QStringLiteral("exampleLabel"))) {
        ExampleClip clip;
        clip.file = map.value(QStringLiteral("exampleFile")).toString();
        clip.itemId = map.value(QStringLiteral("exampleItem")).toLongLong();
        clip.startSeconds = map.value(QStringLiteral("exampleStart")).toDouble();
        clip.endSeconds = map.value(QStringLiteral("exampleEnd")).toDouble();
        clip.label = map.value(QStringLiteral("exampleLabel")).toString();
        if (!clip.file.isEmpty() || clip.itemId > 0) state.example = clip;
    }
    state.modifier = map.value(QStringLiteral("modifier")).toString();
    return state;
}

QString liftTypedFilters(const QString& typed, SearchState& state)
{
    // key:value or key:"a value", followed by a space.
    static const QRegularExpression token(QStringLiteral(R"((?:^|\s)([A-Za-z]+):("[^"]*"|[^\s"]+)(?=\s))"));
    QString rest = typed;
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = token.match(rest, from)).hasMatch()) {
        const QString key = match.captured(1);
        if (!isFilterKey(key)) {
            from = match.capturedEnd(0);
            continue;
        }
        QString value = match.captured(2);
        if (value.startsWith(QLatin1Char('"'))) value = value.mid(1, value.size() - 2);
        state.setFilter(key, value);
        rest.remove(match.capturedStart(1), match.capturedEnd(2) - match.capturedStart(1));
        from = match.capturedStart(1);
    }
    return rest.simplified() + (rest.endsWith(QLatin1Char(' ')) && !rest.trimmed().isEmpty() ? QStringLiteral(" ")
                                                                                              : QString());
}

QString filterChipText(const SearchFilter& filter)
{
    const QString& value = filter.value;
    if (filter.key == QLatin1String("class")) return tr("Class: %1").arg(resourceClassName(value.toStdString()));
    if (filter.key == QLatin1String("kind")) {
        return value == QLatin1String("video") ? tr("Video") : value == QLatin1String("audio") ? tr("Audio") : value;
    }
    if (filter.key == QLatin1String("folder") || filter.key == QLatin1String("under")) {
        return tr("Folder: %1").arg(QDir(value).dirName());
    }
    if (filter.key == QLatin1String("collection")) return tr("Collection: %1").arg(value);
    if (filter.key == QLatin1String("status")) {
        if (value == QLatin1String("failed")) return tr("Problems");
        if (value == QLatin1String("missing")) return tr("Missing files");
        return tr("Status: %1").arg(value);
    }
    if (filter.key == QLatin1String("duration")) return tr("Duration %1").arg(value);
    if (filter.key == QLatin1String("lang")) return tr("Language: %1").arg(value);
    if (filter.key == QLatin1String("year")) return tr("Year: %1").arg(value);
    return filter.key + QLatin1Char(':') + value;
}

}  // namespace lectern
