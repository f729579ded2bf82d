#include "AccountMerge.h"
#include "DuplicateFinder.h"
#include "EntityStore.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QTest>

using namespace tandem;

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_acme = 0, m_huadong = 0;

private slots:
    void initTestCase()
    {
        m_db = test::openIn(m_dir);
        EntityStore store(*m_db);
        m_acme = *store.add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Acme Ltd") },
                { QStringLiteral("city"), QStringLiteral("Leeds") },
                { QStringLiteral("email"), QStringLiteral("buy@acme.example") },
                { QStringLiteral("phone"), QStringLiteral("+44 113 496 0000") } });
        m_huadong = *store.add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("ＡＢＣ华东公司") },
                { QStringLiteral("city"), QStringLiteral("苏州") },
                { QStringLiteral("phone"), QStringLiteral("138-1234-5678") } });
    }

    void keys_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("spacing and prefix")
            << QStringLiteral("+86 138 1234 5678") << QStringLiteral("13812345678") << true;
        QTest::newRow("trunk zero") << QStringLiteral("+44 20 7946 0000") << QStringLiteral("020 7946 0000")
                                    << true;
        QTest::newRow("full-width digits")
            << QStringLiteral("１３８１２３４５６７８") << QStringLiteral("13812345678") << true;
        QTest::newRow("different numbers")
            << QStringLiteral("13812345678") << QStringLiteral("13812345679") << false;
    }

    void keys()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(DuplicateFinder::phoneKey(a) == DuplicateFinder::phoneKey(b), same);
        QVERIFY(!DuplicateFinder::phoneKey(a).isEmpty());
        QVERIFY(DuplicateFinder::phoneKey(QStringLiteral("12-34")).isEmpty()); // too short to mean anything
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("ＡＢＣ 华东公司"), QStringLiteral("苏州")),
            DuplicateFinder::nameKey(QStringLiteral("abc华东公司"), QStringLiteral("苏州")));
        QVERIFY(DuplicateFinder::nameKey(QStringLiteral("Acme"), QStringLiteral("Leeds"))
            != DuplicateFinder::nameKey(QStringLiteral("Acme"), QStringLiteral("York")));
    }

    void findsLikelyDuplicates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("reason");
        QTest::newRow("e-mail in capitals")
            << QStringLiteral("Other") << QString() << QStringLiteral("BUY@ACME.example") << QString()
            << QStringLiteral("same e-mail");
        QTest::newRow("phone written differently")
            << QStringLiteral("Other") << QString() << QString() << QStringLiteral("0113 496 0000")
            << QStringLiteral("same phone number");
        QTest::newRow("name in full-width, same city")
            << QStringLiteral("abc 华东公司") << QStringLiteral("苏州") << QString() << QString()
            << QStringLiteral("same name in the same city");
        QTest::newRow("same name, other city")
            << QStringLiteral("Acme Ltd") << QStringLiteral("York") << QString() << QString() << QString();
    }

    void findsLikelyDuplicates()
    {
        QFETCH(QString, name);
        QFETCH(QString, city);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(QString, reason);
        auto matches = DuplicateFinder::find(*m_db, name, city, email, phone);
        QVERIFY(matches);
        if (reason.isEmpty()) {
            QVERIFY(matches->isEmpty());
            return;
        }
        QCOMPARE(matches->size(), 1);
        QCOMPARE(matches->first().reason, reason);
    }

    void anAccountIsNotItsOwnDuplicate()
    {
        auto matches = DuplicateFinder::find(*m_db, QStringLiteral("Acme Ltd"), QStringLiteral("Leeds"),
            QStringLiteral("buy@acme.example"), QStringLiteral("+44 113 496 0000"), m_acme);
        QVERIFY(matches && matches->isEmpty());
    }

    void mergesWithNothingLostAndUndoes()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        EntityStore store(*db);
        const qint64 keep = *store.add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Acme Ltd") },
                { QStringLiteral("email"), QStringLiteral("buy@acme.example") } });
        const qint64 absorb = *store.add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("ACME Limited") },
                { QStringLiteral("phone"), QStringLiteral("0113 496 0000") },
                { QStringLiteral("city"), QStringLiteral("Leeds") } });
        const qint64 sales
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        for (qint64 account : { keep, absorb }) {
            QVERIFY(store.add(entities::contact(),
                { { QStringLiteral("account_id"), QString::number(account) },
                    { QStringLiteral("name"), QStringLiteral("Buyer %1").arg(account) } }));
            QVERIFY(store.add(entities::interaction(),
                { { QStringLiteral("account_id"), QString::number(account) },
                    { QStringLiteral("kind"), QStringLiteral("call") } }));
            QVERIFY(store.add(entities::purchase(),
                { { QStringLiteral("account_id"), QString::number(account) },
                    { QStringLiteral("purchased_on"), QStringLiteral("2025-05-01") },
                    { QStringLiteral("amount"), QStringLiteral("1000") } }));
        }
        QVERIFY(store.add(entities::request(),
            { { QStringLiteral("requester"), QString::number(absorb) },
                { QStringLiteral("provider"), QString::number(sales) },
                { QStringLiteral("title"), QStringLiteral("Quote") } }));
        const auto count = [&](const QString& statement, const QVariantList& binds = {}) {
            return sql::scalar(db->connection(), statement, binds)->toInt();
        };
        const QString rowsOf = QStringLiteral("SELECT (SELECT count(*) FROM contacts WHERE account_id = ?) + "
                                              "(SELECT count(*) FROM interactions WHERE account_id = ?) + "
                                              "(SELECT count(*) FROM purchases WHERE account_id = ?) + "
                                              "(SELECT count(*) FROM service_requests WHERE requester = ?)");
        const int totalBefore = count(
            QStringLiteral("SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM interactions) + "
                           "(SELECT count(*) FROM purchases) + (SELECT count(*) FROM service_requests)"));

        auto merged = AccountMerge::merge(*db, keep, absorb);
        QVERIFY2(merged, qPrintable(merged.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM accounts")), 1);
        QCOMPARE(count(rowsOf, { keep, keep, keep, keep }), 7);
        QCOMPARE(count(QStringLiteral(
                     "SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM interactions) + (SELECT "
                     "count(*) FROM purchases) + (SELECT count(*) FROM service_requests)")),
            totalBefore);
        auto kept = store.get(entities::account(), keep);
        QCOMPARE(recordValue(*kept, QStringLiteral("phone")).toString(), QStringLiteral("0113 496 0000"));
        QCOMPARE(recordValue(*kept, QStringLiteral("email")).toString(), QStringLiteral("buy@acme.example"));
        QCOMPARE(recordValue(*kept, QStringLiteral("name")).toString(), QStringLiteral("Acme Ltd"));

        QVERIFY(!AccountMerge::undo(*db, *merged));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM accounts")), 2);
        QCOMPARE(count(rowsOf, { absorb, absorb, absorb, absorb }), 4);
        QCOMPARE(count(rowsOf, { keep, keep, keep, keep }), 3);
        QVERIFY(recordValue(*store.get(entities::account(), keep), QStringLiteral("phone")).isNull());
        QCOMPARE(store.displayName(QStringLiteral("account"), absorb), QStringLiteral("ACME Limited"));
        QCOMPARE(AccountMerge::merge(*db, keep, keep).error().kind, ErrorKind::BadInput);
    }

    void keysFollowEdits()
    {
        EntityStore store(*m_db);
        QVERIFY(store.update(entities::account(), m_huadong,
            { { QStringLiteral("phone"), QStringLiteral("021 5555 1234") } }));
        QVERIFY(DuplicateFinder::find(
            *m_db, QStringLiteral("x"), QString(), QString(), QStringLiteral("13812345678"))
                    ->isEmpty());
        QCOMPARE(DuplicateFinder::find(
                     *m_db, QStringLiteral("x"), QString(), QString(), QStringLiteral("+86 21 5555 1234"))
                     ->size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
