#pragma once

#include "Error.h"

#include <QHash>
#include <QObject>
#include <functional>

class QUndoStack;

namespace tandem {

class Database;
class RecordCommand;

// The door of the undo stack, without widgets: a command is performed, then kept on the stack. A later undo
// or redo that the model refuses is reported through refused(), and long work in an undo or redo goes to the
// runner the window provides, so that the window alone shows messages and progress.
class EditStack : public QObject
{
    Q_OBJECT

public:
    // Tells how far long work is; false asks it to stop (work that must not stop halfway goes on).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<Error(Database& database, const Progress& progress)>;
    // Runs `work` under `label` and returns what it returned; the database it hands the work may be a
    // connection of its own (a worker thread's) to the same file.
    using Runner = std::function<Error(const QString& label, const Work& work)>;

    EditStack(Database& database, QUndoStack* stack, QObject* parent = nullptr);

    // Takes ownership of `command` and performs its first step: kept on the stack when it was made, deleted
    // and the model's sentence returned when it was refused.
    Error push(RecordCommand* command);
    // Without a runner, long work runs here, on the stack's own connection.
    void setRunner(Runner runner);
    Error runLong(const QString& label, const Work& work) const;

    Database& database() const { return m_database; }
    QUndoStack* stack() const { return m_stack; }

    // The version at which this stack's latest step left a record of `table` (0: no step touched it), so
    // that undoing an older step on it expects its own later steps, and only someone else's change refuses.
    qint64 versionLeft(const QString& table, qint64 id) const { return m_versions.value({ table, id }); }
    void leaveVersion(const QString& table, qint64 id, qint64 version);

signals:
    // An undo or a redo the model refused, with its sentence as `message`; the step has left the stack.
    void refused(const QString& title, const QString& message);

private:
    Database& m_database;
    QUndoStack* m_stack;
    Runner m_runner;
    QHash<std::pair<QString, qint64>, qint64> m_versions;
};

} // namespace tandem
