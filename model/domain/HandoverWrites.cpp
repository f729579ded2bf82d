#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Handover.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"
#include "Words.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Carrying a handover out and taking it back. Each kind of thing that moves is one statement over the set
// of rows it moves, whatever their number: the handover items are written first and every other change is
// read from them, so the record of what moved and what moved cannot disagree.
namespace tandem {

namespace {

// How many accounts one statement carries when the plan names their successors or briefings one by one:
// three bound values each, well within every engine's limit on bound values.
constexpr int planRowsPerStatement = 1000;

// The open next steps a colleague holds (alias `i`): binds the colleague.
QString openStepsOf()
{
    return QStringLiteral("i.staff_id = ? AND i.next_step_done = 0 AND coalesce(i.next_step, '') <> ''");
}

// The items of one kind a handover recorded, as a subquery of their ids: binds the handover.
QString itemsOf(const QString& kind, const QString& previousValue = {})
{
    QString statement = QStringLiteral("SELECT item_id FROM handover_items WHERE handover_id = ? AND "
                                       "item_kind = '%1'")
                            .arg(kind);
    if (!previousValue.isEmpty()) {
        statement += QStringLiteral(" AND previous_value = '%1'").arg(previousValue);
    }
    return statement;
}

Error runAll(const QSqlDatabase& db, const QList<std::pair<QString, QVariantList>>& statements)
{
    for (const auto& [statement, values] : statements) {
        if (auto done = sql::run(db, statement, values); !done) {
            return done.error();
        }
    }
    return {};
}

} // namespace

Error Handover::recordAccountPlan(qint64 handover, const Plan& plan) const
{
    // Only what differs from the default: an account given to someone else, or a briefing.
    QList<qint64> named;
    for (auto it = plan.accountSuccessor.cbegin(); it != plan.accountSuccessor.cend(); ++it) {
        if (it.value() != plan.successor) {
            named << it.key();
        }
    }
    for (auto it = plan.briefings.cbegin(); it != plan.briefings.cend(); ++it) {
        if (!it.value().trimmed().isEmpty() && !named.contains(it.key())) {
            named << it.key();
        }
    }
    std::sort(named.begin(), named.end());
    for (qsizetype start = 0; start < named.size(); start += planRowsPerStatement) {
        const QList<qint64> chunk = named.mid(start, planRowsPerStatement);
        QStringList rows;
        QVariantList values;
        for (qint64 account : chunk) {
            // Typed, so that a server that infers the types of bound values reads numbers as numbers.
            rows << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), ?)");
            const QString briefing = plan.briefings.value(account).trimmed();
            values << account << successorOf(plan, account) << (briefing.isEmpty() ? QVariant() : briefing);
        }
        values << handover;
        auto written = sql::run(m_database.connection(),
            QStringLiteral(
                "WITH named (account, to_staff, briefing) AS (VALUES %1) UPDATE handover_items SET "
                "to_staff = (SELECT n.to_staff FROM named n WHERE n.account = handover_items.item_id), "
                "briefing = (SELECT n.briefing FROM named n WHERE n.account = "
                "handover_items.item_id) WHERE handover_id = ? AND item_kind = 'account' AND item_id "
                "IN (SELECT account FROM named)")
                .arg(rows.join(QStringLiteral(", "))),
            values);
        if (!written) {
            return written.error();
        }
    }
    return {};
}

