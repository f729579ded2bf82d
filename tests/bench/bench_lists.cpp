// Prints how long the main lists take on a large database:
//   tandem-cli --database big.db generate --staff 2000 --accounts 100000 --contacts 300000 --requests 1000000
//   --seed 42 build/tests/bench/bench_lists big.db
#include "Database.h"
#include "Lists.h"
#include "Maintenance.h"
#include "PagedListModel.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

using namespace tandem;

namespace {
double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The figures tests/bench/run.sh reads: "RESULT key=value" lines.
QStringList results;

QString resultKey(const QString& text)
{
    QString key = text.toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return key.section(QLatin1Char('_'), 0, -1, QString::SectionSkipEmpty);
}

void measure(Database& db, const char* name, ListSpec spec)
{
    QElapsedTimer timer;
    timer.start();
    PagedListModel model(db, spec);
    const QVariant first = model.data(model.index(0, 0));
    std::printf("%-12s %8d rows  count+first page %8.1f ms\n", name, model.rowCount(), milliseconds(timer));
    results
        << QStringLiteral("%1_first_page_ms=%2").arg(QLatin1String(name)).arg(milliseconds(timer), 0, 'f', 1);
    Q_UNUSED(first);
    timer.restart();
    model.data(model.index(model.rowCount() - 1, 0));
    std::printf("%-12s   scroll to the last row               %8.1f ms\n", name, milliseconds(timer));
    for (int column = 0; column < model.columnCount(); ++column) {
        double slowest = 0;
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            timer.restart();
            model.sort(column, order);
            model.data(model.index(0, 0));
            slowest = std::max(slowest, milliseconds(timer));
            std::printf("%-12s   sort %-22s %-4s %8.1f ms\n", name, qPrintable(header),
                order == Qt::AscendingOrder ? "asc" : "desc", milliseconds(timer));
        }
        // "Bought, last 12 months" is "bought"; the slower of the two directions counts.
        results << QStringLiteral("%1_sort_%2_ms=%3")
                       .arg(QLatin1String(name), resultKey(header.section(QLatin1Char(','), 0, 0)))
                       .arg(slowest, 0, 'f', 1);
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    // --no-check leaves out the integrity check, which reads the whole file (minutes at the largest size).
    const bool check = arguments.removeAll(QStringLiteral("--no-check")) == 0;
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: bench_lists DATABASE [--no-check]\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Database::Options options;
    options.create = false;
    options.quickCheck = false;
    auto db = Database::open(arguments.at(0), options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    std::printf("open                                 %8.1f ms\n", milliseconds(timer));
    timer.restart();
    auto counts = Maintenance(**db).counts();
    std::printf("stats                                %8.1f ms\n", milliseconds(timer));
    if (check) {
        timer.restart();
        const Error damaged = Database::quickCheck(arguments.at(0));
        std::printf("quick_check (background in the GUI)  %8.1f ms %s\n", milliseconds(timer),
            damaged ? "FAILED" : "ok");
    }
    measure(**db, "accounts", lists::accounts());
    for (const auto& [name, filter] : std::initializer_list<std::pair<const char*, lists::AccountFilter>> {
             { "segment", { QStringLiteral("loyal"), {}, 0, {}, false } },
             { "category", { {}, QStringLiteral("distributor"), 0, {}, false } },
             { "owner",
                 { {}, {},
                     sql::scalar((*db)->connection(), QStringLiteral("SELECT min(owner_id) FROM accounts"))
                         ->toLongLong(),
                     {}, false } },
             { "city",
                 { {}, {}, 0,
                     sql::scalar((*db)->connection(), QStringLiteral("SELECT city FROM accounts LIMIT 1"))
                         ->toString(),
                     false } },
             { "overdue", { {}, {}, 0, {}, true } },
         }) {
        timer.restart();
        PagedListModel model(**db, lists::accounts());
        model.setFilter(filter);
        model.data(model.index(0, 0));
        std::printf(
            "accounts filtered by %-9s %7d rows %8.1f ms\n", name, model.rowCount(), milliseconds(timer));
    }
    measure(**db, "staff", lists::staff());
    measure(**db, "links", lists::links());
    measure(**db, "chain", lists::chainEdges());
    measure(**db, "requests", lists::requests());
    std::printf("RESULT %s\n", qPrintable(results.join(QLatin1Char(' '))));
    return 0;
}
