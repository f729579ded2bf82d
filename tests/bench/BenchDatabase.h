#pragma once

#include "Database.h"

#include <QFile>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>
#include <sqlite3.h>

// What a benchmark needs around the database it measures: a copy to work on, so that the file named is never
// changed, and the statements that took long.
namespace tandem::bench {

// Copies `source` and its WAL into `dir` as `name` and opens the copy, upgrading it when it is older; prints
// why and returns nothing when it cannot.
inline std::unique_ptr<Database> openCopy(
    const QString& source, const QTemporaryDir& dir, const QString& name)
{
    const QString copy = dir.filePath(name);
    for (const char* suffix : { "", "-wal" }) {
        const QString from = source + QLatin1String(suffix);
        if (QFile::exists(from) && !QFile::copy(from, copy + QLatin1String(suffix))) {
            std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(from), qPrintable(dir.path()));
            return nullptr;
        }
    }
    Database::Options options;
    options.create = false;
    options.quickCheck = false;
    auto opened = Database::open(copy, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(*opened);
}

// Prints every statement of `db` that runs `milliseconds` or more from now on, with its values (a statement's
// time runs until it is reset).
inline void traceSlowStatements(Database& db, int milliseconds)
{
    static qint64 threshold = 0;
    threshold = qint64(milliseconds) * 1000000;
    sqlite3* handle = *static_cast<sqlite3* const*>(db.connection().driver()->handle().data());
    sqlite3_trace_v2(
        handle, SQLITE_TRACE_PROFILE,
        [](unsigned, void*, void* statement, void* nanoseconds) -> int {
            const qint64 spent = *static_cast<qint64*>(nanoseconds);
            if (spent >= threshold) {
                char* text = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
                std::printf("    %8.1f ms  %.160s\n", double(spent) / 1e6, text);
                sqlite3_free(text);
            }
            return 0;
        },
        nullptr);
}

} // namespace tandem::bench
