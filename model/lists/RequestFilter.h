#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tandem::lists {

// What the Requests page (and the charts that open it) filter by; empty fields do not filter.
struct RequestFilter
{
    enum class Side
    {
        Either,
        Requester,
        Provider,
    };
    qint64 party = 0;
    qint64 department = 0; // the department or any colleague in it
    // The department and its colleagues' ids, when known (RequestQueries::scope fills it): bound as a list,
    // an index serves each side; without it a subquery finds them, which is slower on large databases.
    QList<qint64> departmentScope;
    Side side = Side::Either; // which side `party` and `department` stand on
    QStringList statuses; // stored texts: words::storedTexts(openRequestStatuses()) for the open ones
    bool overdue = false; // open and past the due date
    QString createdFrom, createdUntil; // ISO 8601 UTC instants, the end excluded
    QString closedFrom, closedUntil;
    bool rated = false; // the requester rated it
};

} // namespace tandem::lists
