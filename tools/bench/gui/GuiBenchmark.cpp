// The window's responsiveness on a large library (issue 24): starts the
// real window offscreen on a replicated library and prints, one per line,
//   open_s=         process start to the first rows shown
//   max_stall_ms=   longest event-loop stall while importing files and searching
//   search_p95_ms=  a word typed to its results shown (typing pause included), 95th percentile
//   scroll_fps=     pages of results drawn per second while scrolling
// Usage: lectern-bench-gui --make-library SEED OUT ITEMS
//        lectern-bench-gui LIBRARY IMPORT_FOLDER [QUERIES]
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

#include "../BenchSupport.h"
#include "BenchLibrary.h"
#include "platform/LibraryLocation.h"
#include "platform/ModelLocation.h"
#include "ui/LibraryService.h"
#include "ui/MainWindow.h"
#include "ui/library/ResultsModel.h"
#include "ui/library/ResultsView.h"

using namespace lectern;

namespace {

// Seconds since this process started, from /proc (Linux).
double secondsSinceProcessStart()
{
    std::ifstream stat("/proc/self/stat");
    std::string line;
    std::getline(stat, line);
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    const double startTicks = std::stod(field);
    std::ifstream uptime("/proc/uptime");
    double up = 0;
    uptime >> up;
    return up - startTicks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

// The longest gap between ticks of a fast timer, less its interval.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        timer_.setTimerType(Qt::PreciseTimer);
        timer_.setInterval(kIntervalMs);
        connect(&timer_, &QTimer::timeout, this, [this] {
            const double gap = static_cast<double>(clock_.nsecsElapsed()) / 1e6;
            clock_.restart();
            worst_ = std::max(worst_, gap - kIntervalMs);
        });
    }
    void start()
    {
        worst_ = 0;
        clock_.start();
        timer_.start();
    }
    double worstMs() const { return worst_; }

private:
    static constexpr int kIntervalMs = 5;
    QTimer timer_;
    QElapsedTimer clock_;
    double worst_ = 0;
};

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) return false;
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

std::vector<QString> queries(size_t count)
{
    // Words the replicated titles carry (BenchLibrary's vocabulary draws from
    // the same syllables), half of them still being typed, some with filters.
    std::mt19937 random(11);
    const std::string consonants = "bcdfghklmnprstvz", vowels = "aeiou";
    std::vector<QString> texts;
    for (size_t i = 0; i < count; ++i) {
        std::string word;
        for (int s = 0, n = 2 + static_cast<int>(random() % 2); s < n; ++s) {
            word += consonants[random() % consonants.size()];
            word += vowels[random() % vowels.size()];
        }
        QString text = QString::fromStdString(word);
        // Typed last, a filter stays in the box (a chip only once a space follows).
        if (i % 4 == 1) text += QStringLiteral(" class:music");
        if (i % 4 == 2) text += QStringLiteral(" duration:<5m");
        texts.push_back(text);
    }
    return texts;
}

int run(int argc, char** argv)
{
    QApplication application(argc, argv);
    setApplicationIdentity();
    QCoreApplication::setOrganizationName(QStringLiteral("LecternBench"));
    useBundledModels();
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() >= 5 && arguments[1] == QLatin1String("--make-library")) {
        bench::makeReplicatedLibrary(toPath(arguments[2]), toPath(arguments[3]), arguments[4].toULongLong());
        return 0;
    }
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: lectern-bench-gui LIBRARY IMPORT_FOLDER [QUERIES]\n");
        return 2;
    }
    const size_t queryCount = arguments.size() > 3 ? arguments[3].toULongLong() : 100;

    LibraryService service;
    if (const QString problem = service.open(toPath(arguments[1])); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    MainWindow window(service);
    window.resize(1400, 900);
    window.show();
    ResultsModel* model = window.libraryModel();
    if (!waitFor([model] { return model->itemCount() > 0; }, 120000)) return 2;
    QApplication::processEvents();  // painted
    std::printf("open_s=%.3f\n", secondsSinceProcessStart());
    const int items = model->itemCount();

    StallMeter stalls;
    stalls.start();
    QElapsedTimer importClock;
    importClock.start();
    bool imported = false;
    QObject::connect(&service, &LibraryService::importFinished, [&imported] { imported = true; });
    service.importPaths({arguments[2]});
    if (!waitFor([&] { return imported && model->itemCount() > items; }, 1800000)) return 2;
    const double importSeconds = static_cast<double>(importClock.elapsed()) / 1000;

    std::vector<double> times;
    for (const QString& text : queries(queryCount)) {
        bool answered = false;
        const auto connection = QObject::connect(model, &QAbstractItemModel::modelReset, [&answered] { answered = true; });
        QElapsedTimer clock;
        clock.start();
        window.filterBox()->setText(text);
        emit window.filterBox()->textEdited(text);
        waitFor([&answered] { return answered; }, 30000);
        QApplication::processEvents();  // shown
        times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        QObject::disconnect(connection);
    }
    std::printf("max_stall_ms=%.1f\n", stalls.worstMs());
    std::printf("search_p95_ms=%.1f\n", bench::percentile(times, 0.95));

    window.filterBox()->setText(QString());
    emit window.filterBox()->textEdited(QString());
    waitFor([model, items] { return model->itemCount() > items; }, 60000);
    ResultsView* view = window.libraryView();
    QScrollBar* bar = view->verticalScrollBar();
    QElapsedTimer scrollClock;
    scrollClock.start();
    int frames = 0;
    for (; frames < 300; ++frames) {
        bar->setValue((bar->value() + bar->pageStep()) % std::max(1, bar->maximum()));
        view->viewport()->repaint();
    }
    std::printf("scroll_fps=%.1f\n", frames / (static_cast<double>(scrollClock.nsecsElapsed()) / 1e9));
    std::printf("# %d items listed; %d after importing, in %.1f s; %zu queries, median %.1f ms\n", items,
                model->itemCount(), importSeconds, times.size(), bench::percentile(times, 0.5));
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "lectern-bench-gui: %s\n", error.what());
        return 2;
    }
}
