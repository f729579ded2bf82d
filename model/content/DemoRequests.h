#pragma once

#include "DemoWriter.h"

namespace tandem::demo {

// Writes a year of the demo's service requests with their history: along the pairs (late and badly rated
// where a pair is strained or broken), from customers, and outside any pair.
class DemoRequests
{
public:
    explicit DemoRequests(DemoWriter& writer)
        : m_writer(writer)
    { }

    Error add();

private:
    struct Sides
    {
        qint64 requester = 0;
        PartyRef providerParty;
        qint64 provider = 0;
        qint64 linkId = 0;
    };
    // When a request was made, is due and ended, and how.
    struct Timing
    {
        int daysAgo = 0;
        QDateTime created;
        int priority = 0;
        QDateTime due;
        QString status;
        bool isDone = false;
        bool closed = false;
        QDateTime closedAt;
        QDateTime latestPossible;
        bool late = false;
    };

    Error addAlongPairs();
    Error addFromCustomers();
    Error addOutsidePairs();
    // Writes one request with its history, then says how far the requests have come.
    Error addRequest(
        const Sides& sides, int group, Health health, const QString& accountName, bool fromCustomer);
    const RequestTemplate& chooseTemplate(int group, bool fromCustomer);
    Timing startTiming();
    Tokens tokensFor(const QDateTime& created, const QString& accountName);
    void finishTiming(Timing& timing, Health health);
    QString addDelay(Values& values, const Timing& timing, PartyRef providerParty);
    int addRatings(Values& values, const Timing& timing, Health health);
    Error addEvents(qint64 id, const Sides& sides, const Timing& timing, const Values& values,
        const QString& delayReason, int rating);
    QString randomAccountName();
    Error progress();

    DemoWriter& m_writer;
    int m_total = 0;
    int m_written = 0;
};

} // namespace tandem::demo
