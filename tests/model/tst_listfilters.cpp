#include "Clock.h"
#include "DemoOrganisation.h"
#include "EntityStore.h"
#include "Generator.h"
#include "Lists.h"
#include "PagedListModel.h"
#include "RequestQueries.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Words.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace tandem;

using SpecFactory = std::function<ListSpec()>;
Q_DECLARE_METATYPE(SpecFactory)
Q_DECLARE_METATYPE(tandem::lists::ListFilter)

namespace {
// The plain queries: each list's rows straight from the tables, in the order the list sorts them by default
// (its sort keys, then the id the same way), with `%1` for the filter's condition written the obvious way.
const QString plainAccounts = QStringLiteral(
    "SELECT accounts.party_id FROM accounts JOIN parties ON parties.id = accounts.party_id WHERE %1 "
    "ORDER BY parties.sort_key, parties.id");
const QString plainStaff = QStringLiteral("SELECT staff.party_id FROM staff JOIN parties ON parties.id = "
                                          "staff.party_id WHERE %1 ORDER BY parties.sort_key, parties.id");
const QString plainLinks
    = QStringLiteral("SELECT internal_links.id FROM internal_links JOIN parties ON "
                     "parties.id = a_party ORDER BY parties.sort_key, internal_links.id");
// A pair gives an edge per direction that says what it supplies; an owner one edge for all their accounts.
const QString plainChain = QStringLiteral(
    "SELECT edge FROM (SELECT a_party AS supplier, id * 2 AS edge FROM internal_links WHERE a_to_b <> '' "
    "UNION ALL SELECT b_party, id * 2 + 1 FROM internal_links WHERE b_to_a <> '' "
    "UNION ALL SELECT DISTINCT owner_id, -owner_id FROM accounts WHERE owner_id IS NOT NULL) edges "
    "JOIN parties ON parties.id = supplier ORDER BY parties.sort_key, edge");
const QString plainRequests
    = QStringLiteral("SELECT id FROM service_requests WHERE %1 ORDER BY created_at DESC, id DESC");
const QString plainHandovers = QStringLiteral("SELECT id FROM handovers ORDER BY at DESC, id DESC");
const QString plainFollowUps = QStringLiteral(
    "SELECT interactions.id FROM interactions JOIN accounts ON accounts.party_id = account_id "
    "WHERE next_step_done = 0 AND next_step_due <= ? AND %1 ORDER BY next_step_due, interactions.id");

const QString active = QStringLiteral("status IN ('open', 'in_progress', 'waiting')");
const QString closed = QStringLiteral("status IN ('done', 'rejected', 'cancelled')");
// A department's requests are its own and its colleagues'.
const QString inDepartment
    = QStringLiteral("%1 IN (SELECT ? UNION SELECT party_id FROM staff WHERE department_id = ?)");

QList<qint64> plainIds(Database& db, const QString& statement, const QVariantList& binds)
{
    QList<qint64> ids;
    auto rows = sql::run(db.connection(), statement, binds);
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().message));
        return ids;
    }
    while (rows->next()) {
        ids << rows->value(0).toLongLong();
    }
    return ids;
}

QList<qint64> shownIds(const PagedListModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.idAt(row);
    }
    return ids;
}

QVariant first(Database& db, const QString& statement, const QVariantList& binds = {})
{
    auto value = sql::scalar(db.connection(), statement, binds);
    return value ? *value : QVariant();
}

// The value of `column` that most rows of `table` hold, so that filtering by it keeps rows.
QVariant mostCommon(Database& db, const char* table, const char* column)
{
    return first(db,
        QStringLiteral("SELECT %2 FROM %1 WHERE %2 IS NOT NULL AND CAST(%2 AS TEXT) <> '' GROUP BY %2 ORDER "
                       "BY count(*) DESC, "
                       "%2 LIMIT 1")
            .arg(QLatin1String(table), QLatin1String(column)));
}
} // namespace

