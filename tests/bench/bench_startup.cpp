// Prints how long Tandem takes from start to the first rows of the Accounts page, and its peak memory:
//   build/tests/bench/bench_startup big.db
// It builds the same window the app shows, on the same database, offscreen or on a display.
#include "AccountsPage.h"
#include "AppController.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QThreadPool>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace tandem;

int main(int argc, char* argv[])
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup DATABASE\n");
        return 1;
    }
    translations::install(QStringLiteral("en"));
    auto controller = std::make_unique<AppController>();
    if (!controller->openDatabase(QString::fromLocal8Bit(argv[1]), false)) {
        return 3;
    }
    const double windowMs = double(timer.nsecsElapsed()) / 1e6;
    controller->window()->showPage(Page::Accounts);
    ListPage* accounts = qobject_cast<AccountsPage*>(controller->window()->page(Page::Accounts))->list();
    QString first;
    while (first.isEmpty()) {
        QApplication::processEvents();
        first = accounts->view()->model() ? accounts->view()->model()->index(0, 0).data().toString()
                                          : QString();
    }
    const double rowsMs = double(timer.nsecsElapsed()) / 1e6;
    struct rusage usage
    {
    };
    getrusage(RUSAGE_SELF, &usage);
    std::printf("main window shown        %8.1f ms\n", windowMs);
    std::printf("accounts first row       %8.1f ms  (%s, %s)\n", rowsMs, qPrintable(first),
        qPrintable(accounts->countText()));
    std::printf("peak memory              %8.1f MB\n", double(usage.ru_maxrss) / 1024.0);

    // Quitting as the app does: the window closes, the event loop ends, the controller (the database and
    // its connection) goes, and the threads still working are waited for.
    for (int settle = 0; settle < 20; ++settle) {
        QApplication::processEvents();
    }
    timer.restart();
    controller->window()->close();
    QApplication::processEvents();
    controller.reset();
    QThreadPool::globalInstance()->waitForDone();
    const double quitMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("quitting                 %8.1f ms\n", quitMs);
    std::printf("RESULT first_row_ms=%.1f quit_ms=%.1f peak_mb=%.1f\n", rowsMs, quitMs,
        double(usage.ru_maxrss) / 1024.0);
    return 0;
}
