#include "HandoverCommands.h"

#include <QCoreApplication>

namespace tandem {

HandoverCommand::HandoverCommand(Database& database, Handover::Plan plan, const QString& text)
    : RecordCommand(database, entities::staff(), text)
    , m_plan(std::move(plan))
{ }

Error HandoverCommand::apply()
{
    return keep(Handover(m_database).execute(m_plan), *m_handover);
}

Error HandoverCommand::revert()
{
    return Handover(m_database).undo(*m_handover);
}

UndoHandoverCommand::UndoHandoverCommand(Database& database, std::shared_ptr<qint64> handover)
    : RecordCommand(database, entities::staff(),
        QCoreApplication::translate("tandem::RecordCommand", "Take Back Handover %1").arg(*handover))
    , m_handover(std::move(handover))
{ }

Error UndoHandoverCommand::apply()
{
    auto plan = Handover(m_database).planOf(*m_handover);
    if (!plan) {
        return plan.error();
    }
    if (Error error = Handover(m_database).undo(*m_handover)) {
        return error;
    }
    m_plan = *plan;
    return {};
}

Error UndoHandoverCommand::revert()
{
    return keep(Handover(m_database).execute(m_plan), *m_handover);
}

} // namespace tandem
