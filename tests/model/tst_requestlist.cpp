#include "Lists.h"
#include "PagedListModel.h"
#include "RequestFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tandem;

// One row of the request filter table: parties by name, resolved once the database exists.
struct FilterRow
{
    QString party {};
    QString department {};
    lists::RequestFilter::Side side = lists::RequestFilter::Side::Either;
    QStringList statuses {};
    bool overdue = false;
    QString createdFrom {}, createdUntil {}, closedFrom {}, closedUntil {};
    bool rated = false;
};
Q_DECLARE_METATYPE(FilterRow)

// The Requests list: its filters and sorting by every column.
class TestRequestList : public QObject, public test::RequestFixture
{
    Q_OBJECT

    static QStringList titles(const PagedListModel& model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result << model.data(model.index(row, 0)).toString();
        }
        return result;
    }

    // r1 Ann asks Cat (open, overdue, urgent); r2 Cat asks Ben (in progress, due tomorrow, low); r3 Acme asks
    // Ops (done, rated 4); r4 Cat asks Acme (cancelled in September, high); r5 Ops asks Sales (waiting,
    // overdue); r6 Ben asks Ann (rejected, rated 2, low).
    void addFilterSet()
    {
        QVERIFY(add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Ann") },
                { QStringLiteral("b_party"), QStringLiteral("Cat") },
                { QStringLiteral("kind"), QStringLiteral("function") } }));
        const QList<Values> requests {
            { { QStringLiteral("requester"), QStringLiteral("Ann") },
                { QStringLiteral("provider"), QStringLiteral("Cat") },
                { QStringLiteral("status"), QStringLiteral("open") },
                { QStringLiteral("due_at"), yesterday() },
                { QStringLiteral("created_at"), QStringLiteral("2026-11-01T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("urgent") } },
            { { QStringLiteral("requester"), QStringLiteral("Cat") },
                { QStringLiteral("provider"), QStringLiteral("Ben") },
                { QStringLiteral("status"), QStringLiteral("in_progress") },
                { QStringLiteral("due_at"), tomorrow() },
                { QStringLiteral("created_at"), QStringLiteral("2026-11-10T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("low") } },
            { { QStringLiteral("requester"), QStringLiteral("Acme") },
                { QStringLiteral("provider"), QStringLiteral("Ops") },
                { QStringLiteral("status"), QStringLiteral("done") },
                { QStringLiteral("closed_at"), QStringLiteral("2026-11-20T10:00:00Z") },
                { QStringLiteral("requester_rating"), QStringLiteral("4") },
                { QStringLiteral("created_at"), QStringLiteral("2026-10-01T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("normal") } },
            { { QStringLiteral("requester"), QStringLiteral("Cat") },
                { QStringLiteral("provider"), QStringLiteral("Acme") },
                { QStringLiteral("status"), QStringLiteral("cancelled") },
                { QStringLiteral("closed_at"), QStringLiteral("2026-09-15T10:00:00Z") },
                { QStringLiteral("created_at"), QStringLiteral("2026-09-01T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("high") } },
            { { QStringLiteral("requester"), QStringLiteral("Ops") },
                { QStringLiteral("provider"), QStringLiteral("Sales") },
                { QStringLiteral("status"), QStringLiteral("waiting") },
                { QStringLiteral("due_at"), QStringLiteral("2026-11-01T12:00:00Z") },
                { QStringLiteral("created_at"), QStringLiteral("2026-10-20T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("normal") } },
            { { QStringLiteral("requester"), QStringLiteral("Ben") },
                { QStringLiteral("provider"), QStringLiteral("Ann") },
                { QStringLiteral("status"), QStringLiteral("rejected") },
                { QStringLiteral("closed_at"), QStringLiteral("2026-11-24T10:00:00Z") },
                { QStringLiteral("requester_rating"), QStringLiteral("2") },
                { QStringLiteral("created_at"), QStringLiteral("2026-11-24T08:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("low") } },
        };
        for (int i = 0; i < requests.size(); ++i) {
            Values values = requests.at(i);
            values.insert(QStringLiteral("title"), QStringLiteral("r%1").arg(i + 1));
            QVERIFY(request(values));
        }
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void filters_data()
    {
        using Side = lists::RequestFilter::Side;
        QTest::addColumn<FilterRow>("filter");
        QTest::addColumn<QStringList>("expected");
        auto expect = [](std::initializer_list<const char*> titles) {
            QStringList list;
            for (const char* title : titles) {
                list << QString::fromLatin1(title);
            }
            return list;
        };
        const QString active[]
            = { QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("waiting") };
        const QString closed[]
            = { QStringLiteral("done"), QStringLiteral("rejected"), QStringLiteral("cancelled") };
        QTest::newRow("everything") << FilterRow {} << expect({ "r1", "r2", "r3", "r4", "r5", "r6" });
        QTest::newRow("Ann, either side")
            << FilterRow { .party = QStringLiteral("Ann") } << expect({ "r1", "r6" });
        QTest::newRow("Ann as requester")
            << FilterRow { .party = QStringLiteral("Ann"), .side = Side::Requester } << expect({ "r1" });
        QTest::newRow("Ann as provider")
            << FilterRow { .party = QStringLiteral("Ann"), .side = Side::Provider } << expect({ "r6" });
        QTest::newRow("Cat, either side")
            << FilterRow { .party = QStringLiteral("Cat") } << expect({ "r1", "r2", "r4" });
        QTest::newRow("Cat as requester") << FilterRow { .party = QStringLiteral("Cat"),
            .side = Side::Requester } << expect({ "r2", "r4" });
        QTest::newRow("Cat as provider")
            << FilterRow { .party = QStringLiteral("Cat"), .side = Side::Provider } << expect({ "r1" });
        QTest::newRow("Ops, either side")
            << FilterRow { .department = QStringLiteral("Ops") } << expect({ "r1", "r2", "r3", "r5", "r6" });
        QTest::newRow("Ops as requester") << FilterRow { .department = QStringLiteral("Ops"),
            .side = Side::Requester } << expect({ "r1", "r5", "r6" });
        QTest::newRow("Ops as provider") << FilterRow { .department = QStringLiteral("Ops"),
            .side = Side::Provider } << expect({ "r2", "r3", "r6" });
        QTest::newRow("Sales, either side")
            << FilterRow { .department = QStringLiteral("Sales") } << expect({ "r1", "r2", "r4", "r5" });
        QTest::newRow("Sales as requester") << FilterRow { .department = QStringLiteral("Sales"),
            .side = Side::Requester } << expect({ "r2", "r4" });
        QTest::newRow("Sales as provider") << FilterRow { .department = QStringLiteral("Sales"),
            .side = Side::Provider } << expect({ "r1", "r5" });
        QTest::newRow("Acme with Ops")
            << FilterRow { .party = QStringLiteral("Acme"), .department = QStringLiteral("Ops") }
            << expect({ "r3" });
        QTest::newRow("open") << FilterRow { .statuses = { QStringLiteral("open") } } << expect({ "r1" });
        QTest::newRow("active") << FilterRow { .statuses = QStringList(std::begin(active), std::end(active)) }
                                << expect({ "r1", "r2", "r5" });
        QTest::newRow("closed") << FilterRow { .statuses = QStringList(std::begin(closed), std::end(closed)) }
                                << expect({ "r3", "r4", "r6" });
        QTest::newRow("overdue") << FilterRow { .overdue = true } << expect({ "r1", "r5" });
        QTest::newRow("Cat, overdue")
            << FilterRow { .party = QStringLiteral("Cat"), .overdue = true } << expect({ "r1" });
        QTest::newRow("created from November")
            << FilterRow { .createdFrom = QStringLiteral("2026-11-01T00:00:00Z") }
            << expect({ "r1", "r2", "r6" });
        QTest::newRow("created before November")
            << FilterRow { .createdUntil = QStringLiteral("2026-11-01T00:00:00Z") }
            << expect({ "r3", "r4", "r5" });
        QTest::newRow("created 1 October to 10 November")
            << FilterRow { .createdFrom = QStringLiteral("2026-10-01T00:00:00Z"),
                   .createdUntil = QStringLiteral("2026-11-10T00:00:00Z") }
            << expect({ "r1", "r3", "r5" });
        QTest::newRow("closed from November")
            << FilterRow { .closedFrom = QStringLiteral("2026-11-01T00:00:00Z") } << expect({ "r3", "r6" });
        QTest::newRow("closed before November")
            << FilterRow { .closedUntil = QStringLiteral("2026-11-01T00:00:00Z") } << expect({ "r4" });
        QTest::newRow("closed in November, Ops provider") << FilterRow { .department = QStringLiteral("Ops"),
            .side = Side::Provider,
            .closedFrom = QStringLiteral("2026-11-01T00:00:00Z"),
            .closedUntil = QStringLiteral("2026-12-01T00:00:00Z") }
                                                          << expect({ "r3", "r6" });
        QTest::newRow("rated") << FilterRow { .rated = true } << expect({ "r3", "r6" });
        QTest::newRow("rated, Ops requester")
            << FilterRow { .department = QStringLiteral("Ops"), .side = Side::Requester, .rated = true }
            << expect({ "r6" });
    }

    void filters()
    {
        QFETCH(FilterRow, filter);
        QFETCH(QStringList, expected);
        addFilterSet();
        EntityStore store(*m_db);
        lists::RequestFilter requestFilter;
        if (!filter.party.isEmpty()) {
            requestFilter.party = *store.resolve(QStringLiteral("party"), filter.party);
        }
        if (!filter.department.isEmpty()) {
            requestFilter.department = *store.resolve(QStringLiteral("department"), filter.department);
        }
        requestFilter.side = filter.side;
        requestFilter.statuses = filter.statuses;
        requestFilter.overdue = filter.overdue;
        requestFilter.createdFrom = filter.createdFrom;
        requestFilter.createdUntil = filter.createdUntil;
        requestFilter.closedFrom = filter.closedFrom;
        requestFilter.closedUntil = filter.closedUntil;
        requestFilter.rated = filter.rated;
        PagedListModel model(*m_db, lists::requests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(requestFilter);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), expected.size());
        QStringList shown = titles(model);
        shown.sort();
        QCOMPARE(shown, expected);
    }

    void sortingEveryColumn()
    {
        addFilterSet();
        PagedListModel model(*m_db, lists::requests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList all { QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"),
            QStringLiteral("r4"), QStringLiteral("r5"), QStringLiteral("r6") };
        QCOMPARE(model.columnCount(), 9);
        for (int column = 0; column < model.columnCount(); ++column) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                const QString what = QStringLiteral("column %1, %2")
                                         .arg(column)
                                         .arg(order == Qt::AscendingOrder ? QLatin1String("ascending")
                                                                          : QLatin1String("descending"));
                QVERIFY2(model.isSortable(column), qPrintable(what));
                model.sort(column, order);
                QVERIFY2(
                    model.lastError().isEmpty(), qPrintable(what + QStringLiteral(": ") + model.lastError()));
                QCOMPARE(model.sortColumn(), column);
                QCOMPARE(model.rowCount(), 6);
                QStringList shown = titles(model);
                QVERIFY2(
                    model.lastError().isEmpty(), qPrintable(what + QStringLiteral(": ") + model.lastError()));
                shown.sort();
                QVERIFY2(
                    shown == all, qPrintable(what + QStringLiteral(": ") + shown.join(QLatin1Char(' '))));
            }
        }
        auto firstAfter = [&](int column, Qt::SortOrder order) {
            model.sort(column, order);
            return model.data(model.index(0, 0)).toString();
        };
        QCOMPARE(firstAfter(4, Qt::DescendingOrder), QStringLiteral("r1")); // urgent
        QCOMPARE(firstAfter(4, Qt::AscendingOrder), QStringLiteral("r2")); // low, the older of two
        QCOMPARE(firstAfter(5, Qt::AscendingOrder), QStringLiteral("r1")); // open
        QCOMPARE(firstAfter(5, Qt::DescendingOrder), QStringLiteral("r4")); // cancelled
        QCOMPARE(firstAfter(6, Qt::DescendingOrder), QStringLiteral("r6")); // newest
        // A file sorts requests without a rating below the rated ones; a server above them, which keeps the
        // sort on its index (PostgreSQL counts an empty value as the largest).
        QCOMPARE(firstAfter(8, Qt::DescendingOrder),
            m_db->isServer() ? QStringLiteral("r5") : QStringLiteral("r3"));
    }
};

QTEST_GUILESS_MAIN(TestRequestList)
#include "tst_requestlist.moc"
