#include "RequestFixture.h"

#include <QTest>

using namespace tandem;

// Closing a request and rating it, from either side, now or later, and taking steps back.
class TestRequestRatings : public QObject, public test::RequestFixture
{
    Q_OBJECT

private slots:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void closingWithBothRatingsStoresThem()
    {
        const qint64 id = request();
        auto step = perform(QStringLiteral("close with ratings"), id);
        QVERIFY2(step, qPrintable(step.error().message));
        const Values after = fields(id);
        QCOMPARE(after.value(QStringLiteral("status")), QStringLiteral("done"));
        QCOMPARE(after.value(QStringLiteral("closed_at")), now());
        QCOMPARE(raw(id, "requester_rating").toInt(), 4);
        QCOMPARE(after.value(QStringLiteral("requester_feedback")), QStringLiteral("Quick"));
        QCOMPARE(raw(id, "provider_rating").toInt(), 5);
        QCOMPARE(after.value(QStringLiteral("provider_feedback")), QStringLiteral("All there"));
        const QString ann = QString::number(m_ann);
        const QList<QStringList> rows = events(id);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(1), QStringLiteral("created"));
        QCOMPARE(rows.at(1).mid(1),
            (QStringList { QStringLiteral("status"), ann, QStringLiteral("open"), QStringLiteral("done"),
                QStringLiteral("Sent") }));
        QCOMPARE(rows.at(2).mid(1),
            (QStringList { QStringLiteral("rating"), ann, QStringLiteral("requester"), QStringLiteral("4"),
                QStringLiteral("Quick") }));
        QCOMPARE(rows.at(3).mid(1),
            (QStringList { QStringLiteral("rating"), ann, QStringLiteral("provider"), QStringLiteral("5"),
                QStringLiteral("All there") }));
        QCOMPARE(step->firstEvent, rows.at(1).at(0).toLongLong());
    }

    void closingWithoutRatingsLeavesThemEmpty()
    {
        const qint64 id = request();
        auto step = perform(QStringLiteral("close without ratings"), id);
        QVERIFY2(step, qPrintable(step.error().message));
        for (const char* column :
            { "requester_rating", "provider_rating", "requester_feedback", "provider_feedback" }) {
            QVERIFY2(raw(id, column).isNull(), column);
        }
        auto zeros = sql::scalar(m_db->connection(),
            QStringLiteral("SELECT count(*) FROM service_requests WHERE requester_rating = 0 OR "
                           "provider_rating = 0"));
        QCOMPARE(zeros->toInt(), 0);
        QCOMPARE(raw(id, "closed_at").toString(), now());
        const QList<QStringList> rows = events(id);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last().at(1), QStringLiteral("status"));
    }

    void ratingsOutOfRangeAreRefused_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<bool>("byProvider");
        QTest::newRow("requester 0") << 0 << false;
        QTest::newRow("requester 6") << 6 << false;
        QTest::newRow("requester -1") << -1 << false;
        QTest::newRow("provider 0") << 0 << true;
        QTest::newRow("provider 6") << 6 << true;
    }

    void ratingsOutOfRangeAreRefused()
    {
        QFETCH(int, rating);
        QFETCH(bool, byProvider);
        const QString field
            = byProvider ? QStringLiteral("provider_rating") : QStringLiteral("requester_rating");
        Flow flow(*m_db);
        const qint64 id = request();
        const Values before = fields(id);
        Flow::StatusChange change = to(QStringLiteral("done"));
        const Flow::Rating outOfRange { rating, QString() };
        if (byProvider) {
            change.byProvider = outOfRange;
        } else {
            change.byRequester = outOfRange;
        }
        auto step = flow.changeStatus(id, change);
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QVERIFY2(step.error().message.contains(field), qPrintable(step.error().message));
        QCOMPARE(fields(id), before);
        QCOMPARE(events(id).size(), 1);

        // Afterwards too.
        QVERIFY(flow.changeStatus(id, to(QStringLiteral("done"))));
        const Values closed = fields(id);
        step
            = flow.rate(id, byProvider ? Flow::Side::Provider : Flow::Side::Requester, { rating, QString() });
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QVERIFY2(step.error().message.contains(field), qPrintable(step.error().message));
        QCOMPARE(fields(id), closed);
        QCOMPARE(events(id).size(), 2);
    }

    void feedbackWithoutARatingIsRefused()
    {
        Flow flow(*m_db);
        const qint64 id = request();
        for (bool byProvider : { false, true }) {
            Flow::StatusChange change = to(QStringLiteral("done"));
            const Flow::Rating feedbackOnly { std::nullopt, QStringLiteral("Meh") };
            if (byProvider) {
                change.byProvider = feedbackOnly;
            } else {
                change.byRequester = feedbackOnly;
            }
            auto step = flow.changeStatus(id, change);
            QVERIFY(!step);
            QCOMPARE(step.error().kind, ErrorKind::BadInput);
            QVERIFY(step.error().message.contains(
                byProvider ? QStringLiteral("provider_rating") : QStringLiteral("requester_rating")));
        }
        QCOMPARE(fields(id).value(QStringLiteral("status")), QStringLiteral("open"));
        QVERIFY(flow.changeStatus(id, to(QStringLiteral("done"))));
        auto step = flow.rate(id, Flow::Side::Requester, { std::nullopt, QStringLiteral("Meh") });
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        step = flow.rate(id, Flow::Side::Provider, {});
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QVERIFY(raw(id, "requester_feedback").isNull());
        QCOMPARE(events(id).size(), 2);
    }

    void onlyAClosedRequestIsRated()
    {
        Flow flow(*m_db);
        const qint64 id = request();
        const Values before = fields(id);
        for (auto side : { Flow::Side::Requester, Flow::Side::Provider }) {
            auto step = flow.rate(id, side, { 4, QString() });
            QVERIFY(!step);
            QCOMPARE(step.error().kind, ErrorKind::BadInput);
        }
        Flow::StatusChange change = to(QStringLiteral("in_progress"));
        change.byRequester = { 4, QString() };
        auto step = flow.changeStatus(id, change);
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QCOMPARE(fields(id), before);
        QCOMPARE(events(id).size(), 1);
    }

    void reopeningClearsTheClosingButNotTheHistory()
    {
        const qint64 id = request();
        QVERIFY(perform(QStringLiteral("close with ratings"), id));
        auto step = perform(QStringLiteral("reopen"), id);
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(fields(id).value(QStringLiteral("status")), QStringLiteral("open"));
        for (const char* column : { "closed_at", "requester_rating", "requester_feedback", "provider_rating",
                 "provider_feedback" }) {
            QVERIFY2(raw(id, column).isNull(), column);
        }
        QStringList kinds;
        for (const QStringList& row : events(id)) {
            kinds << row.at(1);
        }
        QCOMPARE(kinds,
            (QStringList { QStringLiteral("created"), QStringLiteral("status"), QStringLiteral("rating"),
                QStringLiteral("rating"), QStringLiteral("status") }));
        QCOMPARE(historyTexts(id).last(), QStringLiteral("Reopened (was Done)"));
    }

    void ratingLaterWorks()
    {
        Flow flow(*m_db);
        const qint64 id = request();
        QVERIFY(flow.changeStatus(id, to(QStringLiteral("rejected"))));
        auto step = flow.rate(id, Flow::Side::Requester, { 3, QStringLiteral(" Late but fine ") });
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(raw(id, "requester_rating").toInt(), 3);
        QCOMPARE(raw(id, "requester_feedback").toString(), QStringLiteral("Late but fine"));
        QVERIFY(raw(id, "provider_rating").isNull());
        step = flow.rate(id, Flow::Side::Provider, { 2, QString() });
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(raw(id, "provider_rating").toInt(), 2);
        step = flow.rate(id, Flow::Side::Requester, { 5, QString() });
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(raw(id, "requester_rating").toInt(), 5);
        QVERIFY(raw(id, "requester_feedback").isNull());
        const QList<QStringList> rows = events(id);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(2).mid(1),
            (QStringList { QStringLiteral("rating"), QString::number(m_ann), QStringLiteral("requester"),
                QStringLiteral("3"), QStringLiteral("Late but fine") }));
        QCOMPARE(
            rows.at(3).mid(3), (QStringList { QStringLiteral("provider"), QStringLiteral("2"), QString() }));
        QCOMPARE(
            rows.at(4).mid(3), (QStringList { QStringLiteral("requester"), QStringLiteral("5"), QString() }));
    }

    // Both sides rated afterwards in one call: one step, both columns, two history lines, one undo.
    void ratingBothSidesInOneStep()
    {
        Flow flow(*m_db);
        const qint64 id = requestIn(QStringLiteral("done"));
        QVERIFY(id);
        const Values before = fields(id);
        const QList<QStringList> eventsBefore = events(id);
        Flow::Ratings ratings;
        ratings.byRequester = Flow::Rating { 4, QStringLiteral(" Quick ") };
        ratings.byProvider = Flow::Rating { 2, QStringLiteral("Half the drawings") };
        auto step = flow.rate(id, ratings);
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(raw(id, "requester_rating").toInt(), 4);
        QCOMPARE(raw(id, "requester_feedback").toString(), QStringLiteral("Quick"));
        QCOMPARE(raw(id, "provider_rating").toInt(), 2);
        QCOMPARE(raw(id, "provider_feedback").toString(), QStringLiteral("Half the drawings"));
        QCOMPARE(fields(id).value(QStringLiteral("status")), QStringLiteral("done"));
        const QString ann = QString::number(m_ann);
        const QList<QStringList> rows = events(id);
        QCOMPARE(rows.size(), eventsBefore.size() + 2);
        QCOMPARE(rows.at(rows.size() - 2).mid(1),
            (QStringList { QStringLiteral("rating"), ann, QStringLiteral("requester"), QStringLiteral("4"),
                QStringLiteral("Quick") }));
        QCOMPARE(rows.last().mid(1),
            (QStringList { QStringLiteral("rating"), ann, QStringLiteral("provider"), QStringLiteral("2"),
                QStringLiteral("Half the drawings") }));
        QCOMPARE(step->firstEvent, rows.at(rows.size() - 2).at(0).toLongLong());

        const Error undone = flow.undo(*step);
        QVERIFY2(!undone, qPrintable(undone.message));
        QCOMPARE(fields(id), before);
        QCOMPARE(events(id), eventsBefore);
        QVERIFY(raw(id, "requester_rating").isNull());
        QVERIFY(raw(id, "provider_rating").isNull());
    }

    // One bad side stops both: the good one is not stored either, and the history gains nothing. With
    // neither side there is nothing to rate.
    void badRatingsChangeNothing_data()
    {
        QTest::addColumn<bool>("requesterRates"); // the requester's side, rated 5, comes first
        QTest::addColumn<bool>("providerRates");
        QTest::addColumn<int>("rating"); // the provider's; 0: given without a rating
        QTest::addColumn<QString>("feedback");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("rating 9") << true << true << 9 << QString()
                                  << QStringLiteral(
                                         "Field provider_rating must be a rating from 1 to 5, not '9'.");
        QTest::newRow("rating -1") << true << true << -1 << QString()
                                   << QStringLiteral(
                                          "Field provider_rating must be a rating from 1 to 5, not '-1'.");
        QTest::newRow("feedback without a rating")
            << true << true << 0 << QStringLiteral("Late")
            << QStringLiteral("Field provider_rating: feedback goes with a rating from 1 to 5.");
        QTest::newRow("a side with nothing in it")
            << true << true << 0 << QString()
            << QStringLiteral("Field provider_rating: choose a rating from 1 to 5.");
        QTest::newRow("neither side") << false << false << 0 << QString()
                                      << QStringLiteral("Choose a rating from 1 to 5 for at least one side.");
    }

    void badRatingsChangeNothing()
    {
        QFETCH(bool, requesterRates);
        QFETCH(bool, providerRates);
        QFETCH(int, rating);
        QFETCH(QString, feedback);
        QFETCH(QString, sentence);
        Flow flow(*m_db);
        const qint64 id = requestIn(QStringLiteral("cancelled"));
        QVERIFY(id);
        const Values before = fields(id);
        const QList<QStringList> eventsBefore = events(id);
        Flow::Ratings ratings;
        if (requesterRates) {
            ratings.byRequester = Flow::Rating { 5, QStringLiteral("Great") };
        }
        if (providerRates) {
            ratings.byProvider
                = Flow::Rating { rating ? std::optional<int>(rating) : std::nullopt, feedback };
        }
        auto step = flow.rate(id, ratings);
        QVERIFY(!step);
        QCOMPARE(step.error().kind, ErrorKind::BadInput);
        QCOMPARE(step.error().message, sentence);
        QVERIFY(raw(id, "requester_rating").isNull());
        QVERIFY(raw(id, "requester_feedback").isNull());
        QCOMPARE(fields(id), before);
        QCOMPARE(events(id), eventsBefore);
    }

    void undoTakesAStepBack_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status"); // where the request stands before the step
        QTest::addColumn<bool>("late");
        QTest::addColumn<int>("added"); // history lines the step adds
        QTest::newRow("start") << QStringLiteral("start") << QStringLiteral("open") << false << 1;
        QTest::newRow("late start with a delay")
            << QStringLiteral("late start with a delay") << QStringLiteral("open") << true << 2;
        QTest::newRow("close with ratings")
            << QStringLiteral("close with ratings") << QStringLiteral("waiting") << false << 3;
        QTest::newRow("close without ratings")
            << QStringLiteral("close without ratings") << QStringLiteral("in_progress") << false << 1;
        QTest::newRow("reject") << QStringLiteral("reject") << QStringLiteral("open") << true << 1;
        QTest::newRow("reopen") << QStringLiteral("reopen") << QStringLiteral("done") << false << 1;
        QTest::newRow("rate as requester")
            << QStringLiteral("rate as requester") << QStringLiteral("done") << false << 1;
        QTest::newRow("rate as provider")
            << QStringLiteral("rate as provider") << QStringLiteral("cancelled") << false << 1;
        QTest::newRow("reassign") << QStringLiteral("reassign") << QStringLiteral("open") << false << 1;
        QTest::newRow("record a delay")
            << QStringLiteral("record a delay") << QStringLiteral("waiting") << true << 1;
        QTest::newRow("comment") << QStringLiteral("comment") << QStringLiteral("open") << false << 1;
    }

    void undoTakesAStepBack()
    {
        QFETCH(QString, kind);
        QFETCH(QString, status);
        QFETCH(bool, late);
        QFETCH(int, added);
        Values values;
        if (late) {
            values.insert(QStringLiteral("due_at"), yesterday());
        }
        if (Flow::isClosed(status)) {
            // Closed with ratings, so that undoing a reopening has ratings to bring back.
            values.insert(QStringLiteral("requester_rating"), QStringLiteral("4"));
            values.insert(QStringLiteral("requester_feedback"), QStringLiteral("Fine"));
            values.insert(QStringLiteral("provider_rating"), QStringLiteral("5"));
        }
        const qint64 id = requestIn(status, values);
        const qint64 other = request({ { QStringLiteral("title"), QStringLiteral("Another") } });
        QVERIFY(id && other);
        const Values before = fields(id);
        const QList<QStringList> eventsBefore = events(id);

        auto step = perform(kind, id);
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(step->request, id);
        QCOMPARE(events(id).size(), eventsBefore.size() + added);
        QCOMPARE(step->firstEvent, events(id).at(eventsBefore.size()).at(0).toLongLong());
        if (kind != QLatin1String("comment")) {
            QVERIFY(fields(id) != before);
        }
        // Other work goes on meanwhile; undo touches only this request's history.
        QVERIFY(Flow(*m_db).comment(other, QStringLiteral("Meanwhile")));

        QVERIFY(!Flow(*m_db).undo(*step));
        QCOMPARE(fields(id), before);
        QCOMPARE(events(id), eventsBefore);
        QCOMPARE(events(other).size(), 2);
        QCOMPARE(
            raw(id, "requester_rating").isNull(), before.value(QStringLiteral("requester_rating")).isEmpty());
        QCOMPARE(raw(id, "closed_at").isNull(), before.value(QStringLiteral("closed_at")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestRatings)
#include "tst_requestratings.moc"
