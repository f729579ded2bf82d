// Prints how long the requests list and the satisfaction figures take on a large database:
//   tandem-cli --database big.db generate --staff 2000 --accounts 100000 --contacts 300000 --requests 1000000
//   --seed 42; build/tests/bench/bench_requests big.db
// Targets: first rows under 100 ms; any filter or sort under 200 ms.
#include "Database.h"
#include "Lists.h"
#include "PagedListModel.h"
#include "RequestQueries.h"
#include "Satisfaction.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace tandem;

namespace {
double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 first(Database& db, const char* statement)
{
    return sql::scalar(db.connection(), QString::fromLatin1(statement))->toLongLong();
}

// Filters the list, then sorts it by every column both ways; prints the filter's time and the slowest sort.
void measure(Database& db, const char* name, const lists::RequestFilter& filter)
{
    QElapsedTimer timer;
    timer.start();
    PagedListModel model(db, lists::requests());
    model.setFilter(filter);
    model.data(model.index(0, 0));
    const double filtered = milliseconds(timer);
    double slowest = 0;
    QString slowestSort;
    for (int column = 0; column < model.columnCount(); ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            timer.restart();
            model.sort(column, order);
            model.data(model.index(0, 0));
            const double took = milliseconds(timer);
            if (!model.lastError().isEmpty()) {
                std::printf("  error: %s\n", qPrintable(model.lastError()));
            }
            if (took > slowest) {
                slowest = took;
                slowestSort = model.headerData(column, Qt::Horizontal).toString()
                    + (order == Qt::AscendingOrder ? QStringLiteral(" asc") : QStringLiteral(" desc"));
            }
        }
    }
    std::printf("%-26s %8d rows  filter %7.1f ms  slowest sort %7.1f ms (%s)\n", name, model.rowCount(),
        filtered, slowest, qPrintable(slowestSort));
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_requests DATABASE\n");
        return 1;
    }
    Database::Options options;
    options.create = false;
    options.quickCheck = false;
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    Database& db = **opened;

    QElapsedTimer timer;
    timer.start();
    PagedListModel model(db, lists::requests());
    model.data(model.index(0, 0));
    std::printf("requests: count and first rows %8d rows %7.1f ms\n", model.rowCount(), milliseconds(timer));
    for (int column = 0; column < model.columnCount(); ++column) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            timer.restart();
            model.sort(column, order);
            model.data(model.index(0, 0));
            std::printf("  sort %-10s %-4s %7.1f ms\n",
                qPrintable(model.headerData(column, Qt::Horizontal).toString()),
                order == Qt::AscendingOrder ? "asc" : "desc", milliseconds(timer));
        }
    }

    const qint64 busiest
        = first(db, "SELECT provider FROM service_requests GROUP BY provider ORDER BY count(*) DESC LIMIT 1");
    const qint64 colleague = first(db, "SELECT min(party_id) FROM staff");
    const qint64 account = first(
        db, "SELECT requester FROM service_requests r JOIN accounts a ON a.party_id = r.requester LIMIT 1");
    const qint64 department
        = first(db, "SELECT department_id FROM staff GROUP BY department_id ORDER BY count(*) DESC LIMIT 1");
    using Side = lists::RequestFilter::Side;
    const QStringList active { QStringLiteral("open"), QStringLiteral("in_progress"),
        QStringLiteral("waiting") };
    struct Case
    {
        const char* name;
        lists::RequestFilter filter;
    };
    QList<Case> cases;
    auto add = [&](const char* name, auto change) {
        lists::RequestFilter filter;
        change(filter);
        cases << Case { name, filter };
    };
    add("busiest party, either side", [&](auto& f) { f.party = busiest; });
    add("busiest party as provider", [&](auto& f) {
        f.party = busiest;
        f.side = Side::Provider;
    });
    add("a colleague, either side", [&](auto& f) { f.party = colleague; });
    add("an account as requester", [&](auto& f) {
        f.party = account;
        f.side = Side::Requester;
    });
    add("largest department", [&](auto& f) { f.department = department; });
    add("largest dept. as provider", [&](auto& f) {
        f.department = department;
        f.side = Side::Provider;
    });
    for (const char* status : { "open", "in_progress", "waiting", "done", "rejected", "cancelled" }) {
        add(status, [&](auto& f) { f.statuses = QStringList { QString::fromLatin1(status) }; });
    }
    add("not closed", [&](auto& f) { f.statuses = active; });
    add("overdue", [&](auto& f) { f.overdue = true; });
    add("overdue, largest dept.", [&](auto& f) {
        f.overdue = true;
        f.department = department;
    });
    add("closed", [&](auto& f) {
        f.statuses
            = QStringList { QStringLiteral("done"), QStringLiteral("rejected"), QStringLiteral("cancelled") };
    });
    // The Dashboard's "average rating" card opens these.
    add("rated, closed in 90 days", [&](auto& f) {
        f.rated = true;
        f.closedFrom = SatisfactionWindow::lastDays(90).fromIso();
    });
    for (Case& c : cases) {
        RequestQueries(db).scope(c.filter); // as the Requests page does
        measure(db, c.name, c.filter);
    }

    Satisfaction satisfaction(db);
    timer.restart();
    auto ranking = satisfaction.departmentRanking(SatisfactionWindow::lastDays(90));
    std::printf("department ranking, 90 days         %7.1f ms (%lld departments)\n", milliseconds(timer),
        ranking ? qint64(ranking->size()) : -1);
    timer.restart();
    auto trend = satisfaction.monthlyTrend(0, SatisfactionWindow::lastDays(365));
    std::printf("satisfaction trend, everyone, 12 mo %7.1f ms\n", milliseconds(timer));
    timer.restart();
    auto flow = satisfaction.weeklyFlow(12);
    std::printf("raised and closed, 12 weeks         %7.1f ms\n", milliseconds(timer));
    timer.restart();
    auto party = satisfaction.forParty(department, SatisfactionWindow::lastDays(90));
    std::printf("index of the largest department     %7.1f ms\n", milliseconds(timer));
    timer.restart();
    auto partyTrend = satisfaction.monthlyTrend(department, SatisfactionWindow::lastDays(365));
    std::printf("its trend, 12 months                %7.1f ms\n", milliseconds(timer));
    QList<qint64> mapParties;
    auto rows = sql::run(
        db.connection(), QStringLiteral("SELECT id FROM parties WHERE kind <> 'account' LIMIT 400"));
    while (rows && rows->next()) {
        mapParties << rows->value(0).toLongLong();
    }
    timer.restart();
    auto map = satisfaction.byProvider(mapParties, SatisfactionWindow::lastDays(90));
    std::printf("health of 400 parties on a map      %7.1f ms\n", milliseconds(timer));
    return 0;
}
