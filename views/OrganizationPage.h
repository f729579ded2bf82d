#pragma once

#include "StaffFilter.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace tandem {

class Database;
class DepartmentTreeModel;
class ListPage;
class RecordEditor;

// The organisation: departments as a tree beside the colleagues of the chosen department, all editable
// and undoable.
class OrganizationPage : public QWidget
{
    Q_OBJECT

public:
    OrganizationPage(Database& database, RecordEditor* editor, QWidget* parent = nullptr);
    void reload();
    void setEmptyAction(QAction* action);

    QTreeView* departmentView() const { return m_tree; }
    ListPage* staffList() const { return m_staff; }
    DepartmentTreeModel* departments() const { return m_departments; }

    void newDepartment();
    void newColleague();
    void editSelected();
    void markDeparted();
    // Removes the selected department, or the selected colleague when the staff list has the focus (Delete).
    void removeDepartment();
    // Removes the selected colleague if the model allows it (a colleague with history is marked departed).
    void removeColleague();
    void cutDepartment();
    void pasteDepartment();
    void selectDepartment(qint64 department);
    void selectColleague(int row);
    // Shows the staff `filter` picks (a saved view): its department in the tree, or all staff.
    void showStaffFilter(const lists::StaffFilter& filter);
    // Selects a colleague by id: their department in the tree, then their row, searched for by name when
    // the department holds too many to look through.
    void showColleague(qint64 staff);
    void showRelations();
    void newRequest();
    void handOver();

signals:
    // A party's customers and suppliers were asked for.
    void relationsRequested(qint64 party);
    // The selected colleague's clients and open work are to be handed over.
    void handoverRequested(qint64 staff);

private:
    void showDepartment(const QModelIndex& index);
    // "Staff of DEPARTMENT" over the staff list.
    void showHeading(const QModelIndex& department);
    void updateCount();
    qint64 selectedDepartment() const;
    qint64 selectedColleague() const;

    Database& m_database;
    RecordEditor* m_editor;
    DepartmentTreeModel* m_departments;
    QTreeView* m_tree;
    QLabel* m_count;
    QPushButton* m_allStaff;
    ListPage* m_staff;
    qint64 m_cutDepartment = 0;
    bool m_colleagueFocus = false; // the last click was in the staff list
};

} // namespace tandem
