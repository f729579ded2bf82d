#pragma once

#include "Clock.h"
#include "Database.h"
#include "EntityStore.h"
#include "RequestWorkflow.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QTest>

namespace tandem::test {

// The departments, colleagues and account every request test starts from, in a fresh database on a fixed
// clock, and the helpers the tests raise, step and read requests with. A test class derives from it beside
// QObject and calls setUp() from init() and tearDown() from cleanup().
class RequestFixture
{
protected:
    using Values = QMap<QString, QString>;
    using Flow = RequestWorkflow;

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

    // A new database for every test (and every row of a table): Ops with Ann and Ben, Sales with Cat, and
    // the account Acme. Ann is the one acting.
    void setUp()
    {
        Clock::setFixed(QDateTime::fromString(now(), Qt::ISODate));
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

    void tearDown()
    {
        m_db.reset();
        m_dir.reset();
        Clock::setFixed({});
    }
};

} // namespace tandem::test
