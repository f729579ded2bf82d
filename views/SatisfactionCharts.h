#pragma once

#include "Satisfaction.h"

#include <functional>

class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace tandem::charts {

// The charts of service and satisfaction, shared by the Dashboard and a party's page. Each calls back with
// the index of what was clicked, so that the list behind it can open.

// Mean requester rating (left axis, 1 to 5) and on-time rate (right axis, per cent), month by month.
QChart* satisfactionTrend(const QList<Satisfaction::MonthPoint>& months, const QString& title,
    const std::function<void(int month)>& clicked);
// Open and overdue requests by provider department, the busiest first, at most `limit` of them.
QChart* departmentLoad(const QList<SatisfactionScore>& departments, int limit,
    const std::function<void(int index, bool overdue)>& clicked);
// Requests raised and closed each week.
QChart* weeklyFlow(
    const QList<Satisfaction::WeekFlow>& weeks, const std::function<void(int week, bool closed)>& clicked);

// A view for one of them: antialiased, a size that shows its labels, a pointing hand over what opens a list.
QChartView* view(QChart* chart, QWidget* parent);

// An axis of counts from 0 past `highest`, its ticks on round numbers (1, 2 or 5 times a power of ten)
// written as the reader's locale writes them: 12,345 rather than 12345.
QValueAxis* countAxis(int highest);

// The departments departmentLoad() draws, in its order.
QList<SatisfactionScore> busiest(const QList<SatisfactionScore>& departments, int limit);

} // namespace tandem::charts
