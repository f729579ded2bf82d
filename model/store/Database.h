#pragma once

#include "Error.h"

#include <QMutex>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <vector>

namespace tandem {

class Database;
class SortKey;

// Lets another thread end a running Database::quickCheck early, when the window that asked for it closes:
// the check's connection is interrupted (sqlite3_interrupt, which is safe from any thread).
class CheckStopper
{
public:
    void stop();
    bool stopped() const;
    // The check's connection, while it runs (nullptr: none).
    void attach(void* sqliteHandle);

private:
    mutable QMutex m_mutex;
    void* m_handle = nullptr;
    bool m_stopped = false;
};
class SqlDialect;

// One step of the schema: run inside its own transaction, it brings the database to `version`.
struct Migration
{
    int version = 0;
    std::function<Error(Database&)> apply;
};

// An open Tandem database file: refuses what is not one, upgrades what is older, and owns the
// connection every store works through.
//
// The one rule of the file: while a connection to it may be open in this process, nothing but SQLite opens
// the database file, its -wal or its -shm. POSIX locks belong to the process, and closing any descriptor of
// the file drops them all; another process then believes it holds the last connection and deletes the WAL
// under this one (SQLite's "How To Corrupt An SQLite Database File", 2.2). So the header is read through
// SQLite, file checks use stat(2) only, and every file Tandem writes refuses these names (ExportFile).
class Database
{
public:
    static constexpr int applicationId = 0x54616e64; // "Tand" in the SQLite header

    struct Options
    {
        bool create = true; // create the file when it does not exist
        bool createFolders = true; // and the folders it would be in (a typo should not make folders)
        bool quickCheck = true; // run PRAGMA quick_check before trusting an existing file
        QString collation; // sort language of a new database; empty: the system locale
        int busyTimeoutMs = 5000; // how long to wait for another copy of Tandem that is writing
        // A team server's password; empty: libpq's own PGPASSWORD or ~/.pgpass. Never stored by the model.
        QString password;
        std::vector<Migration> migrations = standardMigrations();
    };

    // `path` is a database file, or a team server as postgresql://USER@HOST:PORT/DBNAME (see ServerAddress).
    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options()); }
    static std::vector<Migration> standardMigrations();
    // Runs PRAGMA quick_check on its own read-only connection, so it can run on a worker thread while the
    // window already shows the data; takes seconds on a large file.
    // Setting `stop` ends the check early, which is then no error (nothing was found, nothing checked).
    static Error quickCheck(const QString& path, CheckStopper* stopper = nullptr);
    // What backup and restore say on a team server.
    static Error serverHasNoFileCopies();
    static int latestVersion();
    // Whether `path` is the file of a database open in this process, or its -wal, -shm or -journal: the
    // same name, or the same file through another name or a link.
    static bool isOpenDatabaseFile(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // The file, or the team server's address without a password.
    QString path() const { return m_path; }
    // Whether `location` names a team server (postgresql:// or postgres://) rather than a file.
    static bool isServerLocation(const QString& location);
    // Whether this is a shared team server rather than a file of one's own.
    bool isServer() const { return m_server; }
    // The login signed in to the team server; empty for a file.
    QString login() const { return m_login; }
    int schemaVersion() const { return m_schemaVersion; }
    bool wasCreated() const { return m_created; }
    // Where the copy taken before the last upgrade went; empty when nothing was upgraded.
    QString upgradeBackupPath() const { return m_upgradeBackupPath; }
    // The collation of this database's names; not thread-safe (each thread opens its own Database).
    const SortKey& sortKey() const;
    const SqlDialect& dialect() const;
    // The page cache this connection reads with (SqlDialect::readTuning), which bulk work that enlarges
    // it for a while returns to.
    int pageCacheMegabytes() const { return m_pageCacheMegabytes; }

    // Who is writing, for the audit log: a staff member's name or the login name.
    QString actor() const { return m_actor; }
    // The colleague writing, when known: a request's history credits each step to a party.
    qint64 actorParty() const { return m_actorParty; }
    void setActor(const QString& actor, qint64 party = 0)
    {
        m_actor = actor;
        m_actorParty = party;
    }

    // A consistent copy of the live database (VACUUM INTO) written to a new temporary file created mode 0600
    // and then given its name; refuses a name that exists (a file, a link, a device), and leaves nothing
    // behind when it fails.
    Error backupTo(const QString& file) const;
    // Checks that `file` is a Tandem backup this version can read, without changing anything.
    static Error checkBackup(const QString& file);
    // Replaces the contents with a backup file, after keeping a copy of the current contents beside it.
    // The write lock is taken first and held through the copy and the restore, so that nothing another
    // process commits meanwhile is lost without being in the copy.
    Error restoreFrom(const QString& file, QString* safetyCopy = nullptr);

    // Opens the connection again after a team server was lost (Error::disconnected); nothing is pending,
    // since every write was one transaction that the server rolled back.
    Error reconnect();

    QString metaValue(const QString& key) const;
    Error setMetaValue(const QString& key, const QString& value);

private:
    friend class Transaction;
    explicit Database(QString path);
    static Result<std::unique_ptr<Database>> openServer(const QString& location, const Options& options);
    Error connect(int busyTimeoutMs);
    Error connectServer(int busyTimeoutMs);
    Error migrate(const std::vector<Migration>& migrations, int targetVersion);
    // Runs the steps up to `target` that are missing, and reads the collation names sort by.
    Error bringUpToDate(const Options& options, int target);
    // The schema version of a backup that checkBackup() accepts.
    static Result<int> backupVersion(const QString& file);
    Error loadCollation(const QString& wanted);

    QString m_path;
    QString m_connectionName;
    QString m_login;
    QString m_password; // kept in memory only, for reconnecting
    bool m_server = false;
    QString m_actor;
    qint64 m_actorParty = 0;
    QString m_upgradeBackupPath;
    int m_schemaVersion = 0;
    bool m_created = false;
    int m_transactionDepth = 0;
    int m_pageCacheMegabytes = 0;
    int m_busyTimeoutMs = 0; // as opened, for reconnecting
    bool m_rollbackOnly = false;
    QString m_collation;
    mutable std::unique_ptr<SortKey> m_sortKey;
};

} // namespace tandem
