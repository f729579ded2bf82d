#include "RequestWorkflow.h"

#include "Clock.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace tandem {

namespace {

const QStringList lifecycleOrder { QStringLiteral("open"), QStringLiteral("in_progress"),
    QStringLiteral("waiting"), QStringLiteral("done"), QStringLiteral("rejected"),
    QStringLiteral("cancelled") };

QString statusLabel(const QString& status)
{
    return labels::choice(QStringLiteral("status"), status);
}

QString ratingText(const std::optional<int>& rating)
{
    return rating ? QString::number(*rating) : QString();
}

} // namespace

RequestWorkflow::RequestWorkflow(Database& database)
    : m_database(database)
{ }

bool RequestWorkflow::isOpen(const QString& status)
{
    return status == QLatin1String("open") || status == QLatin1String("in_progress")
        || status == QLatin1String("waiting");
}

bool RequestWorkflow::isClosed(const QString& status)
{
    return status == QLatin1String("done") || status == QLatin1String("rejected")
        || status == QLatin1String("cancelled");
}

bool RequestWorkflow::allows(const QString& from, const QString& to)
{
    if (!lifecycleOrder.contains(from) || !lifecycleOrder.contains(to) || from == to) {
        return false;
    }
    if (isClosed(from)) {
        return to == QLatin1String("open"); // reopening
    }
    // Work that has started does not go back to untouched; it waits or goes on.
    return !(to == QLatin1String("open"));
}

QStringList RequestWorkflow::nextStatuses(const QString& from)
{
    QStringList next;
    for (const QString& status : lifecycleOrder) {
        if (allows(from, status)) {
            next << status;
        }
    }
    return next;
}

Result<bool> RequestWorkflow::isOverdue(qint64 request) const
{
    auto overdue = sql::scalar(m_database.connection(),
        QStringLiteral("SELECT CASE WHEN status IN ('open', 'in_progress', 'waiting') AND due_at < ? THEN 1 "
                       "ELSE 0 END FROM service_requests WHERE id = ?"),
        { Clock::nowIso(), request });
    if (!overdue) {
        return overdue.error();
    }
    if (!overdue->isValid()) {
        return Error::notFound(
            QCoreApplication::translate("tandem::RequestWorkflow", "There is no request %1.").arg(request));
    }
    return overdue->toInt() == 1;
}

bool RequestWorkflow::delayExplained(const QMap<QString, QString>& current)
{
    return !current.value(QStringLiteral("delay_reason")).isEmpty()
        && !current.value(QStringLiteral("corrective_action")).isEmpty()
        && !current.value(QStringLiteral("corrective_owner")).isEmpty();
}

Result<RequestWorkflow::StepNeeds> RequestWorkflow::needs(qint64 request, const QString& to) const
{
    auto record = EntityStore(m_database).get(entities::request(), request);
    if (!record) {
        return record.error();
    }
    StepNeeds needs;
    needs.ratings = isClosed(to);
    const bool goingOn
        = to == QLatin1String("in_progress") || to == QLatin1String("waiting") || to == QLatin1String("done");
    if (goingOn) {
        auto overdue = isOverdue(request);
        if (!overdue) {
            return overdue.error();
        }
        needs.delay = *overdue && !delayExplained(EntityStore::asText(entities::request(), *record));
    }
    return needs;
}

Error RequestWorkflow::checkRating(const Rating& rating, const QString& field) const
{
    if (rating.rating && (*rating.rating < 1 || *rating.rating > 5)) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Field %1 must be a rating from 1 to 5, not '%2'.")
                                   .arg(field)
                                   .arg(*rating.rating));
    }
    if (!rating.rating && !rating.feedback.trimmed().isEmpty()) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Field %1: feedback goes with a rating from 1 to 5.")
                                   .arg(field));
    }
    return {};
}

