#include "Database.h"

#include "Clock.h"
#include "DuplicateFinder.h"
#include "SortKey.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace tandem {

namespace {

QString nextConnectionName(const char* purpose)
{
    static QAtomicInt counter;
    return QStringLiteral("tandem-%1-%2").arg(QLatin1String(purpose)).arg(counter.fetchAndAddRelaxed(1));
}

// Creates an empty file only the owner can read, before SQLite opens it: SQLite gives its -wal and
// -shm files the same mode.
Error createPrivateFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error::database(QCoreApplication::translate("tandem::Database", "Cannot create %1: %2.")
                                   .arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    ::close(fd);
    return {};
}

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

struct ProbeResult
{
    int version = 0;
};

// Looks at an existing file through a read-only connection, so that a file Tandem refuses is left
// exactly as it was.
Result<ProbeResult> probe(const QString& path, bool quickCheck)
{
    const QString name = nextConnectionName("probe");
    Error error;
    ProbeResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        const QString damaged = QCoreApplication::translate(
            "tandem::Database", "%1 is not a Tandem database, or it is damaged; it was left unchanged.")
                                    .arg(path);
        if (!db.open()) {
            error = Error::database(damaged);
        } else {
            auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
            auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
            auto tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
            if (!version || !appId || !tables) {
                const Error& cause = !version ? version.error() : !appId ? appId.error() : tables.error();
                error = cause.busy ? cause : Error::database(damaged);
            } else if (appId->toInt() != Database::applicationId
                && (version->toInt() != 0 || tables->toInt() > 0)) {
                error = Error::database(QCoreApplication::translate("tandem::Database",
                    "%1 is an SQLite database of another program, not a Tandem database; it was left "
                    "unchanged.")
                                            .arg(path));
            } else if (version->toInt() > Database::latestVersion()) {
                error = Error::database(QCoreApplication::translate("tandem::Database",
                    "%1 was written by a newer version of Tandem (schema %2; this version "
                    "reads up to %3). Update Tandem to open it; the file was left unchanged.")
                                            .arg(path)
                                            .arg(version->toInt())
                                            .arg(Database::latestVersion()));
            } else {
                result.version = version->toInt();
            }
            if (!error && quickCheck && tables->toInt() > 0) {
                auto check = sql::run(db, QStringLiteral("PRAGMA quick_check"));
                if (!check || !check->next() || check->value(0).toString() != QLatin1String("ok")) {
                    error = Error::database(QCoreApplication::translate("tandem::Database",
                        "%1 is damaged (the integrity check failed); it was left unchanged. Restore it "
                        "from a backup.")
                                                .arg(path));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (error) {
        return error;
    }
    return result;
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(handle.data());
    }
    return nullptr;
}

} // namespace

Error Database::quickCheck(const QString& path)
{
    auto probed = probe(path, true);
    return probed ? Error() : probed.error();
}

std::vector<Migration> Database::standardMigrations()
{
    auto runDialect = [](Database& db, int version) -> Error {
        for (const QString& statement : db.dialect().migration(version)) {
            if (auto result = sql::run(db.connection(), statement); !result) {
                return result.error();
            }
        }
        return {};
    };
    return {
        { 1,
            [runDialect](Database& db) {
                return runDialect(db, 1);
            } },
        // Version 2: match keys on accounts, so that duplicates are found through an index.
        { 2,
            [runDialect](Database& db) -> Error {
                if (Error error = runDialect(db, 2)) {
                    return error;
                }
                auto rows = sql::run(
                    db.connection(), QStringLiteral("SELECT party_id, name, city, phone FROM accounts"));
                if (!rows) {
                    return rows.error();
                }
                QList<std::tuple<qint64, QString, QString, QString>> accounts;
                while (rows->next()) {
                    accounts.append({ rows->value(0).toLongLong(), rows->value(1).toString(),
                        rows->value(2).toString(), rows->value(3).toString() });
                }
                for (const auto& [id, name, city, phone] : accounts) {
                    if (Error error = DuplicateFinder::storeKeys(db, id, name, city, phone)) {
                        return error;
                    }
                }
                return {};
            } },
        // Version 3: indexes that sort the requests list by priority, status and rating.
        { 3,
            [runDialect](Database& db) {
                return runDialect(db, 3);
            } },
        // Version 4: a handover remembers whether it marked the colleague departed.
        { 4,
            [runDialect](Database& db) {
                return runDialect(db, 4);
            } },
    };
}

int Database::latestVersion()
{
    return standardMigrations().back().version;
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName("main"))
{ }

Database::~Database()
{
    m_sortKey.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Keeps the planner's statistics current as the data grows (cheap when nothing changed much).
            sql::run(db, QStringLiteral("PRAGMA optimize"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

const SqlDialect& Database::dialect() const
{
    return SqlDialect::sqlite();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (path.isEmpty()) {
        return Error::usage(QCoreApplication::translate("tandem::Database", "No database file was named."));
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    bool created = false;
    int version = 0;
    if (!info.exists()) {
        if (!options.create) {
            return Error::notFound(
                QCoreApplication::translate("tandem::Database", "There is no database at %1.").arg(path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::database(
                QCoreApplication::translate("tandem::Database", "Cannot create the folder %1.")
                    .arg(info.absolutePath()));
        }
        if (Error error = createPrivateFile(absolute)) {
            return error;
        }
        created = true;
    } else if (info.isDir()) {
        return Error::database(
            QCoreApplication::translate("tandem::Database", "%1 is a folder, not a database file.")
                .arg(path));
    } else if (info.size() == 0) {
        created = true;
    } else {
        if (!hasSqliteHeader(absolute)) {
            return Error::database(QCoreApplication::translate("tandem::Database",
                "%1 is not a Tandem database (it is not an SQLite file); it was left unchanged.")
                                       .arg(path));
        }
        auto probed = probe(absolute, options.quickCheck);
        if (!probed) {
            return probed.error();
        }
        version = probed->version;
    }

    std::unique_ptr<Database> database(new Database(absolute));
    database->m_created = created || version == 0;
    database->m_schemaVersion = version;
    if (Error error = database->connect(options.busyTimeoutMs)) {
        return error;
    }
    const int target = options.migrations.empty() ? 0 : options.migrations.back().version;
    if (version < target) {
        if (version > 0) {
            const QString backup = QStringLiteral("%1.v%2-%3.backup")
                                       .arg(absolute)
                                       .arg(version)
                                       .arg(Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            if (Error error = database->backupTo(backup)) {
                return Error::database(QCoreApplication::translate("tandem::Database",
                    "Could not keep a copy of %1 before upgrading it, so it was not upgraded: %2")
                                           .arg(path, error.message));
            }
            database->m_upgradeBackupPath = backup;
        }
        if (Error error = database->migrate(options.migrations, target)) {
            return error;
        }
    }
    if (Error error = database->loadCollation(options.collation)) {
        return error;
    }
    return database;
}

Error Database::connect(int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        return Error::database(QCoreApplication::translate("tandem::Database", "Cannot open %1: %2")
                                   .arg(m_path, db.lastError().text()));
    }
    // The busy timeout comes first so that every later statement, the switch to WAL included, waits for
    // another copy of Tandem instead of failing at once.
    // synchronous=FULL: a change the user saw saved survives a power cut; WAL keeps the cost to one sync
    // per transaction, and bulk work runs as one transaction.
    // Pragmas take no bound values; the timeout is a number.
    const QString pragmas[] = {
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
    };
    for (const QString& pragma : pragmas) {
        auto result = sql::run(db, pragma);
        if (!result) {
            return result.error();
        }
        if (pragma.contains(QLatin1String("journal_mode"))
            && (!result->next() || result->value(0).toString() != QLatin1String("wal"))) {
            return Error::database(QCoreApplication::translate(
                "tandem::Database", "Cannot switch %1 to write-ahead logging; is it on a network drive?")
                                       .arg(m_path));
        }
    }
    return {};
}

Error Database::migrate(const std::vector<Migration>& migrations, int targetVersion)
{
    for (const Migration& migration : migrations) {
        if (migration.version <= m_schemaVersion || migration.version > targetVersion) {
            continue;
        }
        Transaction transaction(*this);
        if (transaction.error()) {
            return transaction.error();
        }
        if (Error error = migration.apply(*this)) {
            return Error(error.kind,
                QCoreApplication::translate(
                    "tandem::Database", "Upgrading the database to schema %1 failed, nothing was changed: %2")
                    .arg(migration.version)
                    .arg(error.message));
        }
        // Pragmas take no bound values; both numbers are Tandem's own constants.
        if (auto result
            = sql::run(connection(), QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            !result) {
            return result.error();
        }
        if (migration.version == 1) {
            if (auto result
                = sql::run(connection(), QStringLiteral("PRAGMA application_id = %1").arg(applicationId));
                !result) {
                return result.error();
            }
        }
        if (Error error = transaction.commit()) {
            return error;
        }
        m_schemaVersion = migration.version;
    }
    return {};
}

Error Database::loadCollation(const QString& wanted)
{
    QString collation = metaValue(QStringLiteral("collation"));
    if (collation.isEmpty()) {
        collation = wanted.isEmpty() ? QLocale().name() : wanted;
        if (m_schemaVersion > 0) {
            if (Error error = setMetaValue(QStringLiteral("collation"), collation)) {
                return error;
            }
        }
    }
    m_sortKey = std::make_unique<SortKey>(collation);
    return {};
}

QString Database::metaValue(const QString& key) const
{
    if (m_schemaVersion < 1) {
        return {};
    }
    auto value = sql::scalar(connection(), QStringLiteral("SELECT value FROM meta WHERE key = ?"), { key });
    return value ? value->toString() : QString();
}

Error Database::setMetaValue(const QString& key, const QString& value)
{
    auto result = sql::run(connection(),
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), { key, value });
    return result ? Error() : result.error();
}

Error Database::backupTo(const QString& file) const
{
    const QFileInfo info(file);
    if (info.exists() && info.size() > 0) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Database", "%1 already exists; choose a new file name for the backup.")
                                   .arg(file));
    }
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::badInput(
                QCoreApplication::translate("tandem::Database", "Cannot create the folder %1.")
                    .arg(info.absolutePath()));
        }
        if (Error error = createPrivateFile(info.absoluteFilePath())) {
            return Error::badInput(error.message);
        }
    }
    auto result = sql::run(connection(), QStringLiteral("VACUUM INTO ?"), { info.absoluteFilePath() });
    if (!result) {
        QFile::remove(info.absoluteFilePath());
        return result.error();
    }
    return {};
}

Error Database::restoreFrom(const QString& file, QString* safetyCopy)
{
    const QFileInfo info(file);
    if (!info.exists()) {
        return Error::notFound(
            QCoreApplication::translate("tandem::Database", "There is no backup at %1.").arg(file));
    }
    if (!hasSqliteHeader(info.absoluteFilePath())) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Database", "%1 is not a Tandem backup (it is not an SQLite file).")
                                   .arg(file));
    }
    auto probed = probe(info.absoluteFilePath(), true);
    if (!probed) {
        return Error(ErrorKind::BadInput, probed.error().message);
    }
    if (probed->version < 1) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Database", "%1 holds no Tandem data.").arg(file));
    }
    const QString copy = QStringLiteral("%1.before-restore-%2.backup")
                             .arg(m_path, Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (Error error = backupTo(copy)) {
        return Error::database(QCoreApplication::translate(
            "tandem::Database", "Could not keep a copy of the current data, so nothing was restored: %1")
                                   .arg(error.message));
    }
    if (safetyCopy) {
        *safetyCopy = copy;
    }
    sqlite3* destination = nativeHandle(connection());
    sqlite3* source = nullptr;
    if (!destination
        || sqlite3_open_v2(
               QFile::encodeName(info.absoluteFilePath()).constData(), &source, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK) {
        sqlite3_close(source);
        return Error::database(QCoreApplication::translate("tandem::Database", "Cannot read %1.").arg(file));
    }
    sqlite3_busy_timeout(source, 5000);
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
    int status = SQLITE_ERROR;
    if (backup) {
        status = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
    }
    sqlite3_close(source);
    if (status != SQLITE_DONE) {
        return Error::database(status == SQLITE_BUSY || status == SQLITE_LOCKED
                ? QCoreApplication::translate("tandem::Database",
                    "Another copy of Tandem is using this database; close it and restore again. Nothing was "
                    "changed.")
                : QCoreApplication::translate(
                    "tandem::Database", "Restoring from %1 failed (%2); the database was left as it was.")
                      .arg(file, QString::fromUtf8(sqlite3_errstr(status))));
    }
    m_schemaVersion = probed->version;
    if (m_schemaVersion < latestVersion()) {
        if (Error error = migrate(standardMigrations(), latestVersion())) {
            return error;
        }
    }
    return loadCollation(QString());
}

} // namespace tandem
