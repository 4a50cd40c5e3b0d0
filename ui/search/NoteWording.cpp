#include "ui/search/NoteWording.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "ui/search/ModifierPhrases.h"
#include "ui/search/Rephrasing.h"

namespace lectern {
namespace {

// lupdate files a bare tr() inside namespace lectern under the context
// "lectern", so that is the context it is looked up in.
QString tr(const char* text) { return QCoreApplication::translate("lectern", text); }

// The engine's wording (search/ExampleSearch.cpp).
const QString kUnderstood = QStringLiteral("modifier understood as: ");
const QString kNothingMeasurable = QStringLiteral("the modifier has no measurable meaning that Lectern knows; ");
const QRegularExpression kModelRanks(QStringLiteral(R"re(the modifier model ranks by the whole of "(.*)"$)re"));
const QString kSoundAlike = QStringLiteral("results sound like the example");

QString whatRanksTheRest(const QString& rest)
{
    if (const auto model = kModelRanks.match(rest); model.hasMatch()) {
        return tr("the modifier model interpreted “%1” to rank the rest").arg(modifierForDisplay(model.captured(1)));
    }
    if (rest == kSoundAlike) return tr("the rest are ranked by how alike they sound");
    return rest;
}

// The engine's other notes (search/SearchQuery.cpp, TextSearch.cpp,
// ExampleSearch.cpp, SearchEngine.cpp), said in the window's language.
const std::vector<Rephrasing>& otherNotes()
{
    const auto re = [](const char* pattern) { return QRegularExpression(QString::fromUtf8(pattern)); };
    static const std::vector<Rephrasing> known = {
        {re(R"re(^read as sounds: (.+)$)re"), [](const auto& m) { return tr("read as sounds: %1").arg(m.captured(1)); }},
        {re(R"re(^searched by words only: the sound search knows none of these words$)re"),
         [](const auto&) { return tr("searched by words only: the sound search knows none of these words"); }},
        {re(R"re(^searched by words only: most of these words are not about sounds$)re"),
         [](const auto&) { return tr("searched by words only: most of these words are not about sounds"); }},
        {re(R"re(^searched by words only: (.+)$)re"),
         [](const auto& m) { return tr("searched by words only: %1").arg(m.captured(1)); }},
        {re(R"re(^similar items found by their 64-bit codes: (.+)$)re"),
         [](const auto& m) { return tr("similar items found by their 64-bit codes: %1").arg(m.captured(1)); }},
        {re(R"re(^no similar items: (.+)$)re"), [](const auto& m) { return tr("no similar items: %1").arg(m.captured(1)); }},
        {re(R"re(^empty query: type words, or filters such as class:music$)re"),
         [](const auto&) { return tr("empty query: type words, or filters such as class:music"); }},
        {re(R"re(^the example is silent: there is nothing to compare$)re"),
         [](const auto&) { return tr("the example is silent: there is nothing to compare"); }},
        {re(R"re(^more than (\d+) items match; the best of the first of them are shown — add a word to narrow$)re"),
         [](const auto& m) {
             return tr("more than %1 items match; the best of the first of them are shown — add a word to narrow")
                 .arg(localNumber(m.captured(1)));
         }},
        {re(R"re(^(duration:\S*) not understood \(try duration:<5m or duration:>30s\); ignored$)re"),
         [](const auto& m) { return tr("%1 not understood (try duration:<5m or duration:>30s); ignored").arg(m.captured(1)); }},
        {re(R"re(^(year:\S*) not understood \(try year:2019 or year:2010-2015\); ignored$)re"),
         [](const auto& m) { return tr("%1 not understood (try year:2019 or year:2010-2015); ignored").arg(m.captured(1)); }},
        {re(R"re(^(class:\S*) is not a class \(music, language, lecture, drama, audiobook\); ignored$)re"),
         [](const auto& m) {
             return tr("%1 is not a class (music, language, lecture, drama, audiobook); ignored").arg(m.captured(1));
         }},
        {re(R"re(^(kind:\S*) is neither audio nor video; ignored$)re"),
         [](const auto& m) { return tr("%1 is neither audio nor video; ignored").arg(m.captured(1)); }},
        {re(R"re(^(lang:\S*) names no language; ignored$)re"),
         [](const auto& m) { return tr("%1 names no language; ignored").arg(m.captured(1)); }},
        {re(R"re(^(status:\S*) is not pending, analysed, failed or missing; ignored$)re"),
         [](const auto& m) { return tr("%1 is not pending, analysed, failed or missing; ignored").arg(m.captured(1)); }},
    };
    return known;
}

}  // namespace

QString plainNote(const QString& note)
{
    if (note.startsWith(kUnderstood)) {
        const QString body = note.mid(kUnderstood.size());
        const auto split = body.indexOf(QStringLiteral("; "));
        const QString measured = split < 0 ? body : body.left(split);
        const QString rest = split < 0 ? QString() : body.mid(split + 2);
        QString plain = tr("Measured: %1 (from each recording's loudness, length and class)").arg(modifierForDisplay(measured));
        if (!rest.isEmpty()) plain += QStringLiteral("; ") + whatRanksTheRest(rest);
        return plain + QLatin1Char('.');
    }
    if (note.startsWith(kNothingMeasurable)) {
        return tr("Nothing in the modifier can be measured; %1.").arg(whatRanksTheRest(note.mid(kNothingMeasurable.size())));
    }
    return rephrased(note, otherNotes());
}

QString plainNotes(const QStringList& notes)
{
    QStringList plain;
    for (const QString& note : notes) plain << plainNote(note);
    return plain.join(QLatin1Char(' '));
}

}  // namespace lectern
