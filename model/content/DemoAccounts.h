#pragma once

#include "DemoWriter.h"

namespace tandem::demo {

// Writes the demo's external accounts with their contacts, purchases and contact history, so that the
// segment Tandem suggests matches the one stored and the dashboard shows every kind of follow-up.
class DemoAccounts
{
public:
    explicit DemoAccounts(DemoWriter& writer)
        : m_writer(writer)
    { }

    Error add(int row);
    // A sample of the accounts written shows how they moved between segments.
    Error addSegmentHistory();

private:
    // What the latest contact of an account left to do, in turn, so the dashboard shows every case.
    enum class FollowUp
    {
        Overdue,
        DueToday,
        Upcoming,
        Done,
        Nothing
    };
    // What the successor has done with a handed-over account so far.
    enum class AfterHandover
    {
        Visited,
        VisitOverdue,
        VisitUpcoming,
        VisitToday,
        NotContacted
    };

    Error addContacts(WrittenAccount& account);
    Values contactValues(const WrittenAccount& account, int index);
    Error addPurchases(WrittenAccount& account);
    Error addPurchase(WrittenAccount& account, int daysAgo, bool fromCompetitor);
    Error addInteractions(WrittenAccount& account);
    Error addLatestInteraction(const WrittenAccount& account, FollowUp followUp, int latest);
    Error addInteraction(const WrittenAccount& account, int staff, const QDateTime& at, const QString& kind,
        const QString& summary, const QString& nextStep = {}, const QDate& due = {}, bool done = false);
    QString summaryFor(const WrittenAccount& account, int kind);
    Error addAfterHandover(WrittenAccount& account, AfterHandover what);
    Error addSegmentChange(const WrittenAccount& account, Segment from, Segment to, const QDate& on);

    QString domainOf(const AccountRow& row) const;

    DemoWriter& m_writer;
    int m_followUps = 0;
    int m_handedOver = 0;
};

} // namespace tandem::demo
