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

class EditRecordCommand : public RecordCommand
{
public:
    EditRecordCommand(Database& database, const Entity& entity, qint64 id, QMap<QString, QString> changes,
        const QString& text = QString());

protected:
    Error apply() override;
    Error revert() override;

private:
    qint64 m_id;
    QMap<QString, QString> m_changes;
    QMap<QString, QString> m_previous;
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
    QList<std::pair<qint64, QMap<QString, QString>>> m_changes;
    QList<std::pair<qint64, QMap<QString, QString>>> m_previous;
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
