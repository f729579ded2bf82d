#include "Database.h"

#include "Clock.h"
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
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
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

// The open databases of this process, for isOpenDatabaseFile().
QMutex openPathsMutex;
QStringList openPaths;

const char* const companionSuffixes[] = { "", "-wal", "-shm", "-journal" };

// Whether the disk that holds `path` has (almost) no room left: SQLite reports a full disk while opening
// as an I/O error (it cannot size the -shm file).
bool diskIsFull(const QString& path)
{
    struct statvfs disk = {};
    if (::statvfs(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &disk) != 0) {
        return false;
    }
    return quint64(disk.f_bavail) * disk.f_frsize < 1024 * 1024;
}

// Why SQLite could not read `path`, in one sentence that names it. `code` is SQLite's result code.
Error openFailure(const QString& path, int code, const QString& detail)
{
    if (((code & 0xff) == SQLITE_IOERR || (code & 0xff) == SQLITE_FULL) && diskIsFull(path)) {
        code = SQLITE_FULL;
    }
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: {
        Error busy = Error::database(QCoreApplication::translate(
            "tandem::Database", "Another program is changing %1 right now; try again in a moment.")
                                         .arg(path));
        busy.busy = true;
        return busy;
    }
    case SQLITE_NOTADB:
        return Error::database(QCoreApplication::translate("tandem::Database",
            "%1 is not a Tandem database (it is not an SQLite file); it was left unchanged.")
                                   .arg(path));
    case SQLITE_FULL:
        return Error::database(QCoreApplication::translate(
            "tandem::Database", "The disk that holds %1 is full; free some space and open it again.")
                                   .arg(path));
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::database(QCoreApplication::translate("tandem::Database",
            "Cannot open %1: Tandem needs to write to the file and to its folder (for the -wal and -shm "
            "files beside it), and one of them is read-only.")
                                   .arg(path));
    case SQLITE_IOERR:
        return Error::database(QCoreApplication::translate(
            "tandem::Database", "Cannot read %1: the disk reported an error (%2).")
                                   .arg(path, detail));
    default:
        return Error::database(QCoreApplication::translate(
            "tandem::Database", "%1 is not a Tandem database, or it is damaged; it was left unchanged.")
                                   .arg(path));
    }
}

int nativeCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code : SQLITE_ERROR;
}

// The size of the database file through stat(2), which opens nothing (see Database.h); 0 when absent.
qint64 fileSize(const QString& path)
{
    struct stat file = {};
    return ::stat(QFile::encodeName(path).constData(), &file) == 0 ? qint64(file.st_size) : 0;
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(handle.data());
    }
    return nullptr;
}

struct ProbeResult
{
    int version = 0;
};

