#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <functional>

namespace tandem::generator {

// Writes many rows into one table through prepared statements reused for every batch; every value is
// bound. A multi-row statement pays a statement's fixed cost (starting it, opening and closing its cursors)
// once for a batch of rows; but it also opens a statement savepoint, and at every savepoint SQLite's
// full-text index writes out what it holds in memory. So the search index is written one row a statement,
// in long runs held back until many rows are pending (see searchIndex): its rows then reach the disk in
// a few large segments rather than thousands of tiny ones (measured: three times slower).
class BulkInsert
{
public:
    // The statement that inserts `rows` rows, binding their values row after row.
    using Statement = std::function<QString(int rows)>;
    // How many rows one statement writes, and how many are held before they are written.
    struct Shape
    {
        int rowsPerStatement;
        int rowsHeld;
    };
    static constexpr Shape table { 100, 100 };
    static constexpr Shape searchIndex { 1, 20000 };

    BulkInsert(const QSqlDatabase& db, int columns, Statement statement, Shape shape = table);

    // "INSERT INTO table (a, b) VALUES (?, ?), (?, ?)": the usual statement for a table and its columns.
    static Statement into(const QString& table, const QStringList& columns);

    // Rows of this table reference rows of `parent`: its pending rows are written before any of these.
    void writeAfter(BulkInsert& parent) { m_parent = &parent; }

    // Adds one row of `columns` values; writes the pending rows when enough are held.
    Error add(std::initializer_list<QVariant> row);
    // Writes the rows added so far.
    Error flush();

private:
    Error write(QSqlQuery& query, qsizetype from, int rows);

    QSqlDatabase m_db;
    int m_columns;
    Statement m_statement;
    Shape m_shape;
    QSqlQuery m_full;
    bool m_prepared = false;
    QVariantList m_pending;
    BulkInsert* m_parent = nullptr;
};

} // namespace tandem::generator
