#include "Handover.h"

#include "Clock.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Money.h"
#include "Sql.h"
#include "Words.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

namespace tandem {

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
    auto between = sql::run(m_database.connection(),
        QStringLiteral("SELECT title FROM service_requests r WHERE ((r.requester = ? AND r.provider = ?) OR "
                       "(r.provider = ? AND r.requester = ?)) AND %1 ORDER BY r.due_at, r.id")
            .arg(requestIsOpenSql(QStringLiteral("r"))),
        { plan.from, plan.successor, plan.from, plan.successor });
    if (!between) {
        return between.error();
    }
    if (between->next()) {
        return Error::badInput(QCoreApplication::translate("tandem::Handover",
            "The request \"%1\" is between %2 and the successor, who cannot serve "
            "themselves: reassign or close it first.")
                                   .arg(between->value(0).toString(), holdings.name));
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
    moves.reserve(2 * held->accounts.size() + held->followUps.size() + held->requests.size());
    // Looked up once, not once for each of thousands of accounts.
    const QString visit
        = QCoreApplication::translate("tandem::Handover", "First in-person visit to %1 by %2");
    const QString visitDay
        = QLocale().toString(Clock::today().addDays(plan.firstVisitDays), QLocale::ShortFormat);
    for (const Holdings::Account& account : held->accounts) {
        const qint64 to = successorOf(plan, account.id);
        moves << Move { QStringLiteral("account"), account.id, account.name, to, nameOf(to) };
        moves << Move { QStringLiteral("visit"), account.id, visit.arg(account.name, visitDay), to,
            nameOf(to) };
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

} // namespace tandem
