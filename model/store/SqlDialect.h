#pragma once

#include <QString>
#include <QStringList>

namespace tandem {

// The one seam for SQL that differs between database engines: table definitions, full-text search,
// locking, schema bookkeeping and tuning. Everything else Tandem runs is portable DML, the same text on a
// local SQLite file and on a team's PostgreSQL server.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The statements that create schema version `version` from version - 1.
    virtual QStringList migration(int version) const = 0;
    // Replaces the search text of `rows` indexed rows (1 by default): binds rowid, body for each.
    virtual QString searchUpsert(int rows = 1) const = 0;
    // Removes `rows` indexed rows: binds each rowid. The same on both engines (a server's search table
    // names its key rowid too).
    QString searchDelete(int rows = 1) const;
    // A SELECT of the ids of indexed records of `kind` (SearchIndex::Kind) whose text matches a prepared
    // query text, for `id IN (…)`: binds the query.
    virtual QString searchIds(int kind) const = 0;
    // The query text searchIds() binds, from SearchIndex's expression (FTS5's form: quoted phrases, a star
    // after a prefix).
    virtual QString searchMatch(const QString& ftsExpression) const { return ftsExpression; }

    // Lists the secondary indexes of a table as (name, CREATE statement): binds the table name. Bulk loads
    // drop them and build them once at the end, which is several times faster than updating them row by row.
    virtual QString tableIndexes() const = 0;

    // The expression as a sort key no index may serve, so that the planner finds rows through the filter's
    // index instead: for a selective filter that is far quicker than walking the sort's index.
    virtual QString unindexed(const QString& expression) const = 0;

    // Where rows without a value go in a sort (appended to " ASC" or " DESC"); empty for the engine's own
    // order, which its indexes hold: a file puts them first going up, a server last.
    virtual QString emptyValuesOrder(bool ascending) const = 0;

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
    static const SqlDialect& postgres();

    // The statements that begin a write transaction which waits for, rather than collides with, another
    // writer: one writer at a time, as on a file, so that ids counted on from the highest stay free.
    virtual QStringList beginWrite() const = 0;
    // Reads the schema version, and the mark that says the database is Tandem's (Database::applicationId).
    virtual QString schemaVersion() const = 0;
    virtual QString applicationMark() const = 0;
    // Records the schema version a migration reached; the first one also records the mark.
    virtual QStringList setSchemaVersion(int version, bool first) const = 0;
    // Appended to an INSERT so that the new row's id can be read (sql::insertedId); empty where the driver
    // reports it by itself.
    virtual QString returningId() const = 0;
    // A SELECT of the highest id of `table` before a block of `count` new ids that a bulk write gives its
    // rows itself: nobody else's new rows will take them. Run inside the write transaction.
    virtual QString reserveIds(const QString& table, qint64 count) const = 0;
    // The statement that tells `table`'s id counter about ids a bulk write gave its rows itself (a generated
    // database, an archive), so that the next row added one at a time takes a free one; empty where the
    // highest id is looked up each time.
    virtual QString afterExplicitIds(const QString& table) const = 0;
    // A SELECT of (at, actor, id) of the newest audit entries about one record, its own and those of a
    // handover that moved it, newest first: binds the entity's name and the record's id. A team server
    // answers it for a colleague who may read only their own entries, and only about a record they may see.
    virtual QString lastChanges() const = 0;
    // Lets foreign keys be broken until commit, for loading tables in any order (an archive).
    virtual QString deferForeignKeys() const = 0;
    // A full check of the stored data (one row "ok" when sound) and of foreign keys (a row per broken
    // reference as table, row, parent); empty where the server guarantees both itself.
    virtual QString integrityCheck() const = 0;
    virtual QString foreignKeyCheck() const = 0;

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

// Schema version 7: a `version` on every record people edit (departments, staff, pairs, accounts,
// contacts, requests), 1 when added and one more at every change, so that a save made from what someone
// read is refused when the record has moved on since (RecordVersion). Portable DDL, the same on both engines.
QStringList recordVersionColumns();

} // namespace tandem
