#pragma once

#include "Error.h"

#include <QByteArray>

namespace tandem {

class Database;

// The whole database as one JSON document, to leave with all the data or to move it: every table in
// creation order, every row in key order, every column. Importing it into an empty database and exporting
// again gives the same bytes.
class Archive
{
public:
    static Result<QByteArray> exportAll(Database& database);
    // Into an empty database only, in one transaction: all or nothing.
    static Error importAll(Database& database, const QByteArray& json, const QString& name);
};

} // namespace tandem
