#include "Clock.h"
#include "Database.h"
#include "EntityStore.h"
#include "Lists.h"
#include "PagedListModel.h"
#include "RequestWorkflow.h"
#include "Satisfaction.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <algorithm>

using namespace tandem;

using Values = QMap<QString, QString>;
using Flow = RequestWorkflow;

// One row of the request filter table: parties by name, resolved once the database exists.
struct FilterRow
{
    QString party {};
    QString department {};
    lists::RequestFilter::Side side = lists::RequestFilter::Side::Either;
    QStringList statuses {};
    bool overdue = false;
    QString createdFrom {}, createdUntil {}, closedFrom {}, closedUntil {};
    bool rated = false;
};
Q_DECLARE_METATYPE(FilterRow)

// The request lifecycle, its history and late work, the satisfaction index and the Requests list's filters.
class TestRequests : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_ops = 0, m_sales = 0, m_ann = 0, m_ben = 0, m_cat = 0, m_acme = 0;

    // "Now" for every test: Wednesday 25 November 2026, noon UTC.
    static QString yesterday() { return QStringLiteral("2026-11-24T12:00:00Z"); }
    static QString tomorrow() { return QStringLiteral("2026-11-26T12:00:00Z"); }
    static QString now() { return QStringLiteral("2026-11-25T12:00:00Z"); }

    qint64 add(const Entity& entity, const Values& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    // A request from Cat to Ann raised on 1 November, unless the values say otherwise.
    qint64 request(Values values = {})
    {
        const Values defaults { { QStringLiteral("requester"), QStringLiteral("Cat") },
            { QStringLiteral("provider"), QStringLiteral("Ann") },
            { QStringLiteral("title"), QStringLiteral("Quote for Acme") },
            { QStringLiteral("created_at"), QStringLiteral("2026-11-01T09:00:00Z") } };
        for (auto it = defaults.begin(); it != defaults.end(); ++it) {
            if (!values.contains(it.key())) {
                values.insert(it.key(), it.value());
            }
        }
        return add(entities::request(), values);
    }

    // A request whose status is `status`, closed on 20 November when that status is a closed one.
    qint64 requestIn(const QString& status, Values values = {})
    {
        values.insert(QStringLiteral("status"), status);
        if (Flow::isClosed(status) && !values.contains(QStringLiteral("closed_at"))) {
            values.insert(QStringLiteral("closed_at"), QStringLiteral("2026-11-20T10:00:00Z"));
        }
        return request(values);
    }

    Values fields(qint64 id)
    {
        auto record = EntityStore(*m_db).get(entities::request(), id);
        return record ? EntityStore::asText(entities::request(), *record) : Values();
    }

    QVariant raw(qint64 id, const char* column)
    {
        auto value = sql::scalar(m_db->connection(),
            QStringLiteral("SELECT %1 FROM service_requests WHERE id = ?").arg(QLatin1String(column)),
            { id });
        return value ? *value : QVariant();
    }

    // The request's history rows as text: id, kind, actor, from, to, note.
    QList<QStringList> events(qint64 id)
    {
        QList<QStringList> rows;
        auto query = sql::run(m_db->connection(),
            QStringLiteral("SELECT id, kind, actor, from_value, to_value, note FROM request_events WHERE "
                           "request_id = ? ORDER BY id"),
            { id });
        while (query && query->next()) {
            QStringList row;
            for (int i = 0; i < 6; ++i) {
                row << query->value(i).toString();
            }
            rows << row;
        }
        return rows;
    }

    QStringList historyTexts(qint64 id)
    {
        QStringList texts;
        auto history = Flow(*m_db).history(id);
        if (history) {
            for (const Flow::Event& event : *history) {
                texts << event.text;
            }
        }
        return texts;
    }

    static RequestStatus status(const QString& text)
    {
        return words::fromStored<RequestStatus>(text).value();
    }

    static Flow::StatusChange to(const QString& status)
    {
        Flow::StatusChange change;
        change.to = status;
        return change;
    }

    Flow::Delay delay() const
    {
        return { QStringLiteral("Supplier late"), QStringLiteral("Order earlier"), m_ben };
    }

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

    static QStringList titles(const PagedListModel& model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result << model.data(model.index(row, 0)).toString();
        }
        return result;
    }

    // Does one step of each kind to request `id`, which the test prepared for it.
    Result<Flow::Step> perform(const QString& kind, qint64 id)
    {
        Flow flow(*m_db);
        if (kind == QLatin1String("start")) {
            return flow.changeStatus(id, to(QStringLiteral("in_progress")));
        }
        if (kind == QLatin1String("late start with a delay")) {
            Flow::StatusChange change = to(QStringLiteral("in_progress"));
            change.delay = delay();
            return flow.changeStatus(id, change);
        }
        if (kind == QLatin1String("close with ratings")) {
            Flow::StatusChange change = to(QStringLiteral("done"));
            change.note = QStringLiteral("Sent");
            change.byRequester = { 4, QStringLiteral("Quick") };
            change.byProvider = { 5, QStringLiteral("All there") };
            return flow.changeStatus(id, change);
        }
        if (kind == QLatin1String("close without ratings")) {
            return flow.changeStatus(id, to(QStringLiteral("done")));
        }
        if (kind == QLatin1String("reject")) {
            return flow.changeStatus(id, to(QStringLiteral("rejected")));
        }
        if (kind == QLatin1String("reopen")) {
            return flow.changeStatus(id, to(QStringLiteral("open")));
        }
        if (kind == QLatin1String("rate as requester")) {
            return flow.rate(id, Flow::Side::Requester, { 2, QStringLiteral("Slow") });
        }
        if (kind == QLatin1String("rate as provider")) {
            return flow.rate(id, Flow::Side::Provider, { 3, QString() });
        }
        if (kind == QLatin1String("reassign")) {
            return flow.reassign(id, m_ben, QStringLiteral("Ann is away"));
        }
        if (kind == QLatin1String("record a delay")) {
            return flow.recordDelay(id, delay());
        }
        return flow.comment(id, QStringLiteral("Called them"));
    }

    // r1 Ann asks Cat (open, overdue, urgent); r2 Cat asks Ben (in progress, due tomorrow, low); r3 Acme asks
    // Ops (done, rated 4); r4 Cat asks Acme (cancelled in September, high); r5 Ops asks Sales (waiting,
    // overdue); r6 Ben asks Ann (rejected, rated 2, low).
    void addFilterSet()
    {
        QVERIFY(add(entities::link(),
            { { QStringLiteral("a_party"), QStringLiteral("Ann") },
                { QStringLiteral("b_party"), QStringLiteral("Cat") },
                { QStringLiteral("kind"), QStringLiteral("function") } }));
        const QList<Values> requests {
            { { QStringLiteral("requester"), QStringLiteral("Ann") },
                { QStringLiteral("provider"), QStringLiteral("Cat") },
                { QStringLiteral("status"), QStringLiteral("open") },
                { QStringLiteral("due_at"), yesterday() },
                { QStringLiteral("created_at"), QStringLiteral("2026-11-01T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("urgent") } },
            { { QStringLiteral("requester"), QStringLiteral("Cat") },
                { QStringLiteral("provider"), QStringLiteral("Ben") },
                { QStringLiteral("status"), QStringLiteral("in_progress") },
                { QStringLiteral("due_at"), tomorrow() },
                { QStringLiteral("created_at"), QStringLiteral("2026-11-10T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("low") } },
            { { QStringLiteral("requester"), QStringLiteral("Acme") },
                { QStringLiteral("provider"), QStringLiteral("Ops") },
                { QStringLiteral("status"), QStringLiteral("done") },
                { QStringLiteral("closed_at"), QStringLiteral("2026-11-20T10:00:00Z") },
                { QStringLiteral("requester_rating"), QStringLiteral("4") },
                { QStringLiteral("created_at"), QStringLiteral("2026-10-01T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("normal") } },
            { { QStringLiteral("requester"), QStringLiteral("Cat") },
                { QStringLiteral("provider"), QStringLiteral("Acme") },
                { QStringLiteral("status"), QStringLiteral("cancelled") },
                { QStringLiteral("closed_at"), QStringLiteral("2026-09-15T10:00:00Z") },
                { QStringLiteral("created_at"), QStringLiteral("2026-09-01T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("high") } },
            { { QStringLiteral("requester"), QStringLiteral("Ops") },
                { QStringLiteral("provider"), QStringLiteral("Sales") },
                { QStringLiteral("status"), QStringLiteral("waiting") },
                { QStringLiteral("due_at"), QStringLiteral("2026-11-01T12:00:00Z") },
                { QStringLiteral("created_at"), QStringLiteral("2026-10-20T09:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("normal") } },
            { { QStringLiteral("requester"), QStringLiteral("Ben") },
                { QStringLiteral("provider"), QStringLiteral("Ann") },
                { QStringLiteral("status"), QStringLiteral("rejected") },
                { QStringLiteral("closed_at"), QStringLiteral("2026-11-24T10:00:00Z") },
                { QStringLiteral("requester_rating"), QStringLiteral("2") },
                { QStringLiteral("created_at"), QStringLiteral("2026-11-24T08:00:00Z") },
                { QStringLiteral("priority"), QStringLiteral("low") } },
        };
        for (int i = 0; i < requests.size(); ++i) {
            Values values = requests.at(i);
            values.insert(QStringLiteral("title"), QStringLiteral("r%1").arg(i + 1));
            QVERIFY(request(values));
        }
    }

private slots:
    void initTestCase() { Clock::setFixed(QDateTime::fromString(now(), Qt::ISODate)); }
    void cleanupTestCase() { Clock::setFixed({}); }

    // A new database for every test (and every row of a table): Ops with Ann and Ben, Sales with Cat, and
    // the account Acme. Ann is the one acting.
    void init()
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openIn(*m_dir);
        QVERIFY(m_db);
        m_ops = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Ops") } });
        m_sales = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        m_ann = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Ann") },
                { QStringLiteral("department_id"), QStringLiteral("Ops") } });
        m_ben = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Ben") },
                { QStringLiteral("department_id"), QStringLiteral("Ops") } });
        m_cat = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Cat") },
                { QStringLiteral("department_id"), QStringLiteral("Sales") } });
        m_acme = add(entities::account(), { { QStringLiteral("name"), QStringLiteral("Acme") } });
        QVERIFY(m_ops && m_sales && m_ann && m_ben && m_cat && m_acme);
        m_db->setActor(QStringLiteral("Ann"), m_ann);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // --- a. The lifecycle ---

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

    // --- b. Closing and ratings ---

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

    // --- c. Late work ---

    void overdue_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("due");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("open, due yesterday") << QStringLiteral("open") << yesterday() << true;
        QTest::newRow("in progress, due yesterday") << QStringLiteral("in_progress") << yesterday() << true;
        QTest::newRow("waiting, due yesterday") << QStringLiteral("waiting") << yesterday() << true;
        QTest::newRow("open, due an hour ago")
            << QStringLiteral("open") << QStringLiteral("2026-11-25T11:00:00Z") << true;
        QTest::newRow("open, due tomorrow") << QStringLiteral("open") << tomorrow() << false;
        QTest::newRow("open, no due date") << QStringLiteral("open") << QString() << false;
        QTest::newRow("done, due yesterday") << QStringLiteral("done") << yesterday() << false;
        QTest::newRow("cancelled, due yesterday") << QStringLiteral("cancelled") << yesterday() << false;
    }

    void overdue()
    {
        QFETCH(QString, status);
        QFETCH(QString, due);
        QFETCH(bool, overdue);
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
        QVERIFY2(dueText.contains(QStringLiteral("overdue by 1 day")) == overdue, qPrintable(dueText));

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

    // --- d. Reassigning, comments and the history ---

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

    // --- e. The satisfaction index ---

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

    // --- f. The Requests list's filters ---

    void filters_data()
    {
        using Side = lists::RequestFilter::Side;
        QTest::addColumn<FilterRow>("filter");
        QTest::addColumn<QStringList>("expected");
        auto expect = [](std::initializer_list<const char*> titles) {
            QStringList list;
            for (const char* title : titles) {
                list << QString::fromLatin1(title);
            }
            return list;
        };
        const QString active[]
            = { QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("waiting") };
        const QString closed[]
            = { QStringLiteral("done"), QStringLiteral("rejected"), QStringLiteral("cancelled") };
        QTest::newRow("everything") << FilterRow {} << expect({ "r1", "r2", "r3", "r4", "r5", "r6" });
        QTest::newRow("Ann, either side")
            << FilterRow { .party = QStringLiteral("Ann") } << expect({ "r1", "r6" });
        QTest::newRow("Ann as requester")
            << FilterRow { .party = QStringLiteral("Ann"), .side = Side::Requester } << expect({ "r1" });
        QTest::newRow("Ann as provider")
            << FilterRow { .party = QStringLiteral("Ann"), .side = Side::Provider } << expect({ "r6" });
        QTest::newRow("Cat, either side")
            << FilterRow { .party = QStringLiteral("Cat") } << expect({ "r1", "r2", "r4" });
        QTest::newRow("Cat as requester") << FilterRow { .party = QStringLiteral("Cat"),
            .side = Side::Requester } << expect({ "r2", "r4" });
        QTest::newRow("Cat as provider")
            << FilterRow { .party = QStringLiteral("Cat"), .side = Side::Provider } << expect({ "r1" });
        QTest::newRow("Ops, either side")
            << FilterRow { .department = QStringLiteral("Ops") } << expect({ "r1", "r2", "r3", "r5", "r6" });
        QTest::newRow("Ops as requester") << FilterRow { .department = QStringLiteral("Ops"),
            .side = Side::Requester } << expect({ "r1", "r5", "r6" });
        QTest::newRow("Ops as provider") << FilterRow { .department = QStringLiteral("Ops"),
            .side = Side::Provider } << expect({ "r2", "r3", "r6" });
        QTest::newRow("Sales, either side")
            << FilterRow { .department = QStringLiteral("Sales") } << expect({ "r1", "r2", "r4", "r5" });
        QTest::newRow("Sales as requester") << FilterRow { .department = QStringLiteral("Sales"),
            .side = Side::Requester } << expect({ "r2", "r4" });
        QTest::newRow("Sales as provider") << FilterRow { .department = QStringLiteral("Sales"),
            .side = Side::Provider } << expect({ "r1", "r5" });
        QTest::newRow("Acme with Ops")
            << FilterRow { .party = QStringLiteral("Acme"), .department = QStringLiteral("Ops") }
            << expect({ "r3" });
        QTest::newRow("open") << FilterRow { .statuses = { QStringLiteral("open") } } << expect({ "r1" });
        QTest::newRow("active") << FilterRow { .statuses = QStringList(std::begin(active), std::end(active)) }
                                << expect({ "r1", "r2", "r5" });
        QTest::newRow("closed") << FilterRow { .statuses = QStringList(std::begin(closed), std::end(closed)) }
                                << expect({ "r3", "r4", "r6" });
        QTest::newRow("overdue") << FilterRow { .overdue = true } << expect({ "r1", "r5" });
        QTest::newRow("Cat, overdue")
            << FilterRow { .party = QStringLiteral("Cat"), .overdue = true } << expect({ "r1" });
        QTest::newRow("created from November")
            << FilterRow { .createdFrom = QStringLiteral("2026-11-01T00:00:00Z") }
            << expect({ "r1", "r2", "r6" });
        QTest::newRow("created before November")
            << FilterRow { .createdUntil = QStringLiteral("2026-11-01T00:00:00Z") }
            << expect({ "r3", "r4", "r5" });
        QTest::newRow("created 1 October to 10 November")
            << FilterRow { .createdFrom = QStringLiteral("2026-10-01T00:00:00Z"),
                   .createdUntil = QStringLiteral("2026-11-10T00:00:00Z") }
            << expect({ "r1", "r3", "r5" });
        QTest::newRow("closed from November")
            << FilterRow { .closedFrom = QStringLiteral("2026-11-01T00:00:00Z") } << expect({ "r3", "r6" });
        QTest::newRow("closed before November")
            << FilterRow { .closedUntil = QStringLiteral("2026-11-01T00:00:00Z") } << expect({ "r4" });
        QTest::newRow("closed in November, Ops provider") << FilterRow { .department = QStringLiteral("Ops"),
            .side = Side::Provider,
            .closedFrom = QStringLiteral("2026-11-01T00:00:00Z"),
            .closedUntil = QStringLiteral("2026-12-01T00:00:00Z") }
                                                          << expect({ "r3", "r6" });
        QTest::newRow("rated") << FilterRow { .rated = true } << expect({ "r3", "r6" });
        QTest::newRow("rated, Ops requester")
            << FilterRow { .department = QStringLiteral("Ops"), .side = Side::Requester, .rated = true }
            << expect({ "r6" });
    }

    void filters()
    {
        QFETCH(FilterRow, filter);
        QFETCH(QStringList, expected);
        addFilterSet();
        EntityStore store(*m_db);
        lists::RequestFilter requestFilter;
        if (!filter.party.isEmpty()) {
            requestFilter.party = *store.resolve(QStringLiteral("party"), filter.party);
        }
        if (!filter.department.isEmpty()) {
            requestFilter.department = *store.resolve(QStringLiteral("department"), filter.department);
        }
        requestFilter.side = filter.side;
        requestFilter.statuses = filter.statuses;
        requestFilter.overdue = filter.overdue;
        requestFilter.createdFrom = filter.createdFrom;
        requestFilter.createdUntil = filter.createdUntil;
        requestFilter.closedFrom = filter.closedFrom;
        requestFilter.closedUntil = filter.closedUntil;
        requestFilter.rated = filter.rated;
        PagedListModel model(*m_db, lists::requests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter(requestFilter);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), expected.size());
        QStringList shown = titles(model);
        shown.sort();
        QCOMPARE(shown, expected);
    }

    void sortingEveryColumn()
    {
        addFilterSet();
        PagedListModel model(*m_db, lists::requests());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QStringList all { QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"),
            QStringLiteral("r4"), QStringLiteral("r5"), QStringLiteral("r6") };
        QCOMPARE(model.columnCount(), 9);
        for (int column = 0; column < model.columnCount(); ++column) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                const QString what = QStringLiteral("column %1, %2")
                                         .arg(column)
                                         .arg(order == Qt::AscendingOrder ? QLatin1String("ascending")
                                                                          : QLatin1String("descending"));
                QVERIFY2(model.isSortable(column), qPrintable(what));
                model.sort(column, order);
                QVERIFY2(
                    model.lastError().isEmpty(), qPrintable(what + QStringLiteral(": ") + model.lastError()));
                QCOMPARE(model.sortColumn(), column);
                QCOMPARE(model.rowCount(), 6);
                QStringList shown = titles(model);
                QVERIFY2(
                    model.lastError().isEmpty(), qPrintable(what + QStringLiteral(": ") + model.lastError()));
                shown.sort();
                QVERIFY2(
                    shown == all, qPrintable(what + QStringLiteral(": ") + shown.join(QLatin1Char(' '))));
            }
        }
        auto firstAfter = [&](int column, Qt::SortOrder order) {
            model.sort(column, order);
            return model.data(model.index(0, 0)).toString();
        };
        QCOMPARE(firstAfter(4, Qt::DescendingOrder), QStringLiteral("r1")); // urgent
        QCOMPARE(firstAfter(4, Qt::AscendingOrder), QStringLiteral("r2")); // low, the older of two
        QCOMPARE(firstAfter(5, Qt::AscendingOrder), QStringLiteral("r1")); // open
        QCOMPARE(firstAfter(5, Qt::DescendingOrder), QStringLiteral("r4")); // cancelled
        QCOMPARE(firstAfter(6, Qt::DescendingOrder), QStringLiteral("r6")); // newest
        QCOMPARE(firstAfter(8, Qt::DescendingOrder), QStringLiteral("r3")); // rated 4
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
