#include "ui/settings/UiLanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lectern {
namespace {

// Qt lays the window out right to left where the translation of this says
// "RTL" (Arabic); every translation must answer it, so lupdate keeps it.
//: RTL for a language written right to left, else LTR
[[maybe_unused]] constexpr const char* kLayoutDirection = QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

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
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    // Numbers, sizes and dates follow the chosen language too.
    if (!code.isEmpty()) QLocale::setDefault(locale);
    auto* qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto* ours = new QTranslator(&application);
    if (!ours->load(locale, QStringLiteral("lectern"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    // QGuiApplication reads the direction from the translators when they
    // change; said again here so that it holds before any window exists.
    if (auto* gui = qobject_cast<QGuiApplication*>(&application)) {
        const bool rightToLeft =
            QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == QLatin1String("RTL");
        gui->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    }
    return ours->language();
}

}  // namespace lectern
