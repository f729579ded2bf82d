#include "EditStack.h"

#include "RecordCommand.h"

#include <QUndoStack>
#include <memory>

namespace tandem {

EditStack::EditStack(Database& database, QUndoStack* stack, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_stack(stack)
{
    // With no step left (a cleared stack, another database), no version left by one is expected any more.
    connect(m_stack, &QUndoStack::indexChanged, this, [this] {
        if (m_stack->count() == 0) {
            m_versions.clear();
        }
    });
}

Error EditStack::push(RecordCommand* command)
{
    std::unique_ptr<RecordCommand> owned(command);
    owned->m_editStack = this;
    if (Error error = owned->perform()) {
        return error;
    }
    m_stack->push(owned.release());
    return {};
}

void EditStack::leaveVersion(const QString& table, qint64 id, qint64 version)
{
    if (version) {
        m_versions.insert({ table, id }, version);
    } else {
        m_versions.remove({ table, id });
    }
}

void EditStack::setRunner(Runner runner)
{
    m_runner = std::move(runner);
}

Error EditStack::runLong(const QString& label, const Work& work) const
{
    return m_runner ? m_runner(label, work) : work(m_database, {});
}

} // namespace tandem
