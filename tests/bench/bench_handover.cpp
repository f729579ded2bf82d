// Prints how long a large handover takes: one colleague given 10,000 accounts (and their open next steps)
// hands them all over to another.
//   tandem-cli --database big.db generate --staff 2000 --accounts 100000 --contacts 300000 --requests 1000000
//   --seed 42; build/tests/bench/bench_handover big.db [ACCOUNTS]
// Works on a copy; the database named is not changed. Target: execute under 1 s.
#include "Database.h"
#include "Handover.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
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
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_handover DATABASE [ACCOUNTS]\n");
        return 1;
    }
    const int size = argc > 2 ? QByteArray(argv[2]).toInt() : 10000;
    QTemporaryDir dir;
    const QString source = QString::fromLocal8Bit(argv[1]);
    const QString copy = dir.filePath(QStringLiteral("handover.db"));
    QElapsedTimer timer;
    timer.start();
    for (const char* suffix : { "", "-wal" }) {
        const QString from = source + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::copy(from, copy + QLatin1String(suffix))) {
            std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(from), qPrintable(dir.path()));
            return 1;
        }
    }
    std::printf("copy of the database               %9.1f ms\n", milliseconds(timer));

    Database::Options options;
    options.create = false;
    options.quickCheck = false;
    auto opened = Database::open(copy, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    Database& db = **opened;
    db.setActor(QStringLiteral("bench"));

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
    if (!held) {
        std::fprintf(stderr, "%s\n", qPrintable(held.error().message));
        return 3;
    }
    std::printf("holdings: %6lld accounts, %5lld follow-ups, %5lld requests, %3lld pairs %9.1f ms\n",
        qint64(held->accounts.size()), qint64(held->followUps.size()), qint64(held->requests.size()),
        qint64(held->pairs.size()), milliseconds(timer));

    Handover::Plan plan;
    plan.from = leaving;
    plan.successor = successor;
    plan.reason = QStringLiteral("Benchmark");
    timer.restart();
    auto moves = handover.preview(plan);
    if (!moves) {
        std::fprintf(stderr, "%s\n", qPrintable(moves.error().message));
        return 3;
    }
    std::printf("preview: %lld moves                 %9.1f ms\n", qint64(moves->size()), milliseconds(timer));

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
    std::printf("undo                                %9.1f ms\n", milliseconds(timer));
    return executed < 1000 ? 0 : 2;
}
