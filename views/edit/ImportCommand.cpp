#include "ImportCommand.h"

#include <QCoreApplication>

namespace tandem {

ImportCommand::ImportCommand(
    Database& database, const Entity& entity, QList<Importer::Change> changes, const QString& text)
    : RecordCommand(database, entity, text)
    , m_changes(std::move(changes))
{ }

Error ImportCommand::apply()
{
    if (!m_imported) {
        const Error error
            = runLong(QCoreApplication::translate("tandem::RecordCommand", "Importing again..."),
                [this](Database& database, const EditStack::Progress& progress) {
                    return Importer::redo(database, m_changes, progress);
                });
        if (error) {
            return error;
        }
    }
    m_imported = false;
    return keep(Importer::auditMark(m_database), m_mark);
}

Error ImportCommand::revert()
{
    return runLong(QCoreApplication::translate("tandem::RecordCommand", "Taking the import back..."),
        [this](Database& database, const EditStack::Progress& progress) {
            return Importer::undo(database, m_changes, m_mark, progress);
        });
}

} // namespace tandem
