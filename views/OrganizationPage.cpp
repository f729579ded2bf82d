#include "OrganizationPage.h"

#include "DepartmentTreeModel.h"
#include "ListPage.h"
#include "Lists.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace tandem {

OrganizationPage::OrganizationPage(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_departments(new DepartmentTreeModel(database, this))
    , m_tree(new QTreeView(this))
    , m_count(new QLabel(this))
    , m_allStaff(new QPushButton(tr("Show all staff"), this))
{
    ListPage::Texts texts;
    texts.title = tr("All staff");
    texts.count = [](int count) {
        return tr("%n colleague(s)", nullptr, count);
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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
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
        m_staff->setFilter({}, {});
        return;
    }
    const QModelIndex nameIndex = index.siblingAtColumn(DepartmentTreeModel::NameColumn);
    m_staff->setHeading(tr("Staff of %1").arg(nameIndex.data().toString()));
    m_staff->setFilter(
        QStringLiteral("s.department_id = ?"), { nameIndex.data(DepartmentTreeModel::IdRole) });
}

void OrganizationPage::updateCount()
{
    m_count->setText(tr("%n department(s)", nullptr, m_departments->departmentCount()));
}

void OrganizationPage::reload()
{
    m_departments->reload();
    m_tree->expandAll();
    m_staff->reload();
    updateCount();
}

} // namespace tandem
