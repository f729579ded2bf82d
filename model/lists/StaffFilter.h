#pragma once

#include <QtGlobal>

namespace tandem::lists {

// What the Organization page filters its colleagues by; 0 does not filter.
struct StaffFilter
{
    qint64 department = 0; // the colleagues placed in this department itself, not in those under it
};

} // namespace tandem::lists
