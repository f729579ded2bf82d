#pragma once

#include "Handover.h"
#include "RecordCommand.h"

#include <memory>

namespace tandem {

// A handover, carried out and taken back as one step (undo refuses, with the reason, once anything it
// moved has changed since).
class HandoverCommand : public RecordCommand
{
public:
    HandoverCommand(Database& database, Handover::Plan plan, const QString& text);
    qint64 handoverId() const { return *m_handover; }
    // The handover's id, shared with an "Undo Handover" step that takes it back and does it again under
    // a new id, so that this step then undoes the right one.
    std::shared_ptr<qint64> handoverIdCell() const { return m_handover; }

protected:
    Error apply() override;
    Error revert() override;

private:
    Handover::Plan m_plan;
    std::shared_ptr<qint64> m_handover = std::make_shared<qint64>(0);
};

// "Undo Handover..." for a handover that is not the next step of Edit > Undo (an older one, or one done
// from the command line): taking it back is a step of its own, and Redo does the handover again.
class UndoHandoverCommand : public RecordCommand
{
public:
    UndoHandoverCommand(Database& database, std::shared_ptr<qint64> handover);

protected:
    Error apply() override;
    Error revert() override;

private:
    std::shared_ptr<qint64> m_handover;
    Handover::Plan m_plan;
};

} // namespace tandem
