#pragma once

#include "AccountMerge.h"
#include "RecordCommand.h"
#include "RequestWorkflow.h"
#include "SegmentAdvisor.h"

#include <QMap>
#include <functional>

namespace tandem {

class AddRecordCommand : public RecordCommand
{
public:
    AddRecordCommand(Database& database, const Entity& entity, QMap<QString, QString> values);
    qint64 recordId() const { return m_id; }

protected:
    Error apply() override;
    Error revert() override;

private:
    QMap<QString, QString> m_values;
    qint64 m_id = 0;
};

// A change of some fields of one record. Made from a form, it carries the version the form was opened at
// (`seen`, 0: whatever is stored), and is refused when someone else saved the record meanwhile; its undo
// and redo are refused the same way when the record was changed after them.
class EditRecordCommand : public RecordCommand
{
public:
    EditRecordCommand(Database& database, const Entity& entity, qint64 id, QMap<QString, QString> changes,
        const QString& text = QString(), qint64 seen = 0);

protected:
    Error apply() override;
    Error revert() override;

private:
    qint64 m_id;
    QMap<QString, QString> m_changes;
    QMap<QString, QString> m_previous;
    qint64 m_seen;
    qint64 m_version = 0; // what the last step left
    bool m_applied = false;
};

// The same change to several records, done and undone as one step.
class BulkEditCommand : public RecordCommand
{
public:
    BulkEditCommand(Database& database, const Entity& entity, const QList<qint64>& ids,
        const QMap<QString, QString>& changes, const QString& text);

protected:
    Error apply() override;
    Error revert() override;

private:
    // The versions the last step left each record at, as the stack knows them when there is a later step.
    QMap<qint64, qint64> expectedVersions() const;
    void leaveVersions();

    QList<std::pair<qint64, QMap<QString, QString>>> m_changes;
    QList<std::pair<qint64, QMap<QString, QString>>> m_previous;
    QMap<qint64, qint64> m_versions;
};

// Two accounts that are one customer become one, with nothing lost; undone as one step.
class MergeAccountsCommand : public RecordCommand
{
public:
    MergeAccountsCommand(Database& database, qint64 keep, qint64 absorb);

protected:
    Error apply() override;
    Error revert() override;

private:
    qint64 m_keep;
    qint64 m_absorb;
    AccountMerge::Record m_record;
};

class RemoveRecordCommand : public RecordCommand
{
public:
    RemoveRecordCommand(Database& database, const Entity& entity, qint64 id);

protected:
    Error apply() override;
    Error revert() override;

private:
    qint64 m_id;
    QMap<QString, QString> m_values;
    bool m_applied = false;
};

// Several records removed as one step (Delete on a list's selection): all of them or, when the model refuses
// one, none.
class RemoveRecordsCommand : public RecordCommand
{
public:
    RemoveRecordsCommand(Database& database, const Entity& entity, QList<qint64> ids, const QString& text);

protected:
    Error apply() override;
    Error revert() override;

private:
    QList<qint64> m_ids;
    QList<QMap<QString, QString>> m_values;
    bool m_applied = false;
};

// One step of a request's lifecycle (a status change with its ratings, a comment, a reassignment, a delay
// record, a rating), undone with the history lines it added.
class RequestStepCommand : public RecordCommand
{
public:
    using Operation = std::function<Result<RequestWorkflow::Step>(RequestWorkflow&)>;
    RequestStepCommand(Database& database, Operation operation, const QString& text);

protected:
    Error apply() override;
    Error revert() override;

private:
    Operation m_operation;
    RequestWorkflow::Step m_step;
};

// Accepting a segment suggestion, as one undoable step.
class AcceptSegmentCommand : public RecordCommand
{
public:
    AcceptSegmentCommand(
        Database& database, qint64 account, SegmentAdvisor::Suggestion suggestion, qint64 me);

protected:
    Error apply() override;
    Error revert() override;

private:
    qint64 m_account;
    SegmentAdvisor::Suggestion m_suggestion;
    qint64 m_me;
    qint64 m_change = 0;
};

} // namespace tandem
