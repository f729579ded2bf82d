#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace tandem {

class Database;
class DepartmentTreeModel;
class ListPage;

// The organisation: departments as a tree beside the colleagues of the chosen department.
class OrganizationPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationPage(Database& database, QWidget* parent = nullptr);
    void reload();
    void setEmptyAction(QAction* action);

    QTreeView* departmentView() const { return m_tree; }
    ListPage* staffList() const { return m_staff; }
    DepartmentTreeModel* departments() const { return m_departments; }

private:
    void showDepartment(const QModelIndex& index);
    void updateCount();

    DepartmentTreeModel* m_departments;
    QTreeView* m_tree;
    QLabel* m_count;
    QPushButton* m_allStaff;
    ListPage* m_staff;
};

} // namespace tandem
