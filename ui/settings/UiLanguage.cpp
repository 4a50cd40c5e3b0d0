#include "ui/settings/UiLanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include "Translations.h"

namespace lectern {
namespace {

// Qt lays the window out right to left where the translation of this says
// "RTL" (Arabic); every translation must answer it, so lupdate keeps it.
//: RTL for a language written right to left, else LTR
[[maybe_unused]] constexpr const char* kLayoutDirection =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

}  // namespace

QList<UiLanguage> uiLanguages()
{
    // The codes are those of translations/lectern_*.ts (resources/CMakeLists.txt).
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("ar"), QStringLiteral("العربية")}};
}

QString installUiLanguage(QCoreApplication& application, const QString& code)
{
    const QString loaded = loadTranslations(application, code);
    // QGuiApplication reads the direction from the translators when they
    // change; said again here so that it holds before any window exists.
    if (auto* gui = qobject_cast<QGuiApplication*>(&application)) {
        // (Also where nothing was found: an earlier right-to-left call is undone.)
        const bool rightToLeft =
            QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == QLatin1String("RTL");
        gui->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    }
    return loaded;
}

}  // namespace lectern
