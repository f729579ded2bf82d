#include "Cli.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tandem;

// tandem-cli's commands run through the tandem_cli library in this process, their output and errors
// caught in buffers: the parsing of words, the output and the exit codes, without starting a process.
class TestCliInProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList& arguments)
    {
        QBuffer out;
        QBuffer err;
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        const int code = Cli(QStringList { QStringLiteral("--database"), m_db } + arguments, out, err).run();
        return { code, QString::fromUtf8(out.data()), QString::fromUtf8(err.data()) };
    }
    Run cli(const char* text) { return cli(QString::fromUtf8(text).split(QLatin1Char(' '))); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("inprocess.db"));
        const Run run = cli("--json init");
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonObject ready = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(ready.value(QStringLiteral("database")).toString(), m_db);
        QVERIFY(ready.value(QStringLiteral("schema_version")).toInt() > 0);
    }

    void addAndList()
    {
        Run run = cli("add department --name Sales");
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("1\n"));
        // Both spellings of a value, and --json after the command.
        run = cli({ QStringLiteral("add"), QStringLiteral("staff"), QStringLiteral("--name=Ann Lee"),
            QStringLiteral("--department_id"), QStringLiteral("Sales"), QStringLiteral("--json") });
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("{\"id\":2}\n"));
        run = cli("--json list staff --department Sales");
        QCOMPARE(run.code, 0);
        const QJsonArray staff = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(staff.size(), 1);
        QCOMPARE(
            staff.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ann Lee"));
        QCOMPARE(staff.first().toObject().value(QStringLiteral("department_id")).toInt(), 1);
        run = cli("list departments");
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("id\tName\tParent department\n1\tSales\t\n"));
        // A word that starts with a single dash is a word, not an option.
        QCOMPARE(cli("search -Sales").code, 0);
    }

    void flagsTakeNoValue()
    {
        // --overdue and --dry-run are flags wherever they stand: the word after them is not their value.
        Run run = cli("--json list requests --overdue --limit 5");
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QStringLiteral("[]\n"));
        const QString csv = m_dir.filePath(QStringLiteral("accounts.csv"));
        QVERIFY(test::writeFile(csv, "name,city\nAcme,Leeds\n"));
        run = cli({ QStringLiteral("import"), QStringLiteral("accounts"), QStringLiteral("--dry-run"), csv });
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("nothing written")), qPrintable(run.out));
        QCOMPARE(cli("--json list accounts").out, QStringLiteral("[]\n"));
        run = cli({ QStringLiteral("import"), QStringLiteral("accounts"), csv });
        QCOMPARE(run.code, 0);
        QVERIFY2(
            run.out.startsWith(QStringLiteral("1 new, 0 updated, 0 rejected (written")), qPrintable(run.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("no command") << QString() << QStringLiteral("No command was given.");
        QTest::newRow("unknown command")
            << QStringLiteral("frobnicate") << QStringLiteral("Unknown command 'frobnicate'.");
        QTest::newRow("unknown option")
            << QStringLiteral("search Ann --colour red") << QStringLiteral("search has no option --colour.");
        QTest::newRow("unknown option with =")
            << QStringLiteral("chain Sales --colour=red") << QStringLiteral("chain has no option --colour.");
        QTest::newRow("missing value")
            << QStringLiteral("search Ann --limit") << QStringLiteral("Option --limit needs a value.");
        QTest::newRow("flag with a value") << QStringLiteral("list requests --overdue=yes")
                                           << QStringLiteral("Option --overdue takes no value.");
        QTest::newRow("no name") << QStringLiteral("add department -- Sales")
                                 << QStringLiteral("An option has no name.");
        QTest::newRow("action's options") << QStringLiteral("request 1 comment --rating 3")
                                          << QStringLiteral("request REF comment has no option --rating.");
        QTest::newRow("not a number")
            << QStringLiteral("generate --staff many") << QStringLiteral("--staff needs a whole number.");
    }

    void usageErrors()
    {
        QFETCH(QString, words);
        QFETCH(QString, sentence);
        const Run run = cli(words.isEmpty() ? QStringList() : words.split(QLatin1Char(' ')));
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(sentence + QLatin1Char('\n')), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral(
            "\nUsage: tandem-cli [--database PATH|postgresql://USER@HOST:PORT/DB] [--json] COMMAND ...\n")));
        QVERIFY(run.err.endsWith(
            QStringLiteral("Exit codes: 0 done, 1 usage, 2 bad input, 3 database problem, 4 "
                           "not found,\n5 changed by someone else since it was read (nothing "
                           "written).\n")));
    }

    void otherExitCodes()
    {
        Run run = cli("show department Nowhere");
        QCOMPARE(run.code, 4);
        QVERIFY(!run.err.contains(QStringLiteral("Usage:")));
        run = cli("add staff --name Bo --email not-an-address");
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("email")), qPrintable(run.err));
        run = cli("--help");
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: tandem-cli")));
        QVERIFY(run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliInProcess)
#include "tst_cliinprocess.moc"
