#include "RecordEditor.h"

#include "Dialogs.h"
#include "RecordCommand.h"

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

} // namespace tandem
