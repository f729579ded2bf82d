#pragma once

#include "RequestWorkflow.h"

#include <QDialog>

class QBoxLayout;
class QFormLayout;
class QLabel;
class QTreeWidget;

namespace tandem {

class Database;
class RecordEditor;

// One service request in full: who asks whom for what, how it is going, its late-work record, both ratings
// and its history. The buttons offer exactly the steps the lifecycle allows now; each is one undoable step.
class RequestDialog : public QDialog
{
    Q_OBJECT

public:
    RequestDialog(Database& database, RecordEditor* editor, qint64 request, QWidget* parent = nullptr);
    void refresh();

    // Raises a new request through a form, the requester and provider filled in when known; returns its id,
    // 0 when nothing was added.
    static qint64 raise(
        Database& database, RecordEditor* editor, QWidget* parent, qint64 requester = 0, qint64 provider = 0);

    // The steps, as the buttons run them; `status` for a lifecycle move.
    void changeStatus(RequestStatus status);
    void comment();
    void reassign();
    void recordDelay();
    void rate();
    void editDetails();

    QTreeWidget* history() const { return m_history; }
    QString statusText() const;
    // The names of the step buttons shown now, for tests.
    QStringList stepButtons() const;

private:
    void runStep(int step, RequestStatus status = RequestStatus::Open);

    Database& m_database;
    RecordEditor* m_editor;
    qint64 m_request;
    RequestWorkflow::State m_state; // as last shown
    QLabel* m_title;
    QLabel* m_parties;
    QLabel* m_status;
    QLabel* m_overdue;
    QFormLayout* m_details;
    QBoxLayout* m_steps;
    QTreeWidget* m_history;
};

} // namespace tandem
