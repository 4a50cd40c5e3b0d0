#include "ui/search/ModifierPhrases.h"

#include <QCoreApplication>

#include <array>

namespace lectern {
namespace {

// Phrases the engine understands: those it measures (MeasurableModifier.h)
// and the kinds of change the modifier model learnt (tools/train).
constexpr std::array kSuggestions = {
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "quieter"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "louder"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "shorter"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "longer"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "with music"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "without music"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "with speech"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "without speech"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "add background music"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "remove the music"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "make it quieter"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "make it louder"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "less traffic"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "more rain"),
    QT_TRANSLATE_NOOP("lectern::ModifierPhrases", "without the talking"),
};

QString translated(const char* phrase)
{
    return QCoreApplication::translate("lectern::ModifierPhrases", phrase);
}

}  // namespace

QStringList modifierSuggestions()
{
    QStringList phrases;
    for (const char* phrase : kSuggestions) phrases << translated(phrase);
    return phrases;
}

QString modifierForEngine(const QString& typed)
{
    const QString text = typed.trimmed();
    for (const char* phrase : kSuggestions) {
        if (text.compare(translated(phrase), Qt::CaseInsensitive) == 0) return QString::fromLatin1(phrase);
    }
    return text;
}

QString modifierForDisplay(const QString& english)
{
    QStringList phrases = english.split(QStringLiteral(", "));
    for (QString& phrase : phrases) {
        for (const char* suggestion : kSuggestions) {
            if (phrase == QLatin1String(suggestion)) phrase = translated(suggestion);
        }
    }
    return phrases.join(QStringLiteral(", "));
}

}  // namespace lectern
