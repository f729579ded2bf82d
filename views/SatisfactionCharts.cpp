#include "SatisfactionCharts.h"

#include "DateLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace tandem::charts {

namespace {
const QColor good(0x3d, 0x7a, 0x2f);
const QColor warning(0xd0, 0x8a, 0x1e);
const QColor bad(0xb0, 0x2a, 0x1a);
const QColor neutral(0x2f, 0x6f, 0x9f);

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

// Category labels stand on end when there are many: month and week labels side by side would be cut.
QBarCategoryAxis* categoryAxis(const QStringList& labels, bool upright)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    axis->setTruncateLabels(false);
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    if (upright) {
        axis->setLabelsAngle(-90);
    }
    return axis;
}

} // namespace

QValueAxis* countAxis(int highest)
{
    // The smallest round step that needs no more than five of them to pass the highest count.
    const int most = qMax(1, highest);
    int step = 1;
    for (int power = 1; step * 5 < most; power *= 10) {
        for (int factor : { 1, 2, 5 }) {
            step = factor * power;
            if (step * 5 >= most) {
                break;
            }
        }
    }
    const int top = (most + step - 1) / step * step;
    // Labels of our own, written by the locale: Qt Charts 6.4 draws no labels at all when it is asked to
    // localise numbers in a label format.
    auto* axis = new QCategoryAxis;
    axis->setRange(0, top);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale;
    for (int value = 0; value <= top; value += step) {
        axis->append(locale.toString(value), value);
    }
    return axis;
}

QChart* satisfactionTrend(const QList<Satisfaction::MonthPoint>& months, const QString& title,
    const std::function<void(int month)>& clicked)
{
    QChart* chart = newChart(title);
    auto* rating = new QLineSeries;
    rating->setName(QCoreApplication::translate("tandem::charts", "Mean rating"));
    rating->setColor(neutral);
    auto* ratingPoints = new QScatterSeries;
    ratingPoints->setColor(neutral);
    ratingPoints->setMarkerSize(7);
    auto* onTime = new QLineSeries;
    onTime->setName(QCoreApplication::translate("tandem::charts", "On time, %"));
    onTime->setColor(good);
    QStringList labels;
    for (int i = 0; i < months.size(); ++i) {
        const Satisfaction::MonthPoint& month = months.at(i);
        labels << dateLabels::month(month.month);
        // A month without ratings has no mean: the line passes over it rather than dropping to zero.
        if (month.rated > 0) {
            rating->append(i, month.average);
            ratingPoints->append(i, month.average);
        }
        if (month.doneWithDue > 0) {
            onTime->append(i, 100.0 * month.onTime / month.doneWithDue);
        }
    }
    chart->addSeries(rating);
    chart->addSeries(ratingPoints);
    chart->addSeries(onTime);
    QBarCategoryAxis* monthAxis = categoryAxis(labels, true);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    auto* ratingAxis = new QValueAxis;
    ratingAxis->setRange(1, 5);
    ratingAxis->setTickCount(5);
    ratingAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(ratingAxis, Qt::AlignLeft);
    auto* percentAxis = new QValueAxis;
    percentAxis->setRange(0, 100);
    percentAxis->setTickCount(5);
    percentAxis->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(percentAxis, Qt::AlignRight);
    for (QLineSeries* series : { static_cast<QLineSeries*>(rating), onTime }) {
        series->attachAxis(monthAxis);
    }
    ratingPoints->attachAxis(monthAxis);
    rating->attachAxis(ratingAxis);
    ratingPoints->attachAxis(ratingAxis);
    onTime->attachAxis(percentAxis);
    chart->legend()->markers(ratingPoints).first()->setVisible(false);
    if (clicked) {
        for (QXYSeries* series : { static_cast<QXYSeries*>(rating), static_cast<QXYSeries*>(ratingPoints),
                 static_cast<QXYSeries*>(onTime) }) {
            QObject::connect(series, &QXYSeries::clicked, chart,
                [clicked, count = int(months.size())](const QPointF& point) {
                    const int month = qRound(point.x());
                    if (month >= 0 && month < count) {
                        clicked(month);
                    }
                });
        }
    }
    return chart;
}

