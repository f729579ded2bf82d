#include "DashboardPage.h"

#include "Clock.h"
#include "Dashboard.h"
#include "Database.h"
#include "ListPage.h"
#include "Lists.h"
#include "Page.h"
#include "RecordCommands.h"
#include "RecordEditor.h"
#include "RecordList.h"
#include "SatisfactionCharts.h"
#include "Words.h"

#include <QChartView>
#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QThread>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

DashboardPage::DashboardPage(Database& database, RecordEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_editor(editor)
    , m_grid(new QGridLayout)
    , m_error(new QLabel(this))
{
    auto* title = new QLabel(tr("Dashboard"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_error->setWordWrap(true);
    m_error->hide();

    const QString sections[] = { tr("Internal customers"), tr("Service requests"), tr("External customers"),
        tr("Follow-ups and handovers") };
    for (int i = 0; i < 4; ++i) {
        auto* heading = new QLabel(sections[i], this);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        m_grid->addWidget(heading, i * 2, 0, 1, 4);
    }
    addCard(1, 0, tr("Departments"), Page::Organization);
    addCard(1, 1, tr("Active colleagues"), Page::Organization);
    addCard(1, 2, tr("Customer/supplier pairs"), Page::Relationships);
    addCard(1, 3, tr("One-sided pairs"), Page::Relationships);
    const auto requests = [this](lists::RequestFilter filter, const QString& description) {
        return [this, filter, description] {
            emit requestsRequested(filter, description);
        };
    };
    lists::RequestFilter open;
    open.statuses = words::storedTexts(openRequestStatuses());
    lists::RequestFilter overdue;
    overdue.overdue = true;
    lists::RequestFilter doneLately;
    doneLately.statuses = QStringList { words::stored(RequestStatus::Done) };
    doneLately.closedFrom = Clock::toIso(Clock::nowUtc().addDays(-30));
    lists::RequestFilter rated;
    rated.closedFrom = Clock::toIso(Clock::nowUtc().addDays(-90));
    rated.rated = true;
    addCard(3, 0, tr("Open requests"), requests(open, QString()));
    addCard(3, 1, tr("Overdue requests"), requests(overdue, QString()));
    addCard(3, 2, tr("Done in the last 30 days"), requests(doneLately, tr("closed in the last 30 days")));
    addCard(
        3, 3, tr("Average rating, last 90 days"), requests(rated, tr("rated, closed in the last 90 days")));
    addCard(5, 0, tr("Loyal accounts"), Page::Accounts);
    addCard(5, 1, tr("Floating accounts"), Page::Accounts);
    addCard(5, 2, tr("Potential accounts"), Page::Accounts);
    addCard(5, 3, tr("Handed-over accounts at risk"), Page::Handovers);
    addCard(7, 0, tr("Follow-ups due"), Page::Accounts);
    addCard(7, 1, tr("Follow-ups overdue"), Page::Accounts);
    addCard(7, 2, tr("Handed-over accounts under watch"), Page::Handovers);
    addCard(7, 3, tr("Colleagues who have left"), Page::Handovers);

    // Everything scrolls together on a small screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addWidget(m_error);
    layout->addLayout(m_grid);

    auto* service = new QLabel(tr("Service and satisfaction"), this);
    QFont bold = service->font();
    bold.setBold(true);
    service->setFont(bold);
    layout->addWidget(service);
    m_chartRow = new QHBoxLayout;
    layout->addLayout(m_chartRow);

    m_ranking = makeRecordList(this,
        { tr("Rank"), tr("Department"), tr("Rating"), tr("Ratings"), tr("On time"), tr("Open"),
            tr("Overdue") });
    m_ranking->setObjectName(QStringLiteral("ranking"));
    m_ranking->setToolTip(tr("Double-click a department to see the requests it provides"));
    m_ranking->header()->setStretchLastSection(false);
    m_ranking->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_ranking, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        lists::RequestFilter filter;
        filter.department = item->data(1, Qt::UserRole).toLongLong();
        filter.side = lists::RequestFilter::Side::Provider;
        emit requestsRequested(filter, QString());
    });
    auto* rankingBox = new QVBoxLayout;
    auto* rankingTitle = new QLabel(tr("Departments by satisfaction, last 90 days"), this);
    QFont rankingFont = rankingTitle->font();
    rankingFont.setPointSizeF(rankingFont.pointSizeF() * 1.4);
    rankingFont.setBold(true);
    rankingTitle->setFont(rankingFont);
    rankingBox->addWidget(rankingTitle);
    rankingBox->addWidget(m_ranking, 1);

    ListPage::Texts texts { tr("Today: follow-ups due"),
        [](int n) { return tr("%Ln follow-up(s)", nullptr, n); },
        tr("Nothing is due today. Next steps logged with an account appear here on their due date."),
        tr("Overdue: the due date has passed.") };
    m_today = new ListPage(database, &lists::dueFollowUps, texts, this);
    m_today->setObjectName(QStringLiteral("todayPanel"));
    auto* done = new QPushButton(tr("Mark Done"), this);
    done->setToolTip(tr("Mark the selected follow-up as done"));
    connect(done, &QPushButton::clicked, this, &DashboardPage::markFollowUpDone);
    m_mine = new QCheckBox(tr("My follow-ups only"), this);
    m_mine->hide();
    connect(m_mine, &QCheckBox::toggled, this, &DashboardPage::filterToday);
    auto* todayButtons = new QHBoxLayout;
    todayButtons->addWidget(m_mine);
    todayButtons->addStretch();
    todayButtons->addWidget(done);
    auto* todayBox = new QVBoxLayout;
    todayBox->addWidget(m_today, 1);
    todayBox->addLayout(todayButtons);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(rankingBox, 1);
    bottom->addLayout(todayBox, 1);
    auto* bottomWidget = new QWidget(this);
    bottomWidget->setLayout(bottom);
    bottomWidget->setMinimumHeight(340);
    bottom->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bottomWidget, 1);
}

