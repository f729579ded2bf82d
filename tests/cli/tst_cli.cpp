#include "CliRunner.h"
#include "Clock.h"
#include "Database.h"
#include "EntityStore.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTest>
#include <sys/stat.h>

using namespace tandem;

// tandem-cli end to end: every command of the contract, and every exit code.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    using Run = test::CliRun;

    Run cliOn(const QStringList& arguments, const QString& database)
    {
        return test::runCli(arguments, database, m_dir.path());
    }
    Run cli(const QStringList& arguments) { return cliOn(arguments, m_db); }

    static QStringList words(const char* text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }

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

    // --- Requests: listing, satisfaction and the lifecycle from scripts ---

private:
    struct Tiny
    {
        QString path;
        qint64 ops = 0, sales = 0, ann = 0, ben = 0, cat = 0, acme = 0, link = 0;
    };

    // Ops (Ann, Ben), Sales (Cat), the account Acme and a pair Ann-Cat, with five requests dated from now:
    // Quote (Cat asks Ann, open, due yesterday), Forecast (Cat asks Ben, in progress, due in five days),
    // Install (Acme asks Ops, done on time, rated 4 and 5), Report (Cat asks Ann, done late, rated 2 and 3)
    // and Samples (Ann asks Acme, cancelled 200 days ago, rated 5 and 1).
    Tiny tinyDatabase(const QString& name)
    {
        Tiny tiny;
        tiny.path = m_dir.filePath(name);
        QFile::remove(tiny.path);
        auto db = Database::open(tiny.path);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return tiny;
        }
        EntityStore store(**db);
        auto add = [&store](const Entity& entity, const QMap<QString, QString>& values) -> qint64 {
            auto id = store.add(entity, values);
            if (!id) {
                qWarning("%s", qPrintable(id.error().message));
                return 0;
            }
            return *id;
        };
        auto daysAgo = [](int days) {
            return Clock::toIso(QDateTime::currentDateTimeUtc().addDays(-days));
        };
        tiny.ops = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Ops") } });
        tiny.sales = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        tiny.ann = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Ann") },
                { QStringLiteral("department_id"), QStringLiteral("Ops") } });
        tiny.ben = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Ben") },
                { QStringLiteral("department_id"), QStringLiteral("Ops") } });
        tiny.cat = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Cat") },
                { QStringLiteral("department_id"), QStringLiteral("Sales") } });
        tiny.acme = add(entities::account(), { { QStringLiteral("name"), QStringLiteral("Acme") } });
        tiny.link = add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Ann") },
                { QStringLiteral("b_party"), QStringLiteral("Cat") },
                { QStringLiteral("kind"), QStringLiteral("function") } });
        struct Request
        {
            const char *title, *requester, *provider, *status;
            int created, due, closed; // days ago; -1 none
            const char *requesterRating, *providerRating;
            const char* priority;
        };
        const Request requests[] = {
            { "Quote", "Cat", "Ann", "open", 10, 1, -1, "", "", "normal" },
            { "Forecast", "Cat", "Ben", "in_progress", 5, -5, -1, "", "", "low" },
            { "Install", "Acme", "Ops", "done", 20, 2, 3, "4", "5", "high" },
            { "Report", "Cat", "Ann", "done", 20, 6, 4, "2", "3", "normal" },
            { "Samples", "Ann", "Acme", "cancelled", 210, -1, 200, "5", "1", "normal" },
        };
        for (const Request& request : requests) {
            const QMap<QString, QString> values { { QStringLiteral("title"),
                                                      QString::fromLatin1(request.title) },
                { QStringLiteral("requester"), QString::fromLatin1(request.requester) },
                { QStringLiteral("provider"), QString::fromLatin1(request.provider) },
                { QStringLiteral("status"), QString::fromLatin1(request.status) },
                { QStringLiteral("created_at"), daysAgo(request.created) },
                { QStringLiteral("due_at"), request.due == -1 ? QString() : daysAgo(request.due) },
                { QStringLiteral("closed_at"), request.closed == -1 ? QString() : daysAgo(request.closed) },
                { QStringLiteral("requester_rating"), QString::fromLatin1(request.requesterRating) },
                { QStringLiteral("provider_rating"), QString::fromLatin1(request.providerRating) },
                { QStringLiteral("priority"), QString::fromLatin1(request.priority) } };
            if (!add(entities::request(), values)) {
                tiny.path.clear();
            }
        }
        if (!(tiny.ops && tiny.sales && tiny.ann && tiny.ben && tiny.cat && tiny.acme && tiny.link)) {
            tiny.path.clear();
        }
        return tiny;
    }

    Tiny m_tiny;
    const Tiny& tiny()
    {
        if (m_tiny.path.isEmpty()) {
            m_tiny = tinyDatabase(QStringLiteral("tiny.db"));
        }
        return m_tiny;
    }

    QJsonObject shown(const QString& kind, const QString& ref, const QString& database)
    {
        const Run run = cliOn({ QStringLiteral("--json"), QStringLiteral("show"), kind, ref }, database);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void addRequestFollowsThePair()
    {
        const Tiny tiny = tinyDatabase(QStringLiteral("pairs.db"));
        QVERIFY(!tiny.path.isEmpty());
        Run run = cliOn(words("add request --requester Cat --provider Ann --title Brochure"), tiny.path);
        QCOMPARE(run.code, 0);
        QJsonObject request = shown(QStringLiteral("request"), run.out.trimmed(), tiny.path);
        QCOMPARE(request.value(QStringLiteral("link_id")).toInteger(), tiny.link);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        run = cliOn(words("add request --requester Ben --provider Acme --title Visit"), tiny.path);
        QCOMPARE(run.code, 0);
        request = shown(QStringLiteral("request"), run.out.trimmed(), tiny.path);
        QVERIFY(request.contains(QStringLiteral("link_id")));
        QVERIFY(request.value(QStringLiteral("link_id")).isNull());
    }

    void listRequestsFilters_data()
    {
        QTest::addColumn<QString>("filters");
        QTest::addColumn<int>("count");
        QTest::newRow("everything") << QString() << 5;
        QTest::newRow("party") << QStringLiteral("--party Ann") << 3;
        QTest::newRow("requester") << QStringLiteral("--requester Cat") << 3;
        QTest::newRow("provider") << QStringLiteral("--provider Ann") << 2;
        QTest::newRow("requester and provider") << QStringLiteral("--requester Cat --provider Ben") << 1;
        QTest::newRow("department") << QStringLiteral("--department Sales") << 3;
        QTest::newRow("department as requester")
            << QStringLiteral("--department Sales --side requester") << 3;
        QTest::newRow("department as provider") << QStringLiteral("--department Sales --side provider") << 0;
        QTest::newRow("members as requester") << QStringLiteral("--department Ops --side requester") << 1;
        QTest::newRow("members as provider") << QStringLiteral("--department Ops --side provider") << 4;
        QTest::newRow("members either side") << QStringLiteral("--department Ops --side either") << 5;
        QTest::newRow("status active") << QStringLiteral("--status active") << 2;
        QTest::newRow("status closed") << QStringLiteral("--status closed") << 3;
        QTest::newRow("two statuses") << QStringLiteral("--status done,cancelled") << 3;
        QTest::newRow("status open") << QStringLiteral("--status open") << 1;
        QTest::newRow("status in progress or waiting") << QStringLiteral("--status in_progress,waiting") << 1;
        QTest::newRow("overdue") << QStringLiteral("--overdue") << 1;
        QTest::newRow("party, overdue") << QStringLiteral("--party Ann --overdue") << 1;
        QTest::newRow("members as provider, closed")
            << QStringLiteral("--department Ops --side provider --status closed") << 2;
        QTest::newRow("limit") << QStringLiteral("--limit 2") << 2;
        QTest::newRow("closed, limit") << QStringLiteral("--status closed --limit 1") << 1;
        QTest::newRow("a column, as before") << QStringLiteral("--priority high") << 1;
        QTest::newRow("a column and a status, as before")
            << QStringLiteral("--priority normal --status done") << 1;
    }

    void listRequestsFilters()
    {
        QFETCH(QString, filters);
        QFETCH(int, count);
        QVERIFY(!tiny().path.isEmpty());
        QStringList arguments { QStringLiteral("list"), QStringLiteral("requests") };
        arguments << filters.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        Run run = cliOn(QStringList { QStringLiteral("--json") } + arguments, tiny().path);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), count);
        for (const QJsonValue& row : rows) {
            QVERIFY(row.toObject().contains(QStringLiteral("requester_rating")));
        }
        run = cliOn(arguments, tiny().path);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), count + 1); // the header, then a line each
        QVERIFY(run.out.startsWith(QStringLiteral("id\tTitle\tRequester\tProvider\tStatus\tDue\n")));
    }

    void listRequestsNewestFirst()
    {
        QVERIFY(!tiny().path.isEmpty());
        Run run = cliOn(words("--json list requests --limit 2"), tiny().path);
        QCOMPARE(run.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Forecast"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Quote"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("provider")).toInteger(), tiny().ann);
        run = cliOn(words("list requests --overdue"), tiny().path);
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).contains(QStringLiteral("\tQuote\tCat\tAnn\tOpen\t")), qPrintable(lines.at(1)));
    }

    void listRequestsRefusesBadFilters()
    {
        QVERIFY(!tiny().path.isEmpty());
        Run run = cliOn(words("list requests --status soon"), tiny().path);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QStringLiteral("--status")), qPrintable(run.err));
        run = cliOn(words("list requests --status done,later"), tiny().path);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--status")));
        run = cliOn(words("list requests --department Ops --side up"), tiny().path);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.startsWith(QStringLiteral("--side")));
        QCOMPARE(cliOn(words("list requests --side provider"), tiny().path).code, 1);
        QCOMPARE(cliOn(words("list requests --party Ann --priority high"), tiny().path).code, 1);
        run = cliOn(words("list requests --party Nobody"), tiny().path);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--party")) && run.err.contains(QStringLiteral("Nobody")));
        run = cliOn(words("list requests --department Ann"), tiny().path);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--department")));
        QCOMPARE(cliOn(words("list requests --requester Nobody"), tiny().path).code, 2);
        QCOMPARE(cliOn(words("list requests --limit many"), tiny().path).code, 1);
    }

    void satisfactionFigures()
    {
        const Tiny& t = tiny();
        QVERIFY(!t.path.isEmpty());
        auto json = [&t, this](const char* arguments) {
            const Run run = cliOn(words(arguments), t.path);
            return run.code == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject();
        };
        const QJsonObject ops = json("--json satisfaction Ops");
        QCOMPARE(ops,
            (QJsonObject { { QStringLiteral("party"), t.ops },
                { QStringLiteral("name"), QStringLiteral("Ops") }, { QStringLiteral("days"), 90 },
                { QStringLiteral("rated"), 2 }, { QStringLiteral("average"), 3.0 },
                { QStringLiteral("done"), 2 }, { QStringLiteral("done_with_due"), 2 },
                { QStringLiteral("on_time"), 1 }, { QStringLiteral("on_time_rate"), 0.5 },
                { QStringLiteral("open"), 2 }, { QStringLiteral("overdue"), 1 },
                { QStringLiteral("rated_as_requester"), 0 },
                { QStringLiteral("average_as_requester"), QJsonValue() } }));
        const QJsonObject year = json("--json satisfaction Ops --days 365");
        QCOMPARE(year.value(QStringLiteral("days")).toInt(), 365);
        QCOMPARE(year.value(QStringLiteral("rated")).toInt(), 2);
        QCOMPARE(year.value(QStringLiteral("rated_as_requester")).toInt(), 1);
        QCOMPARE(year.value(QStringLiteral("average_as_requester")).toDouble(), 1.0);
        const QJsonObject sales = json("--json satisfaction Sales");
        QCOMPARE(sales,
            (QJsonObject { { QStringLiteral("party"), t.sales },
                { QStringLiteral("name"), QStringLiteral("Sales") }, { QStringLiteral("days"), 90 },
                { QStringLiteral("rated"), 0 }, { QStringLiteral("average"), QJsonValue() },
                { QStringLiteral("done"), 0 }, { QStringLiteral("done_with_due"), 0 },
                { QStringLiteral("on_time"), 0 }, { QStringLiteral("on_time_rate"), QJsonValue() },
                { QStringLiteral("open"), 0 }, { QStringLiteral("overdue"), 0 },
                { QStringLiteral("rated_as_requester"), 1 },
                { QStringLiteral("average_as_requester"), 3.0 } }));
        const QJsonObject ann = json("--json satisfaction Ann");
        QCOMPARE(ann.value(QStringLiteral("party")).toInteger(), t.ann);
        QCOMPARE(ann.value(QStringLiteral("rated")).toInt(), 1);
        QCOMPARE(ann.value(QStringLiteral("average")).toDouble(), 2.0);
        QCOMPARE(ann.value(QStringLiteral("on_time")).toInt(), 0);
        QVERIFY(ann.value(QStringLiteral("on_time_rate")).isDouble());
        QCOMPARE(ann.value(QStringLiteral("on_time_rate")).toDouble(), 0.0);
        QCOMPARE(ann.value(QStringLiteral("open")).toInt(), 1);
        QCOMPARE(ann.value(QStringLiteral("overdue")).toInt(), 1);

        // The ranking holds the same objects, best first.
        const QJsonObject ranking = json("--json satisfaction");
        QCOMPARE(ranking.value(QStringLiteral("days")).toInt(), 90);
        QCOMPARE(ranking.value(QStringLiteral("departments")).toArray(), (QJsonArray { ops, sales }));
        QCOMPARE(json("--json satisfaction --days 30").value(QStringLiteral("days")).toInt(), 30);

        Run run = cliOn(words("satisfaction Ops"), t.path);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out,
            QStringLiteral("Name: Ops\nDays: 90\nRated: 2\nAverage: 3.0\nDone: 2\nOn time: 50%\nOpen: 2\n"
                           "Overdue: 1\nRated as requester: 0\nAverage as requester: unrated\n"));
        run = cliOn(words("satisfaction Sales"), t.path);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("\nAverage: unrated\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("\nOn time: no due dates\n")));
        QVERIFY(run.out.contains(QStringLiteral("\nAverage as requester: 3.0\n")));
        run = cliOn(words("satisfaction"), t.path);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out,
            QStringLiteral("1\tOps\taverage 3.0\trated 2\ton time 50%\topen 2\toverdue 1\n"
                           "2\tSales\tunrated\trated 0\tno due dates\topen 0\toverdue 0\n"));

        QCOMPARE(cliOn(words("satisfaction Nobody"), t.path).code, 4);
        QCOMPARE(cliOn(words("satisfaction --days 0"), t.path).code, 1);
        QCOMPARE(cliOn(words("satisfaction --days soon"), t.path).code, 1);
        QCOMPARE(cliOn(words("satisfaction Ops Sales"), t.path).code, 1);
        QCOMPARE(cliOn(words("satisfaction Ops --window 3"), t.path).code, 1);
    }

    void requestTransitions()
    {
        const Tiny t = tinyDatabase(QStringLiteral("moves.db"));
        QVERIFY(!t.path.isEmpty());
        auto request = [&t, this](const QStringList& arguments) {
            return cliOn(QStringList { QStringLiteral("request") } + arguments, t.path);
        };
        auto show = [&t, this](const char* title) {
            return shown(QStringLiteral("request"), QString::fromLatin1(title), t.path);
        };

        // Late work does not go on without a reason, a fix and its owner; nothing changes.
        QJsonObject before = show("Quote");
        Run run = request(words("Quote start"));
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QStringLiteral("delay_reason")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(show("Quote"), before);
        run = request({ QStringLiteral("Quote"), QStringLiteral("start"), QStringLiteral("--delay-reason"),
            QStringLiteral("Parts late"), QStringLiteral("--corrective-action"),
            QStringLiteral("Order earlier"), QStringLiteral("--corrective-owner"), QStringLiteral("Ben") });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QJsonObject after = show("Quote");
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(after.value(QStringLiteral("delay_reason")).toString(), QStringLiteral("Parts late"));
        QCOMPARE(
            after.value(QStringLiteral("corrective_action")).toString(), QStringLiteral("Order earlier"));
        QCOMPARE(after.value(QStringLiteral("corrective_owner")).toInteger(), t.ben);
        run = request(words("Quote wait --json"));
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(),
            (QJsonObject { { QStringLiteral("id"), after.value(QStringLiteral("id")) },
                { QStringLiteral("status"), QStringLiteral("waiting") } }));

        // A closed request only reopens.
        before = show("Install");
        run = request(words("Install start"));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("reopened")), qPrintable(run.err));
        QCOMPARE(show("Install"), before);

        // Ratings are 1 to 5, and only on closing.
        before = show("Forecast");
        for (const char* refused : { "Forecast done --rating 6", "Forecast done --provider-rating 0",
                 "Forecast done --rating x", "Forecast wait --rating 4", "Forecast done --feedback Meh" }) {
            run = request(words(refused));
            QVERIFY2(run.code == 2, refused);
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(run.err.contains(QStringLiteral("rating")), qPrintable(run.err));
            QCOMPARE(show("Forecast"), before);
        }
        run = request(
            words("Forecast done --rating 5 --feedback Great --provider-rating 4 --provider-feedback Clear"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        after = show("Forecast");
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY(!after.value(QStringLiteral("closed_at")).isNull());
        QCOMPARE(after.value(QStringLiteral("requester_rating")).toInt(), 5);
        QCOMPARE(after.value(QStringLiteral("requester_feedback")).toString(), QStringLiteral("Great"));
        QCOMPARE(after.value(QStringLiteral("provider_rating")).toInt(), 4);
        QCOMPARE(after.value(QStringLiteral("provider_feedback")).toString(), QStringLiteral("Clear"));
        QCOMPARE(request(words("Forecast reopen")).code, 0);
        after = show("Forecast");
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        for (const char* cleared :
            { "closed_at", "requester_rating", "requester_feedback", "provider_rating" }) {
            QVERIFY2(after.value(QString::fromLatin1(cleared)).isNull(), cleared);
        }
        QCOMPARE(request(words("Forecast cancel --note Withdrawn")).code, 0);
        QCOMPARE(request(words("Forecast rate --rating 3")).code, 0);
        QCOMPARE(show("Forecast").value(QStringLiteral("requester_rating")).toInt(), 3);
        // Both ratings or neither.
        before = show("Forecast");
        QCOMPARE(request(words("Forecast rate --rating 2 --provider-rating 9")).code, 2);
        QCOMPARE(show("Forecast"), before);
        QCOMPARE(request(words("Forecast rate")).code, 1);

        QCOMPARE(request(words("Quote comment --note Called")).code, 0);
        run = request(words("Quote comment"));
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("note")));

        // Reassigned, the request travels along the new pair, if any.
        QCOMPARE(request(words("Quote reassign --to Ben")).code, 0);
        after = show("Quote");
        QCOMPARE(after.value(QStringLiteral("provider")).toInteger(), t.ben);
        QVERIFY(after.value(QStringLiteral("link_id")).isNull());
        QCOMPARE(request(words("Quote reassign --to Ann --note Back")).code, 0);
        QCOMPARE(show("Quote").value(QStringLiteral("link_id")).toInteger(), t.link);
        QCOMPARE(request(words("Quote reassign --to Ann")).code, 2);
        QCOMPARE(request(words("Quote reassign --to Nobody")).code, 2);
        QCOMPARE(request(words("Forecast reassign --to Ann")).code, 2); // closed
        QCOMPARE(request(words("Quote reassign")).code, 1);

        QCOMPARE(request(words("Nowhere start")).code, 4);
        QCOMPARE(request(words("Quote fly")).code, 1);
        QCOMPARE(request(words("Quote comment --rating 3")).code, 1);
        QCOMPARE(request(words("Quote")).code, 1);
    }
    // --- Handover: a colleague leaves ---