QList<SatisfactionScore> busiest(const QList<SatisfactionScore>& departments, int limit)
{
    QList<SatisfactionScore> shown;
    for (const SatisfactionScore& department : departments) {
        if (department.open > 0) {
            shown << department;
        }
    }
    std::stable_sort(shown.begin(), shown.end(),
        [](const SatisfactionScore& a, const SatisfactionScore& b) { return a.open > b.open; });
    return shown.mid(0, limit);
}

QChart* departmentLoad(const QList<SatisfactionScore>& departments, int limit,
    const std::function<void(int index, bool overdue)>& clicked)
{
    QChart* chart = newChart(
        QCoreApplication::translate("tandem::charts", "Open and overdue requests by provider department"));
    const QList<SatisfactionScore> shown = busiest(departments, limit);
    auto* open = new QBarSet(QCoreApplication::translate("tandem::charts", "Open"));
    open->setColor(neutral);
    auto* overdue = new QBarSet(QCoreApplication::translate("tandem::charts", "Overdue"));
    overdue->setColor(bad);
    QStringList names;
    int highest = 1;
    // A horizontal chart draws its first category at the bottom: add them busiest last to read downwards.
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) {
        *open << it->open;
        *overdue << it->overdue;
        names << it->name;
        highest = qMax(highest, it->open);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(open);
    series->append(overdue);
    chart->addSeries(series);
    QBarCategoryAxis* nameAxis = categoryAxis(names, false);
    chart->addAxis(nameAxis, Qt::AlignLeft);
    series->attachAxis(nameAxis);
    QValueAxis* counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    // The highest count's label stands centred on the plot's right edge, and the chart's own padding holds
    // about half of what sticks out: leave room for the other half, and no more, so the title keeps its room.
    if (auto* labelled = qobject_cast<QCategoryAxis*>(counts); labelled && labelled->count() > 0) {
        const int half
            = QFontMetrics(labelled->labelsFont()).horizontalAdvance(labelled->categoriesLabels().constLast())
            / 2;
        chart->setMargins(QMargins(4, 4, 4 + half / 2, 4));
    }
    if (clicked) {
        const int count = int(shown.size());
        QObject::connect(open, &QBarSet::clicked, chart,
            [clicked, count](int index) { clicked(count - 1 - index, false); });
        QObject::connect(overdue, &QBarSet::clicked, chart,
            [clicked, count](int index) { clicked(count - 1 - index, true); });
    }
    return chart;
}

QChart* weeklyFlow(
    const QList<Satisfaction::WeekFlow>& weeks, const std::function<void(int week, bool closed)>& clicked)
{
    QChart* chart
        = newChart(QCoreApplication::translate("tandem::charts", "Requests raised and closed per week"));
    auto* raised = new QBarSet(QCoreApplication::translate("tandem::charts", "Raised"));
    raised->setColor(warning);
    auto* closed = new QBarSet(QCoreApplication::translate("tandem::charts", "Closed"));
    closed->setColor(good);
    QStringList labels;
    int highest = 1;
    for (const Satisfaction::WeekFlow& week : weeks) {
        *raised << week.created;
        *closed << week.closed;
        highest = qMax(highest, qMax(week.created, week.closed));
        labels << dateLabels::day(week.weekStart);
    }
    auto* series = new QBarSeries;
    series->append(raised);
    series->append(closed);
    chart->addSeries(series);
    QBarCategoryAxis* weekAxis = categoryAxis(labels, true);
    chart->addAxis(weekAxis, Qt::AlignBottom);
    series->attachAxis(weekAxis);
    QValueAxis* counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    if (clicked) {
        QObject::connect(raised, &QBarSet::clicked, chart, [clicked](int index) { clicked(index, false); });
        QObject::connect(closed, &QBarSet::clicked, chart, [clicked](int index) { clicked(index, true); });
    }
    return chart;
}

QChartView* view(QChart* chart, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 240);
    view->setCursor(Qt::PointingHandCursor);
    view->setToolTip(QCoreApplication::translate(
        "tandem::charts", "Click a bar or a point to open the requests behind it"));
    return view;
}

} // namespace tandem::charts
