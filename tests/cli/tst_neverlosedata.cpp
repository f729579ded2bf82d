#include "CliFixture.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tandem;

namespace {

// A small disk of its own that is full, for the cases a real full disk shows. Mounting needs root, as CI
// has; elsewhere the test that needs it is skipped.
class FullDisk
{
public:
    explicit FullDisk(const QString& folder)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        if (::geteuid() != 0
            || QProcess::execute(QStringLiteral("mount"),
                   { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                       QStringLiteral("size=1m"), QStringLiteral("tmpfs"), folder })
                != 0) {
            return;
        }
        m_mounted = true;
    }
    ~FullDisk()
    {
        if (m_mounted) {
            QProcess::execute(QStringLiteral("umount"), { m_folder });
        }
    }
    bool mounted() const { return m_mounted; }
    // Takes what room is left, so that the next write fails.
    void fill() const
    {
        QFile filler(m_folder + QStringLiteral("/filler"));
        if (filler.open(QIODevice::WriteOnly)) {
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) { }
        }
    }
    QString filePath(const QString& name) const { return m_folder + QLatin1Char('/') + name; }

private:
    QString m_folder;
    bool m_mounted = false;
};

// The names in a folder that Tandem's temporary files would have (".NAME.XXXXXX").
QStringList temporaryFiles(const QString& folder)
{
    return QDir(folder).entryList({ QStringLiteral(".*.??????") }, QDir::Files | QDir::Hidden | QDir::System);
}

ino_t inodeOf(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? status.st_ino : 0;
}

mode_t modeOf(const QString& path)
{
    struct stat status = {};
    return ::lstat(QFile::encodeName(path).constData(), &status) == 0 ? (status.st_mode & 07777) : 0;
}

} // namespace

// Issue 12: the window and the command line on one file, and every file Tandem writes, tried as the
// failures that lost data were found: real processes, full disks, planted links, names that exist.
class TestNeverLoseData : public QObject, public test::CliFixture
{
    Q_OBJECT

    test::CliRun cli(
        const QStringList& arguments, const QString& database, const std::function<void()>& inChild = {})
    {
        return test::runCli(arguments, database, m_dir.path(), inChild);
    }

