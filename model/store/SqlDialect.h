#pragma once

#include <QString>
#include <QStringList>

namespace tandem {

// The one seam for SQL that differs between database engines: table definitions and full-text search.
// Everything else Tandem runs is portable DML. Team mode will add a PostgreSQL sibling.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The statements that create schema version `version` from version - 1.
    virtual QStringList migration(int version) const = 0;
    // Replaces the search text of `rows` indexed rows (1 by default): binds rowid, body for each.
    virtual QString searchUpsert(int rows = 1) const = 0;
    // Removes `rows` indexed rows: binds each rowid.
    virtual QString searchDelete(int rows = 1) const = 0;
    // A SELECT of the ids of indexed records of `kind` (SearchIndex::Kind) whose text matches a prepared
    // query text, for `id IN (…)`: binds the query.
    virtual QString searchIds(int kind) const = 0;

    // Lists the secondary indexes of a table as (name, CREATE statement): binds the table name. Bulk loads
    // drop them and build them once at the end, which is several times faster than updating them row by row.
    virtual QString tableIndexes() const = 0;

    // The expression as a sort key no index may serve, so that the planner finds rows through the filter's
    // index instead: for a selective filter that is far quicker than walking the sort's index.
    virtual QString unindexed(const QString& expression) const = 0;

    // An inner join that keeps its left table as the outer loop, for walking that table's index in order.
    virtual QString orderedJoin() const = 0;

    // The statement that gives this connection a page cache of `megabytes` for bulk writes (an import, a
    // generated database), where updating indexes row by row would otherwise go to disk; empty where the
    // server manages its own cache.
    virtual QString pageCache(int megabytes) const = 0;
    static constexpr int defaultPageCacheMegabytes = 2;

    // The statements that size one connection's reading for a database file of `fileBytes`: a page cache
    // and memory-mapped reads, so that reading a page again costs no system call (calls are what is slow
    // on a virtual machine). Durability settings are not touched. Empty where the server manages memory.
    virtual QStringList readTuning(qint64 fileBytes) const = 0;
    // The page cache readTuning() gives a file of `fileBytes`, which bulk work returns to when it is done.
    static int pageCacheMegabytesFor(qint64 fileBytes);

    static const SqlDialect& sqlite();

    // Creates a table only this connection sees, for one piece of work's rows (an import's staging table);
    // `columns` are its column definitions. A rollback takes it back; the work drops it when done.
    virtual QString temporaryTable(const QString& name, const QString& columns) const = 0;
    // Replaces the search text of the rows `select` gives as (rowid, body), in one statement: a bulk write
    // (an import) pays for writing out the index once instead of once per batch of rows.
    virtual QString searchUpsertFrom(const QString& select) const = 0;
    // The statement that gives this connection's temporary tables (and a statement's undo records) a page
    // cache of `megabytes`, so that staged rows stay in memory instead of going to a file and back; empty
    // where the server manages its own memory.
    virtual QString temporaryPageCache(int megabytes) const = 0;
};

// A request's priority and status as numbers in their meaning's order (low 1 … urgent 4; open 1 …
// cancelled 6), for sorting; `alias` qualifies the column ("r." or empty). Portable SQL, shared by the
// list that sorts and the index that serves the sort.
QString requestPriorityOrder(const QString& alias);
QString requestStatusOrder(const QString& alias);

} // namespace tandem
