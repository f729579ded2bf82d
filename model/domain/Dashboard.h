#pragma once

#include "Error.h"
#include "Satisfaction.h"

#include <atomic>

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

// Everything the Dashboard shows besides its list of follow-ups: the cards, and the service charts and
// ranking.
struct DashboardContents
{
    DashboardFigures figures;
    Satisfaction::Overview service;
};

class Dashboard
{
public:
    static Result<DashboardFigures> figures(Database& database);
    // The figures and the service overview, read through a connection of its own to the file, so that a
    // worker thread can gather them while the window goes on. Once `stop` is set the rest is left undone
    // and what is returned is of no use: a window that closes waits only for the statement running.
    static Result<DashboardContents> contents(
        const QString& databasePath, const std::atomic<bool>* stop = nullptr);
};

} // namespace tandem
