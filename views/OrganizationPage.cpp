#include "OrganizationPage.h"

#include "Clock.h"
#include "DepartmentTreeModel.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "ListPage.h"
#include "Lists.h"
#include "RecordCommands.h"
#include "RecordDialog.h"
#include "RecordEditor.h"
#include "RequestDialog.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace tandem {

OrganizationPage::OrganizationPage(Database& database, RecordEditor* editor, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_editor(editor)
    , m_departments(new DepartmentTreeModel(database, this))
    , m_tree(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_allStaff(new QPushButton(tr("Show all staff"), this))
{
    ListPage::Texts texts;
    texts.title = tr("All staff");
    texts.count = [](int count) {
        return tr("%Ln colleague(s)", nullptr, count);
    };
    texts.empty = tr("No colleagues yet. Add them with tandem-cli add staff, or load the demo organization "
                     "from the File menu.");
    texts.attention = tr("This colleague has left the company.");
    m_staff = new ListPage(database, &lists::staff, texts, this);

    m_tree->setObjectName(QStringLiteral("departmentTree"));
    m_tree->setModel(m_departments);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(DepartmentTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DepartmentTreeModel::StaffColumn, QHeaderView::ResizeToContents);
    m_tree->expandAll();

    auto* title = new QLabel(tr("Departments"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QHBoxLayout;
    heading->addWidget(title);
    heading->addStretch();
    heading->addWidget(m_count);
    leftLayout->addLayout(heading);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_allStaff);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_staff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto action
        = [this, tools](const QString& text, const QKeySequence& shortcut, void (OrganizationPage::*slot)()) {
              QAction* made = tools->addAction(text, this, slot);
              if (!shortcut.isEmpty()) {
                  made->setShortcut(shortcut);
                  made->setShortcutContext(Qt::WidgetWithChildrenShortcut);
                  made->setToolTip(
                      QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
              }
              addAction(made);
              return made;
          };
    action(tr("New Department..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        &OrganizationPage::newDepartment);
    action(tr("New Colleague..."), QKeySequence::New, &OrganizationPage::newColleague);
    action(tr("Edit..."), QKeySequence(Qt::Key_F2), &OrganizationPage::editSelected);
    action(tr("Mark as Departed..."), QKeySequence(), &OrganizationPage::markDeparted);
    action(tr("Hand Over..."), QKeySequence(), &OrganizationPage::handOver);
    tools->addSeparator();
    action(tr("Cut Department"), QKeySequence::Cut, &OrganizationPage::cutDepartment);
    action(tr("Paste Under Selected"), QKeySequence::Paste, &OrganizationPage::pasteDepartment);
    action(tr("Remove Department"), QKeySequence::Delete, &OrganizationPage::removeDepartment);
    tools->addSeparator();
    action(tr("Customers and Suppliers..."), QKeySequence(Qt::CTRL | Qt::Key_R),
        &OrganizationPage::showRelations);
    action(
        tr("New Request..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &OrganizationPage::newRequest);

    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        m_colleagueFocus = false;
        editSelected();
    });
    connect(m_tree, &QTreeView::clicked, this, [this] { m_colleagueFocus = false; });
    connect(m_staff->view(), &QTableView::doubleClicked, this, [this] {
        m_colleagueFocus = true;
        editSelected();
    });
    connect(m_staff->view(), &QTableView::clicked, this, [this] { m_colleagueFocus = true; });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { showDepartment(current); });
    connect(m_allStaff, &QPushButton::clicked, this, [this] {
        m_tree->clearSelection();
        m_tree->setCurrentIndex({});
        showDepartment({});
    });
    updateCount();
}

void OrganizationPage::setEmptyAction(QAction* action)
{
    m_staff->setEmptyAction(action);
}

void OrganizationPage::showDepartment(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_staff->setHeading(tr("All staff"));
        m_staff->setFilter(lists::StaffFilter());
        return;
    }
    showHeading(index);
    const QModelIndex nameIndex = index.siblingAtColumn(DepartmentTreeModel::NameColumn);
    lists::StaffFilter filter;
    filter.department = nameIndex.data(DepartmentTreeModel::IdRole).toLongLong();
    m_staff->setFilter(filter);
}

void OrganizationPage::showHeading(const QModelIndex& department)
{
    const QModelIndex nameIndex = department.siblingAtColumn(DepartmentTreeModel::NameColumn);
    m_staff->setHeading(tr("Staff of %1").arg(nameIndex.data().toString()));
}

void OrganizationPage::updateCount()
{
    m_count->setText(tr("%Ln department(s)", nullptr, m_departments->departmentCount()));
}

void OrganizationPage::reload()
{
    // The department in view stays chosen, quietly so that its staff list is not filtered afresh, which
    // would lose the user's place in it; the list keeps that place as it reloads.
    const qint64 department = selectedDepartment();
    const bool colleagueFocus = m_colleagueFocus;
    {
        const QSignalBlocker quiet(m_tree->selectionModel());
        m_departments->reload();
        m_tree->expandAll();
        if (department) {
            selectDepartment(department);
        }
    }
    m_colleagueFocus = colleagueFocus;
    if (department && selectedDepartment() != department) {
        showDepartment({}); // someone removed it meanwhile
    } else if (department) {
        showHeading(m_tree->currentIndex());
    }
    m_staff->reload();
    updateCount();
}

qint64 OrganizationPage::selectedDepartment() const
{
    return m_tree->currentIndex().isValid()
        ? m_tree->currentIndex().data(DepartmentTreeModel::IdRole).toLongLong()
        : 0;
}

qint64 OrganizationPage::selectedColleague() const
{
    const QModelIndex current = m_staff->view()->currentIndex();
    return current.isValid() ? current.data(PagedListModel::IdRole).toLongLong() : 0;
}

void OrganizationPage::selectDepartment(qint64 department)
{
    const QModelIndexList found = m_departments->match(m_departments->index(0, 0),
        DepartmentTreeModel::IdRole, department, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty()) {
        m_tree->setCurrentIndex(found.first());
        m_colleagueFocus = false;
    }
}

void OrganizationPage::selectColleague(int row)
{
    m_staff->view()->setCurrentIndex(m_staff->view()->model()->index(row, 0));
    m_colleagueFocus = true;
}

void OrganizationPage::showColleague(qint64 staff)
{
    auto record = EntityStore(m_database).get(entities::staff(), staff);
    if (!record) {
        return;
    }
    if (const qint64 department = recordValue(*record, QStringLiteral("department_id")).toLongLong()) {
        selectDepartment(department);
    }
    // Looking through the first pages only: a department of thousands is searched by the name instead.
    constexpr int rowsLookedThrough = 2 * PagedListModel::pageSize;
    for (int attempt = 0; attempt < 2; ++attempt) {
        PagedListModel* model = m_staff->model();
        for (int row = 0; row < model->rowCount() && row < rowsLookedThrough; ++row) {
            if (model->idAt(row) == staff) {
                selectColleague(row);
                m_staff->view()->scrollTo(m_staff->view()->currentIndex());
                m_staff->view()->setFocus();
                return;
            }
        }
        m_staff->setSearchText(recordValue(*record, QStringLiteral("name")).toString());
    }
}

void OrganizationPage::newDepartment()
{
    QMap<QString, QString> initial;
    if (const qint64 parent = selectedDepartment()) {
        initial.insert(QStringLiteral("parent_id"), QString::number(parent));
    }
    RecordDialog dialog(m_database, entities::department(), 0, initial,
        { QStringLiteral("name"), QStringLiteral("parent_id"), QStringLiteral("description") }, this);
    if (dialog.run() == QDialog::Accepted) {
        m_editor->run(new AddRecordCommand(m_database, entities::department(), dialog.values()), window());
    }
}

void OrganizationPage::newColleague()
{
    QMap<QString, QString> initial { { QStringLiteral("joined_on"), Clock::today().toString(Qt::ISODate) } };
    if (const qint64 department = selectedDepartment()) {
        initial.insert(QStringLiteral("department_id"), QString::number(department));
    }
    RecordDialog dialog(m_database, entities::staff(), 0, initial,
        { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("rank_level"),
            QStringLiteral("department_id"), QStringLiteral("manager_id"), QStringLiteral("email"),
            QStringLiteral("phone"), QStringLiteral("joined_on") },
        this);
    if (dialog.run() == QDialog::Accepted) {
        m_editor->run(new AddRecordCommand(m_database, entities::staff(), dialog.values()), window());
    }
}

void OrganizationPage::editSelected()
{
    const bool colleague = m_colleagueFocus && selectedColleague();
    const Entity& entity = colleague ? entities::staff() : entities::department();
    const qint64 id = colleague ? selectedColleague() : selectedDepartment();
    if (!id) {
        return;
    }
    const QStringList fields = colleague
        ? QStringList { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("rank_level"),
              QStringLiteral("department_id"), QStringLiteral("manager_id"), QStringLiteral("email"),
              QStringLiteral("phone"), QStringLiteral("joined_on") }
        : QStringList { QStringLiteral("name"), QStringLiteral("parent_id"), QStringLiteral("description") };
    RecordDialog::editStored(m_database, *m_editor, entity, id, fields, this);
}

void OrganizationPage::markDeparted()
{
    const qint64 id = selectedColleague();
    if (!id) {
        Dialogs::information(
            this, tr("Mark as Departed"), tr("Choose the colleague who has left in the staff list first."));
        return;
    }
    const QString name = EntityStore(m_database).displayName(QStringLiteral("staff"), id);
    if (Dialogs::question(this, tr("Mark as Departed"),
            tr("Mark %1 as departed today? Their history stays; to pass their clients and open work on, use "
               "a handover.")
                .arg(name))
        != QMessageBox::Yes) {
        return;
    }
    m_editor->run(new EditRecordCommand(m_database, entities::staff(), id,
                      { { QStringLiteral("status"), QStringLiteral("departed") },
                          { QStringLiteral("left_on"), Clock::today().toString(Qt::ISODate) } },
                      tr("Mark %1 as departed").arg(name)),
        window());
}

void OrganizationPage::removeDepartment()
{
    if (m_colleagueFocus) {
        removeColleague();
        return;
    }
    const qint64 id = selectedDepartment();
    if (!id) {
        return;
    }
    m_editor->run(new RemoveRecordCommand(m_database, entities::department(), id), window());
}

void OrganizationPage::removeColleague()
{
    if (const qint64 id = selectedColleague()) {
        m_editor->run(new RemoveRecordCommand(m_database, entities::staff(), id), window());
    }
}

void OrganizationPage::showStaffFilter(const lists::StaffFilter& filter)
{
    if (filter.department) {
        selectDepartment(filter.department);
        return;
    }
    m_tree->clearSelection();
    m_tree->setCurrentIndex({});
    showDepartment({});
}

void OrganizationPage::cutDepartment()
{
    m_cutDepartment = m_colleagueFocus ? 0 : selectedDepartment();
}

void OrganizationPage::pasteDepartment()
{
    const qint64 target = selectedDepartment();
    if (!m_cutDepartment || !target) {
        return;
    }
    const qint64 moved = m_cutDepartment;
    m_cutDepartment = 0;
    const QString name = EntityStore(m_database).displayName(QStringLiteral("department"), moved);
    m_editor->run(new EditRecordCommand(m_database, entities::department(), moved,
                      { { QStringLiteral("parent_id"), QString::number(target) } }, tr("Move %1").arg(name)),
        window());
}

void OrganizationPage::showRelations()
{
    const qint64 party = m_colleagueFocus && selectedColleague() ? selectedColleague() : selectedDepartment();
    if (party) {
        emit relationsRequested(party);
    }
}

void OrganizationPage::newRequest()
{
    // The department or colleague in view asks someone for service.
    const qint64 party = m_colleagueFocus && selectedColleague() ? selectedColleague() : selectedDepartment();
    RequestDialog::raise(m_database, m_editor, window(), party, 0);
}

void OrganizationPage::handOver()
{
    // With nobody chosen the wizard asks who leaves.
    emit handoverRequested(m_colleagueFocus ? selectedColleague() : 0);
}

} // namespace tandem
