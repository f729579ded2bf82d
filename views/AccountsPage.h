#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;

namespace tandem {

class Database;
class ListPage;

// The external accounts, filtered in SQL by segment, category, owner ("My accounts"), city and overdue
// follow-ups, and sorted by any indexed column.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    AccountsPage(Database& database, QAction* emptyAction, QWidget* parent = nullptr);
    ListPage* list() const { return m_list; }
    void reload();
    // The colleague "My accounts" means; 0 hides that choice.
    void setMe(qint64 staff);

    QComboBox* segmentFilter() const { return m_segment; }
    QCheckBox* mineFilter() const { return m_mine; }
    QCheckBox* overdueFilter() const { return m_overdue; }

private:
    void applyFilter();
    void fillOwners();

    Database& m_database;
    ListPage* m_list;
    QComboBox* m_segment;
    QComboBox* m_category;
    QComboBox* m_owner;
    QLineEdit* m_city;
    QCheckBox* m_mine;
    QCheckBox* m_overdue;
    qint64 m_me = 0;
};

} // namespace tandem
