#include "AccountsPage.h"

#include "EntityStore.h"
#include "ListPage.h"
#include "Lists.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tandem {

AccountsPage::AccountsPage(Database& database, QAction* emptyAction, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_segment(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_city(new QLineEdit(this))
    , m_mine(new QCheckBox(tr("My accounts"), this))
    , m_overdue(new QCheckBox(tr("Overdue follow-ups"), this))
{
    const QString demoHint = tr("or load the demo organization from the File menu.");
    ListPage::Texts texts { tr("External accounts"), [](int n) { return tr("%n account(s)", nullptr, n); },
        tr("No accounts yet. Add one with tandem-cli add account, %1").arg(demoHint),
        tr("A follow-up on this account is overdue.") };
    m_list = new ListPage(database, &lists::accounts, texts, this);
    m_list->setEmptyAction(emptyAction);

    m_segment->addItem(tr("All segments"), QString());
    for (const char* segment : { "loyal", "floating", "potential" }) {
        m_segment->addItem(labels::choice(QStringLiteral("segment"), QString::fromLatin1(segment)),
            QString::fromLatin1(segment));
    }
    m_category->addItem(tr("All categories"), QString());
    for (const QString& category : entities::account().field(QStringLiteral("category"))->choices) {
        m_category->addItem(labels::choice(QStringLiteral("category"), category), category);
    }
    m_owner->setEditable(true);
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->setMinimumContentsLength(14);
    m_owner->lineEdit()->setPlaceholderText(tr("Any owner"));
    m_city->setPlaceholderText(tr("City"));
    m_city->setClearButtonEnabled(true);
    m_city->setMaximumWidth(160);
    m_mine->hide();
    fillOwners();

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_segment);
    filters->addWidget(m_category);
    filters->addWidget(m_owner);
    filters->addWidget(m_city);
    filters->addWidget(m_mine);
    filters->addWidget(m_overdue);
    filters->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);

    connect(m_segment, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilter);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilter);
    connect(m_owner->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_owner->currentText().isEmpty()) {
            m_owner->setCurrentIndex(0);
        }
    });
    connect(m_city, &QLineEdit::editingFinished, this, &AccountsPage::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool mine) {
        m_owner->setEnabled(!mine);
        applyFilter();
    });
    connect(m_overdue, &QCheckBox::toggled, this, &AccountsPage::applyFilter);
}

void AccountsPage::fillOwners()
{
    const QSignalBlocker blocker(m_owner);
    const QVariant current = m_owner->currentData();
    m_owner->clear();
    m_owner->addItem(QString(), 0);
    EntityStore(m_database)
        .list(entities::staff(), { { QStringLiteral("status"), QStringLiteral("active") } }, -1,
            [this](const Record& r) {
                m_owner->addItem(recordValue(r, QStringLiteral("name")).toString(), r.first().second);
                return true;
            });
    m_owner->completer()->setFilterMode(Qt::MatchContains);
    m_owner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
}

void AccountsPage::setMe(qint64 staff)
{
    m_me = staff;
    m_mine->setVisible(staff != 0);
    if (!staff) {
        m_mine->setChecked(false);
    }
}

void AccountsPage::reload()
{
    fillOwners();
    m_list->reload();
}

void AccountsPage::applyFilter()
{
    lists::AccountFilter filter;
    filter.segment = m_segment->currentData().toString();
    filter.category = m_category->currentData().toString();
    filter.owner = m_mine->isChecked() ? m_me : m_owner->currentData().toLongLong();
    filter.city = m_city->text();
    filter.overdueFollowUps = m_overdue->isChecked();
    const lists::Filter where = lists::accountFilter(filter);
    m_list->setFilter(where.where, where.binds);
}

} // namespace tandem