// Looks at an existing file through a read-only connection, so that a file Tandem refuses is left
// exactly as it was. SQLite reads the header itself: nothing else opens the file (see Database.h).
Result<ProbeResult> probe(const QString& path, bool quickCheck, CheckStopper* stopper = nullptr)
{
    const QString name = nextConnectionName("probe");
    Error error;
    ProbeResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = openFailure(path, nativeCode(db.lastError()), db.lastError().databaseText());
        } else {
            QSqlQuery header(db);
            // One statement reads the header's three figures; the first read is where SQLite says what
            // the file is.
            if (!header.exec(QStringLiteral("SELECT (SELECT user_version FROM pragma_user_version), "
                                            "(SELECT application_id FROM pragma_application_id), "
                                            "(SELECT count(*) FROM sqlite_master)"))
                || !header.next()) {
                error = openFailure(path, nativeCode(header.lastError()), header.lastError().databaseText());
            } else {
                const int version = header.value(0).toInt();
                const int appId = header.value(1).toInt();
                const int tables = header.value(2).toInt();
                header.finish();
                if (appId != Database::applicationId && (version != 0 || tables > 0)) {
                    error = Error::database(QCoreApplication::translate("tandem::Database",
                        "%1 is an SQLite database of another program, not a Tandem database; it was left "
                        "unchanged.")
                                                .arg(path));
                } else if (version > Database::latestVersion()) {
                    error = Error::database(QCoreApplication::translate("tandem::Database",
                        "%1 was written by a newer version of Tandem (schema %2; this version "
                        "reads up to %3). Update Tandem to open it; the file was left unchanged.")
                                                .arg(path)
                                                .arg(version)
                                                .arg(Database::latestVersion()));
                } else {
                    result.version = version;
                }
                if (!error && quickCheck && tables > 0) {
                    // The check reads every page once: mapped, that is no system call per page.
                    for (const QString& tuning : SqlDialect::sqlite().readTuning(fileSize(path))) {
                        QSqlQuery(db).exec(tuning);
                    }
                    if (stopper) {
                        stopper->attach(nativeHandle(db));
                    }
                    QSqlQuery check(db);
                    if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
                        // Interrupted because it was told to stop: not checked, and nothing found.
                        if (!stopper || !stopper->stopped()) {
                            error = openFailure(
                                path, nativeCode(check.lastError()), check.lastError().databaseText());
                        }
                    } else if (!check.next() || check.value(0).toString() != QLatin1String("ok")) {
                        error = Error::database(QCoreApplication::translate("tandem::Database",
                            "%1 is damaged (the integrity check failed); it was left unchanged. Restore it "
                            "from a backup.")
                                                    .arg(path));
                    }
                }
            }
        }
        if (stopper) {
            stopper->attach(nullptr);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (error) {
        return error;
    }
    return result;
}

} // namespace

void CheckStopper::stop()
{
    const QMutexLocker lock(&m_mutex);
    m_stopped = true;
    if (m_handle) {
        sqlite3_interrupt(static_cast<sqlite3*>(m_handle));
    }
}

bool CheckStopper::stopped() const
{
    const QMutexLocker lock(&m_mutex);
    return m_stopped;
}

void CheckStopper::attach(void* sqliteHandle)
{
    const QMutexLocker lock(&m_mutex);
    m_handle = sqliteHandle;
    if (m_handle && m_stopped) {
        sqlite3_interrupt(static_cast<sqlite3*>(m_handle)); // stopped before it began
    }
}

Error Database::quickCheck(const QString& path, CheckStopper* stopper)
{
    if (isServerLocation(path)) {
        return {}; // a server checks its own pages
    }
    auto probed = probe(path, true, stopper);
    return probed ? Error() : probed.error();
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName("main"))
{
    const QMutexLocker lock(&openPathsMutex);
    openPaths.append(m_path);
}

