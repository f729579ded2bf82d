#pragma once

#include "AccountFilter.h"

#include <QWidget>
#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;

namespace tandem {

class Database;
class RecordPicker;
class ListPage;
class RecordEditor;

// The external accounts, filtered in SQL by segment, category, owner ("My accounts"), city and overdue
// follow-ups, and sorted by any indexed column.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(Database& database, RecordEditor* editor, QAction* emptyAction, QWidget* parent = nullptr);
    ListPage* list() const { return m_list; }
    void reload();
    // The colleague "My accounts" means; 0 hides that choice.
    void setMe(qint64 staff);

    QComboBox* segmentFilter() const { return m_segment; }
    QCheckBox* mineFilter() const { return m_mine; }
    QCheckBox* overdueFilter() const { return m_overdue; }

    void newAccount();
    void openAccount(qint64 account);
    // Bulk changes of the selected accounts, each one undoable step.
    void changeOwner();
    void changeSegment();
    void changeCategory();
    // Two selected accounts that are one customer: asks which to keep, then merges the other into it.
    void mergeSelected();
    // The selected account asks for service, of its owner unless the form says otherwise.
    void newRequest();
    QList<qint64> selectedAccounts() const;
    // Sets the filter widgets to `filter` (a saved view), which filters the list.
    void showFilter(const lists::AccountFilter& filter);

private:
    void applyFilter();
    void changeField(
        const QString& field, const QStringList& labels, const QStringList& values, const QString& title);
    // Asks `choose` for the value (empty: cancelled) and sets it on the selected accounts in one step.
    void changeSelected(
        const QString& field, const QString& title, const std::function<QString(const QString&)>& choose);

    Database& m_database;
    RecordEditor* m_editor;
    ListPage* m_list;
    QComboBox* m_segment;
    QComboBox* m_category;
    RecordPicker* m_owner;
    QLineEdit* m_city;
    QCheckBox* m_mine;
    QCheckBox* m_overdue;
    qint64 m_me = 0;
};

} // namespace tandem
