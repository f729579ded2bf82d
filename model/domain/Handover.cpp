#include "Handover.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Money.h"
#include "Sql.h"
#include "Transaction.h"
#include "Words.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

namespace tandem {

namespace {

// A statement prepared once and run for many rows: a handover of ten thousand accounts runs each of its
// statements ten thousand times.
class Prepared
{
public:
    Prepared(const QSqlDatabase& db, const QString& statement)
        : m_query(db)
    {
        if (!m_query.prepare(statement)) {
            m_error = sql::errorFrom(m_query.lastError(), statement);
        }
    }
    Error run(const QVariantList& values)
    {
        if (m_error) {
            return m_error;
        }
        for (int i = 0; i < values.size(); ++i) {
            m_query.bindValue(i, values.at(i));
        }
        return sql::exec(m_query, QString());
    }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }

private:
    QSqlQuery m_query;
    Error m_error;
};

// The column of a request a handover item moved: the requester, the provider or the corrective action's
// owner.
QString requestColumn(const QString& previous)
{
    if (previous == QLatin1String("requester") || previous == QLatin1String("corrective_owner")) {
        return previous;
    }
    return QStringLiteral("provider");
}

} // namespace

Handover::Handover(Database& database)
    : m_database(database)
{ }

Result<Handover::Holdings> Handover::holdings(qint64 staff) const
{
    const QSqlDatabase db = m_database.connection();
    Holdings held;
    held.staff = staff;
    auto person = sql::row(db,
        QStringLiteral(
            "SELECT s.name, s.status, s.manager_id, m.name FROM staff s LEFT JOIN staff m ON m.party_id "
            "= s.manager_id WHERE s.party_id = ?"),
        { staff },
        QCoreApplication::translate("tandem::Handover", "There is no colleague with id %1.").arg(staff));
    if (!person) {
        return person.error();
    }
    held.name = person->value(0).toString();
    held.status = person->value(1).toString();
    held.manager = person->value(2).toLongLong();
    held.managerName = person->value(3).toString();

    const QString yearAgo = Clock::today().addYears(-1).toString(Qt::ISODate);
    auto accounts = sql::run(db,
        QStringLiteral(
            "SELECT a.party_id, a.name, a.segment, %1, (SELECT sum(pu.amount) FROM purchases pu WHERE "
            "pu.account_id = "
            "a.party_id AND pu.from_competitor = 0 AND pu.purchased_on >= ?), (SELECT CASE WHEN "
            "min(pu.currency) = max(pu.currency) THEN min(pu.currency) END FROM purchases pu WHERE "
            "pu.account_id = a.party_id AND pu.from_competitor = 0 AND pu.purchased_on >= ?) FROM "
            "accounts a JOIN parties p ON p.id = a.party_id WHERE a.owner_id = ? ORDER BY p.sort_key, "
            "a.party_id")
            .arg(lastContactSql()),
        { yearAgo, yearAgo, staff });
    if (!accounts) {
        return accounts.error();
    }
    while (accounts->next()) {
        held.accounts << Holdings::Account { accounts->value(0).toLongLong(), accounts->value(1).toString(),
            accounts->value(2).toString(), accounts->value(3).toString(), accounts->value(4).toLongLong(),
            accounts->value(5).toString() };
    }
    auto followUps = sql::run(db,
        QStringLiteral(
            "SELECT i.id, i.account_id, a.name, i.next_step, i.next_step_due FROM interactions i JOIN "
            "accounts a ON a.party_id = i.account_id WHERE i.staff_id = ? AND i.next_step_done = 0 AND "
            "coalesce(i.next_step, '') <> '' ORDER BY i.next_step_due, i.id"),
        { staff });
    if (!followUps) {
        return followUps.error();
    }
    while (followUps->next()) {
        held.followUps << Holdings::FollowUp { followUps->value(0).toLongLong(),
            followUps->value(1).toLongLong(), followUps->value(2).toString(), followUps->value(3).toString(),
            followUps->value(4).toString() };
    }
    auto requests = sql::run(db,
        QStringLiteral(
            "SELECT r.id, r.title, r.requester = ?, CASE WHEN r.requester = ? THEN pp.display_name ELSE "
            "rp.display_name END, r.status, r.due_at FROM service_requests r JOIN parties rp ON rp.id = "
            "r.requester JOIN parties pp ON pp.id = r.provider WHERE (r.requester = ? OR r.provider = ?) "
            "AND %1 ORDER BY r.due_at, r.id")
            .arg(requestIsOpenSql(QStringLiteral("r"))),
        { staff, staff, staff, staff });
    if (!requests) {
        return requests.error();
    }
    while (requests->next()) {
        held.requests << Holdings::Request { requests->value(0).toLongLong(), requests->value(1).toString(),
            requests->value(2).toInt() == 1, requests->value(3).toString(), requests->value(4).toString(),
            requests->value(5).toString() };
    }
    auto fixes = sql::run(db,
        QStringLiteral(
            "SELECT r.id, r.title, r.status, r.due_at FROM service_requests r WHERE r.corrective_owner = ? "
            "AND %1 ORDER BY r.due_at, r.id")
            .arg(requestIsOpenSql(QStringLiteral("r"))),
        { staff });
    if (!fixes) {
        return fixes.error();
    }
    while (fixes->next()) {
        Holdings::Request request;
        request.id = fixes->value(0).toLongLong();
        request.title = fixes->value(1).toString();
        request.status = fixes->value(2).toString();
        request.due = fixes->value(3).toString();
        held.correctiveActions << request;
    }
    auto pairs = sql::run(db,
        QStringLiteral(
            "SELECT l.id, CASE WHEN l.a_party = ? THEN l.b_party ELSE l.a_party END, p.display_name, "
            "l.kind FROM internal_links l JOIN parties p ON p.id = CASE WHEN l.a_party = ? THEN l.b_party "
            "ELSE l.a_party END WHERE l.a_party = ? OR l.b_party = ? ORDER BY p.sort_key, l.id"),
        { staff, staff, staff, staff });
    if (!pairs) {
        return pairs.error();
    }
    while (pairs->next()) {
        held.pairs << Holdings::Pair { pairs->value(0).toLongLong(), pairs->value(1).toLongLong(),
            pairs->value(2).toString(), pairs->value(3).toString() };
    }
    return held;
}