// Every list's fast path (its spec's SQL as the paged model runs it, page by page, through each of its two
// plans) against a plain query over the tables, for every typed filter the windows pass.
class TestListFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_generated; // large enough for several pages
    std::unique_ptr<Database> m_demo; // the demo organisation: handovers, departments with their trees

    Database& database(const QString& name) { return name == QLatin1String("demo") ? *m_demo : *m_generated; }

    // Adds one row of the table: the list, the filter, and the plain query giving its ids.
    static void row(const QString& database, const char* what, const SpecFactory& spec,
        const lists::ListFilter& filter, const QString& plain, const QVariantList& binds,
        bool someRows = true)
    {
        QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(database, QLatin1String(what))))
            << database << spec << filter << plain << binds << someRows;
    }

    void addAccountRows(const QString& name)
    {
        Database& db = database(name);
        const auto accounts = [&](const char* what, const lists::AccountFilter& filter, const QString& where,
                                  const QVariantList& binds, bool someRows = true) {
            row(name, what, &lists::accounts, filter, plainAccounts.arg(where), binds, someRows);
        };
        const qint64 owner = mostCommon(db, "accounts", "owner_id").toLongLong();
        const qint64 ownsNothing = first(db,
            QStringLiteral("SELECT party_id FROM staff WHERE party_id NOT IN (SELECT owner_id FROM accounts "
                           "WHERE owner_id IS NOT NULL) ORDER BY party_id LIMIT 1"))
                                       .toLongLong();
        const QString category = mostCommon(db, "accounts", "category").toString();
        const QString city = mostCommon(db, "accounts", "city").toString();
        const QString overdue = QStringLiteral("party_id IN (SELECT account_id FROM interactions WHERE "
                                               "next_step_done = 0 AND next_step_due < ?)");
        const QString today = Clock::today().toString(Qt::ISODate);

        row(name, "accounts, no filter", &lists::accounts, {}, plainAccounts.arg(QStringLiteral("1 = 1")),
            {});
        accounts("accounts, an empty filter", {}, QStringLiteral("1 = 1"), {});
        for (const char* segment : { "loyal", "floating", "potential" }) {
            lists::AccountFilter filter;
            filter.segment = QString::fromLatin1(segment);
            accounts(segment, filter, QStringLiteral("segment = ?"), { filter.segment });
        }
        lists::AccountFilter byCategory;
        byCategory.category = category;
        accounts("accounts by category", byCategory, QStringLiteral("category = ?"), { category });
        lists::AccountFilter byOwner;
        byOwner.owner = owner;
        accounts("accounts by owner", byOwner, QStringLiteral("owner_id = ?"), { owner });
        lists::AccountFilter byIdleOwner;
        byIdleOwner.owner = ownsNothing;
        accounts("accounts of a colleague who owns none", byIdleOwner, QStringLiteral("owner_id = ?"),
            { ownsNothing }, false);
        lists::AccountFilter byCity;
        byCity.city = QStringLiteral("  %1 ").arg(city);
        accounts("accounts by city, spaces around", byCity, QStringLiteral("city = ?"), { city });
        lists::AccountFilter byNoCity;
        byNoCity.city = QStringLiteral("Atlantis");
        accounts("accounts in a city nobody is in", byNoCity, QStringLiteral("city = 'Atlantis'"), {}, false);
        lists::AccountFilter overdueOnly;
        overdueOnly.overdueFollowUps = true;
        accounts("accounts with overdue follow-ups", overdueOnly, overdue, { today });
        lists::AccountFilter loyalOfOwner = byOwner;
        loyalOfOwner.segment = QStringLiteral("loyal");
        accounts("loyal accounts of an owner", loyalOfOwner,
            QStringLiteral("segment = 'loyal' AND owner_id = ?"), { owner });
        lists::AccountFilter everything = byOwner;
        everything.overdueFollowUps = true;
        everything.category = category;
        accounts("an owner's accounts of a category with overdue follow-ups", everything,
            QStringLiteral("owner_id = ? AND category = ? AND ") + overdue, { owner, category, today },
            false);
    }

    void addStaffRows(const QString& name)
    {
        Database& db = database(name);
        row(name, "staff, no filter", &lists::staff, {}, plainStaff.arg(QStringLiteral("1 = 1")), {});
        row(name, "staff, an empty filter", &lists::staff, lists::StaffFilter(),
            plainStaff.arg(QStringLiteral("1 = 1")), {});
        const QList<qint64> departments
            = plainIds(db, QStringLiteral("SELECT party_id FROM departments ORDER BY party_id"), {});
        for (qint64 department : departments) {
            lists::StaffFilter filter;
            filter.department = department;
            QTest::newRow(qPrintable(QStringLiteral("%1: staff of department %2").arg(name).arg(department)))
                << name << SpecFactory(&lists::staff) << lists::ListFilter(filter)
                << plainStaff.arg(QStringLiteral("department_id = ?")) << QVariantList { department }
                << false;
        }
    }

    void addFollowUpRows(const QString& name)
    {
        Database& db = database(name);
        const QString today = Clock::today().toString(Qt::ISODate);
        const qint64 owner = first(db,
            QStringLiteral("SELECT owner_id FROM interactions JOIN accounts ON party_id = account_id WHERE "
                           "next_step_done = 0 AND next_step_due <= ? AND owner_id IS NOT NULL GROUP BY "
                           "owner_id ORDER BY count(*) DESC, owner_id LIMIT 1"),
            { today })
                                 .toLongLong();
        row(name, "follow-ups, no filter", &lists::dueFollowUps, {},
            plainFollowUps.arg(QStringLiteral("1 = 1")), { today });
        row(name, "follow-ups, an empty filter", &lists::dueFollowUps, lists::FollowUpFilter(),
            plainFollowUps.arg(QStringLiteral("1 = 1")), { today });
        lists::FollowUpFilter mine;
        mine.owner = owner;
        row(name, "follow-ups of an owner", &lists::dueFollowUps, mine,
            plainFollowUps.arg(QStringLiteral("owner_id = ?")), { today, owner });
        lists::FollowUpFilter nobodys;
        nobodys.owner = -1;
        row(name, "follow-ups of nobody", &lists::dueFollowUps, nobodys,
            plainFollowUps.arg(QStringLiteral("owner_id = -1")), { today }, false);
    }

    void addRequestRows(const QString& name)
    {
        using Side = lists::RequestFilter::Side;
        Database& db = database(name);
        const auto requests = [&](const char* what, const lists::RequestFilter& filter, const QString& where,
                                  const QVariantList& binds, bool someRows = true) {
            row(name, what, &lists::requests, filter, plainRequests.arg(where), binds, someRows);
        };
        const qint64 party = mostCommon(db, "service_requests", "requester").toLongLong();
        const qint64 department = mostCommon(db, "staff", "department_id").toLongLong();
        // Windows that hold about a third of the requests.
        const auto third = [&](const char* column, int which) {
            return first(db,
                QStringLiteral(
                    "SELECT %1 FROM service_requests WHERE %1 IS NOT NULL ORDER BY %1 LIMIT 1 OFFSET "
                    "(SELECT count(%1) * %2 / 3 FROM service_requests)")
                    .arg(QLatin1String(column))
                    .arg(which))
                .toString();
        };
        const QString createdFrom = third("created_at", 1), createdUntil = third("created_at", 2);
        const QString closedFrom = third("closed_at", 1), closedUntil = third("closed_at", 2);

        row(name, "requests, no filter", &lists::requests, {}, plainRequests.arg(QStringLiteral("1 = 1")),
            {});
        requests("requests, an empty filter", {}, QStringLiteral("1 = 1"), {});
        lists::RequestFilter byParty;
        byParty.party = party;
        requests(
            "a party's requests", byParty, QStringLiteral("requester = ? OR provider = ?"), { party, party });
        byParty.side = Side::Requester;
        requests("a party's requests as requester", byParty, QStringLiteral("requester = ?"), { party });
        byParty.side = Side::Provider;
        requests("a party's requests as provider", byParty, QStringLiteral("provider = ?"), { party });
        const QString requester = inDepartment.arg(QLatin1String("requester"));
        const QString provider = inDepartment.arg(QLatin1String("provider"));
        for (bool scoped : { false, true }) {
            lists::RequestFilter byDepartment;
            byDepartment.department = department;
            if (scoped) {
                QVERIFY(!RequestQueries(db).scope(byDepartment));
            }
            requests(scoped ? "a department's requests, scoped" : "a department's requests", byDepartment,
                requester + QStringLiteral(" OR ") + provider,
                { department, department, department, department });
            byDepartment.side = Side::Requester;
            requests(scoped ? "a department's requests as requester, scoped"
                            : "a department's requests as requester",
                byDepartment, requester, { department, department });
            byDepartment.side = Side::Provider;
            requests(scoped ? "a department's requests as provider, scoped"
                            : "a department's requests as provider",
                byDepartment, provider, { department, department });
        }
        lists::RequestFilter open;
        open.statuses = QStringList { QStringLiteral("open") };
        requests("open requests", open, QStringLiteral("status = 'open'"), {});
        lists::RequestFilter activeOnes;
        activeOnes.statuses = words::storedTexts(openRequestStatuses());
        requests("active requests", activeOnes, active, {});
        lists::RequestFilter closedOnes;
        closedOnes.statuses = words::storedTexts(closedRequestStatuses());
        requests("closed requests", closedOnes, closed, {});
        lists::RequestFilter overdue;
        overdue.overdue = true;
        requests(
            "overdue requests", overdue, active + QStringLiteral(" AND due_at < ?"), { Clock::nowIso() });
        lists::RequestFilter overdueOfParty = overdue;
        overdueOfParty.party = party;
        requests("a party's overdue requests", overdueOfParty,
            QStringLiteral("(requester = ? OR provider = ?) AND ") + active
                + QStringLiteral(" AND due_at < ?"),
            { party, party, Clock::nowIso() }, false);
        lists::RequestFilter created;
        created.createdFrom = createdFrom;
        created.createdUntil = createdUntil;
        requests("requests created in a window", created,
            QStringLiteral("created_at >= ? AND created_at < ?"), { createdFrom, createdUntil });
        lists::RequestFilter closedIn;
        closedIn.closedFrom = closedFrom;
        closedIn.closedUntil = closedUntil;
        requests("requests closed in a window", closedIn,
            closed + QStringLiteral(" AND closed_at >= ? AND closed_at < ?"), { closedFrom, closedUntil });
        lists::RequestFilter closedBefore;
        closedBefore.closedUntil = closedUntil;
        requests(
            "requests closed before a day", closedBefore, QStringLiteral("closed_at < ?"), { closedUntil });
        lists::RequestFilter rated;
        rated.rated = true;
        requests("rated requests", rated, QStringLiteral("requester_rating IS NOT NULL"), {});
        lists::RequestFilter ratedOfDepartment = closedIn;
        ratedOfDepartment.rated = true;
        ratedOfDepartment.department = department;
        ratedOfDepartment.side = Side::Provider;
        requests("a department's rated requests closed in a window", ratedOfDepartment,
            QStringLiteral(
                "(%1) AND %2 AND closed_at >= ? AND closed_at < ? AND requester_rating IS NOT NULL")
                .arg(provider, closed),
            { department, department, closedFrom, closedUntil }, false);
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        m_generated = test::openIn(m_dir, QStringLiteral("generated.db"));
        QVERIFY(m_generated);
        Generator::Sizes sizes;
        sizes.staff = 60;
        sizes.accounts = 450; // more than two pages
        sizes.contacts = 200;
        sizes.requests = 900;
        QVERIFY(!Generator::run(*m_generated, sizes));
        m_demo = test::openIn(m_dir, QStringLiteral("demo.db"));
        QVERIFY(m_demo);
        QVERIFY(!DemoOrganisation::fill(*m_demo, DemoOrganisation::Language::English));
    }
    void cleanupTestCase() { Clock::setFixed({}); }

    void fastPathMatchesPlainQuery_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<SpecFactory>("spec");
        QTest::addColumn<lists::ListFilter>("filter");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QVariantList>("binds");
        QTest::addColumn<bool>("someRows"); // the plain query must find rows, or the row proves little
        for (const QString& name : { QStringLiteral("generated"), QStringLiteral("demo") }) {
            addAccountRows(name);
            addStaffRows(name);
            row(name, "links", &lists::links, {}, plainLinks, {});
            row(name, "chain", &lists::chainEdges, {}, plainChain, {});
            addRequestRows(name);
            addFollowUpRows(name);
        }
        row(QStringLiteral("demo"), "handovers", &lists::handovers, {}, plainHandovers, {});
    }

    // The list shows the plain query's ids in its default order, across pages, whether the filter came
    // with the model or later; the command line's request list selects the same requests in the same order.
    void fastPathMatchesPlainQuery()
    {
        QFETCH(QString, database);
        QFETCH(SpecFactory, spec);
        QFETCH(lists::ListFilter, filter);
        QFETCH(QString, plain);
        QFETCH(QVariantList, binds);
        QFETCH(bool, someRows);
        Database& db = this->database(database);
        const QList<qint64> expected = plainIds(db, plain, binds);
        if (someRows) {
            QVERIFY(!expected.isEmpty());
        }

        PagedListModel model(db, spec());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(filter);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(shownIds(model), expected);

        PagedListModel filtered(db, spec(), filter);
        QAbstractItemModelTester filteredTester(
            &filtered, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shownIds(filtered), expected);

        if (const auto* requests = std::get_if<lists::RequestFilter>(&filter)) {
            QList<qint64> listed;
            QVERIFY(!RequestQueries(db).list({ *requests }, -1, [&](const Record& record) {
                listed << recordValue(record, QStringLiteral("id")).toLongLong();
                return true;
            }));
            QCOMPARE(listed, expected);
        }
    }

    void everySortKeepsTheFilter_data() { fastPathMatchesPlainQuery_data(); }

    // Sorted by any column either way, through either plan (the filter's rows sorted, or the sort's index
    // walked and the filter checked on the way), the list shows the same rows, one way the reverse of the
    // other, and both plans agree on the order.
    void everySortKeepsTheFilter()
    {
        QFETCH(QString, database);
        QFETCH(SpecFactory, spec);
        QFETCH(lists::ListFilter, filter);
        QFETCH(QString, plain);
        QFETCH(QVariantList, binds);
        Database& db = this->database(database);
        QList<qint64> expected = plainIds(db, plain, binds);
        std::sort(expected.begin(), expected.end());

        PagedListModel model(db, spec(), filter);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int column = 0; column < model.columnCount(); ++column) {
            if (!model.isSortable(column)) {
                continue;
            }
            const QString header = model.headerData(column, Qt::Horizontal).toString();
            QList<qint64> firstPlan;
            for (int selectiveRows : { int(PagedListModel::selectiveFilterRows), 0 }) {
                model.setSelectiveFilterRows(selectiveRows);
                model.sort(column, Qt::AscendingOrder);
                QVERIFY2(
                    model.lastError().isEmpty(), qPrintable(header + QLatin1Char(' ') + model.lastError()));
                const QList<qint64> ascending = shownIds(model);
                model.sort(column, Qt::DescendingOrder);
                QVERIFY2(
                    model.lastError().isEmpty(), qPrintable(header + QLatin1Char(' ') + model.lastError()));
                QList<qint64> descending = shownIds(model);
                std::reverse(descending.begin(), descending.end());
                QVERIFY2(descending == ascending, qPrintable(header));
                QList<qint64> rows = ascending;
                std::sort(rows.begin(), rows.end());
                QVERIFY2(rows == expected, qPrintable(header));
                if (firstPlan.isEmpty()) {
                    firstPlan = ascending;
                } else {
                    QVERIFY2(ascending == firstPlan, qPrintable(header));
                }
            }
        }
    }

    void narrows_data()
    {
        QTest::addColumn<lists::ListFilter>("filter");
        QTest::addColumn<bool>("narrows");
        lists::AccountFilter account;
        QTest::newRow("no filter") << lists::ListFilter() << false;
        QTest::newRow("empty accounts") << lists::ListFilter(account) << false;
        account.city = QStringLiteral("  ");
        QTest::newRow("accounts in a blank city") << lists::ListFilter(account) << false;
        account.city = QStringLiteral("Wuxi");
        QTest::newRow("accounts in a city") << lists::ListFilter(account) << true;
        lists::AccountFilter overdue;
        overdue.overdueFollowUps = true;
        QTest::newRow("overdue accounts") << lists::ListFilter(overdue) << true;
        QTest::newRow("empty staff") << lists::ListFilter(lists::StaffFilter()) << false;
        QTest::newRow("staff of a department") << lists::ListFilter(lists::StaffFilter { 7 }) << true;
        QTest::newRow("empty follow-ups") << lists::ListFilter(lists::FollowUpFilter()) << false;
        QTest::newRow("follow-ups of an owner") << lists::ListFilter(lists::FollowUpFilter { 7 }) << true;
        lists::RequestFilter request;
        QTest::newRow("empty requests") << lists::ListFilter(request) << false;
        request.side = lists::RequestFilter::Side::Provider;
        QTest::newRow("requests, only a side") << lists::ListFilter(request) << false;
        request.rated = true;
        QTest::newRow("rated requests") << lists::ListFilter(request) << true;
    }

    // Whether a filter leaves rows out: what a window asks to offer "clear the filter" and to tell an empty
    // list from an empty result.
    void narrows()
    {
        QFETCH(lists::ListFilter, filter);
        QFETCH(bool, narrows);
        QCOMPARE(lists::narrows(filter), narrows);
    }

    void refusesAnotherListsFilter_data()
    {
        QTest::addColumn<SpecFactory>("spec");
        QTest::addColumn<lists::ListFilter>("filter");
        QTest::newRow("accounts by department")
            << SpecFactory(&lists::accounts) << lists::ListFilter(lists::StaffFilter { 1 });
        QTest::newRow("staff by owner")
            << SpecFactory(&lists::staff) << lists::ListFilter(lists::FollowUpFilter { 1 });
        QTest::newRow("requests by segment")
            << SpecFactory(&lists::requests) << lists::ListFilter(lists::AccountFilter());
        QTest::newRow("links, any filter")
            << SpecFactory(&lists::links) << lists::ListFilter(lists::RequestFilter());
        QTest::newRow("handovers, any filter")
            << SpecFactory(&lists::handovers) << lists::ListFilter(lists::StaffFilter());
    }

    // A filter of another list shows nothing and says why, rather than every row; the whole list comes back
    // with no filter.
    void refusesAnotherListsFilter()
    {
        QFETCH(SpecFactory, spec);
        QFETCH(lists::ListFilter, filter);
        PagedListModel model(*m_demo, spec());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model.rowCount();
        QVERIFY(all > 0);
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.lastError().isEmpty());
        model.setFilter({});
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.rowCount(), all);
        PagedListModel refused(*m_demo, spec(), filter);
        QCOMPARE(refused.rowCount(), 0);
        QVERIFY(!refused.lastError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestListFilters)
#include "tst_listfilters.moc"
