#include "CliFixture.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tandem;
using namespace tandem::test;

// A local database moved to a team server and back: the same counts on every side, and check passes on
// both. Runs only against the test run's throw-away PostgreSQL cluster.
class TestCliMigrate : public QObject, private CliFixture
{
    Q_OBJECT

    QJsonObject stats(const QString& database)
    {
        const Run run = cliOn({ QStringLiteral("--json"), QStringLiteral("stats") }, database);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        if (testServer().isEmpty()) {
            QSKIP("Needs the test run's PostgreSQL cluster (TANDEM_TEST_POSTGRES_FILE).");
        }
    }

    void aFileMovesToTheServerAndBack()
    {
        const QString file = m_dir.filePath(QStringLiteral("local.db"));
        QCOMPARE(cliOn(words("demo"), file).code, 0);
        const QString server = serverDatabaseFor(m_dir.filePath(QStringLiteral("server")));

        const Run moved = cliOn({ QStringLiteral("migrate-to"), server }, file);
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        QVERIFY(moved.out.contains(QStringLiteral("accounts: ")));
        const QJsonObject local = stats(file);
        QVERIFY(local.value(QStringLiteral("accounts")).toInt() > 0);
        QCOMPARE(stats(server), local);
        const Run checked = cliOn(words("check"), server);
        QVERIFY2(checked.code == 0, qPrintable(checked.out + checked.err));

        // Once moved, the server is no longer empty: a second move is refused and changes nothing.
        const Run again = cliOn({ QStringLiteral("migrate-to"), server }, file);
        QCOMPARE(again.code, 2);
        QCOMPARE(stats(server), local);

        // And back again through an archive, into a new file.
        const QString archive = m_dir.filePath(QStringLiteral("all.json"));
        const Run exported = cliOn({ QStringLiteral("export"), QStringLiteral("all"), archive }, server);
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString back = m_dir.filePath(QStringLiteral("back.db"));
        const Run imported = cliOn({ QStringLiteral("import"), QStringLiteral("all"), archive }, back);
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        QCOMPARE(stats(back), local);
        QCOMPARE(cliOn(words("check"), back).code, 0);

        // Records added on the server after the move take new ids.
        const Run added = cliOn({ QStringLiteral("add"), QStringLiteral("department"),
                                    QStringLiteral("--name"), QStringLiteral("Moved Team") },
            server);
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }

    void aServerAddressIsCheckedBeforeAnythingHappens()
    {
        const QString file = m_dir.filePath(QStringLiteral("other.db"));
        QCOMPARE(cliOn(words("init"), file).code, 0);
        const Run withPassword = cliOn(
            { QStringLiteral("migrate-to"), QStringLiteral("postgresql://someone:secret@127.0.0.1:1/x") },
            file);
        QCOMPARE(withPassword.code, 1);
        QVERIFY(withPassword.err.contains(QStringLiteral("PGPASSWORD")));
        const Run down = cliOn(
            { QStringLiteral("migrate-to"), QStringLiteral("postgresql://someone@127.0.0.1:1/x") }, file);
        QCOMPARE(down.code, 3);
        QVERIFY2(down.err.contains(QStringLiteral("Cannot reach the team server")), qPrintable(down.err));
        QVERIFY(!down.err.contains(QStringLiteral("secret")));
    }
};

QTEST_GUILESS_MAIN(TestCliMigrate)
#include "tst_climigrate.moc"
