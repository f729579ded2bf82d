#pragma once

#include "Importer.h"
#include "RecordCommand.h"

namespace tandem {

// An import, taken back and done again as one step. The wizard imported before the command was made, so
// its first step does nothing; undo and redo are long work, run through the stack's runner as the import
// ran (the window gives them a worker thread and a progress bar).
class ImportCommand : public RecordCommand
{
public:
    ImportCommand(
        Database& database, const Entity& entity, QList<Importer::Change> changes, const QString& text);

protected:
    Error apply() override;
    Error revert() override;

private:
    QList<Importer::Change> m_changes;
    qint64 m_mark = 0; // the audit log's last entry when the import was (re)done
    bool m_imported = true;
};

} // namespace tandem
