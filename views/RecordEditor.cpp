#include "RecordEditor.h"

#include "Dialogs.h"
#include "EntityStore.h"
#include "RecordCommands.h"

namespace tandem {

bool RecordEditor::run(RecordCommand* command, QWidget* window)
{
    const QString title = command->text();
    if (Error error = push(command)) {
        Dialogs::error(window, title, error.message);
        return false;
    }
    emit made(title);
    return true;
}

RecordEditor::Saving RecordEditor::saveChanges(
    const Entity& entity, qint64 id, const QMap<QString, QString>& changes, qint64 seen, QWidget* window)
{
    for (;;) {
        auto* command = new EditRecordCommand(database(), entity, id, changes, QString(), seen);
        const QString title = command->text();
        const Error error = push(command);
        if (!error) {
            emit made(title);
            return Saving::Saved;
        }
        if (error.kind != ErrorKind::Conflict) {
            Dialogs::error(window, title, error.message);
            return Saving::Stopped;
        }
        const int choice = Dialogs::choose(window, tr("Changed by Someone Else"),
            error.message + QStringLiteral("\n\n")
                + tr("Reload shows the record as it is now; Overwrite saves your changes over it."),
            { tr("Reload"), tr("Overwrite"), tr("Cancel") }, 2);
        if (choice == 0) {
            return Saving::Reload;
        }
        if (choice != 1) {
            return Saving::Stopped;
        }
        // Over the version stored now; should yet another change come first, the question is asked again.
        auto current = EntityStore(database()).get(entity, id);
        if (!current) {
            Dialogs::error(window, title, current.error().message);
            return Saving::Stopped;
        }
        seen = EntityStore::versionOf(*current);
    }
}

} // namespace tandem
