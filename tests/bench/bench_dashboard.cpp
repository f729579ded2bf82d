// Prints what the Dashboard costs when the window opens on a large database: each part it computes (the
// figures, the accounts at risk, the satisfaction charts and ranking, the Today list), in milliseconds of
// wall clock and of CPU, and the statements that took 5 ms or more.
//   build/tests/bench/bench_dashboard big.db [--watched N] [--untuned]
// Works on a copy (upgraded when older); the database named is not changed. --watched N first
// hands N accounts over (not timed), so that the watch of handed-over accounts is measured at that size.
// --untuned runs with SQLite's default page cache and no memory-mapped reads. Target: 1000 ms of CPU.
#include "BenchDatabase.h"
#include "Dashboard.h"
#include "Database.h"
#include "Handover.h"
#include "Lists.h"
#include "PagedListModel.h"
#include "Satisfaction.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace tandem;

namespace {

double cpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Spent
{
    double wall = 0;
    double cpu = 0;
};

// Runs `part` and prints its time; a failure is printed and ends the run.
Spent measure(const char* name, const std::function<Error()>& part)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuMilliseconds();
    const Error error = part();
    const Spent spent { double(timer.nsecsElapsed()) / 1e6, cpuMilliseconds() - cpuBefore };
    if (error) {
        std::fprintf(stderr, "%s: %s\n", name, qPrintable(error.message));
        std::exit(3);
    }
    std::printf("%-34s %9.1f ms  (CPU %7.1f ms)\n", name, spent.wall, spent.cpu);
    return spent;
}

// Gives the first active colleague `count` accounts and hands them over to the next one.
Error handOver(Database& db, int count)
{
    auto leaving = sql::scalar(
        db.connection(), QStringLiteral("SELECT min(party_id) FROM staff WHERE status = 'active'"));
    if (!leaving) {
        return leaving.error();
    }
    auto successor = sql::scalar(db.connection(),
        QStringLiteral("SELECT min(party_id) FROM staff WHERE status = 'active' AND party_id > ?"),
        { *leaving });
    if (!successor) {
        return successor.error();
    }
    auto given = sql::run(db.connection(),
        QStringLiteral("UPDATE accounts SET owner_id = ? WHERE party_id IN (SELECT party_id FROM accounts "
                       "ORDER BY party_id LIMIT ?)"),
        { *leaving, count });
    if (!given) {
        return given.error();
    }
    Handover::Plan plan;
    plan.from = leaving->toLongLong();
    plan.successor = successor->toLongLong();
    plan.reason = QStringLiteral("Benchmark");
    auto id = Handover(db).execute(plan);
    return id ? Error() : id.error();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool untuned = arguments.removeAll(QStringLiteral("--untuned")) > 0;
    int watched = 0;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--watched"));
        at >= 0 && at + 1 < arguments.size()) {
        watched = arguments.at(at + 1).toInt();
        arguments.remove(at, 2);
    }
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: bench_dashboard DATABASE [--watched N] [--untuned]\n");
        return 1;
    }
    QTemporaryDir dir;
    QElapsedTimer opening;
    opening.start();
    const std::unique_ptr<Database> opened
        = bench::openCopy(arguments.at(0), dir, QStringLiteral("dashboard.db"));
    if (!opened) {
        return 3;
    }
    Database& db = *opened;
    db.setActor(QStringLiteral("bench"));
    std::printf(
        "copying and opening (any upgrade)  %9.1f ms  (not counted)\n", double(opening.nsecsElapsed()) / 1e6);
    if (untuned) {
        sql::run(db.connection(), QStringLiteral("PRAGMA cache_size = -2000"));
        sql::run(db.connection(), QStringLiteral("PRAGMA mmap_size = 0"));
    }
    if (watched > 0) {
        measure("handing accounts over (not counted)", [&] { return handOver(db, watched); });
    }
    bench::traceSlowStatements(db, 5);

    DashboardFigures figures;
    const Spent counts = measure("figures (cards)", [&]() -> Error {
        auto result = Dashboard::figures(db);
        if (!result) {
            return result.error();
        }
        figures = *result;
        return {};
    });
    int flags = 0;
    const Spent risk = measure("  of which: watch flags", [&]() -> Error {
        auto result = Handover(db).watchFlags();
        if (!result) {
            return result.error();
        }
        flags = int(result->size());
        return {};
    });
    Satisfaction satisfaction(db);
    Satisfaction::Overview overview;
    const Spent months = measure("satisfaction trend, 12 months", [&]() -> Error {
        auto result = satisfaction.monthlyTrend(0, SatisfactionWindow::lastDays(365));
        if (!result) {
            return result.error();
        }
        overview.months = *result;
        return {};
    });
    const Spent ranking = measure("departments ranked, 90 days", [&]() -> Error {
        auto result = satisfaction.departmentRanking(SatisfactionWindow::lastDays(90));
        if (!result) {
            return result.error();
        }
        overview.departments = *result;
        return {};
    });
    const Spent weeks = measure("raised and closed, 12 weeks", [&]() -> Error {
        auto result = satisfaction.weeklyFlow(12);
        if (!result) {
            return result.error();
        }
        overview.weeks = *result;
        return {};
    });
    int dueRows = 0;
    const Spent today = measure("Today list: count, first page", [&]() -> Error {
        PagedListModel model(db, lists::dueFollowUps());
        dueRows = model.rowCount();
        if (dueRows > 0) {
            model.index(0, 0).data();
        }
        return model.lastError().isEmpty() ? Error() : Error::database(model.lastError());
    });
    const double totalWall = counts.wall + months.wall + ranking.wall + weeks.wall + today.wall;
    const double totalCpu = counts.cpu + months.cpu + ranking.cpu + weeks.cpu + today.cpu;
    std::printf(
        "total                              %9.1f ms  (CPU %7.1f ms; target 1000 ms)\n", totalWall, totalCpu);
    std::printf("\nopen %lld, overdue %lld, done in 30 days %lld, rated in 90 days %lld (mean %.2f), "
                "follow-ups due %lld (list %d), watched %lld, at risk %lld (%d flags, %.1f ms)\n",
        figures.openRequests, figures.overdueRequests, figures.closedLast30Days, figures.ratedLast90Days,
        figures.averageRating90Days, figures.followUpsDue, dueRows, figures.watchedAccounts,
        figures.accountsAtRisk, flags, risk.wall);
    std::printf("departments %lld, first %s; months %lld; weeks %lld\n", qint64(overview.departments.size()),
        overview.departments.isEmpty() ? "" : qPrintable(overview.departments.first().name),
        qint64(overview.months.size()), qint64(overview.weeks.size()));
    // One line for tests/bench/run.sh.
    std::printf("RESULT dashboard_ms=%.1f\n", totalWall);
    return 0;
}
