#include "DemoRequests.h"

#include "Clock.h"

#include <algorithm>

namespace tandem::demo {

namespace {

// The first colleague listed in a department heads it.
int headOf(const DemoData& data, int department)
{
    for (int index = 0; index < data.staff.size(); ++index) {
        if (data.staff.at(index).department == department) {
            return index;
        }
    }
    return 0;
}

int departmentOf(const DemoData& data, PartyRef party)
{
    return party.isDepartment ? party.index : data.staff.at(party.index).department;
}

PartyRef department(int index)
{
    return { true, index };
}

PartyRef person(int index)
{
    return { false, index };
}

} // namespace

Error DemoRequests::add()
{
    const DemoData& data = m_writer.data();
    m_total = data.customerRequests + data.outsidePairRequests;
    for (const LinkRow& row : data.links) {
        m_total += row.requests;
    }
    m_written = 0;
    if (Error error = addAlongPairs()) {
        return error;
    }
    if (Error error = addFromCustomers()) {
        return error;
    }
    return addOutsidePairs();
}

Error DemoRequests::progress()
{
    return m_writer.reportProgress(62 + 35 * ++m_written / m_total);
}

QString DemoRequests::randomAccountName()
{
    const QList<WrittenAccount>& accounts = m_writer.written().accounts;
    return accounts.at(m_writer.below(accounts.size())).name;
}

// Along the pairs: one side asks, the other supplies what the pair says it supplies.
Error DemoRequests::addAlongPairs()
{
    const DemoData& data = m_writer.data();
    for (int index = 0; index < data.links.size(); ++index) {
        const LinkRow& row = data.links.at(index);
        for (int i = 0; i < row.requests; ++i) {
            bool aProvides = m_writer.chance(50);
            if (row.aToB.isNull()) {
                aProvides = false;
            } else if (row.bToA.isNull()) {
                aProvides = true;
            }
            const PartyRef provider = aProvides ? row.a : row.b;
            const PartyRef requester = aProvides ? row.b : row.a;
            int group = data.departments.at(departmentOf(data, provider)).templates;
            const bool reportsUpward = row.kind == QLatin1String("rank") && !aProvides
                && !provider.isDepartment
                && data.staff.at(provider.index).department == data.reportsUpwardFrom;
            if (reportsUpward) {
                group = reportingGroup;
            }
            const QString accountName = randomAccountName();
            const Sides sides { m_writer.partyId(requester), provider, m_writer.partyId(provider),
                m_writer.written().linkIds.at(index) };
            if (Error error = addRequest(sides, group, row.health, accountName, false)) {
                return error;
            }
        }
    }
    return {};
}

// Customers asking the regional sales team or customer service.
Error DemoRequests::addFromCustomers()
{
    const DemoData& data = m_writer.data();
    const QList<WrittenAccount>& accounts = m_writer.written().accounts;
    for (int i = 0; i < data.customerRequests; ++i) {
        const WrittenAccount& account = accounts.at(m_writer.below(accounts.size()));
        const AccountRow& source = data.accounts.at(account.row);
        const bool toService = source.segment != Potential && m_writer.chance(50);
        const PartyRef provider
            = department(toService ? data.customerService : data.cities.at(source.city).team);
        const Sides sides { account.id, provider, m_writer.partyId(provider), 0 };
        if (Error error
            = addRequest(sides, data.departments.at(provider.index).templates, Healthy, account.name, true)) {
            return error;
        }
    }
    return {};
}

// Department heads asking HR, finance and marketing outside any recorded pair.
Error DemoRequests::addOutsidePairs()
{
    const DemoData& data = m_writer.data();
    for (int i = 0; i < data.outsidePairRequests; ++i) {
        const int head = m_writer.pick(data.outsidePairRequesters);
        int service = m_writer.pick(data.outsidePairProviders);
        if (service == data.staff.at(head).department) {
            service = data.outsidePairFallback;
        }
        const PartyRef provider = department(service);
        const QString accountName = randomAccountName();
        const Sides sides { m_writer.partyId(person(head)), provider, m_writer.partyId(provider), 0 };
        if (Error error = addRequest(sides, service, Healthy, accountName, false)) {
            return error;
        }
    }
    return {};
}

const RequestTemplate& DemoRequests::chooseTemplate(int group, bool fromCustomer)
{
    QList<const RequestTemplate*> candidates;
    for (const RequestTemplate& candidate : m_writer.data().requestTemplates) {
        const bool audienceFits = fromCustomer ? candidate.audience != Audience::Colleagues
                                               : candidate.audience != Audience::Customers;
        if (candidate.group == group && audienceFits) {
            candidates << &candidate;
        }
    }
    return *m_writer.pick(candidates);
}

DemoRequests::Timing DemoRequests::startTiming()
{
    Timing timing;
    // A third of the year's requests are from the last month, as in a busy, living company.
    timing.daysAgo = m_writer.chance(35) ? m_writer.between(1, 30) : m_writer.between(31, 360);
    timing.created = m_writer.workingTime(timing.daysAgo);
    timing.priority = m_writer.weighted({ 15, 50, 25, 10 });
    static const int shortestDays[] = { 10, 5, 3, 1 };
    static const int longestDays[] = { 30, 14, 7, 2 };
    timing.due = timing.created.addDays(
        m_writer.between(shortestDays[timing.priority], longestDays[timing.priority]));
    return timing;
}

// {batch} is a year-week, {order} a sales order, {qty} a production quantity, {units} a few, {account} a
// customer.
Tokens DemoRequests::tokensFor(const QDateTime& created, const QString& accountName)
{
    int yearOfWeek = 0;
    const int week = created.date().weekNumber(&yearOfWeek);
    return {
        { QStringLiteral("{batch}"),
            QStringLiteral("%1-%2").arg(yearOfWeek).arg(week, 2, 10, QLatin1Char('0')) },
        { QStringLiteral("{order}"),
            QStringLiteral("SO-%1%2")
                .arg(created.date().year() % 100, 2, 10, QLatin1Char('0'))
                .arg(m_writer.between(100, 999)) },
        { QStringLiteral("{qty}"), QString::number(10 * m_writer.between(2, 40)) },
        { QStringLiteral("{units}"), QString::number(m_writer.between(2, 12)) },
        { QStringLiteral("{account}"), accountName },
    };
}

void DemoRequests::finishTiming(Timing& timing, Health health)
{
    // Old requests are mostly closed; recent ones are spread over every status.
    static const char* const statuses[]
        = { "open", "in_progress", "waiting", "done", "rejected", "cancelled" };
    static const QList<int> oldWeights { 2, 2, 1, 84, 6, 5 };
    static const QList<int> recentWeights { 22, 28, 12, 28, 5, 5 };
    const QDateTime now = m_writer.now();
    timing.status
        = QString::fromLatin1(statuses[m_writer.weighted(timing.daysAgo > 45 ? oldWeights : recentWeights)]);
    timing.isDone = timing.status == QLatin1String("done");
    timing.closed = timing.isDone || timing.status == QLatin1String("rejected")
        || timing.status == QLatin1String("cancelled");
    // Most open work is still within its time; some of it is late, which is what a manager looks for.
    if (!timing.closed && timing.due < now
        && m_writer.chance(health == Healthy ? 75
                : health == Strained         ? 55
                                             : 30)) {
        timing.due = now.addDays(m_writer.between(1, 21));
    }

    timing.latestPossible = now.addSecs(-600);
    auto clamp = [&](const QDateTime& time) {
        return std::max(timing.created.addSecs(600), std::min(time, timing.latestPossible));
    };
    const int latePercent = health == Healthy ? 10 : health == Strained ? 30 : 55;
    if (timing.isDone) {
        const qint64 window = timing.created.secsTo(timing.due);
        timing.closedAt = m_writer.chance(latePercent)
            ? timing.due.addDays(m_writer.between(1, 8)).addSecs(m_writer.between(0, 6) * 3600)
            : timing.created.addSecs(window * m_writer.between(30, 95) / 100);
        timing.closedAt = clamp(timing.closedAt);
    } else if (timing.closed) {
        timing.closedAt = clamp(timing.created.addSecs(m_writer.between(2, 72) * 3600));
    }
    timing.late = timing.isDone ? timing.closedAt > timing.due : !timing.closed && timing.due < now;
}

Error DemoRequests::addRequest(
    const Sides& sides, int group, Health health, const QString& accountName, bool fromCustomer)
{
    const RequestTemplate& chosen = chooseTemplate(group, fromCustomer);
    Timing timing = startTiming();
    const Tokens tokens = tokensFor(timing.created, accountName);
    finishTiming(timing, health);

    static const char* const priorities[] = { "low", "normal", "high", "urgent" };
    Values values {
        { QStringLiteral("requester"), QString::number(sides.requester) },
        { QStringLiteral("provider"), QString::number(sides.provider) },
        { QStringLiteral("title"), m_writer.text(chosen.title, tokens) },
        { QStringLiteral("description"), m_writer.text(chosen.description, tokens) },
        { QStringLiteral("acceptance"), m_writer.text(chosen.acceptance, tokens) },
        { QStringLiteral("priority"), QString::fromLatin1(priorities[timing.priority]) },
        { QStringLiteral("status"), timing.status },
        { QStringLiteral("created_at"), Clock::toIso(timing.created) },
        { QStringLiteral("due_at"), Clock::toIso(timing.due) },
    };
    if (sides.linkId > 0) {
        values.insert(QStringLiteral("link_id"), QString::number(sides.linkId));
    }
    if (timing.closed) {
        values.insert(QStringLiteral("closed_at"), Clock::toIso(timing.closedAt));
    }
    const QString delayReason = addDelay(values, timing, sides.providerParty);
    const int rating = addRatings(values, timing, health);
    qint64 id = 0;
    if (Error error = m_writer.add(entities::request(), values, &id)) {
        return error;
    }
    if (Error error = addEvents(id, sides, timing, values, delayReason, rating)) {
        return error;
    }
    return progress();
}

QString DemoRequests::addDelay(Values& values, const Timing& timing, PartyRef providerParty)
{
    if (!timing.late || !m_writer.chance(timing.isDone ? 50 : 65)) {
        return {};
    }
    const DemoData& data = m_writer.data();
    const Delay& delay = m_writer.pick(data.delays);
    // Whoever leads the providing side owns the fix.
    const int owner = providerParty.isDepartment       ? headOf(data, providerParty.index)
        : data.staff.at(providerParty.index).rank == 3 ? data.staff.at(providerParty.index).manager
                                                       : providerParty.index;
    values.insert(QStringLiteral("delay_reason"), m_writer.text(delay.reason));
    values.insert(QStringLiteral("corrective_action"), m_writer.text(delay.correctiveAction));
    values.insert(QStringLiteral("corrective_owner"), QString::number(m_writer.staffId(owner)));
    return m_writer.text(delay.reason);
}

int DemoRequests::addRatings(Values& values, const Timing& timing, Health health)
{
    if (!timing.isDone || !m_writer.chance(85)) {
        return 0;
    }
    const DemoData& data = m_writer.data();
    int rating = health == Healthy ? m_writer.between(4, 5)
        : health == Strained       ? m_writer.between(3, 5)
                                   : m_writer.between(2, 4);
    rating = std::max(1, timing.late ? rating - m_writer.between(1, 2) : rating);
    values.insert(QStringLiteral("requester_rating"), QString::number(rating));
    values.insert(QStringLiteral("requester_feedback"), m_writer.text(data.requesterFeedback.at(rating - 1)));
    if (m_writer.chance(40)) {
        const int providerRating = health == Broken ? m_writer.between(2, 4) : m_writer.between(3, 5);
        values.insert(QStringLiteral("provider_rating"), QString::number(providerRating));
        values.insert(
            QStringLiteral("provider_feedback"), m_writer.text(data.providerFeedback.at(providerRating - 1)));
    }
    return rating;
}

// The request's history: created, picked up, and how it ended.
Error DemoRequests::addEvents(qint64 id, const Sides& sides, const Timing& timing, const Values& values,
    const QString& delayReason, int rating)
{
    const QString eventInsert = QStringLiteral("INSERT INTO request_events (request_id, at, actor, kind, "
                                               "from_value, to_value, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    auto event = [&](const QDateTime& at, qint64 actor, const QString& kind, const QVariant& from,
                     const QVariant& to, const QVariant& note) {
        return m_writer.execute(eventInsert, { id, Clock::toIso(at), actor, kind, from, to, note });
    };
    const DemoData& data = m_writer.data();
    const QString& status = timing.status;
    const QString statusKind = QStringLiteral("status");
    const QString open = QStringLiteral("open");
    const QString inProgress = QStringLiteral("in_progress");
    const QVariant noText { QMetaType(QMetaType::QString) };
    // Adding the request wrote its "created" line as of now, by nobody: date and credit it as it happened.
    if (Error error = m_writer.execute(QStringLiteral("UPDATE request_events SET at = ?, actor = ? WHERE "
                                                      "request_id = ? AND kind = 'created'"),
            { Clock::toIso(timing.created), sides.requester, id })) {
        return error;
    }
    const QDateTime endOfWork = timing.closed ? timing.closedAt : timing.latestPossible;
    const QDateTime started
        = std::min(timing.created.addSecs(m_writer.between(1, 20) * 3600), endOfWork.addSecs(-60));
    if (status == inProgress || status == QLatin1String("waiting") || timing.isDone) {
        if (Error error = event(started, sides.provider, statusKind, open, inProgress, noText)) {
            return error;
        }
    }
    if (status == QLatin1String("waiting")) {
        const QDateTime waitingSince
            = std::min(started.addSecs(m_writer.between(2, 48) * 3600), timing.latestPossible);
        if (Error error = event(waitingSince, sides.provider, statusKind, inProgress, status,
                m_writer.text(data.waitingNote))) {
            return error;
        }
    }
    if (!delayReason.isEmpty()) {
        const QDateTime noticed
            = timing.due.addSecs(std::min<qint64>(86400, timing.due.secsTo(endOfWork) / 2));
        // As RequestWorkflow writes it: the fix's owner, the corrective action, the reason.
        if (Error error = event(noticed, sides.provider, QStringLiteral("delay"),
                values.value(QStringLiteral("corrective_owner")),
                values.value(QStringLiteral("corrective_action")), delayReason)) {
            return error;
        }
    }
    if (timing.closed) {
        const bool cancelled = status == QLatin1String("cancelled");
        const QVariant note = timing.isDone
            ? noText
            : QVariant(m_writer.text(cancelled ? data.cancelledNote : data.rejectedNote));
        if (Error error = event(timing.closedAt, cancelled ? sides.requester : sides.provider, statusKind,
                timing.isDone ? inProgress : open, status, note)) {
            return error;
        }
    }
    if (rating > 0) {
        if (Error error
            = event(timing.closedAt, sides.requester, QStringLiteral("rating"), QStringLiteral("requester"),
                QString::number(rating), m_writer.text(data.requesterFeedback.at(rating - 1)))) {
            return error;
        }
    }
    if (values.contains(QStringLiteral("provider_rating"))) {
        if (Error error = event(timing.closedAt, sides.provider, QStringLiteral("rating"),
                QStringLiteral("provider"), values.value(QStringLiteral("provider_rating")),
                values.value(QStringLiteral("provider_feedback")))) {
            return error;
        }
    }
    return {};
}

} // namespace tandem::demo
