#include "Archive.h"
#include "Clock.h"
#include "DuplicateFinder.h"
#include "EntityStore.h"
#include "Generator.h"
#include "Maintenance.h"
#include "Pinyin.h"
#include "SearchIndex.h"
#include "SortKey.h"
#include "Sql.h"
#include "TestSupport.h"
#include "cli/CliRunner.h"

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
        for (const char* statement :
            { "SELECT * FROM parties ORDER BY id", "SELECT * FROM departments ORDER BY party_id",
                "SELECT * FROM staff ORDER BY party_id", "SELECT * FROM internal_links ORDER BY id",
                "SELECT * FROM accounts ORDER BY party_id", "SELECT * FROM contacts ORDER BY id",
                "SELECT * FROM interactions ORDER BY id", "SELECT * FROM purchases ORDER BY id",
                "SELECT * FROM service_requests ORDER BY id", "SELECT * FROM request_events ORDER BY id" }) {
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

    static Generator::Sizes inLanguage(Generator::Language language)
    {
        Generator::Sizes sizes = small(21);
        sizes.accounts = 300;
        sizes.contacts = 600;
        sizes.requests = 600;
        sizes.language = language;
        return sizes;
    }

    static bool hasHan(const QString& text)
    {
        for (char32_t c : text.toUcs4()) {
            if (pinyin::isHan(c)) {
                return true;
            }
        }
        return false;
    }

    static bool hasLatinLetter(const QString& text)
    {
        for (QChar c : text) {
            if (c.isLetter() && c.unicode() < 0x250) {
                return true;
            }
        }
        return false;
    }

    // Every text a person reads in the generated names, cities and titles, by what it is.
    static QList<std::pair<QString, QString>> shownTexts(Database& db)
    {
        QList<std::pair<QString, QString>> texts;
        for (const char* statement :
            { "SELECT 'party', display_name FROM parties", "SELECT 'staff title', title FROM staff",
                "SELECT 'city', city FROM accounts", "SELECT 'region', region FROM accounts",
                "SELECT 'contact', name FROM contacts", "SELECT 'contact title', title FROM contacts",
                "SELECT 'request', title FROM service_requests",
                "SELECT 'history', note FROM request_events WHERE note IS NOT NULL" }) {
            auto rows = sql::run(db.connection(), QString::fromLatin1(statement));
            while (rows && rows->next()) {
                texts.append({ rows->value(0).toString(), rows->value(1).toString() });
            }
        }
        return texts;
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

    void writesInTheLanguageAskedFor()
    {
        QTemporaryDir dir;
        auto chinese = test::openIn(dir, QStringLiteral("zh.db"));
        auto english = test::openIn(dir, QStringLiteral("en.db"));
        QVERIFY(!Generator::run(*chinese, inLanguage(Generator::Language::Chinese)));
        QVERIFY(!Generator::run(*english, inLanguage(Generator::Language::English)));
        int checked = 0;
        for (const auto& [what, text] : shownTexts(*chinese)) {
            // Chinese throughout, but for the example.com e-mail addresses, which are not shown here.
            QVERIFY2(hasHan(text) && !hasLatinLetter(text), qPrintable(what + QLatin1String(": ") + text));
            ++checked;
        }
        QVERIFY(checked > 2000);
        for (const auto& [what, text] : shownTexts(*english)) {
            QVERIFY2(!hasHan(text) && hasLatinLetter(text), qPrintable(what + QLatin1String(": ") + text));
        }
        // Chinese people are named surname first, the common surnames most often.
        auto wang = sql::scalar(chinese->connection(),
            QStringLiteral("SELECT count(*) FROM contacts WHERE substr(name, 1, 1) IN ('王', '李', '张')"));
        QVERIFY(wang->toInt() > 600 / 10);
        // A Chinese account is in a Chinese city, and its company name says where.
        QCOMPARE(sql::scalar(chinese->connection(),
                     QStringLiteral("SELECT count(*) FROM accounts WHERE kind = 'organization' AND "
                                    "substr(name, 1, length(city)) <> city"))
                     ->toInt(),
            0);
    }

    void mixedWritesBothLanguages()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(!Generator::run(*db, inLanguage(Generator::Language::Mixed)));
        QHash<QString, int> chinese, all;
        for (const auto& [what, text] : shownTexts(*db)) {
            all[what] += 1;
            chinese[what] += hasHan(text) ? 1 : 0;
        }
        for (const QString& what : { QStringLiteral("party"), QStringLiteral("contact"),
                 QStringLiteral("city"), QStringLiteral("request") }) {
            // About three in five Chinese, by design; both languages in every kind of text.
            const double share = double(chinese.value(what)) / all.value(what);
            QVERIFY2(share > 0.45 && share < 0.75, qPrintable(what + QString::number(share)));
        }
        // A contact speaks the language of the account it belongs to.
        QCOMPARE(
            sql::scalar(db->connection(),
                QStringLiteral("SELECT count(*) FROM contacts c JOIN accounts a ON a.party_id = c.account_id "
                               "WHERE (unicode(c.name) > 11903) <> (unicode(a.city) > 11903)"))
                ->toInt(),
            0);
        // Sort keys are the store's: Chinese names sort by their pinyin among the English ones.
        auto rows = sql::run(db->connection(), QStringLiteral("SELECT display_name, sort_key FROM parties"));
        QVERIFY(rows);
        int compared = 0;
        while (rows->next()) {
            QCOMPARE(rows->value(1).toByteArray(), db->sortKey().of(rows->value(0).toString()));
            ++compared;
        }
        QVERIFY(compared > 300);
        // Pinyin first: 陈 (chen) after the English A names and before J, 王 (wang) after them; in code
        // point order every Chinese name would come after every English one.
        auto sorted
            = sql::run(db->connection(), QStringLiteral("SELECT name FROM contacts ORDER BY sort_key"));
        QVERIFY(sorted);
        const QStringList groups { QStringLiteral("A"), QStringLiteral("陈"), QStringLiteral("J"),
            QStringLiteral("王") };
        QList<int> seen;
        while (sorted->next()) {
            const int group = int(groups.indexOf(sorted->value(0).toString().left(1)));
            if (group >= 0) {
                QVERIFY2(
                    seen.isEmpty() || group >= seen.constLast(), qPrintable(sorted->value(0).toString()));
                seen << group;
            }
        }
        QVERIFY(seen.contains(0) && seen.contains(1) && seen.contains(2) && seen.contains(3));
    }

    // The request dialog's History, as the demo writes it, for every generated request.
    void writesRequestHistory()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(!Generator::run(*db, small(13)));
        const QSqlDatabase c = db->connection();
        auto count = [&](const char* statement) {
            return sql::scalar(c, QString::fromLatin1(statement))->toInt();
        };
        // One creation each, by the requester, when the request says.
        QCOMPARE(count("SELECT count(*) FROM service_requests r WHERE (SELECT count(*) FROM request_events e "
                       "WHERE e.request_id = r.id AND e.kind = 'created' AND e.at = r.created_at AND "
                       "e.actor = r.requester) <> 1"),
            0);
        QCOMPARE(count("SELECT count(*) FROM request_events WHERE kind = 'created'"), 4000);
        // A closed request's last status change is to its status, when it closed.
        QCOMPARE(
            count("SELECT count(*) FROM service_requests r WHERE r.status IN ('done', 'rejected', "
                  "'cancelled') AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND "
                  "e.kind = 'status' AND e.to_value = r.status AND e.at = r.closed_at)"),
            0);
        // Work that was done or is under way was started first.
        QCOMPARE(
            count("SELECT count(*) FROM service_requests r WHERE r.status IN ('done', 'in_progress', "
                  "'waiting') AND NOT EXISTS (SELECT 1 FROM request_events e WHERE e.request_id = r.id AND "
                  "e.kind = 'status' AND e.to_value = 'in_progress')"),
            0);
        // Ratings and delays are in the history as on the request.
        QCOMPARE(count("SELECT count(*) FROM service_requests WHERE requester_rating IS NOT NULL"),
            count("SELECT count(*) FROM request_events WHERE kind = 'rating' AND from_value = 'requester'"));
        QCOMPARE(count("SELECT count(*) FROM service_requests WHERE provider_rating IS NOT NULL"),
            count("SELECT count(*) FROM request_events WHERE kind = 'rating' AND from_value = 'provider'"));
        QCOMPARE(
            count("SELECT count(*) FROM service_requests r JOIN request_events e ON e.request_id = r.id AND "
                  "e.kind = 'delay' WHERE e.note = r.delay_reason AND e.to_value = r.corrective_action"),
            count("SELECT count(*) FROM service_requests WHERE delay_reason IS NOT NULL"));
        QVERIFY(count("SELECT count(*) FROM request_events WHERE kind = 'delay'") > 0);
        // Replaying each request's status changes in the order they happened ends where the request is, and
        // the lines were written in that order: nothing before its creation, nothing after now.
        QCOMPARE(
            count(
                "SELECT count(*) FROM request_events e JOIN request_events f ON f.request_id = e.request_id "
                "AND f.id > e.id AND f.at < e.at"),
            0);
        QCOMPARE(count("SELECT count(*) FROM request_events e JOIN service_requests r ON r.id = e.request_id "
                       "WHERE e.at < r.created_at"),
            0);
        QVERIFY(sql::scalar(c, QStringLiteral("SELECT max(at) FROM request_events"))->toString()
            <= Clock::nowIso());
        auto rows = sql::run(c,
            QStringLiteral(
                "SELECT r.id, r.status, e.from_value, e.to_value FROM service_requests r JOIN "
                "request_events e ON e.request_id = r.id AND e.kind = 'status' ORDER BY r.id, e.at, e.id"));
        QVERIFY(rows);
        QHash<qint64, QString> replayed;
        QHash<qint64, QString> statuses;
        while (rows->next()) {
            const qint64 id = rows->value(0).toLongLong();
            const QString from = replayed.value(id, QStringLiteral("open"));
            QCOMPARE(rows->value(2).toString(), from);
            replayed.insert(id, rows->value(3).toString());
            statuses.insert(id, rows->value(1).toString());
        }
        for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
            QCOMPARE(replayed.value(it.key()), it.value());
        }
        QCOMPARE(count("SELECT count(*) FROM service_requests WHERE status <> 'open'"), int(statuses.size()));
    }

    void searchFindsChineseRowsByCharactersAndPinyin()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(!Generator::run(*db, inLanguage(Generator::Language::Mixed)));
        SearchIndex search(*db);
        auto finds = [&search](const QString& typed, qint64 account) {
            auto hits = search.find(typed, 1000, { QStringLiteral("account") });
            return hits && std::any_of(hits->cbegin(), hits->cend(), [&](const SearchIndex::Hit& hit) {
                return hit.id == account && hit.entity == QLatin1String("account");
            });
        };
        auto spelled = [](const QString& chinese) {
            QString latin;
            for (char32_t c : chinese.toUcs4()) {
                latin += pinyin::syllable(c);
            }
            return latin;
        };
        // A person by name (张伟, zhangwei); a company by the city inside its name (上海, shanghai).
        for (const char* statement :
            { "SELECT party_id, name FROM accounts WHERE kind = 'person' AND unicode(name) > 11903 ORDER BY "
              "party_id LIMIT 1",
                "SELECT party_id, city FROM accounts WHERE kind = 'organization' AND unicode(name) > 11903 "
                "ORDER BY party_id LIMIT 1" }) {
            auto row = sql::row(db->connection(), QString::fromLatin1(statement), {}, QString());
            QVERIFY(row);
            const qint64 account = row->value(0).toLongLong();
            const QString typed = row->value(1).toString();
            QVERIFY2(finds(typed, account), qPrintable(typed));
            QVERIFY2(finds(spelled(typed), account), qPrintable(spelled(typed)));
        }
    }

    void theCommandLineRefusesAnUnknownLanguage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cli.db"));
        const test::CliRun refused
            = test::runCli({ QStringLiteral("generate"), QStringLiteral("--language"), QStringLiteral("xx") },
                path, dir.path());
        // A usage error, as the contract numbers it, in one sentence that names the flag; nothing written.
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.startsWith(QStringLiteral("--language needs en, zh_CN or mixed.")),
            qPrintable(refused.err));
        const test::CliRun chinese = test::runCli(
            { QStringLiteral("generate"), QStringLiteral("--staff"), QStringLiteral("20"),
                QStringLiteral("--accounts"), QStringLiteral("30"), QStringLiteral("--contacts"),
                QStringLiteral("30"), QStringLiteral("--requests"), QStringLiteral("30"),
                QStringLiteral("--language"), QStringLiteral("zh_CN") },
            path, dir.path());
        QCOMPARE(chinese.code, 0);
        auto db = test::openIn(dir, QStringLiteral("cli.db"));
        QVERIFY(db);
        QCOMPARE(sql::scalar(db->connection(),
                     QStringLiteral("SELECT count(*) FROM accounts WHERE unicode(name) < 11904"))
                     ->toInt(),
            0);
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
