#include "Archive.h"
#include "Clock.h"
#include "DemoData.h"
#include "DemoOrganisation.h"
#include "Maintenance.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace tandem;

Q_DECLARE_METATYPE(DemoOrganisation::Language)

class TestDemo : public QObject
{
    Q_OBJECT

    static int count(Database& db, const char* statement)
    {
        auto value = sql::scalar(db.connection(), QString::fromUtf8(statement));
        return value ? value->toInt() : -1;
    }

    static QSet<QString> placeholders(const QString& text)
    {
        static const QRegularExpression placeholder(QStringLiteral("\\{[a-z]+\\}"));
        QSet<QString> found;
        for (auto match = placeholder.globalMatch(text); match.hasNext();) {
            found.insert(match.next().captured());
        }
        return found;
    }

    // Every text of the demo data, as {"en": ..., "zh": ...}, says something in both languages, with the same
    // placeholders, so that neither language fills in less than the other.
    static void checkTexts(const QJsonValue& value, const QString& where, int& texts)
    {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                checkTexts(array.at(i), where + QLatin1Char('/') + QString::number(i), texts);
            }
            return;
        }
        const QJsonObject object = value.toObject();
        if (object.contains(QLatin1String("en")) || object.contains(QLatin1String("zh"))) {
            const QString english = object.value(QLatin1String("en")).toString();
            const QString chinese = object.value(QLatin1String("zh")).toString();
            QVERIFY2(!english.isEmpty() && !chinese.isEmpty(), qPrintable(where));
            QVERIFY2(placeholders(english) == placeholders(chinese), qPrintable(where));
            ++texts;
            return;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            checkTexts(it.value(), where + QLatin1Char('/') + it.key(), texts);
        }
    }

    static QByteArray demoArchive(
        const QTemporaryDir& dir, const QString& name, DemoOrganisation::Language language)
    {
        auto db = test::openIn(dir, name);
        if (!db || DemoOrganisation::fill(*db, language)) {
            return {};
        }
        auto archive = Archive::exportAll(*db);
        return archive ? *archive : QByteArray();
    }

