#include "AccountsPage.h"

#include "AccountDialog.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "ListPage.h"
#include "Lists.h"
#include "RecordChoiceDialog.h"
#include "RecordCommands.h"
#include "RecordDialog.h"
#include "RecordEditor.h"
#include "RecordPicker.h"
#include "RequestDialog.h"
#include "SegmentsDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tandem {

namespace {
// Accounts are filtered by any owner, one who has left included: what they held is still theirs until it
// is handed over.
PickerQueries::Scope ownerScope()
{
    PickerQueries::Scope scope;
    scope.entities = QStringList { QStringLiteral("staff") };
    scope.departed = true;
    return scope;
}
} // namespace

AccountsPage::AccountsPage(Database& database, RecordEditor* editor, QAction* emptyAction, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_editor(editor)
    , m_segment(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_owner(new RecordPicker(database, ownerScope(), this))
    , m_city(new QLineEdit(this))
    , m_mine(new QCheckBox(tr("My accounts"), this))
    , m_overdue(new QCheckBox(tr("Overdue follow-ups"), this))
{
    const QString demoHint = tr("or load the demo organization from the File menu.");
    ListPage::Texts texts { tr("External accounts"), [](int n) { return tr("%Ln account(s)", nullptr, n); },
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
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setPlaceholderText(tr("Any owner"));
    m_city->setPlaceholderText(tr("City"));
    m_city->setClearButtonEnabled(true);
    m_city->setMaximumWidth(160);
    m_mine->hide();

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(9, 0, 9, 0);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_segment);
    filters->addWidget(m_category);
    filters->addWidget(m_owner);
    filters->addWidget(m_city);
    filters->addWidget(m_mine);
    filters->addWidget(m_overdue);
    filters->addStretch();

    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* add = tools->addAction(tr("New Account..."), this, &AccountsPage::newAccount);
    add->setShortcut(QKeySequence::New);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(add);
    tools->addSeparator();
    tools->addAction(tr("Change Owner..."), this, &AccountsPage::changeOwner);
    tools->addAction(tr("Change Segment..."), this, &AccountsPage::changeSegment);
    tools->addAction(tr("Change Category..."), this, &AccountsPage::changeCategory);
    tools->addAction(tr("Merge..."), this, &AccountsPage::mergeSelected);
    tools->addAction(tr("New Request..."), this, &AccountsPage::newRequest);
    tools->addSeparator();
    tools->addAction(tr("Segments..."), this, [this] {
        SegmentsDialog dialog(m_database, window());
        dialog.exec();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);

    connect(m_segment, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilter);
    connect(m_owner, &RecordPicker::idChanged, this, &AccountsPage::applyFilter);
    connect(m_city, &QLineEdit::editingFinished, this, &AccountsPage::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, [this](bool mine) {
        m_owner->setEnabled(!mine);
        applyFilter();
    });
    connect(m_overdue, &QCheckBox::toggled, this, &AccountsPage::applyFilter);
    connect(m_list->view(), &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { openAccount(index.data(PagedListModel::IdRole).toLongLong()); });
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
    m_list->reload();
}

void AccountsPage::applyFilter()
{
    lists::AccountFilter filter;
    filter.segment = m_segment->currentData().toString();
    filter.category = m_category->currentData().toString();
    filter.owner = m_mine->isChecked() ? m_me : m_owner->id();
    filter.city = m_city->text();
    filter.overdueFollowUps = m_overdue->isChecked();
    m_list->setFilter(filter);
}

void AccountsPage::showFilter(const lists::AccountFilter& filter)
{
    {
        const QSignalBlocker blockers[] { QSignalBlocker(m_segment), QSignalBlocker(m_category),
            QSignalBlocker(m_owner), QSignalBlocker(m_city), QSignalBlocker(m_mine),
            QSignalBlocker(m_overdue) };
        m_segment->setCurrentIndex(qMax(0, m_segment->findData(filter.segment)));
        m_category->setCurrentIndex(qMax(0, m_category->findData(filter.category)));
        const bool mine = m_me && filter.owner == m_me;
        m_mine->setChecked(mine);
        m_owner->setEnabled(!mine);
        m_owner->setId(mine ? 0 : filter.owner);
        m_city->setText(filter.city);
        m_overdue->setChecked(filter.overdueFollowUps);
    }
    applyFilter();
}

QList<qint64> AccountsPage::selectedAccounts() const
{
    QList<qint64> ids;
    if (!m_list->view()->selectionModel()) {
        return ids;
    }
    for (const QModelIndex& row : m_list->view()->selectionModel()->selectedRows()) {
        ids << row.data(PagedListModel::IdRole).toLongLong();
    }
    return ids;
}

void AccountsPage::changeField(
    const QString& field, const QStringList& labels, const QStringList& values, const QString& title)
{
    changeSelected(field, title, [&](const QString& question) {
        const int chosen = Dialogs::chooseItem(this, title, question, labels);
        return chosen < 0 ? QString() : values.at(chosen);
    });
}

void AccountsPage::changeSelected(
    const QString& field, const QString& title, const std::function<QString(const QString&)>& choose)
{
    const QList<qint64> ids = selectedAccounts();
    if (ids.isEmpty()) {
        Dialogs::information(
            this, title, tr("Select the accounts to change first (Ctrl+click or Shift+click for several)."));
        return;
    }
    const QString value = choose(tr("For the %Ln selected account(s):", nullptr, int(ids.size())));
    if (value.isEmpty()) {
        return;
    }
    m_editor->run(new BulkEditCommand(m_database, entities::account(), ids, { { field, value } },
                      tr("%1 for %Ln account(s)", nullptr, int(ids.size())).arg(title)),
        window());
}

void AccountsPage::changeOwner()
{
    // Among 2,000 colleagues the new owner is found by typing, not in a list of every name.
    const QString title = tr("Change Owner");
    changeSelected(QStringLiteral("owner_id"), title, [&](const QString& question) {
        const qint64 owner = RecordChoiceDialog::choose(
            m_database, this, { { QStringLiteral("staff") }, false, 0 }, title, question);
        return owner ? QString::number(owner) : QString();
    });
}

void AccountsPage::changeSegment()
{
    const QStringList values { QStringLiteral("loyal"), QStringLiteral("floating"),
        QStringLiteral("potential") };
    QStringList names;
    for (const QString& value : values) {
        names << labels::choice(QStringLiteral("segment"), value);
    }
    changeField(QStringLiteral("segment"), names, values, tr("Change Segment"));
}

void AccountsPage::changeCategory()
{
    const QStringList values = entities::account().field(QStringLiteral("category"))->choices;
    QStringList names;
    for (const QString& value : values) {
        names << labels::choice(QStringLiteral("category"), value);
    }
    changeField(QStringLiteral("category"), names, values, tr("Change Category"));
}

void AccountsPage::openAccount(qint64 account)
{
    if (!account) {
        return;
    }
    AccountDialog dialog(m_database, m_editor, account, m_me, window());
    dialog.exec();
}

void AccountsPage::newAccount()
{
    QMap<QString, QString> initial;
    if (m_me) {
        initial.insert(QStringLiteral("owner_id"), QString::number(m_me));
    }
    RecordDialog form(m_database, entities::account(), 0, initial, entities::account().fieldNames(), this);
    if (form.run() != QDialog::Accepted) {
        return;
    }
    const QMap<QString, QString> values = form.values();
    if (!AccountDialog::goOnDespiteDuplicates(
            m_database, m_editor, values, 0, m_me, tr("Add Anyway"), window())) {
        return;
    }
    m_editor->run(new AddRecordCommand(m_database, entities::account(), values), window());
}

void AccountsPage::mergeSelected()
{
    const QList<qint64> ids = selectedAccounts();
    if (ids.size() != 2) {
        Dialogs::information(this, tr("Merge Accounts"),
            tr("Select the two accounts that are the same customer (Ctrl+click the second)."));
        return;
    }
    EntityStore store(m_database);
    const QStringList names { store.displayName(QStringLiteral("account"), ids.at(0)),
        store.displayName(QStringLiteral("account"), ids.at(1)) };
    const int keep = Dialogs::chooseItem(this, tr("Merge Accounts"),
        tr("Which account stays? The other's contacts, interactions, purchases, history and requests move to "
           "it, its empty fields are "
           "filled from the other, and the other goes."),
        names);
    if (keep < 0) {
        return;
    }
    m_editor->run(new MergeAccountsCommand(m_database, ids.at(keep), ids.at(1 - keep)), window());
}

void AccountsPage::newRequest()
{
    // External customers raise requests too: the selected account asks, by default of its owner.
    const QList<qint64> ids = selectedAccounts();
    const qint64 account = ids.isEmpty() ? 0 : ids.first();
    qint64 owner = 0;
    if (account) {
        auto record = EntityStore(m_database).get(entities::account(), account);
        owner = record ? recordValue(*record, QStringLiteral("owner_id")).toLongLong() : 0;
    }
    RequestDialog::raise(m_database, m_editor, window(), account, owner);
}

} // namespace tandem
