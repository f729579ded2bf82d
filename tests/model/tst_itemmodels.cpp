#include "Clock.h"
#include "DepartmentTreeModel.h"
#include "EntityStore.h"
#include "Generator.h"
#include "Lists.h"
#include "PagedListModel.h"
#include "SortKey.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace tandem;

using SpecFactory = std::function<ListSpec()>;
Q_DECLARE_METATYPE(SpecFactory)

class TestItemModels : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        m_db = test::openIn(m_dir);
        QVERIFY(m_db);
        Generator::Sizes sizes;
        sizes.staff = 60;
        sizes.accounts = 450; // more than two pages
        sizes.contacts = 500;
        sizes.requests = 900;
        QVERIFY(!Generator::run(*m_db, sizes));
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void listsAreWellBehaved_data()
    {
        QTest::addColumn<SpecFactory>("spec");
        QTest::addColumn<QString>("countQuery");
        QTest::newRow("accounts") << SpecFactory(&lists::accounts)
                                  << QStringLiteral("SELECT count(*) FROM accounts");
        QTest::newRow("staff") << SpecFactory(&lists::staff) << QStringLiteral("SELECT count(*) FROM staff");
        QTest::newRow("links") << SpecFactory(&lists::links)
                               << QStringLiteral("SELECT count(*) FROM internal_links");
        QTest::newRow("chain") << SpecFactory(&lists::chainEdges)
                               << QStringLiteral("SELECT (SELECT count(*) FROM internal_links WHERE "
                                                 "coalesce(a_to_b, '') <> '') + (SELECT count(*) FROM "
                                                 "internal_links WHERE coalesce(b_to_a, '') <> '') + (SELECT "
                                                 "count(DISTINCT owner_id) FROM accounts)");
        QTest::newRow("requests") << SpecFactory(&lists::requests)
                                  << QStringLiteral("SELECT count(*) FROM service_requests");
        QTest::newRow("handovers") << SpecFactory(&lists::handovers)
                                   << QStringLiteral("SELECT count(*) FROM handovers");
        QTest::newRow("due follow-ups")
            << SpecFactory(&lists::dueFollowUps)
            << QStringLiteral("SELECT count(*) FROM interactions WHERE next_step_done = 0 AND next_step_due "
                              "<= '2026-11-25'");
    }

    void listsAreWellBehaved()
    {
        QFETCH(SpecFactory, spec);
        QFETCH(QString, countQuery);
        PagedListModel model(*m_db, spec());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), sql::scalar(m_db->connection(), countQuery)->toInt());
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            model.sort(column, Qt::DescendingOrder);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            if (model.rowCount() > 0) {
                QVERIFY(model.data(model.index(model.rowCount() - 1, 0), PagedListModel::IdRole).isValid());
            }
        }
    }

    void everyRowLoadsAcrossPages()
    {
        PagedListModel model(*m_db, lists::accounts());
        QCOMPARE(model.rowCount(), 450);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.data(model.index(row, 0)).toString().isEmpty());
            ids.insert(model.idAt(row));
        }
        QCOMPARE(ids.size(), 450);
    }

    void sortsInTheDatabasesLanguage()
    {
        PagedListModel model(*m_db, lists::accounts());
        model.sort(0, Qt::AscendingOrder);
        QList<QByteArray> keys;
        for (int row = 0; row < model.rowCount(); ++row) {
            keys << m_db->sortKey().of(model.data(model.index(row, 0)).toString());
        }
        QVERIFY(std::is_sorted(keys.begin(), keys.end()));
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(m_db->sortKey().of(model.data(model.index(0, 0)).toString()), keys.last());
    }

    void refusesSlowSortsOnLargeLists()
    {
        // Staff: the job title has no index.
        PagedListModel model(*m_db, lists::staff());
        model.setQuickSortLimit(10); // the 60 colleagues count as a large list
        QSignalSpy refused(&model, &PagedListModel::sortRefused);
        const QString firstByName = model.data(model.index(0, 0)).toString();
        QVERIFY(!model.canSortQuickly(1));
        model.sort(1, Qt::AscendingOrder);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toInt(), 1);
        QCOMPARE(model.sortColumn(), 0);
        QCOMPARE(model.data(model.index(0, 0)).toString(), firstByName);
        QVERIFY(model.canSortQuickly(0)); // the name: indexed
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        model.setQuickSortLimit(PagedListModel::defaultQuickSortLimit);
        QVERIFY(model.canSortQuickly(1));
    }

    void sortsAccountsByEveryColumn()
    {
        // Every column of the accounts list sorts in SQL, the same rows in the same order both ways.
        PagedListModel model(*m_db, lists::accounts());
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY2(model.canSortQuickly(column),
                qPrintable(model.headerData(column, Qt::Horizontal).toString()));
            model.sort(column, Qt::AscendingOrder);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            const qint64 firstUp = model.idAt(0);
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(model.idAt(model.rowCount() - 1), firstUp);
        }
    }

    void filtersInSql()
    {
        PagedListModel model(*m_db, lists::accounts());
        lists::AccountFilter loyal;
        loyal.segment = QStringLiteral("loyal");
        model.setFilter(loyal);
        QCOMPARE(model.rowCount(),
            sql::scalar(
                m_db->connection(), QStringLiteral("SELECT count(*) FROM accounts WHERE segment = 'loyal'"))
                ->toInt());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(
                model.data(model.index(row, 2), PagedListModel::RawRole).toString(), QStringLiteral("loyal"));
        }
    }

    void flagsOverdueRequests()
    {
        PagedListModel model(*m_db, lists::requests());
        const int overdue = sql::scalar(m_db->connection(),
            QStringLiteral("SELECT count(*) FROM service_requests WHERE status IN ('open', 'in_progress', "
                           "'waiting') AND due_at < ?"),
            { Clock::nowIso() })
                                ->toInt();
        QVERIFY(overdue > 0);
        int flagged = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            flagged += model.data(model.index(row, 0), PagedListModel::AttentionRole).toBool() ? 1 : 0;
        }
        QCOMPARE(flagged, overdue);
    }

    void departmentTree()
    {
        DepartmentTreeModel model(*m_db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.departmentCount(),
            sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM departments"))->toInt());
        QCOMPARE(model.rowCount(), 1); // one root: management
        int staffInTree = 0;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                staffInTree += model.data(model.index(row, DepartmentTreeModel::StaffColumn, parent)).toInt();
                walk(model.index(row, 0, parent));
            }
        };
        walk({});
        QCOMPARE(staffInTree,
            sql::scalar(m_db->connection(),
                QStringLiteral(
                    "SELECT count(*) FROM staff WHERE status = 'active' AND department_id IS NOT NULL"))
                ->toInt());
        model.reload();
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
