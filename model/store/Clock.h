#pragma once

#include <QDateTime>

namespace tandem {

// The time as Tandem sees it. Tests set a fixed time so that "overdue" and "last three years" are
// reproducible.
class Clock
{
public:
    static QDateTime nowUtc();
    static QDate today();
    // An invalid time returns to the system clock.
    static void setFixed(const QDateTime& fixedUtc);
    // ISO 8601 UTC with seconds and a Z, the form every timestamp column holds.
    static QString toIso(const QDateTime& time);
    static QString nowIso() { return toIso(nowUtc()); }
};

} // namespace tandem
