// The window in each of its languages: every translation is compiled into
// the program, the window builds and speaks the language, Arabic lays out
// right to left, numbers follow the language, and English needs no file.
// That each translation covers every string of the sources is checked by
// TranslationCoverage (tools/i18n/check-translations.py).
#include <QtTest>

#include <QMenuBar>
#include <QTranslator>

#include "support/TestSupport.h"
#include "ui/LibraryService.h"
#include "ui/MainWindow.h"
#include "ui/common/Formatting.h"
#include "ui/search/ModifierPhrases.h"
#include "ui/search/NoteWording.h"
#include "ui/search/ReasonWording.h"
#include "ui/settings/UiLanguage.h"

using namespace lectern;

namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* menu : window.menuBar()->actions()) titles << menu->text();
    return titles;
}

QStringList translatedLanguages()
{
    QStringList codes;
    for (const UiLanguage& language : uiLanguages()) {
        if (language.code != QLatin1String("en")) codes << language.code;
    }
    return codes;
}

}  // namespace

class TranslationTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { installUiLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

    void everyLanguageOfTheSettingsHasItsTranslationInTheProgram()
    {
        for (const QString& code : translatedLanguages()) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/lectern_%1.qm").arg(code)), qPrintable(code));
            QVERIFY2(!translator.isEmpty(), qPrintable(code));
        }
        QCOMPARE(translatedLanguages().size(), 5);
    }

    void theWindowBuildsAndSpeaksEachLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fileMenu");
        QTest::newRow("German") << "de" << "&Datei";
        QTest::newRow("French") << "fr" << "&Fichier";
        QTest::newRow("Spanish") << "es" << "&Archivo";
        QTest::newRow("Chinese") << "zh_CN" << "文件(&F)";
        QTest::newRow("Arabic") << "ar" << "&ملف";
    }

    void theWindowBuildsAndSpeaksEachLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, fileMenu);
        QCOMPARE(installUiLanguage(*QCoreApplication::instance(), code), code);
        test::Scratch scratch;
        LibraryService service;
        QVERIFY(service.open(scratch.path("lib")).isEmpty());
        MainWindow window(service);
        window.show();
        QCOMPARE(menuTitles(window).value(0), fileMenu);
        QCOMPARE(resourceClassName("music"), QCoreApplication::translate("lectern", "Music"));
        QVERIFY(resourceClassName("music") != QLatin1String("Music"));
    }

    void arabicLaysTheWindowOutRightToLeft()
    {
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("ar"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }

    void numbersAndDurationsFollowTheLanguage()
    {
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
        QCOMPARE(formatDuration(75), QStringLiteral("1:15"));
        QCOMPARE(formatDuration(3725), QStringLiteral("1:02:05"));
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("ar"));
        QCOMPARE(formatDuration(75), QStringLiteral("١:١٥"));
    }

    void aChosenModifierSuggestionReachesTheEngineInEnglish()
    {
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(modifierSuggestions().value(0), QStringLiteral("plus calme"));
        QCOMPARE(modifierForEngine(QStringLiteral(" Plus calme ")), QStringLiteral("quieter"));
        QCOMPARE(modifierForEngine(QStringLiteral("un peu moins de vent")), QStringLiteral("un peu moins de vent"));
    }

    void whatTheEngineMeasuredIsShownInTheLanguage()
    {
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(modifierForDisplay(QStringLiteral("quieter, without music")), QStringLiteral("leiser, ohne Musik"));
        QVERIFY(plainNote(QStringLiteral("modifier understood as: quieter")).contains(QStringLiteral("leiser")));
    }

    void whyAResultMatchedIsSaidInTheLanguage()
    {
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(plainReason(QStringLiteral("sounds like: dog, from 0:09 (0.88); title: The [dog] park")),
                 QStringLiteral("ressemble à : dog, à partir de 0:09 (0,88); titre : The [dog] park"));
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("ar"));
        QVERIFY(plainReason(QStringLiteral("same recording from 2.5 s (97 % of the bits agree)"))
                    .contains(QStringLiteral("٢٫٥")));
    }

    void theEnginesNotesAreSaidInTheLanguage()
    {
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("fr"));
        QCOMPARE(plainNote(QStringLiteral("read as sounds: water")), QStringLiteral("lu comme des sons : water"));
        QCOMPARE(plainNote(QStringLiteral("kind:photo is neither audio nor video; ignored")),
                 QStringLiteral("kind:photo n’est ni audio ni video ; ignoré"));
    }

    void aReasonOfUnknownShapeIsShownAsItIs()
    {
        installUiLanguage(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(plainReason(QStringLiteral("something new the engine says")), QStringLiteral("something new the engine says"));
    }

    void englishReasonsAreShownAsTheEngineWordsThem()
    {
        const QString reason = QStringLiteral("sounds like: \"lesson\" at 0:00 (similarity 0.42); named like: classroom");
        QCOMPARE(plainReason(reason), reason);
    }

    void englishIsTheSourceAndNeedsNoTranslation()
    {
        QCOMPARE(installUiLanguage(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(resourceClassName("music"), QStringLiteral("Music"));
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    }
};

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LecternTests"));
    QStandardPaths::setTestModeEnabled(true);
    TranslationTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "TranslationTest.moc"
