#include "Dashboard.h"

#include "Clock.h"
#include "Database.h"
#include "Handover.h"
#include "Sql.h"
#include "Words.h"

#include <QSet>
#include <functional>

namespace tandem {

namespace {
template<typename T> Error into(Result<T>&& result, T& target)
{
    if (!result) {
        return result.error();
    }
    target = std::move(*result);
    return {};
}
} // namespace

Result<DashboardFigures> Dashboard::figures(Database& database)
{
    DashboardFigures figures;
    const QSqlDatabase db = database.connection();
    const QString now = Clock::nowIso();
    const QString today = Clock::today().toString(Qt::ISODate);
    const QString days30 = Clock::toIso(Clock::nowUtc().addDays(-30));
    const QString days90 = Clock::toIso(Clock::nowUtc().addDays(-90));
    const struct
    {
        qint64* target;
        QString statement;
        QVariantList binds;
    } counts[] = {
        { &figures.departments, QStringLiteral("SELECT count(*) FROM departments"), {} },
        { &figures.activeStaff, QStringLiteral("SELECT count(*) FROM staff WHERE status = 'active'"), {} },
        { &figures.departedStaff, QStringLiteral("SELECT count(*) FROM staff WHERE status = 'departed'"),
            {} },
        { &figures.pairs, QStringLiteral("SELECT count(*) FROM internal_links"), {} },
        { &figures.oneSidedPairs,
            QStringLiteral("SELECT count(*) FROM internal_links WHERE coalesce(trim(a_to_b), '') = '' OR "
                           "coalesce(trim(b_to_a), '') = ''"),
            {} },
        { &figures.loyal, QStringLiteral("SELECT count(*) FROM accounts WHERE segment = 'loyal'"), {} },
        { &figures.floating, QStringLiteral("SELECT count(*) FROM accounts WHERE segment = 'floating'"), {} },
        { &figures.potential, QStringLiteral("SELECT count(*) FROM accounts WHERE segment = 'potential'"),
            {} },
        { &figures.openRequests,
            QStringLiteral("SELECT count(*) FROM service_requests WHERE %1").arg(requestIsOpenSql()), {} },
        { &figures.overdueRequests,
            QStringLiteral("SELECT count(*) FROM service_requests WHERE %1 AND due_at < ?")
                .arg(requestIsOpenSql()),
            { now } },
        { &figures.closedLast30Days,
            QStringLiteral("SELECT count(*) FROM service_requests WHERE status = 'done' AND closed_at >= ?"),
            { days30 } },
        { &figures.ratedLast90Days,
            QStringLiteral(
                "SELECT count(*) FROM service_requests WHERE status = 'done' AND closed_at >= ? AND "
                "requester_rating IS NOT NULL"),
            { days90 } },
        { &figures.followUpsDue,
            QStringLiteral("SELECT count(*) FROM interactions WHERE next_step_done = 0 AND next_step_due IS "
                           "NOT NULL AND "
                           "next_step_due <= ?"),
            { today } },
        { &figures.followUpsOverdue,
            QStringLiteral("SELECT count(*) FROM interactions WHERE next_step_done = 0 AND next_step_due IS "
                           "NOT NULL AND "
                           "next_step_due < ?"),
            { today } },
        { &figures.watchedAccounts,
            QStringLiteral(
                "SELECT count(*) FROM handover_items i JOIN handovers h ON h.id = i.handover_id WHERE "
                "i.item_kind = 'account' "
                "AND h.watch_until >= ?"),
            { today } },
    };
    for (const auto& count : counts) {
        auto value = sql::scalar(db, count.statement, count.binds);
        if (!value) {
            return value.error();
        }
        *count.target = value->toLongLong();
    }
    auto average = sql::scalar(db,
        QStringLiteral(
            "SELECT avg(requester_rating) FROM service_requests WHERE status = 'done' AND closed_at >= ? AND "
            "requester_rating IS NOT NULL"),
        { days90 });
    if (!average) {
        return average.error();
    }
    figures.averageRating90Days = average->toDouble();
    auto flags = Handover(database).watchFlags();
    if (!flags) {
        return flags.error();
    }
    figures.accountsAtRisk = Handover::accountsIn(*flags);
    return figures;
}

Result<DashboardContents> Dashboard::contents(const QString& databasePath, const std::atomic<bool>* stop)
{
    Database::Options options;
    options.create = false;
    options.quickCheck = false;
    auto database = Database::open(databasePath, options);
    if (!database) {
        return database.error();
    }
    DashboardContents contents;
    const Satisfaction satisfaction(**database);
    Satisfaction::Overview& service = contents.service;
    // Each part in turn, none much over a hundred milliseconds on a million requests.
    const std::function<Error()> parts[] = {
        [&] { return into(figures(**database), contents.figures); },
        [&] { return into(satisfaction.monthlyTrend(0, SatisfactionWindow::lastDays(365)), service.months); },
        [&] {
            return into(
                satisfaction.departmentRanking(SatisfactionWindow::lastDays(90)), service.departments);
        },
        [&] { return into(satisfaction.weeklyFlow(12), service.weeks); },
    };
    for (const auto& part : parts) {
        if (stop && stop->load()) {
            break;
        }
        if (Error error = part()) {
            return error;
        }
    }
    return contents;
}

} // namespace tandem