Result<qint64> Handover::execute(const Plan& plan)
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    auto held = holdings(plan.from);
    if (!held) {
        return held.error();
    }
    if (Error error = check(plan, *held)) {
        return error;
    }
    const QSqlDatabase db = m_database.connection();
    const QString nowIso = Clock::nowIso();
    const bool markDeparted = held->status == QLatin1String("active");
    auto inserted = sql::run(db,
        QStringLiteral("INSERT INTO handovers (from_staff, successor, at, reason, notes, watch_until, "
                       "marked_departed) VALUES (?, ?, ?, ?, ?, ?, ?)")
            + m_database.dialect().returningId(),
        { plan.from, plan.successor, nowIso,
            plan.reason.trimmed().isEmpty() ? QVariant() : plan.reason.trimmed(),
            plan.notes.trimmed().isEmpty() ? QVariant() : plan.notes.trimmed(),
            Clock::today().addDays(plan.watchDays).toString(Qt::ISODate), markDeparted ? 1 : 0 });
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = sql::insertedId(*inserted);
    const QString fromText = QString::number(plan.from);

    // The accounts, in the order the holdings list them, first all to the successor, then the exceptions.
    if (auto accounts = sql::run(db,
            QStringLiteral("INSERT INTO handover_items (handover_id, item_kind, item_id, to_staff, briefing, "
                           "previous_value) SELECT ?, 'account', a.party_id, ?, NULL, ? FROM accounts a JOIN "
                           "parties p ON p.id = a.party_id WHERE a.owner_id = ? ORDER BY p.sort_key, "
                           "a.party_id"),
            { id, plan.successor, fromText, plan.from });
        !accounts) {
        return accounts.error();
    }
    if (Error error = recordAccountPlan(id, plan)) {
        return error;
    }
    // New interactions (a first visit for each account, each moved follow-up) take ids from a block set
    // aside for them, so that the items can name them in the same statement set.
    auto highest = sql::scalar(db,
        m_database.dialect().reserveIds(
            QStringLiteral("interactions"), qint64(held->accounts.size()) + qint64(held->followUps.size())));
    if (!highest) {
        return highest.error();
    }
    const qint64 visitsFrom = highest->toLongLong();
    const qint64 stepsFrom = visitsFrom + held->accounts.size();
    const QString toOfAccount = QStringLiteral(
        "coalesce((SELECT hi.to_staff FROM handover_items hi WHERE hi.handover_id = ? AND hi.item_kind = "
        "'account' AND hi.item_id = i.account_id), ?)");
    const QString newInteraction = QStringLiteral("INSERT INTO interactions (id, account_id, contact_id, "
                                                  "staff_id, kind, occurred_at, summary, next_step, "
                                                  "next_step_due, next_step_done) ");
    const QString newItem = QStringLiteral(
        "INSERT INTO handover_items (handover_id, item_kind, item_id, to_staff, briefing, previous_value) ");
    const QString openRequest = requestIsOpenSql(QStringLiteral("r"));
    const QString itemsSql = QStringLiteral(
        "SELECT ?, 'request', r.id, ?, NULL, '%1' FROM service_requests r WHERE %2 AND %3 ORDER BY r.due_at, "
        "r.id");
    const QList<std::pair<QString, QVariantList>> statements = {
        // The successor's first in-person visit, as a next step on each account's timeline.
        { newInteraction
                + QStringLiteral(
                    "SELECT ? + row_number() OVER (ORDER BY hi.id), hi.item_id, NULL, hi.to_staff, "
                    "'other', ?, ?, ?, ?, 0 FROM handover_items hi WHERE hi.handover_id = ? AND "
                    "hi.item_kind = 'account'"),
            { visitsFrom, nowIso,
                QCoreApplication::translate("tandem::Handover", "Took the account over from %1.")
                    .arg(held->name),
                QCoreApplication::translate(
                    "tandem::Handover", "First in-person visit as the new account owner"),
                Clock::today().addDays(plan.firstVisitDays).toString(Qt::ISODate), id } },
        { newItem
                + QStringLiteral(
                    "SELECT ?, 'follow_up', ? + row_number() OVER (ORDER BY hi.id), hi.to_staff, NULL, "
                    "'visit' FROM handover_items hi WHERE hi.handover_id = ? AND hi.item_kind = "
                    "'account'"),
            { id, visitsFrom, id } },
        // An open follow-up moves as a new next step for whoever takes its account; the interaction it came
        // from stays credited to whoever had it, and is closed.
        { newInteraction
                + QStringLiteral(
                    "SELECT ? + row_number() OVER (ORDER BY i.next_step_due, i.id), i.account_id, NULL, "
                    "%1, 'other', ?, ?, i.next_step, NULLIF(i.next_step_due, ''), 0 FROM interactions "
                    "i WHERE %2 AND i.id <= ?")
                      .arg(toOfAccount, openStepsOf()),
            { stepsFrom, id, plan.successor, nowIso,
                QCoreApplication::translate("tandem::Handover", "Follow-up handed over from %1.")
                    .arg(held->name),
                plan.from, visitsFrom } },
        { newItem
                + QStringLiteral(
                    "SELECT ?, 'follow_up', ? + row_number() OVER (ORDER BY i.next_step_due, i.id), %1, "
                    "NULL, 'moved:' || i.id FROM interactions i WHERE %2 AND i.id <= ?")
                      .arg(toOfAccount, openStepsOf()),
            { id, stepsFrom, id, plan.successor, plan.from, visitsFrom } },
        { QStringLiteral(
              "UPDATE interactions SET next_step_done = 1 WHERE id IN (SELECT i.id FROM interactions i "
              "WHERE %1 AND i.id <= ?)")
                .arg(openStepsOf()),
            { plan.from, visitsFrom } },
        // Open requests on either side, and the corrective actions they owned on open late work, so that
        // each fix keeps an owner.
        { newItem + itemsSql.arg(QStringLiteral("requester"), QStringLiteral("r.requester = ?"), openRequest),
            { id, plan.successor, plan.from } },
        { newItem
                + itemsSql.arg(QStringLiteral("provider"),
                    QStringLiteral("r.provider = ? AND r.requester <> ?"), openRequest),
            { id, plan.successor, plan.from, plan.from } },
        { newItem
                + itemsSql.arg(QStringLiteral("corrective_owner"), QStringLiteral("r.corrective_owner = ?"),
                    openRequest),
            { id, plan.successor, plan.from } },
        { QStringLiteral("UPDATE service_requests SET requester = ?, version = version + 1 WHERE id IN (%1)")
                .arg(itemsOf(QStringLiteral("request"), QStringLiteral("requester"))),
            { plan.successor, id } },
        { QStringLiteral("UPDATE service_requests SET provider = ?, version = version + 1 WHERE id IN (%1)")
                .arg(itemsOf(QStringLiteral("request"), QStringLiteral("provider"))),
            { plan.successor, id } },
        { QStringLiteral(
              "UPDATE service_requests SET corrective_owner = ?, version = version + 1 WHERE id IN (%1)")
                .arg(itemsOf(QStringLiteral("request"), QStringLiteral("corrective_owner"))),
            { plan.successor, id } },
        { QStringLiteral(
              "UPDATE accounts SET owner_id = (SELECT hi.to_staff FROM handover_items hi WHERE "
              "hi.handover_id = ? AND hi.item_kind = 'account' AND hi.item_id = accounts.party_id), "
              "version = version + 1 WHERE party_id IN (%1)")
                .arg(itemsOf(QStringLiteral("account"))),
            { id, id } },
    };
    if (Error error = runAll(db, statements)) {
        return error;
    }
    if (Error error = movePairs(id, plan, held->pairs)) {
        return error;
    }
    if (markDeparted) {
        auto departed = sql::run(db,
            QStringLiteral("UPDATE staff SET status = 'departed', left_on = ?, version = version + 1 "
                           "WHERE party_id = ?"),
            { Clock::today().toString(Qt::ISODate), plan.from });
        if (!departed) {
            return departed.error();
        }
    }
    if (Error error
        = AuditLog(m_database)
              .record({ QStringLiteral("handover"), id, QStringLiteral("create"), QString(), held->name,
                  EntityStore(m_database).displayName(QStringLiteral("staff"), plan.successor) })) {
        return error;
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    return id;
}

