#pragma once

#include "PagedListModel.h"

namespace tandem {

// The lists the main window shows, each as SQL the paged model runs.
namespace lists {
// A WHERE condition without the keyword, and the values it binds.
struct Filter
{
    QString where;
    QVariantList binds;
};

// What the Accounts page filters by; empty fields do not filter.
struct AccountFilter
{
    QString segment;
    QString category;
    qint64 owner = 0;
    QString city;
    bool overdueFollowUps = false;
};
Filter accountFilter(const AccountFilter& filter);

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
Filter requestFilter(const RequestFilter& filter);

ListSpec accounts();
ListSpec staff(); // filter by department with "s.department_id = ?"
ListSpec links();
ListSpec chainEdges();
ListSpec requests();
ListSpec handovers();
// Next steps not done yet that are due today or earlier, oldest first: the Today panel.
ListSpec dueFollowUps();
} // namespace lists

} // namespace tandem
