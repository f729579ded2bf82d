#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;
class Database;

// stats, check, backup, restore and migrate-to: looking after the database.
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
    // migrate-to LOCATION: copies this database, whole, into an empty one (a team server), and checks
    // that both hold the same.
    Error migrateTo();
    // What stats prints, also after demo and generate.
    Error printStats(Database& database);

private:
    CliContext& m_context;
};

} // namespace tandem
