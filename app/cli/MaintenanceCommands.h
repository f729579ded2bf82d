#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;
class Database;

// stats, check, backup and restore: looking after the database file.
class MaintenanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit MaintenanceCommands(CliContext& context)
        : m_context(context)
    { }

    Error stats();
    Error check();
    Error backup();
    Error restore();
    // What stats prints, also after demo and generate.
    Error printStats(Database& database);

private:
    CliContext& m_context;
};

} // namespace tandem
