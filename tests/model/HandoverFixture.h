#pragma once

#include "Clock.h"
#include "Database.h"
#include "EntityStore.h"
#include "Handover.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QSqlRecord>
#include <QTest>

namespace tandem::test {

// The organisation every handover test starts from, in a fresh database on a fixed clock, and the
// helpers the tests read and write it with. A test class derives from it beside QObject and calls
// setUp() from init() and tearDown() from cleanup().
class HandoverFixture
{
protected:
    using Values = QMap<QString, QString>;
    using Tables = QMap<QString, QStringList>;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    // Mia manages Dan, who leaves; Sue is his successor; Tom and Una can share the accounts; Old has left;
    // Pat works in Service.
    qint64 m_mia = 0, m_dan = 0, m_sue = 0, m_tom = 0, m_una = 0, m_old = 0, m_pat = 0;
    // Dan's six accounts.
    qint64 m_suzhou = 0, m_acme = 0, m_birch = 0, m_cobalt = 0, m_delta = 0, m_elm = 0;
    qint64 m_sueOne = 0;
    // Interactions: Dan's visit (done), his open step on Acme, his finished step on 苏州恒达机电, his open
    // step on 苏州恒达机电, his open step on Sue's account, Sue's open step on Birch.
    qint64 m_visit = 0, m_acmeStep = 0, m_doneStep = 0, m_suzhouStep = 0, m_sueAccountStep = 0, m_sueStep = 0;
    // Requests: Dan asks Pat (open), Pat asks Dan (in progress), Pat asked Dan (done, rated), Dan asked Pat
    // (cancelled, rated), Acme asks Dan (open), Mia asks Dan (waiting).
    qint64 m_quote = 0, m_check = 0, m_report = 0, m_samples = 0, m_site = 0, m_budget = 0;
    qint64 m_danPat = 0, m_miaDan = 0;

