// The engine's notes on a search, said for a teacher: which words of a
// modifier Lectern measured (loudness, duration, music or speech) and which
// the modifier model interpreted. Notes it does not know pass unchanged.
#pragma once

#include <QString>
#include <QStringList>

namespace lectern {

QString plainNote(const QString& engineNote);
QString plainNotes(const QStringList& engineNotes);

}  // namespace lectern
