#include "CliFixture.h"
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
#include <QTest>

using namespace tandem;

// tandem-cli end to end on a colleague who leaves: the handover tried, done, briefed, watched and undone,
// and what it refuses.
class TestCliHandover : public QObject, public test::CliFixture
{
    Q_OBJECT

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
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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

QTEST_GUILESS_MAIN(TestCliHandover)
#include "tst_clihandover.moc"
