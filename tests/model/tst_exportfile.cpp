#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "ExportFile.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tandem;

Q_DECLARE_METATYPE(ExportFile::Existing)

// The one writer of every file Tandem writes for a person: whole or not at all, private, and never onto
// the open database, a device, a pipe or through a link.
class TestExportFile : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }

    // Everything in the folder, hidden names included: a temporary ".NAME.XXXXXX" left behind shows here.
    QStringList entries() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    QStringList temporaries() const
    {
        QStringList hidden;
        for (const QString& name : entries()) {
            if (name.startsWith(QLatin1Char('.'))) {
                hidden << name;
            }
        }
        return hidden;
    }

    static struct stat statusOf(const QString& file)
    {
        struct stat status = {};
        if (::lstat(QFile::encodeName(file).constData(), &status) != 0) {
            status.st_mode = 0;
        }
        return status;
    }

    // Inode, size and modification time of each file: whether anything touched them.
    static QStringList signatures(const QStringList& files)
    {
        QStringList result;
        for (const QString& file : files) {
            const struct stat status = statusOf(file);
            result << QStringLiteral("%1 %2 %3 %4.%5")
                          .arg(file)
                          .arg(status.st_ino)
                          .arg(status.st_size)
                          .arg(status.st_mtim.tv_sec)
                          .arg(status.st_mtim.tv_nsec);
        }
        return result;
    }

    static mode_t modeOf(const QString& file) { return statusOf(file).st_mode & 07777; }

    static QByteArray bytes(qsizetype size)
    {
        QByteArray data(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i) {
            data[i] = char(i * 7 % 251); // NULs and high bytes included
        }
        return data;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // Several buffers' worth in many writes, under a umask that would make a plain file world-readable.
    void aWrittenFileAppearsWholeAndPrivate()
    {
        const mode_t previous = ::umask(022);
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        const QString target = path("report.csv");
        const QByteArray data = bytes(1024 * 1024 + 123);
        ExportFile file(target);
        const Error begun = file.begin();
        QVERIFY2(!begun, qPrintable(begun.message));
        for (qsizetype at = 0; at < data.size(); at += 10000) {
            const QByteArray part = data.mid(at, 10000);
            QCOMPARE(file.write(part), qint64(part.size()));
        }
        // While it is being written the name is not there yet: nobody sees half a file.
        QVERIFY(!QFileInfo::exists(target));
        const QStringList writing = temporaries();
        QCOMPARE(writing.size(), 1);
        QVERIFY2(writing.first().startsWith(QStringLiteral(".report.csv.")), qPrintable(writing.first()));
        QCOMPARE(writing.first().size(), QStringLiteral(".report.csv.XXXXXX").size());
        QCOMPARE(modeOf(m_dir->filePath(writing.first())), mode_t(0600));

        const Error committed = file.commit();
        QVERIFY2(!committed, qPrintable(committed.message));
        QVERIFY(!file.failure());
        QCOMPARE(file.path(), target);
        QCOMPARE(test::fileBytes(target), data);
        QCOMPARE(modeOf(target), mode_t(0600));
        QCOMPARE(entries(), QStringList { QStringLiteral("report.csv") });
    }

    void cancelledWritesLeaveNothing_data()
    {
        QTest::addColumn<bool>("existing"); // an earlier file under the name
        QTest::addColumn<bool>("destroy"); // dropped by the destructor rather than cancel()
        QTest::newRow("cancel, new name") << false << false;
        QTest::newRow("destroyed, new name") << false << true;
        QTest::newRow("cancel over a file") << true << false;
        QTest::newRow("destroyed over a file") << true << true;
    }

    void cancelledWritesLeaveNothing()
    {
        QFETCH(bool, existing);
        QFETCH(bool, destroy);
        const QString target = path("contacts.vcf");
        if (existing) {
            QVERIFY(test::writeFile(target, "the earlier export"));
        }
        const QStringList before = entries();
        {
            ExportFile file(target);
            QVERIFY(!file.begin());
            QCOMPARE(file.write(bytes(300 * 1024)), qint64(300 * 1024)); // past one buffer: on disk already
            QCOMPARE(temporaries().size(), 1);
            if (!destroy) {
                file.cancel();
                QCOMPARE(entries(), before);
                // Nothing is left to commit.
                QVERIFY(file.commit());
                QCOMPARE(entries(), before);
            }
        }
        QCOMPARE(entries(), before);
        QCOMPARE(QFileInfo::exists(target), existing);
        if (existing) {
            QCOMPARE(test::fileBytes(target), QByteArray("the earlier export"));
        }
    }

    void replaceOverAFile()
    {
        const QString target = path("accounts.csv");
        QVERIFY(test::writeFile(target, "the earlier export, longer than the new one"));
        QVERIFY(QFile::setPermissions(target, QFileDevice::Permissions(0x6644)));
        const Error written = ExportFile::writeWhole(target, "new", ExportFile::Existing::Replace);
        QVERIFY2(!written, qPrintable(written.message));
        QCOMPARE(test::fileBytes(target), QByteArray("new"));
        QCOMPARE(modeOf(target), mode_t(0600));
        QCOMPARE(entries(), QStringList { QStringLiteral("accounts.csv") });
    }

    // A link the person named is replaced as a link: the file it pointed to is never written through.
    void replaceOverALinkReplacesTheLink()
    {
        const QString victim = path("victim.txt");
        QVERIFY(test::writeFile(victim, "keep me"));
        const QString link = path("planted.csv");
        QVERIFY(QFile::link(victim, link));
        const Error written = ExportFile::writeWhole(link, "exported", ExportFile::Existing::Replace);
        QVERIFY2(!written, qPrintable(written.message));
        QVERIFY(S_ISREG(statusOf(link).st_mode));
        QCOMPARE(test::fileBytes(link), QByteArray("exported"));
        QCOMPARE(modeOf(link), mode_t(0600));
        QCOMPARE(test::fileBytes(victim), QByteArray("keep me"));
        QCOMPARE(entries(), (QStringList { QStringLiteral("planted.csv"), QStringLiteral("victim.txt") }));
    }

    void refuseKeepsAnExistingFile()
    {
        const QString target = path("backup.json");
        QVERIFY(test::writeFile(target, "keep"));
        const Error refused = ExportFile::writeWhole(target, "new", ExportFile::Existing::Refuse);
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY2(refused.message.contains(QStringLiteral("already exists")), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(target), qPrintable(refused.message));
        QCOMPARE(test::fileBytes(target), QByteArray("keep"));
        QCOMPARE(entries(), QStringList { QStringLiteral("backup.json") });

        // A name taken between begin() and commit() is refused as well, and what took it stays.
        const QString raced = path("raced.json");
        ExportFile file(raced, ExportFile::Existing::Refuse);
        QVERIFY(!file.begin());
        file.write("mine");
        QVERIFY(test::writeFile(raced, "theirs"));
        const Error late = file.commit();
        QCOMPARE(late.kind, ErrorKind::BadInput);
        QVERIFY2(late.message.contains(QStringLiteral("already exists")), qPrintable(late.message));
        QCOMPARE(test::fileBytes(raced), QByteArray("theirs"));
        QCOMPARE(entries(), (QStringList { QStringLiteral("backup.json"), QStringLiteral("raced.json") }));

        // A free name is written.
        const QString fresh = path("fresh.json");
        QVERIFY(!ExportFile::writeWhole(fresh, "new", ExportFile::Existing::Refuse));
        QCOMPARE(test::fileBytes(fresh), QByteArray("new"));
        QCOMPARE(modeOf(fresh), mode_t(0600));
    }

    void newNameTakesTheNextFreeName_data()
    {
        QTest::addColumn<bool>("danglingLink"); // the name is taken by a link to nothing, else by a file
        QTest::newRow("a file") << false;
        QTest::newRow("a dangling link") << true;
    }

    void newNameTakesTheNextFreeName()
    {
        QFETCH(bool, danglingLink);
        const QString taken = path("brief.pdf");
        const QString nowhere = path("nowhere.pdf");
        if (danglingLink) {
            QVERIFY(QFile::link(nowhere, taken));
        } else {
            QVERIFY(test::writeFile(taken, "the first briefing"));
        }
        ExportFile second(taken, ExportFile::Existing::NewName);
        QVERIFY(!second.begin());
        second.write("the second briefing");
        const Error written = second.commit();
        QVERIFY2(!written, qPrintable(written.message));
        QCOMPARE(second.path(), path("brief-2.pdf"));
        QCOMPARE(test::fileBytes(path("brief-2.pdf")), QByteArray("the second briefing"));
        QCOMPARE(modeOf(path("brief-2.pdf")), mode_t(0600));

        ExportFile third(taken, ExportFile::Existing::NewName);
        QVERIFY(!third.begin());
        third.write("the third briefing");
        QVERIFY(!third.commit());
        QCOMPARE(third.path(), path("brief-3.pdf"));
        QCOMPARE(test::fileBytes(path("brief-3.pdf")), QByteArray("the third briefing"));

        // What held the name is as it was: the link still points to nothing, the file still holds its text.
        if (danglingLink) {
            QVERIFY(S_ISLNK(statusOf(taken).st_mode));
            QCOMPARE(QFileInfo(taken).symLinkTarget(), nowhere);
            QVERIFY(!QFileInfo::exists(nowhere));
        } else {
            QCOMPARE(test::fileBytes(taken), QByteArray("the first briefing"));
        }
        QCOMPARE(entries(),
            (QStringList {
                QStringLiteral("brief-2.pdf"), QStringLiteral("brief-3.pdf"), QStringLiteral("brief.pdf") }));

        // A free name is used as it is.
        ExportFile free(path("other.pdf"), ExportFile::Existing::NewName);
        QVERIFY(!free.begin());
        QVERIFY(!free.commit());
        QCOMPARE(free.path(), path("other.pdf"));
    }

    void refusesWhatIsNotAFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ExportFile::Existing>("existing");
        for (const char* kind : { "folder", "fifo", "device" }) {
            QTest::addRow("%s, replace", kind) << QString::fromLatin1(kind) << ExportFile::Existing::Replace;
            QTest::addRow("%s, new name", kind) << QString::fromLatin1(kind) << ExportFile::Existing::NewName;
            QTest::addRow("%s, refuse", kind) << QString::fromLatin1(kind) << ExportFile::Existing::Refuse;
        }
    }

    void refusesWhatIsNotAFile()
    {
        QFETCH(QString, kind);
        QFETCH(ExportFile::Existing, existing);
        QString target;
        if (kind == QLatin1String("folder")) {
            target = path("export.csv");
            QVERIFY(QDir().mkdir(target));
        } else if (kind == QLatin1String("fifo")) {
            target = path("export.csv");
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        } else {
            target = QStringLiteral("/dev/null");
        }
        const struct stat before = statusOf(target);
        QVERIFY(before.st_mode != 0);
        const QStringList entriesBefore = entries();

        ExportFile file(target, existing);
        const Error refused = file.begin();
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY2(refused.message.contains(target), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(existing == ExportFile::Existing::Refuse
                         ? QStringLiteral("already exists")
                         : QStringLiteral("is not a file")),
            qPrintable(refused.message));
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (tandem::ExportFile): device not open");
        QCOMPARE(file.write("lost"), qint64(-1));
        QVERIFY(file.commit());
        QVERIFY(ExportFile::writeWhole(target, "lost", existing));

        const struct stat after = statusOf(target);
        QCOMPARE(after.st_mode, before.st_mode);
        QCOMPARE(after.st_ino, before.st_ino);
        QCOMPARE(after.st_size, before.st_size);
        QCOMPARE(entries(), entriesBefore);
        if (kind == QLatin1String("folder")) {
            QVERIFY(
                QDir(target).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot));
        } else if (kind == QLatin1String("fifo")) {
            QVERIFY(S_ISFIFO(after.st_mode));
        }
    }

    // The open database, its -wal and -shm, and every other name for the same file are refused before
    // anything is created, and the database stays whole.
    void refusesTheOpenDatabase_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ExportFile::Existing>("existing");
        for (const char* name : { "crm.db", "crm.db-wal", "crm.db-shm", "hard-link.db", "soft-link.db" }) {
            QTest::addRow("%s, replace", name) << QString::fromLatin1(name) << ExportFile::Existing::Replace;
            QTest::addRow("%s, new name", name) << QString::fromLatin1(name) << ExportFile::Existing::NewName;
        }
    }

    void refusesTheOpenDatabase()
    {
        QFETCH(QString, name);
        QFETCH(ExportFile::Existing, existing);
        const QString database = path("crm.db");
        auto db = test::openIn(*m_dir, QStringLiteral("crm.db"));
        QVERIFY(db);
        QVERIFY(EntityStore(*db).add(
            entities::department(), { { QStringLiteral("name"), QStringLiteral("Kept") } }));
        QVERIFY(S_ISREG(statusOf(database + QStringLiteral("-wal")).st_mode));
        QCOMPARE(::link(QFile::encodeName(database).constData(),
                     QFile::encodeName(path("hard-link.db")).constData()),
            0);
        QVERIFY(QFile::link(database, path("soft-link.db")));
        const QString target = m_dir->filePath(name);
        const QStringList before = entries();
        // Stat only: a QFile opened and closed on the database would drop this process's SQLite locks.
        const QStringList files { database, database + QStringLiteral("-wal"),
            database + QStringLiteral("-shm") };
        const QStringList filesBefore = signatures(files);

        ExportFile file(target, existing);
        const Error refused = file.begin();
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY2(refused.message.contains(target), qPrintable(refused.message));
        QVERIFY2(
            refused.message.contains(QStringLiteral("open Tandem database")), qPrintable(refused.message));
        QVERIFY(file.commit());
        QCOMPARE(ExportFile::writeWhole(target, "lost", existing).kind, ErrorKind::BadInput);
        QCOMPARE(ExportFile::checkTarget(target).kind, ErrorKind::BadInput);

        QCOMPARE(entries(), before);
        QVERIFY(S_ISLNK(statusOf(path("soft-link.db")).st_mode));
        QCOMPARE(signatures(files), filesBefore);
        // Another connection opens it, finds it whole and sees what was committed.
        auto again = Database::open(database);
        QVERIFY2(again, qPrintable(again.error().message));
        auto checked = sql::scalar((*again)->connection(), QStringLiteral("PRAGMA quick_check"));
        QVERIFY2(checked, qPrintable(checked.error().message));
        QCOMPARE(checked->toString(), QStringLiteral("ok"));
        auto kept = sql::scalar(
            (*again)->connection(), QStringLiteral("SELECT count(*) FROM departments WHERE name = 'Kept'"));
        QVERIFY(kept);
        QCOMPARE(kept->toInt(), 1);
        QVERIFY(S_ISREG(statusOf(database + QStringLiteral("-wal")).st_mode));
    }

    // The name became the open database between begin() and commit(): it is asked again before replacing.
    void aDatabaseOpenedMeanwhileIsRefusedAtCommit()
    {
        const QString target = path("late.db");
        ExportFile file(target);
        QVERIFY(!file.begin());
        file.write("an export");
        auto db = test::openIn(*m_dir, QStringLiteral("late.db"));
        QVERIFY(db);
        const QStringList before = entries();
        const Error refused = file.commit();
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY2(refused.message.contains(target), qPrintable(refused.message));
        QVERIFY(!before.filter(QStringLiteral(".late.db.")).isEmpty()); // the temporary, until commit()
        QCOMPARE(entries(), before.filter(QRegularExpression(QStringLiteral("^[^.]"))));
        auto checked = sql::scalar(db->connection(), QStringLiteral("PRAGMA quick_check"));
        QVERIFY2(checked, qPrintable(checked.error().message));
        QCOMPARE(checked->toString(), QStringLiteral("ok"));
    }

    // A name is refused only while its database is open.
    void aClosedDatabaseIsAFileLikeAnother()
    {
        const QString database = path("closed.db");
        QVERIFY(test::openIn(*m_dir, QStringLiteral("closed.db")));
        QVERIFY(!ExportFile::checkTarget(database));
        QVERIFY(!ExportFile::checkTarget(database + QStringLiteral("-wal")));
    }

    // write(2) fails past a file size limit as on a full disk.
    void aWriteThatFailsMidwayReportsTheFullDisk_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("a new name") << false;
        QTest::newRow("over an earlier file") << true;
    }

    void aWriteThatFailsMidwayReportsTheFullDisk()
    {
        QFETCH(bool, existing);
        const QString target = path("all.json");
        if (existing) {
            QVERIFY(test::writeFile(target, "the earlier export"));
        }
        const QStringList before = entries();
        const QByteArray data = bytes(1024 * 1024);
        ExportFile file(target);
        QVERIFY(!file.begin());
        Error committed;
        {
            const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit = {};
            QCOMPARE(::getrlimit(RLIMIT_FSIZE, &limit), 0);
            const struct rlimit previousLimit = limit;
            const auto restore = qScopeGuard([&] {
                ::setrlimit(RLIMIT_FSIZE, &previousLimit);
                std::signal(SIGXFSZ, previousHandler);
            });
            limit.rlim_cur = 64 * 1024;
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
            for (qsizetype at = 0; at < data.size(); at += 64 * 1024) {
                file.write(data.mid(at, 64 * 1024));
            }
            committed = file.commit();
        }
        QCOMPARE(committed.kind, ErrorKind::Database);
        QVERIFY2(committed.message.contains(QStringLiteral("disk is full")), qPrintable(committed.message));
        QVERIFY2(
            committed.message.contains(QStringLiteral("nothing was written")), qPrintable(committed.message));
        QVERIFY2(committed.message.contains(target), qPrintable(committed.message));
        QVERIFY(file.failure());
        QCOMPARE(file.failure().message, committed.message);
        QCOMPARE(entries(), before);
        QCOMPARE(QFileInfo::exists(target), existing);
        if (existing) {
            QCOMPARE(test::fileBytes(target), QByteArray("the earlier export"));
        }
    }

    void writeWholeRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("name,city\r\n苏州恒达机电,苏州\r\n");
        QTest::newRow("binary") << bytes(4096);
        QTest::newRow("one buffer") << bytes(256 * 1024);
        QTest::newRow("several buffers") << bytes(3 * 256 * 1024 + 1);
    }

    void writeWholeRoundTrip()
    {
        QFETCH(QByteArray, data);
        const QString target = path("export.bin");
        const Error written = ExportFile::writeWhole(target, data);
        QVERIFY2(!written, qPrintable(written.message));
        QVERIFY(QFileInfo(target).isFile());
        QCOMPARE(test::fileBytes(target), data);
        QCOMPARE(modeOf(target), mode_t(0600));
        QCOMPARE(entries(), QStringList { QStringLiteral("export.bin") });

        // A folder that is not there: refused, naming the file, and nothing made.
        const QString missing = path("no/such/folder/export.bin");
        const Error refused = ExportFile::writeWhole(missing, data);
        QCOMPARE(refused.kind, ErrorKind::BadInput);
        QVERIFY2(refused.message.contains(missing), qPrintable(refused.message));
        QCOMPARE(entries(), QStringList { QStringLiteral("export.bin") });
    }
};

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_exportfile.moc"
