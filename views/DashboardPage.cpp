#include "DashboardPage.h"

#include "Dashboard.h"
#include "ListPage.h"
#include "Lists.h"
#include "MainWindow.h"
#include "RecordCommands.h"
#include "RecordEditor.h"

#include <QCheckBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableView>
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
    addCard(1, 0, tr("Departments"), MainWindow::Organization);
    addCard(1, 1, tr("Active colleagues"), MainWindow::Organization);
    addCard(1, 2, tr("Customer/supplier pairs"), MainWindow::Relationships);
    addCard(1, 3, tr("One-sided pairs"), MainWindow::Relationships);
    addCard(3, 0, tr("Open requests"), MainWindow::Requests);
    addCard(3, 1, tr("Overdue requests"), MainWindow::Requests);
    addCard(3, 2, tr("Done in the last 30 days"), MainWindow::Requests);
    addCard(3, 3, tr("Average rating, last 90 days"), MainWindow::Requests);
    addCard(5, 0, tr("Loyal accounts"), MainWindow::Accounts);
    addCard(5, 1, tr("Floating accounts"), MainWindow::Accounts);
    addCard(5, 2, tr("Potential accounts"), MainWindow::Accounts);
    addCard(7, 0, tr("Follow-ups due"), MainWindow::Accounts);
    addCard(7, 1, tr("Follow-ups overdue"), MainWindow::Accounts);
    addCard(7, 2, tr("Handed-over accounts under watch"), MainWindow::Handovers);
    addCard(7, 3, tr("Colleagues who have left"), MainWindow::Handovers);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_error);
    layout->addLayout(m_grid);

    ListPage::Texts texts { tr("Today: follow-ups due"),
        [](int n) { return tr("%n follow-up(s)", nullptr, n); },
        tr("Nothing is due today. Next steps logged with an account appear here on their due date."),
        tr("Overdue: the due date has passed.") };
    m_today = new ListPage(database, &lists::dueFollowUps, texts, this);
    m_today->setObjectName(QStringLiteral("todayPanel"));
    auto* done = new QPushButton(tr("Mark Done"), this);
    done->setToolTip(tr("Mark the selected follow-up as done"));
    connect(done, &QPushButton::clicked, this, &DashboardPage::markFollowUpDone);
    m_mine = new QCheckBox(tr("My follow-ups only"), this);
    m_mine->hide();
    connect(m_mine, &QCheckBox::toggled, this, [this](bool mine) {
        if (mine && m_me) {
            m_today->setFilter(QStringLiteral("a.owner_id = ?"), { m_me });
        } else {
            m_today->setFilter({}, {});
        }
    });
    auto* todayButtons = new QHBoxLayout;
    todayButtons->addWidget(m_mine);
    todayButtons->addStretch();
    todayButtons->addWidget(done);
    layout->addWidget(m_today, 1);
    layout->addLayout(todayButtons);
}

void DashboardPage::addCard(int row, int column, const QString& caption, int page)
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
    connect(card, &QPushButton::clicked, this, [this, page] { emit pageRequested(page); });
    m_grid->addWidget(card, row, column);
    m_cards.append(std::make_pair(value, text));
}

void DashboardPage::setMe(qint64 staff)
{
    m_me = staff;
    m_mine->setVisible(staff != 0);
    if (!staff) {
        m_mine->setChecked(false);
    }
}

void DashboardPage::markFollowUpDone()
{
    const QModelIndex current = m_today->view()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    m_editor->run(new EditRecordCommand(m_database, entities::interaction(),
                      current.data(PagedListModel::IdRole).toLongLong(),
                      { { QStringLiteral("next_step_done"), QStringLiteral("1") } }, window(),
                      tr("Mark follow-up done")),
        window());
}

void DashboardPage::reload()
{
    m_today->reload();
    auto figures = Dashboard::figures(m_database);
    if (!figures) {
        m_error->setText(figures.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    const QLocale locale;
    const DashboardFigures& f = *figures;
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
        locale.toString(f.followUpsDue),
        locale.toString(f.followUpsOverdue),
        locale.toString(f.watchedAccounts),
        locale.toString(f.departedStaff),
    };
    for (int i = 0; i < m_cards.size(); ++i) {
        m_cards.at(i).first->setText(values[i]);
    }
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
