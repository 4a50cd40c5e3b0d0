// The modifier phrases the window suggests, in the window's language, and
// what the engine is given for them: the measured changes are understood in
// six languages (MeasurableModifier), but the modifier model learnt English,
// so a chosen suggestion reaches it as the English phrase it translates.
#pragma once

#include <QString>
#include <QStringList>

namespace lectern {

// The suggestions, translated.
QStringList modifierSuggestions();
// The English phrase where `typed` is a translated suggestion (whatever its
// case and surrounding spaces), else `typed` trimmed.
QString modifierForEngine(const QString& typed);
// The other way, for what the engine says back: each comma-separated phrase
// that is a suggestion, in the window's language.
QString modifierForDisplay(const QString& english);

}  // namespace lectern
