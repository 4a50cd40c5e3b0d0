#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lectern {
namespace {

const QString kTranslatorName = QStringLiteral("lectern-translation");

}  // namespace

QString loadTranslations(QCoreApplication& application, const QString& code)
{
    // Those of an earlier call go: the language can be put in place again.
    for (QTranslator* earlier :
         application.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
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
    return ours ? ours->language() : QStringLiteral("en");
}

}  // namespace lectern