qint64 Handover::successorOf(const Plan& plan, qint64 account) const
{
    return plan.accountSuccessor.value(account, plan.successor);
}

Error Handover::check(const Plan& plan, const Holdings& holdings) const
{
    EntityStore store(m_database);
    QSet<qint64> receivers { plan.successor };
    for (qint64 successor : std::as_const(plan.accountSuccessor)) {
        receivers.insert(successor);
    }
    if (!plan.successor) {
        return Error::badInput(QCoreApplication::translate("tandem::Handover",
            "Choose a successor: the colleague who takes over what is not given to "
            "someone else."));
    }
    if (plan.firstVisitDays < minFirstVisitDays || plan.firstVisitDays > maxFirstVisitDays) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Handover", "The first visit must be planned within %1 to %2 days, not %3.")
                                   .arg(minFirstVisitDays)
                                   .arg(maxFirstVisitDays)
                                   .arg(plan.firstVisitDays));
    }
    if (plan.watchDays < minWatchDays || plan.watchDays > maxWatchDays) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Handover", "The accounts can be watched for %1 to %2 days, not %3.")
                                   .arg(minWatchDays)
                                   .arg(maxWatchDays)
                                   .arg(plan.watchDays));
    }
    for (qint64 receiver : std::as_const(receivers)) {
        if (receiver == plan.from) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::Handover", "%1 cannot hand over to themselves; choose another successor.")
                                       .arg(holdings.name));
        }
        auto status = sql::scalar(m_database.connection(),
            QStringLiteral("SELECT status FROM staff WHERE party_id = ?"), { receiver });
        if (!status) {
            return status.error();
        }
        if (!status->isValid()) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::Handover", "The successor must be a colleague; %1 is not one.")
                                       .arg(store.displayName(QStringLiteral("party"), receiver)));
        }
        if (status->toString() != QLatin1String("active")) {
            return Error::badInput(QCoreApplication::translate("tandem::Handover",
                "%1 has left and cannot take anything over; choose a colleague who is "
                "still here.")
                                       .arg(store.displayName(QStringLiteral("staff"), receiver)));
        }
    }
    if (holdings.isEmpty()) {
        return Error::badInput(QCoreApplication::translate("tandem::Handover",
            "%1 holds no accounts, follow-ups, open requests or pairs: there is nothing to hand over.")
                                   .arg(holdings.name));
    }
    for (const Holdings::Request& request : holdings.requests) {
        auto other = sql::scalar(m_database.connection(),
            QStringLiteral(
                "SELECT CASE WHEN requester = ? THEN provider ELSE requester END FROM service_requests "
                "WHERE id = ?"),
            { plan.from, request.id });
        if (other && other->toLongLong() == plan.successor) {
            return Error::badInput(QCoreApplication::translate("tandem::Handover",
                "The request \"%1\" is between %2 and the successor, who cannot serve "
                "themselves: reassign or close it first.")
                                       .arg(request.title, holdings.name));
        }
    }
    for (const Holdings::Pair& pair : holdings.pairs) {
        if (plan.endedPairs.contains(pair.id) || pair.other == plan.successor) {
            continue;
        }
        auto existing = store.existingPair(plan.successor, pair.other, pair.kind);
        if (existing && *existing) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::Handover", "%1 already has a pair of this kind with %2: end the pair of %3 instead.")
                                       .arg(store.displayName(QStringLiteral("staff"), plan.successor),
                                           pair.otherName, holdings.name));
        }
    }
    return {};
}

