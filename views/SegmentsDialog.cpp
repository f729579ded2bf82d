#include "SegmentsDialog.h"

#include "DateLabels.h"
#include "Entities.h"
#include "SatisfactionCharts.h"
#include "SegmentAdvisor.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QPieSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tandem {

SegmentsDialog::SegmentsDialog(Database& database, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Segments"));
    auto* layout = new QVBoxLayout(this);
    auto counts = SegmentAdvisor::counts(database);
    auto movements = SegmentAdvisor::movements(database, 12);
    if (!counts || !movements) {
        layout->addWidget(new QLabel(!counts ? counts.error().message : movements.error().message, this));
        return;
    }
    const QStringList segments { QStringLiteral("loyal"), QStringLiteral("floating"),
        QStringLiteral("potential") };
    const QColor colours[] = { QColor(0x3d, 0x7a, 0x2f), QColor(0xd0, 0x8a, 0x1e), QColor(0x2f, 0x6f, 0x9f) };

    auto* pie = new QPieSeries;
    for (int i = 0; i < segments.size(); ++i) {
        // The legend names the segments; the slices carry the counts, short enough never to be cut.
        QPieSlice* slice
            = pie->append(labels::choice(QStringLiteral("segment"), segments.at(i)), counts->at(i));
        slice->setLabel(QLocale().toString(counts->at(i)));
        slice->setColor(colours[i]);
        slice->setLabelVisible(counts->at(i) > 0);
        m_figures << counts->at(i);
    }
    auto* now = new QChart;
    now->addSeries(pie);
    now->setTitle(tr("Accounts by segment"));
    now->legend()->setAlignment(Qt::AlignBottom);
    for (int i = 0; i < segments.size() && i < now->legend()->markers(pie).size(); ++i) {
        now->legend()->markers(pie).at(i)->setLabel(
            labels::choice(QStringLiteral("segment"), segments.at(i)));
    }

    auto* up = new QBarSet(tr("Moved up (potential to floating to loyal)"));
    auto* down = new QBarSet(tr("Moved down"));
    up->setColor(colours[0]);
    down->setColor(QColor(0xb0, 0x2a, 0x1a));
    QStringList months;
    int ups = 0, downs = 0, highest = 1;
    for (const SegmentAdvisor::Movement& movement : *movements) {
        *up << movement.up;
        *down << movement.down;
        ups += movement.up;
        downs += movement.down;
        highest = qMax(highest, qMax(movement.up, movement.down));
        months << dateLabels::month(QDate::fromString(movement.month + QStringLiteral("-01"), Qt::ISODate));
    }
    m_figures << ups << downs;
    auto* bars = new QBarSeries;
    bars->append(up);
    bars->append(down);
    auto* moves = new QChart;
    moves->addSeries(bars);
    moves->setTitle(tr("Segment changes, last 12 months"));
    auto* monthAxis = new QBarCategoryAxis;
    monthAxis->append(months);
    moves->addAxis(monthAxis, Qt::AlignBottom);
    bars->attachAxis(monthAxis);
    QValueAxis* countAxis = charts::countAxis(highest);
    moves->addAxis(countAxis, Qt::AlignLeft);
    bars->attachAxis(countAxis);
    moves->legend()->setAlignment(Qt::AlignBottom);

    auto* charts = new QHBoxLayout;
    for (QChart* chart : { now, moves }) {
        auto* view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(380, 320);
        charts->addWidget(view, chart == moves ? 2 : 1);
    }
    layout->addLayout(charts, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 480);
}

} // namespace tandem
