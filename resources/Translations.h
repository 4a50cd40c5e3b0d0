// Loading the translations compiled into the programs (translations/*.ts,
// built by lrelease into :/i18n): Qt Core only, so lectern-cli uses it too.
#pragma once

#include <QString>

class QCoreApplication;

namespace lectern {

// Installs Qt's and Lectern's translators for `code` ("" follows the system),
// replacing those of an earlier call, and makes its locale the default (for
// numbers and dates). Returns the language loaded, "en" where none was asked
// for or found.
QString loadTranslations(QCoreApplication& application, const QString& code);

}  // namespace lectern
