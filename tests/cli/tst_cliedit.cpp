#include "CliFixture.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tandem;

// tandem-cli set and remove: a record changed field by field, only from the version a script read when it
// says so (exit 5 and nothing written when someone changed it since), and removed where the model allows.
class TestCliEdit : public QObject, public test::CliFixture
{
    Q_OBJECT

    QString m_db;

    Run cli(const QStringList& arguments) { return cliOn(arguments, m_db); }

    qint64 versionOf(const QString& kind, const QString& ref)
    {
        return shown(kind, ref, m_db).value(QStringLiteral("version")).toInteger(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The audit log names whoever ran the command by their login.
        qputenv("USER", "wang.wei");
        m_db = m_dir.filePath(QStringLiteral("edit.db"));
        QCOMPARE(cli(words("init")).code, 0);
        QCOMPARE(cli(words("add department --name Sales")).code, 0);
        QCOMPARE(cli(words("add staff --name Li --email li@example.com --department_id Sales")).code, 0);
        QCOMPARE(cli({ QStringLiteral("add"), QStringLiteral("account"), QStringLiteral("--name"),
                         QStringLiteral("Acme Ltd"), QStringLiteral("--owner_id"),
                         QStringLiteral("li@example.com"), QStringLiteral("--city"), QStringLiteral("Hull") })
                     .code,
            0);
        QCOMPARE(cli({ QStringLiteral("add"), QStringLiteral("contact"), QStringLiteral("--account_id"),
                         QStringLiteral("Acme Ltd"), QStringLiteral("--name"), QStringLiteral("Zhou Jie") })
                     .code,
            0);
    }

    void showAndListCarryTheVersion()
    {
        QCOMPARE(versionOf(QStringLiteral("account"), QStringLiteral("Acme Ltd")), 1);
        for (const char* kind : { "departments", "staff", "accounts", "contacts" }) {
            const Run run
                = cli({ QStringLiteral("--json"), QStringLiteral("list"), QString::fromLatin1(kind) });
            QCOMPARE(run.code, 0);
            const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first().toObject().value(QStringLiteral("version")).toInteger(), 1);
        }
        const Run text = cli(words("show contact 1"));
        QVERIFY2(text.out.contains(QStringLiteral("Version: 1")), qPrintable(text.out));
    }

    void setChangesFieldsAndCountsTheVersion()
    {
        Run run = cli({ QStringLiteral("set"), QStringLiteral("account"), QStringLiteral("Acme Ltd"),
            QStringLiteral("--city"), QStringLiteral("Leeds"), QStringLiteral("--phone"),
            QStringLiteral("0113 496 0000") });
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QString()); // a script's silence is success
        QJsonObject acme = shown(QStringLiteral("account"), QStringLiteral("Acme Ltd"), m_db);
        QCOMPARE(acme.value(QStringLiteral("city")).toString(), QStringLiteral("Leeds"));
        QCOMPARE(acme.value(QStringLiteral("phone")).toString(), QStringLiteral("0113 496 0000"));
        QCOMPARE(acme.value(QStringLiteral("version")).toInteger(), 2);

        // With --json, the record as show prints it; an empty value clears an optional field.
        run = cli({ QStringLiteral("--json"), QStringLiteral("set"), QStringLiteral("account"),
            QStringLiteral("Acme Ltd"), QStringLiteral("--phone"), QString(),
            QStringLiteral("--expect-version"), QStringLiteral("2") });
        QCOMPARE(run.code, 0);
        acme = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(acme.value(QStringLiteral("phone")).isNull());
        QCOMPARE(acme.value(QStringLiteral("version")).toInteger(), 3);
        QCOMPARE(acme.value(QStringLiteral("city")).toString(), QStringLiteral("Leeds"));

