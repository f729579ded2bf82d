#pragma once

#include "Error.h"

#include <QList>
#include <QStringList>
#include <utility>

namespace tandem {

class Database;

// Counts of what the database holds, keyed as `tandem-cli stats --json` prints them.
using Counts = QList<std::pair<QString, qint64>>;

struct CheckReport
{
    bool ok = false;
    int schemaVersion = 0;
    QStringList integrityProblems; // from PRAGMA integrity_check; empty when it said ok
    QStringList foreignKeyProblems; // one line per dangling reference
    QStringList schemaProblems;
};

// Read-only questions about the whole database: counts and health.
class Maintenance
{
public:
    explicit Maintenance(Database& database);

    Result<Counts> counts() const;
    // integrity_check, foreign_key_check and the schema version; never writes.
    Result<CheckReport> check() const;

private:
    Database& m_database;
};

} // namespace tandem