Result<RequestWorkflow::Step> RequestWorkflow::changeStatus(qint64 request, const StatusChange& change)
{
    auto record = EntityStore(m_database).get(entities::request(), request);
    if (!record) {
        return record.error();
    }
    const QMap<QString, QString> current = EntityStore::asText(entities::request(), *record);
    const QString from = current.value(QStringLiteral("status"));
    if (!lifecycleOrder.contains(change.to)) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Field status must be one of %1, not '%2'.")
                                   .arg(lifecycleOrder.join(QStringLiteral(", ")), change.to));
    }
    if (from == change.to) {
        return Error::badInput(
            QCoreApplication::translate("tandem::RequestWorkflow", "Field status: the request is already %1.")
                .arg(statusLabel(from)));
    }
    if (!allows(from, change.to)) {
        return Error::badInput(isClosed(from) ? QCoreApplication::translate("tandem::RequestWorkflow",
                                   "Field status: a request that is %1 can only be reopened.")
                                                    .arg(statusLabel(from))
                                              : QCoreApplication::translate("tandem::RequestWorkflow",
                                                  "Field status: a request cannot go from %1 back to %2.")
                                                    .arg(statusLabel(from), statusLabel(change.to)));
    }
    const bool closing = isClosed(change.to);
    if (!closing && (change.byRequester.rating || change.byProvider.rating)) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Field requester_rating: only a closed request can be rated."));
    }
    if (Error error = checkRating(change.byRequester, QStringLiteral("requester_rating"))) {
        return error;
    }
    if (Error error = checkRating(change.byProvider, QStringLiteral("provider_rating"))) {
        return error;
    }

    QMap<QString, QString> changes { { QStringLiteral("status"), change.to } };
    QList<QStringList> events;
    // Late work: going on with an overdue request needs its cause and its fix on record.
    const bool goingOn = change.to == QLatin1String("in_progress") || change.to == QLatin1String("waiting")
        || change.to == QLatin1String("done");
    if (change.delay) {
        const Delay& delay = *change.delay;
        if (delay.reason.trimmed().isEmpty() || delay.correctiveAction.trimmed().isEmpty() || !delay.owner) {
            return Error::badInput(QCoreApplication::translate("tandem::RequestWorkflow",
                "Field delay_reason: late work needs a delay reason, a corrective action and its owner."));
        }
        changes.insert(QStringLiteral("delay_reason"), delay.reason);
        changes.insert(QStringLiteral("corrective_action"), delay.correctiveAction);
        changes.insert(QStringLiteral("corrective_owner"), QString::number(delay.owner));
        events << QStringList { QStringLiteral("delay"), QString::number(delay.owner), delay.correctiveAction,
            delay.reason };
    } else if (goingOn) {
        auto overdue = isOverdue(request);
        if (!overdue) {
            return overdue.error();
        }
        if (*overdue && !delayExplained(current)) {
            return Error::badInput(QCoreApplication::translate("tandem::RequestWorkflow",
                "Field delay_reason: the request is overdue; record a delay reason, a "
                "corrective action and its owner before going on with it."));
        }
    }
    events << QStringList { QStringLiteral("status"), from, change.to, change.note.trimmed() };
    if (closing) {
        changes.insert(QStringLiteral("closed_at"), Clock::nowIso());
        changes.insert(QStringLiteral("requester_rating"), ratingText(change.byRequester.rating));
        changes.insert(QStringLiteral("requester_feedback"), change.byRequester.feedback.trimmed());
        changes.insert(QStringLiteral("provider_rating"), ratingText(change.byProvider.rating));
        changes.insert(QStringLiteral("provider_feedback"), change.byProvider.feedback.trimmed());
        if (change.byRequester.rating) {
            events << QStringList { QStringLiteral("rating"), QStringLiteral("requester"),
                ratingText(change.byRequester.rating), change.byRequester.feedback.trimmed() };
        }
        if (change.byProvider.rating) {
            events << QStringList { QStringLiteral("rating"), QStringLiteral("provider"),
                ratingText(change.byProvider.rating), change.byProvider.feedback.trimmed() };
        }
    } else if (isClosed(from)) {
        // Reopened: the ratings judged a closing that no longer stands; the history keeps them.
        for (const char* field : { "closed_at", "requester_rating", "requester_feedback", "provider_rating",
                 "provider_feedback" }) {
            changes.insert(QString::fromLatin1(field), QString());
        }
    }
    return apply(request, changes, events);
}

