#pragma once

#include "Lists.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace tandem {

class Database;
class ListPage;
class RecordPicker;
class RecordEditor;

// Every service request, filtered in SQL by party (as requester, provider or either), department, status
// and overdue, and sorted by any column; a request opens in full with a double-click or Enter.
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    RequestsPage(Database& database, RecordEditor* editor, QAction* emptyAction, QWidget* parent = nullptr);
    ListPage* list() const { return m_list; }
    void reload();

    // Shows the requests `filter` picks; `description` says what they are when the filter has parts the
    // filter bar cannot show (a week, a month), such as a chart's bar.
    void showFilter(const lists::RequestFilter& filter, const QString& description = QString());
    void clearFilter();
    lists::RequestFilter filter() const;

    RecordPicker* partyFilter() const { return m_party; }
    QComboBox* sideFilter() const { return m_side; }
    QComboBox* departmentFilter() const { return m_department; }
    QComboBox* statusFilter() const { return m_status; }
    QCheckBox* overdueFilter() const { return m_overdue; }

    // The colleague the user is, who asks when no party is chosen; 0 when unknown.
    void setMe(qint64 staff) { m_me = staff; }
    void newRequest();
    void openRequest(qint64 request);
    void openSelected();

private:
    void applyFilter();
    void fillDepartments();
    static void selectData(QComboBox* box, const QVariant& data);

    Database& m_database;
    RecordEditor* m_editor;
    ListPage* m_list;
    RecordPicker* m_party;
    QComboBox* m_side;
    QComboBox* m_department;
    QComboBox* m_status;
    QCheckBox* m_overdue;
    QLabel* m_extraLabel;
    QPushButton* m_clear;
    lists::RequestFilter m_extra; // the parts of the filter the bar does not show
    bool m_applying = false;
    qint64 m_me = 0;
};

} // namespace tandem
