#pragma once

#include "EditStack.h"
#include "Entities.h"
#include "Error.h"

#include <QPointer>
#include <QUndoCommand>

namespace tandem {

class Database;

// An undoable edit of stored records. It does its work once before it is pushed (so a refused edit never
// reaches the stack); undo and redo repeat it. If the database refuses an undo or a redo later (someone
// built on the record meanwhile, or changed it: see RecordVersion), the step is dropped and the reason
// reported to the stack it was pushed through: a command shows nothing itself.
class RecordCommand : public QUndoCommand
{
public:
    // Runs the command's first step; returns the model's sentence when it was refused.
    Error perform();

protected:
    RecordCommand(Database& database, const Entity& entity, const QString& text);
    virtual Error apply() = 0;
    virtual Error revert() = 0;
    void redo() override;
    void undo() override;
    // Long work, through the stack's runner (the window shows its progress), or here when there is none.
    Error runLong(const QString& label, const EditStack::Work& work) const;
    // The version record `id` of the command's entity should have when this command undoes or redoes its
    // step: what the stack's latest step on it left, else `own`, what this command's last step left.
    qint64 expectedVersion(qint64 id, qint64 own) const;
    // Tells the stack the version this command's step left record `id` at (0: the record is gone).
    void leaveVersion(qint64 id, qint64 version);
    // The same, read from the stored record, for a step whose model call does not return it.
    void leaveStoredVersion(qint64 id);
    // Keeps what the model returned in `into` (to undo or redo it later), or passes its refusal on.
    template<typename T> static Error keep(Result<T> result, T& into)
    {
        if (!result) {
            return result.error();
        }
        into = std::move(*result);
        return {};
    }

    Database& m_database;
    const Entity& m_entity;

private:
    friend class EditStack;
    void refuse(const QString& title, const Error& error);

    QPointer<EditStack> m_editStack; // set by EditStack::push
    bool m_performed = false;
};

} // namespace tandem
