#include "SatisfactionPanel.h"

#include "Clock.h"
#include "SatisfactionCharts.h"

#include <QChartView>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tandem {

SatisfactionPanel::SatisfactionPanel(Database& database, qint64 party, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_party(party)
    , m_window(new QComboBox(this))
    , m_error(new QLabel(this))
    , m_chartBox(new QVBoxLayout)
{
    m_window->setObjectName(QStringLiteral("window"));
    m_window->addItem(tr("Last 30 days"), 30);
    m_window->addItem(tr("Last 90 days"), 90);
    m_window->addItem(tr("Last 12 months"), 365);
    m_window->setCurrentIndex(1);
    auto* show = new QPushButton(tr("Show Its Requests"), this);
    show->setAutoDefault(false);
    connect(show, &QPushButton::clicked, this, [this] {
        lists::RequestFilter filter;
        filter.party = m_party;
        filter.side = lists::RequestFilter::Side::Provider;
        emit requestsRequested(filter, QString());
    });
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Requests closed in:"), this));
    top->addWidget(m_window);
    top->addStretch();
    top->addWidget(show);

    auto* grid = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        auto* figure = new QLabel(this);
        figure->setObjectName(QStringLiteral("figure%1").arg(i));
        figure->setWordWrap(true);
        grid->addWidget(figure, i / 2, i % 2);
        m_figures << figure;
    }
    m_error->setWordWrap(true);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addLayout(m_chartBox, 1);
    connect(m_window, &QComboBox::currentIndexChanged, this, &SatisfactionPanel::reload);
    reload();
}

void SatisfactionPanel::reload()
{
    Satisfaction satisfaction(m_database);
    const SatisfactionWindow window = SatisfactionWindow::lastDays(m_window->currentData().toInt());
    auto score = satisfaction.forParty(m_party, window);
    // The chart always shows a year, so that a trend can be seen whatever the window of the figures.
    const SatisfactionWindow year = SatisfactionWindow::lastDays(365);
    auto months = satisfaction.monthlyTrend(m_party, year);
    if (!score || !months) {
        m_error->setText(!score ? score.error().message : months.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    const QLocale locale;
    const SatisfactionScore& s = *score;
    // Plain variables for the counts: lupdate loops forever on a call expression in the count argument.
    const int rated = s.rated;
    const int ratedAsRequester = s.ratedAsRequester;
    const int withDue = s.doneWithDue;
    m_figures[0]->setText(rated > 0 ? tr("Rating as supplier: <b>%1 of 5</b> (%Ln rating(s))", nullptr, rated)
                                          .arg(locale.toString(s.average, 'f', 1))
                                    : tr("Rating as supplier: <b>not rated</b> in this window"));
    m_figures[1]->setText(withDue > 0
            ? tr("On time: <b>%1%</b> (%2 of %Ln done with a due date)", nullptr, withDue)
                  .arg(locale.toString(qRound(100.0 * s.onTime / withDue)))
                  .arg(locale.toString(s.onTime))
            : tr("On time: <b>no due dates</b> among the done requests"));
    m_figures[2]->setText(tr("Open now: <b>%1</b>, of which overdue: <b>%2</b>")
                              .arg(locale.toString(s.open), locale.toString(s.overdue)));
    m_figures[3]->setText(ratedAsRequester > 0
            ? tr("Rated as requester: <b>%1 of 5</b> (%Ln rating(s) by those who served it)", nullptr,
                ratedAsRequester)
                  .arg(locale.toString(s.averageAsRequester, 'f', 1))
            : tr("Rated as requester: <b>not rated</b> in this window"));
    m_figures[2]->setStyleSheet(s.overdue > 0 ? QStringLiteral("color: #b02a1a;") : QString());

    while (QLayoutItem* item = m_chartBox->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<Satisfaction::MonthPoint> points = *months;
    QChart* chart = charts::satisfactionTrend(
        points, tr("Satisfaction as supplier, last 12 months"), [this, points](int month) {
            lists::RequestFilter filter;
            filter.party = m_party;
            filter.side = lists::RequestFilter::Side::Provider;
            const QDate first = points.at(month).month;
            filter.closedFrom = Clock::toIso(QDateTime(first, QTime(0, 0), QTimeZone::utc()));
            filter.closedUntil = Clock::toIso(QDateTime(first.addMonths(1), QTime(0, 0), QTimeZone::utc()));
            emit requestsRequested(filter,
                tr("closed in %1")
                    .arg(QLocale().toString(
                        first, tr("MMMM yyyy", "a month and its year, as a QDate format"))));
        });
    m_chartBox->addWidget(charts::view(chart, this));
}

QStringList SatisfactionPanel::figureTexts() const
{
    QStringList texts;
    for (QLabel* figure : m_figures) {
        texts << QString(figure->text()).remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    }
    return texts;
}

} // namespace tandem
