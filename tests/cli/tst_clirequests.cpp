#include "CliFixture.h"
#include "Clock.h"
#include "Database.h"
#include "EntityStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tandem;

// tandem-cli end to end on requests: listing them by party, side and status, the satisfaction
// figures, and the lifecycle a script drives.
class TestCliRequests : public QObject, public test::CliFixture
{
    Q_OBJECT

    struct Tiny
    {
        QString path;
        qint64 ops = 0, sales = 0, ann = 0, ben = 0, cat = 0, acme = 0, link = 0;
    };

    // Ops (Ann, Ben), Sales (Cat), the account Acme and a pair Ann-Cat, with five requests dated from now:
    // Quote (Cat asks Ann, open, due yesterday), Forecast (Cat asks Ben, in progress, due in five days),
    // Install (Acme asks Ops, done on time, rated 4 and 5), Report (Cat asks Ann, done late, rated 2 and 3)
    // and Samples (Ann asks Acme, cancelled 200 days ago, rated 5 and 1).
    Tiny tinyDatabase(const QString& name)
    {
        Tiny tiny;
        tiny.path = m_dir.filePath(name);
        QFile::remove(tiny.path);
        auto db = Database::open(tiny.path);
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return tiny;
        }
        EntityStore store(**db);
        auto add = [&store](const Entity& entity, const QMap<QString, QString>& values) -> qint64 {
            auto id = store.add(entity, values);
            if (!id) {
                qWarning("%s", qPrintable(id.error().message));
                return 0;
            }
            return *id;
        };
        auto daysAgo = [](int days) {
            return Clock::toIso(QDateTime::currentDateTimeUtc().addDays(-days));
        };
        tiny.ops = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Ops") } });
        tiny.sales = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        tiny.ann = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Ann") },
                { QStringLiteral("department_id"), QStringLiteral("Ops") } });
        tiny.ben = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Ben") },
                { QStringLiteral("department_id"), QStringLiteral("Ops") } });
        tiny.cat = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Cat") },
                { QStringLiteral("department_id"), QStringLiteral("Sales") } });
        tiny.acme = add(entities::account(), { { QStringLiteral("name"), QStringLiteral("Acme") } });
        tiny.link = add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Ann") },
                { QStringLiteral("b_party"), QStringLiteral("Cat") },
                { QStringLiteral("kind"), QStringLiteral("function") } });
        struct Request
        {
            const char *title, *requester, *provider, *status;
            int created, due, closed; // days ago; -1 none
            const char *requesterRating, *providerRating;
            const char* priority;
        };
        const Request requests[] = {
            { "Quote", "Cat", "Ann", "open", 10, 1, -1, "", "", "normal" },
            { "Forecast", "Cat", "Ben", "in_progress", 5, -5, -1, "", "", "low" },
            { "Install", "Acme", "Ops", "done", 20, 2, 3, "4", "5", "high" },
            { "Report", "Cat", "Ann", "done", 20, 6, 4, "2", "3", "normal" },
            { "Samples", "Ann", "Acme", "cancelled", 210, -1, 200, "5", "1", "normal" },
        };
        for (const Request& request : requests) {
            const QMap<QString, QString> values { { QStringLiteral("title"),
                                                      QString::fromLatin1(request.title) },
                { QStringLiteral("requester"), QString::fromLatin1(request.requester) },
                { QStringLiteral("provider"), QString::fromLatin1(request.provider) },
                { QStringLiteral("status"), QString::fromLatin1(request.status) },
                { QStringLiteral("created_at"), daysAgo(request.created) },
                { QStringLiteral("due_at"), request.due == -1 ? QString() : daysAgo(request.due) },
                { QStringLiteral("closed_at"), request.closed == -1 ? QString() : daysAgo(request.closed) },
                { QStringLiteral("requester_rating"), QString::fromLatin1(request.requesterRating) },
                { QStringLiteral("provider_rating"), QString::fromLatin1(request.providerRating) },
                { QStringLiteral("priority"), QString::fromLatin1(request.priority) } };
            if (!add(entities::request(), values)) {
                tiny.path.clear();
            }
        }
        if (!(tiny.ops && tiny.sales && tiny.ann && tiny.ben && tiny.cat && tiny.acme && tiny.link)) {
            tiny.path.clear();
        }
        return tiny;
    }

    Tiny m_tiny;
    const Tiny& tiny()
    {
        if (m_tiny.path.isEmpty()) {
            m_tiny = tinyDatabase(QStringLiteral("tiny.db"));
        }
        return m_tiny;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void addRequestFollowsThePair()
    {
        const Tiny tiny = tinyDatabase(QStringLiteral("pairs.db"));
        QVERIFY(!tiny.path.isEmpty());
        Run run = cliOn(words("add request --requester Cat --provider Ann --title Brochure"), tiny.path);
        QCOMPARE(run.code, 0);
        QJsonObject request = shown(QStringLiteral("request"), run.out.trimmed(), tiny.path);
        QCOMPARE(request.value(QStringLiteral("link_id")).toInteger(), tiny.link);
        QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        run = cliOn(words("add request --requester Ben --provider Acme --title Visit"), tiny.path);
        QCOMPARE(run.code, 0);
        request = shown(QStringLiteral("request"), run.out.trimmed(), tiny.path);
        QVERIFY(request.contains(QStringLiteral("link_id")));
        QVERIFY(request.value(QStringLiteral("link_id")).isNull());
    }

    void listRequestsFilters_data()
    {
        QTest::addColumn<QString>("filters");
        QTest::addColumn<int>("count");
        QTest::newRow("everything") << QString() << 5;
        QTest::newRow("party") << QStringLiteral("--party Ann") << 3;
        QTest::newRow("requester") << QStringLiteral("--requester Cat") << 3;
        QTest::newRow("provider") << QStringLiteral("--provider Ann") << 2;
        QTest::newRow("requester and provider") << QStringLiteral("--requester Cat --provider Ben") << 1;
        QTest::newRow("department") << QStringLiteral("--department Sales") << 3;
        QTest::newRow("department as requester")
            << QStringLiteral("--department Sales --side requester") << 3;
        QTest::newRow("department as provider") << QStringLiteral("--department Sales --side provider") << 0;
        QTest::newRow("members as requester") << QStringLiteral("--department Ops --side requester") << 1;
        QTest::newRow("members as provider") << QStringLiteral("--department Ops --side provider") << 4;
        QTest::newRow("members either side") << QStringLiteral("--department Ops --side either") << 5;
        QTest::newRow("status active") << QStringLiteral("--status active") << 2;
        QTest::newRow("status closed") << QStringLiteral("--status closed") << 3;
        QTest::newRow("two statuses") << QStringLiteral("--status done,cancelled") << 3;
        QTest::newRow("status open") << QStringLiteral("--status open") << 1;
        QTest::newRow("status in progress or waiting") << QStringLiteral("--status in_progress,waiting") << 1;
        QTest::newRow("overdue") << QStringLiteral("--overdue") << 1;
        QTest::newRow("party, overdue") << QStringLiteral("--party Ann --overdue") << 1;
        QTest::newRow("members as provider, closed")
            << QStringLiteral("--department Ops --side provider --status closed") << 2;
        QTest::newRow("limit") << QStringLiteral("--limit 2") << 2;
        QTest::newRow("closed, limit") << QStringLiteral("--status closed --limit 1") << 1;
        QTest::newRow("a column, as before") << QStringLiteral("--priority high") << 1;
        QTest::newRow("a column and a status, as before")
            << QStringLiteral("--priority normal --status done") << 1;
    }

    void listRequestsFilters()
    {
        QFETCH(QString, filters);
        QFETCH(int, count);
        QVERIFY(!tiny().path.isEmpty());
        QStringList arguments { QStringLiteral("list"), QStringLiteral("requests") };
        arguments << filters.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        Run run = cliOn(QStringList { QStringLiteral("--json") } + arguments, tiny().path);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), count);
        for (const QJsonValue& row : rows) {
            QVERIFY(row.toObject().contains(QStringLiteral("requester_rating")));
        }
        run = cliOn(arguments, tiny().path);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.count(QLatin1Char('\n')), count + 1); // the header, then a line each
        QVERIFY(run.out.startsWith(QStringLiteral("id\tTitle\tRequester\tProvider\tStatus\tDue\n")));
    }

    void listRequestsNewestFirst()
    {
        QVERIFY(!tiny().path.isEmpty());
        Run run = cliOn(words("--json list requests --limit 2"), tiny().path);
        QCOMPARE(run.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Forecast"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Quote"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("provider")).toInteger(), tiny().ann);
        run = cliOn(words("list requests --overdue"), tiny().path);
        QCOMPARE(run.code, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).contains(QStringLiteral("\tQuote\tCat\tAnn\tOpen\t")), qPrintable(lines.at(1)));
    }

    void listRequestsRefusesBadFilters()
    {
        QVERIFY(!tiny().path.isEmpty());
        Run run = cliOn(words("list requests --status soon"), tiny().path);
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QStringLiteral("--status")), qPrintable(run.err));
        run = cliOn(words("list requests --status done,later"), tiny().path);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--status")));
        run = cliOn(words("list requests --department Ops --side up"), tiny().path);
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.startsWith(QStringLiteral("--side")));
        QCOMPARE(cliOn(words("list requests --side provider"), tiny().path).code, 1);
        QCOMPARE(cliOn(words("list requests --party Ann --priority high"), tiny().path).code, 1);
        run = cliOn(words("list requests --party Nobody"), tiny().path);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--party")) && run.err.contains(QStringLiteral("Nobody")));
        run = cliOn(words("list requests --department Ann"), tiny().path);
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("--department")));
        QCOMPARE(cliOn(words("list requests --requester Nobody"), tiny().path).code, 2);
        QCOMPARE(cliOn(words("list requests --limit many"), tiny().path).code, 1);
    }

    void satisfactionFigures()
    {
        const Tiny& t = tiny();
        QVERIFY(!t.path.isEmpty());
        auto json = [&t, this](const char* arguments) {
            const Run run = cliOn(words(arguments), t.path);
            return run.code == 0 ? QJsonDocument::fromJson(run.out.toUtf8()).object() : QJsonObject();
        };
        const QJsonObject ops = json("--json satisfaction Ops");
        QCOMPARE(ops,
            (QJsonObject { { QStringLiteral("party"), t.ops },
                { QStringLiteral("name"), QStringLiteral("Ops") }, { QStringLiteral("days"), 90 },
                { QStringLiteral("rated"), 2 }, { QStringLiteral("average"), 3.0 },
                { QStringLiteral("done"), 2 }, { QStringLiteral("done_with_due"), 2 },
                { QStringLiteral("on_time"), 1 }, { QStringLiteral("on_time_rate"), 0.5 },
                { QStringLiteral("open"), 2 }, { QStringLiteral("overdue"), 1 },
                { QStringLiteral("rated_as_requester"), 0 },
                { QStringLiteral("average_as_requester"), QJsonValue() } }));
        const QJsonObject year = json("--json satisfaction Ops --days 365");
        QCOMPARE(year.value(QStringLiteral("days")).toInt(), 365);
        QCOMPARE(year.value(QStringLiteral("rated")).toInt(), 2);
        QCOMPARE(year.value(QStringLiteral("rated_as_requester")).toInt(), 1);
        QCOMPARE(year.value(QStringLiteral("average_as_requester")).toDouble(), 1.0);
        const QJsonObject sales = json("--json satisfaction Sales");
        QCOMPARE(sales,
            (QJsonObject { { QStringLiteral("party"), t.sales },
                { QStringLiteral("name"), QStringLiteral("Sales") }, { QStringLiteral("days"), 90 },
                { QStringLiteral("rated"), 0 }, { QStringLiteral("average"), QJsonValue() },
                { QStringLiteral("done"), 0 }, { QStringLiteral("done_with_due"), 0 },
                { QStringLiteral("on_time"), 0 }, { QStringLiteral("on_time_rate"), QJsonValue() },
                { QStringLiteral("open"), 0 }, { QStringLiteral("overdue"), 0 },
                { QStringLiteral("rated_as_requester"), 1 },
                { QStringLiteral("average_as_requester"), 3.0 } }));
        const QJsonObject ann = json("--json satisfaction Ann");
        QCOMPARE(ann.value(QStringLiteral("party")).toInteger(), t.ann);
        QCOMPARE(ann.value(QStringLiteral("rated")).toInt(), 1);
        QCOMPARE(ann.value(QStringLiteral("average")).toDouble(), 2.0);
        QCOMPARE(ann.value(QStringLiteral("on_time")).toInt(), 0);
        QVERIFY(ann.value(QStringLiteral("on_time_rate")).isDouble());
        QCOMPARE(ann.value(QStringLiteral("on_time_rate")).toDouble(), 0.0);
        QCOMPARE(ann.value(QStringLiteral("open")).toInt(), 1);
        QCOMPARE(ann.value(QStringLiteral("overdue")).toInt(), 1);

        // The ranking holds the same objects, best first.
        const QJsonObject ranking = json("--json satisfaction");
        QCOMPARE(ranking.value(QStringLiteral("days")).toInt(), 90);
        QCOMPARE(ranking.value(QStringLiteral("departments")).toArray(), (QJsonArray { ops, sales }));
        QCOMPARE(json("--json satisfaction --days 30").value(QStringLiteral("days")).toInt(), 30);

        Run run = cliOn(words("satisfaction Ops"), t.path);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out,
            QStringLiteral("Name: Ops\nDays: 90\nRated: 2\nAverage: 3.0\nDone: 2\nOn time: 50%\nOpen: 2\n"
                           "Overdue: 1\nRated as requester: 0\nAverage as requester: unrated\n"));
        run = cliOn(words("satisfaction Sales"), t.path);
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains(QStringLiteral("\nAverage: unrated\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("\nOn time: no due dates\n")));
        QVERIFY(run.out.contains(QStringLiteral("\nAverage as requester: 3.0\n")));
        run = cliOn(words("satisfaction"), t.path);
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out,
            QStringLiteral("1\tOps\taverage 3.0\trated 2\ton time 50%\topen 2\toverdue 1\n"
                           "2\tSales\tunrated\trated 0\tno due dates\topen 0\toverdue 0\n"));

        QCOMPARE(cliOn(words("satisfaction Nobody"), t.path).code, 4);
        QCOMPARE(cliOn(words("satisfaction --days 0"), t.path).code, 1);
        QCOMPARE(cliOn(words("satisfaction --days soon"), t.path).code, 1);
        QCOMPARE(cliOn(words("satisfaction Ops Sales"), t.path).code, 1);
        QCOMPARE(cliOn(words("satisfaction Ops --window 3"), t.path).code, 1);
    }

    void requestTransitions()
    {
        const Tiny t = tinyDatabase(QStringLiteral("moves.db"));
        QVERIFY(!t.path.isEmpty());
        auto request = [&t, this](const QStringList& arguments) {
            return cliOn(QStringList { QStringLiteral("request") } + arguments, t.path);
        };
        auto show = [&t, this](const char* title) {
            return shown(QStringLiteral("request"), QString::fromLatin1(title), t.path);
        };

        // Late work does not go on without a reason, a fix and its owner; nothing changes.
        QJsonObject before = show("Quote");
        Run run = request(words("Quote start"));
        QCOMPARE(run.code, 2);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QStringLiteral("delay_reason")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(show("Quote"), before);
        run = request({ QStringLiteral("Quote"), QStringLiteral("start"), QStringLiteral("--delay-reason"),
            QStringLiteral("Parts late"), QStringLiteral("--corrective-action"),
            QStringLiteral("Order earlier"), QStringLiteral("--corrective-owner"), QStringLiteral("Ben") });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QJsonObject after = show("Quote");
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(after.value(QStringLiteral("delay_reason")).toString(), QStringLiteral("Parts late"));
        QCOMPARE(
            after.value(QStringLiteral("corrective_action")).toString(), QStringLiteral("Order earlier"));
        QCOMPARE(after.value(QStringLiteral("corrective_owner")).toInteger(), t.ben);
        run = request(words("Quote wait --json"));
        QCOMPARE(run.code, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object(),
            (QJsonObject { { QStringLiteral("id"), after.value(QStringLiteral("id")) },
                { QStringLiteral("status"), QStringLiteral("waiting") } }));

        // A closed request only reopens.
        before = show("Install");
        run = request(words("Install start"));
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("reopened")), qPrintable(run.err));
        QCOMPARE(show("Install"), before);

        // Ratings are 1 to 5, and only on closing.
        before = show("Forecast");
        for (const char* refused : { "Forecast done --rating 6", "Forecast done --provider-rating 0",
                 "Forecast done --rating x", "Forecast wait --rating 4", "Forecast done --feedback Meh" }) {
            run = request(words(refused));
            QVERIFY2(run.code == 2, refused);
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(run.err.contains(QStringLiteral("rating")), qPrintable(run.err));
            QCOMPARE(show("Forecast"), before);
        }
        run = request(
            words("Forecast done --rating 5 --feedback Great --provider-rating 4 --provider-feedback Clear"));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        after = show("Forecast");
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QVERIFY(!after.value(QStringLiteral("closed_at")).isNull());
        QCOMPARE(after.value(QStringLiteral("requester_rating")).toInt(), 5);
        QCOMPARE(after.value(QStringLiteral("requester_feedback")).toString(), QStringLiteral("Great"));
        QCOMPARE(after.value(QStringLiteral("provider_rating")).toInt(), 4);
        QCOMPARE(after.value(QStringLiteral("provider_feedback")).toString(), QStringLiteral("Clear"));
        QCOMPARE(request(words("Forecast reopen")).code, 0);
        after = show("Forecast");
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        for (const char* cleared :
            { "closed_at", "requester_rating", "requester_feedback", "provider_rating" }) {
            QVERIFY2(after.value(QString::fromLatin1(cleared)).isNull(), cleared);
        }
        QCOMPARE(request(words("Forecast cancel --note Withdrawn")).code, 0);
        QCOMPARE(request(words("Forecast rate --rating 3")).code, 0);
        QCOMPARE(show("Forecast").value(QStringLiteral("requester_rating")).toInt(), 3);
        // Both ratings or neither.
        before = show("Forecast");
        QCOMPARE(request(words("Forecast rate --rating 2 --provider-rating 9")).code, 2);
        QCOMPARE(show("Forecast"), before);
        QCOMPARE(request(words("Forecast rate")).code, 1);

        QCOMPARE(request(words("Quote comment --note Called")).code, 0);
        run = request(words("Quote comment"));
        QCOMPARE(run.code, 2);
        QVERIFY(run.err.contains(QStringLiteral("note")));

        // Reassigned, the request travels along the new pair, if any.
        QCOMPARE(request(words("Quote reassign --to Ben")).code, 0);
        after = show("Quote");
        QCOMPARE(after.value(QStringLiteral("provider")).toInteger(), t.ben);
        QVERIFY(after.value(QStringLiteral("link_id")).isNull());
        QCOMPARE(request(words("Quote reassign --to Ann --note Back")).code, 0);
        QCOMPARE(show("Quote").value(QStringLiteral("link_id")).toInteger(), t.link);
        QCOMPARE(request(words("Quote reassign --to Ann")).code, 2);
        QCOMPARE(request(words("Quote reassign --to Nobody")).code, 2);
        QCOMPARE(request(words("Forecast reassign --to Ann")).code, 2); // closed
        QCOMPARE(request(words("Quote reassign")).code, 1);

        QCOMPARE(request(words("Nowhere start")).code, 4);
        QCOMPARE(request(words("Quote fly")).code, 1);
        QCOMPARE(request(words("Quote comment --rating 3")).code, 1);
        QCOMPARE(request(words("Quote")).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_clirequests.moc"
