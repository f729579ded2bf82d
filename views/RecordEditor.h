#pragma once

#include <QObject>

class QUndoStack;
class QWidget;

namespace tandem {

class Database;
class RecordCommand;

// Where the pages send their edits: each is performed, then kept on the undo stack, or its refusal shown.
class RecordEditor : public QObject
{
    Q_OBJECT

public:
    RecordEditor(Database& database, QUndoStack* stack, QObject* parent = nullptr);
    // Takes ownership of `command`; returns true when the edit was made.
    bool run(RecordCommand* command, QWidget* window);
    Database& database() const { return m_database; }
    QUndoStack* stack() const { return m_stack; }

private:
    Database& m_database;
    QUndoStack* m_stack;
};

} // namespace tandem