// Pairs are few (a colleague has a handful): each is passed on or ended, and an ended one is kept whole in
// its item, with the requests that travelled along it, so that undo can put it back.
Error Handover::movePairs(qint64 handover, const Plan& plan, const QList<Holdings::Pair>& pairs)
{
    const QSqlDatabase db = m_database.connection();
    const QString item
        = QStringLiteral("INSERT INTO handover_items (handover_id, item_kind, item_id, to_staff, "
                         "briefing, previous_value) VALUES (?, 'link', ?, ?, NULL, ?)");
    for (const Holdings::Pair& pair : pairs) {
        const bool ends = plan.endedPairs.contains(pair.id) || pair.other == plan.successor;
        if (!ends) {
            auto side = sql::scalar(db,
                QStringLiteral(
                    "SELECT CASE WHEN a_party = ? THEN 'a_party' ELSE 'b_party' END FROM internal_links "
                    "WHERE id = ?"),
                { plan.from, pair.id });
            if (!side) {
                return side.error();
            }
            // One of two column names Tandem spells itself, whatever the query returned.
            const QString column = side->toString() == QLatin1String("a_party") ? QStringLiteral("a_party")
                                                                                : QStringLiteral("b_party");
            if (Error error = runAll(db,
                    { { QStringLiteral("UPDATE internal_links SET %1 = ?, version = version + 1 WHERE id = ?")
                              .arg(column),
                          { plan.successor, pair.id } },
                        { item, { handover, pair.id, plan.successor, column } } })) {
                return error;
            }
            continue;
        }
        auto row = EntityStore(m_database).get(entities::link(), pair.id);
        if (!row) {
            return row.error();
        }
        QJsonObject kept;
        for (const auto& [column, value] : *row) {
            // The pair's data; a pair put back starts counting its changes again.
            if (column == QLatin1String("version")) {
                continue;
            }
            // A NULL column reads as a null QString, which JSON would keep as "" (and a pair without a
            // pattern would then break the pattern's CHECK when put back).
            kept.insert(column, value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
        }
        QJsonArray requests;
        auto along
            = sql::run(db, QStringLiteral("SELECT id FROM service_requests WHERE link_id = ?"), { pair.id });
        if (!along) {
            return along.error();
        }
        while (along->next()) {
            requests.append(along->value(0).toLongLong());
        }
        kept.insert(QStringLiteral("requests"), requests);
        if (Error error = runAll(db,
                { { QStringLiteral("UPDATE service_requests SET link_id = NULL, version = version + 1 "
                                   "WHERE link_id = ?"),
                      { pair.id } },
                    { QStringLiteral("DELETE FROM internal_links WHERE id = ?"), { pair.id } },
                    { item,
                        { handover, pair.id, QVariant(),
                            QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)) } } })) {
            return error;
        }
    }
    return {};
}

