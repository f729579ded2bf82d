#include "Lists.h"
#include "PagedListModel.h"
#include "RequestFixture.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace tandem;

// Late work: what is overdue, and the delay, fix and owner late work needs before it goes on.
class TestRequestDelays : public QObject, public test::RequestFixture
{
    Q_OBJECT

    // The row of `id` in a list model, or -1.
    static int rowOf(const PagedListModel& model, qint64 id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.idAt(row) == id) {
                return row;
            }
        }
        return -1;
    }

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void overdue_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("due");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<QString>("shown");
        const QString byOneDay = QStringLiteral("overdue by 1 day");
        QTest::newRow("open, due yesterday") << QStringLiteral("open") << yesterday() << true << byOneDay;
        QTest::newRow("in progress, due yesterday")
            << QStringLiteral("in_progress") << yesterday() << true << byOneDay;
        QTest::newRow("waiting, due yesterday")
            << QStringLiteral("waiting") << yesterday() << true << byOneDay;
        // Late since earlier today: calendar days, not a day rounded up from an hour.
        QTest::newRow("open, due an hour ago")
            << QStringLiteral("open") << QStringLiteral("2026-11-25T11:00:00Z") << true
            << QStringLiteral("overdue today");
        QTest::newRow("open, due tomorrow") << QStringLiteral("open") << tomorrow() << false << QString();
        QTest::newRow("open, no due date") << QStringLiteral("open") << QString() << false << QString();
        QTest::newRow("done, due yesterday") << QStringLiteral("done") << yesterday() << false << QString();
        QTest::newRow("cancelled, due yesterday")
            << QStringLiteral("cancelled") << yesterday() << false << QString();
    }

    void overdue()
    {
        QFETCH(QString, status);
        QFETCH(QString, due);
        QFETCH(bool, overdue);
        QFETCH(QString, shown);
        const qint64 id = requestIn(status, { { QStringLiteral("due_at"), due } });
        QVERIFY(id);
        auto isOverdue = Flow(*m_db).isOverdue(id);
        QVERIFY(isOverdue);
        QCOMPARE(*isOverdue, overdue);

        PagedListModel model(*m_db, lists::requests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rowOf(model, id);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, 0), PagedListModel::AttentionRole).toBool(), overdue);
        const QString dueText = model.data(model.index(row, 7)).toString();
        QCOMPARE(dueText.isEmpty(), due.isEmpty());
        // English plural forms come from the catalogue; without it the text reads "1 day(s)".
        QVERIFY2(dueText.contains(QStringLiteral("overdue")) == overdue, qPrintable(dueText));
        QVERIFY2(dueText.contains(shown), qPrintable(dueText));

        QCOMPARE(Flow(*m_db).isOverdue(id + 100).error().kind, ErrorKind::NotFound);
    }

    void overdueByDays()
    {
        const qint64 id = request({ { QStringLiteral("due_at"), QStringLiteral("2026-11-22T12:00:00Z") } });
        PagedListModel model(*m_db, lists::requests());
        const QString dueText = model.data(model.index(rowOf(model, id), 7)).toString();
        QVERIFY2(dueText.contains(QStringLiteral("overdue by 3 day")), qPrintable(dueText));
    }

    void lateWorkNeedsADelay_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("needsDelay");
        for (const char* from : { "open", "in_progress", "waiting" }) {
            for (const char* target : { "in_progress", "waiting", "done", "rejected", "cancelled" }) {
                if (qstrcmp(from, target) != 0) {
                    const bool goingOn
                        = qstrcmp(target, "rejected") != 0 && qstrcmp(target, "cancelled") != 0;
                    QTest::addRow("%s to %s", from, target)
                        << QString::fromLatin1(from) << QString::fromLatin1(target) << goingOn;
                }
            }
        }
    }

    void lateWorkNeedsADelay()
    {
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(bool, needsDelay);
        Flow flow(*m_db);
        const qint64 id = requestIn(from, { { QStringLiteral("due_at"), yesterday() } });
        QVERIFY(id);
        QVERIFY(*flow.isOverdue(id));
        const Values before = fields(id);
        const QList<QStringList> eventsBefore = events(id);
        auto step = flow.changeStatus(id, to(target));
        if (!needsDelay) {
            QVERIFY2(step, qPrintable(step.error().message));
            QCOMPARE(fields(id).value(QStringLiteral("status")), target);
            QVERIFY(raw(id, "delay_reason").isNull());
            return;
        }
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QVERIFY2(
            step.error().message.contains(QStringLiteral("delay_reason")), qPrintable(step.error().message));
        QCOMPARE(fields(id), before);
        QCOMPARE(events(id), eventsBefore);

        // Half a delay is no delay.
        Flow::StatusChange change = to(target);
        change.delay = Flow::Delay { QStringLiteral("Supplier late"), QString(), m_ben };
        step = flow.changeStatus(id, change);
        QVERIFY(!step);
        QVERIFY(step.error().message.contains(QStringLiteral("delay_reason")));
        QCOMPARE(fields(id), before);

        change.delay = delay();
        step = flow.changeStatus(id, change);
        QVERIFY2(step, qPrintable(step.error().message));
        const Values after = fields(id);
        QCOMPARE(after.value(QStringLiteral("status")), target);
        QCOMPARE(after.value(QStringLiteral("delay_reason")), QStringLiteral("Supplier late"));
        QCOMPARE(after.value(QStringLiteral("corrective_action")), QStringLiteral("Order earlier"));
        QCOMPARE(after.value(QStringLiteral("corrective_owner")), QString::number(m_ben));
        const QList<QStringList> rows = events(id);
        QCOMPARE(rows.size(), eventsBefore.size() + 2);
        QCOMPARE(rows.at(rows.size() - 2).mid(1),
            (QStringList { QStringLiteral("delay"), QString::number(m_ann), QString::number(m_ben),
                QStringLiteral("Order earlier"), QStringLiteral("Supplier late") }));
        QCOMPARE(rows.last().at(1), QStringLiteral("status"));
    }

    void aRecordedDelayLetsLateWorkGoOn()
    {
        Flow flow(*m_db);
        const qint64 id = request({ { QStringLiteral("due_at"), yesterday() } });
        for (const auto& [partial, field] :
            { std::pair { Flow::Delay { QString(), QStringLiteral("Order earlier"), m_ben }, "delay_reason" },
                std::pair { Flow::Delay { QStringLiteral("Supplier late"), QStringLiteral(" "), m_ben },
                    "corrective_action" },
                std::pair {
                    Flow::Delay { QStringLiteral("Supplier late"), QStringLiteral("Order earlier"), 0 },
                    "corrective_owner" } }) {
            auto refused = flow.recordDelay(id, partial);
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, ErrorKind::BadInput);
            QVERIFY2(
                refused.error().message.contains(QLatin1String(field)), qPrintable(refused.error().message));
        }
        QCOMPARE(events(id).size(), 1);
        QVERIFY(flow.recordDelay(id, delay()));
        QVERIFY(*flow.isOverdue(id)); // still late, but explained
        auto step = flow.changeStatus(id, to(QStringLiteral("in_progress")));
        QVERIFY2(step, qPrintable(step.error().message));
        step = flow.changeStatus(id, to(QStringLiteral("done")));
        QVERIFY2(step, qPrintable(step.error().message));
        QVERIFY(!*flow.isOverdue(id));
    }

    void workDueTomorrowGoesOnFreely()
    {
        Flow flow(*m_db);
        const qint64 id = request({ { QStringLiteral("due_at"), tomorrow() } });
        QVERIFY(!*flow.isOverdue(id));
        for (const char* status : { "in_progress", "waiting", "done" }) {
            auto step = flow.changeStatus(id, to(QString::fromLatin1(status)));
            QVERIFY2(step, qPrintable(step.error().message));
        }
        QVERIFY(raw(id, "delay_reason").isNull());
    }

    void aDayDueMeansTheEndOfThatDay()
    {
        // Due "today" as a day: not late before the day is over.
        Flow flow(*m_db);
        const qint64 id = request({ { QStringLiteral("due_at"), QStringLiteral("2026-11-25") } });
        QCOMPARE(raw(id, "due_at").toString(), Clock::toIso(QDate(2026, 11, 25).endOfDay()));
        QVERIFY(!*flow.isOverdue(id));
        const qint64 late = request({ { QStringLiteral("due_at"), QStringLiteral("2026-11-24") } });
        QVERIFY(*flow.isOverdue(late));
    }

    // What the step dialog asks for is what changeStatus() then requires: late work going on needs the
    // delay reason, the corrective action and its owner, all three.
    void needsTheDelayUntilAllThreeAreRecorded_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("needsDelay"); // while the owner is missing
        QTest::newRow("in progress") << QStringLiteral("in_progress") << true;
        QTest::newRow("waiting") << QStringLiteral("waiting") << true;
        QTest::newRow("done") << QStringLiteral("done") << true;
        QTest::newRow("rejected") << QStringLiteral("rejected") << false;
        QTest::newRow("cancelled") << QStringLiteral("cancelled") << false;
    }

    void needsTheDelayUntilAllThreeAreRecorded()
    {
        QFETCH(QString, target);
        QFETCH(bool, needsDelay);
        Flow flow(*m_db);
        const qint64 id = request({ { QStringLiteral("due_at"), yesterday() },
            { QStringLiteral("delay_reason"), QStringLiteral("Supplier late") },
            { QStringLiteral("corrective_action"), QStringLiteral("Order earlier") } });
        QVERIFY(id);
        QVERIFY(*flow.isOverdue(id));
        QVERIFY(raw(id, "corrective_owner").isNull());
        auto needs = flow.needs(id, status(target));
        QVERIFY2(needs, qPrintable(needs.error().message));
        QCOMPARE(needs->delay, needsDelay);
        QCOMPARE(needs->ratings, Flow::isClosed(target));

        const Values before = fields(id);
        const QList<QStringList> eventsBefore = events(id);
        if (needsDelay) {
            auto refused = flow.changeStatus(id, to(target));
            QVERIFY(!refused);
            QCOMPARE(refused.error().kind, ErrorKind::BadInput);
            QVERIFY2(refused.error().message.contains(QStringLiteral("delay_reason")),
                qPrintable(refused.error().message));
            QCOMPARE(fields(id), before);
            QCOMPARE(events(id), eventsBefore);
            // The owner completes the explanation: the request is still late, but may go on.
            QVERIFY(EntityStore(*m_db).update(
                entities::request(), id, { { QStringLiteral("corrective_owner"), QString::number(m_ben) } }));
            QVERIFY(*flow.isOverdue(id));
            needs = flow.needs(id, status(target));
            QVERIFY2(needs, qPrintable(needs.error().message));
            QVERIFY(!needs->delay);
        }
        auto step = flow.changeStatus(id, to(target));
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(fields(id).value(QStringLiteral("status")), target);
        QCOMPARE(raw(id, "delay_reason").toString(), QStringLiteral("Supplier late"));
    }

    // needs() and changeStatus() agree for every step of the lifecycle, late or not.
    void needsAgreesWithChangeStatus_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("due");
        const std::pair<const char*, QString> dues[] = { { "due yesterday", yesterday() },
            { "due tomorrow", tomorrow() }, { "no due date", QString() } };
        const QStringList froms = QStringList { QStringLiteral("open") }
            + words::storedTexts(Flow::nextStatuses(RequestStatus::Open));
        for (const QString& from : froms) {
            for (const QString& target : words::storedTexts(Flow::nextStatuses(status(from)))) {
                for (const auto& [label, due] : dues) {
                    QTest::addRow("%s to %s, %s", qPrintable(from), qPrintable(target), label)
                        << from << target << due;
                }
            }
        }
    }

    void needsAgreesWithChangeStatus()
    {
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(QString, due);
        Flow flow(*m_db);
        const qint64 id = requestIn(from, { { QStringLiteral("due_at"), due } });
        QVERIFY(id);
        const bool late = due == yesterday() && Flow::isOpen(from);
        const bool goingOn = target == QLatin1String("in_progress") || target == QLatin1String("waiting")
            || target == QLatin1String("done");
        auto needs = flow.needs(id, status(target));
        QVERIFY2(needs, qPrintable(needs.error().message));
        QCOMPARE(needs->delay, late && goingOn);
        QCOMPARE(needs->ratings,
            target == QLatin1String("done") || target == QLatin1String("rejected")
                || target == QLatin1String("cancelled"));
        // The window asks check() on the state it read; asking writes nothing and answers as the step does.
        auto state = flow.state(id);
        QVERIFY2(state, qPrintable(state.error().message));
        const Values before = fields(id);
        const QList<QStringList> eventsBefore = events(id);
        const Error refusal = flow.check(*state, to(target));
        QCOMPARE(fields(id), before);
        QCOMPARE(events(id), eventsBefore);
        auto step = flow.changeStatus(id, to(target));
        QCOMPARE(step.ok(), !needs->delay);
        QCOMPARE(step.ok(), !refusal);
        if (!step) {
            QVERIFY2(step.error().message.contains(QStringLiteral("delay_reason")),
                qPrintable(step.error().message));
            QCOMPARE(step.error().message, refusal.message);
        }
    }

    // Each other step's check, asked before it runs, refuses exactly what the step refuses.
    void checksAgreeWithTheSteps()
    {
        Flow flow(*m_db);
        const qint64 id = request();
        QVERIFY(id);
        auto state = flow.state(id);
        QVERIFY(state);
        QCOMPARE(state->status, RequestStatus::Open);
        QCOMPARE(state->provider, m_ann);
        QCOMPARE(Flow::checkComment(QStringLiteral("  ")).message,
            flow.comment(id, QStringLiteral("  ")).error().message);
        QVERIFY(!Flow::checkComment(QStringLiteral("Called them")));
        QCOMPARE(
            flow.checkReassign(*state, m_ann).message, flow.reassign(id, m_ann, QString()).error().message);
        QVERIFY(!flow.checkReassign(*state, m_ben));
        const Flow::Delay noOwner { QStringLiteral("Supplier late"), QStringLiteral("Order earlier"), 0 };
        QCOMPARE(Flow::checkDelay(noOwner).message, flow.recordDelay(id, noOwner).error().message);
        QVERIFY(!Flow::checkDelay(delay()));
        Flow::Ratings ratings;
        ratings.byRequester = Flow::Rating { 4, QString() };
        QCOMPARE(Flow::checkRatings(*state, ratings).message, flow.rate(id, ratings).error().message);
        QVERIFY(Flow::checkRatings(*state, ratings).message.contains(QStringLiteral("closed")));
        QVERIFY(flow.changeStatus(id, to(QStringLiteral("done"))));
        state = flow.state(id);
        QVERIFY(state);
        QVERIFY(!Flow::checkRatings(*state, ratings));
        QCOMPARE(
            flow.checkReassign(*state, m_ben).message, flow.reassign(id, m_ben, QString()).error().message);
        QVERIFY(flow.checkReassign(*state, m_ben));
    }

    void needsOfAnUnknownRequest()
    {
        auto needs = Flow(*m_db).needs(999999, RequestStatus::InProgress);
        QVERIFY(!needs);
        QCOMPARE(needs.error().kind, ErrorKind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestRequestDelays)
#include "tst_requestdelays.moc"
