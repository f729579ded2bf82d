#include "Dashboard.h"
#include "RequestFixture.h"

#include <QTest>

using namespace tandem;

// The Dashboard's figures on known data: what each card counts, where its window starts, and that the
// worker's own connection reads the same figures and the same service overview as the window's.
class TestDashboardFigures : public QObject, public test::RequestFixture
{
    Q_OBJECT

private slots:
    void init()
    {
        setUp();
        fill();
    }
    void cleanup() { tearDown(); }

    void countsWhatEachCardSays()
    {
        auto figures = Dashboard::figures(*m_db);
        QVERIFY2(figures, qPrintable(figures.error().message));
        QCOMPARE(figures->departments, 2);
        QCOMPARE(figures->activeStaff, 3);
        QCOMPARE(figures->departedStaff, 1);
        QCOMPARE(figures->pairs, 3);
        QCOMPARE(figures->oneSidedPairs, 2); // one direction empty, another only blanks
        QCOMPARE(figures->loyal, 2);
        QCOMPARE(figures->floating, 1);
        QCOMPARE(figures->potential, 1);
        QCOMPARE(figures->openRequests, 3);
        QCOMPARE(figures->overdueRequests, 1);
        // Thirty days back from noon today: 26 October at 13:00 is in, at 11:00 is out.
        QCOMPARE(figures->closedLast30Days, 2);
        QCOMPARE(figures->ratedLast90Days, 2);
        QCOMPARE(figures->averageRating90Days, 3.0);
        QCOMPARE(figures->followUpsDue, 2);
        QCOMPARE(figures->followUpsOverdue, 1);
        QCOMPARE(figures->watchedAccounts, 0);
        QCOMPARE(figures->accountsAtRisk, 0);
    }

    void aWorkerReadsTheSameThroughItsOwnConnection()
    {
        auto contents = Dashboard::contents(m_db->path());
        QVERIFY2(contents, qPrintable(contents.error().message));
        auto figures = Dashboard::figures(*m_db);
        QVERIFY(figures);
        QCOMPARE(contents->figures.openRequests, figures->openRequests);
        QCOMPARE(contents->figures.closedLast30Days, figures->closedLast30Days);
        QCOMPARE(contents->figures.averageRating90Days, figures->averageRating90Days);
        QCOMPARE(contents->figures.followUpsDue, figures->followUpsDue);

        auto months = Satisfaction(*m_db).monthlyTrend(0, SatisfactionWindow::lastDays(365));
        QVERIFY(months);
        const Satisfaction::Overview& service = contents->service;
        // A year in months, this month last; twelve weeks, this week last.
        QCOMPARE(service.months.size(), 13);
        QCOMPARE(service.months.first().month, QDate(2025, 11, 1));
        QCOMPARE(service.months.last().month, QDate(2026, 11, 1));
        QCOMPARE(service.weeks.size(), 12);
        QCOMPARE(service.weeks.last().weekStart, QDate(2026, 11, 23));
        int done = 0;
        int rated = 0;
        for (int month = 0; month < service.months.size(); ++month) {
            QCOMPARE(service.months.at(month).done, months->at(month).done);
            QCOMPARE(service.months.at(month).rated, months->at(month).rated);
            done += service.months.at(month).done;
            rated += service.months.at(month).rated;
        }
        QCOMPARE(done, 5);
        QCOMPARE(rated, 4); // the rejected request's rating counts too
        QCOMPARE(service.months.at(10).average, 2.0); // September
        QCOMPARE(service.months.at(12).rated, 2); // November: done and rejected
        QCOMPARE(service.months.at(12).average, 3.0);
        QCOMPARE(service.departments.size(), 2);
        QCOMPARE(service.departments.first().name, QStringLiteral("Ops"));
        QCOMPARE(service.departments.first().open, 3);
        QCOMPARE(service.departments.first().overdue, 1);
        QCOMPARE(service.weeks.last().closed, 0);
        QCOMPARE(service.weeks.at(10).closed, 2); // the week of 16 November: done and rejected on the 20th
        QCOMPARE(service.weeks.at(10).created, 0);
        QCOMPARE(service.weeks.last().created, 1);
    }

