#pragma once

#include "Error.h"

#include <functional>

class QIODevice;

#include <QByteArray>

namespace tandem {

class Database;

// The whole database as one JSON document, to leave with all the data or to move it: every table in
// creation order, every row in key order, every column. Importing it into an empty database and exporting
// again gives the same bytes.
class Archive
{
public:
    // Returns false to stop: nothing more is written.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Streams the archive to `out` row by row, so that a database of a million requests never has to fit
    // in memory as one document. The bytes are those QJsonDocument writes, indented.
    static Error exportAll(Database& database, QIODevice& out, const Progress& progress = {});
    static Result<QByteArray> exportAll(Database& database);
    // Into an empty database only, in one transaction: all or nothing.
    static Error importAll(
        Database& database, const QByteArray& json, const QString& name, const Progress& progress = {});
};

} // namespace tandem
