#include "Archive.h"
#include "Clock.h"
#include "DuplicateFinder.h"
#include "EntityStore.h"
#include "Generator.h"
#include "Maintenance.h"
#include "SearchIndex.h"
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

    // The generator writes in bulk, around the store, but what it keeps beside each record is what the
    // store would keep: the same search text and the same duplicate-match keys.
    void writesWhatTheStoreWrites()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(db);
        Generator::Sizes sizes = small(11);
        sizes.accounts = 200;
        sizes.contacts = 400;
        sizes.requests = 500;
        QVERIFY(!Generator::run(*db, sizes));
        // The run itself is in the audit trail, once.
        QCOMPARE(sql::scalar(db->connection(),
                     QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE entity = 'database' AND action = 'generate'"))
                     ->toInt(),
            1);
        EntityStore store(*db);
        const std::pair<const Entity*, SearchIndex::Kind> kinds[]
            = { { &entities::department(), SearchIndex::Kind::Party },
                  { &entities::staff(), SearchIndex::Kind::Party },
                  { &entities::account(), SearchIndex::Kind::Party },
                  { &entities::contact(), SearchIndex::Kind::Contact },
                  { &entities::request(), SearchIndex::Kind::Request } };
        for (const auto& [entity, kind] : kinds) {
            int compared = 0;
            const Error error = store.list(*entity, {}, -1, [&](const Record& record) {
                QVariantMap row;
                for (const auto& [column, value] : record) {
                    row.insert(column, value);
                }
                const qint64 id = record.first().second.toLongLong();
                auto stored = sql::scalar(db->connection(),
                    QStringLiteral("SELECT body FROM search_index WHERE rowid = ?"),
                    { SearchIndex::rowId(kind, id) });
                if (!stored || stored->toString() != EntityStore::searchText(*entity, row)) {
                    qWarning("%s %lld: '%s' instead of '%s'", qPrintable(entity->name), id,
                        qPrintable(stored ? stored->toString() : QString()),
                        qPrintable(EntityStore::searchText(*entity, row)));
                    return false;
                }
                if (entity->name == QLatin1String("account")) {
                    auto keys = sql::run(db->connection(),
                        QStringLiteral("SELECT match_phone, match_name FROM accounts WHERE party_id = ?"),
                        { id });
                    if (!keys || !keys->next()
                        || keys->value(0).toString()
                            != DuplicateFinder::phoneKey(row.value(QStringLiteral("phone")).toString())
                        || keys->value(1).toString()
                            != DuplicateFinder::nameKey(row.value(QStringLiteral("name")).toString(),
                                row.value(QStringLiteral("city")).toString())) {
                        qWarning("account %lld: match keys differ", id);
                        return false;
                    }
                }
                ++compared;
                return true;
            });
            QVERIFY(!error);
            QVERIFY2(compared > 0, qPrintable(entity->name));
            int expected = 0;
            store.list(*entity, {}, -1, [&expected](const Record&) {
                ++expected;
                return true;
            });
            QCOMPARE(compared, expected);
        }
    }

    // Every table goes out to the archive and comes back as it was: generate, export all, import all into
    // an empty database, export all again, and the two archives are the same bytes.
    void roundTripsThroughTheArchive()
    {
        QTemporaryDir dir;
        auto generated = test::openIn(dir, QStringLiteral("generated.db"));
        QVERIFY(generated);
        Generator::Sizes sizes = small(5);
        sizes.accounts = 150;
        sizes.contacts = 300;
        sizes.requests = 400;
        QVERIFY(!Generator::run(*generated, sizes));
        auto first = Archive::exportAll(*generated);
        QVERIFY(first);
        auto restored = test::openIn(dir, QStringLiteral("restored.db"));
        QVERIFY(restored);
        const Error imported = Archive::importAll(*restored, *first, QStringLiteral("generated.json"));
        QVERIFY2(!imported, qPrintable(imported.message));
        auto second = Archive::exportAll(*restored);
        QVERIFY(second);
        QVERIFY(first->size() > 100000);
        QCOMPARE(*second, *first);
        QCOMPARE(fingerprint(*restored), fingerprint(*generated));
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
