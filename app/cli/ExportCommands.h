#pragma once

#include "Entities.h"
#include "Error.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;
class Database;
class ExportFile;

// export: records as CSV, contacts as vCards, due dates as a calendar, or everything as a JSON archive;
// each file written whole or not at all.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit ExportCommands(CliContext& context)
        : m_context(context)
    { }

    Error exportData();

private:
    // The database to read and `file` begun, or why not.
    Result<Database*> openWith(ExportFile& file);
    Error exportArchive(const QString& path, const QString& format);
    Error exportCalendar(const Entity& entity, const QString& path);
    Error exportVCards(const QString& path, const QString& version);
    Error exportTable(const Entity& entity, const QString& path, bool neutralise);

    CliContext& m_context;
};

} // namespace tandem