private:
    // Sales: Mia manages Dan, who leaves, with 苏州恒达机电 and Acme Ltd (a contact each, an open next step
    // on Acme); Sue takes over; Tom holds nothing; Old has left. Pat in Service pairs with Dan and has asked
    // him for a quote.
    QString handoverDatabase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        auto db = Database::open(path);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return QString();
        }
        EntityStore store(**db);
        bool ok = true;
        auto add = [&store, &ok](const Entity& entity, const QMap<QString, QString>& values) {
            auto id = store.add(entity, values);
            if (!id) {
                qWarning("%s", qPrintable(id.error().message));
                ok = false;
            }
        };
        add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Service") } });
        for (const char* name : { "Mia Stone", "Dan Field", "Sue Park", "Tom Reed", "Una Vale" }) {
            add(entities::staff(),
                { { QStringLiteral("name"), QString::fromLatin1(name) },
                    { QStringLiteral("department_id"), QStringLiteral("Sales") },
                    { QStringLiteral("manager_id"),
                        qstrcmp(name, "Dan Field") == 0 ? QStringLiteral("Mia Stone") : QString() } });
        }
        add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Old Hand") },
                { QStringLiteral("department_id"), QStringLiteral("Sales") },
                { QStringLiteral("status"), QStringLiteral("departed") },
                { QStringLiteral("left_on"), QStringLiteral("2026-01-31") } });
        add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Pat Quinn") },
                { QStringLiteral("department_id"), QStringLiteral("Service") } });
        for (const char* name : { "苏州恒达机电", "Acme Ltd", "Birch & Co" }) {
            add(entities::account(),
                { { QStringLiteral("name"), QString::fromUtf8(name) },
                    { QStringLiteral("owner_id"), QStringLiteral("Dan Field") },
                    { QStringLiteral("segment"), QStringLiteral("loyal") } });
        }
        add(entities::contact(),
            { { QStringLiteral("account_id"), QStringLiteral("苏州恒达机电") },
                { QStringLiteral("name"), QStringLiteral("王伟") } });
        add(entities::contact(),
            { { QStringLiteral("account_id"), QStringLiteral("Acme Ltd") },
                { QStringLiteral("name"), QStringLiteral("Alice Adams") } });
        add(entities::interaction(),
            { { QStringLiteral("account_id"), QStringLiteral("Acme Ltd") },
                { QStringLiteral("staff_id"), QStringLiteral("Dan Field") },
                { QStringLiteral("kind"), QStringLiteral("call") },
                { QStringLiteral("next_step"), QStringLiteral("Send the quote") },
                { QStringLiteral("next_step_due"), QStringLiteral("2099-01-01") } });
        add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Dan Field") },
                { QStringLiteral("b_party"), QStringLiteral("Pat Quinn") },
                { QStringLiteral("kind"), QStringLiteral("function") } });
        add(entities::request(),
            { { QStringLiteral("requester"), QStringLiteral("Pat Quinn") },
                { QStringLiteral("provider"), QStringLiteral("Dan Field") },
                { QStringLiteral("title"), QStringLiteral("Quote for Acme") } });
        return ok ? path : QString();
    }

    QString pdfText(const QString& pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            return QString();
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static bool havePdfToText()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }

