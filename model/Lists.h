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
