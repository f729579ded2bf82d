#include "RequestFixture.h"

#include <QTest>

using namespace tandem;

// The request lifecycle: the steps a request takes, reassigning it, comments and the history.
class TestRequests : public QObject, public test::RequestFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    // --- The lifecycle ---

    void lifecycle_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("allowed");
        const QStringList statuses { QStringLiteral("open"), QStringLiteral("in_progress"),
            QStringLiteral("waiting"), QStringLiteral("done"), QStringLiteral("rejected"),
            QStringLiteral("cancelled") };
        // Rows: from; columns: to, in the order above. Started work never goes back to open; closed work
        // only reopens; nothing moves to where it is.
        const char* const allowed[] = {
            "-YYYYY", // open
            "N-YYYY", // in_progress
            "NY-YYY", // waiting
            "YNN-NN", // done
            "YNNN-N", // rejected
            "YNNNN-", // cancelled
        };
        for (int from = 0; from < statuses.size(); ++from) {
            for (int target = 0; target < statuses.size(); ++target) {
                const char mark = from == target ? '-' : allowed[from][target];
                QTest::addRow("%s to %s", qPrintable(statuses.at(from)), qPrintable(statuses.at(target)))
                    << statuses.at(from) << statuses.at(target) << (mark == 'Y');
            }
        }
    }

    void lifecycle()
    {
        QFETCH(QString, from);
        QFETCH(QString, target);
        QFETCH(bool, allowed);
        QCOMPARE(Flow::allows(status(from), status(target)), allowed);
        QCOMPARE(words::storedTexts(Flow::nextStatuses(status(from))).contains(target), allowed);

        const qint64 id = requestIn(from);
        QVERIFY(id);
        const Values before = fields(id);
        const QList<QStringList> eventsBefore = events(id);
        auto step = Flow(*m_db).changeStatus(id, to(target));
        if (allowed) {
            QVERIFY2(step, qPrintable(step.error().message));
            QCOMPARE(fields(id).value(QStringLiteral("status")), target);
            const QList<QStringList> after = events(id);
            QCOMPARE(after.size(), eventsBefore.size() + 1);
            QCOMPARE(after.last().mid(1),
                (QStringList { QStringLiteral("status"), QString::number(m_ann), from, target, QString() }));
            QCOMPARE(raw(id, "closed_at").isNull(), !Flow::isClosed(target));
        } else {
            QVERIFY(!step);
            QCOMPARE(step.error().kind, ErrorKind::BadInput);
            QVERIFY2(
                step.error().message.contains(QStringLiteral("status")), qPrintable(step.error().message));
            QCOMPARE(fields(id), before);
            QCOMPARE(events(id), eventsBefore);
        }
    }

    void nextStatusesFollowTheLifecycleOrder()
    {
        QCOMPARE(words::storedTexts(Flow::nextStatuses(RequestStatus::Open)),
            (QStringList { QStringLiteral("in_progress"), QStringLiteral("waiting"), QStringLiteral("done"),
                QStringLiteral("rejected"), QStringLiteral("cancelled") }));
        QCOMPARE(words::storedTexts(Flow::nextStatuses(RequestStatus::Waiting)),
            (QStringList { QStringLiteral("in_progress"), QStringLiteral("done"), QStringLiteral("rejected"),
                QStringLiteral("cancelled") }));
        QCOMPARE(words::storedTexts(Flow::nextStatuses(RequestStatus::Cancelled)),
            QStringList { QStringLiteral("open") });
        // "lost" is no status: nothing moves to it.
        QVERIFY(!words::fromStored<RequestStatus>(QStringLiteral("lost")));
        const qint64 id = request();
        auto step = Flow(*m_db).changeStatus(id, to(QStringLiteral("lost")));
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QCOMPARE(events(id).size(), 1);
    }

    // --- Reassigning, comments and the history ---

    void reassignFollowsThePair()
    {
        Flow flow(*m_db);
        const qint64 annCat = add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Ann") },
                { QStringLiteral("b_party"), QStringLiteral("Cat") },
                { QStringLiteral("kind"), QStringLiteral("function") } });
        const qint64 catBen = add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Cat") },
                { QStringLiteral("b_party"), QStringLiteral("Ben") },
                { QStringLiteral("kind"), QStringLiteral("process") } });
        QVERIFY(annCat && catBen);
        const qint64 id = request();
        QCOMPARE(raw(id, "link_id").toLongLong(), annCat);

        auto step = flow.reassign(id, m_ben, QStringLiteral("Ann is away"));
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(raw(id, "provider").toLongLong(), m_ben);
        QCOMPARE(raw(id, "link_id").toLongLong(), catBen);
        QCOMPARE(events(id).last().mid(1),
            (QStringList { QStringLiteral("reassign"), QString::number(m_ann), QString::number(m_ann),
                QString::number(m_ben), QStringLiteral("Ann is away") }));

        step = flow.reassign(id, m_ops, QString());
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(raw(id, "provider").toLongLong(), m_ops);
        QVERIFY(raw(id, "link_id").isNull());

        const Values before = fields(id);
        const int eventCount = int(events(id).size());
        step = flow.reassign(id, m_ops, QString());
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QVERIFY2(step.error().message.contains(QStringLiteral("Ops")), qPrintable(step.error().message));
        // Nobody requests service from themselves.
        step = flow.reassign(id, m_cat, QString());
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QCOMPARE(fields(id), before);
        QCOMPARE(events(id).size(), eventCount);

        QVERIFY(flow.changeStatus(id, to(QStringLiteral("cancelled"))));
        const Values closed = fields(id);
        step = flow.reassign(id, m_ann, QString());
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QVERIFY2(step.error().message.contains(QStringLiteral("reopen")), qPrintable(step.error().message));
        QCOMPARE(fields(id), closed);
        QCOMPARE(events(id).size(), eventCount + 1);
    }

    void comments()
    {
        Flow flow(*m_db);
        const qint64 id = request();
        const Values before = fields(id);
        auto step = flow.comment(id, QStringLiteral("  Called them  "));
        QVERIFY2(step, qPrintable(step.error().message));
        QVERIFY(step->previous.isEmpty());
        QCOMPARE(events(id).size(), 2);
        QCOMPARE(events(id).last().mid(1),
            (QStringList { QStringLiteral("comment"), QString::number(m_ann), QString(), QString(),
                QStringLiteral("Called them") }));
        QCOMPARE(fields(id), before);
        for (const QString& empty : { QString(), QStringLiteral("   ") }) {
            step = flow.comment(id, empty);
            QVERIFY(!step);
            QCOMPARE(step.error().kind, ErrorKind::BadInput);
            QVERIFY(step.error().message.contains(QStringLiteral("note")));
        }
        QCOMPARE(events(id).size(), 2);
        QCOMPARE(flow.comment(id + 100, QStringLiteral("Hello")).error().kind, ErrorKind::NotFound);
    }

    void historyTellsTheStory()
    {
        Flow flow(*m_db);
        const qint64 id = request();
        QVERIFY(flow.comment(id, QStringLiteral("Called them")));
        QVERIFY(flow.changeStatus(id, to(QStringLiteral("in_progress"))));
        QVERIFY(flow.changeStatus(id, to(QStringLiteral("waiting"))));
        QVERIFY(flow.reassign(id, m_ben, QString()));
        QVERIFY(
            flow.recordDelay(id, { QStringLiteral("Supplier late"), QStringLiteral("Add a buffer"), m_ben }));
        QVERIFY(perform(QStringLiteral("close with ratings"), id));
        QVERIFY(flow.changeStatus(id, to(QStringLiteral("open"))));
        QVERIFY(flow.changeStatus(id, to(QStringLiteral("cancelled"))));
        QVERIFY(flow.rate(id, Flow::Side::Provider, { 1, QString() }));

        auto history = flow.history(id);
        QVERIFY(history);
        QStringList texts, kinds;
        for (const Flow::Event& event : *history) {
            texts << event.text;
            kinds << event.line.kind;
            QCOMPARE(event.actor, QStringLiteral("Ann"));
            QCOMPARE(event.at, now());
        }
        QCOMPARE(texts,
            (QStringList { QStringLiteral("Raised"), QStringLiteral("Comment"),
                QStringLiteral("Status: Open \u2192 In progress"),
                QStringLiteral("Status: In progress \u2192 Waiting"),
                QStringLiteral("Reassigned from Ann to Ben"),
                QStringLiteral("Late: corrective action \"Add a buffer\", owned by Ben"),
                QStringLiteral("Status: Waiting \u2192 Done"),
                QStringLiteral("The requester rated the service 4/5"),
                QStringLiteral("The provider rated what the requester supplied 5/5"),
                QStringLiteral("Reopened (was Done)"), QStringLiteral("Status: Open \u2192 Cancelled"),
                QStringLiteral("The provider rated what the requester supplied 1/5") }));
        QCOMPARE(kinds,
            (QStringList { QStringLiteral("created"), QStringLiteral("comment"), QStringLiteral("status"),
                QStringLiteral("status"), QStringLiteral("reassign"), QStringLiteral("delay"),
                QStringLiteral("status"), QStringLiteral("rating"), QStringLiteral("rating"),
                QStringLiteral("status"), QStringLiteral("status"), QStringLiteral("rating") }));
        QCOMPARE(history->at(1).line.note, QStringLiteral("Called them"));
        QCOMPARE(history->at(5).line.note, QStringLiteral("Supplier late"));
        QCOMPARE(history->at(5).line.owner, m_ben);

        // Someone acting without a party in Tandem (a script) leaves the actor empty.
        m_db->setActor(QStringLiteral("script"));
        QVERIFY(flow.comment(id, QStringLiteral("From a script")));
        QVERIFY(flow.history(id)->last().actor.isEmpty());
        QVERIFY(flow.history(id + 100)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