Result<RequestWorkflow::Step> RequestWorkflow::comment(qint64 request, const QString& note)
{
    if (note.trimmed().isEmpty()) {
        return Error::badInput(
            QCoreApplication::translate("tandem::RequestWorkflow", "Field note: a comment needs some text."));
    }
    auto record = EntityStore(m_database).get(entities::request(), request);
    if (!record) {
        return record.error();
    }
    return apply(request, {}, { { QStringLiteral("comment"), QString(), QString(), note.trimmed() } });
}

Result<RequestWorkflow::Step> RequestWorkflow::reassign(qint64 request, qint64 provider, const QString& note)
{
    EntityStore store(m_database);
    auto record = store.get(entities::request(), request);
    if (!record) {
        return record.error();
    }
    const QMap<QString, QString> current = EntityStore::asText(entities::request(), *record);
    if (isClosed(current.value(QStringLiteral("status")))) {
        return Error::badInput(QCoreApplication::translate("tandem::RequestWorkflow",
            "Field provider: a closed request cannot be reassigned; reopen it first."));
    }
    const QString from = current.value(QStringLiteral("provider"));
    if (from == QString::number(provider)) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Field provider: the request is already with %1.")
                                   .arg(store.displayName(QStringLiteral("party"), provider)));
    }
    // The request now travels along the pair of its requester and its new provider, if they have one.
    auto link = sql::scalar(m_database.connection(),
        QStringLiteral(
            "SELECT id FROM internal_links WHERE (a_party = ? AND b_party = ?) OR (a_party = ? AND "
            "b_party = ?) ORDER BY id LIMIT 1"),
        { current.value(QStringLiteral("requester")).toLongLong(), provider, provider,
            current.value(QStringLiteral("requester")).toLongLong() });
    if (!link) {
        return link.error();
    }
    const QMap<QString, QString> changes { { QStringLiteral("provider"), QString::number(provider) },
        { QStringLiteral("link_id"), link->isValid() ? link->toString() : QString() } };
    return apply(request, changes,
        { { QStringLiteral("reassign"), from, QString::number(provider), note.trimmed() } });
}

Result<RequestWorkflow::Step> RequestWorkflow::recordDelay(qint64 request, const Delay& delay)
{
    if (delay.reason.trimmed().isEmpty()) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Field delay_reason: say why the work is late."));
    }
    if (delay.correctiveAction.trimmed().isEmpty()) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Field corrective_action: say what will stop it happening again."));
    }
    if (!delay.owner) {
        return Error::badInput(QCoreApplication::translate("tandem::RequestWorkflow",
            "Field corrective_owner: name the colleague who owns the corrective action."));
    }
    auto record = EntityStore(m_database).get(entities::request(), request);
    if (!record) {
        return record.error();
    }
    const QMap<QString, QString> changes { { QStringLiteral("delay_reason"), delay.reason },
        { QStringLiteral("corrective_action"), delay.correctiveAction },
        { QStringLiteral("corrective_owner"), QString::number(delay.owner) } };
    return apply(request, changes,
        { { QStringLiteral("delay"), QString::number(delay.owner), delay.correctiveAction.trimmed(),
            delay.reason.trimmed() } });
}

Result<RequestWorkflow::Step> RequestWorkflow::rate(qint64 request, Side side, const Rating& rating)
{
    Ratings ratings;
    (side == Side::Requester ? ratings.byRequester : ratings.byProvider) = rating;
    return rate(request, ratings);
}