    QString demoDatabase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        const test::CliRun run = cli(words("demo"), path);
        if (run.code != 0) {
            qWarning("%s", qPrintable(run.err));
            return QString();
        }
        return path;
    }

    QJsonObject stats(const QString& database)
    {
        return QJsonDocument::fromJson(cli(words("--json stats"), database).out.toUtf8()).object();
    }

    static qint64 count(Database& database, const QString& statement, const QVariantList& values = {})
    {
        auto value = sql::scalar(database.connection(), statement, values);
        return value ? value->toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The window's connection and a worker's (as the Dashboard opens one) stay in this process while
    // tandem-cli runs beside them: the WAL is never deleted under the window, and both see every write.
    void theWindowAndTheCommandLineShareOneFile()
    {
        const QString path = demoDatabase(QStringLiteral("shared.db"));
        QVERIFY(!path.isEmpty());
        auto window = Database::open(path);
        QVERIFY(window);
        auto worker = Database::open(path);
        QVERIFY(worker);
        const QString wal = path + QStringLiteral("-wal");
        const ino_t walInode = inodeOf(wal);
        QVERIFY(walInode != 0);

        QCOMPARE(cli(words("stats"), path).code, 0);
        // Before the fix the command line, believing itself the last connection, deleted the WAL here.
        QCOMPARE(inodeOf(wal), walInode);

        EntityStore store(**window);
        for (int round = 0; round < 4; ++round) {
            const QString fromWindow = QStringLiteral("Window %1").arg(round);
            QVERIFY(store.add(entities::department(), { { QStringLiteral("name"), fromWindow } }));
            const QString fromCli = QStringLiteral("Command %1").arg(round);
            QCOMPARE(cli({ QStringLiteral("add"), QStringLiteral("department"), QStringLiteral("--name"),
                             fromCli },
                         path)
                         .code,
                0);
            QVERIFY(cli(words("--json list departments"), path).out.contains(fromWindow));
            QCOMPARE(count(**window, QStringLiteral("SELECT count(*) FROM departments WHERE name = ?"),
                         { fromCli }),
                1);
            QCOMPARE(count(**worker, QStringLiteral("SELECT count(*) FROM departments WHERE name = ?"),
                         { fromCli }),
                1);
            QCOMPARE(inodeOf(wal), walInode);
        }
        const qint64 departments = count(**window, QStringLiteral("SELECT count(*) FROM departments"));
        QCOMPARE(stats(path).value(QStringLiteral("departments")).toInteger(), departments);
        const test::CliRun check = cli(words("check"), path);
        QVERIFY2(check.code == 0, qPrintable(check.out + check.err));
        worker->reset();
        window->reset();
        QCOMPARE(cli(words("check"), path).code, 0);
        QCOMPARE(stats(path).value(QStringLiteral("departments")).toInteger(), departments);
    }

    // Two imports at once from two processes: one waits for the other, and every row of both is there.
    void twoCommandLinesWriteAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("two.db"));
        QCOMPARE(cli(words("init"), path).code, 0);
        QStringList files;
        for (const char* side : { "north", "south" }) {
            QByteArray csv("name,city\r\n");
            for (int row = 0; row < 400; ++row) {
                csv += QStringLiteral("%1 customer %2,Leeds\r\n").arg(QLatin1String(side)).arg(row).toUtf8();
            }
            const QString file = m_dir.filePath(QStringLiteral("%1.csv").arg(QLatin1String(side)));
            QVERIFY(test::writeFile(file, csv));
            files << file;
        }
        QProcess* first = test::startCli(
            { QStringLiteral("import"), QStringLiteral("accounts"), files.at(0) }, path, m_dir.path());
        QProcess* second = test::startCli(
            { QStringLiteral("import"), QStringLiteral("accounts"), files.at(1) }, path, m_dir.path());
        const test::CliRun one = test::finishCli(first);
        const test::CliRun two = test::finishCli(second);
        QVERIFY2(one.code == 0, qPrintable(one.err));
        QVERIFY2(two.code == 0, qPrintable(two.err));
        QCOMPARE(stats(path).value(QStringLiteral("accounts")).toInt(), 800);
        QCOMPARE(cli(words("check"), path).code, 0);
    }

    // An export named like the database, its -wal or -shm, or a link to it, is refused and the database
    // is left whole.
    void anExportNeverOverwritesTheDatabase()
    {
        const QString path = demoDatabase(QStringLiteral("crm.db"));
        QVERIFY(!path.isEmpty());
        const QJsonObject before = stats(path);
        const QString link = m_dir.filePath(QStringLiteral("link-to-crm.db"));
        QVERIFY(QFile::link(path, link));
        for (const QStringList& arguments :
            { QStringList { QStringLiteral("export"), QStringLiteral("accounts"), path },
                QStringList { QStringLiteral("export"), QStringLiteral("all"), path },
                QStringList { QStringLiteral("export"), QStringLiteral("contacts"),
                    path + QStringLiteral("-wal"), QStringLiteral("--format"), QStringLiteral("vcard") },
                QStringList { QStringLiteral("export"), QStringLiteral("requests"),
                    path + QStringLiteral("-shm"), QStringLiteral("--format"), QStringLiteral("ics") },
                QStringList { QStringLiteral("export"), QStringLiteral("accounts"), link } }) {
            const test::CliRun run = cli(arguments, path);
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(QStringLiteral("open Tandem database")), qPrintable(run.err));
        }
        QCOMPARE(cli(words("check"), path).code, 0);
        QCOMPARE(stats(path), before);
        QVERIFY(QFileInfo(link).isSymLink());
    }

    // restore takes the write lock before its safety copy: a write committed while it waits is in the copy.
    void restoreKeepsWhatAnotherProcessCommitted()
    {
        const QString path = demoDatabase(QStringLiteral("restore.db"));
        QVERIFY(!path.isEmpty());
        const QString backup = m_dir.filePath(QStringLiteral("restore-backup.db"));
        QCOMPARE(cli({ QStringLiteral("backup"), backup }, path).code, 0);

        auto writer = Database::open(path);
        QVERIFY(writer);
        auto transaction = std::make_unique<Transaction>(**writer);
        QVERIFY(!transaction->error());
        QVERIFY(EntityStore(**writer).add(entities::department(),
            { { QStringLiteral("name"), QStringLiteral("Committed while restoring") } }));
        QProcess* restore = test::startCli({ QStringLiteral("restore"), backup }, path, m_dir.path());
        QVERIFY(restore->waitForStarted());
        QTest::qWait(1500);
        QVERIFY(!transaction->commit());
        transaction.reset();
        const test::CliRun run = test::finishCli(restore);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        writer->reset();

        QDir folder(m_dir.path());
        const QStringList copies = folder.entryList({ QStringLiteral("restore.db.before-restore-*.backup") });
        QCOMPARE(copies.size(), 1);
        Database::Options readOnly;
        readOnly.create = false;
        auto copy = Database::open(folder.filePath(copies.first()), readOnly);
        QVERIFY(copy);
        QCOMPARE(count(**copy, QStringLiteral("SELECT count(*) FROM departments WHERE name = ?"),
                     { QStringLiteral("Committed while restoring") }),
            1);
        QVERIFY(!cli(words("--json list departments"), path)
                     .out.contains(QStringLiteral("Committed while restoring")));
        QCOMPARE(cli(words("check"), path).code, 0);
    }

    // A file cut off by a full disk is never reported as written: exit 3, one sentence, and the file that
    // was there before is still whole.
    void exportsOnAFullDiskWriteNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.db"));
        QCOMPARE(
            cli(words("generate --staff 30 --accounts 1000 --contacts 3000 --requests 8000 --seed 7"), path)
                .code,
            0);
        // The disk "fills" half way through each file (and past the 32 KiB of the -shm file).
        qint64 limit = 0;
        const auto limited = [&limit] {
            // write(2) then fails past the limit as on a full disk.
            std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit size = {};
            ::getrlimit(RLIMIT_FSIZE, &size);
            size.rlim_cur = rlim_t(limit);
            ::setrlimit(RLIMIT_FSIZE, &size);
        };
        const QString folder = m_dir.filePath(QStringLiteral("full-exports"));
        QVERIFY(QDir().mkpath(folder));
        for (const auto& [kind, name] :
            { std::pair { "accounts", "accounts.csv" }, std::pair { "contacts", "contacts.vcf" },
                std::pair { "requests", "due.ics" }, std::pair { "all", "all.json" } }) {
            const QString target = folder + QLatin1Char('/') + QLatin1String(name);
            const QStringList arguments { QStringLiteral("export"), QLatin1String(kind), target };
            // Without a limit the file is larger than the disk will take.
            QCOMPARE(cli(arguments, path).code, 0);
            limit = QFileInfo(target).size() / 2;
            QVERIFY2(limit > 40 * 1024, name);
            QVERIFY(test::writeFile(target, "the earlier export"));
            const test::CliRun run = cli(arguments, path, limited);
            QVERIFY2(run.code == 3,
                qPrintable(QStringLiteral("%1: %2 %3").arg(QLatin1String(name)).arg(run.code).arg(run.err)));
            QVERIFY2(run.err.contains(QStringLiteral("the disk is full; nothing was written")),
                qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("written to")), qPrintable(run.err));
            QCOMPARE(test::fileBytes(target), QByteArray("the earlier export"));
            QCOMPARE(temporaryFiles(folder), QStringList());
        }
    }

    // A backup goes to a new name only: an existing file (another user's, world-writable), a link or a
    // FIFO is refused and left as it was; the backup itself is private and leaves no temporary file.
    void backupsNeverReuseAName()
    {
        const QString path = demoDatabase(QStringLiteral("backed.db"));
        QVERIFY(!path.isEmpty());
        const QString shared = m_dir.filePath(QStringLiteral("shared-x.db"));
        QVERIFY(test::writeFile(shared, QByteArray()));
        QVERIFY(QFile::setPermissions(shared, QFileDevice::Permissions(0x6666)));
        test::CliRun run = cli({ QStringLiteral("backup"), shared }, path);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
        QCOMPARE(QFileInfo(shared).size(), 0);
        QCOMPARE(modeOf(shared), mode_t(0666));

        const QString victim = m_dir.filePath(QStringLiteral("victim.txt"));
        QVERIFY(test::writeFile(victim, "keep me"));
        const QString link = m_dir.filePath(QStringLiteral("planted.db"));
        QVERIFY(QFile::link(victim, link));
        QCOMPARE(cli({ QStringLiteral("backup"), link }, path).code, 2);
        QCOMPARE(test::fileBytes(victim), QByteArray("keep me"));
        QVERIFY(QFileInfo(link).isSymLink());

        const QString fifo = m_dir.filePath(QStringLiteral("pipe.db"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(cli({ QStringLiteral("backup"), fifo }, path).code, 2);
        struct stat status = {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &status), 0);
        QVERIFY(S_ISFIFO(status.st_mode));

        const QString fresh = m_dir.filePath(QStringLiteral("fresh-backup.db"));
        run = cli({ QStringLiteral("backup"), fresh }, path);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(modeOf(fresh), mode_t(0600));
        QCOMPARE(temporaryFiles(m_dir.path()), QStringList());
        QCOMPARE(stats(fresh), stats(path));

        // An empty file others can read is no place for a new database either.
        const QString empty = m_dir.filePath(QStringLiteral("empty-0644.db"));
        QVERIFY(test::writeFile(empty, QByteArray()));
        QVERIFY(QFile::setPermissions(empty, QFileDevice::Permissions(0x6644)));
        run = cli(words("init"), empty);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(empty), qPrintable(run.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFile::exists(empty + QStringLiteral("-wal")));
    }

    // With a umask that makes files world-readable, everything Tandem writes stays its owner's.
    void everyFileTandemWritesIsPrivate()
    {
        const QString path = demoDatabase(QStringLiteral("private.db"));
        QVERIFY(!path.isEmpty());
        const mode_t previous = ::umask(022);
        const QString folder = m_dir.filePath(QStringLiteral("private-exports"));
        QVERIFY(QDir().mkpath(folder));
        const QString csv = folder + QStringLiteral("/bad.csv");
        QVERIFY(test::writeFile(csv, "name,segment\r\nGood Ltd,loyal\r\nBad Ltd,VIP\r\n"));
        const QList<QStringList> runs { { QStringLiteral("export"), QStringLiteral("accounts"),
                                            folder + QStringLiteral("/a.csv") },
            { QStringLiteral("export"), QStringLiteral("contacts"), folder + QStringLiteral("/c.vcf") },
            { QStringLiteral("export"), QStringLiteral("requests"), folder + QStringLiteral("/r.ics") },
            { QStringLiteral("export"), QStringLiteral("all"), folder + QStringLiteral("/all.json") },
            { QStringLiteral("import"), QStringLiteral("accounts"), csv, QStringLiteral("--on-error"),
                QStringLiteral("skip") },
            { QStringLiteral("handover"), QStringLiteral("--from"), QStringLiteral("James Whitaker"),
                QStringLiteral("--to"), QStringLiteral("Ashley Brooks"), QStringLiteral("--brief"),
                folder + QStringLiteral("/brief.pdf") } };
        for (const QStringList& arguments : runs) {
            const test::CliRun run = cli(arguments, path);
            QVERIFY2(
                run.code == 0, qPrintable(arguments.join(QLatin1Char(' ')) + QLatin1Char(' ') + run.err));
        }
        ::umask(previous);
        const QStringList written = QDir(folder).entryList(QDir::Files);
        QCOMPARE(written.size(), 7); // bad.csv, its rejected rows, and five exports
        for (const QString& name : written) {
            if (name != QLatin1String("bad.csv")) {
                QVERIFY2(modeOf(folder + QLatin1Char('/') + name) == 0600, qPrintable(name));
            }
        }
    }

    // The rejected-rows file has a name Tandem makes up: an earlier file or a planted link at that name is
    // left alone and the next free name is taken.
    void rejectedRowsNeverOverwriteAFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("rejected.db"));
        QCOMPARE(cli(words("init"), path).code, 0);
        const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
        QVERIFY(test::writeFile(csv, "name,segment\r\nGood Ltd,loyal\r\nBad Ltd,VIP\r\n"));
        const QString victim = m_dir.filePath(QStringLiteral("precious.txt"));
        QVERIFY(test::writeFile(victim, "precious"));
        const QString derived = csv + QStringLiteral(".rejected.csv");
        QVERIFY(QFile::link(victim, derived));
        const QStringList arguments { QStringLiteral("--json"), QStringLiteral("import"),
            QStringLiteral("accounts"), csv, QStringLiteral("--on-error"), QStringLiteral("skip") };
        test::CliRun run = cli(arguments, path);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QString rejected = QJsonDocument::fromJson(run.out.toUtf8())
                               .object()
                               .value(QStringLiteral("rejected_file"))
                               .toString();
        QCOMPARE(rejected, m_dir.filePath(QStringLiteral("clients.csv.rejected-2.csv")));
        QVERIFY(test::fileBytes(rejected).contains("Bad Ltd"));
        QCOMPARE(test::fileBytes(victim), QByteArray("precious"));
        // Again: the earlier list stays, the new one takes the next name.
        const QByteArray earlier = test::fileBytes(rejected);
        run = cli(arguments, path);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .object()
                     .value(QStringLiteral("rejected_file"))
                     .toString(),
            m_dir.filePath(QStringLiteral("clients.csv.rejected-3.csv")));
        QCOMPARE(test::fileBytes(rejected), earlier);
    }

    // A briefing that cannot be written stops the handover before anything moves; one that fails after
    // it says the handover was done (exit 3, not the "nothing written" of exit 2).
    void aBriefingThatCannotBeWrittenIsSaidPlainly()
    {
        const QString path = demoDatabase(QStringLiteral("brief.db"));
        QVERIFY(!path.isEmpty());
        const QString folderNamedLikeAPdf = m_dir.filePath(QStringLiteral("brief-folder.pdf"));
        QVERIFY(QDir().mkpath(folderNamedLikeAPdf));
        const QStringList handover { QStringLiteral("handover"), QStringLiteral("--from"),
            QStringLiteral("James Whitaker"), QStringLiteral("--to"), QStringLiteral("Ashley Brooks"),
            QStringLiteral("--brief") };
        const int handovers = stats(path).value(QStringLiteral("handovers")).toInt();
        test::CliRun run = cli(handover + QStringList { folderNamedLikeAPdf }, path);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Nothing was handed over")), qPrintable(run.err));
        QCOMPARE(stats(path).value(QStringLiteral("handovers")).toInt(), handovers);

        FullDisk disk(m_dir.filePath(QStringLiteral("full-brief")));
        if (!disk.mounted()) {
            QSKIP("Needs root to mount a small full disk.");
        }
        disk.fill();
        const QString brief = disk.filePath(QStringLiteral("brief.pdf"));
        run = cli(handover + QStringList { brief }, path);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("was done, but its briefing could not be written")),
            qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("the disk is full")), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Handover %1:").arg(handovers + 1)), qPrintable(run.out));
        QCOMPARE(stats(path).value(QStringLiteral("handovers")).toInt(), handovers + 1);
        QVERIFY(!QFile::exists(brief));
        QCOMPARE(temporaryFiles(disk.filePath(QString())), QStringList());
    }

    // Rejected rows that cannot be saved after the valid rows went in: the summary is printed and the exit
    // code does not claim that nothing was written.
    void rejectedRowsOnAFullDiskAreReported()
    {
        FullDisk disk(m_dir.filePath(QStringLiteral("full-import")));
        if (!disk.mounted()) {
            QSKIP("Needs root to mount a small full disk.");
        }
        const QString path = m_dir.filePath(QStringLiteral("full-import.db"));
        QCOMPARE(cli(words("init"), path).code, 0);
        const QString csv = disk.filePath(QStringLiteral("clients.csv"));
        QVERIFY(test::writeFile(csv, "name,segment\r\nGood Ltd,loyal\r\nBad Ltd,VIP\r\n"));
        disk.fill();
        const test::CliRun run = cli({ QStringLiteral("import"), QStringLiteral("accounts"), csv,
                                         QStringLiteral("--on-error"), QStringLiteral("skip") },
            path);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.out.startsWith(QStringLiteral("1 new, 0 updated, 1 rejected")), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("The valid rows were imported")), qPrintable(run.err));
        QCOMPARE(stats(path).value(QStringLiteral("accounts")).toInt(), 1);
    }

    // The command line asks the model the same questions as the window, and gets the same answers.
    void theCommandLineFollowsTheModelsRules()
    {
        const QString path = demoDatabase(QStringLiteral("rules.db"));
        QVERIFY(!path.isEmpty());
        const int handovers = stats(path).value(QStringLiteral("handovers")).toInt();
        for (const auto& [option, value, sentence] :
            { std::tuple { "--first-visit-days", "500",
                  "The first visit must be planned within 1 to 90 days, not 500." },
                std::tuple {
                    "--watch-days", "0", "The accounts can be watched for 7 to 365 days, not 0." } }) {
            const test::CliRun run
                = cli({ QStringLiteral("handover"), QStringLiteral("--from"),
                          QStringLiteral("James Whitaker"), QStringLiteral("--to"),
                          QStringLiteral("Ashley Brooks"), QLatin1String(option), QLatin1String(value) },
                    path);
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(QLatin1String(sentence)), qPrintable(run.err));
        }
        QCOMPARE(stats(path).value(QStringLiteral("handovers")).toInt(), handovers);

        // Both ratings are one step: a bad second one leaves the first unwritten.
        const QJsonArray done = QJsonDocument::fromJson(
            cli(words("--json list requests --status done --limit 1"), path).out.toUtf8())
                                    .array();
        QCOMPARE(done.size(), 1);
        const QString id = QString::number(done.first().toObject().value(QStringLiteral("id")).toInteger());
        auto ratings = [&] {
            const QJsonObject request = QJsonDocument::fromJson(
                cli({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("request"), id }, path)
                    .out.toUtf8())
                                            .object();
            return std::pair { request.value(QStringLiteral("requester_rating")),
                request.value(QStringLiteral("provider_rating")) };
        };
        const auto before = ratings();
        const QString newRequesterRating
            = before.first.toInteger() == 1 ? QStringLiteral("2") : QStringLiteral("1");
        test::CliRun run
            = cli({ QStringLiteral("request"), id, QStringLiteral("rate"), QStringLiteral("--rating"),
                      newRequesterRating, QStringLiteral("--provider-rating"), QStringLiteral("9") },
                path);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("provider_rating")), qPrintable(run.err));
        QCOMPARE(ratings(), before);
        run = cli({ QStringLiteral("request"), id, QStringLiteral("rate"), QStringLiteral("--rating"),
                      newRequesterRating, QStringLiteral("--provider-rating"), QStringLiteral("5") },
            path);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(ratings().first.toInteger(), newRequesterRating.toLongLong());
        QCOMPARE(ratings().second.toInteger(), 5);
    }

    // The sentences for a database Tandem cannot use name the file and say why.
    void problemsWithTheFileAreNamed()
    {
        test::CliRun run = cli(words("stats"), QStringLiteral("/dev/null"));
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("/dev/null is not a file")), qPrintable(run.err));

        // A typo in --database on a command that writes makes no folders and no database.
        const QString typo = m_dir.filePath(QStringLiteral("no-such-folder/sub/crm.db"));
        run = cli(words("add department --name Sales"), typo);
        QCOMPARE(run.code, 4);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        QCOMPARE(cli(words("add department --name Sales"), missing).code, 4);
        QVERIFY(!QFileInfo::exists(missing));

        // A bad backup restores nothing and creates nothing.
        const QString bad = m_dir.filePath(QStringLiteral("bad.backup"));
        QVERIFY(test::writeFile(bad, "this is no database"));
        const QString target = m_dir.filePath(QStringLiteral("restored.db"));
        run = cli({ QStringLiteral("restore"), bad }, target);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not an SQLite file")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(target));

        FullDisk disk(m_dir.filePath(QStringLiteral("full-open")));
        if (!disk.mounted()) {
            QSKIP("Needs root to mount a small disk that is full or read-only.");
        }
        const QString good = demoDatabase(QStringLiteral("good.db"));
        QVERIFY(!good.isEmpty());
        const QString onFull = disk.filePath(QStringLiteral("good.db"));
        QVERIFY(QFile::copy(good, onFull));
        disk.fill();
        run = cli(words("stats"), onFull);
        QCOMPARE(run.code, 3);
        QVERIFY2(
            run.err.contains(QStringLiteral("is full")) && run.err.contains(onFull), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("damaged")));
        QVERIFY(QFile::remove(disk.filePath(QStringLiteral("filler"))));
        // What the failed open left beside the file holds nothing; without it, a read-only folder shows.
        QFile::remove(onFull + QStringLiteral("-wal"));
        QFile::remove(onFull + QStringLiteral("-shm"));
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                     { QStringLiteral("-o"), QStringLiteral("remount,ro"), disk.filePath(QString()) }),
            0);
        run = cli(words("stats"), onFull);
        QCOMPARE(run.code, 3);
        QVERIFY2(
            run.err.contains(QStringLiteral("read-only")) && run.err.contains(onFull), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("damaged")));
    }
};

QTEST_GUILESS_MAIN(TestNeverLoseData)
#include "tst_neverlosedata.moc"
