#include "Clock.h"
#include "EntityStore.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QTest>

using namespace tandem;

using Values = QMap<QString, QString>;
Q_DECLARE_METATYPE(Values)

class TestEntityStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sales = 0, m_boss = 0, m_rep = 0, m_gone = 0, m_account = 0;

    qint64 add(const Entity& entity, const Values& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

private slots:
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC));
        m_db = test::openIn(m_dir);
        QVERIFY(m_db);
        m_sales = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        m_boss = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Ada Boss") },
                { QStringLiteral("email"), QStringLiteral("Ada@Example.com") },
                { QStringLiteral("rank_level"), QStringLiteral("1") },
                { QStringLiteral("department_id"), QStringLiteral("Sales") } });
        m_rep = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("王小明") },
                { QStringLiteral("manager_id"), QStringLiteral("ada@example.com") },
                { QStringLiteral("department_id"), QString::number(m_sales) } });
        m_gone = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Gone Person") },
                { QStringLiteral("status"), QStringLiteral("departed") } });
        m_account = add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("上海恒达机电有限公司") },
                { QStringLiteral("city"), QStringLiteral("上海") },
                { QStringLiteral("owner_id"), QStringLiteral("王小明") },
                { QStringLiteral("segment"), QStringLiteral("Loyal") } });
        QVERIFY(m_sales && m_boss && m_rep && m_gone && m_account);
    }

    void cleanupTestCase() { Clock::setFixed({}); }

    void storesWhatWasTyped()
    {
        auto boss = EntityStore(*m_db).get(entities::staff(), m_boss);
        QVERIFY(boss);
        QCOMPARE(recordValue(*boss, QStringLiteral("email")).toString(), QStringLiteral("ada@example.com"));
        QCOMPARE(recordValue(*boss, QStringLiteral("department_id")).toLongLong(), m_sales);
        QCOMPARE(recordValue(*boss, QStringLiteral("status")).toString(), QStringLiteral("active"));
        auto rep = EntityStore(*m_db).get(entities::staff(), m_rep);
        QCOMPARE(recordValue(*rep, QStringLiteral("manager_id")).toLongLong(), m_boss);
        QCOMPARE(recordValue(*rep, QStringLiteral("rank_level")).toInt(), 3);
        auto account = EntityStore(*m_db).get(entities::account(), m_account);
        QCOMPARE(recordValue(*account, QStringLiteral("segment")).toString(), QStringLiteral("loyal"));
        QCOMPARE(recordValue(*account, QStringLiteral("owner_id")).toLongLong(), m_rep);
        // Each write leaves an audit entry naming what was created.
        QCOMPARE(
            sql::scalar(m_db->connection(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'account' AND entity_id = ?"),
                { m_account })
                ->toInt(),
            1);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<Values>("values");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        const auto s = [](const char* text) {
            return QString::fromUtf8(text);
        };
        QTest::newRow("empty name") << s("department") << Values { { s("name"), s("  ") } }
                                    << int(ErrorKind::BadInput) << s("name");
        QTest::newRow("duplicate department") << s("department") << Values { { s("name"), s("Sales") } }
                                              << int(ErrorKind::BadInput) << s("name");
        QTest::newRow("unknown field")
            << s("department") << Values { { s("name"), s("X") }, { s("colour"), s("red") } }
            << int(ErrorKind::Usage) << s("colour");
        QTest::newRow("bad email") << s("staff")
                                   << Values { { s("name"), s("Bob") }, { s("email"), s("bob-at-example") } }
                                   << int(ErrorKind::BadInput) << s("email");
        QTest::newRow("duplicate email")
            << s("staff") << Values { { s("name"), s("Bob") }, { s("email"), s("ADA@example.com") } }
            << int(ErrorKind::BadInput) << s("email");
        QTest::newRow("rank out of range")
            << s("staff") << Values { { s("name"), s("Bob") }, { s("rank_level"), s("4") } }
            << int(ErrorKind::BadInput) << s("rank_level");
        QTest::newRow("unknown manager")
            << s("staff") << Values { { s("name"), s("Bob") }, { s("manager_id"), s("Nobody Here") } }
            << int(ErrorKind::BadInput) << s("manager_id");
        QTest::newRow("departed manager")
            << s("staff") << Values { { s("name"), s("Bob") }, { s("manager_id"), s("Gone Person") } }
            << int(ErrorKind::BadInput) << s("manager_id");
        QTest::newRow("departed owner")
            << s("account") << Values { { s("name"), s("Acme") }, { s("owner_id"), s("Gone Person") } }
            << int(ErrorKind::BadInput) << s("owner_id");
        QTest::newRow("bad segment") << s("account")
                                     << Values { { s("name"), s("Acme") }, { s("segment"), s("gold") } }
                                     << int(ErrorKind::BadInput) << s("segment");
        QTest::newRow("pair with itself") << s("link")
                                          << Values { { s("a_party"), s("Sales") },
                                                 { s("b_party"), s("Sales") }, { s("kind"), s("function") } }
                                          << int(ErrorKind::BadInput) << s("b_party");
        QTest::newRow("pair with departed")
            << s("link")
            << Values { { s("a_party"), s("Sales") }, { s("b_party"), s("Gone Person") },
                   { s("kind"), s("function") } }
            << int(ErrorKind::BadInput) << s("b_party");
        QTest::newRow("negative amount")
            << s("purchase")
            << Values { { s("account_id"), s("上海恒达机电有限公司") },
                   { s("purchased_on"), s("2026-01-02") }, { s("amount"), s("-5") } }
            << int(ErrorKind::BadInput) << s("amount");
        QTest::newRow("decimal amount")
            << s("purchase")
            << Values { { s("account_id"), s("上海恒达机电有限公司") },
                   { s("purchased_on"), s("2026-01-02") }, { s("amount"), s("12.50") } }
            << int(ErrorKind::BadInput) << s("amount");
        QTest::newRow("future purchase")
            << s("purchase")
            << Values { { s("account_id"), s("上海恒达机电有限公司") },
                   { s("purchased_on"), s("2027-01-02") }, { s("amount"), s("100") } }
            << int(ErrorKind::BadInput) << s("purchased_on");
        QTest::newRow("bad date") << s("purchase")
                                  << Values { { s("account_id"), s("上海恒达机电有限公司") },
                                         { s("purchased_on"), s("2026-02-30") }, { s("amount"), s("100") } }
                                  << int(ErrorKind::BadInput) << s("purchased_on");
        QTest::newRow("request to itself") << s("request")
                                           << Values { { s("requester"), s("Sales") },
                                                  { s("provider"), s("Sales") }, { s("title"), s("X") } }
                                           << int(ErrorKind::BadInput) << s("provider");
        QTest::newRow("due before created")
            << s("request")
            << Values { { s("requester"), s("Sales") }, { s("provider"), s("Ada Boss") },
                   { s("title"), s("X") }, { s("created_at"), s("2026-11-20T00:00:00Z") },
                   { s("due_at"), s("2026-11-01") } }
            << int(ErrorKind::BadInput) << s("due_at");
        QTest::newRow("rating out of range")
            << s("request")
            << Values { { s("requester"), s("Sales") }, { s("provider"), s("Ada Boss") },
                   { s("title"), s("X") }, { s("status"), s("done") }, { s("requester_rating"), s("6") } }
            << int(ErrorKind::BadInput) << s("requester_rating");
        QTest::newRow("rating an open request")
            << s("request")
            << Values { { s("requester"), s("Sales") }, { s("provider"), s("Ada Boss") },
                   { s("title"), s("X") }, { s("requester_rating"), s("4") } }
            << int(ErrorKind::BadInput) << s("rating");
        QTest::newRow("contact of another account")
            << s("interaction")
            << Values { { s("account_id"), s("上海恒达机电有限公司") }, { s("kind"), s("visit") },
                   { s("contact_id"), s("999") } }
            << int(ErrorKind::BadInput) << s("contact_id");
    }

    void refusesBadInput()
    {
        QFETCH(QString, entity);
        QFETCH(Values, values);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        const auto rowsBefore
            = sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))->toInt();
        auto result = EntityStore(*m_db).add(*entities::find(entity), values);
        QVERIFY(!result);
        QCOMPARE(int(result.error().kind), kind);
        QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
        QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM audit_log"))->toInt(),
            rowsBefore);
    }

    void resolvesReferences()
    {
        EntityStore store(*m_db);
        QCOMPARE(*store.resolve(QStringLiteral("staff"), QStringLiteral("ADA@example.com")), m_boss);
        QCOMPARE(*store.resolve(QStringLiteral("staff"), QString::number(m_rep)), m_rep);
        QCOMPARE(*store.resolve(QStringLiteral("party"), QStringLiteral("Sales")), m_sales);
        QCOMPARE(store.resolve(QStringLiteral("account"), QStringLiteral("Nobody")).error().kind,
            ErrorKind::NotFound);
        QVERIFY(add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("王小明") } }));
        auto ambiguous = store.resolve(QStringLiteral("staff"), QStringLiteral("王小明"));
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.error().message.contains(QStringLiteral("more than one")));
    }

    void linksARequestToItsPair()
    {
        const qint64 link = add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Ada Boss") },
                { QStringLiteral("b_party"), QString::number(m_rep) },
                { QStringLiteral("kind"), QStringLiteral("rank") },
                { QStringLiteral("a_to_b"), QStringLiteral("Targets") } });
        QVERIFY(link);
        const qint64 request = add(entities::request(),
            { { QStringLiteral("requester"), QString::number(m_rep) },
                { QStringLiteral("provider"), QStringLiteral("Ada Boss") },
                { QStringLiteral("title"), QStringLiteral("Approve the discount") } });
        QVERIFY(request);
        auto record = EntityStore(*m_db).get(entities::request(), request);
        QCOMPARE(recordValue(*record, QStringLiteral("link_id")).toLongLong(), link);
        QCOMPARE(recordValue(*record, QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(recordValue(*record, QStringLiteral("created_at")).toString(),
            QStringLiteral("2026-11-25T09:00:00Z"));
        auto duplicate = EntityStore(*m_db).add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Ada Boss") },
                { QStringLiteral("b_party"), QString::number(m_rep) },
                { QStringLiteral("kind"), QStringLiteral("rank") } });
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("exists already")));
    }

    void listsWithFilters()
    {
        EntityStore store(*m_db);
        QStringList names;
        QVERIFY(!store.list(entities::staff(),
            { { QStringLiteral("department_id"), QStringLiteral("Sales") } }, -1, [&](const Record& r) {
                names << recordValue(r, QStringLiteral("name")).toString();
                return true;
            }));
        QCOMPARE(names, (QStringList { QStringLiteral("Ada Boss"), QStringLiteral("王小明") }));
        int count = 0;
        QVERIFY(!store.list(entities::staff(), {}, 2, [&](const Record&) { return ++count < 100; }));
        QCOMPARE(count, 2);
        QCOMPARE(store
                     .list(entities::staff(), { { QStringLiteral("shoe_size"), QStringLiteral("9") } }, -1,
                         [](const Record&) { return true; })
                     .kind,
            ErrorKind::Usage);
    }

    void updatesAndUndoesAField()
    {
        EntityStore store(*m_db);
        const qint64 team = add(entities::department(),
            { { QStringLiteral("name"), QStringLiteral("Key Accounts") },
                { QStringLiteral("parent_id"), QStringLiteral("Sales") } });
        QVERIFY(team);
        auto previous = store.update(
            entities::department(), team, { { QStringLiteral("name"), QStringLiteral("大客户部") } });
        QVERIFY2(previous, qPrintable(previous.error().message));
        QCOMPARE(previous->value(QStringLiteral("name")), QStringLiteral("Key Accounts"));
        QCOMPARE(store.displayName(QStringLiteral("department"), team), QStringLiteral("大客户部"));
        QVERIFY(!SearchIndex(*m_db).find(QStringLiteral("客户"), 5)->isEmpty());
        QCOMPARE(sql::scalar(m_db->connection(),
                     QStringLiteral("SELECT new_value FROM audit_log WHERE entity = 'department' AND "
                                    "entity_id = ? AND action = 'update'"),
                     { team })
                     ->toString(),
            QStringLiteral("大客户部"));
        // Giving the previous values back is the undo.
        QVERIFY(store.update(entities::department(), team, *previous));
        QCOMPARE(store.displayName(QStringLiteral("department"), team), QStringLiteral("Key Accounts"));
        QVERIFY(SearchIndex(*m_db).find(QStringLiteral("客户部"), 5)->isEmpty());
    }

    void editsAnAccountWhoseOwnerHasLeft()
    {
        EntityStore store(*m_db);
        const qint64 leaver
            = add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("Leaving Soon") } });
        const qint64 account = add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Kept Ltd") },
                { QStringLiteral("owner_id"), QString::number(leaver) } });
        QVERIFY(store.update(
            entities::staff(), leaver, { { QStringLiteral("status"), QStringLiteral("departed") } }));
        // The owner stays as history; other fields can still be corrected.
        QVERIFY(store.update(
            entities::account(), account, { { QStringLiteral("city"), QStringLiteral("York") } }));
        // But nobody can newly give an account to a colleague who has left.
        auto refused = store.update(
            entities::account(), account, { { QStringLiteral("owner_id"), QString::number(m_gone) } });
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("owner_id")));
        // Several accounts at once: all or nothing.
        auto bulk = store.updateEach(entities::account(),
            { { m_account, { { QStringLiteral("segment"), QStringLiteral("floating") } } },
                { account, { { QStringLiteral("segment"), QStringLiteral("gold") } } } });
        QVERIFY(!bulk);
        QCOMPARE(
            recordValue(*store.get(entities::account(), m_account), QStringLiteral("segment")).toString(),
            QStringLiteral("loyal"));
    }

    void refusesCyclesInTheHierarchy()
    {
        EntityStore store(*m_db);
        const qint64 child = add(entities::department(),
            { { QStringLiteral("name"), QStringLiteral("Inside Sales") },
                { QStringLiteral("parent_id"), QStringLiteral("Sales") } });
        auto loop = store.update(
            entities::department(), m_sales, { { QStringLiteral("parent_id"), QString::number(child) } });
        QVERIFY(!loop);
        QVERIFY2(
            loop.error().message.contains(QStringLiteral("parent_id")), qPrintable(loop.error().message));
        QVERIFY(!store.update(
            entities::department(), m_sales, { { QStringLiteral("parent_id"), QString::number(m_sales) } }));
        // Ada manages 王小明; Ada reporting to 王小明 would close a loop.
        auto managerLoop = store.update(
            entities::staff(), m_boss, { { QStringLiteral("manager_id"), QString::number(m_rep) } });
        QVERIFY(!managerLoop);
        QVERIFY(managerLoop.error().message.contains(QStringLiteral("manager_id")));
        QVERIFY(recordValue(*store.get(entities::staff(), m_boss), QStringLiteral("manager_id")).isNull());
    }

    void removesOnlyWhatHasNoHistory()
    {
        EntityStore store(*m_db);
        const qint64 empty
            = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Empty") } });
        QVERIFY(!store.remove(entities::department(), empty));
        QCOMPARE(store.get(entities::department(), empty).error().kind, ErrorKind::NotFound);
        const Error busy = store.remove(entities::department(), m_sales);
        QCOMPARE(busy.kind, ErrorKind::BadInput);
        QVERIFY(busy.message.contains(QStringLiteral("only an empty department")));
        const Error history = store.remove(entities::staff(), m_rep); // owns an account
        QCOMPARE(history.kind, ErrorKind::BadInput);
        QVERIFY(history.message.contains(QStringLiteral("departed")));
        QVERIFY(store.get(entities::staff(), m_rep));
        const qint64 newcomer
            = add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("New Comer") } });
        QVERIFY(!store.remove(entities::staff(), newcomer));
        QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM parties WHERE id = ?"),
                     { newcomer })
                     ->toInt(),
            0);
    }

    void findsChineseByOneOrTwoCharacters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("two characters inside the name") << QStringLiteral("恒达") << true;
        QTest::newRow("one character") << QStringLiteral("机") << true;
        QTest::newRow("city inside the name") << QStringLiteral("上海") << true;
        QTest::newRow("two-character person") << QStringLiteral("小明") << true;
        QTest::newRow("absent") << QStringLiteral("北京") << false;
        QTest::newRow("latin prefix") << QStringLiteral("ada") << true;
        QTest::newRow("a bare quote") << QStringLiteral("\"") << false;
        QTest::newRow("a bare dot") << QStringLiteral(".") << false;
        QTest::newRow("fts syntax") << QStringLiteral("NEAR( OR *") << false;
    }

    void findsChineseByOneOrTwoCharacters()
    {
        QFETCH(QString, query);
        QFETCH(bool, found);
        auto hits = SearchIndex(*m_db).find(query, 10);
        QVERIFY2(hits, qPrintable(hits.error().message));
        QCOMPARE(!hits->isEmpty(), found);
    }

    // An address and free text keep their lines; names, e-mails, phones, cities and titles stay one line.
    void keepsLineBreaksWhereTheyMeanSomething()
    {
        EntityStore store(*m_db);
        const qint64 account = add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Harbour Freight") },
                { QStringLiteral("address"),
                    QStringLiteral("  Unit 5,  Block B \r\n\n1 Quayside Road\rSuite 2\n") },
                { QStringLiteral("notes"),
                    QStringLiteral("Prefers mornings.\n\n  Ask for the loading bay.") } });
        QVERIFY(account);
        auto record = store.get(entities::account(), account);
        QVERIFY(record);
        // Each line tidied like a one-line field; blank lines carry nothing.
        QCOMPARE(recordValue(*record, QStringLiteral("address")).toString(),
            QStringLiteral("Unit 5, Block B\n1 Quayside Road\nSuite 2"));
        QCOMPARE(recordValue(*record, QStringLiteral("notes")).toString(),
            QStringLiteral("Prefers mornings.\n\n  Ask for the loading bay."));
        // A word on the address's second line finds the account.
        auto hits = SearchIndex(*m_db).find(QStringLiteral("quayside"), 10);
        QVERIFY2(hits, qPrintable(hits.error().message));
        QCOMPARE(hits->size(), 1);
        QVERIFY(store.update(entities::account(), account,
            { { QStringLiteral("address"), QStringLiteral("2 Dock St\nLevel 3") } }));
        QCOMPARE(recordValue(*store.get(entities::account(), account), QStringLiteral("address")).toString(),
            QStringLiteral("2 Dock St\nLevel 3"));

        for (const char* field : { "name", "email", "phone", "city", "website" }) {
            auto refused = store.add(entities::account(),
                { { QStringLiteral("name"), QStringLiteral("Other Ltd") },
                    { QString::fromLatin1(field), QStringLiteral("first\nsecond") } });
            QVERIFY2(!refused, field);
            QVERIFY2(refused.error().message.contains(QStringLiteral("one line"))
                    || refused.error().message.contains(QStringLiteral("e-mail address")),
                qPrintable(refused.error().message));
        }
        auto carriageReturn
            = store.add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("Ann\rOther") } });
        QVERIFY(!carriageReturn);
        QCOMPARE(carriageReturn.error().message, QStringLiteral("Field name must be one line."));
    }

    // The reason given is the true one: an amount too large to keep is not "not a whole number".
    void saysWhyAnAmountIsRefused_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("sentence"); // empty: taken
        QTest::newRow("fifteen digits") << QStringLiteral("999999999999999") << QString();
        QTest::newRow("leading zeros") << QStringLiteral("0000000000000000042") << QString();
        QTest::newRow("sixteen digits")
            << QStringLiteral("1000000000000000")
            << QStringLiteral(
                   "Field amount is too large: the most it takes is 999999999999999 minor units, not "
                   "'1000000000000000'.");
        QTest::newRow("past 64 bits")
            << QStringLiteral("123456789012345678901234567890")
            << QStringLiteral(
                   "Field amount is too large: the most it takes is 999999999999999 minor units, not "
                   "'123456789012345678901234567890'.");
        QTest::newRow("negative") << QStringLiteral("-5")
                                  << QStringLiteral("Field amount cannot be negative.");
        QTest::newRow("very negative") << QStringLiteral("-123456789012345678901234567890")
                                       << QStringLiteral("Field amount cannot be negative.");
        QTest::newRow("decimal")
            << QStringLiteral("12.50")
            << QStringLiteral(
                   "Field amount must be a whole number of minor units (cents, fen), not '12.50'.");
        QTest::newRow("full-width digits")
            << QStringLiteral("１２８０")
            << QStringLiteral(
                   "Field amount must be a whole number of minor units (cents, fen), not '１２８０'.");
    }

    void saysWhyAnAmountIsRefused()
    {
        QFETCH(QString, amount);
        QFETCH(QString, sentence);
        auto added = EntityStore(*m_db).add(entities::purchase(),
            { { QStringLiteral("account_id"), QString::number(m_account) },
                { QStringLiteral("purchased_on"), QStringLiteral("2026-01-02") },
                { QStringLiteral("amount"), amount } });
        if (sentence.isEmpty()) {
            QVERIFY2(added, qPrintable(added.error().message));
            QCOMPARE(
                recordValue(*EntityStore(*m_db).get(entities::purchase(), *added), QStringLiteral("amount"))
                    .toLongLong(),
                amount.toLongLong());
            return;
        }
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ErrorKind::BadInput);
        QCOMPARE(added.error().message, sentence);
        // And in the words of a form.
        QVERIFY(labels::explained(entities::purchase(), sentence)
                    .startsWith(QStringLiteral("Field Amount (minor units) ")));
    }
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"
