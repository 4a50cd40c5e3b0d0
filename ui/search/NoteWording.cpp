#include "ui/search/NoteWording.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "ui/search/ModifierPhrases.h"

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
    return note;
}

QString plainNotes(const QStringList& notes)
{
    QStringList plain;
    for (const QString& note : notes) plain << plainNote(note);
    return plain.join(QLatin1Char(' '));
}

}  // namespace lectern
