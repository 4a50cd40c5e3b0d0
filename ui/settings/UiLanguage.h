// The window's languages: which there are, and putting one in place (Qt's
// own strings, Lectern's, the layout direction and the locale that numbers,
// durations and dates are written in).
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace lectern {

struct UiLanguage {
    QString code;        // "de", "zh_CN"; "en" is the source language
    QString nativeName;  // as its speakers write it, for the settings
};

// English and every language with a translation compiled into the program.
QList<UiLanguage> uiLanguages();

// Installs the translators for `code` ("" follows the system): returns the
// language put in place, "en" where none was asked or found. Right-to-left
// languages lay the window out right to left.
QString installUiLanguage(QCoreApplication& application, const QString& code);

}  // namespace lectern
