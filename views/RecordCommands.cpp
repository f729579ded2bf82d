#include "RecordCommands.h"

#include "BackgroundWork.h"
#include "Database.h"
#include "Dialogs.h"
#include "EntityStore.h"

#include <QCoreApplication>

namespace tandem {

RecordCommand::RecordCommand(Database& database, const Entity& entity, QWidget* window, const QString& text)
    : QUndoCommand(text)
    , m_database(database)
    , m_entity(entity)
    , m_window(window)
{ }

Error RecordCommand::perform()
{
    const Error error = apply();
    m_performed = !error;
    return error;
}

void RecordCommand::redo()
{
    if (m_performed) {
        // The first redo comes from QUndoStack::push, after perform() already did the work.
        m_performed = false;
        return;
    }
    if (Error error = apply()) {
        Dialogs::error(
            m_window, QCoreApplication::translate("tandem::RecordCommand", "Cannot redo"), error.message);
        setObsolete(true);
    }
}

void RecordCommand::undo()
{
    if (Error error = revert()) {
        Dialogs::error(
            m_window, QCoreApplication::translate("tandem::RecordCommand", "Cannot undo"), error.message);
        setObsolete(true);
    }
}

AddRecordCommand::AddRecordCommand(
    Database& database, const Entity& entity, QMap<QString, QString> values, QWidget* window)
    : RecordCommand(database, entity, window,
        QCoreApplication::translate("tandem::RecordCommand", "Add %1")
            .arg(values.value(entity.nameField, labels::entity(entity.name))))
    , m_values(std::move(values))
{ }

Error AddRecordCommand::apply()
{
    auto id = EntityStore(m_database).add(m_entity, m_values);
    if (!id) {
        return id.error();
    }
    m_id = *id;
    return {};
}

Error AddRecordCommand::revert()
{
    return EntityStore(m_database).remove(m_entity, m_id);
}

EditRecordCommand::EditRecordCommand(Database& database, const Entity& entity, qint64 id,
    QMap<QString, QString> changes, QWidget* window, const QString& text)
    : RecordCommand(database, entity, window,
        text.isEmpty() ? QCoreApplication::translate("tandem::RecordCommand", "Edit %1")
                             .arg(EntityStore(database).displayName(entity.name, id))
                       : text)
    , m_id(id)
    , m_changes(std::move(changes))
{ }

Error EditRecordCommand::apply()
{
    auto previous = EntityStore(m_database).update(m_entity, m_id, m_changes);
    if (!previous) {
        return previous.error();
    }
    m_previous = *previous;
    return {};
}

Error EditRecordCommand::revert()
{
    auto restored = EntityStore(m_database).update(m_entity, m_id, m_previous);
    return restored ? Error() : restored.error();
}

BulkEditCommand::BulkEditCommand(Database& database, const Entity& entity, const QList<qint64>& ids,
    const QMap<QString, QString>& changes, QWidget* window, const QString& text)
    : RecordCommand(database, entity, window, text)
{
    for (qint64 id : ids) {
        m_changes.append({ id, changes });
    }
}

Error BulkEditCommand::apply()
{
    auto previous = EntityStore(m_database).updateEach(m_entity, m_changes);
    if (!previous) {
        return previous.error();
    }
    m_previous = *previous;
    return {};
}

Error BulkEditCommand::revert()
{
    auto restored = EntityStore(m_database).updateEach(m_entity, m_previous);
    return restored ? Error() : restored.error();
}

MergeAccountsCommand::MergeAccountsCommand(Database& database, qint64 keep, qint64 absorb, QWidget* window)
    : RecordCommand(database, entities::account(), window,
        QCoreApplication::translate("tandem::RecordCommand", "Merge %1 into %2")
            .arg(EntityStore(database).displayName(QStringLiteral("account"), absorb),
                EntityStore(database).displayName(QStringLiteral("account"), keep)))
    , m_keep(keep)
    , m_absorb(absorb)
{ }

Error MergeAccountsCommand::apply()
{
    auto record = AccountMerge::merge(m_database, m_keep, m_absorb);
    if (!record) {
        return record.error();
    }
    m_record = *record;
    return {};
}

Error MergeAccountsCommand::revert()
{
    return AccountMerge::undo(m_database, m_record);
}

RemoveRecordCommand::RemoveRecordCommand(Database& database, const Entity& entity, qint64 id, QWidget* window)
    : RecordCommand(database, entity, window,
        QCoreApplication::translate("tandem::RecordCommand", "Remove %1")
            .arg(EntityStore(database).displayName(entity.name, id)))
    , m_id(id)
{ }

Error RemoveRecordCommand::apply()
{
    EntityStore store(m_database);
    auto record = store.get(m_entity, m_id);
    if (!record) {
        return record.error();
    }
    m_values = EntityStore::asText(m_entity, *record);
    return store.remove(m_entity, m_id);
}

Error RemoveRecordCommand::revert()
{
    // The record comes back with the same values; as a new row it gets a new id.
    auto id = EntityStore(m_database).add(m_entity, m_values);
    if (!id) {
        return id.error();
    }
    m_id = *id;
    return {};
}

RequestStepCommand::RequestStepCommand(
    Database& database, Operation operation, QWidget* window, const QString& text)
    : RecordCommand(database, entities::request(), window, text)
    , m_operation(std::move(operation))
{ }

Error RequestStepCommand::apply()
{
    RequestWorkflow workflow(m_database);
    auto step = m_operation(workflow);
    if (!step) {
        return step.error();
    }
    m_step = *step;
    return {};
}

Error RequestStepCommand::revert()
{
    return RequestWorkflow(m_database).undo(m_step);
}

HandoverCommand::HandoverCommand(
    Database& database, Handover::Plan plan, QWidget* window, const QString& text)
    : RecordCommand(database, entities::staff(), window, text)
    , m_plan(std::move(plan))
{ }

Error HandoverCommand::apply()
{
    auto handover = Handover(m_database).execute(m_plan);
    if (!handover) {
        return handover.error();
    }
    *m_handover = *handover;
    return {};
}

Error HandoverCommand::revert()
{
    return Handover(m_database).undo(*m_handover);
}

UndoHandoverCommand::UndoHandoverCommand(
    Database& database, std::shared_ptr<qint64> handover, QWidget* window)
    : RecordCommand(database, entities::staff(), window,
        QCoreApplication::translate("tandem::RecordCommand", "Take Back Handover %1").arg(*handover))
    , m_handover(std::move(handover))
{ }

Error UndoHandoverCommand::apply()
{
    auto plan = Handover(m_database).planOf(*m_handover);
    if (!plan) {
        return plan.error();
    }
    if (Error error = Handover(m_database).undo(*m_handover)) {
        return error;
    }
    m_plan = *plan;
    return {};
}

Error UndoHandoverCommand::revert()
{
    auto handover = Handover(m_database).execute(m_plan);
    if (!handover) {
        return handover.error();
    }
    *m_handover = *handover;
    return {};
}

ImportCommand::ImportCommand(Database& database, const Entity& entity, QList<Importer::Change> changes,
    QWidget* window, const QString& text)
    : RecordCommand(database, entity, window, text)
    , m_changes(std::move(changes))
{ }

Error ImportCommand::apply()
{
    if (!m_imported) {
        const auto error = BackgroundWork::runOn(
            m_database, m_window, QCoreApplication::translate("tandem::RecordCommand", "Importing again..."),
            [this](Database& database, BackgroundWork::Progress& progress) {
                return Importer::redo(database, m_changes, progress.callback());
            },
            false);
        if (error && *error) {
            return *error;
        }
    }
    m_imported = false;
    auto mark = Importer::auditMark(m_database);
    if (!mark) {
        return mark.error();
    }
    m_mark = *mark;
    return {};
}

Error ImportCommand::revert()
{
    return BackgroundWork::runOn(
        m_database, m_window,
        QCoreApplication::translate("tandem::RecordCommand", "Taking the import back..."),
        [this](Database& database, BackgroundWork::Progress& progress) {
            return Importer::undo(database, m_changes, m_mark, progress.callback());
        },
        false)
        .value_or(Error());
}

} // namespace tandem
