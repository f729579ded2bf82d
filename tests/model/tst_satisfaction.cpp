#include "RequestFixture.h"
#include "Satisfaction.h"

#include <QTest>
#include <algorithm>

using namespace tandem;

// The satisfaction index: ratings, work on time and open work, by party and department.
class TestSatisfaction : public QObject, public test::RequestFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void satisfaction()
    {
        // Ops (Ann, Ben) and Sales (Cat) from init(); Admin stays empty; Legal has Dan and Fleet has Eve.
        const qint64 admin
            = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Admin") } });
        const qint64 legal
            = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Legal") } });
        const qint64 fleet
            = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Fleet") } });
        QVERIFY(add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Dan") },
                { QStringLiteral("department_id"), QStringLiteral("Legal") } }));
        QVERIFY(add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Eve") },
                { QStringLiteral("department_id"), QStringLiteral("Fleet") } }));
        int number = 0;
        auto served = [&](const char* provider, const char* requester, const char* status, const char* closed,
                          int requesterRating, int providerRating, const char* due,
                          const char* created = "2026-07-01T09:00:00Z") {
            Values values { { QStringLiteral("provider"), QString::fromLatin1(provider) },
                { QStringLiteral("requester"), QString::fromLatin1(requester) },
                { QStringLiteral("status"), QString::fromLatin1(status) },
                { QStringLiteral("closed_at"), QString::fromLatin1(closed) },
                { QStringLiteral("due_at"), QString::fromLatin1(due) },
                { QStringLiteral("created_at"), QString::fromLatin1(created) },
                { QStringLiteral("title"), QStringLiteral("r%1").arg(++number) } };
            if (requesterRating) {
                values.insert(QStringLiteral("requester_rating"), QString::number(requesterRating));
            }
            if (providerRating) {
                values.insert(QStringLiteral("provider_rating"), QString::number(providerRating));
            }
            return request(values);
        };
        // The window is 28 August to 25 November. Ops, by itself or through Ann and Ben:
        QVERIFY(
            served("Ops", "Cat", "done", "2026-11-09T10:00:00Z", 5, 4, "2026-11-10T00:00:00Z")); // on time
        QVERIFY(served("Ann", "Cat", "done", "2026-11-03T10:00:00Z", 3, 0, "2026-11-01T00:00:00Z")); // late
        QVERIFY(served("Ben", "Acme", "done", "2026-10-15T10:00:00Z", 4, 0, ""));
        QVERIFY(served("Ann", "Sales", "rejected", "2026-10-20T10:00:00Z", 2, 0, ""));
        QVERIFY(served("Ops", "Cat", "cancelled", "2026-09-10T10:00:00Z", 0, 0, ""));
        QVERIFY(served("Ann", "Cat", "done", "2026-07-30T10:00:00Z", 1, 0, "2026-08-01T00:00:00Z")); // before
        QVERIFY(served("Ben", "Cat", "open", "", 0, 0, "2026-11-20T00:00:00Z", "2026-11-03T09:00:00Z"));
        QVERIFY(
            served("Ops", "Cat", "in_progress", "", 0, 0, "2026-12-10T00:00:00Z", "2026-11-16T09:00:00Z"));
        QVERIFY(served("Ann", "Acme", "waiting", "", 0, 0, "", "2026-11-22T09:00:00Z"));
        // Ops as a requester, rated by its providers:
        QVERIFY(served("Cat", "Ann", "done", "2026-11-01T10:00:00Z", 5, 2, ""));
        QVERIFY(served("Cat", "Ops", "done", "2026-10-01T10:00:00Z", 4, 3, "2026-10-02T00:00:00Z"));
        QVERIFY(served("Acme", "Ben", "done", "2026-11-05T10:00:00Z", 1, 5, ""));
        // An account provider counts for no department, late or not.
        QVERIFY(served("Acme", "Ann", "open", "", 0, 0, "2026-11-01T00:00:00Z"));
        // Legal ties Sales on the mean rating and loses on time.
        QVERIFY(served("Dan", "Cat", "done", "2026-11-02T10:00:00Z", 5, 0, "2026-11-01T00:00:00Z"));
        QVERIFY(served("Legal", "Cat", "rejected", "2026-11-03T10:00:00Z", 4, 0, ""));
        // Fleet: open work only.
        QVERIFY(served("Eve", "Ann", "open", "", 0, 0, "2026-11-24T00:00:00Z", "2026-11-23T09:00:00Z"));
        QVERIFY(served("Fleet", "Ann", "in_progress", "", 0, 0, "", "2026-11-25T09:00:00Z"));
        // Sales closes two more, unrated.
        QVERIFY(served("Cat", "Ben", "cancelled", "2026-11-22T23:30:00Z", 0, 0, ""));
        QVERIFY(served("Cat", "Ben", "done", "2026-11-25T08:00:00Z", 0, 0, ""));

        const SatisfactionWindow window = SatisfactionWindow::lastDays(90);
        QCOMPARE(window.from, QDate(2026, 8, 28));
        QCOMPARE(window.to, QDate(2026, 11, 25));
        QCOMPARE(window.fromIso(), QStringLiteral("2026-08-28T00:00:00Z"));
        QCOMPARE(window.untilIso(), QStringLiteral("2026-11-26T00:00:00Z"));
        Satisfaction satisfaction(*m_db);

        auto scope = satisfaction.scope(m_ops);
        QVERIFY(scope);
        QList<qint64> members = *scope;
        std::sort(members.begin(), members.end());
        QCOMPARE(members, (QList<qint64> { m_ops, m_ann, m_ben }));
        QCOMPARE(*satisfaction.scope(m_ann), QList<qint64> { m_ann });

        auto ops = satisfaction.forParty(m_ops, window);
        QVERIFY2(ops, qPrintable(ops.error().message));
        QCOMPARE(ops->party, m_ops);
        QCOMPARE(ops->name, QStringLiteral("Ops"));
        QCOMPARE(ops->rated, 4);
        QCOMPARE(ops->average, 3.5);
        QCOMPARE(ops->done, 3);
        QCOMPARE(ops->doneWithDue, 2);
        QCOMPARE(ops->onTime, 1);
        QCOMPARE(ops->onTimeRate(), std::optional<double>(0.5));
        QCOMPARE(ops->open, 3);
        QCOMPARE(ops->overdue, 1);
        QCOMPARE(ops->ratedAsRequester, 3);
        QCOMPARE(ops->averageAsRequester, 10.0 / 3);

        auto ann = satisfaction.forParty(m_ann, window);
        QVERIFY(ann);
        QCOMPARE(ann->name, QStringLiteral("Ann"));
        QCOMPARE(ann->rated, 2);
        QCOMPARE(ann->average, 2.5);
        QCOMPARE(ann->done, 1);
        QCOMPARE(ann->doneWithDue, 1);
        QCOMPARE(ann->onTime, 0);
        QCOMPARE(ann->onTimeRate(), std::optional<double>(0.0));
        QCOMPARE(ann->open, 1);
        QCOMPARE(ann->overdue, 0);
        QCOMPARE(ann->ratedAsRequester, 1);
        QCOMPARE(ann->averageAsRequester, 2.0);

        auto nobody = satisfaction.forParty(admin, window);
        QVERIFY(nobody);
        QCOMPARE(nobody->rated, 0);
        QCOMPARE(nobody->average, 0.0);
        QVERIFY(!nobody->onTimeRate());
        QCOMPARE(nobody->open, 0);

        // A longer window takes in the request closed in July.
        QCOMPARE(satisfaction.forParty(m_ann, SatisfactionWindow::lastDays(365))->rated, 3);

        auto ranking = satisfaction.departmentRanking(window);
        QVERIFY2(ranking, qPrintable(ranking.error().message));
        QStringList order;
        for (const SatisfactionScore& score : *ranking) {
            order << score.name;
        }
        QCOMPARE(order,
            (QStringList { QStringLiteral("Sales"), QStringLiteral("Legal"), QStringLiteral("Ops"),
                QStringLiteral("Admin"), QStringLiteral("Fleet") }));
        const SatisfactionScore& sales = ranking->at(0);
        QCOMPARE(sales.party, m_sales);
        QCOMPARE(sales.rated, 2);
        QCOMPARE(sales.average, 4.5);
        QCOMPARE(sales.done, 3);
        QCOMPARE(sales.doneWithDue, 1);
        QCOMPARE(sales.onTimeRate(), std::optional<double>(1.0));
        QCOMPARE(sales.open, 0);
        QCOMPARE(sales.ratedAsRequester, 1);
        QCOMPARE(sales.averageAsRequester, 4.0);
        QCOMPARE(ranking->at(1).party, legal);
        QCOMPARE(ranking->at(1).average, 4.5);
        QCOMPARE(ranking->at(1).onTimeRate(), std::optional<double>(0.0));
        // The ranking counts a department as forParty() does.
        const SatisfactionScore& opsRanked = ranking->at(2);
        QCOMPARE(opsRanked.rated, ops->rated);
        QCOMPARE(opsRanked.average, ops->average);
        QCOMPARE(opsRanked.done, ops->done);
        QCOMPARE(opsRanked.doneWithDue, ops->doneWithDue);
        QCOMPARE(opsRanked.onTime, ops->onTime);
        QCOMPARE(opsRanked.open, 3);
        QCOMPARE(opsRanked.overdue, 1);
        QCOMPARE(opsRanked.ratedAsRequester, ops->ratedAsRequester);
        QCOMPARE(opsRanked.averageAsRequester, ops->averageAsRequester);
        QCOMPARE(ranking->at(3).party, admin);
        QCOMPARE(ranking->at(3).rated, 0);
        QCOMPARE(ranking->at(3).open, 0);
        QCOMPARE(ranking->at(4).party, fleet);
        QCOMPARE(ranking->at(4).open, 2);
        QCOMPARE(ranking->at(4).overdue, 1);
        int open = 0;
        for (const SatisfactionScore& score : *ranking) {
            open += score.open;
        }
        QCOMPARE(open, 5); // Acme's open request is nobody's

        auto trend = satisfaction.monthlyTrend(m_ops, window);
        QVERIFY(trend);
        QCOMPARE(trend->size(), 4);
        QCOMPARE(trend->at(0).month, QDate(2026, 8, 1));
        QCOMPARE(trend->at(3).month, QDate(2026, 11, 1));
        for (int month : { 0, 1 }) {
            QCOMPARE(trend->at(month).rated, 0);
            QCOMPARE(trend->at(month).average, 0.0);
            QCOMPARE(trend->at(month).done, 0);
        }
        QCOMPARE(trend->at(2).rated, 2);
        QCOMPARE(trend->at(2).average, 3.0);
        QCOMPARE(trend->at(2).done, 1);
        QCOMPARE(trend->at(2).doneWithDue, 0);
        QCOMPARE(trend->at(3).rated, 2);
        QCOMPARE(trend->at(3).average, 4.0);
        QCOMPARE(trend->at(3).done, 2);
        QCOMPARE(trend->at(3).doneWithDue, 2);
        QCOMPARE(trend->at(3).onTime, 1);

        auto everyone = satisfaction.monthlyTrend(0, window);
        QVERIFY(everyone);
        QCOMPARE(everyone->size(), 4);
        QCOMPARE(everyone->at(1).rated, 0);
        QCOMPARE(everyone->at(2).rated, 3);
        QCOMPARE(everyone->at(2).average, 10.0 / 3);
        QCOMPARE(everyone->at(2).done, 2);
        QCOMPARE(everyone->at(2).onTime, 1);
        QCOMPARE(everyone->at(3).rated, 6);
        QCOMPARE(everyone->at(3).average, 23.0 / 6);
        QCOMPARE(everyone->at(3).done, 6);
        QCOMPARE(everyone->at(3).doneWithDue, 3);
        QCOMPARE(everyone->at(3).onTime, 1);
        QCOMPARE(satisfaction.monthlyTrend(0, SatisfactionWindow::lastDays(30))->size(), 2);

        auto flow = satisfaction.weeklyFlow(4);
        QVERIFY(flow);
        QCOMPARE(flow->size(), 4);
        QList<QDate> weeks;
        QList<int> created, closed;
        for (const Satisfaction::WeekFlow& week : *flow) {
            weeks << week.weekStart;
            created << week.created;
            closed << week.closed;
        }
        QCOMPARE(weeks,
            (QList<QDate> {
                QDate(2026, 11, 2), QDate(2026, 11, 9), QDate(2026, 11, 16), QDate(2026, 11, 23) }));
        QCOMPARE(created, (QList<int> { 1, 0, 2, 2 }));
        QCOMPARE(closed, (QList<int> { 4, 1, 1, 1 }));
    }
};

QTEST_GUILESS_MAIN(TestSatisfaction)
#include "tst_satisfaction.moc"
