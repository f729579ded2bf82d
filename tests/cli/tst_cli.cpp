#include "CliFixture.h"
#include "Database.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTest>
#include <sys/stat.h>

using namespace tandem;

// tandem-cli end to end: a database set up, records written and read, data in and out, and every exit
// code. Requests and handovers from the command line have files of their own, tst_clirequests.cpp and
// tst_clihandover.cpp.
class TestCli : public QObject, public test::CliFixture
{
    Q_OBJECT

    QString m_db;

    Run cli(const QStringList& arguments) { return cliOn(arguments, m_db); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.db"));
    }

    void usageErrorsExitOne()
    {
        QCOMPARE(cli({}).code, 1);
        const Run unknown = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.code, 1);
        QVERIFY(unknown.err.startsWith(QStringLiteral("Unknown command 'frobnicate'.")));
        QCOMPARE(cli(words("list planets")).code, 1);
        QCOMPARE(cliOn(words("init"), m_dir.filePath(QStringLiteral("usage.db"))).code, 0);
        QCOMPARE(
            cliOn(words("add department --colour red --name X"), m_dir.filePath(QStringLiteral("usage.db")))
                .code,
            1);
        QCOMPARE(cli(words("generate --staff many")).code, 1);
        QCOMPARE(cli(words("--help")).code, 0);
    }

    void initCreatesAPrivateDatabase()
    {
        const Run run = cli({ QStringLiteral("init") });
        QCOMPARE(run.code, 0);
        QVERIFY(QFile::exists(m_db));
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(m_db).constData(), &info), 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        const Run json = cli(words("--json init"));
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8())
                     .object()
                     .value(QStringLiteral("schema_version"))
                     .toInt(),
            Database::latestVersion());
    }

    void theDefaultDatabaseLivesInAppData()
    {
        const Run run = cliOn({ QStringLiteral("init") }, QString());
        QCOMPARE(run.code, 0);
        QVERIFY2(
            QFile::exists(m_dir.filePath(QStringLiteral("xdg-data/tandem/tandem.db"))), qPrintable(run.out));
    }

    void statsPrintsTheContractKeys()
    {
        const Run run = cli(words("stats --json"));
        QCOMPARE(run.code, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(stats.keys(),
            (QStringList { QStringLiteral("accounts"), QStringLiteral("contacts"),
                QStringLiteral("departments"), QStringLiteral("handovers"), QStringLiteral("interactions"),
                QStringLiteral("links"), QStringLiteral("purchases"), QStringLiteral("requests"),
                QStringLiteral("staff") }));
        QCOMPARE(stats.value(QStringLiteral("accounts")).toInt(), 0);
    }

    void addShowAndList()
    {
        Run run = cli(words("add department --name Sales"));
        QCOMPARE(run.code, 0);
        const QString sales = run.out.trimmed();
        QVERIFY(sales.toLongLong() > 0);
        run = cli({ QStringLiteral("add"), QStringLiteral("staff"), QStringLiteral("--name"),
            QStringLiteral("李娜"), QStringLiteral("--email"), QStringLiteral("li.na@example.cn"),
            QStringLiteral("--department_id"), QStringLiteral("Sales"), QStringLiteral("--rank_level"),
            QStringLiteral("2") });
        QCOMPARE(run.code, 0);
        run = cli({ QStringLiteral("--json"), QStringLiteral("add"), QStringLiteral("account"),
            QStringLiteral("--name"), QStringLiteral("华东泵业有限公司"), QStringLiteral("--owner_id"),
            QStringLiteral("li.na@example.cn"), QStringLiteral("--segment"), QStringLiteral("loyal"),
            QStringLiteral("--city"), QStringLiteral("苏州") });
        QCOMPARE(run.code, 0);
        const qint64 account
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
        QVERIFY(account > 0);
        QCOMPARE(cli({ QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--account_id"),
                         QString::number(account), QStringLiteral("--name"), QStringLiteral("周杰") })
                     .code,
            0);
        QCOMPARE(cli({ QStringLiteral("add"), QStringLiteral("interaction"), QStringLiteral("--account_id"),
                         QString::number(account), QStringLiteral("--kind"), QStringLiteral("visit"),
                         QStringLiteral("--staff_id"), QStringLiteral("李娜"), QStringLiteral("--summary"),
                         QStringLiteral("首次拜访") })
                     .code,
            0);
        QCOMPARE(
            cli({ QStringLiteral("add"), QStringLiteral("purchase"), QStringLiteral("--account_id"),
                    QString::number(account), QStringLiteral("--purchased_on"), QStringLiteral("2025-03-01"),
                    QStringLiteral("--amount"), QStringLiteral("1280000") })
                .code,
            0);
        QCOMPARE(
            cli(words("add link --a_party Sales --b_party li.na@example.cn --kind rank --a_to_b Targets"))
                .code,
            0);
        QCOMPARE(cli({ QStringLiteral("add"), QStringLiteral("request"), QStringLiteral("--requester"),
                         QString::number(account), QStringLiteral("--provider"), QStringLiteral("Sales"),
                         QStringLiteral("--title"), QStringLiteral("报价单"), QStringLiteral("--due_at"),
                         QStringLiteral("2099-01-01") })
                     .code,
            0);

        run = cli({ QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("account"),
            QStringLiteral("华东泵业有限公司") });
        QCOMPARE(run.code, 0);
        const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("party_id")).toInteger(), account);
        QCOMPARE(shown.value(QStringLiteral("segment")).toString(), QStringLiteral("loyal"));
        QCOMPARE(shown.value(QStringLiteral("city")).toString(), QStringLiteral("苏州"));
        QVERIFY(shown.contains(QStringLiteral("competitors")));
        QVERIFY(shown.value(QStringLiteral("notes")).isNull());

        run = cli({ QStringLiteral("list"), QStringLiteral("accounts"), QStringLiteral("--owner"),
            QStringLiteral("李娜"), QStringLiteral("--segment"), QStringLiteral("loyal"),
            QStringLiteral("--json") });
        QCOMPARE(run.code, 0);
        const QJsonArray accounts = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("华东泵业有限公司"));
        QCOMPARE(QJsonDocument::fromJson(cli(words("list accounts --segment potential --json")).out.toUtf8())
                     .array()
                     .size(),
            0);
        for (const char* kind : { "departments", "staff", "links", "contacts", "requests" }) {
            run = cli({ QStringLiteral("list"), QString::fromLatin1(kind), QStringLiteral("--json") });
            QCOMPARE(run.code, 0);
            QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
        }
        run = cli(words("list staff"));
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("李娜")) && run.out.contains(QStringLiteral("Sales")),
            qPrintable(run.out));
        run = cli(words("show request 1"));
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("报价单")));
        run = cli({ QStringLiteral("search"), QStringLiteral("华东"), QStringLiteral("--json") });
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8())
                     .array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
            QStringLiteral("account"));
        // The window's answers: a colleague by pinyin initials and in full, with department and job title.
        for (const char* typed : { "ln", "lina", "li na" }) {
            run = cli({ QStringLiteral("search"), QString::fromLatin1(typed), QStringLiteral("--json") });
            QCOMPARE(run.code, 0);
            const QJsonObject first = QJsonDocument::fromJson(run.out.toUtf8()).array().at(0).toObject();
            QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("staff"));
            QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("李娜"));
            QVERIFY2(first.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("Sales")),
                qPrintable(run.out));
        }
    }

    void badInputExitsTwoAndWritesNothing()
    {
        const QString before = cli(words("stats")).out;
        Run run = cli(words("add staff --name Bob --email not-an-address"));
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.err.contains(QStringLiteral("email")));
        run = cli(words("add purchase --account_id 999999 --purchased_on 2025-01-01 --amount 5"));
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("account_id")));
        QCOMPARE(cli(words("add department --name Sales")).code, 2);
        QCOMPARE(cli(words("stats")).out, before);
    }

    void importsAndExports()
    {
        const QString db = m_dir.filePath(QStringLiteral("exchange.db"));
        QCOMPARE(cliOn(words("init"), db).code, 0);
        QCOMPARE(cliOn(words("add staff --name Rita"), db).code, 0);
        auto accounts = [&] {
            return QJsonDocument::fromJson(
                cliOn({ QStringLiteral("--json"), QStringLiteral("stats") }, db).out.toUtf8())
                .object()
                .value(QStringLiteral("accounts"))
                .toInt();
        };
        // What Chinese Excel saves: GB18030, Chinese headers, a contact person, one bad row.
        QStringEncoder gb18030("GB18030");
        const QString csv = m_dir.filePath(QStringLiteral("clients.csv"));
        QVERIFY(test::writeFile(csv,
            gb18030.encode(QStringLiteral("客户名称,城市,客户类型,负责人,联系人,联系人手机\r\n"
                                          "苏州恒达机电,苏州,忠诚,Rita,周杰,13912345678\r\n"
                                          "无锡新材料,无锡,VIP,Rita,,\r\n"))));
        Run run = cliOn({ QStringLiteral("import"), QStringLiteral("accounts"), csv }, db);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("clients.csv, line 3: Field Segment must be one of Loyal, "
                                                 "Floating, Potential, not 'VIP'.")),
            qPrintable(run.err));
        QCOMPARE(accounts(), 0); // all or nothing: nothing
        run = cliOn(
            { QStringLiteral("import"), QStringLiteral("accounts"), csv, QStringLiteral("--dry-run") }, db);
        QCOMPARE(run.code, 0);
        QCOMPARE(accounts(), 0);
        run = cliOn({ QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("accounts"), csv,
                        QStringLiteral("--on-error"), QStringLiteral("skip") },
            db);
        QCOMPARE(run.code, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("new")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("contacts_added")).toInt(), 1);
        QCOMPARE(summary.value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
        QVERIFY(summary.value(QStringLiteral("written")).toBool());
        QCOMPARE(accounts(), 1);
        const QString rejected = summary.value(QStringLiteral("rejected_file")).toString();
        QVERIFY(QString::fromUtf8(test::fileBytes(rejected)).contains(QStringLiteral("无锡新材料")));

        // Out again: CSV for Excel, vCards, and the archive that restores byte for byte.
        const QString out = m_dir.filePath(QStringLiteral("accounts.csv"));
        QCOMPARE(cliOn({ QStringLiteral("export"), QStringLiteral("accounts"), out }, db).code, 0);
        QVERIFY(test::fileBytes(out).startsWith("\xEF\xBB\xBF"));
        const QString cards = m_dir.filePath(QStringLiteral("contacts.vcf"));
        QCOMPARE(cliOn({ QStringLiteral("export"), QStringLiteral("contacts"), cards }, db).code, 0);
        QVERIFY(test::fileBytes(cards).contains("FN:周杰"));
        const QString archive = m_dir.filePath(QStringLiteral("all.json"));
        QCOMPARE(cliOn({ QStringLiteral("export"), QStringLiteral("all"), archive }, db).code, 0);
        const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
        QCOMPARE(cliOn({ QStringLiteral("import"), QStringLiteral("all"), archive }, copy).code, 0);
        const QString again = m_dir.filePath(QStringLiteral("again.json"));
        QCOMPARE(cliOn({ QStringLiteral("export"), QStringLiteral("all"), again }, copy).code, 0);
        QCOMPARE(test::fileBytes(again), test::fileBytes(archive));
        QCOMPARE(QFileInfo(archive).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());
        // Into a database that holds data, the archive is refused and changes nothing.
        run = cliOn({ QStringLiteral("import"), QStringLiteral("all"), archive }, db);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("empty database only")));
    }

    void notFoundExitsFour()
    {
        const Run run = cli(words("show account Nobody"));
        QCOMPARE(run.code, 4);
        QVERIFY(run.err.contains(QStringLiteral("Nobody")));
        QCOMPARE(cliOn(words("stats"), m_dir.filePath(QStringLiteral("missing.db"))).code, 4);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    }

    void checkBackupAndRestore()
    {
        Run run = cli(words("check --json"));
        QCOMPARE(run.code, 0);
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("ok")).toBool());
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        QCOMPARE(cli({ QStringLiteral("backup"), backup }).code, 0);
        QCOMPARE(cli({ QStringLiteral("backup"), backup }).code, 2);
        QCOMPARE(cli(words("add department --name Later")).code, 0);
        QCOMPARE(cli({ QStringLiteral("restore"), backup }).code, 0);
        QCOMPARE(cli(words("show department Later")).code, 4);
        QCOMPARE(cli(words("show department Sales")).code, 0);
    }

    void databaseProblemsExitThree()
    {
        const QString newer = m_dir.filePath(QStringLiteral("newer.db"));
        QCOMPARE(cliOn({ QStringLiteral("init") }, newer).code, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(newer);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 42"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const QByteArray bytes = test::fileBytes(newer);
        Run run = cliOn({ QStringLiteral("stats") }, newer);
        QCOMPARE(run.code, 3);
        QVERIFY(run.err.contains(QStringLiteral("newer version")));
        QCOMPARE(cliOn(words("add department --name X"), newer).code, 3);
        QCOMPARE(test::fileBytes(newer), bytes);

        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello, this is not a database at all, just some text\n");
        file.close();
        QCOMPARE(cliOn({ QStringLiteral("stats") }, text).code, 3);
        QCOMPARE(cliOn({ QStringLiteral("init") }, text).code, 3);
    }

    void anotherWriterIsReportedPlainly()
    {
        auto db = Database::open(m_db);
        QVERIFY(db);
        Transaction holding(**db);
        QVERIFY(!holding.error());
        const Run run = cli(words("add department --name Blocked"));
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Another copy of Tandem is writing")), qPrintable(run.err));
    }

    void chainAnswersWhomAPartyServes()
    {
        const QString demo = m_dir.filePath(QStringLiteral("chain.db"));
        QCOMPARE(cliOn(words("demo --language en"), demo).code, 0);
        Run run = cliOn(words("--json chain Purchasing --accounts 3"), demo);
        QCOMPARE(run.code, 0);
        const QJsonObject chain = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(chain.value(QStringLiteral("kind")).toString(), QStringLiteral("department"));
        QVERIFY(chain.value(QStringLiteral("serves_accounts")).toInt() > 0);
        const QJsonArray paths = chain.value(QStringLiteral("paths")).toArray();
        QCOMPARE(paths.size(), 3);
        QCOMPARE(paths.at(0).toArray().first().toInteger(), chain.value(QStringLiteral("id")).toInteger());
        QVERIFY(chain.contains(QStringLiteral("weakest")));
        run = cliOn(words("chain Purchasing"), demo);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Purchasing (Department)\n")), qPrintable(run.out));
        run = cliOn(words("chain Purchasing --format dot"), demo);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("digraph chain {")));
        run = cliOn(words("chain Purchasing --format svg --layout pyramid"), demo);
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("<svg")));
        QVERIFY(run.out.contains(QStringLiteral("Purchasing")));
        run = cliOn(words("--json chain --unconnected"), demo);
        QCOMPARE(run.code, 0);
        QVERIFY(QJsonDocument::fromJson(run.out.toUtf8()).isArray());
        QCOMPARE(cliOn(words("chain Nowhere"), demo).code, 4);
        QCOMPARE(cliOn(words("chain Purchasing --format png"), demo).code, 1);
    }

    void demoAndGenerate()
    {
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        Run run = cliOn(words("--json demo --language en"), demo);
        QCOMPARE(run.code, 0);
        const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(stats.value(QStringLiteral("staff")).toInt() >= 30);
        QVERIFY(stats.value(QStringLiteral("accounts")).toInt() >= 50);
        QVERIFY(stats.value(QStringLiteral("requests")).toInt() >= 150);
        QCOMPARE(cliOn(words("check"), demo).code, 0);
        QCOMPARE(cliOn(words("demo"), demo).code, 2);

        const QString first = m_dir.filePath(QStringLiteral("gen1.db"));
        const QString second = m_dir.filePath(QStringLiteral("gen2.db"));
        const QStringList generate
            = words("generate --staff 40 --accounts 300 --contacts 700 --requests 2000 --seed 9");
        run = cliOn(generate, first);
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.contains(QStringLiteral("generate: ")));
        QCOMPARE(cliOn(generate, second).code, 0);
        const Run a = cliOn(words("list staff --json"), first);
        QCOMPARE(QJsonDocument::fromJson(a.out.toUtf8()).array().size(), 40);
        QCOMPARE(cliOn(words("list staff --json"), second).out, a.out);
        QCOMPARE(cliOn(words("check"), first).code, 0);
        QCOMPARE(QJsonDocument::fromJson(cliOn(words("list accounts --limit 5 --json"), first).out.toUtf8())
                     .array()
                     .size(),
            5);
    }

    // A command that only reads leaves the file byte for byte as it was: no upgrade, no statistics, no
    // collation written. (No connection to it is open in this process while it is read here.)
    void readersLeaveTheFileAsItWas()
    {
        const QString demo = m_dir.filePath(QStringLiteral("readers.db"));
        QCOMPARE(cliOn(words("demo --language zh_CN"), demo).code, 0);
        auto contents = [&demo] {
            QFile file(demo);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = contents();
        QVERIFY(!before.isEmpty());
        for (const char* command : { "search 张伟", "search zhang", "list accounts --limit 5", "stats",
                 "--json list requests --limit 3" }) {
            const Run run = cliOn(words(command), demo);
            QVERIFY2(run.code == 0, command);
            QVERIFY2(!run.out.isEmpty(), command);
        }
        QVERIFY(!QFile::exists(demo + QStringLiteral("-wal")));
        QVERIFY(contents() == before);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
