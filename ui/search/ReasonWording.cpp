#include "ui/search/ReasonWording.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <vector>

#include "ui/search/ModifierPhrases.h"
#include "ui/search/Rephrasing.h"

namespace lectern {
namespace {

// lupdate files a bare tr() inside namespace lectern under the context
// "lectern", so that is the context it is looked up in.
QString tr(const char* text)
{
    return QCoreApplication::translate("lectern", text);
}

const std::vector<Rephrasing>& rephrasings()
{
    const auto re = [](const char* pattern) { return QRegularExpression(QString::fromUtf8(pattern)); };
    static const std::vector<Rephrasing> known = {
        {re(R"re(^sounds like: "(.*)" at ([\d:]+) \(similarity ([\d.]+)\)$)re"),
         [](const auto& m) {
             return tr("sounds like: \"%1\" at %2 (similarity %3)")
                 .arg(m.captured(1), localClock(m.captured(2)), localNumber(m.captured(3)));
         }},
        {re(R"re(^sounds like: (.+), from ([\d:]+) \(([\d.]+)\)$)re"),
         [](const auto& m) {
             return tr("sounds like: %1, from %2 (%3)")
                 .arg(m.captured(1), localClock(m.captured(2)), localNumber(m.captured(3)));
         }},
        {re(R"re(^sounds a little like: (.+), from ([\d:]+) \(([\d.]+)\)$)re"),
         [](const auto& m) {
             return tr("sounds a little like: %1, from %2 (%3)")
                 .arg(m.captured(1), localClock(m.captured(2)), localNumber(m.captured(3)));
         }},
        {re(R"re(^named like: (.+)$)re"),
         [](const auto& m) { return tr("named like: %1").arg(m.captured(1)); }},
        {re(R"re(^both sound like: (.+)$)re"),
         [](const auto& m) { return tr("both sound like: %1").arg(m.captured(1)); }},
        {re(R"re(^sounds like the example from ([\d.]+) s \(similarity ([\d.]+)\)$)re"),
         [](const auto& m) {
             return tr("sounds like the example from %1 s (similarity %2)")
                 .arg(localNumber(m.captured(1)), localNumber(m.captured(2)));
         }},
        {re(R"re(^same recording from ([\d.]+) s \(([\d.]+) % of the bits agree\)$)re"),
         [](const auto& m) {
             return tr("same recording from %1 s (%2 % of the bits agree)")
                 .arg(localNumber(m.captured(1)), localNumber(m.captured(2)));
         }},
        {re(R"re(^modifier model ([\d.]+)$)re"),
         [](const auto& m) { return tr("modifier model %1").arg(localNumber(m.captured(1))); }},
        {re(R"re(^its annotation has the words$)re"),
         [](const auto&) { return tr("its annotation has the words"); }},
        // What a measured change found: "quieter: -16.0 LU against the example".
        {re(R"re(^([a-z ]+): ([+-]?[\d.]+) LU against the example$)re"),
         [](const auto& m) {
             return tr("%1: %2 LU against the example")
                 .arg(modifierForDisplay(m.captured(1)), localNumber(m.captured(2)));
         }},
        {re(R"re(^([a-z ]+): ([\d.]+) s long$)re"),
         [](const auto& m) {
             return tr("%1: %2 s long").arg(modifierForDisplay(m.captured(1)), localNumber(m.captured(2)));
         }},
        {re(R"re(^([a-z ]+): music ([\d.]+) %$)re"),
         [](const auto& m) {
             return tr("%1: music %2 %").arg(modifierForDisplay(m.captured(1)), localNumber(m.captured(2)));
         }},
        // Where the words were found in the item's own text: "title: …".
        {re(R"re(^(title|artist|album|comment|genre|file name|folder): (.*)$)re"),
         [](const auto& m) {
             static const QHash<QString, const char*> fields = {
                 {QStringLiteral("title"), QT_TRANSLATE_NOOP("lectern", "title")},
                 {QStringLiteral("artist"), QT_TRANSLATE_NOOP("lectern", "artist")},
                 {QStringLiteral("album"), QT_TRANSLATE_NOOP("lectern", "album")},
                 {QStringLiteral("comment"), QT_TRANSLATE_NOOP("lectern", "comment")},
                 {QStringLiteral("genre"), QT_TRANSLATE_NOOP("lectern", "genre")},
                 {QStringLiteral("file name"), QT_TRANSLATE_NOOP("lectern", "file name")},
                 {QStringLiteral("folder"), QT_TRANSLATE_NOOP("lectern", "folder")}};
             return tr("%1: %2").arg(tr(fields.value(m.captured(1))), m.captured(2));
         }},
    };
    return known;
}

}  // namespace

QString plainReason(const QString& reason)
{
    QStringList parts = reason.split(QStringLiteral("; "));
    for (QString& part : parts) part = rephrased(part, rephrasings());
    return parts.join(QStringLiteral("; "));
}

}  // namespace lectern