    void setUp()
    {
        Clock::setFixed(at("2026-11-25T12:00:00Z"));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::openIn(*m_dir);
        QVERIFY(m_db);
        QVERIFY(add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } }));
        QVERIFY(add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Service") } }));
        m_mia = staff("Mia Stone", "Sales", { { QStringLiteral("rank_level"), QStringLiteral("1") } });
        m_dan
            = staff("Dan Field", "Sales", { { QStringLiteral("manager_id"), QStringLiteral("Mia Stone") } });
        m_sue = staff("Sue Park", "Sales", { { QStringLiteral("manager_id"), QStringLiteral("Mia Stone") } });
        m_tom = staff("Tom Reed", "Sales");
        m_una = staff("Una Vale", "Sales");
        m_old = staff("Old Hand", "Sales",
            { { QStringLiteral("status"), QStringLiteral("departed") },
                { QStringLiteral("joined_on"), QStringLiteral("2020-01-01") },
                { QStringLiteral("left_on"), QStringLiteral("2026-01-31") } });
        m_pat = staff("Pat Quinn", "Service");
        QVERIFY(m_mia && m_dan && m_sue && m_tom && m_una && m_old && m_pat);

        m_acme = account(QStringLiteral("Acme Ltd"), m_dan, "floating", "Leeds");
        m_birch = account(QStringLiteral("Birch & Co"), m_dan, "potential", "York");
        m_cobalt = account(QStringLiteral("Cobalt GmbH"), m_dan, "loyal", "Essen");
        m_delta = account(QStringLiteral("Delta Pumps"), m_dan, "floating", "Derby");
        m_elm = account(QStringLiteral("Elm Works"), m_dan, "potential", "Hull");
        m_suzhou = account(QStringLiteral("苏州恒达机电"), m_dan, "loyal", "苏州");
        m_sueOne = account(QStringLiteral("Sue One"), m_sue, "loyal", "Leeds");
        QVERIFY(account(QStringLiteral("Sue Two"), m_sue, "floating", "Leeds"));
        QVERIFY(account(QStringLiteral("Una One"), m_una, "floating", "Leeds"));
        QVERIFY(m_acme && m_birch && m_cobalt && m_delta && m_elm && m_suzhou && m_sueOne);

        const std::pair<qint64, const char*> contacts[] = { { m_suzhou, "王伟" }, { m_suzhou, "李静" },
            { m_acme, "Alice Adams" }, { m_birch, "Bob Birch" }, { m_cobalt, "Carl Cobb" },
            { m_delta, "Dora Dean" }, { m_elm, "Ed Elm" }, { m_sueOne, "Sam Sue" } };
        for (const auto& [accountId, name] : contacts) {
            QVERIFY(add(entities::contact(),
                { { QStringLiteral("account_id"), QString::number(accountId) },
                    { QStringLiteral("name"), QString::fromUtf8(name) } }));
        }

        m_visit = interaction(m_acme, m_dan, "visit", "2026-10-01T09:00:00Z");
        m_acmeStep
            = interaction(m_acme, m_dan, "call", "2026-11-01T09:00:00Z", "Send the quote", "2026-12-01");
        m_doneStep = interaction(
            m_suzhou, m_dan, "meeting", "2026-09-01T09:00:00Z", "Plan the audit", "2026-09-15", true);
        m_suzhouStep = interaction(
            m_suzhou, m_dan, "visit", "2026-11-10T09:00:00Z", "Confirm the volumes", "2026-12-05");
        m_sueAccountStep
            = interaction(m_sueOne, m_dan, "call", "2026-11-12T09:00:00Z", "Introduce Sue", "2026-11-30");
        m_sueStep
            = interaction(m_birch, m_sue, "call", "2026-11-15T09:00:00Z", "Sue's own step", "2026-12-02");
        QVERIFY(m_visit && m_acmeStep && m_doneStep && m_suzhouStep && m_sueAccountStep && m_sueStep);

        const std::tuple<qint64, const char*, const char*, bool> purchases[]
            = { { m_acme, "2025-06-01", "100000", false }, { m_acme, "2026-03-01", "250000", false },
                  { m_cobalt, "2026-05-01", "90000", true }, { m_suzhou, "2026-02-01", "880000", false } };
        for (const auto& [accountId, on, amount, competitor] : purchases) {
            QVERIFY(add(entities::purchase(),
                { { QStringLiteral("account_id"), QString::number(accountId) },
                    { QStringLiteral("purchased_on"), QString::fromLatin1(on) },
                    { QStringLiteral("amount"), QString::fromLatin1(amount) },
                    { QStringLiteral("from_competitor"),
                        competitor ? QStringLiteral("1") : QStringLiteral("0") } }));
        }

        // Pairs first, so that the requests between their sides travel along them.
        m_danPat = add(entities::link(),
            { { QStringLiteral("a_party"), QString::number(m_dan) },
                { QStringLiteral("b_party"), QString::number(m_pat) },
                { QStringLiteral("kind"), QStringLiteral("function") },
                { QStringLiteral("pattern"), QStringLiteral("pipeline") },
                { QStringLiteral("a_to_b"), QStringLiteral("Orders") },
                { QStringLiteral("notes"), QStringLiteral("Weekly call") } });
        m_miaDan = add(entities::link(),
            { { QStringLiteral("a_party"), QString::number(m_mia) },
                { QStringLiteral("b_party"), QString::number(m_dan) },
                { QStringLiteral("kind"), QStringLiteral("rank") } });
        QVERIFY(m_danPat && m_miaDan);

        m_quote = request("Quote for Acme", m_dan, m_pat, "open", "2026-11-01T09:00:00Z",
            { { QStringLiteral("due_at"), QStringLiteral("2026-12-01T09:00:00Z") } });
        m_check = request("Service check", m_pat, m_dan, "in_progress", "2026-11-02T09:00:00Z");
        m_report = request("Old report", m_pat, m_dan, "done", "2026-10-01T09:00:00Z",
            { { QStringLiteral("closed_at"), QStringLiteral("2026-10-10T09:00:00Z") },
                { QStringLiteral("requester_rating"), QStringLiteral("4") },
                { QStringLiteral("provider_rating"), QStringLiteral("5") } });
        m_samples = request("Samples", m_dan, m_pat, "cancelled", "2026-09-01T09:00:00Z",
            { { QStringLiteral("closed_at"), QStringLiteral("2026-09-10T09:00:00Z") },
                { QStringLiteral("requester_rating"), QStringLiteral("3") } });
        m_site = request("Site visit", m_acme, m_dan, "open", "2026-11-05T09:00:00Z");
        m_budget = request("Budget", m_mia, m_dan, "waiting", "2026-11-06T09:00:00Z");
        QVERIFY(m_quote && m_check && m_report && m_samples && m_site && m_budget);
        QCOMPARE(count(QStringLiteral("SELECT link_id FROM service_requests WHERE id = ?"), { m_quote }),
            m_danPat);
        QCOMPARE(count(QStringLiteral("SELECT link_id FROM service_requests WHERE id = ?"), { m_budget }),
            m_miaDan);
    }

    void tearDown()
    {
        m_db.reset();
        m_dir.reset();
        Clock::setFixed(QDateTime());
    }

    static QDateTime at(const char* iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    }

    qint64 add(const Entity& entity, const Values& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    QVariant scalar(const QString& statement, const QVariantList& values = {})
    {
        auto value = sql::scalar(m_db->connection(), statement, values);
        if (!value) {
            qWarning("%s", qPrintable(value.error().message));
            return QVariant();
        }
        return *value;
    }

    qint64 count(const QString& statement, const QVariantList& values = {})
    {
        return scalar(statement, values).toLongLong();
    }

    bool exec(const QString& statement, const QVariantList& values = {})
    {
        auto done = sql::run(m_db->connection(), statement, values);
        if (!done) {
            qWarning("%s", qPrintable(done.error().message));
        }
        return done.ok();
    }

    // Every row of a table, every column but a record's version, in rowid order. The version counts every
    // change, so an undo moves it on rather than back (tst_recordversions checks it).
    QStringList dump(const QString& table)
    {
        QStringList rows;
        auto query = sql::run(m_db->connection(),
            QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                .arg(table, m_db->isServer() ? QStringLiteral("1") : QStringLiteral("rowid")));
        while (query && query->next()) {
            QStringList cells;
            for (int i = 0; i < query->record().count(); ++i) {
                if (query->record().fieldName(i) == QLatin1String("version")) {
                    continue;
                }
                cells << (query->value(i).isNull() ? QStringLiteral("NULL") : query->value(i).toString());
            }
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }

    Tables dumpAll()
    {
        Tables tables;
        for (const char* table : { "accounts", "contacts", "interactions", "purchases", "service_requests",
                 "internal_links", "staff", "segment_changes", "handovers", "handover_items" }) {
            tables.insert(QString::fromLatin1(table), dump(QString::fromLatin1(table)));
        }
        return tables;
    }

    Handover::Plan plan(qint64 successor = 0) const
    {
        Handover::Plan plan;
        plan.from = m_dan;
        plan.successor = successor ? successor : m_sue;
        plan.reason = QStringLiteral("Moved to Shanghai");
        plan.briefings.insert(m_acme, QStringLiteral("Alice decides; call before ten."));
        plan.briefings.insert(m_suzhou, QStringLiteral("王伟 prefers WeChat."));
        return plan;
    }

    qint64 interaction(qint64 account, qint64 staff, const char* kind, const char* occurred,
        const char* nextStep = nullptr, const char* due = nullptr, bool done = false)
    {
        Values values { { QStringLiteral("account_id"), QString::number(account) },
            { QStringLiteral("staff_id"), QString::number(staff) },
            { QStringLiteral("kind"), QString::fromLatin1(kind) },
            { QStringLiteral("occurred_at"), QString::fromLatin1(occurred) },
            { QStringLiteral("summary"), QStringLiteral("Talked about %1").arg(QLatin1String(kind)) } };
        if (nextStep) {
            values.insert(QStringLiteral("next_step"), QString::fromUtf8(nextStep));
            values.insert(QStringLiteral("next_step_due"), QString::fromLatin1(due));
            values.insert(QStringLiteral("next_step_done"), done ? QStringLiteral("1") : QStringLiteral("0"));
        }
        return add(entities::interaction(), values);
    }

private:
    qint64 request(const char* title, qint64 requester, qint64 provider, const char* status,
        const char* created, const Values& more = {})
    {
        Values values { { QStringLiteral("title"), QString::fromLatin1(title) },
            { QStringLiteral("requester"), QString::number(requester) },
            { QStringLiteral("provider"), QString::number(provider) },
            { QStringLiteral("status"), QString::fromLatin1(status) },
            { QStringLiteral("created_at"), QString::fromLatin1(created) } };
        for (auto it = more.begin(); it != more.end(); ++it) {
            values.insert(it.key(), it.value());
        }
        return add(entities::request(), values);
    }

    qint64 staff(const char* name, const char* department, const Values& more = {})
    {
        Values values { { QStringLiteral("name"), QString::fromLatin1(name) },
            { QStringLiteral("department_id"), QString::fromLatin1(department) } };
        for (auto it = more.begin(); it != more.end(); ++it) {
            values.insert(it.key(), it.value());
        }
        return add(entities::staff(), values);
    }

    qint64 account(const QString& name, qint64 owner, const char* segment, const char* city)
    {
        return add(entities::account(),
            { { QStringLiteral("name"), name }, { QStringLiteral("owner_id"), QString::number(owner) },
                { QStringLiteral("segment"), QString::fromLatin1(segment) },
                { QStringLiteral("city"), QString::fromUtf8(city) } });
    }
};

} // namespace tandem::test
