#include "cli/CliText.h"

#include <QCoreApplication>
#include <QString>

namespace lectern {

std::string tr(const char* text)
{
    return QCoreApplication::translate("lectern", text).toStdString();
}

std::string filled(const std::string& pattern, std::initializer_list<std::string> values)
{
    QString text = QString::fromStdString(pattern);
    for (const std::string& value : values) text = text.arg(QString::fromStdString(value));
    return text.toStdString();
}

}  // namespace lectern
