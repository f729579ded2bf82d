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

bool isServerError(const QSqlError& error);

// Whether a query may read its rows as they come. SQLite steps its statement, however many others run
// meanwhile; PostgreSQL's driver streams forward-only rows over the one connection, and the next statement
// run while some are unread (a lookup for each row read) would discard them, so there rows arrive whole.
bool streams(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

int primaryCode(const QSqlError& error)
{
    if (isServerError(error)) {
        return -1;
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// PostgreSQL reports a five-character SQLSTATE; SQLite a number.
bool isServerError(const QSqlError& error)
{
    // SQLite's codes are numbers below 10,000 (extended codes included); an SQLSTATE has five characters,
    // and a connection the server dropped may come with none.
    const QString code = error.nativeErrorCode();
    bool numeric = false;
    const int number = code.toInt(&numeric);
    return code.isEmpty()
        ? error.type() == QSqlError::ConnectionError
        : code.size() == 5 && (!numeric || number >= 10000 || code.startsWith(QLatin1Char('0')));
}

// One sentence for what a team server refused, by the SQLSTATE's class (PostgreSQL's Appendix A).
Error serverErrorFrom(const QSqlError& error, const QString& doing)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString firstLine
        = text.section(QLatin1Char('\n'), 0, 0).remove(QStringLiteral("ERROR:")).trimmed();
    if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08"))
        || state.startsWith(QLatin1String("57P"))) {
        Error lost = Error::database(QCoreApplication::translate("tandem::Sql",
            "The connection to the team server was lost; nothing was changed. Reconnect and try again."));
        lost.disconnected = true;
        return lost;
    }
    if (state == QLatin1String("40P01") || state == QLatin1String("40001")
        || state == QLatin1String("55P03")) {
        Error busy = Error::database(QCoreApplication::translate("tandem::Sql",
            "Someone else is changing the same records on the team server; nothing was changed, try again "
            "in a moment."));
        busy.busy = true;
        return busy;
    }
    if (state == QLatin1String("23505")) {
        static const QRegularExpression key(QStringLiteral(R"(Key \((\w+)\))"));
        const auto match = key.match(text);
        return Error::badInput(QCoreApplication::translate(
            "tandem::Sql", "Field %1: that value is already used by another record.")
                                   .arg(match.hasMatch() ? match.captured(1) : firstLine));
    }
    if (state == QLatin1String("23503")) {
        return Error::badInput(QCoreApplication::translate("tandem::Sql",
            "This refers to a record that does not exist, or other records still refer to it."));
    }
    if (state == QLatin1String("23502")) {
        static const QRegularExpression column(QStringLiteral(R"re(column "(\w+)")re"));
        const auto match = column.match(text);
        return Error::badInput(QCoreApplication::translate("tandem::Sql", "Field %1 is required.")
                                   .arg(match.hasMatch() ? match.captured(1) : firstLine));
    }
    if (state.startsWith(QLatin1String("23"))) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Sql", "The data breaks a rule of the database (%1).")
                .arg(firstLine));
    }
    if (state == QLatin1String("42501")) {
        return Error::badInput(QCoreApplication::translate("tandem::Sql",
            "The team server does not let you change this: it belongs to a colleague outside your team, "
            "or needs an administrator; nothing was changed."));
    }
    if (state == QLatin1String("53100")) {
        return Error::database(QCoreApplication::translate(
            "tandem::Sql", "The team server's disk is full; nothing was changed. Tell its administrator."));
    }
    if (doing.isEmpty()) {
        return Error::database(firstLine);
    }
    return Error::database(QCoreApplication::translate("tandem::Sql", "%1 failed: %2").arg(doing, firstLine));
}

} // namespace

bool isBusy(const QSqlError& error)
{
    const int code = primaryCode(error);
    return code == sqliteBusy || code == sqliteLocked;
}

Error errorFrom(const QSqlError& error, const QString& doing)
{
    if (isServerError(error)) {
        return serverErrorFrom(error, doing);
    }
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
    query.setForwardOnly(streams(db));
    if (values.isEmpty()) {
        // Nothing to bind: run it as it is, which PostgreSQL needs for statements it cannot prepare
        // (CREATE, SET).
        if (!query.exec(statement)) {
            return errorFrom(query.lastError(), QString());
        }
        return query;
    }
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
        query.setForwardOnly(streams(m_db));
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

qint64 insertedId(QSqlQuery& query)
{
    if (query.isSelect() && query.next()) {
        return query.value(0).toLongLong();
    }
    return query.lastInsertId().toLongLong();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

} // namespace tandem::sql