Error Handover::undoRefusal(qint64 handover) const
{
    // Everything moved that has changed since, in the order it was moved: one statement for all kinds.
    const QString openRequest = requestIsOpenSql(QStringLiteral("r"));
    const QString request = QStringLiteral(
        "SELECT hi.id, hi.item_kind, hi.item_id FROM handover_items hi WHERE hi.handover_id = ? AND "
        "hi.item_kind = 'request' AND %1 AND NOT EXISTS (SELECT 1 FROM service_requests r WHERE r.id = "
        "hi.item_id AND r.%2 = hi.to_staff AND %3)");
    const QStringList parts = {
        QStringLiteral(
            "SELECT hi.id, hi.item_kind, hi.item_id FROM handover_items hi WHERE hi.handover_id = ? "
            "AND hi.item_kind = 'account' AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.party_id = "
            "hi.item_id AND a.owner_id = hi.to_staff)"),
        QStringLiteral(
            "SELECT hi.id, hi.item_kind, hi.item_id FROM handover_items hi WHERE hi.handover_id = ? "
            "AND hi.item_kind = 'follow_up' AND NOT EXISTS (SELECT 1 FROM interactions i WHERE i.id = "
            "hi.item_id AND i.staff_id = hi.to_staff AND i.next_step_done = 0)"),
        request.arg(
            QStringLiteral("hi.previous_value = 'requester'"), QStringLiteral("requester"), openRequest),
        request.arg(QStringLiteral("hi.previous_value = 'corrective_owner'"),
            QStringLiteral("corrective_owner"), openRequest),
        request.arg(QStringLiteral("hi.previous_value NOT IN ('requester', 'corrective_owner')"),
            QStringLiteral("provider"), openRequest),
        QStringLiteral(
            "SELECT hi.id, hi.item_kind, hi.item_id FROM handover_items hi WHERE hi.handover_id = ? "
            "AND hi.item_kind = 'link' AND hi.to_staff IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
            "internal_links l WHERE l.id = hi.item_id AND CASE WHEN hi.previous_value = 'a_party' "
            "THEN l.a_party ELSE l.b_party END = hi.to_staff)"),
    };
    QVariantList values;
    values.fill(handover, parts.size());
    auto rows = sql::run(m_database.connection(),
        parts.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1"), values);
    if (!rows) {
        return rows.error();
    }
    EntityStore store(m_database);
    QStringList named; // the first three; the rest are counted
    int changed = 0;
    while (rows->next()) {
        if (++changed > 3) {
            continue;
        }
        const QString kind = rows->value(1).toString();
        const qint64 item = rows->value(2).toLongLong();
        named << (kind == QLatin1String("account")
                ? QCoreApplication::translate("tandem::Handover", "the owner of %1")
                      .arg(store.displayName(QStringLiteral("account"), item))
                : kind == QLatin1String("follow_up")
                ? QCoreApplication::translate("tandem::Handover", "a follow-up or planned visit")
                : kind == QLatin1String("request")
                ? QCoreApplication::translate("tandem::Handover", "the request \"%1\"")
                      .arg(store.displayName(QStringLiteral("request"), item))
                : QCoreApplication::translate("tandem::Handover", "a pair"));
    }
    if (changed == 0) {
        return {};
    }
    QString listed = named.join(QStringLiteral(", "));
    if (changed > 3) {
        listed = QCoreApplication::translate("tandem::Handover", "%1 and %n more", nullptr, changed - 3)
                     .arg(listed);
    }
    return Error::badInput(QCoreApplication::translate("tandem::Handover",
        "The handover cannot be undone: %1 changed since. Change them back, or hand over again.")
                               .arg(listed));
}

Error Handover::undo(qint64 handover)
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    const QSqlDatabase db = m_database.connection();
    auto header = sql::run(
        db, QStringLiteral("SELECT from_staff, marked_departed FROM handovers WHERE id = ?"), { handover });
    if (!header) {
        return header.error();
    }
    if (!header->next()) {
        return Error::notFound(
            QCoreApplication::translate("tandem::Handover", "There is no handover %1.").arg(handover));
    }
    const qint64 from = header->value(0).toLongLong();
    const bool markedDeparted = header->value(1).toInt() == 1;
    header->finish();
    if (Error refused = undoRefusal(handover)) {
        return refused;
    }
    // Ended pairs come back first, so that the requests that travelled along them find them again.
    if (Error error = restorePairs(handover, from)) {
        return error;
    }
    QList<std::pair<QString, QVariantList>> statements = {
        { QStringLiteral("UPDATE accounts SET owner_id = ?, version = version + 1 WHERE party_id IN (%1)")
                .arg(itemsOf(QStringLiteral("account"))),
            { from, handover } },
        { QStringLiteral(
              "UPDATE interactions SET next_step_done = 0 WHERE id IN (SELECT CAST(substr(previous_value, "
              "7) AS BIGINT) FROM handover_items WHERE handover_id = ? AND item_kind = 'follow_up' AND "
              "previous_value LIKE 'moved:%')"),
            { handover } },
        { QStringLiteral("DELETE FROM interactions WHERE id IN (%1)")
                .arg(itemsOf(QStringLiteral("follow_up"))),
            { handover } },
        { QStringLiteral("UPDATE service_requests SET requester = ?, version = version + 1 WHERE id IN (%1)")
                .arg(itemsOf(QStringLiteral("request"), QStringLiteral("requester"))),
            { from, handover } },
        { QStringLiteral(
              "UPDATE service_requests SET corrective_owner = ?, version = version + 1 WHERE id IN (%1)")
                .arg(itemsOf(QStringLiteral("request"), QStringLiteral("corrective_owner"))),
            { from, handover } },
        { QStringLiteral("UPDATE service_requests SET provider = ?, version = version + 1 WHERE id IN (%1 "
                         "AND previous_value NOT IN ('requester', 'corrective_owner'))")
                .arg(itemsOf(QStringLiteral("request"))),
            { from, handover } },
        { QStringLiteral("DELETE FROM handover_items WHERE handover_id = ?"), { handover } },
        { QStringLiteral("DELETE FROM handovers WHERE id = ?"), { handover } },
    };
    if (markedDeparted) {
        statements.append({ QStringLiteral("UPDATE staff SET status = 'active', left_on = NULL, "
                                           "version = version + 1 WHERE party_id = ?"),
            { from } });
    }
    if (Error error = runAll(db, statements)) {
        return error;
    }
    if (Error error = AuditLog(m_database)
                          .record({ QStringLiteral("handover"), handover, QStringLiteral("delete"), QString(),
                              QVariant(), QVariant() })) {
        return error;
    }
    return transaction.commit();
}

