#include "Satisfaction.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"

#include <QHash>
#include <QTimeZone>
#include <algorithm>

namespace tandem {

namespace {

const QString closedStatuses = QStringLiteral("r.status IN ('done', 'rejected', 'cancelled')");
const QString openStatuses = QStringLiteral("r.status IN ('open', 'in_progress', 'waiting')");

// The figures of closed requests, in the order SatisfactionScore holds them.
const QString closedFigures
    = QStringLiteral("count(r.requester_rating), avg(r.requester_rating), "
                     "sum(CASE WHEN r.status = 'done' THEN 1 ELSE 0 END), "
                     "sum(CASE WHEN r.status = 'done' AND r.due_at IS NOT NULL THEN 1 ELSE 0 END), "
                     "sum(CASE WHEN r.status = 'done' AND r.due_at IS NOT NULL AND r.closed_at <= r.due_at "
                     "THEN 1 ELSE 0 END)");

void readClosedFigures(const QSqlQuery& query, int first, SatisfactionScore& score)
{
    score.rated = query.value(first).toInt();
    score.average = query.value(first + 1).toDouble();
    score.done = query.value(first + 2).toInt();
    score.doneWithDue = query.value(first + 3).toInt();
    score.onTime = query.value(first + 4).toInt();
}

// The party joined as p (and s) as a department: the department itself, or the department of the colleague.
const QString joinedDepartment
    = QStringLiteral("coalesce(s.department_id, CASE WHEN p.kind = 'department' THEN p.id END)");
// Joins a request's provider as p and s.
const QString providerJoins
    = QStringLiteral("JOIN parties p ON p.id = r.provider LEFT JOIN staff s ON s.party_id = r.provider");
// Joins a request's requester as p and s, for how a department is rated as a requester.
const QString requesterJoins
    = QStringLiteral("JOIN parties p ON p.id = r.requester LEFT JOIN staff s ON s.party_id = r.requester");

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

SatisfactionWindow SatisfactionWindow::lastDays(int days)
{
    const QDate today = Clock::today();
    return { today.addDays(1 - days), today };
}

QString SatisfactionWindow::fromIso() const
{
    return Clock::toIso(QDateTime(from, QTime(0, 0), QTimeZone::utc()));
}

QString SatisfactionWindow::untilIso() const
{
    return Clock::toIso(QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()));
}

std::optional<double> SatisfactionScore::onTimeRate() const
{
    if (doneWithDue == 0) {
        return std::nullopt;
    }
    return double(onTime) / doneWithDue;
}

Satisfaction::Satisfaction(Database& database)
    : m_database(database)
{ }

Result<QList<qint64>> Satisfaction::scope(qint64 party) const
{
    auto rows = sql::run(m_database.connection(),
        QStringLiteral(
            "SELECT id FROM parties WHERE id = ? UNION SELECT s.party_id FROM staff s JOIN parties d "
            "ON d.id = s.department_id WHERE d.id = ? AND d.kind = 'department'"),
        { party, party });
    if (!rows) {
        return rows.error();
    }
    QList<qint64> parties;
    while (rows->next()) {
        parties << rows->value(0).toLongLong();
    }
    return parties;
}

Result<SatisfactionScore> Satisfaction::forParty(qint64 party, const SatisfactionWindow& window) const
{
    auto parties = scope(party);
    if (!parties) {
        return parties.error();
    }
    SatisfactionScore score;
    score.party = party;
    if (parties->isEmpty()) {
        return score;
    }
    const QSqlDatabase db = m_database.connection();
    auto name = sql::scalar(db, QStringLiteral("SELECT display_name FROM parties WHERE id = ?"), { party });
    if (!name) {
        return name.error();
    }
    score.name = name->toString();
    QVariantList ids;
    for (qint64 id : *parties) {
        ids << id;
    }
    const QString in = sql::placeholders(ids.size());
    auto closed = sql::run(db,
        QStringLiteral(
            "SELECT %1 FROM service_requests r WHERE r.provider IN (%2) AND %3 AND r.closed_at >= ? "
            "AND r.closed_at < ?")
            .arg(closedFigures, in, closedStatuses),
        ids + QVariantList { window.fromIso(), window.untilIso() });
    if (!closed) {
        return closed.error();
    }
    if (closed->next()) {
        readClosedFigures(*closed, 0, score);
    }
    auto open = sql::run(db,
        QStringLiteral(
            "SELECT count(*), sum(CASE WHEN r.due_at < ? THEN 1 ELSE 0 END) FROM service_requests r "
            "WHERE r.provider IN (%1) AND %2")
            .arg(in, openStatuses),
        QVariantList { Clock::nowIso() } + ids);
    if (!open) {
        return open.error();
    }
    if (open->next()) {
        score.open = open->value(0).toInt();
        score.overdue = open->value(1).toInt();
    }
    auto asRequester = sql::run(db,
        QStringLiteral(
            "SELECT count(r.provider_rating), avg(r.provider_rating) FROM service_requests r WHERE "
            "r.requester IN (%1) AND %2 AND r.closed_at >= ? AND r.closed_at < ?")
            .arg(in, closedStatuses),
        ids + QVariantList { window.fromIso(), window.untilIso() });
    if (!asRequester) {
        return asRequester.error();
    }
    if (asRequester->next()) {
        score.ratedAsRequester = asRequester->value(0).toInt();
        score.averageAsRequester = asRequester->value(1).toDouble();
    }
    return score;
}

Result<QHash<qint64, SatisfactionScore>> Satisfaction::byProvider(
    const QList<qint64>& parties, const SatisfactionWindow& window) const
{
    QHash<qint64, SatisfactionScore> scores;
    QVariantList ids;
    for (qint64 party : parties) {
        scores[party].party = party;
        ids << party;
    }
    if (ids.isEmpty()) {
        return scores;
    }
    const QString in = sql::placeholders(ids.size());
    const QSqlDatabase db = m_database.connection();
    auto closed = sql::run(db,
        QStringLiteral("SELECT r.provider, %1 FROM service_requests r WHERE r.provider IN (%2) AND %3 AND "
                       "r.closed_at >= ? AND r.closed_at < ? GROUP BY r.provider")
            .arg(closedFigures, in, closedStatuses),
        ids + QVariantList { window.fromIso(), window.untilIso() });
    if (!closed) {
        return closed.error();
    }
    while (closed->next()) {
        readClosedFigures(*closed, 1, scores[closed->value(0).toLongLong()]);
    }
    auto open = sql::run(db,
        QStringLiteral("SELECT r.provider, count(*), sum(CASE WHEN r.due_at < ? THEN 1 ELSE 0 END) FROM "
                       "service_requests r WHERE r.provider IN (%1) AND %2 GROUP BY r.provider")
            .arg(in, openStatuses),
        QVariantList { Clock::nowIso() } + ids);
    if (!open) {
        return open.error();
    }
    while (open->next()) {
        SatisfactionScore& score = scores[open->value(0).toLongLong()];
        score.open = open->value(1).toInt();
        score.overdue = open->value(2).toInt();
    }
    return scores;
}

Result<QList<SatisfactionScore>> Satisfaction::departmentRanking(const SatisfactionWindow& window) const
{
    const QSqlDatabase db = m_database.connection();
    auto departments = sql::run(db,
        QStringLiteral("SELECT p.id, p.display_name FROM parties p WHERE p.kind = 'department' ORDER BY "
                       "p.sort_key, p.id"));
    if (!departments) {
        return departments.error();
    }
    QList<SatisfactionScore> scores;
    QHash<qint64, int> byDepartment;
    while (departments->next()) {
        SatisfactionScore score;
        score.party = departments->value(0).toLongLong();
        score.name = departments->value(1).toString();
        byDepartment.insert(score.party, int(scores.size()));
        scores << score;
    }
    auto closed = sql::run(db,
        QStringLiteral(
            "SELECT %1, %2 FROM service_requests r %3 WHERE %4 AND r.closed_at >= ? AND r.closed_at "
            "< ? GROUP BY 1")
            .arg(joinedDepartment, closedFigures, providerJoins, closedStatuses),
        { window.fromIso(), window.untilIso() });
    if (!closed) {
        return closed.error();
    }
    while (closed->next()) {
        const auto found = byDepartment.constFind(closed->value(0).toLongLong());
        if (found != byDepartment.constEnd()) {
            readClosedFigures(*closed, 1, scores[*found]);
        }
    }
    auto open = sql::run(db,
        QStringLiteral("SELECT %1, count(*), sum(CASE WHEN r.due_at < ? THEN 1 ELSE 0 END) FROM "
                       "service_requests r %2 WHERE %3 GROUP BY 1")
            .arg(joinedDepartment, providerJoins, openStatuses),
        { Clock::nowIso() });
    if (!open) {
        return open.error();
    }
    while (open->next()) {
        const auto found = byDepartment.constFind(open->value(0).toLongLong());
        if (found != byDepartment.constEnd()) {
            scores[*found].open = open->value(1).toInt();
            scores[*found].overdue = open->value(2).toInt();
        }
    }
    auto asRequester = sql::run(db,
        QStringLiteral(
            "SELECT %1, count(r.provider_rating), avg(r.provider_rating) FROM service_requests r %2 "
            "WHERE %3 AND r.closed_at >= ? AND r.closed_at < ? GROUP BY 1")
            .arg(joinedDepartment, requesterJoins, closedStatuses),
        { window.fromIso(), window.untilIso() });
    if (!asRequester) {
        return asRequester.error();
    }
    while (asRequester->next()) {
        const auto found = byDepartment.constFind(asRequester->value(0).toLongLong());
        if (found != byDepartment.constEnd()) {
            scores[*found].ratedAsRequester = asRequester->value(1).toInt();
            scores[*found].averageAsRequester = asRequester->value(2).toDouble();
        }
    }
    // Stable: departments that tie keep their name order.
    std::stable_sort(
        scores.begin(), scores.end(), [](const SatisfactionScore& a, const SatisfactionScore& b) {
            if ((a.rated > 0) != (b.rated > 0)) {
                return a.rated > 0;
            }
            if (a.average != b.average) {
                return a.average > b.average;
            }
            return a.onTimeRate().value_or(-1) > b.onTimeRate().value_or(-1);
        });
    return scores;
}

Result<QList<Satisfaction::MonthPoint>> Satisfaction::monthlyTrend(
    qint64 party, const SatisfactionWindow& window) const
{
    QVariantList binds { window.fromIso(), window.untilIso() };
    QString providers;
    if (party) {
        auto parties = scope(party);
        if (!parties) {
            return parties.error();
        }
        for (qint64 id : *parties) {
            binds << id;
        }
        providers = QStringLiteral(" AND r.provider IN (%1)").arg(sql::placeholders(parties->size()));
    }
    auto rows = sql::run(m_database.connection(),
        QStringLiteral(
            "SELECT substr(r.closed_at, 1, 7), %1 FROM service_requests r WHERE %2 AND r.closed_at >= "
            "? AND r.closed_at < ?%3 GROUP BY 1")
            .arg(closedFigures, closedStatuses, providers),
        binds);
    if (!rows) {
        return rows.error();
    }
    QList<MonthPoint> months;
    for (QDate month(window.from.year(), window.from.month(), 1); month <= window.to;
         month = month.addMonths(1)) {
        months << MonthPoint { month };
    }
    while (rows->next()) {
        const QDate month = QDate::fromString(rows->value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        for (MonthPoint& point : months) {
            if (point.month == month) {
                SatisfactionScore figures;
                readClosedFigures(*rows, 1, figures);
                point.rated = figures.rated;
                point.average = figures.average;
                point.done = figures.done;
                point.doneWithDue = figures.doneWithDue;
                point.onTime = figures.onTime;
            }
        }
    }
    return months;
}

Result<QList<Satisfaction::WeekFlow>> Satisfaction::weeklyFlow(int weeks) const
{
    const QDate firstMonday = mondayOf(Clock::today()).addDays(-7 * (weeks - 1));
    QList<WeekFlow> flow;
    for (int week = 0; week < weeks; ++week) {
        flow << WeekFlow { firstMonday.addDays(7 * week) };
    }
    const QString since = Clock::toIso(QDateTime(firstMonday, QTime(0, 0), QTimeZone::utc()));
    // Counted per day in SQL (an index range each), then gathered into weeks here.
    const struct
    {
        const char* statement;
        int WeekFlow::*target;
    } counts[] = {
        { "SELECT substr(r.created_at, 1, 10), count(*) FROM service_requests r WHERE r.created_at >= ? "
          "GROUP "
          "BY 1",
            &WeekFlow::created },
        { "SELECT substr(r.closed_at, 1, 10), count(*) FROM service_requests r WHERE r.status IN ('done', "
          "'rejected', 'cancelled') AND r.closed_at >= ? GROUP BY 1",
            &WeekFlow::closed },
    };
    for (const auto& count : counts) {
        auto rows = sql::run(m_database.connection(), QString::fromLatin1(count.statement), { since });
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            const QDate day = QDate::fromString(rows->value(0).toString(), Qt::ISODate);
            const qint64 week = firstMonday.daysTo(mondayOf(day)) / 7;
            if (week >= 0 && week < weeks) {
                flow[int(week)].*count.target += rows->value(1).toInt();
            }
        }
    }
    return flow;
}

} // namespace tandem
