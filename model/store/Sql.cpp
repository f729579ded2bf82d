#include "Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace tandem::sql {

namespace {
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteConstraint = 19;
constexpr int sqliteFull = 13;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteNotADatabase = 26;
constexpr int sqliteReadOnly = 8;

int primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

bool isBusy(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == sqliteBusy || code == sqliteLocked;
}

Error errorFrom(const QSqlError& error, const QString& doing)
{
    const int code = primaryCode(error);
    const QString driverText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (code == sqliteBusy || code == sqliteLocked) {
        Error busy = Error::database(QCoreApplication::translate("tandem::Sql",
            "Another copy of Tandem is writing to this database; nothing was changed, try again in a "
            "moment."));
        busy.busy = true;
        return busy;
    }
    if (code == sqliteFull) {
        return Error::database(QCoreApplication::translate(
            "tandem::Sql", "The disk is full; nothing was changed. Free some space and try again."));
    }
    if (code == sqliteCorrupt || code == sqliteNotADatabase) {
        return Error::database(QCoreApplication::translate(
            "tandem::Sql", "The database file is damaged (%1); restore it from a backup.")
                                   .arg(driverText));
    }
    if (code == sqliteReadOnly) {
        return Error::database(QCoreApplication::translate(
            "tandem::Sql", "The database file cannot be written (it is read-only)."));
    }
    if (code == sqliteConstraint) {
        static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: (\\w+)\\.(\\w+)"));
        const auto match = unique.match(driverText);
        if (match.hasMatch()) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::Sql", "Field %1: that value is already used by another record.")
                                       .arg(match.captured(2)));
        }
        if (driverText.contains(QStringLiteral("FOREIGN KEY"))) {
            return Error::badInput(QCoreApplication::translate("tandem::Sql",
                "This refers to a record that does not exist, or other records still refer to it."));
        }
        static const QRegularExpression notNull(
            QStringLiteral("NOT NULL constraint failed: (\\w+)\\.(\\w+)"));
        const auto nullMatch = notNull.match(driverText);
        if (nullMatch.hasMatch()) {
            return Error::badInput(QCoreApplication::translate("tandem::Sql", "Field %1 is required.")
                                       .arg(nullMatch.captured(2)));
        }
        return Error::badInput(
            QCoreApplication::translate("tandem::Sql", "The data breaks a rule of the database (%1).")
                .arg(driverText));
    }
    if (doing.isEmpty()) {
        return Error::database(driverText);
    }
    return Error::database(
        QCoreApplication::translate("tandem::Sql", "%1 failed: %2").arg(doing, driverText));
}

Error exec(QSqlQuery& query, const QString& doing)
{
    if (!query.exec()) {
        return errorFrom(query.lastError(), doing);
    }
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return errorFrom(query.lastError(), QString());
    }
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (Error error = exec(query, QString())) {
        return error;
    }
    return query;
}

Result<QSqlQuery> row(
    const QSqlDatabase& db, const QString& statement, const QVariantList& values, const QString& notFound)
{
    auto query = run(db, statement, values);
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error::notFound(notFound);
    }
    return query;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    auto query = run(db, statement, values);
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return QVariant();
    }
    return query->value(0);
}

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QSqlQuery*> StatementCache::run(const QString& statement, const QVariantList& values)
{
    auto found = m_queries.find(statement);
    if (found == m_queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(statement)) {
            return errorFrom(query.lastError(), QString());
        }
        found = m_queries.emplace(statement, std::move(query)).first;
    }
    QSqlQuery& query = found->second;
    query.finish();
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (Error error = exec(query, QString())) {
        return error;
    }
    return &query;
}

Result<QVariant> StatementCache::scalar(const QString& statement, const QVariantList& values)
{
    auto query = run(statement, values);
    if (!query) {
        return query.error();
    }
    QVariant value = (*query)->next() ? (*query)->value(0) : QVariant();
    (*query)->finish();
    return value;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

} // namespace tandem::sql
