#include "RecordEditor.h"

#include "Dialogs.h"
#include "RecordCommands.h"

#include <QUndoStack>
#include <memory>

namespace tandem {

RecordEditor::RecordEditor(Database& database, QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_stack(stack)
{ }

bool RecordEditor::run(RecordCommand* command, QWidget* window)
{
    std::unique_ptr<RecordCommand> owned(command);
    if (Error error = owned->perform()) {
        Dialogs::error(window, owned->text(), error.message);
        return false;
    }
    m_stack->push(owned.release());
    return true;
}

} // namespace tandem
