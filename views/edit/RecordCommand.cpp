#include "RecordCommand.h"

#include "EntityStore.h"

#include <QCoreApplication>

namespace tandem {

RecordCommand::RecordCommand(Database& database, const Entity& entity, const QString& text)
    : QUndoCommand(text)
    , m_database(database)
    , m_entity(entity)
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
        refuse(QCoreApplication::translate("tandem::RecordCommand", "Cannot redo"), error);
    }
}

void RecordCommand::undo()
{
    if (Error error = revert()) {
        refuse(QCoreApplication::translate("tandem::RecordCommand", "Cannot undo"), error);
    }
}

qint64 RecordCommand::expectedVersion(qint64 id, qint64 own) const
{
    const qint64 left = m_editStack ? m_editStack->versionLeft(m_entity.table, id) : 0;
    return left ? left : own;
}

void RecordCommand::leaveVersion(qint64 id, qint64 version)
{
    if (m_editStack && m_entity.isVersioned()) {
        m_editStack->leaveVersion(m_entity.table, id, version);
    }
}

void RecordCommand::leaveStoredVersion(qint64 id)
{
    auto record = EntityStore(m_database).get(m_entity, id);
    leaveVersion(id, record ? EntityStore::versionOf(*record) : 0);
}

Error RecordCommand::runLong(const QString& label, const EditStack::Work& work) const
{
    return m_editStack ? m_editStack->runLong(label, work) : work(m_database, {});
}

void RecordCommand::refuse(const QString& title, const Error& error)
{
    if (m_editStack) {
        emit m_editStack->refused(title, error.message);
    }
    setObsolete(true);
}

} // namespace tandem
