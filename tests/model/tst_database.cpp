#include "Database.h"
#include "EntityStore.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace tandem;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static int modeOf(const QString& path)
    {
        struct stat info
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
    }

    // Changes a file behind Tandem's back, through a plain SQLite connection.
    static void rawExec(const QString& path, const QStringList& statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            for (const QString& statement : statements) {
                QSqlQuery query(db);
                QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void migratesAnEmptyFile()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
        QVERIFY(db->wasCreated());
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("PRAGMA user_version"))->toInt(),
            Database::latestVersion());
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("PRAGMA application_id"))->toInt(),
            Database::applicationId);
        for (const char* table : { "parties", "departments", "staff", "internal_links", "accounts",
                 "segment_changes", "contacts", "interactions", "purchases", "service_requests",
                 "request_events", "handovers", "handover_items", "audit_log", "search_index" }) {
            auto found = sql::scalar(db->connection(),
                QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"),
                { QString::fromLatin1(table) });
            QVERIFY2(found && found->toInt() == 1, table);
        }
    }

    void migratesAnEmptyExistingFile()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("empty.db")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(empty.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        auto db = test::openIn(dir, QStringLiteral("empty.db"));
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::latestVersion());
    }

    // An empty file others can read, or reached through a link, would hand the customer list to whoever
    // made it: it is refused and left as it was.
    void refusesAnEmptyFileOthersCanRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(empty.setPermissions(
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::WriteOther));
        auto refused = Database::open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("others can read")),
            qPrintable(refused.error().message));
        QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        QFile privateFile(dir.filePath(QStringLiteral("private.db")));
        QVERIFY(privateFile.open(QIODevice::WriteOnly));
        privateFile.close();
        QVERIFY(privateFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        const QString link = dir.filePath(QStringLiteral("link.db"));
        QVERIFY(QFile::link(privateFile.fileName(), link));
        QVERIFY(!Database::open(link));
        QCOMPARE(privateFile.size(), 0);
    }

    void setsPragmasOnEveryConnection()
    {
        QTemporaryDir dir;
        for (int round = 0; round < 2; ++round) {
            auto db = test::openIn(dir);
            QVERIFY(db);
            const QSqlDatabase c = db->connection();
            QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
            QCOMPARE(
                sql::scalar(c, QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
            QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
            QCOMPARE(sql::scalar(c, QStringLiteral("PRAGMA busy_timeout"))->toInt(), 5000);
        }
    }

    void createsPrivateFiles()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir, QStringLiteral("sub/dir/private.db"));
        QVERIFY(db);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("sub/dir/private.db"))), 0600);
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("sub/dir/private.db-wal"))), 0600);
        QVERIFY(!db->backupTo(dir.filePath(QStringLiteral("copy.db"))));
        QCOMPARE(modeOf(dir.filePath(QStringLiteral("copy.db"))), 0600);
    }

    void refusesANewerDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        QVERIFY(test::openIn(dir, QStringLiteral("newer.db")));
        rawExec(path, { QStringLiteral("PRAGMA user_version = 99") });
        const QByteArray before = test::fileBytes(path);
        QVERIFY(!before.isEmpty());
        auto refused = Database::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Database);
        QVERIFY2(refused.error().message.contains(QStringLiteral("newer version of Tandem")),
            qPrintable(refused.error().message));
        QCOMPARE(test::fileBytes(path), before);
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("customers.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,phone\nAcme,123\n");
        file.close();
        const QByteArray before = test::fileBytes(path);
        auto refused = Database::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Database);
        QVERIFY(refused.error().message.contains(QStringLiteral("not a Tandem database")));
        QCOMPARE(test::fileBytes(path), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        rawExec(path,
            { QStringLiteral("CREATE TABLE notes (body TEXT)"),
                QStringLiteral("INSERT INTO notes VALUES ('hello')") });
        const QByteArray before = test::fileBytes(path);
        auto refused = Database::open(path);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("another program")));
        QCOMPARE(test::fileBytes(path), before);
    }

    void refusesACorruptFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        {
            auto db = test::openIn(dir, QStringLiteral("corrupt.db"));
            QVERIFY(db);
            EntityStore store(*db);
            for (int i = 0; i < 300; ++i) {
                QVERIFY(store.add(entities::department(),
                    { { QStringLiteral("name"), QStringLiteral("Department %1").arg(i) } }));
            }
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        // Scribble over pages in the middle: b-tree pages the integrity check reads.
        file.seek(3 * 4096);
        file.write(QByteArray(4 * 4096, '\xa5'));
        file.close();
        const QByteArray before = test::fileBytes(path);
        auto refused = Database::open(path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Database);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("damaged")), qPrintable(refused.error().message));
        QCOMPARE(test::fileBytes(path), before);
        QVERIFY(Database::quickCheck(path));
        CheckStopper running;
        QVERIFY(Database::quickCheck(path, &running));
    }

    // A check told to stop (the window is closing) ends at once without a verdict, not with a false alarm.
    void aStoppedCheckRaisesNoAlarm()
    {
        QTemporaryDir dir;
        {
            auto db = test::openIn(dir, QStringLiteral("sound.db"));
            QVERIFY(db);
            EntityStore store(*db);
            for (int i = 0; i < 300; ++i) {
                QVERIFY(store.add(entities::department(),
                    { { QStringLiteral("name"), QStringLiteral("Department %1").arg(i) } }));
            }
        }
        CheckStopper stopper;
        stopper.stop();
        QVERIFY(!Database::quickCheck(dir.filePath(QStringLiteral("sound.db")), &stopper));
        QVERIFY(!Database::quickCheck(dir.filePath(QStringLiteral("sound.db"))));
    }

    void rejectsForeignKeyViolations()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(db);
        auto insert = sql::run(db->connection(),
            QStringLiteral("INSERT INTO contacts (account_id, name) VALUES (?, ?)"),
            { 4242, QStringLiteral("Nobody") });
        QVERIFY(!insert);
        QCOMPARE(insert.error().kind, ErrorKind::BadInput);
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM contacts"))->toInt(), 0);
    }

    void upgradesWithABackupFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto db = test::openIn(dir, QStringLiteral("old.db"));
            QVERIFY(db);
            QVERIFY(EntityStore(*db).add(
                entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } }));
        }
        Database::Options options;
        options.migrations.push_back(
            { Database::latestVersion() + 1, [](Database& db) -> Error {
                 auto result = sql::run(db.connection(), QStringLiteral("CREATE TABLE extra (x INTEGER)"));
                 return result ? Error() : result.error();
             } });
        auto upgraded = Database::open(path, options);
        QVERIFY2(upgraded, qPrintable(upgraded.error().message));
        QCOMPARE((*upgraded)->schemaVersion(), Database::latestVersion() + 1);
        const QString backup = (*upgraded)->upgradeBackupPath();
        QVERIFY(QFile::exists(backup));
        QCOMPARE(modeOf(backup), 0600);
        auto copy = Database::open(backup);
        QVERIFY2(copy, qPrintable(copy.error().message));
        QCOMPARE((*copy)->schemaVersion(), Database::latestVersion());
        QCOMPARE(
            sql::scalar((*copy)->connection(), QStringLiteral("SELECT name FROM departments"))->toString(),
            QStringLiteral("Sales"));
    }

    void upgradesAVersionOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            Database::Options first;
            first.migrations = { Database::standardMigrations().front() };
            auto db = Database::open(path, first);
            QVERIFY(db);
            QCOMPARE((*db)->schemaVersion(), 1);
            // Written as version 1 wrote accounts, without the match keys.
            QVERIFY(sql::run((*db)->connection(),
                QStringLiteral("INSERT INTO parties (id, kind, display_name, created_at, updated_at) VALUES "
                               "(7, 'account', 'Acme', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
            QVERIFY(sql::run((*db)->connection(),
                QStringLiteral("INSERT INTO accounts (party_id, name, city, phone) VALUES (7, 'Acme', "
                               "'Leeds', '0113 496 0000')")));
        }
        auto upgraded = Database::open(path);
        QVERIFY2(upgraded, qPrintable(upgraded.error().message));
        QCOMPARE((*upgraded)->schemaVersion(), Database::latestVersion());
        QVERIFY(QFile::exists((*upgraded)->upgradeBackupPath()));
        QCOMPARE(sql::scalar((*upgraded)->connection(),
                     QStringLiteral("SELECT match_phone FROM accounts WHERE party_id = 7"))
                     ->toString(),
            QStringLiteral("1134960000"));
        // Version 7: every record people edit starts counting its changes at 1.
        QCOMPARE(sql::scalar((*upgraded)->connection(),
                     QStringLiteral("SELECT version FROM accounts WHERE party_id = 7"))
                     ->toInt(),
            1);
    }

    void aFailedMigrationChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        QVERIFY(test::openIn(dir, QStringLiteral("old.db")));
        Database::Options options;
        options.migrations.push_back(
            { Database::latestVersion() + 1, [](Database& db) -> Error {
                 auto result = sql::run(db.connection(), QStringLiteral("CREATE TABLE half (x INTEGER)"));
                 Q_UNUSED(result);
                 return Error::database(QStringLiteral("disk on fire"));
             } });
        auto failed = Database::open(path, options);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QStringLiteral("disk on fire")));
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->schemaVersion(), Database::latestVersion());
        QCOMPARE(sql::scalar((*reopened)->connection(),
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half'"))
                     ->toInt(),
            0);
    }

    void transactionsAreAllOrNothing()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(db);
        const auto count = [&] {
            return sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM departments"))->toInt();
        };
        {
            Transaction outer(*db);
            QVERIFY(!outer.error());
            QVERIFY(EntityStore(*db).add(
                entities::department(), { { QStringLiteral("name"), QStringLiteral("A") } }));
            // Not committed: rolled back when it goes out of scope.
        }
        QCOMPARE(count(), 0);
        {
            Transaction outer(*db);
            QVERIFY(EntityStore(*db).add(
                entities::department(), { { QStringLiteral("name"), QStringLiteral("B") } }));
            {
                Transaction inner(*db);
                // Abandoned inner work poisons the outer transaction.
            }
            QVERIFY(outer.commit());
        }
        QCOMPARE(count(), 0);
    }

    void aSecondCopyWritingIsNamedPlainly()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.busyTimeoutMs = 100;
        auto first = test::openIn(dir, QStringLiteral("shared.db"), options);
        auto second = test::openIn(dir, QStringLiteral("shared.db"), options);
        QVERIFY(first && second);
        Transaction holding(*first);
        QVERIFY(!holding.error());
        auto blocked = EntityStore(*second).add(
            entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().kind, ErrorKind::Database);
        QVERIFY2(blocked.error().message.contains(QStringLiteral("Another copy of Tandem is writing")),
            qPrintable(blocked.error().message));
        QVERIFY(!blocked.error().message.contains(QStringLiteral("locked")));
        QVERIFY(!holding.commit());
        QVERIFY(EntityStore(*second).add(
            entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } }));
    }

    void backsUpAndRestores()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(db);
        EntityStore store(*db);
        QVERIFY(store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Kept") } }));
        const QString backup = dir.filePath(QStringLiteral("backup.db"));
        QVERIFY(!db->backupTo(backup));
        QCOMPARE(db->backupTo(backup).kind, ErrorKind::BadInput); // never overwrites
        QVERIFY(store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Later") } }));
        QString kept;
        const Error restored = db->restoreFrom(backup, &kept);
        QVERIFY2(!restored, qPrintable(restored.message));
        QVERIFY(QFile::exists(kept));
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT group_concat(name) FROM departments"))
                     ->toString(),
            QStringLiteral("Kept"));
        QCOMPARE(db->restoreFrom(dir.filePath(QStringLiteral("missing.db"))).kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
