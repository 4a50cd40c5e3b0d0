// Saying the engine's English again in the window's language. core/ has no
// Qt and words its notes and reasons in English, in a few fixed shapes; a
// Rephrasing is one shape (a regular expression over the whole text) and
// how to say it, through the translation system, with what it captured.
#pragma once

#include <QRegularExpression>
#include <QString>

#include <functional>
#include <vector>

namespace lectern {

struct Rephrasing {
    QRegularExpression shape;
    std::function<QString(const QRegularExpressionMatch&)> say;
};

// The first rephrasing whose shape matches the whole of `text`, else `text` as it is.
QString rephrased(const QString& text, const std::vector<Rephrasing>& rephrasings);

// A number the engine wrote with a point, in the language's digits and with
// as many decimals; a "m:ss" or "h:mm:ss" time likewise.
QString localNumber(const QString& text);
QString localClock(const QString& text);

}  // namespace lectern
