#pragma once

#include "EditStack.h"

class QWidget;

namespace tandem {

class RecordCommand;

// Where the pages send their edits: each is performed, then kept on the undo stack, or its refusal shown.
// A later undo or redo that is refused comes out of refused(), which the main window shows.
class RecordEditor : public EditStack
{
    Q_OBJECT

public:
    using EditStack::EditStack;
    // Takes ownership of `command`; returns true when the edit was made, else shows why over `window`.
    bool run(RecordCommand* command, QWidget* window);

signals:
    // An edit was made, named as Edit › Undo names it: the window says so in its status bar.
    void made(const QString& text);
};

} // namespace tandem
