#pragma once

#include "Error.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Database;

// A span of days, both ends included, over which closed requests count.
struct SatisfactionWindow
{
    QDate from;
    QDate to;

    // The last `days` days up to today.
    static SatisfactionWindow lastDays(int days);
    QString fromIso() const; // the first instant, ISO 8601 UTC
    QString untilIso() const; // the instant after the last day
};

// How a party is doing as a supplier: the requester ratings of the requests it closed in the window, how
// many of its done requests met their due date, and what it has open now. Also how it is rated as a
// requester (did it supply what was needed): satisfaction runs both ways.
struct SatisfactionScore
{
    qint64 party = 0;
    QString name;
    int rated = 0; // closed in the window with a requester rating
    double average = 0; // mean requester rating, 1 to 5; 0 when nothing was rated
    int done = 0; // done in the window
    int doneWithDue = 0;
    int onTime = 0; // done by the due date
    int open = 0; // not closed, now
    int overdue = 0; // open and past the due date, now
    int ratedAsRequester = 0;
    double averageAsRequester = 0;

    // Done on time among done requests that had a due date, 0 to 1; nothing when none had one.
    std::optional<double> onTimeRate() const;
};

// The internal satisfaction index (see DESIGN.md, "Satisfaction"). A department's work is its own and its
// members': requests provided by the department or by any colleague in it (sub-departments count for
// themselves, so nothing is counted twice in a ranking).
class Satisfaction
{
public:
    explicit Satisfaction(Database& database);

    Result<SatisfactionScore> forParty(qint64 party, const SatisfactionWindow& window) const;
    // Each of `parties` alone as a provider (a department without its members), for colouring a map.
    Result<QHash<qint64, SatisfactionScore>> byProvider(
        const QList<qint64>& parties, const SatisfactionWindow& window) const;
    // Every department, best first: highest mean rating (unrated last), then on-time rate, then name.
    Result<QList<SatisfactionScore>> departmentRanking(const SatisfactionWindow& window) const;

    struct MonthPoint
    {
        QDate month; // the first day
        int rated = 0;
        double average = 0;
        int done = 0;
        int doneWithDue = 0;
        int onTime = 0;
    };
    // Month by month over the window, months without closed requests included; party 0 means everyone.
    Result<QList<MonthPoint>> monthlyTrend(qint64 party, const SatisfactionWindow& window) const;

    struct WeekFlow
    {
        QDate weekStart; // a Monday
        int created = 0;
        int closed = 0;
    };
    // Requests raised and closed in each of the last `weeks` weeks, this week last.
    Result<QList<WeekFlow>> weeklyFlow(int weeks) const;

    // The Dashboard's service figures: a year's trend, the departments over 90 days, twelve weeks' flow.
    struct Overview
    {
        QList<MonthPoint> months;
        QList<SatisfactionScore> departments;
        QList<WeekFlow> weeks;
    };

    // The parties whose work counts as `party`'s: a department and its members, anyone else alone.
    Result<QList<qint64>> scope(qint64 party) const;

private:
    Database& m_database;
};

} // namespace tandem
