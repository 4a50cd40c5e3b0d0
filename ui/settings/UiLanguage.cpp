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

const QString kTranslatorName = QStringLiteral("lectern-ui-language");

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
    // Those of an earlier call go: the language can be put in place again.
    for (QTranslator* earlier : application.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Numbers, sizes and dates follow the chosen language too.
    QLocale::setDefault(locale);
    const auto install = [&](const QString& name, const QString& folder) -> QTranslator* {
        auto* translator = new QTranslator(&application);
        translator->setObjectName(kTranslatorName);
        if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
            delete translator;
            return nullptr;
        }
        QCoreApplication::installTranslator(translator);
        return translator;
    };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QTranslator* ours = install(QStringLiteral("lectern"), QStringLiteral(":/i18n"));
    // QGuiApplication reads the direction from the translators when they
    // change; said again here so that it holds before any window exists.
    if (auto* gui = qobject_cast<QGuiApplication*>(&application)) {
        // (Also where nothing was found: an earlier right-to-left call is undone.)
        const bool rightToLeft =
            QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") == QLatin1String("RTL");
        gui->setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    }
    return ours ? ours->language() : QStringLiteral("en");
}

}  // namespace lectern