private slots:
    void handoverDryRunWritesNothing()
    {
        const QString db = handoverDatabase(QStringLiteral("handover-dry.db"));
        QVERIFY(!db.isEmpty());
        const QString stats = cliOn(words("--json stats"), db).out;
        const QString accounts = cliOn(words("--json list accounts"), db).out;
        const QString staff = cliOn(words("--json list staff"), db).out;
        // Every table a handover writes (the file itself may change: closing runs PRAGMA optimize).
        QStringList data;
        for (const char* kind : { "accounts", "staff", "interactions", "requests", "links" }) {
            data << cliOn({ QStringLiteral("--json"), QStringLiteral("list"), QString::fromLatin1(kind) }, db)
                        .out;
        }

        Run run = cliOn({ QStringLiteral("handover"), QStringLiteral("--from"), QStringLiteral("Dan Field"),
                            QStringLiteral("--to"), QStringLiteral("Sue Park"), QStringLiteral("--dry-run") },
            db);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // Three accounts and their visits, a follow-up, a request, a pair.
        QCOMPARE(lines.size(), 9);
        QVERIFY2(lines.contains(QStringLiteral("account\tAcme Ltd\tSue Park")), qPrintable(run.out));
        QVERIFY(lines.contains(QStringLiteral("account\t苏州恒达机电\tSue Park")));
        QVERIFY(lines.contains(QStringLiteral("follow_up\tAcme Ltd: Send the quote\tSue Park")));
        QVERIFY(lines.contains(QStringLiteral("request\tQuote for Acme (for Pat Quinn)\tSue Park")));
        QVERIFY(lines.contains(QStringLiteral("link\tFunction pair with Pat Quinn\tSue Park")));
        for (const QString& line : lines) {
            QCOMPARE(line.count(QLatin1Char('\t')), 2);
        }

        run = cliOn({ QStringLiteral("--json"), QStringLiteral("handover"), QStringLiteral("--from"),
                        QStringLiteral("Dan Field"), QStringLiteral("--to"), QStringLiteral("Sue Park"),
                        QStringLiteral("--dry-run"), QStringLiteral("--end-pairs") },
            db);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray moves = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(moves.size(), 9);
        QMap<QString, int> kinds;
        for (const QJsonValue& value : moves) {
            const QJsonObject move = value.toObject();
            QCOMPARE(move.keys(),
                (QStringList { QStringLiteral("item"), QStringLiteral("kind"), QStringLiteral("to"),
                    QStringLiteral("to_name"), QStringLiteral("what") }));
            ++kinds[move.value(QStringLiteral("kind")).toString()];
            if (move.value(QStringLiteral("kind")).toString() == QLatin1String("link")) {
                QVERIFY(move.value(QStringLiteral("to")).isNull()); // --end-pairs: the pair ends
            } else {
                QCOMPARE(move.value(QStringLiteral("to_name")).toString(), QStringLiteral("Sue Park"));
            }
        }
        QCOMPARE(kinds,
            (QMap<QString, int> { { QStringLiteral("account"), 3 }, { QStringLiteral("visit"), 3 },
                { QStringLiteral("follow_up"), 1 }, { QStringLiteral("request"), 1 },
                { QStringLiteral("link"), 1 } }));

        QCOMPARE(cliOn(words("--json stats"), db).out, stats);
        QCOMPARE(cliOn(words("--json list accounts"), db).out, accounts);
        QCOMPARE(cliOn(words("--json list staff"), db).out, staff);
        QStringList after;
        for (const char* kind : { "accounts", "staff", "interactions", "requests", "links" }) {
            after << cliOn(
                { QStringLiteral("--json"), QStringLiteral("list"), QString::fromLatin1(kind) }, db)
                         .out;
        }
        QCOMPARE(after, data);
    }

    void handoverMovesPrintsAndUndoes()
    {
        const QString db = handoverDatabase(QStringLiteral("handover.db"));
        QVERIFY(!db.isEmpty());
        const QString pdf = m_dir.filePath(QStringLiteral("handover brief.pdf"));
        Run run = cliOn({ QStringLiteral("handover"), QStringLiteral("--from"), QStringLiteral("Dan Field"),
                            QStringLiteral("--to"), QStringLiteral("Sue Park"), QStringLiteral("--reason"),
                            QStringLiteral("Moved to Shanghai"), QStringLiteral("--first-visit-days"),
                            QStringLiteral("7"), QStringLiteral("--brief"), pdf },
            db);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Handover 1: 3 account")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("moved to Sue Park")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Briefing written to")));
        QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        if (havePdfToText()) {
            const QString text = pdfText(pdf);
            for (const char* expected :
                { "苏州恒达机电", "Acme Ltd", "王伟", "Dan Field", "Moved to Shanghai" }) {
                QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
            }
        }

        QJsonObject dan = shown(QStringLiteral("staff"), QStringLiteral("Dan Field"), db);
        QCOMPARE(dan.value(QStringLiteral("status")).toString(), QStringLiteral("departed"));
        QVERIFY(!dan.value(QStringLiteral("left_on")).isNull());
        QCOMPARE(shown(QStringLiteral("account"), QStringLiteral("Acme Ltd"), db)
                     .value(QStringLiteral("owner_id")),
            shown(QStringLiteral("staff"), QStringLiteral("Sue Park"), db).value(QStringLiteral("party_id")));
        QCOMPARE(shown(QStringLiteral("request"), QStringLiteral("Quote for Acme"), db)
                     .value(QStringLiteral("provider")),
            shown(QStringLiteral("staff"), QStringLiteral("Sue Park"), db).value(QStringLiteral("party_id")));
        QCOMPARE(QJsonDocument::fromJson(cliOn(words("--json stats"), db).out.toUtf8())
                     .object()
                     .value(QStringLiteral("handovers"))
                     .toInt(),
            1);

        // The first visits are planned a week on: nobody is expected to have called yet, so nothing is
        // flagged.
        run = cliOn(words("--json handover watch"), db);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 0);
        // Once the planned visits are past due and nobody went, the three accounts are flagged.
        {
            auto database = Database::open(db);
            QVERIFY(database);
            QVERIFY(sql::run((*database)->connection(),
                QStringLiteral("UPDATE interactions SET next_step_due = ? WHERE id IN (SELECT item_id FROM "
                               "handover_items WHERE previous_value = 'visit')"),
                { QDate::currentDate().addDays(-1).toString(Qt::ISODate) }));
        }
        run = cliOn(words("--json handover watch"), db);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray flags = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(flags.size(), 3);
        for (const QJsonValue& flag : flags) {
            QCOMPARE(flag.toObject().value(QStringLiteral("risk")).toString(), QStringLiteral("no_contact"));
            QCOMPARE(flag.toObject().value(QStringLiteral("handover")).toInt(), 1);
            QCOMPARE(flag.toObject().value(QStringLiteral("successor_name")).toString(),
                QStringLiteral("Sue Park"));
            QVERIFY(flag.toObject()
                        .value(QStringLiteral("text"))
                        .toString()
                        .startsWith(QStringLiteral("Nobody")));
        }
        run = cliOn(words("handover watch"), db);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), 3);
        QVERIFY2(
            run.out.contains(QStringLiteral("1\tno_contact\t苏州恒达机电\tSue Park\t")), qPrintable(run.out));

        // Undone: back as it was, once.
        run = cliOn(words("handover undo 1"), db);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(run.out, QStringLiteral("Handover 1 was undone.\n"));
        dan = shown(QStringLiteral("staff"), QStringLiteral("Dan Field"), db);
        QCOMPARE(dan.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(dan.value(QStringLiteral("left_on")).isNull());
        QCOMPARE(shown(QStringLiteral("account"), QStringLiteral("Acme Ltd"), db)
                     .value(QStringLiteral("owner_id")),
            dan.value(QStringLiteral("party_id")));
        QCOMPARE(cliOn(words("--json handover watch"), db).out, QStringLiteral("[]\n"));
        run = cliOn(words("handover undo 1"), db);
        QCOMPARE(run.code, 4);
        QCOMPARE(run.err, QStringLiteral("There is no handover 1.\n"));

        // Shared out among three, the pair ended, the briefing as HTML; --json tells the counts.
        const QString html = m_dir.filePath(QStringLiteral("handover.html"));
        run = cliOn({ QStringLiteral("--json"), QStringLiteral("handover"), QStringLiteral("--from"),
                        QStringLiteral("Dan Field"), QStringLiteral("--to"), QStringLiteral("Sue Park"),
                        QStringLiteral("--split"), QStringLiteral("Tom Reed,Una Vale,Sue Park"),
                        QStringLiteral("--end-pairs"), QStringLiteral("--watch-days"), QStringLiteral("30"),
                        QStringLiteral("--brief"), html },
            db);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonObject done = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(done.value(QStringLiteral("id")).toInt() > 0);
        QCOMPARE(done.value(QStringLiteral("accounts")).toInt(), 3);
        QCOMPARE(done.value(QStringLiteral("follow_ups")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("requests")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("pairs")).toInt(), 0);
        QCOMPARE(done.value(QStringLiteral("ended_pairs")).toInt(), 1);
        QCOMPARE(done.value(QStringLiteral("visits")).toInt(), 3);
        QCOMPARE(done.value(QStringLiteral("brief")).toString(), html);
        // Tom and Una had none, Sue none either: one each, in the order named.
        QCOMPARE(done.value(QStringLiteral("successors")).toArray().size(), 3);
        for (const char* colleague : { "Tom Reed", "Una Vale", "Sue Park" }) {
            const Run owned
                = cliOn({ QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("accounts"),
                            QStringLiteral("--owner"), QString::fromLatin1(colleague) },
                    db);
            QCOMPARE(QJsonDocument::fromJson(owned.out.toUtf8()).array().size(), 1);
        }
        const QString briefing = QString::fromUtf8(test::fileBytes(html));
        QVERIFY(briefing.contains(QStringLiteral("苏州恒达机电")));
        QVERIFY(briefing.contains(QStringLiteral("Birch &amp; Co")));
        QCOMPARE(
            QJsonDocument::fromJson(cliOn(words("--json list links"), db).out.toUtf8()).array().size(), 0);
    }

    void handoverRefusals()
    {
        const QString db = handoverDatabase(QStringLiteral("handover-refused.db"));
        QVERIFY(!db.isEmpty());
        const QString stats = cliOn(words("stats"), db).out;
        const QString staff = cliOn(words("--json list staff"), db).out;
        auto handover = [&db, this](const QStringList& arguments) {
            return cliOn(QStringList { QStringLiteral("handover") } + arguments, db);
        };
        const QString brief = m_dir.filePath(QStringLiteral("refused.pdf"));
        const struct
        {
            QStringList arguments;
            int code;
            QString sentence;
        } cases[] = {
            { { QStringLiteral("--from"), QStringLiteral("Dan Field"), QStringLiteral("--to"),
                  QStringLiteral("Dan Field") },
                2, QStringLiteral("Dan Field cannot hand over to themselves; choose another successor.\n") },
            { { QStringLiteral("--from"), QStringLiteral("Dan Field"), QStringLiteral("--to"),
                  QStringLiteral("Old Hand"), QStringLiteral("--brief"), brief },
                2,
                QStringLiteral("Old Hand has left and cannot take anything over; choose a colleague who is "
                               "still here.\n") },
            { { QStringLiteral("--from"), QStringLiteral("Dan Field"), QStringLiteral("--to"),
                  QStringLiteral("Sue Park"), QStringLiteral("--split"),
                  QStringLiteral("Tom Reed,Old Hand") },
                2,
                QStringLiteral("Old Hand has left and cannot take anything over; choose a colleague who is "
                               "still here.\n") },
            { { QStringLiteral("--from"), QStringLiteral("Tom Reed"), QStringLiteral("--to"),
                  QStringLiteral("Sue Park") },
                2,
                QStringLiteral(
                    "Tom Reed holds no accounts, follow-ups, open requests or pairs: there is nothing "
                    "to hand over.\n") },
            { { QStringLiteral("--from"), QStringLiteral("Tom Reed"), QStringLiteral("--to"),
                  QStringLiteral("Sue Park"), QStringLiteral("--dry-run") },
                2,
                QStringLiteral(
                    "Tom Reed holds no accounts, follow-ups, open requests or pairs: there is nothing "
                    "to hand over.\n") },
            { { QStringLiteral("--from"), QStringLiteral("Nobody"), QStringLiteral("--to"),
                  QStringLiteral("Sue Park") },
                4, QStringLiteral("No colleague matches 'Nobody'.\n") },
            { { QStringLiteral("--from"), QStringLiteral("Dan Field"), QStringLiteral("--to"),
                  QStringLiteral("Nobody"), QStringLiteral("--dry-run") },
                4, QStringLiteral("No colleague matches 'Nobody'.\n") },
            { { QStringLiteral("--from"), QStringLiteral("Dan Field"), QStringLiteral("--to"),
                  QStringLiteral("Sue Park"), QStringLiteral("--split"), QStringLiteral("Tom Reed,Nobody") },
                4, QStringLiteral("No colleague matches 'Nobody'.\n") },
            { { QStringLiteral("--from"), QStringLiteral("Dan Field"), QStringLiteral("--to"),
                  QStringLiteral("Sue Park"), QStringLiteral("--brief"),
                  m_dir.filePath(QStringLiteral("no/such/folder/b.pdf")) },
                2, {} },
        };
        for (const auto& c : cases) {
            const Run run = handover(c.arguments);
            QVERIFY2(run.code == c.code,
                qPrintable(c.arguments.join(QLatin1Char(' ')) + QLatin1Char(':') + run.err));
            if (!c.sentence.isEmpty()) {
                QVERIFY2(run.err.endsWith(c.sentence), qPrintable(run.err));
            }
            QVERIFY(run.out.isEmpty());
            QCOMPARE(cliOn(words("stats"), db).out, stats);
            QCOMPARE(cliOn(words("--json list staff"), db).out, staff);
        }
        QVERIFY(!QFile::exists(brief));

        // Usage: what is missing or malformed.
        for (const char* usage : { "handover", "handover --from Dan", "handover --to Sue",
                 "handover --from Dan --to Sue --brief x.doc", "handover --from Dan --to Sue --colour red",
                 "handover --from Dan --to Sue --first-visit-days soon",
                 "handover --from Dan --to Sue --dry-run --brief x.pdf", "handover undo",
                 "handover undo first", "handover watch now", "handover --from Dan --to Sue extra" }) {
            const Run run = cliOn(words(usage), db);
            QVERIFY2(run.code == 1, usage);
            QVERIFY2(run.err.contains(QStringLiteral("Usage: tandem-cli")), usage);
        }
        QCOMPARE(cliOn(words("handover undo 99"), db).code, 4);
        QCOMPARE(cliOn(words("stats"), db).out, stats);
    }

    void handoverWaitsForAnotherWriter()
    {
        const QString db = handoverDatabase(QStringLiteral("handover-locked.db"));
        QVERIFY(!db.isEmpty());
        auto other = Database::open(db);
        QVERIFY(other);
        Transaction holding(**other);
        QVERIFY(!holding.error());
        const Run run
            = cliOn({ QStringLiteral("handover"), QStringLiteral("--from"), QStringLiteral("Dan Field"),
                        QStringLiteral("--to"), QStringLiteral("Sue Park") },
                db);
        QCOMPARE(run.code, 3);
        QVERIFY2(run.err.contains(QStringLiteral("Another copy of Tandem is writing")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