    void aStoppedWorkerLeavesTheRestUndone()
    {
        const std::atomic<bool> stop { true };
        auto contents = Dashboard::contents(m_db->path(), &stop);
        QVERIFY(contents);
        QCOMPARE(contents->figures.openRequests, 0);
        QVERIFY(contents->service.months.isEmpty());
        QVERIFY(contents->service.departments.isEmpty());
    }

private:
    void fill()
    {
        QVERIFY(add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Dan") },
                { QStringLiteral("department_id"), QStringLiteral("Sales") },
                { QStringLiteral("status"), QStringLiteral("departed") },
                { QStringLiteral("left_on"), QStringLiteral("2026-10-01") } }));
        const QString links[][4] = { { QStringLiteral("Ops"), QStringLiteral("Sales"),
                                         QStringLiteral("Parts"), QStringLiteral("Orders") },
            { QStringLiteral("Ann"), QStringLiteral("Cat"), QStringLiteral("Quotes"), QString() },
            { QStringLiteral("Ben"), QStringLiteral("Cat"), QStringLiteral("Trucks"),
                QStringLiteral("  ") } };
        for (const auto& [a, b, aToB, bToA] : links) {
            QVERIFY(add(entities::link(),
                { { QStringLiteral("a_party"), a }, { QStringLiteral("b_party"), b },
                    { QStringLiteral("kind"), QStringLiteral("function") },
                    { QStringLiteral("a_to_b"), aToB }, { QStringLiteral("b_to_a"), bToA } }));
        }
        const std::pair<const char*, const char*> accounts[]
            = { { "Bolt", "loyal" }, { "Cog", "loyal" }, { "Dyn", "floating" } };
        for (const auto& [name, segment] : accounts) {
            QVERIFY(add(entities::account(),
                { { QStringLiteral("name"), QString::fromLatin1(name) },
                    { QStringLiteral("segment"), QString::fromLatin1(segment) } }));
        }
        // Open work: one overdue, one due tomorrow, one without a due date.
        QVERIFY(requestIn(QStringLiteral("open"), { { QStringLiteral("due_at"), yesterday() } }));
        QVERIFY(requestIn(QStringLiteral("in_progress"), { { QStringLiteral("due_at"), tomorrow() } }));
        QVERIFY(requestIn(QStringLiteral("waiting"), { { QStringLiteral("created_at"), now() } }));
        const std::pair<const char*, int> done[]
            = { { "2026-11-20T10:00:00Z", 4 }, { "2026-10-26T13:00:00Z", 0 }, { "2026-10-26T11:00:00Z", 0 },
                  { "2026-09-01T10:00:00Z", 2 }, { "2026-07-01T10:00:00Z", 5 } };
        for (const auto& [closed, rating] : done) {
            Values values { { QStringLiteral("closed_at"), QString::fromLatin1(closed) } };
            if (rating) {
                values.insert(QStringLiteral("requester_rating"), QString::number(rating));
            }
            QVERIFY(requestIn(QStringLiteral("done"), values));
        }
        QVERIFY(requestIn(
            QStringLiteral("rejected"), { { QStringLiteral("requester_rating"), QStringLiteral("2") } }));
        // Follow-ups: due today, overdue, done, and due tomorrow.
        const std::pair<const char*, const char*> steps[]
            = { { "2026-11-25", "0" }, { "2026-11-20", "0" }, { "2026-11-20", "1" }, { "2026-11-26", "0" } };
        for (const auto& [due, finished] : steps) {
            QVERIFY(add(entities::interaction(),
                { { QStringLiteral("account_id"), QStringLiteral("Acme") },
                    { QStringLiteral("kind"), QStringLiteral("call") },
                    { QStringLiteral("occurred_at"), QStringLiteral("2026-11-19T09:00:00Z") },
                    { QStringLiteral("next_step"), QStringLiteral("Call back") },
                    { QStringLiteral("next_step_due"), QString::fromLatin1(due) },
                    { QStringLiteral("next_step_done"), QString::fromLatin1(finished) } }));
        }
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "tst_dashboardfigures.moc"
