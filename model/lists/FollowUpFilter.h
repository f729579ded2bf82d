#pragma once

#include <QtGlobal>

namespace tandem::lists {

// What the Today panel filters the due follow-ups by; 0 does not filter.
struct FollowUpFilter
{
    qint64 owner = 0; // the colleague who owns the account of the follow-up
};

} // namespace tandem::lists
