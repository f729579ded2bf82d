#include "RecordCommands.h"

#include "EntityStore.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace tandem {

AddRecordCommand::AddRecordCommand(Database& database, const Entity& entity, QMap<QString, QString> values)
    : RecordCommand(database, entity,
        QCoreApplication::translate("tandem::RecordCommand", "Add %1")
            .arg(values.value(entity.nameField, labels::entity(entity.name))))
    , m_values(std::move(values))
{ }

Error AddRecordCommand::apply()
{
    return keep(EntityStore(m_database).add(m_entity, m_values), m_id);
}

Error AddRecordCommand::revert()
{
    return EntityStore(m_database).remove(m_entity, m_id);
}

EditRecordCommand::EditRecordCommand(
    Database& database, const Entity& entity, qint64 id, QMap<QString, QString> changes, const QString& text)
    : RecordCommand(database, entity,
        text.isEmpty() ? QCoreApplication::translate("tandem::RecordCommand", "Edit %1")
                             .arg(EntityStore(database).displayName(entity.name, id))
                       : text)
    , m_id(id)
    , m_changes(std::move(changes))
{ }

Error EditRecordCommand::apply()
{
    return keep(EntityStore(m_database).update(m_entity, m_id, m_changes), m_previous);
}

Error EditRecordCommand::revert()
{
    auto restored = EntityStore(m_database).update(m_entity, m_id, m_previous);
    return restored ? Error() : restored.error();
}

BulkEditCommand::BulkEditCommand(Database& database, const Entity& entity, const QList<qint64>& ids,
    const QMap<QString, QString>& changes, const QString& text)
    : RecordCommand(database, entity, text)
{
    for (qint64 id : ids) {
        m_changes.append({ id, changes });
    }
}

Error BulkEditCommand::apply()
{
    return keep(EntityStore(m_database).updateEach(m_entity, m_changes), m_previous);
}

Error BulkEditCommand::revert()
{
    auto restored = EntityStore(m_database).updateEach(m_entity, m_previous);
    return restored ? Error() : restored.error();
}

MergeAccountsCommand::MergeAccountsCommand(Database& database, qint64 keep, qint64 absorb)
    : RecordCommand(database, entities::account(),
        QCoreApplication::translate("tandem::RecordCommand", "Merge %1 into %2")
            .arg(EntityStore(database).displayName(QStringLiteral("account"), absorb),
                EntityStore(database).displayName(QStringLiteral("account"), keep)))
    , m_keep(keep)
    , m_absorb(absorb)
{ }

Error MergeAccountsCommand::apply()
{
    return keep(AccountMerge::merge(m_database, m_keep, m_absorb), m_record);
}

Error MergeAccountsCommand::revert()
{
    return AccountMerge::undo(m_database, m_record);
}

RemoveRecordCommand::RemoveRecordCommand(Database& database, const Entity& entity, qint64 id)
    : RecordCommand(database, entity,
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
    return keep(EntityStore(m_database).add(m_entity, m_values), m_id);
}

RemoveRecordsCommand::RemoveRecordsCommand(
    Database& database, const Entity& entity, QList<qint64> ids, const QString& text)
    : RecordCommand(database, entity, text)
    , m_ids(std::move(ids))
{ }

Error RemoveRecordsCommand::apply()
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    EntityStore store(m_database);
    QList<QMap<QString, QString>> values;
    for (qint64 id : std::as_const(m_ids)) {
        auto record = store.get(m_entity, id);
        if (!record) {
            return record.error();
        }
        values << EntityStore::asText(m_entity, *record);
        if (Error error = store.remove(m_entity, id)) {
            return error;
        }
    }
    m_values = values;
    return transaction.commit();
}

Error RemoveRecordsCommand::revert()
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    // The records come back with the same values; as new rows they get new ids, which a redo removes.
    EntityStore store(m_database);
    QList<qint64> ids;
    for (const QMap<QString, QString>& values : std::as_const(m_values)) {
        auto id = store.add(m_entity, values);
        if (!id) {
            return id.error();
        }
        ids << *id;
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    m_ids = ids;
    return {};
}

RequestStepCommand::RequestStepCommand(Database& database, Operation operation, const QString& text)
    : RecordCommand(database, entities::request(), text)
    , m_operation(std::move(operation))
{ }

Error RequestStepCommand::apply()
{
    RequestWorkflow workflow(m_database);
    return keep(m_operation(workflow), m_step);
}

Error RequestStepCommand::revert()
{
    return RequestWorkflow(m_database).undo(m_step);
}

AcceptSegmentCommand::AcceptSegmentCommand(
    Database& database, qint64 account, SegmentAdvisor::Suggestion suggestion, qint64 me)
    : RecordCommand(database, entities::account(),
        QCoreApplication::translate("tandem::AccountDialog", "Accept the suggested segment"))
    , m_account(account)
    , m_suggestion(std::move(suggestion))
    , m_me(me)
{ }

Error AcceptSegmentCommand::apply()
{
    return keep(SegmentAdvisor::accept(m_database, m_account, m_suggestion, m_me), m_change);
}

Error AcceptSegmentCommand::revert()
{
    return m_change ? SegmentAdvisor::undoAccept(m_database, m_change) : Error();
}

} // namespace tandem
