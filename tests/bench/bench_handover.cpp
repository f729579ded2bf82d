// Prints how long a large handover takes: one colleague given 10,000 accounts (and their open next steps)
// hands them all over to another.
//   tandem-cli --database big.db generate --staff 2000 --accounts 100000 --contacts 300000 --requests 1000000
//   --seed 42; build/tests/bench/bench_handover big.db [ACCOUNTS]
// Works on a copy; the database named is not changed. Target: execute under 1 s; holdings and preview
// under 300 ms. --untuned runs with SQLite's default 2 MB page cache and no memory-mapped reads, as every
// connection did before issue 15, for counting system calls before and after (strace -c -f); --trace
// prints each statement that took 20 ms or more (a statement's time runs until it is reset).
#include "BenchDatabase.h"
#include "Database.h"
#include "Handover.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace tandem;

namespace {
double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 first(Database& db, const QString& statement, const QVariantList& values = {})
{
    auto value = sql::scalar(db.connection(), statement, values);
    if (!value) {
        std::fprintf(stderr, "%s\n", qPrintable(value.error().message));
        return 0;
    }
    return value->toLongLong();
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool untuned = arguments.removeAll(QStringLiteral("--untuned")) > 0;
    const bool traced = arguments.removeAll(QStringLiteral("--trace")) > 0;
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: bench_handover DATABASE [ACCOUNTS] [--untuned] [--trace]\n");
        return 1;
    }
    const int size = arguments.size() > 1 ? arguments.at(1).toInt() : 10000;
    QTemporaryDir dir;
    const QString source = arguments.at(0);
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<Database> opened = bench::openCopy(source, dir, QStringLiteral("handover.db"));
    if (!opened) {
        return 3;
    }
    std::printf("copy and open of the database      %9.1f ms\n", milliseconds(timer));
    Database& db = *opened;
    db.setActor(QStringLiteral("bench"));
    if (traced) {
        bench::traceSlowStatements(db, 20); // where the time goes
    }
    if (untuned) {
        sql::run(db.connection(), QStringLiteral("PRAGMA cache_size = -2000"));
        sql::run(db.connection(), QStringLiteral("PRAGMA mmap_size = 0"));
    }

    const qint64 leaving
        = first(db, QStringLiteral("SELECT min(party_id) FROM staff WHERE status = 'active'"));
    const qint64 successor = first(db,
        QStringLiteral("SELECT min(party_id) FROM staff WHERE status = 'active' AND party_id > ?"),
        { leaving });
    timer.restart();
    auto given = sql::run(db.connection(),
        QStringLiteral(
            "UPDATE accounts SET owner_id = ? WHERE party_id IN (SELECT party_id FROM accounts ORDER "
            "BY party_id LIMIT ?)"),
        { leaving, size });
    if (!given) {
        std::fprintf(stderr, "%s\n", qPrintable(given.error().message));
        return 3;
    }
    // Their accounts' open next steps were theirs too.
    auto steps = sql::run(db.connection(),
        QStringLiteral(
            "UPDATE interactions SET staff_id = ? WHERE next_step_done = 0 AND coalesce(next_step, '') "
            "<> '' AND account_id IN (SELECT party_id FROM accounts WHERE owner_id = ?)"),
        { leaving, leaving });
    if (!steps) {
        std::fprintf(stderr, "%s\n", qPrintable(steps.error().message));
        return 3;
    }
    std::printf("giving colleague %lld the accounts  %9.1f ms\n", leaving, milliseconds(timer));

    Handover handover(db);
    timer.restart();
    auto held = handover.holdings(leaving);
    const double heldMs = milliseconds(timer);
    if (!held) {
        std::fprintf(stderr, "%s\n", qPrintable(held.error().message));
        return 3;
    }
    std::printf("holdings: %6lld accounts, %5lld follow-ups, %5lld requests, %3lld pairs %9.1f ms\n",
        qint64(held->accounts.size()), qint64(held->followUps.size()), qint64(held->requests.size()),
        qint64(held->pairs.size()), heldMs);

    Handover::Plan plan;
    plan.from = leaving;
    plan.successor = successor;
    plan.reason = QStringLiteral("Benchmark");
    timer.restart();
    auto moves = handover.preview(plan);
    const double previewMs = milliseconds(timer);
    if (!moves) {
        std::fprintf(stderr, "%s\n", qPrintable(moves.error().message));
        return 3;
    }
    std::printf("preview: %lld moves                 %9.1f ms\n", qint64(moves->size()), previewMs);

    timer.restart();
    auto id = handover.execute(plan);
    const double executed = milliseconds(timer);
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
        return 3;
    }
    std::printf("execute                             %9.1f ms (target 1000 ms)\n", executed);

    timer.restart();
    auto flags = handover.watchFlags();
    std::printf("watch flags: %lld                   %9.1f ms\n", flags ? qint64(flags->size()) : -1LL,
        milliseconds(timer));

    timer.restart();
    auto html = handover.briefingHtml(*id);
    std::printf("briefing as HTML: %lld characters   %9.1f ms\n", html ? qint64(html->size()) : -1LL,
        milliseconds(timer));

    timer.restart();
    const Error undone = handover.undo(*id);
    if (undone) {
        std::fprintf(stderr, "%s\n", qPrintable(undone.message));
        return 3;
    }
    const double undoMs = milliseconds(timer);
    std::printf("undo                                %9.1f ms\n", undoMs);
    // One line for tests/bench/run.sh.
    std::printf("RESULT handover_holdings_ms=%.1f handover_preview_ms=%.1f handover_execute_ms=%.1f "
                "handover_undo_ms=%.1f\n",
        heldMs, previewMs, executed, undoMs);
    return executed < 1000 ? 0 : 2;
}