Result<RequestWorkflow::Step> RequestWorkflow::rate(qint64 request, const Ratings& ratings)
{
    if (!ratings.byRequester && !ratings.byProvider) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Choose a rating from 1 to 5 for at least one side."));
    }
    QMap<QString, QString> changes;
    QList<QStringList> events;
    for (const auto& [prefix, given] : { std::pair { QStringLiteral("requester"), ratings.byRequester },
             std::pair { QStringLiteral("provider"), ratings.byProvider } }) {
        if (!given) {
            continue;
        }
        if (Error error = checkRating(*given, prefix + QStringLiteral("_rating"))) {
            return error;
        }
        if (!given->rating) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::RequestWorkflow", "Field %1_rating: choose a rating from 1 to 5.")
                                       .arg(prefix));
        }
        changes.insert(prefix + QStringLiteral("_rating"), ratingText(given->rating));
        changes.insert(prefix + QStringLiteral("_feedback"), given->feedback.trimmed());
        events << QStringList { QStringLiteral("rating"), prefix, ratingText(given->rating),
            given->feedback.trimmed() };
    }
    auto record = EntityStore(m_database).get(entities::request(), request);
    if (!record) {
        return record.error();
    }
    if (!isClosed(recordValue(*record, QStringLiteral("status")).toString())) {
        return Error::badInput(
            QCoreApplication::translate(
                "tandem::RequestWorkflow", "Field %1_rating: only a closed request can be rated.")
                .arg(ratings.byRequester ? QStringLiteral("requester") : QStringLiteral("provider")));
    }
    return apply(request, changes, events);
}

Result<RequestWorkflow::Step> RequestWorkflow::apply(
    qint64 request, const QMap<QString, QString>& changes, const QList<QStringList>& events)
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    Step step;
    step.request = request;
    if (!changes.isEmpty()) {
        auto previous = EntityStore(m_database).update(entities::request(), request, changes);
        if (!previous) {
            return previous.error();
        }
        step.previous = *previous;
    }
    for (const QStringList& event : events) {
        if (Error error = addEvent(request, event)) {
            return error;
        }
        if (!step.firstEvent) {
            auto id
                = sql::scalar(m_database.connection(), QStringLiteral("SELECT max(id) FROM request_events"));
            if (!id) {
                return id.error();
            }
            step.firstEvent = id->toLongLong();
        }
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    return step;
}

Error RequestWorkflow::addEvent(qint64 request, const QStringList& event)
{
    auto added = sql::run(m_database.connection(),
        QStringLiteral("INSERT INTO request_events (request_id, at, actor, kind, from_value, to_value, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { request, Clock::nowIso(), m_database.actorParty() ? QVariant(m_database.actorParty()) : QVariant(),
            event.value(0), event.value(1).isEmpty() ? QVariant() : QVariant(event.value(1)),
            event.value(2).isEmpty() ? QVariant() : QVariant(event.value(2)),
            event.value(3).isEmpty() ? QVariant() : QVariant(event.value(3)) });
    return added ? Error() : added.error();
}

Error RequestWorkflow::undo(const Step& step)
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    if (!step.previous.isEmpty()) {
        auto restored = EntityStore(m_database).update(entities::request(), step.request, step.previous);
        if (!restored) {
            return restored.error();
        }
    }
    if (step.firstEvent) {
        auto removed = sql::run(m_database.connection(),
            QStringLiteral("DELETE FROM request_events WHERE request_id = ? AND id >= ?"),
            { step.request, step.firstEvent });
        if (!removed) {
            return removed.error();
        }
    }
    return transaction.commit();
}

Error RequestWorkflow::recordCreated(Database& database, qint64 request)
{
    auto added = sql::run(database.connection(),
        QStringLiteral(
            "INSERT INTO request_events (request_id, at, actor, kind) VALUES (?, ?, ?, 'created')"),
        { request, Clock::nowIso(), database.actorParty() ? QVariant(database.actorParty()) : QVariant() });
    return added ? Error() : added.error();
}

