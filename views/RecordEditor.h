#pragma once

#include "EditStack.h"

#include <QMap>

class QWidget;

namespace tandem {

class RecordCommand;
struct Entity;

// Where the pages send their edits: each is performed, then kept on the undo stack, or its refusal shown.
// A later undo or redo that is refused comes out of refused(), which the main window shows.
class RecordEditor : public EditStack
{
    Q_OBJECT

public:
    using EditStack::EditStack;
    // Takes ownership of `command`; returns true when the edit was made, else shows why over `window`.
    bool run(RecordCommand* command, QWidget* window);

    // How saving a form's changes ended.
    enum class Saving
    {
        Saved,
        Reload, // someone else saved the record meanwhile, and the person wants to see their values
        Stopped, // refused (and said so), or cancelled
    };
    // Saves `changes` a form made to record `id`, read at version `seen`, as one undoable step. When someone
    // else saved the record meanwhile, says who and when over `window` and offers to reload their values,
    // to overwrite them (the same changes saved over the version stored now) or to cancel: never a silent
    // overwrite.
    Saving saveChanges(
        const Entity& entity, qint64 id, const QMap<QString, QString>& changes, qint64 seen, QWidget* window);

signals:
    // An edit was made, named as Edit › Undo names it: the window says so in its status bar.
    void made(const QString& text);
};

} // namespace tandem
