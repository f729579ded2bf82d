#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace tandem::sql {

// Turns a driver error into one sentence a person can act on: a busy database says another copy of
// Tandem is writing, a constraint names the field, anything else keeps the driver's words.
Error errorFrom(const QSqlError& error, const QString& doing);

// True when the error means another connection holds the write lock.
bool isBusy(const QSqlError& error);

// Prepares, binds every value positionally and executes one statement.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// Runs a statement that returns one value (a count, a pragma) and returns it.
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

// "?, ?, ?": the marks for binding `count` values into an IN (...) list.
QString placeholders(qsizetype count);

// Executes an already prepared and bound query.
Error exec(QSqlQuery& query, const QString& doing);

} // namespace tandem::sql