        // A colleague's department and a pair change the same way.
        QCOMPARE(cli(words("set staff li@example.com --title Rep")).code, 0);
        QCOMPARE(shown(QStringLiteral("staff"), QStringLiteral("Li"), m_db)
                     .value(QStringLiteral("title"))
                     .toString(),
            QStringLiteral("Rep"));
        QCOMPARE(cli(words("add link --a_party Sales --b_party li@example.com --kind rank")).code, 0);
        QCOMPARE(cli(words("set link 1 --a_to_b Targets --expect-version 1")).code, 0);
        QCOMPARE(versionOf(QStringLiteral("link"), QStringLiteral("1")), 2);
    }

    void aStaleVersionExitsFiveAndChangesNothing()
    {
        const QJsonObject before = shown(QStringLiteral("account"), QStringLiteral("Acme Ltd"), m_db);
        const qint64 read = before.value(QStringLiteral("version")).toInteger();
        QVERIFY(read > 1);
        const Run run = cli({ QStringLiteral("set"), QStringLiteral("account"), QStringLiteral("Acme Ltd"),
            QStringLiteral("--city"), QStringLiteral("York"), QStringLiteral("--expect-version"),
            QString::number(read - 1) });
        QCOMPARE(run.code, 5);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("Acme Ltd was changed by wang.wei at ")), qPrintable(run.err));
        QVERIFY2(run.err.trimmed().endsWith(QStringLiteral("after you opened it; nothing was saved.")),
            qPrintable(run.err));
        QCOMPARE(shown(QStringLiteral("account"), QStringLiteral("Acme Ltd"), m_db), before);

        // From the version read, the same change goes through.
        QCOMPARE(cli({ QStringLiteral("set"), QStringLiteral("account"), QStringLiteral("Acme Ltd"),
                         QStringLiteral("--city"), QStringLiteral("York"), QStringLiteral("--expect-version"),
                         QString::number(read) })
                     .code,
            0);
        QCOMPARE(versionOf(QStringLiteral("account"), QStringLiteral("Acme Ltd")), read + 1);
    }

    void setIsCheckedLikeAdd()
    {
        const QJsonObject before = shown(QStringLiteral("account"), QStringLiteral("Acme Ltd"), m_db);
        Run run = cli(words("set account 3 --email not-an-address"));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("email")), qPrintable(run.err));
        run = cli(words("set account 3 --name"));
        QCOMPARE(run.code, 1); // --name needs a value
        run = cli({ QStringLiteral("set"), QStringLiteral("account"), QStringLiteral("3"),
            QStringLiteral("--name"), QString() });
        QCOMPARE(run.code, 2); // a name is required
        QCOMPARE(cli(words("set account 3 --colour red")).code, 1);
        QCOMPARE(cli(words("set account 3")).code, 1);
        QCOMPARE(cli(words("set account 3 --city York --expect-version soon")).code, 1);
        QCOMPARE(cli(words("set interaction 1 --summary Hello")).code, 1);
        QCOMPARE(cli(words("set request 1 --title Hello")).code, 1);
        run = cli(words("set account Nobody --city York"));
        QCOMPARE(run.code, 4);
        QCOMPARE(shown(QStringLiteral("account"), QStringLiteral("Acme Ltd"), m_db), before);
    }

    void removeWhereTheModelAllows()
    {
        // Refused with why and what to do instead, exit 2, nothing removed.
        Run run = cli({ QStringLiteral("remove"), QStringLiteral("account"), QStringLiteral("Acme Ltd") });
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("merge")), qPrintable(run.err));
        run = cli(words("remove department Sales"));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("only an empty department")), qPrintable(run.err));
        run = cli(words("remove staff li@example.com"));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("mark the colleague as departed")), qPrintable(run.err));
        QCOMPARE(shown(QStringLiteral("staff"), QStringLiteral("Li"), m_db)
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Li"));

        // Allowed: a contact without history, a pair without requests, then the account nothing refers to.
        run = cli(words("remove contact 1"));
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out, QString());
        QCOMPARE(cli(words("show contact 1")).code, 4);
        QCOMPARE(cli(words("remove link 1")).code, 0);
        QCOMPARE(
            cli({ QStringLiteral("remove"), QStringLiteral("account"), QStringLiteral("Acme Ltd") }).code, 0);
        QCOMPARE(
            cli({ QStringLiteral("show"), QStringLiteral("account"), QStringLiteral("Acme Ltd") }).code, 4);

        QCOMPARE(cli(words("remove contact 99")).code, 4);
        QCOMPARE(cli(words("remove purchase 1")).code, 1);
        QCOMPARE(cli(words("remove contact")).code, 1);
    }

    void helpNamesSetRemoveAndExitFive()
    {
        const Run run = cli(words("--help"));
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral(
            "set department|staff|link|account|contact REF --FIELD VALUE ... [--expect-version N]")));
        QVERIFY(run.out.contains(QStringLiteral("remove department|staff|link|account|contact REF")));
        QVERIFY(run.out.contains(QStringLiteral("5 changed by someone else")));
    }
};

QTEST_GUILESS_MAIN(TestCliEdit)
#include "tst_cliedit.moc"
