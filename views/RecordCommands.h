#pragma once

#include "AccountMerge.h"
#include "Entities.h"
#include "Error.h"
#include "Handover.h"
#include "Importer.h"
#include "RequestWorkflow.h"

#include <QMap>
#include <QPointer>
#include <QUndoCommand>
#include <QWidget>
#include <functional>
#include <memory>

namespace tandem {

class Database;

// Undoable edits of stored records. Each command does its work once before it is pushed (so a refused
// edit never reaches the stack); undo and redo repeat it. If the database refuses an undo or a redo later
// (someone built on the record meanwhile), the reason is shown and the step is dropped.
class RecordCommand : public QUndoCommand
{
public:
    // Runs the command's first step; returns the model's sentence when it was refused.
    Error perform();

protected:
    RecordCommand(Database& database, const Entity& entity, QWidget* window, const QString& text);
    virtual Error apply() = 0;
    virtual Error revert() = 0;
    void redo() override;
    void undo() override;

    Database& m_database;
    const Entity& m_entity;
    QPointer<QWidget> m_window;

private:
    bool m_performed = false;
};

class AddRecordCommand : public RecordCommand
{
public:
    AddRecordCommand(
        Database& database, const Entity& entity, QMap<QString, QString> values, QWidget* window);
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
        QWidget* window, const QString& text = QString());

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
        const QMap<QString, QString>& changes, QWidget* window, const QString& text);

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
    MergeAccountsCommand(Database& database, qint64 keep, qint64 absorb, QWidget* window);

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
    RemoveRecordCommand(Database& database, const Entity& entity, qint64 id, QWidget* window);

protected:
    Error apply() override;
    Error revert() override;

private:
    qint64 m_id;
    QMap<QString, QString> m_values;
};

// One step of a request's lifecycle (a status change with its ratings, a comment, a reassignment, a delay
// record, a rating), undone with the history lines it added.
class RequestStepCommand : public RecordCommand
{
public:
    using Operation = std::function<Result<RequestWorkflow::Step>(RequestWorkflow&)>;
    RequestStepCommand(Database& database, Operation operation, QWidget* window, const QString& text);

protected:
    Error apply() override;
    Error revert() override;

private:
    Operation m_operation;
    RequestWorkflow::Step m_step;
};

// A handover, carried out and taken back as one step (undo refuses, with the reason, once anything it
// moved has changed since).
class HandoverCommand : public RecordCommand
{
public:
    HandoverCommand(Database& database, Handover::Plan plan, QWidget* window, const QString& text);
    qint64 handoverId() const { return *m_handover; }
    // The handover's id, shared with an "Undo Handover" step that takes it back and does it again under
    // a new id, so that this step then undoes the right one.
    std::shared_ptr<qint64> handoverIdCell() const { return m_handover; }

protected:
    Error apply() override;
    Error revert() override;

private:
    Handover::Plan m_plan;
    std::shared_ptr<qint64> m_handover = std::make_shared<qint64>(0);
};

// "Undo Handover..." for a handover that is not the next step of Edit > Undo (an older one, or one done
// from the command line): taking it back is a step of its own, and Redo does the handover again.
class UndoHandoverCommand : public RecordCommand
{
public:
    UndoHandoverCommand(Database& database, std::shared_ptr<qint64> handover, QWidget* window);

protected:
    Error apply() override;
    Error revert() override;

private:
    std::shared_ptr<qint64> m_handover;
    Handover::Plan m_plan;
};

// An import, taken back and done again as one step. The wizard imported before the command was made, so
// its first step does nothing; undo and redo run on a worker thread with a progress bar, as the import did.
class ImportCommand : public RecordCommand
{
public:
    ImportCommand(Database& database, const Entity& entity, QList<Importer::Change> changes, QWidget* window,
        const QString& text);

protected:
    Error apply() override;
    Error revert() override;

private:
    QList<Importer::Change> m_changes;
    qint64 m_mark = 0; // the audit log's last entry when the import was (re)done
    bool m_imported = true;
};

} // namespace tandem
