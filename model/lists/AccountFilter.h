#pragma once

#include <QString>

namespace tandem::lists {

// What the Accounts page filters by; empty fields do not filter.
struct AccountFilter
{
    QString segment;
    QString category;
    qint64 owner = 0;
    QString city; // surrounding spaces do not count
    bool overdueFollowUps = false; // an open next step was due before today
};

} // namespace tandem::lists
