#pragma once

#include "Error.h"

#include <QString>

namespace tandem {

// Where a team server is: postgresql://USER@HOST:PORT/DBNAME, the form libpq and the command line take.
// A password is never part of it (it comes from the keyring, PGPASSWORD or ~/.pgpass).
struct ServerAddress
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;

    // Reads an address; a password in it is refused, so that it does not end up in a shell's history or
    // in the list of recent databases.
    static Result<ServerAddress> parse(const QString& location);
    // postgresql://USER@HOST:PORT/DBNAME
    QString toString() const;
    // "DBNAME on HOST": what the title bar and the status bar show.
    QString displayName() const;
};

} // namespace tandem
