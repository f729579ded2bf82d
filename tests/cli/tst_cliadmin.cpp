#include "CliFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tandem;

// tandem-cli admin on a team server: logins added with a password read from standard input, listed as a
// table and as JSON, refused with one sentence and the contract's exit code, and removed.
class TestCliAdmin : public QObject, public test::CliFixture
{
    Q_OBJECT

    QString m_server; // the owner's address of the test database
    const QString m_login = QStringLiteral("lan_%1").arg(QCoreApplication::applicationPid());

    // A run of tandem-cli with `input` on its standard input, signed in with `password` (PGPASSWORD,
    // as libpq reads it).
    Run cliWith(const QStringList& arguments, const QByteArray& input, const QString& database,
        const QByteArray& password = "tandem")
    {
        const QByteArray before = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", password);
        QProcess* process = test::startCli(arguments, database, m_dir.path());
        qputenv("PGPASSWORD", before);
        process->write(input);
        process->closeWriteChannel();
        return test::finishCli(process);
    }

    QString addressAs(const QString& login) const
    {
        QUrl url(m_server);
        url.setUserName(login);
        return url.toString();
    }

private slots:
    void initTestCase()
    {
        if (test::testServer().isEmpty()) {
            QSKIP("admin works on a PostgreSQL server (the cliadmin test in the test run)");
        }
        m_server = test::serverDatabaseFor(m_dir.filePath(QStringLiteral("team")));
        QCOMPARE(cliOn(words("init"), m_server).code, 0);
        QCOMPARE(cliOn({ QStringLiteral("add"), QStringLiteral("staff"), QStringLiteral("--name"),
                           QStringLiteral("Wu Lan") },
                     m_server)
                     .code,
            0);
    }

    void cleanupTestCase()
    {
        if (!m_server.isEmpty()) {
            cliOn({ QStringLiteral("admin"), QStringLiteral("remove-user"), m_login }, m_server);
        }
    }

    void addsAUserWithThePasswordFromStandardInput()
    {
        const Run added = cliWith(
            { QStringLiteral("admin"), QStringLiteral("add-user"), m_login, QStringLiteral("--staff"),
                QStringLiteral("Wu Lan"), QStringLiteral("--role"), QStringLiteral("rep") },
            "lan-secret\n", m_server);
        QCOMPARE(added.code, 0);
        QCOMPARE(added.out, QStringLiteral("%1 signs in as Wu Lan (Sales rep).\n").arg(m_login));

        const Run table = cliOn(words("admin users"), m_server);
        QCOMPARE(table.code, 0);
        QCOMPARE(table.out,
            QStringLiteral("Login\tColleague\tRole\tCan sign in\n%1\tWu Lan (%2)\tSales rep\tyes\n")
                .arg(m_login)
                .arg(shown(QStringLiteral("staff"), QStringLiteral("Wu Lan"), m_server)
                         .value(QStringLiteral("party_id"))
                         .toInteger()));
        const Run json = cliOn(words("--json admin users"), m_server);
        QCOMPARE(json.code, 0);
        const QJsonArray users = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(users.size(), 1);
        const QJsonObject user = users.first().toObject();
        QCOMPARE(user.value(QStringLiteral("login")).toString(), m_login);
        QCOMPARE(user.value(QStringLiteral("staff_name")).toString(), QStringLiteral("Wu Lan"));
        QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("rep"));
        QCOMPARE(user.value(QStringLiteral("can_sign_in")).toBool(), true);
        QVERIFY(user.value(QStringLiteral("staff")).toInteger() > 0);

        // The new login signs in with its password and sees itself only.
        const Run self
            = cliWith({ QStringLiteral("--json"), QStringLiteral("admin"), QStringLiteral("users") }, {},
                addressAs(m_login), "lan-secret");
        QCOMPARE(self.code, 0);
        QCOMPARE(QJsonDocument::fromJson(self.out.toUtf8()).array().size(), 1);
    }

    void refusalsSayWhyAndExitByTheContract()
    {
        const QStringList again { QStringLiteral("admin"), QStringLiteral("add-user"), m_login,
            QStringLiteral("--staff"), QStringLiteral("Wu Lan"), QStringLiteral("--role"),
            QStringLiteral("rep") };
        const Run exists = cliWith(again, "other\n", m_server);
        QCOMPARE(exists.code, 2);
        QCOMPARE(exists.err,
            QStringLiteral("The login %1 already exists on the team server; choose another name.\n")
                .arg(m_login));
        QStringList fresh = again;
        fresh[2] = QStringLiteral("new_") + m_login;
        const Run noPassword = cliWith(fresh, "\n", m_server);
        QCOMPARE(noPassword.code, 2);
        QVERIFY2(noPassword.err.startsWith(QStringLiteral("No password was given on standard input")),
            qPrintable(noPassword.err));
        QStringList badRole = fresh;
        badRole.last() = QStringLiteral("boss");
        QCOMPARE(cliWith(badRole, "pw\n", m_server).code, 1);
        QStringList nobody = fresh;
        nobody[4] = QStringLiteral("Nobody Here");
        QCOMPARE(cliWith(nobody, "pw\n", m_server).code, 2);
        QCOMPARE(cliOn(words("admin frobnicate"), m_server).code, 1);
        QCOMPARE(
            cliOn({ QStringLiteral("admin"), QStringLiteral("remove-user"), QStringLiteral("nobody_here") },
                m_server)
                .code,
            4);

        // A member who is no admin may not change the members.
        const Run notAdmin = cliWith({ QStringLiteral("admin"), QStringLiteral("remove-user"), m_login }, {},
            addressAs(m_login), "lan-secret");
        QCOMPARE(notAdmin.code, 2);
        QVERIFY2(notAdmin.err.startsWith(QStringLiteral("Only an administrator")), qPrintable(notAdmin.err));

        // A file has no members.
        const QString file = m_dir.filePath(QStringLiteral("own.db"));
        QCOMPARE(cliOn(words("init"), file).code, 0);
        const Run onFile = cliOn(words("admin users"), file);
        QCOMPARE(onFile.code, 3);
        QVERIFY2(onFile.err.startsWith(QStringLiteral("Team members exist only on a team server")),
            qPrintable(onFile.err));
    }

    void removesAUser()
    {
        const Run removed
            = cliOn({ QStringLiteral("admin"), QStringLiteral("remove-user"), m_login }, m_server);
        QCOMPARE(removed.code, 0);
        QCOMPARE(cliOn(words("--json admin users"), m_server).out, QStringLiteral("[]\n"));
        // The login is gone from the server: signing in with it fails.
        const Run gone = cliWith(words("admin users"), {}, addressAs(m_login), "lan-secret");
        QCOMPARE(gone.code, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_cliadmin.moc"
