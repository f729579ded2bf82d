#include "Clock.h"
#include "Generator.h"
#include "Maintenance.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QTest>

using namespace tandem;

class TestGenerator : public QObject
{
    Q_OBJECT

    static Generator::Sizes small(quint32 seed)
    {
        Generator::Sizes sizes;
        sizes.staff = 80;
        sizes.accounts = 600;
        sizes.contacts = 1500;
        sizes.requests = 4000;
        sizes.seed = seed;
        return sizes;
    }

    // A fingerprint of every generated row, so that two databases can be compared for equality.
    static QByteArray fingerprint(Database& db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char* statement : { "SELECT * FROM parties ORDER BY id",
                 "SELECT * FROM departments ORDER BY party_id", "SELECT * FROM staff ORDER BY party_id",
                 "SELECT * FROM internal_links ORDER BY id", "SELECT * FROM accounts ORDER BY party_id",
                 "SELECT * FROM contacts ORDER BY id", "SELECT * FROM interactions ORDER BY id",
                 "SELECT * FROM purchases ORDER BY id", "SELECT * FROM service_requests ORDER BY id" }) {
            auto rows = sql::run(db.connection(), QString::fromLatin1(statement));
            if (!rows) {
                return {};
            }
            while (rows->next()) {
                for (int i = 0; rows->value(i).isValid(); ++i) {
                    hash.addData(rows->value(i).toString().toUtf8());
                    hash.addData(QByteArrayView("|"));
                }
            }
        }
        return hash.result();
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    void makesTheCountsAskedFor()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(db);
        int lastPercent = -1;
        bool monotonic = true;
        const Error error = Generator::run(*db, small(42), [&](int percent, const QString&) {
            monotonic = monotonic && percent >= lastPercent;
            lastPercent = percent;
            return true;
        });
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(monotonic);
        QCOMPARE(lastPercent, 100);
        auto counts = Maintenance(*db).counts();
        QVERIFY(counts);
        QHash<QString, qint64> byKey;
        for (const auto& [key, count] : *counts) {
            byKey.insert(key, count);
        }
        QCOMPARE(byKey.value(QStringLiteral("staff")), 80);
        QCOMPARE(byKey.value(QStringLiteral("accounts")), 600);
        QCOMPARE(byKey.value(QStringLiteral("contacts")), 1500);
        QCOMPARE(byKey.value(QStringLiteral("requests")), 4000);
        QVERIFY(byKey.value(QStringLiteral("links")) > 0);
        QVERIFY(byKey.value(QStringLiteral("interactions")) >= 600);
        QVERIFY(byKey.value(QStringLiteral("purchases")) > 0);

        auto report = Maintenance(*db).check();
        QVERIFY(report);
        QVERIFY2(report->ok,
            qPrintable(report->foreignKeyProblems.join(QLatin1Char('\n'))
                + report->integrityProblems.join(QLatin1Char('\n'))));

        const QSqlDatabase c = db->connection();
        // Plausible: every status occurs, dates span about three years, nothing is created in the future.
        QCOMPARE(
            sql::scalar(c, QStringLiteral("SELECT count(DISTINCT status) FROM service_requests"))->toInt(),
            6);
        QCOMPARE(sql::scalar(c, QStringLiteral("SELECT count(DISTINCT segment) FROM accounts"))->toInt(), 3);
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT min(created_at) FROM service_requests"))->toString()
            < QStringLiteral("2024-01-01"));
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT max(created_at) FROM service_requests"))->toString()
            <= Clock::nowIso());
        QCOMPARE(
            sql::scalar(c, QStringLiteral("SELECT count(*) FROM service_requests WHERE due_at < created_at"))
                ->toInt(),
            0);
        QCOMPARE(sql::scalar(c,
                     QStringLiteral("SELECT count(*) FROM accounts WHERE segment = 'potential' AND party_id "
                                    "IN (SELECT account_id FROM purchases)"))
                     ->toInt(),
            0);
        QCOMPARE(sql::scalar(c,
                     QStringLiteral("SELECT count(*) FROM accounts a JOIN staff s ON s.party_id = a.owner_id "
                                    "WHERE s.status = 'departed'"))
                     ->toInt(),
            0);
        QCOMPARE(
            sql::scalar(c,
                QStringLiteral(
                    "SELECT count(*) FROM accounts WHERE party_id NOT IN (SELECT account_id FROM contacts)"))
                ->toInt(),
            0);
        // The indexes dropped for the bulk load are back.
        QVERIFY(sql::scalar(c,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                   "'service_requests_due'"))
                    ->toInt()
            == 1);
    }

    void theSameSeedGivesTheSameData()
    {
        QTemporaryDir dir;
        auto first = test::openIn(dir, QStringLiteral("a.db"));
        auto second = test::openIn(dir, QStringLiteral("b.db"));
        auto third = test::openIn(dir, QStringLiteral("c.db"));
        QVERIFY(!Generator::run(*first, small(7)));
        QVERIFY(!Generator::run(*second, small(7)));
        QVERIFY(!Generator::run(*third, small(8)));
        const QByteArray a = fingerprint(*first);
        QVERIFY(!a.isEmpty());
        QCOMPARE(fingerprint(*second), a);
        QVERIFY(fingerprint(*third) != a);
    }

    void cancellingWritesNothing()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        const Error error
            = Generator::run(*db, small(1), [](int percent, const QString&) { return percent < 50; });
        QVERIFY(error);
        QVERIFY(error.message.contains(QStringLiteral("cancelled")));
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM parties"))->toInt(), 0);
        QVERIFY(sql::scalar(db->connection(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = "
                                   "'service_requests_due'"))
                    ->toInt()
            == 1);
    }

    void refusesADatabaseWithData()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(!Generator::run(*db, small(1)));
        const Error again = Generator::run(*db, small(1));
        QCOMPARE(again.kind, ErrorKind::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