Error Handover::restorePairs(qint64 handover, qint64 from)
{
    const QSqlDatabase db = m_database.connection();
    auto items = sql::run(db,
        QStringLiteral(
            "SELECT item_id, to_staff, previous_value FROM handover_items WHERE handover_id = ? AND "
            "item_kind = 'link' ORDER BY id DESC"),
        { handover });
    if (!items) {
        return items.error();
    }
    QList<std::pair<QString, QVariantList>> statements;
    while (items->next()) {
        const qint64 link = items->value(0).toLongLong();
        const QString previous = items->value(2).toString();
        if (!items->value(1).isNull()) {
            statements.append(
                { QStringLiteral("UPDATE internal_links SET %1 = ?, version = version + 1 WHERE id = ?")
                        .arg(previous == QLatin1String("a_party") ? QStringLiteral("a_party")
                                                                  : QStringLiteral("b_party")),
                    { from, link } });
            continue;
        }
        const QJsonObject kept = QJsonDocument::fromJson(previous.toUtf8()).object();
        statements.append(
            { QStringLiteral("INSERT INTO internal_links (id, a_party, b_party, kind, pattern, a_to_b, "
                             "b_to_a, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                { link, kept.value(QStringLiteral("a_party")).toVariant(),
                    kept.value(QStringLiteral("b_party")).toVariant(),
                    kept.value(QStringLiteral("kind")).toVariant(),
                    kept.value(QStringLiteral("pattern")).toVariant(),
                    kept.value(QStringLiteral("a_to_b")).toVariant(),
                    kept.value(QStringLiteral("b_to_a")).toVariant(),
                    kept.value(QStringLiteral("notes")).toVariant() } });
        for (const QJsonValue& request : kept.value(QStringLiteral("requests")).toArray()) {
            statements.append(
                { QStringLiteral(
                      "UPDATE service_requests SET link_id = ?, version = version + 1 WHERE id = ?"),
                    { link, request.toVariant() } });
        }
    }
    items->finish();
    return runAll(db, statements);
}

} // namespace tandem
