#include "ui/search/Rephrasing.h"

#include <QLocale>
#include <QStringList>

namespace lectern {

QString rephrased(const QString& text, const std::vector<Rephrasing>& rephrasings)
{
    for (const Rephrasing& rephrasing : rephrasings) {
        if (const auto match = rephrasing.shape.match(text); match.hasMatch()) return rephrasing.say(match);
    }
    return text;
}

QString localNumber(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) return text;
    const auto point = text.indexOf(QLatin1Char('.'));
    const int decimals = point < 0 ? 0 : static_cast<int>(text.size() - point - 1);
    QString shown = QLocale().toString(value, 'f', decimals);
    if (text.startsWith(QLatin1Char('+'))) shown.prepend(QLocale().positiveSign());
    return shown;
}

QString localClock(const QString& text)
{
    QStringList parts = text.split(QLatin1Char(':'));
    for (QString& part : parts) {
        const QString digits = QLocale().toString(part.toInt());
        part = part.size() == 2 && part.toInt() < 10 ? QLocale().zeroDigit() + digits : digits;
    }
    return parts.join(QLatin1Char(':'));
}

}  // namespace lectern
