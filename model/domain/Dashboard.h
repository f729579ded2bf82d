#pragma once

#include "Error.h"

namespace tandem {

class Database;

// The figures the Dashboard opens with: how the internal and external sides are doing right now.
struct DashboardFigures
{
    qint64 departments = 0;
    qint64 activeStaff = 0;
    qint64 departedStaff = 0;
    qint64 pairs = 0;
    qint64 oneSidedPairs = 0;
    qint64 loyal = 0;
    qint64 floating = 0;
    qint64 potential = 0;
    qint64 openRequests = 0;
    qint64 overdueRequests = 0;
    qint64 closedLast30Days = 0;
    double averageRating90Days = 0; // requester ratings of requests closed in the last 90 days
    qint64 ratedLast90Days = 0;
    qint64 followUpsDue = 0; // due today or earlier and not done
    qint64 followUpsOverdue = 0; // due before today and not done
    qint64 watchedAccounts = 0; // handed over and still under watch
    qint64 accountsAtRisk
        = 0; // watched accounts that nobody contacted, bought elsewhere or dropped a segment
};

class Dashboard
{
public:
    static Result<DashboardFigures> figures(Database& database);
};

} // namespace tandem
