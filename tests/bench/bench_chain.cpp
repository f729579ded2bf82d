// Prints how long chain questions take on a large database:
//   build/tests/bench/bench_chain big.db
#include "ChainGraph.h"
#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace tandem;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_chain DATABASE\n");
        return 1;
    }
    Database::Options options;
    options.create = false;
    options.quickCheck = false;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    QElapsedTimer timer;
    timer.start();
    auto graph = ChainGraph::load(**db);
    if (!graph) {
        std::fprintf(stderr, "%s\n", qPrintable(graph.error().message));
        return 3;
    }
    std::printf("load the graph (%d edges)          %8.1f ms  (once per window)\n", graph->edgeCount(),
        double(timer.nsecsElapsed()) / 1e6);
    const char* const samples[][2] = {
        { "first department", "SELECT min(party_id) FROM departments" },
        { "a top manager", "SELECT min(party_id) FROM staff WHERE rank_level = 1" },
        { "a middle manager", "SELECT min(party_id) FROM staff WHERE rank_level = 2" },
        { "a sales rep", "SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1" },
    };
    for (const auto& sample : samples) {
        const qint64 party = sql::scalar((*db)->connection(), QString::fromLatin1(sample[1]))->toLongLong();
        timer.restart();
        const int served = int(graph->servedAccounts(party).size());
        const auto paths = graph->pathsToAccounts(party, 10);
        const int suppliers = int(graph->suppliers(party).size());
        QList<ChainGraph::Edge> edges = graph->edgesAlong(paths);
        edges << graph->edgesInto(party);
        auto health = ChainGraph::health(**db, edges);
        std::printf("chain of %-18s %8.1f ms  (serves %d accounts, %d suppliers, %d edges rated)\n",
            sample[0], double(timer.nsecsElapsed()) / 1e6, served, suppliers,
            health ? int(health->size()) : -1);
    }
    timer.restart();
    const int isolated = int(graph->reachingNoAccount().size());
    std::printf("parties reaching no account         %8.1f ms  (%d of them)\n",
        double(timer.nsecsElapsed()) / 1e6, isolated);
    return 0;
}
