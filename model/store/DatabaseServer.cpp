#include "Database.h"
#include "ServerAddress.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>

// The team server's side of Database: signing in to PostgreSQL, reading its schema version, reconnecting.
// The file's side (creating, probing, backups) is in Database.cpp.
namespace tandem {

bool Database::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

namespace {

// Why a team server refused the connection, in one sentence that names it. libpq's own words are kept
// for what is rare.
Error serverOpenFailure(const ServerAddress& address, const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString where = address.toString();
    auto says = [&text](const char* words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("password authentication failed") || says("no password supplied")
        || says("password is required")) {
        return Error::database(QCoreApplication::translate("tandem::Database",
            "The team server %1 refused the user name or password; check them and sign in again.")
                                   .arg(where));
    }
    if (says("does not exist") && says("database")) {
        return Error::notFound(QCoreApplication::translate("tandem::Database",
            "The team server %1 has no database %2; check its name, or ask its administrator to create it.")
                                   .arg(where, address.database));
    }
    if (says("not permitted to log in") || says("no pg_hba.conf entry")) {
        return Error::database(QCoreApplication::translate("tandem::Database",
            "The team server %1 does not let %2 sign in (the account is disabled, or not allowed from "
            "this computer).")
                                   .arg(where, address.user));
    }
    if (says("Connection refused") || says("could not connect") || says("timeout expired")
        || says("could not translate host name") || says("starting up") || says("shutting down")) {
        Error down = Error::database(QCoreApplication::translate("tandem::Database",
            "Cannot reach the team server %1: it is down or the network is cut; try again in a moment.")
                                         .arg(where));
        down.disconnected = true;
        return down;
    }
    return Error::database(
        QCoreApplication::translate("tandem::Database", "Cannot sign in to the team server %1: %2")
            .arg(where, text.section(QLatin1Char('\n'), 0, 0).trimmed()));
}

} // namespace

namespace {

// The passwords this process signed in to team servers with, by address, in memory only: a second
// connection to the same server (a worker thread's, the Dashboard's) opens with the same password as the
// window's, which may have come from the keyring rather than from PGPASSWORD.
QMutex serverPasswordsMutex;
QHash<QString, QString> serverPasswords;

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, const Options& options)
{
    auto address = ServerAddress::parse(location);
    if (!address) {
        return address.error();
    }
    std::unique_ptr<Database> database(new Database(address->toString()));
    database->m_server = true;
    database->m_login = address->user;
    database->m_password = options.password;
    if (database->m_password.isEmpty()) {
        const QMutexLocker lock(&serverPasswordsMutex);
        database->m_password = serverPasswords.value(address->toString());
    }
    if (Error error = database->connect(options.busyTimeoutMs)) {
        return error;
    }
    if (!database->m_password.isEmpty()) {
        const QMutexLocker lock(&serverPasswordsMutex);
        serverPasswords.insert(address->toString(), database->m_password);
    }
    // The schema's own table says which version the database is at; a database without it is empty
    // (new) or another program's.
    int version = 0;
    auto header = sql::run(database->connection(),
        QStringLiteral("SELECT to_regclass('tandem_schema') IS NOT NULL, (SELECT count(*) FROM "
                       "pg_tables WHERE schemaname = current_schema())"));
    if (!header || !header->next()) {
        return header ? Error::database(location) : header.error();
    }
    const bool tandem = header->value(0).toBool();
    const qint64 tables = header->value(1).toLongLong();
    if (!tandem && tables > 0) {
        return Error::database(QCoreApplication::translate("tandem::Database",
            "The database %1 on the team server holds another program's tables, not Tandem's; it was left "
            "unchanged.")
                                   .arg(address->toString()));
    }
    if (tandem) {
        auto stored = sql::scalar(database->connection(), database->dialect().schemaVersion());
        auto mark = sql::scalar(database->connection(), database->dialect().applicationMark());
        if (!stored || !mark) {
            return !stored ? stored.error() : mark.error();
        }
        version = stored->toInt();
        if (mark->toLongLong() != applicationId) {
            return Error::database(QCoreApplication::translate("tandem::Database",
                "The database %1 on the team server is not marked as Tandem's; it was left unchanged.")
                                       .arg(address->toString()));
        }
    }
    if (version > latestVersion()) {
        return Error::database(QCoreApplication::translate("tandem::Database",
            "%1 was written by a newer version of Tandem (schema %2; this version reads up to %3). Update "
            "Tandem to open it; the database was left unchanged.")
                                   .arg(address->toString())
                                   .arg(version)
                                   .arg(latestVersion()));
    }
    database->m_schemaVersion = version;
    database->m_created = version == 0;
    const int target = options.migrations.empty() ? 0 : options.migrations.back().version;
    if (version == 0 && target > 0 && !options.create) {
        return Error::notFound(QCoreApplication::translate("tandem::Database",
            "The database %1 on the team server is empty; create Tandem's tables in it with tandem-cli init.")
                                   .arg(address->toString()));
    }
    // On a server every step is DDL inside one transaction: a failed upgrade leaves nothing behind, so
    // there is no file to keep a copy of.
    if (Error error = database->bringUpToDate(options, target)) {
        return error;
    }
    return database;
}

Error Database::serverHasNoFileCopies()
{
    return Error::usage(QCoreApplication::translate("tandem::Database",
        "Backup and restore copy a database file; a team server's data is copied with export all and import "
        "all (or by its administrator with pg_dump)."));
}

Error Database::reconnect()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
    return connect(m_busyTimeoutMs);
}

Error Database::connectServer(int busyTimeoutMs)
{
    const ServerAddress address = *ServerAddress::parse(m_path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    if (!m_password.isEmpty()) {
        db.setPassword(m_password);
    }
    // A server that does not answer is reported in seconds, not after the system's minutes.
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=Tandem"));
    if (!db.open()) {
        const Error error = serverOpenFailure(address, db.lastError());
        db = QSqlDatabase(); // the last handle goes before the connection does
        QSqlDatabase::removeDatabase(m_connectionName);
        return error;
    }
    // Waiting for a colleague's write is bounded like the busy timeout on a file. Notices (an index that
    // exists already) are not errors.
    const QString settings[] = {
        QStringLiteral("SET lock_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("SET client_min_messages = warning"),
        QStringLiteral("SET client_encoding = 'UTF8'"),
    };
    for (const QString& setting : settings) {
        if (auto result = sql::run(db, setting); !result) {
            return result.error();
        }
    }
    return {};
}

} // namespace tandem