Database::~Database()
{
    {
        const QMutexLocker lock(&openPathsMutex);
        openPaths.removeOne(m_path);
    }
    m_sortKey.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Keeps the planner's statistics current as the data grows, but only after this connection
            // wrote: a reader (a command that lists or searches) leaves at once. The analysis limit is
            // SQLite's advice for optimize: a sample of each index rather than all of it, so that quitting
            // after a large import takes a moment, not seconds.
            sqlite3* handle = nativeHandle(db);
            if (handle && sqlite3_total_changes(handle) > 0) {
                sql::run(db, QStringLiteral("PRAGMA analysis_limit = 400"));
                sql::run(db, QStringLiteral("PRAGMA optimize"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isOpenDatabaseFile(const QString& path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    struct stat target = {};
    const bool exists = ::stat(QFile::encodeName(absolute).constData(), &target) == 0;
    const QMutexLocker lock(&openPathsMutex);
    for (const QString& open : std::as_const(openPaths)) {
        for (const char* suffix : companionSuffixes) {
            const QString companion = open + QLatin1String(suffix);
            if (QDir::cleanPath(companion) == absolute) {
                return true;
            }
            struct stat file = {};
            if (exists && ::stat(QFile::encodeName(companion).constData(), &file) == 0
                && file.st_dev == target.st_dev && file.st_ino == target.st_ino) {
                return true;
            }
        }
    }
    return false;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

const SqlDialect& Database::dialect() const
{
    return m_server ? SqlDialect::postgres() : SqlDialect::sqlite();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    if (path.isEmpty()) {
        return Error::usage(QCoreApplication::translate("tandem::Database", "No database file was named."));
    }
    if (isServerLocation(path)) {
        return openServer(path, options);
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QByteArray encoded = QFile::encodeName(absolute);
    bool created = false;
    int version = 0;
    struct stat link = {};
    struct stat file = {};
    if (::lstat(encoded.constData(), &link) != 0) {
        if (!options.create) {
            return Error::notFound(
                QCoreApplication::translate("tandem::Database", "There is no database at %1.").arg(path));
        }
        if (!QFileInfo::exists(info.absolutePath())) {
            if (!options.createFolders) {
                return Error::notFound(QCoreApplication::translate("tandem::Database",
                    "There is no folder %1 for the database %2; check the name, or create it with init.")
                                           .arg(info.absolutePath(), path));
            }
            if (!QDir().mkpath(info.absolutePath())) {
                return Error::database(
                    QCoreApplication::translate("tandem::Database", "Cannot create the folder %1.")
                        .arg(info.absolutePath()));
            }
        }
        if (Error error = createPrivateFile(absolute)) {
            return error;
        }
        created = true;
    } else if (::stat(encoded.constData(), &file) != 0) {
        return Error::database(
            QCoreApplication::translate("tandem::Database", "%1 is a link to nothing; name a database file.")
                .arg(path));
    } else if (S_ISDIR(file.st_mode)) {
        return Error::database(
            QCoreApplication::translate("tandem::Database", "%1 is a folder, not a database file.")
                .arg(path));
    } else if (!S_ISREG(file.st_mode)) {
        return Error::database(QCoreApplication::translate("tandem::Database",
            "%1 is not a file (it is a device, a pipe or a socket); name a database file.")
                                   .arg(path));
    } else {
        // An empty file is about to receive the whole customer list: only one that is the user's own,
        // reached by no link and private already, so that nobody else holds it open to read it later.
        if (file.st_size == 0
            && (S_ISLNK(link.st_mode) || file.st_uid != ::geteuid() || (file.st_mode & 077) != 0)) {
            return Error::database(QCoreApplication::translate("tandem::Database",
                "%1 is an empty file that others can read or that is not yours, so Tandem will not put "
                "data in it; remove it or choose a new name.")
                                       .arg(path));
        }
        // An empty main file can still hold a database in its -wal (another copy of Tandem has it open
        // and has not copied it back yet), so even then SQLite is asked.
        auto probed = probe(absolute, options.quickCheck && file.st_size > 0);
        if (!probed) {
            return probed.error();
        }
        version = probed->version;
        created = version == 0;
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
    }
    if (Error error = database->bringUpToDate(options, target)) {
        return error;
    }
    return database;
}

Error Database::bringUpToDate(const Options& options, int target)
{
    if (m_schemaVersion < target) {
        // Steps that write names (version 5 writes every sort key again) need the collation first.
        if (Error error = loadCollation(options.collation)) {
            return error;
        }
        if (Error error = migrate(options.migrations, target)) {
            return error;
        }
    }
    return loadCollation(options.collation);
}

Error Database::connect(int busyTimeoutMs)
{
    m_busyTimeoutMs = busyTimeoutMs;
    if (m_server) {
        return connectServer(busyTimeoutMs);
    }
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
    QStringList statements(std::begin(pragmas), std::end(pragmas));
    const qint64 bytes = fileSize(m_path);
    statements << dialect().readTuning(bytes);
    m_pageCacheMegabytes = SqlDialect::pageCacheMegabytesFor(bytes);
    for (const QString& pragma : std::as_const(statements)) {
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
        for (const QString& statement : dialect().setSchemaVersion(migration.version, m_schemaVersion == 0)) {
            if (auto result = sql::run(connection(), statement); !result) {
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
    m_collation = collation;
    return {};
}

const SortKey& Database::sortKey() const
{
    // Made when first asked for: opening ICU's collation data is work a command that only reads never
    // needs.
    if (!m_sortKey) {
        m_sortKey = std::make_unique<SortKey>(m_collation);
    }
    return *m_sortKey;
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
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                       "excluded.value"),
        { key, value });
    return result ? Error() : result.error();
}

namespace {

// A new file beside `target`, created exclusively and mode 0600, for a copy to be written into and then
// given the target's name.
Result<QString> createTemporaryBeside(const QString& target)
{
    const QFileInfo info(target);
    QByteArray pattern = QFile::encodeName(
        QDir(info.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0) {
        return Error::badInput(QCoreApplication::translate("tandem::Database", "Cannot write %1: %2.")
                                   .arg(target, QString::fromLocal8Bit(strerror(errno))));
    }
    ::close(fd);
    return QFile::decodeName(pattern);
}

// Gives `temporary` the name `target` unless that name exists (link(2) never replaces anything), and
// removes the temporary name.
Error publish(const QString& temporary, const QString& target)
{
    const QByteArray from = QFile::encodeName(temporary);
    const int linked = ::link(from.constData(), QFile::encodeName(target).constData());
    const int error = errno;
    ::unlink(from.constData());
    if (linked == 0) {
        return {};
    }
    if (error == EEXIST) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Database", "%1 already exists; choose a new file name for the backup.")
                                   .arg(target));
    }
    return Error::database(QCoreApplication::translate("tandem::Database", "Cannot write %1: %2.")
                               .arg(target, QString::fromLocal8Bit(strerror(error))));
}

// Copies the database `source` has open into the new file `target` through SQLite's backup API.
int copyDatabase(sqlite3* source, const QString& target)
{
    sqlite3* destination = nullptr;
    int status = sqlite3_open_v2(QFile::encodeName(target).constData(), &destination,
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (status == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
        status = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(destination);
        if (backup) {
            sqlite3_backup_finish(backup);
        }
        status = status == SQLITE_DONE ? SQLITE_OK : status;
    }
    if (sqlite3_close(destination) != SQLITE_OK && status == SQLITE_OK) {
        status = SQLITE_IOERR;
    }
    return status;
}

} // namespace

Error Database::backupTo(const QString& file) const
{
    if (m_server) {
        return serverHasNoFileCopies();
    }
    const QFileInfo info(file);
    const QString target = info.absoluteFilePath();
    struct stat existing = {};
    if (::lstat(QFile::encodeName(target).constData(), &existing) == 0) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Database", "%1 already exists; choose a new file name for the backup.")
                                   .arg(file));
    }
    if (!QFileInfo::exists(info.absolutePath())) {
        return Error::badInput(QCoreApplication::translate("tandem::Database",
            "There is no folder %1; create it first or choose another place for the backup.")
                                   .arg(info.absolutePath()));
    }
    auto temporary = createTemporaryBeside(target);
    if (!temporary) {
        return temporary.error();
    }
    auto result = sql::run(connection(), QStringLiteral("VACUUM INTO ?"), { *temporary });
    if (!result) {
        ::unlink(QFile::encodeName(*temporary).constData());
        return result.error();
    }
    return publish(*temporary, target);
}

Error Database::checkBackup(const QString& file)
{
    auto version = backupVersion(file);
    return version ? Error() : version.error();
}

Result<int> Database::backupVersion(const QString& file)
{
    const QFileInfo info(file);
    if (!info.exists()) {
        return Error::notFound(
            QCoreApplication::translate("tandem::Database", "There is no backup at %1.").arg(file));
    }
    if (!info.isFile()) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Database", "%1 is not a Tandem backup (it is not a file).")
                .arg(file));
    }
    if (isOpenDatabaseFile(file)) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Database", "%1 is the open database itself, not a backup of it.")
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
    return probed->version;
}

Error Database::restoreFrom(const QString& file, QString* safetyCopy)
{
    if (m_server) {
        return serverHasNoFileCopies();
    }
    // One look at the backup (its integrity check reads the whole file) gives both the verdict and the
    // schema version.
    auto backupSchema = backupVersion(file);
    if (!backupSchema) {
        return backupSchema.error();
    }
    const QString source = QFileInfo(file).absoluteFilePath();
    sqlite3* destination = nativeHandle(connection());
    sqlite3* backupFile = nullptr;
    if (!destination
        || sqlite3_open_v2(QFile::encodeName(source).constData(), &backupFile, SQLITE_OPEN_READONLY, nullptr)
            != SQLITE_OK) {
        sqlite3_close(backupFile);
        return Error::database(QCoreApplication::translate("tandem::Database", "Cannot read %1.").arg(file));
    }
    sqlite3_busy_timeout(backupFile, 5000);
    const QString busyText = QCoreApplication::translate("tandem::Database",
        "Another copy of Tandem is using this database; close it and restore again. Nothing was changed.");
    sqlite3_backup* backup = sqlite3_backup_init(destination, "main", backupFile, "main");
    if (!backup) {
        sqlite3_close(backupFile);
        return Error::database(busyText);
    }
    // A step of no pages takes the destination's write lock (waiting as the busy timeout allows) and keeps
    // it until the backup finishes: from here on nobody else can commit, so the safety copy below holds
    // everything the restore replaces.
    int status = sqlite3_backup_step(backup, 0);
    auto finish = [&](const Error& error) {
        sqlite3_backup_finish(backup);
        sqlite3_close(backupFile);
        return error;
    };
    if (status != SQLITE_OK && status != SQLITE_DONE) {
        return finish(status == SQLITE_BUSY || status == SQLITE_LOCKED
                ? Error::database(busyText)
                : Error::database(QCoreApplication::translate(
                    "tandem::Database", "Restoring from %1 failed (%2); the database was left as it was.")
                                      .arg(file, QString::fromUtf8(sqlite3_errstr(status)))));
    }
    // The copy reads through a connection of its own: the destination's is the backup's while it runs.
    const QString copy = QStringLiteral("%1.before-restore-%2.backup")
                             .arg(m_path, Clock::nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    sqlite3* current = nullptr;
    Error copyError;
    auto temporary = createTemporaryBeside(copy);
    if (!temporary) {
        copyError = temporary.error();
    } else {
        int copied
            = sqlite3_open_v2(QFile::encodeName(m_path).constData(), &current, SQLITE_OPEN_READONLY, nullptr);
        if (copied == SQLITE_OK) {
            copied = copyDatabase(current, *temporary);
        }
        sqlite3_close(current);
        if (copied != SQLITE_OK) {
            ::unlink(QFile::encodeName(*temporary).constData());
            copyError = Error::database(QString::fromUtf8(sqlite3_errstr(copied)));
        } else {
            copyError = publish(*temporary, copy);
        }
    }
    if (copyError) {
        return finish(Error::database(QCoreApplication::translate(
            "tandem::Database", "Could not keep a copy of the current data, so nothing was restored: %1")
                                          .arg(copyError.message)));
    }
    if (safetyCopy) {
        *safetyCopy = copy;
    }
    status = sqlite3_backup_step(backup, -1);
    finish({});
    if (status != SQLITE_DONE) {
        return Error::database(status == SQLITE_BUSY || status == SQLITE_LOCKED
                ? busyText
                : QCoreApplication::translate(
                    "tandem::Database", "Restoring from %1 failed (%2); the database was left as it was.")
                      .arg(file, QString::fromUtf8(sqlite3_errstr(status))));
    }
    m_schemaVersion = *backupSchema;
    if (m_schemaVersion < latestVersion()) {
        if (Error error = migrate(standardMigrations(), latestVersion())) {
            return error;
        }
    }
    return loadCollation(QString());
}

} // namespace tandem