Result<QHash<qint64, qint64>> Handover::balanced(
    const QList<qint64>& accounts, const QList<qint64>& successors) const
{
    QHash<qint64, qint64> result;
    if (successors.isEmpty()) {
        return result;
    }
    // Each account goes to whoever has the fewest at that moment, ties to the first named.
    QList<std::pair<qint64, qint64>> loads; // (accounts owned, successor)
    for (qint64 successor : successors) {
        auto owned = sql::scalar(m_database.connection(),
            QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = ?"), { successor });
        if (!owned) {
            return owned.error();
        }
        loads.append({ owned->toLongLong(), successor });
    }
    for (qint64 account : accounts) {
        auto least = std::min_element(
            loads.begin(), loads.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        result.insert(account, least->second);
        ++least->first;
    }
    return result;
}

Result<QList<Handover::Move>> Handover::preview(const Plan& plan) const
{
    auto held = holdings(plan.from);
    if (!held) {
        return held.error();
    }
    if (Error error = check(plan, *held)) {
        return error;
    }
    EntityStore store(m_database);
    QHash<qint64, QString> names;
    auto nameOf = [&](qint64 staff) {
        if (!names.contains(staff)) {
            names.insert(staff, store.displayName(QStringLiteral("staff"), staff));
        }
        return names.value(staff);
    };
    QList<Move> moves;
    for (const Holdings::Account& account : held->accounts) {
        const qint64 to = successorOf(plan, account.id);
        moves << Move { QStringLiteral("account"), account.id, account.name, to, nameOf(to) };
        moves << Move { QStringLiteral("visit"), account.id,
            QCoreApplication::translate("tandem::Handover", "First in-person visit to %1 by %2")
                .arg(account.name,
                    QLocale().toString(Clock::today().addDays(plan.firstVisitDays), QLocale::ShortFormat)),
            to, nameOf(to) };
    }
    for (const Holdings::FollowUp& followUp : held->followUps) {
        const qint64 to = successorOf(plan, followUp.account);
        moves << Move { QStringLiteral("follow_up"), followUp.interaction,
            QCoreApplication::translate("tandem::Handover", "%1: %2")
                .arg(followUp.accountName, followUp.nextStep),
            to, nameOf(to) };
    }
    for (const Holdings::Request& request : held->requests) {
        moves << Move { QStringLiteral("request"), request.id,
            request.asRequester ? QCoreApplication::translate("tandem::Handover", "%1 (asked of %2)")
                                      .arg(request.title, request.otherSide)
                                : QCoreApplication::translate("tandem::Handover", "%1 (for %2)")
                                      .arg(request.title, request.otherSide),
            plan.successor, nameOf(plan.successor) };
    }
    for (const Holdings::Request& request : held->correctiveActions) {
        moves << Move { QStringLiteral("request"), request.id,
            QCoreApplication::translate("tandem::Handover", "%1 (its corrective action)").arg(request.title),
            plan.successor, nameOf(plan.successor) };
    }
    for (const Holdings::Pair& pair : held->pairs) {
        const bool ends = plan.endedPairs.contains(pair.id) || pair.other == plan.successor;
        moves << Move { QStringLiteral("link"), pair.id,
            QCoreApplication::translate("tandem::Handover", "%1 pair with %2")
                .arg(labels::choice(QStringLiteral("kind"), pair.kind), pair.otherName),
            ends ? 0 : plan.successor, ends ? QString() : nameOf(plan.successor) };
    }
    return moves;
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
    const QDateTime now = Clock::nowUtc();
    const bool markDeparted = held->status == QLatin1String("active");
    auto handover = sql::run(db,
        QStringLiteral("INSERT INTO handovers (from_staff, successor, at, reason, notes, watch_until, "
                       "marked_departed) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { plan.from, plan.successor, Clock::toIso(now),
            plan.reason.trimmed().isEmpty() ? QVariant() : plan.reason.trimmed(),
            plan.notes.trimmed().isEmpty() ? QVariant() : plan.notes.trimmed(),
            Clock::today().addDays(plan.watchDays).toString(Qt::ISODate), markDeparted ? 1 : 0 });
    if (!handover) {
        return handover.error();
    }
    const qint64 id = handover->lastInsertId().toLongLong();

    Prepared item(db,
        QStringLiteral("INSERT INTO handover_items (handover_id, item_kind, item_id, to_staff, briefing, "
                       "previous_value) VALUES (?, ?, ?, ?, ?, ?)"));
    Prepared owner(db, QStringLiteral("UPDATE accounts SET owner_id = ? WHERE party_id = ?"));
    Prepared interaction(db,
        QStringLiteral(
            "INSERT INTO interactions (account_id, contact_id, staff_id, kind, occurred_at, summary, "
            "next_step, next_step_due, next_step_done) VALUES (?, NULL, ?, 'other', ?, ?, ?, ?, 0)"));
    Prepared closeStep(db, QStringLiteral("UPDATE interactions SET next_step_done = 1 WHERE id = ?"));
    const QString nowIso = Clock::toIso(now);
    const QString visitDue = Clock::today().addDays(plan.firstVisitDays).toString(Qt::ISODate);
    const QString fromText = QString::number(plan.from);

    for (const Holdings::Account& account : held->accounts) {
        const qint64 to = successorOf(plan, account.id);
        if (Error error = owner.run({ to, account.id })) {
            return error;
        }
        const QString briefing = plan.briefings.value(account.id).trimmed();
        if (Error error = item.run({ id, QStringLiteral("account"), account.id, to,
                briefing.isEmpty() ? QVariant() : briefing, fromText })) {
            return error;
        }
        // The successor's first in-person visit, as a next step on the account's timeline.
        if (Error error = interaction.run({ account.id, to, nowIso,
                QCoreApplication::translate("tandem::Handover", "Took the account over from %1.")
                    .arg(held->name),
                QCoreApplication::translate(
                    "tandem::Handover", "First in-person visit as the new account owner"),
                visitDue })) {
            return error;
        }
        if (Error error = item.run({ id, QStringLiteral("follow_up"), interaction.lastInsertId(), to,
                QVariant(), QStringLiteral("visit") })) {
            return error;
        }
    }
    // An open follow-up moves as a new next step for the successor; the interaction it came from stays
    // credited to whoever had it.
    for (const Holdings::FollowUp& followUp : held->followUps) {
        const qint64 to = successorOf(plan, followUp.account);
        if (Error error = closeStep.run({ followUp.interaction })) {
            return error;
        }
        if (Error error = interaction.run({ followUp.account, to, nowIso,
                QCoreApplication::translate("tandem::Handover", "Follow-up handed over from %1.")
                    .arg(held->name),
                followUp.nextStep, followUp.due.isEmpty() ? QVariant() : followUp.due })) {
            return error;
        }
        if (Error error = item.run({ id, QStringLiteral("follow_up"), interaction.lastInsertId(), to,
                QVariant(), QStringLiteral("moved:%1").arg(followUp.interaction) })) {
            return error;
        }
    }
    Prepared asRequester(db, QStringLiteral("UPDATE service_requests SET requester = ? WHERE id = ?"));
    Prepared asProvider(db, QStringLiteral("UPDATE service_requests SET provider = ? WHERE id = ?"));
    for (const Holdings::Request& request : held->requests) {
        Prepared& side = request.asRequester ? asRequester : asProvider;
        if (Error error = side.run({ plan.successor, request.id })) {
            return error;
        }
        if (Error error = item.run({ id, QStringLiteral("request"), request.id, plan.successor, QVariant(),
                request.asRequester ? QStringLiteral("requester") : QStringLiteral("provider") })) {
            return error;
        }
    }
    // Corrective actions they owned on open late work go to the successor, so that each fix keeps an owner.
    Prepared fixOwner(db, QStringLiteral("UPDATE service_requests SET corrective_owner = ? WHERE id = ?"));
    for (const Holdings::Request& request : held->correctiveActions) {
        if (Error error = fixOwner.run({ plan.successor, request.id })) {
            return error;
        }
        if (Error error = item.run({ id, QStringLiteral("request"), request.id, plan.successor, QVariant(),
                QStringLiteral("corrective_owner") })) {
            return error;
        }
    }
    for (const Holdings::Pair& pair : held->pairs) {
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
            auto moved
                = sql::run(db, QStringLiteral("UPDATE internal_links SET %1 = ? WHERE id = ?").arg(column),
                    { plan.successor, pair.id });
            if (!moved) {
                return moved.error();
            }
            if (Error error
                = item.run({ id, QStringLiteral("link"), pair.id, plan.successor, QVariant(), column })) {
                return error;
            }
            continue;
        }
        // An ended pair is kept in the item, whole, with the requests that travelled along it.
        auto row = EntityStore(m_database).get(entities::link(), pair.id);
        if (!row) {
            return row.error();
        }
        QJsonObject kept;
        for (const auto& [column, value] : *row) {
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
        for (const char* statement : { "UPDATE service_requests SET link_id = NULL WHERE link_id = ?",
                 "DELETE FROM internal_links WHERE id = ?" }) {
            if (auto done = sql::run(db, QString::fromLatin1(statement), { pair.id }); !done) {
                return done.error();
            }
        }
        if (Error error = item.run({ id, QStringLiteral("link"), pair.id, QVariant(), QVariant(),
                QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)) })) {
            return error;
        }
    }
    if (markDeparted) {
        auto departed = sql::run(db,
            QStringLiteral("UPDATE staff SET status = 'departed', left_on = ? WHERE party_id = ?"),
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

Result<Handover::Plan> Handover::planOf(qint64 handover) const
{
    const QSqlDatabase db = m_database.connection();
    auto header = sql::row(db,
        QStringLiteral(
            "SELECT from_staff, successor, at, reason, notes, watch_until FROM handovers WHERE id = ?"),
        { handover },
        QCoreApplication::translate("tandem::Handover", "There is no handover %1.").arg(handover));
    if (!header) {
        return header.error();
    }
    Plan plan;
    plan.from = header->value(0).toLongLong();
    plan.successor = header->value(1).toLongLong();
    plan.reason = header->value(3).toString();
    plan.notes = header->value(4).toString();
    // The days count from the day the handover was done, as execute() counted them.
    const QDate day = QDateTime::fromString(header->value(2).toString(), Qt::ISODate).toLocalTime().date();
    const QDate watchUntil = QDate::fromString(header->value(5).toString(), Qt::ISODate);
    plan.watchDays = std::clamp(int(day.daysTo(watchUntil)), minWatchDays, maxWatchDays);
    auto items = sql::run(db,
        QStringLiteral(
            "SELECT it.item_kind, it.item_id, it.to_staff, it.briefing, it.previous_value, v.next_step_due "
            "FROM handover_items it LEFT JOIN interactions v ON it.item_kind = 'follow_up' AND "
            "it.previous_value = 'visit' AND v.id = it.item_id WHERE it.handover_id = ? ORDER BY it.id"),
        { handover });
    if (!items) {
        return items.error();
    }
    while (items->next()) {
        const QString kind = items->value(0).toString();
        const qint64 id = items->value(1).toLongLong();
        const qint64 to = items->value(2).toLongLong();
        if (kind == QLatin1String("account")) {
            if (to != plan.successor) {
                plan.accountSuccessor.insert(id, to);
            }
            if (!items->value(3).toString().isEmpty()) {
                plan.briefings.insert(id, items->value(3).toString());
            }
        } else if (kind == QLatin1String("link") && !to) {
            plan.endedPairs.insert(id);
        } else if (!items->value(5).isNull()) {
            const QDate due = QDate::fromString(items->value(5).toString().left(10), Qt::ISODate);
            plan.firstVisitDays = std::clamp(int(day.daysTo(due)), minFirstVisitDays, maxFirstVisitDays);
        }
    }
    return plan;
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
    auto items = sql::run(db,
        QStringLiteral(
            "SELECT item_kind, item_id, to_staff, previous_value FROM handover_items WHERE handover_id = ? "
            "ORDER BY id"),
        { handover });
    if (!items) {
        return items.error();
    }
    struct Item
    {
        QString kind;
        qint64 id;
        qint64 to;
        QString previous;
    };
    QList<Item> list;
    while (items->next()) {
        list << Item { items->value(0).toString(), items->value(1).toLongLong(), items->value(2).toLongLong(),
            items->value(3).toString() };
    }
    // First what blocks: anything moved that has changed since.
    EntityStore store(m_database);
    QStringList blockers;
    for (const Item& item : list) {
        QString statement;
        if (item.kind == QLatin1String("account")) {
            statement = QStringLiteral("SELECT owner_id = ? FROM accounts WHERE party_id = ?");
        } else if (item.kind == QLatin1String("follow_up")) {
            statement
                = QStringLiteral("SELECT staff_id = ? AND next_step_done = 0 FROM interactions WHERE id = ?");
        } else if (item.kind == QLatin1String("request")) {
            statement = QStringLiteral("SELECT %1 = ? AND %2 FROM service_requests WHERE id = ?")
                            .arg(requestColumn(item.previous), requestIsOpenSql());
        } else if (item.kind == QLatin1String("link") && item.to) {
            statement = QStringLiteral("SELECT %1 = ? FROM internal_links WHERE id = ?")
                            .arg(item.previous == QLatin1String("a_party") ? QStringLiteral("a_party")
                                                                           : QStringLiteral("b_party"));
        } else {
            continue;
        }
        auto unchanged = sql::scalar(db, statement, { item.to, item.id });
        if (!unchanged) {
            return unchanged.error();
        }
        if (unchanged->toInt() != 1) {
            const QString what = item.kind == QLatin1String("account")
                ? QCoreApplication::translate("tandem::Handover", "the owner of %1")
                      .arg(store.displayName(QStringLiteral("account"), item.id))
                : item.kind == QLatin1String("follow_up")
                ? QCoreApplication::translate("tandem::Handover", "a follow-up or planned visit")
                : item.kind == QLatin1String("request")
                ? QCoreApplication::translate("tandem::Handover", "the request \"%1\"")
                      .arg(store.displayName(QStringLiteral("request"), item.id))
                : QCoreApplication::translate("tandem::Handover", "a pair");
            blockers << what;
        }
    }
    if (!blockers.isEmpty()) {
        const int more = int(blockers.size()) - 3;
        QString listed = blockers.mid(0, 3).join(QStringLiteral(", "));
        if (more > 0) {
            listed = QCoreApplication::translate("tandem::Handover", "%1 and %n more", nullptr, more)
                         .arg(listed);
        }
        return Error::badInput(QCoreApplication::translate("tandem::Handover",
            "The handover cannot be undone: %1 changed since. Change them back, or hand over again.")
                                   .arg(listed));
    }
    const QString fromText = QString::number(from);
    for (auto it = list.crbegin(); it != list.crend(); ++it) {
        const Item& item = *it;
        QList<std::pair<QString, QVariantList>> statements;
        if (item.kind == QLatin1String("account")) {
            statements.append({ QStringLiteral("UPDATE accounts SET owner_id = ? WHERE party_id = ?"),
                { item.previous.toLongLong(), item.id } });
        } else if (item.kind == QLatin1String("follow_up")) {
            statements.append({ QStringLiteral("DELETE FROM interactions WHERE id = ?"), { item.id } });
            if (item.previous.startsWith(QLatin1String("moved:"))) {
                statements.append({ QStringLiteral("UPDATE interactions SET next_step_done = 0 WHERE id = ?"),
                    { item.previous.mid(6).toLongLong() } });
            }
        } else if (item.kind == QLatin1String("request")) {
            statements.append({ QStringLiteral("UPDATE service_requests SET %1 = ? WHERE id = ?")
                                    .arg(requestColumn(item.previous)),
                { from, item.id } });
        } else if (item.kind == QLatin1String("link") && item.to) {
            statements.append(
                { QStringLiteral("UPDATE internal_links SET %1 = ? WHERE id = ?")
                        .arg(item.previous == QLatin1String("a_party") ? QStringLiteral("a_party")
                                                                       : QStringLiteral("b_party")),
                    { from, item.id } });
        } else if (item.kind == QLatin1String("link")) {
            const QJsonObject kept = QJsonDocument::fromJson(item.previous.toUtf8()).object();
            statements.append(
                { QStringLiteral("INSERT INTO internal_links (id, a_party, b_party, kind, pattern, "
                                 "a_to_b, b_to_a, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    { item.id, kept.value(QStringLiteral("a_party")).toVariant(),
                        kept.value(QStringLiteral("b_party")).toVariant(),
                        kept.value(QStringLiteral("kind")).toVariant(),
                        kept.value(QStringLiteral("pattern")).toVariant(),
                        kept.value(QStringLiteral("a_to_b")).toVariant(),
                        kept.value(QStringLiteral("b_to_a")).toVariant(),
                        kept.value(QStringLiteral("notes")).toVariant() } });
            for (const QJsonValue& request : kept.value(QStringLiteral("requests")).toArray()) {
                statements.append({ QStringLiteral("UPDATE service_requests SET link_id = ? WHERE id = ?"),
                    { item.id, request.toVariant() } });
            }
        }
        for (const auto& [statement, values] : statements) {
            if (auto done = sql::run(db, statement, values); !done) {
                return done.error();
            }
        }
    }
    for (const char* statement :
        { "DELETE FROM handover_items WHERE handover_id = ?", "DELETE FROM handovers WHERE id = ?" }) {
        if (auto done = sql::run(db, QString::fromLatin1(statement), { handover }); !done) {
            return done.error();
        }
    }
    if (markedDeparted) {
        auto back = sql::run(db,
            QStringLiteral("UPDATE staff SET status = 'active', left_on = NULL WHERE party_id = ?"),
            { from });
        if (!back) {
            return back.error();
        }
    }
    if (Error error = AuditLog(m_database)
                          .record({ QStringLiteral("handover"), handover, QStringLiteral("delete"), QString(),
                              QVariant(), QVariant() })) {
        return error;
    }
    Q_UNUSED(fromText);
    return transaction.commit();
}

} // namespace tandem
