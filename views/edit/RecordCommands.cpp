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
    if (Error error = keep(EntityStore(m_database).add(m_entity, m_values), m_id)) {
        return error;
    }
    leaveVersion(m_id, RecordVersion::first);
    return {};
}

Error AddRecordCommand::revert()
{
    // Not over what someone else saved in the record since it was added.
    if (Error error
        = EntityStore(m_database)
              .remove(m_entity, m_id,
                  { expectedVersion(m_id, RecordVersion::first), RecordVersion::Purpose::Undo })) {
        return error;
    }
    leaveVersion(m_id, 0);
    return {};
}

EditRecordCommand::EditRecordCommand(Database& database, const Entity& entity, qint64 id,
    QMap<QString, QString> changes, const QString& text, qint64 seen)
    : RecordCommand(database, entity,
        text.isEmpty() ? QCoreApplication::translate("tandem::RecordCommand", "Edit %1")
                             .arg(EntityStore(database).displayName(entity.name, id))
                       : text)
    , m_id(id)
    , m_changes(std::move(changes))
    , m_seen(seen)
{ }

Error EditRecordCommand::apply()
{
    const RecordVersion::Seen seen = m_applied
        ? RecordVersion::Seen { expectedVersion(m_id, m_version), RecordVersion::Purpose::Redo }
        : RecordVersion::Seen { m_seen, RecordVersion::Purpose::Save };
    auto edited = EntityStore(m_database).update(m_entity, m_id, m_changes, seen);
    if (!edited) {
        return edited.error();
    }
    m_previous = edited->previous;
    m_version = edited->version;
    m_applied = true;
    leaveVersion(m_id, m_version);
    return {};
}

Error EditRecordCommand::revert()
{
    auto restored = EntityStore(m_database)
                        .update(m_entity, m_id, m_previous,
                            { expectedVersion(m_id, m_version), RecordVersion::Purpose::Undo });
    if (!restored) {
        return restored.error();
    }
    m_version = restored->version;
    leaveVersion(m_id, m_version);
    return {};
}

BulkEditCommand::BulkEditCommand(Database& database, const Entity& entity, const QList<qint64>& ids,
    const QMap<QString, QString>& changes, const QString& text)
    : RecordCommand(database, entity, text)
{
    for (qint64 id : ids) {
        m_changes.append({ id, changes });
    }
}

QMap<qint64, qint64> BulkEditCommand::expectedVersions() const
{
    QMap<qint64, qint64> expected;
    for (auto it = m_versions.cbegin(); it != m_versions.cend(); ++it) {
        expected.insert(it.key(), expectedVersion(it.key(), it.value()));
    }
    return expected;
}

void BulkEditCommand::leaveVersions()
{
    for (auto it = m_versions.cbegin(); it != m_versions.cend(); ++it) {
        leaveVersion(it.key(), it.value());
    }
}

Error BulkEditCommand::apply()
{
    // The first time from whatever is stored (the list was read, not each record opened); a redo only
    // over the versions the undo left.
    QMap<qint64, qint64> versions = expectedVersions();
    if (Error error = keep(
            EntityStore(m_database).updateEach(m_entity, m_changes, &versions, RecordVersion::Purpose::Redo),
            m_previous)) {
        return error;
    }
    m_versions = versions;
    leaveVersions();
    return {};
}

Error BulkEditCommand::revert()
{
    QMap<qint64, qint64> versions = expectedVersions();
    auto restored
        = EntityStore(m_database).updateEach(m_entity, m_previous, &versions, RecordVersion::Purpose::Undo);
    if (!restored) {
        return restored.error();
    }
    m_versions = versions;
    leaveVersions();
    return {};
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
    if (Error error = keep(AccountMerge::merge(m_database, m_keep, m_absorb), m_record)) {
        return error;
    }
    leaveStoredVersion(m_keep);
    return {};
}

Error MergeAccountsCommand::revert()
{
    if (Error error = AccountMerge::undo(m_database, m_record)) {
        return error;
    }
    leaveStoredVersion(m_keep);
    return {};
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
    // A redo removes the record the undo put back, unless someone else has changed it since.
    const RecordVersion::Seen seen { m_applied ? expectedVersion(m_id, RecordVersion::first) : 0,
        RecordVersion::Purpose::Redo };
    if (Error error = store.remove(m_entity, m_id, seen)) {
        return error;
    }
    m_applied = true;
    leaveVersion(m_id, 0);
    return {};
}

Error RemoveRecordCommand::revert()
{
    // The record comes back with the same values; as a new row it gets a new id.
    if (Error error = keep(EntityStore(m_database).add(m_entity, m_values), m_id)) {
        return error;
    }
    leaveVersion(m_id, RecordVersion::first);
    return {};
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
        const RecordVersion::Seen seen { m_applied ? expectedVersion(id, RecordVersion::first) : 0,
            RecordVersion::Purpose::Redo };
        if (Error error = store.remove(m_entity, id, seen)) {
            return error;
        }
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    m_values = values;
    m_applied = true;
    for (qint64 id : std::as_const(m_ids)) {
        leaveVersion(id, 0);
    }
    return {};
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
    for (qint64 id : std::as_const(m_ids)) {
        leaveVersion(id, RecordVersion::first);
    }
    return {};
}

RequestStepCommand::RequestStepCommand(Database& database, Operation operation, const QString& text)
    : RecordCommand(database, entities::request(), text)
    , m_operation(std::move(operation))
{ }

Error RequestStepCommand::apply()
{
    RequestWorkflow workflow(m_database);
    if (Error error = keep(m_operation(workflow), m_step)) {
        return error;
    }
    if (m_step.version) {
        leaveVersion(m_step.request, m_step.version);
    }
    return {};
}

Error RequestStepCommand::revert()
{
    if (m_step.previous.isEmpty()) {
        // A comment: the request itself did not change.
        return RequestWorkflow(m_database).undo(m_step);
    }
    m_step.version = expectedVersion(m_step.request, m_step.version);
    if (Error error = RequestWorkflow(m_database).undo(m_step)) {
        return error;
    }
    leaveStoredVersion(m_step.request);
    return {};
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
    if (Error error = keep(SegmentAdvisor::accept(m_database, m_account, m_suggestion, m_me), m_change)) {
        return error;
    }
    leaveStoredVersion(m_account);
    return {};
}

Error AcceptSegmentCommand::revert()
{
    if (!m_change) {
        return {};
    }
    if (Error error = SegmentAdvisor::undoAccept(m_database, m_change)) {
        return error;
    }
    leaveStoredVersion(m_account);
    return {};
}

} // namespace tandem