private slots:
    void looksLikeARealCompany_data()
    {
        QTest::addColumn<DemoOrganisation::Language>("language");
        QTest::newRow("English") << DemoOrganisation::Language::English;
        QTest::newRow("Chinese") << DemoOrganisation::Language::Chinese;
    }

    void looksLikeARealCompany()
    {
        QFETCH(DemoOrganisation::Language, language);
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(db);
        const Error error = DemoOrganisation::fill(*db, language);
        QVERIFY2(!error, qPrintable(error.message));

        auto report = Maintenance(*db).check();
        QVERIFY(report);
        QVERIFY2(report->ok, qPrintable(report->foreignKeyProblems.join(QLatin1Char('\n'))));

        QVERIFY(count(*db, "SELECT count(*) FROM departments") >= 10);
        const int staff = count(*db, "SELECT count(*) FROM staff");
        QVERIFY2(staff >= 35 && staff <= 50, qPrintable(QString::number(staff)));
        QCOMPARE(count(*db, "SELECT count(DISTINCT rank_level) FROM staff"), 3);
        QVERIFY(count(*db, "SELECT count(*) FROM staff WHERE manager_id IS NOT NULL") >= staff - 3);
        QCOMPARE(count(*db, "SELECT count(DISTINCT kind) FROM internal_links"), 3);
        QVERIFY(count(*db,
                    "SELECT count(*) FROM internal_links WHERE coalesce(a_to_b, '') = '' OR coalesce(b_to_a, "
                    "'') = ''")
            >= 1);
        const int accounts = count(*db, "SELECT count(*) FROM accounts");
        QVERIFY2(accounts >= 50 && accounts <= 75, qPrintable(QString::number(accounts)));
        for (const char* segment : { "loyal", "floating", "potential" }) {
            QVERIFY2(count(*db,
                         qPrintable(QStringLiteral("SELECT count(*) FROM accounts WHERE segment = '%1'")
                                        .arg(QLatin1String(segment))))
                    >= 10,
                segment);
        }
        QCOMPARE(count(*db,
                     "SELECT count(*) FROM accounts WHERE segment = 'potential' AND party_id IN (SELECT "
                     "account_id FROM purchases WHERE from_competitor = 0)"),
            0);
        QVERIFY(count(*db, "SELECT count(*) FROM contacts") >= accounts);
        QVERIFY(count(*db, "SELECT count(*) FROM interactions") >= accounts);
        QVERIFY(count(*db, "SELECT count(*) FROM purchases") >= 40);
        auto span = sql::run(
            db->connection(), QStringLiteral("SELECT min(purchased_on), max(purchased_on) FROM purchases"));
        QVERIFY(span && span->next());
        QVERIFY(QDate::fromString(span->value(0).toString(), Qt::ISODate)
                    .daysTo(QDate::fromString(span->value(1).toString(), Qt::ISODate))
            >= 2 * 365);
        const int requests = count(*db, "SELECT count(*) FROM service_requests");
        QVERIFY2(requests >= 180 && requests <= 260, qPrintable(QString::number(requests)));
        QCOMPARE(count(*db, "SELECT count(DISTINCT status) FROM service_requests"), 6);
        QVERIFY(count(*db, "SELECT count(*) FROM service_requests WHERE requester_rating IS NOT NULL") >= 20);
        QVERIFY(sql::scalar(db->connection(),
                    QStringLiteral(
                        "SELECT count(*) FROM service_requests WHERE status IN ('open', 'in_progress', "
                        "'waiting') AND due_at < ?"),
                    { QDateTime::currentDateTimeUtc().toString(Qt::ISODate) })
                    ->toInt()
            >= 5);
        QVERIFY(count(*db, "SELECT count(*) FROM staff WHERE status = 'departed'") >= 1);
        QVERIFY(count(*db, "SELECT count(*) FROM handovers") >= 1);

        // It reads in the language asked for.
        QStringList names;
        auto accountNames = sql::run(db->connection(), QStringLiteral("SELECT name FROM accounts"));
        while (accountNames && accountNames->next()) {
            names << accountNames->value(0).toString();
        }
        const QString someName = names.join(QLatin1Char(' '));
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        QCOMPARE(someName.contains(han), language == DemoOrganisation::Language::Chinese);

        const Error again = DemoOrganisation::fill(*db, language);
        QCOMPARE(again.kind, ErrorKind::BadInput);
    }

    void dataFilesAreBilingual()
    {
        const QStringList files = QDir(QStringLiteral(":/demo")).entryList({ QStringLiteral("*.json") });
        QCOMPARE(files.size(), 4);
        int texts = 0;
        for (const QString& file : files) {
            QFile data(QStringLiteral(":/demo/") + file);
            QVERIFY(data.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(data.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError,
                qPrintable(file + QLatin1String(": ") + error.errorString()));
            checkTexts(document.object(), file, texts);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        QVERIFY2(texts > 400, qPrintable(QString::number(texts)));

        // Every name one record gives another is defined.
        auto data = demo::DemoData::load();
        QVERIFY2(data, qPrintable(data.error().message));
        QCOMPARE(data->departments.size(), 12);
        QCOMPARE(data->staff.size(), 41);
        QCOMPARE(data->accounts.size(), 60);
    }

    // The demo draws from one seeded sequence: the same day gives the same organisation, row for row.
    void sameDayGivesSameOrganisation_data() { looksLikeARealCompany_data(); }

    void sameDayGivesSameOrganisation()
    {
        QFETCH(DemoOrganisation::Language, language);
        if (!test::testServer().isEmpty()) {
            QSKIP(
                "A team server stamps its own audit rows with its own clock, so two archives differ there.");
        }
        Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
        QTemporaryDir dir;
        const QByteArray first = demoArchive(dir, QStringLiteral("first.db"), language);
        const QByteArray second = demoArchive(dir, QStringLiteral("second.db"), language);
        Clock::setFixed({});
        QVERIFY(!first.isEmpty());
        QVERIFY(first == second);
    }

    void cancellingWritesNothing()
    {
        QTemporaryDir dir;
        auto db = test::openIn(dir);
        QVERIFY(DemoOrganisation::fill(
            *db, DemoOrganisation::Language::English, [](int percent) { return percent < 50; }));
        QCOMPARE(count(*db, "SELECT count(*) FROM parties"), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