void DashboardPage::addCard(int row, int column, const QString& caption, int page)
{
    addCard(row, column, caption, [this, page] { emit pageRequested(page); });
}

void DashboardPage::addCard(int row, int column, const QString& caption, const std::function<void()>& open)
{
    auto* card = new QPushButton(this);
    card->setObjectName(QStringLiteral("dashboardCard"));
    card->setFlat(false);
    card->setMinimumSize(180, 84);
    card->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    card->setToolTip(tr("Open the list behind this figure"));
    auto* value = new QLabel(card);
    auto* text = new QLabel(caption, card);
    text->setWordWrap(true);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    value->setFont(big);
    for (QLabel* label : { value, text }) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    auto* layout = new QVBoxLayout(card);
    layout->addWidget(value);
    layout->addWidget(text);
    connect(card, &QPushButton::clicked, this, open);
    m_grid->addWidget(card, row, column);
    m_cards.append(std::make_pair(value, text));
}

void DashboardPage::setMe(qint64 staff)
{
    const bool changed = staff != m_me;
    m_me = staff;
    m_mine->setVisible(staff != 0);
    if (changed) {
        // Once the user has said who they are, their own follow-ups are what they came for; a new answer
        // shows the new person's.
        const QSignalBlocker blocker(m_mine);
        m_mine->setChecked(staff != 0);
        filterToday();
    }
}

void DashboardPage::filterToday()
{
    lists::FollowUpFilter filter;
    filter.owner = m_mine->isChecked() ? m_me : 0;
    m_today->setFilter(filter);
}

void DashboardPage::markFollowUpDone()
{
    const QModelIndex current = m_today->view()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_editor->run(
        new EditRecordCommand(m_database, entities::interaction(),
            current.data(PagedListModel::IdRole).toLongLong(),
            { { QStringLiteral("next_step_done"), QStringLiteral("1") } }, tr("Mark follow-up done")),
        window());
}

DashboardPage::~DashboardPage()
{
    // The worker reads through a connection of its own, which must be closed before the process ends; told
    // to stop, it finishes the statement it is running and leaves the rest.
    if (m_worker) {
        *m_stop = true;
        m_worker->wait();
    }
}

void DashboardPage::reload()
{
    m_today->reload();
    // Gathered on a worker thread with its own connection: on a million requests the figures take a few
    // hundred milliseconds, which the window must not wait for. One worker at a time: a reload asked for
    // meanwhile starts again once it is done, rather than beside it.
    if (m_worker) {
        m_reloadAgain = true;
        return;
    }
    auto result = std::make_shared<std::optional<Result<DashboardContents>>>();
    m_stop = std::make_shared<std::atomic<bool>>(false);
    QThread* worker = QThread::create([result, stop = m_stop, path = m_database.path()] {
        result->emplace(Dashboard::contents(path, stop.get()));
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, result] {
        m_worker = nullptr;
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        const Result<DashboardContents>& contents = **result;
        if (!contents) {
            m_error->setText(contents.error().message);
            m_error->show();
            return;
        }
        m_error->hide();
        showFigures(contents->figures);
        showService(contents->service);
        emit figuresShown();
    });
    m_worker = worker;
    worker->start();
}

void DashboardPage::showFigures(const DashboardFigures& f)
{
    const QLocale locale;
    const QString values[] = {
        locale.toString(f.departments),
        locale.toString(f.activeStaff),
        locale.toString(f.pairs),
        locale.toString(f.oneSidedPairs),
        locale.toString(f.openRequests),
        locale.toString(f.overdueRequests),
        locale.toString(f.closedLast30Days),
        f.ratedLast90Days > 0 ? tr("%1 of 5").arg(locale.toString(f.averageRating90Days, 'f', 1))
                              : tr("none rated"),
        locale.toString(f.loyal),
        locale.toString(f.floating),
        locale.toString(f.potential),
        locale.toString(f.accountsAtRisk),
        locale.toString(f.followUpsDue),
        locale.toString(f.followUpsOverdue),
        locale.toString(f.watchedAccounts),
        locale.toString(f.departedStaff),
    };
    for (int i = 0; i < m_cards.size(); ++i) {
        m_cards.at(i).first->setText(values[i]);
    }
}

