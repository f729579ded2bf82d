#include "ChainDot.h"
#include "ChainGraph.h"
#include "Clock.h"
#include "EntityStore.h"
#include "Graphviz.h"
#include "TestSupport.h"

#include <QTest>

using namespace tandem;

// A small organisation whose chain is known by heart:
//   Purchasing → Production → Sales (process pairs; Production → Sales is one-sided)
//   Sales → rep (membership), Purchasing → buyer (membership)
//   boss ⇄ rep (rank pair), rep → A1, rep → A2 (ownership); A3 has no owner; idle has nobody.
class TestChainGraph : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QHash<QString, qint64> m_id;

    void add(const QString& key, const Entity& entity, const QMap<QString, QString>& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        QVERIFY2(id, qPrintable(id.error().message));
        m_id.insert(key, *id);
    }

    QList<qint64> ids(const QStringList& keys) const
    {
        QList<qint64> result;
        for (const QString& key : keys) {
            result << m_id.value(key);
        }
        return result;
    }

    static QList<qint64> sorted(QList<qint64> list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        m_db = test::openIn(m_dir);
        QVERIFY(m_db);
        const auto s = [](const char* text) {
            return QString::fromUtf8(text);
        };
        add(s("P"), entities::department(), { { s("name"), s("Purchasing") } });
        add(s("R"), entities::department(), { { s("name"), s("Production") } });
        add(s("S"), entities::department(), { { s("name"), s("Sales") } });
        add(s("boss"), entities::staff(), { { s("name"), s("Bea Boss") }, { s("rank_level"), s("1") } });
        add(s("rep"), entities::staff(),
            { { s("name"), s("Rob Rep") }, { s("department_id"), s("Sales") },
                { s("manager_id"), s("Bea Boss") } });
        add(s("buyer"), entities::staff(),
            { { s("name"), s("Ben Buyer") }, { s("department_id"), s("Purchasing") } });
        add(s("idle"), entities::staff(), { { s("name"), s("Ida Idle") } });
        add(s("PR"), entities::link(),
            { { s("a_party"), s("Purchasing") }, { s("b_party"), s("Production") },
                { s("kind"), s("process") }, { s("a_to_b"), s("Castings \"A\" grade") },
                { s("b_to_a"), s("Material plan") } });
        add(s("RS"), entities::link(),
            { { s("a_party"), s("Production") }, { s("b_party"), s("Sales") }, { s("kind"), s("process") },
                { s("a_to_b"), s("Finished pumps") } });
        add(s("BR"), entities::link(),
            { { s("a_party"), s("Bea Boss") }, { s("b_party"), s("Rob Rep") }, { s("kind"), s("rank") },
                { s("a_to_b"), s("Targets") }, { s("b_to_a"), s("Weekly report") } });
        add(s("A1"), entities::account(), { { s("name"), s("Acme") }, { s("owner_id"), s("Rob Rep") } });
        add(s("A2"), entities::account(), { { s("name"), s("Bolt") }, { s("owner_id"), s("Rob Rep") } });
        add(s("A3"), entities::account(), { { s("name"), s("Crane") } });
        // Sales waits on Production: one overdue request, and a poorly rated closed one.
        add(s("late"), entities::request(),
            { { s("requester"), s("Sales") }, { s("provider"), s("Production") },
                { s("title"), s("Pumps for Acme") }, { s("created_at"), s("2026-11-01T08:00:00Z") },
                { s("due_at"), s("2026-11-10T08:00:00Z") } });
        add(s("rated"), entities::request(),
            { { s("requester"), s("Purchasing") }, { s("provider"), s("Production") },
                { s("title"), s("Plan") }, { s("status"), s("done") }, { s("requester_rating"), s("2") } });
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void findsWhomAPartyServes()
    {
        auto graph = ChainGraph::load(*m_db);
        QVERIFY(graph);
        QCOMPARE(sorted(graph->servedAccounts(m_id.value(QStringLiteral("P")))),
            ids({ QStringLiteral("A1"), QStringLiteral("A2") }));
        QCOMPARE(sorted(graph->servedAccounts(m_id.value(QStringLiteral("boss")))),
            ids({ QStringLiteral("A1"), QStringLiteral("A2") }));
        QVERIFY(graph->servedAccounts(m_id.value(QStringLiteral("buyer"))).isEmpty());
        const auto paths = graph->pathsToAccounts(m_id.value(QStringLiteral("P")), 1);
        QCOMPARE(paths.size(), 1);
        QCOMPARE(paths.first(),
            ids({ QStringLiteral("P"), QStringLiteral("R"), QStringLiteral("S"), QStringLiteral("rep"),
                QStringLiteral("A1") }));
    }

    void findsWhoSuppliesAParty()
    {
        auto graph = ChainGraph::load(*m_db);
        QCOMPARE(sorted(graph->suppliers(m_id.value(QStringLiteral("rep")))),
            sorted(ids(
                { QStringLiteral("S"), QStringLiteral("boss"), QStringLiteral("R"), QStringLiteral("P") })));
        QCOMPARE(sorted(graph->suppliers(m_id.value(QStringLiteral("P")))), ids({ QStringLiteral("R") }));
        QVERIFY(graph->suppliers(m_id.value(QStringLiteral("idle"))).isEmpty());
    }

    void findsPartiesReachingNoCustomer()
    {
        auto graph = ChainGraph::load(*m_db);
        QCOMPARE(
            graph->reachingNoAccount(), sorted(ids({ QStringLiteral("buyer"), QStringLiteral("idle") })));
    }

    void findsTheWeakestEdge()
    {
        auto graph = ChainGraph::load(*m_db);
        const auto paths = graph->pathsToAccounts(m_id.value(QStringLiteral("P")), 5);
        QList<ChainGraph::Edge> edges = graph->edgesAlong(paths);
        edges << graph->edgesInto(m_id.value(QStringLiteral("P")));
        auto health = ChainGraph::health(*m_db, edges);
        QVERIFY(health);
        QVERIFY(health->size() >= 4);
        const ChainGraph::EdgeHealth& worst = health->first();
        QCOMPARE(worst.edge.supplier, m_id.value(QStringLiteral("R")));
        QCOMPARE(worst.edge.customer, m_id.value(QStringLiteral("S")));
        QCOMPARE(worst.overdue, 1);
        QVERIFY(worst.edge.oneSided);
        // Next: Production → Purchasing, rated 2 of 5 and nothing overdue.
        QCOMPARE(health->at(1).edge.customer, m_id.value(QStringLiteral("P")));
        QCOMPARE(health->at(1).rated, 1);
        QCOMPARE(health->at(1).satisfaction, 2.0);
    }

    void findsTheChainADepartmentIsPartOf()
    {
        auto graph = ChainGraph::load(*m_db);
        const QSet<qint64> sales = graph->departmentWithMembers(m_id.value(QStringLiteral("S")));
        // Upstream: Production and Purchasing supply Sales, the boss supplies its rep; downstream: the
        // rep's accounts. Not the buyer (a member of Purchasing, serving nobody on this chain) nor Crane.
        const QSet<qint64> chain = graph->chainOf(sales, 10);
        const QList<qint64> expected = ids({ QStringLiteral("S"), QStringLiteral("rep"), QStringLiteral("R"),
            QStringLiteral("P"), QStringLiteral("boss"), QStringLiteral("A1"), QStringLiteral("A2") });
        QCOMPARE(sorted(QList<qint64>(chain.begin(), chain.end())), sorted(expected));
        // At most as many accounts as asked for.
        const QSet<qint64> shorter = graph->chainOf(sales, 1);
        QCOMPARE(shorter.size(), chain.size() - 1);
        // One party's chain is what the command line draws for it.
        QCOMPARE(graph->chainOf({ m_id.value(QStringLiteral("P")) }, 10),
            ChainDot::neighbourhood(*graph, m_id.value(QStringLiteral("P")), 10));
    }

    void findsTheBusiestOwnerAndTheWeakestLinkAmongParties()
    {
        auto graph = ChainGraph::load(*m_db);
        QCOMPARE(graph->busiestOwner(), m_id.value(QStringLiteral("rep")));
        const QSet<qint64> chain
            = graph->chainOf(graph->departmentWithMembers(m_id.value(QStringLiteral("S"))), 10);
        auto weakest = ChainGraph::weakestAmong(*m_db, *graph, chain);
        QVERIFY(weakest && weakest->has_value());
        QCOMPARE((*weakest)->edge.supplier, m_id.value(QStringLiteral("R")));
        QCOMPARE((*weakest)->edge.customer, m_id.value(QStringLiteral("S")));
        // Among parties with healthy links only (the boss and the rep), nothing is weakest.
        auto none = ChainGraph::weakestAmong(
            *m_db, *graph, { m_id.value(QStringLiteral("boss")), m_id.value(QStringLiteral("rep")) });
        QVERIFY(none && !none->has_value());
    }

    void writesDot_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("golden");
        QTest::newRow("flow") << int(ChainDot::Layout::Flow) << QStringLiteral("chain_purchasing_flow.dot");
        QTest::newRow("pyramid") << int(ChainDot::Layout::Pyramid)
                                 << QStringLiteral("chain_purchasing_pyramid.dot");
    }

    void writesDot()
    {
        QFETCH(int, layout);
        QFETCH(QString, golden);
        auto graph = ChainGraph::load(*m_db);
        const qint64 focus = m_id.value(QStringLiteral("P"));
        auto dot = ChainDot::write(
            *m_db, *graph, ChainDot::neighbourhood(*graph, focus, 10), ChainDot::Layout(layout), focus);
        QVERIFY(dot);
        const QString path = QStringLiteral(TANDEM_GOLDEN_DIR "/") + golden;
        if (qEnvironmentVariableIsSet("TANDEM_UPDATE_GOLDEN")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(dot->toUtf8());
        }
        QCOMPARE(*dot, QString::fromUtf8(test::fileBytes(path)));
        // Graphviz reads what was written, and lays every party out without overlaps.
        auto layoutResult = Graphviz::layout(*dot);
        QVERIFY2(layoutResult, qPrintable(layoutResult.error().message));
        // Purchasing, its supplier Production, and the way to the accounts: Sales, the rep, Acme and Bolt.
        QCOMPARE(layoutResult->nodes.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestChainGraph)
#include "tst_chaingraph.moc"
