#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <unordered_map>

namespace tandem::sql {

// Turns a driver error into one sentence a person can act on: a busy database says another copy of
// Tandem is writing, a constraint names the field, anything else keeps the driver's words.
Error errorFrom(const QSqlError& error, const QString& doing);

// True when the error means another connection holds the write lock.
bool isBusy(const QSqlError& error);

// Prepares, binds every value positionally and executes one statement.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// Runs a statement about one record and returns the query on its row, or Error::notFound(`notFound`)
// when there is none.
Result<QSqlQuery> row(
    const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& notFound);

// Runs a statement that returns one value (a count, a pragma) and returns it.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// The id of the row an INSERT just added: read from its RETURNING clause where the dialect asks for one
// (SqlDialect::returningId), else from the driver.
qint64 insertedId(QSqlQuery& query);

// "?, ?, ?": the marks for binding `count` values into an IN (...) list.
QString placeholders(qsizetype count);

// Executes an already prepared and bound query.
Error exec(QSqlQuery& query, const QString& doing);

// Prepared statements kept for reuse by one piece of work that runs the same few statements many times
// (an import of 100,000 rows): preparing a statement costs more than running a small one. A statement's
// result must be read before the same statement runs again.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase db);
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Like sql::run(); the query stays owned by the cache.
    Result<QSqlQuery*> run(const QString& statement, const QVariantList& values = {});
    Result<QVariant> scalar(const QString& statement, const QVariantList& values = {});

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_queries;
};

} // namespace tandem::sql