void DashboardPage::showService(const Satisfaction::Overview& overview)
{
    const QList<SatisfactionScore>* departments = &overview.departments;
    m_months = overview.months;
    m_busiest = charts::busiest(*departments, 8);
    m_weeks = overview.weeks;
    while (QLayoutItem* item = m_chartRow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_charts = {
        charts::view(charts::satisfactionTrend(m_months, tr("Satisfaction, last 12 months"),
                         [this](int month) { openTrendMonth(month); }),
            this),
        charts::view(charts::departmentLoad(*departments, 8,
                         [this](int index, bool overdue) { openDepartmentLoad(index, overdue); }),
            this),
        charts::view(
            charts::weeklyFlow(m_weeks, [this](int week, bool closed) { openWeek(week, closed); }), this),
    };
    for (QChartView* chart : m_charts) {
        chart->setMinimumHeight(280);
        m_chartRow->addWidget(chart, 1);
    }

    m_ranking->clear();
    const QLocale locale;
    int rank = 0;
    for (const SatisfactionScore& score : *departments) {
        ++rank;
        const std::optional<double> onTime = score.onTimeRate();
        auto* item = new QTreeWidgetItem(m_ranking,
            { score.rated > 0 ? locale.toString(rank) : QString(), score.name,
                score.rated > 0 ? locale.toString(score.average, 'f', 1) : tr("not rated"),
                locale.toString(score.rated),
                onTime ? QStringLiteral("%1%").arg(locale.toString(qRound(*onTime * 100))) : QString(),
                locale.toString(score.open), locale.toString(score.overdue) });
        item->setData(1, Qt::UserRole, score.party);
        for (int column : { 0, 2, 3, 4, 5, 6 }) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
        if (score.overdue > 0) {
            item->setForeground(6, QColor(0xb0, 0x2a, 0x1a));
        }
        if (score.rated > 0 && score.average < 3) {
            item->setForeground(2, QColor(0xb0, 0x2a, 0x1a));
        }
    }
    for (int column = 0; column < m_ranking->columnCount(); ++column) {
        if (column != 1) {
            m_ranking->resizeColumnToContents(column);
        }
    }
}

void DashboardPage::openTrendMonth(int month)
{
    if (month < 0 || month >= m_months.size()) {
        return;
    }
    const QDate first = m_months.at(month).month;
    lists::RequestFilter filter;
    filter.closedFrom = Clock::toIso(QDateTime(first, QTime(0, 0), QTimeZone::utc()));
    filter.closedUntil = Clock::toIso(QDateTime(first.addMonths(1), QTime(0, 0), QTimeZone::utc()));
    emit requestsRequested(filter,
        tr("closed in %1")
            .arg(QLocale().toString(first, tr("MMMM yyyy", "a month and its year, as a QDate format"))));
}

void DashboardPage::openDepartmentLoad(int index, bool overdue)
{
    if (index < 0 || index >= m_busiest.size()) {
        return;
    }
    lists::RequestFilter filter;
    filter.department = m_busiest.at(index).party;
    filter.side = lists::RequestFilter::Side::Provider;
    filter.overdue = overdue;
    if (!overdue) {
        filter.statuses = words::storedTexts(openRequestStatuses());
    }
    emit requestsRequested(filter, QString());
}

void DashboardPage::openWeek(int week, bool closed)
{
    if (week < 0 || week >= m_weeks.size()) {
        return;
    }
    const QDate monday = m_weeks.at(week).weekStart;
    const QString from = Clock::toIso(QDateTime(monday, QTime(0, 0), QTimeZone::utc()));
    const QString until = Clock::toIso(QDateTime(monday.addDays(7), QTime(0, 0), QTimeZone::utc()));
    lists::RequestFilter filter;
    (closed ? filter.closedFrom : filter.createdFrom) = from;
    (closed ? filter.closedUntil : filter.createdUntil) = until;
    const QString mondayText = QLocale().toString(monday, QLocale::ShortFormat);
    emit requestsRequested(filter,
        closed ? tr("closed in the week of %1").arg(mondayText)
               : tr("raised in the week of %1").arg(mondayText));
}

QStringList DashboardPage::figureTexts() const
{
    QStringList texts;
    for (const auto& [value, caption] : m_cards) {
        texts << QStringLiteral("%1: %2").arg(caption->text(), value->text());
    }
    return texts;
}

} // namespace tandem