Result<QList<RequestWorkflow::Event>> RequestWorkflow::history(qint64 request) const
{
    auto rows = sql::run(m_database.connection(),
        QStringLiteral(
            "SELECT e.id, e.at, p.display_name, e.kind, e.from_value, e.to_value, e.note FROM "
            "request_events e LEFT JOIN parties p ON p.id = e.actor WHERE e.request_id = ? ORDER BY "
            "e.at, e.id"),
        { request });
    if (!rows) {
        return rows.error();
    }
    EntityStore store(m_database);
    auto partyName = [&](const QString& id) {
        const QString name
            = id.isEmpty() ? QString() : store.displayName(QStringLiteral("party"), id.toLongLong());
        return name.isEmpty()
            ? QCoreApplication::translate("tandem::RequestWorkflow", "someone no longer in Tandem")
            : name;
    };
    QList<Event> events;
    while (rows->next()) {
        Event event { rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
            rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
            rows->value(6).toString(), QString() };
        if (event.kind == QLatin1String("created")) {
            event.text = QCoreApplication::translate("tandem::RequestWorkflow", "Raised");
        } else if (event.kind == QLatin1String("status")) {
            event.text = isClosed(event.fromValue) && event.toValue == QLatin1String("open")
                ? QCoreApplication::translate("tandem::RequestWorkflow", "Reopened (was %1)")
                      .arg(statusLabel(event.fromValue))
                : QCoreApplication::translate("tandem::RequestWorkflow", "Status: %1 → %2")
                      .arg(statusLabel(event.fromValue), statusLabel(event.toValue));
        } else if (event.kind == QLatin1String("reassign")) {
            event.text = QCoreApplication::translate("tandem::RequestWorkflow", "Reassigned from %1 to %2")
                             .arg(partyName(event.fromValue), partyName(event.toValue));
        } else if (event.kind == QLatin1String("rating")) {
            event.text = event.fromValue == QLatin1String("provider")
                ? QCoreApplication::translate(
                    "tandem::RequestWorkflow", "The provider rated what the requester supplied %1/5")
                      .arg(event.toValue)
                : QCoreApplication::translate(
                    "tandem::RequestWorkflow", "The requester rated the service %1/5")
                      .arg(event.toValue);
        } else if (event.kind == QLatin1String("delay")) {
            // A delay line keeps the corrective action's owner in from_value and the action in to_value.
            event.text = QCoreApplication::translate(
                "tandem::RequestWorkflow", "Late: corrective action \"%1\", owned by %2")
                             .arg(event.toValue, partyName(event.fromValue));
        } else {
            event.text = QCoreApplication::translate("tandem::RequestWorkflow", "Comment");
        }
        events << event;
    }
    // Edits of the request itself (its title, description, acceptance, priority, due date) come from the
    // audit log, so that the history tells the whole story.
    auto edits = sql::run(m_database.connection(),
        QStringLiteral(
            "SELECT id, at, actor, field, old_value, new_value FROM audit_log WHERE entity = 'request' "
            "AND entity_id = ? AND action = 'update' AND field IN ('title', 'description', "
            "'acceptance', 'priority', 'due_at') ORDER BY id"),
        { request });
    if (!edits) {
        return edits.error();
    }
    while (edits->next()) {
        Event event { 0, edits->value(1).toString(), edits->value(2).toString(), QStringLiteral("edit"),
            edits->value(4).toString(), edits->value(5).toString(), QString(), QString() };
        const QString field = edits->value(3).toString();
        const Field* described = entities::request().field(field);
        auto shown = [&](const QString& value) {
            if (value.isEmpty()) {
                return QCoreApplication::translate("tandem::RequestWorkflow", "(none)");
            }
            if (field == QLatin1String("priority")) {
                return labels::choice(field, value);
            }
            if (field == QLatin1String("due_at")) {
                return QLocale().toString(
                    QDateTime::fromString(value, Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
            }
            return value.simplified();
        };
        event.text = QCoreApplication::translate("tandem::RequestWorkflow", "%1: %2 → %3")
                         .arg(described ? labels::field(*described) : field, shown(event.fromValue),
                             shown(event.toValue));
        events << event;
    }
    std::stable_sort(
        events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    return events;
}

} // namespace tandem
