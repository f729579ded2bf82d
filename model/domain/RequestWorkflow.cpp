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

// A status as stored, in words; a text that is no status stays as it is.
QString statusLabel(const QString& status)
{
    return labels::choice(QStringLiteral("status"), status);
}

QString ratingText(const std::optional<int>& rating)
{
    return rating ? QString::number(*rating) : QString();
}

// Work that goes on (started, waiting or done): late work needs its delay explained first.
bool goesOn(RequestStatus to)
{
    return to == RequestStatus::InProgress || to == RequestStatus::Waiting || to == RequestStatus::Done;
}

const QString delayKind = QStringLiteral("delay");

} // namespace

RequestWorkflow::RequestWorkflow(Database& database)
    : m_database(database)
{ }

bool RequestWorkflow::isOpen(const QString& status)
{
    const std::optional<RequestStatus> word = words::fromStored<RequestStatus>(status);
    return word && tandem::isOpen(*word);
}

bool RequestWorkflow::isClosed(const QString& status)
{
    const std::optional<RequestStatus> word = words::fromStored<RequestStatus>(status);
    return word && tandem::isClosed(*word);
}

bool RequestWorkflow::allows(RequestStatus from, RequestStatus to)
{
    if (from == to) {
        return false;
    }
    if (tandem::isClosed(from)) {
        return to == RequestStatus::Open; // reopening
    }
    // Work that has started does not go back to untouched; it waits or goes on.
    return to != RequestStatus::Open;
}

QList<RequestStatus> RequestWorkflow::nextStatuses(RequestStatus from)
{
    QList<RequestStatus> next;
    for (RequestStatus status : words::all<RequestStatus>()) {
        if (allows(from, status)) {
            next << status;
        }
    }
    return next;
}

RequestWorkflow::State RequestWorkflow::stateOf(qint64 request, const QMap<QString, QString>& current)
{
    State state;
    state.request = request;
    state.status = words::fromStored<RequestStatus>(current.value(QStringLiteral("status")))
                       .value_or(RequestStatus::Open);
    state.requester = current.value(QStringLiteral("requester")).toLongLong();
    state.provider = current.value(QStringLiteral("provider")).toLongLong();
    state.overdue = isOverdue(
        current.value(QStringLiteral("status")), current.value(QStringLiteral("due_at")), Clock::nowIso());
    state.delayExplained = !current.value(QStringLiteral("delay_reason")).isEmpty()
        && !current.value(QStringLiteral("corrective_action")).isEmpty()
        && !current.value(QStringLiteral("corrective_owner")).isEmpty();
    return state;
}

Result<RequestWorkflow::State> RequestWorkflow::state(qint64 request) const
{
    auto record = EntityStore(m_database).get(entities::request(), request);
    if (!record) {
        return record.error();
    }
    return stateOf(request, EntityStore::asText(entities::request(), *record));
}

bool RequestWorkflow::isOverdue(const QString& status, const QString& dueAt, const QString& now)
{
    return isOpen(status) && !dueAt.isEmpty() && dueAt < now;
}

int RequestWorkflow::daysOverdue(const QString& dueAt, const QDateTime& now)
{
    const QDate dueDay = QDateTime::fromString(dueAt, Qt::ISODate).toLocalTime().date();
    return int(qMax<qint64>(0, dueDay.daysTo(now.toLocalTime().date())));
}

Result<bool> RequestWorkflow::isOverdue(qint64 request) const
{
    auto current = state(request);
    if (!current) {
        return current.error();
    }
    return current->overdue;
}

RequestWorkflow::StepNeeds RequestWorkflow::needs(const State& state, RequestStatus to)
{
    StepNeeds needs;
    needs.ratings = tandem::isClosed(to);
    needs.delay = goesOn(to) && state.overdue && !state.delayExplained;
    needs.late = state.overdue;
    return needs;
}

Result<RequestWorkflow::StepNeeds> RequestWorkflow::needs(qint64 request, RequestStatus to) const
{
    auto current = state(request);
    if (!current) {
        return current.error();
    }
    return needs(*current, to);
}

Error RequestWorkflow::checkRating(const Rating& rating, const QString& field)
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

Error RequestWorkflow::check(const State& state, const StatusChange& change) const
{
    const std::optional<RequestStatus> to = words::fromStored<RequestStatus>(change.to);
    if (!to) {
        return Error::badInput(
            QCoreApplication::translate(
                "tandem::RequestWorkflow", "Field status must be one of %1, not '%2'.")
                .arg(words::storedTexts<RequestStatus>().join(QStringLiteral(", ")), change.to));
    }
    const RequestStatus from = state.status;
    if (from == *to) {
        return Error::badInput(
            QCoreApplication::translate("tandem::RequestWorkflow", "Field status: the request is already %1.")
                .arg(words::label(from)));
    }
    if (!allows(from, *to)) {
        return Error::badInput(tandem::isClosed(from)
                ? QCoreApplication::translate(
                    "tandem::RequestWorkflow", "Field status: a request that is %1 can only be reopened.")
                      .arg(words::label(from))
                : QCoreApplication::translate(
                    "tandem::RequestWorkflow", "Field status: a request cannot go from %1 back to %2.")
                      .arg(words::label(from), words::label(*to)));
    }
    if (!tandem::isClosed(*to) && (change.byRequester.rating || change.byProvider.rating)) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Field requester_rating: only a closed request can be rated."));
    }
    if (Error error = checkRating(change.byRequester, QStringLiteral("requester_rating"))) {
        return error;
    }
    if (Error error = checkRating(change.byProvider, QStringLiteral("provider_rating"))) {
        return error;
    }
    // Late work: going on with an overdue request needs its cause and its fix on record.
    if (change.delay) {
        const Delay& delay = *change.delay;
        if (delay.reason.trimmed().isEmpty() || delay.correctiveAction.trimmed().isEmpty() || !delay.owner) {
            return Error::badInput(QCoreApplication::translate("tandem::RequestWorkflow",
                "Field delay_reason: late work needs a delay reason, a corrective action and its owner."));
        }
    } else if (needs(state, *to).delay) {
        return Error::badInput(QCoreApplication::translate("tandem::RequestWorkflow",
            "Field delay_reason: the request is overdue; record a delay reason, a "
            "corrective action and its owner before going on with it."));
    }
    return {};
}

Error RequestWorkflow::checkComment(const QString& note)
{
    if (note.trimmed().isEmpty()) {
        return Error::badInput(
            QCoreApplication::translate("tandem::RequestWorkflow", "Field note: a comment needs some text."));
    }
    return {};
}

Error RequestWorkflow::checkReassign(const State& state, qint64 provider) const
{
    if (tandem::isClosed(state.status)) {
        return Error::badInput(QCoreApplication::translate("tandem::RequestWorkflow",
            "Field provider: a closed request cannot be reassigned; reopen it first."));
    }
    if (state.provider == provider) {
        return Error::badInput(
            QCoreApplication::translate(
                "tandem::RequestWorkflow", "Field provider: the request is already with %1.")
                .arg(EntityStore(m_database).displayName(QStringLiteral("party"), provider)));
    }
    return {};
}

Error RequestWorkflow::checkDelay(const Delay& delay)
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
    return {};
}

Error RequestWorkflow::checkRatings(const State& state, const Ratings& ratings)
{
    if (!ratings.byRequester && !ratings.byProvider) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::RequestWorkflow", "Choose a rating from 1 to 5 for at least one side."));
    }
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
    }
    if (!tandem::isClosed(state.status)) {
        return Error::badInput(
            QCoreApplication::translate(
                "tandem::RequestWorkflow", "Field %1_rating: only a closed request can be rated.")
                .arg(ratings.byRequester ? QStringLiteral("requester") : QStringLiteral("provider")));
    }
    return {};
}

Result<RequestWorkflow::State> RequestWorkflow::allowedState(
    qint64 request, const std::function<Error(const State&)>& check) const
{
    auto current = state(request);
    if (!current) {
        return current.error();
    }
    if (Error error = check(*current)) {
        return error;
    }
    return current;
}

Result<RequestWorkflow::Step> RequestWorkflow::changeStatus(qint64 request, const StatusChange& change)
{
    auto current = allowedState(request, [&](const State& state) { return check(state, change); });
    if (!current) {
        return current.error();
    }
    const RequestStatus from = current->status;
    const RequestStatus to = *words::fromStored<RequestStatus>(change.to);
    QMap<QString, QString> changes { { QStringLiteral("status"), change.to } };
    QList<HistoryLine> lines;
    if (change.delay) {
        const Delay& delay = *change.delay;
        changes.insert(QStringLiteral("delay_reason"), delay.reason);
        changes.insert(QStringLiteral("corrective_action"), delay.correctiveAction);
        changes.insert(QStringLiteral("corrective_owner"), QString::number(delay.owner));
        lines << HistoryLine { delayKind, QString(), delay.correctiveAction, delay.reason, delay.owner };
    }
    lines << HistoryLine { QStringLiteral("status"), words::stored(from), change.to, change.note.trimmed() };
    if (tandem::isClosed(to)) {
        changes.insert(QStringLiteral("closed_at"), Clock::nowIso());
        changes.insert(QStringLiteral("requester_rating"), ratingText(change.byRequester.rating));
        changes.insert(QStringLiteral("requester_feedback"), change.byRequester.feedback.trimmed());
        changes.insert(QStringLiteral("provider_rating"), ratingText(change.byProvider.rating));
        changes.insert(QStringLiteral("provider_feedback"), change.byProvider.feedback.trimmed());
        if (change.byRequester.rating) {
            lines << HistoryLine { QStringLiteral("rating"), QStringLiteral("requester"),
                ratingText(change.byRequester.rating), change.byRequester.feedback.trimmed() };
        }
        if (change.byProvider.rating) {
            lines << HistoryLine { QStringLiteral("rating"), QStringLiteral("provider"),
                ratingText(change.byProvider.rating), change.byProvider.feedback.trimmed() };
        }
    } else if (tandem::isClosed(from)) {
        // Reopened: the ratings judged a closing that no longer stands; the history keeps them.
        for (const char* field : { "closed_at", "requester_rating", "requester_feedback", "provider_rating",
                 "provider_feedback" }) {
            changes.insert(QString::fromLatin1(field), QString());
        }
    }
    return apply(request, changes, lines);
}

Result<RequestWorkflow::Step> RequestWorkflow::comment(qint64 request, const QString& note)
{
    if (Error error = checkComment(note)) {
        return error;
    }
    auto current = state(request);
    if (!current) {
        return current.error();
    }
    return apply(
        request, {}, { HistoryLine { QStringLiteral("comment"), QString(), QString(), note.trimmed() } });
}

Result<RequestWorkflow::Step> RequestWorkflow::reassign(qint64 request, qint64 provider, const QString& note)
{
    auto current = allowedState(request, [&](const State& state) { return checkReassign(state, provider); });
    if (!current) {
        return current.error();
    }
    // The request now travels along the pair of its requester and its new provider, if they have one.
    auto link = sql::scalar(m_database.connection(),
        QStringLiteral(
            "SELECT id FROM internal_links WHERE (a_party = ? AND b_party = ?) OR (a_party = ? AND "
            "b_party = ?) ORDER BY id LIMIT 1"),
        { current->requester, provider, provider, current->requester });
    if (!link) {
        return link.error();
    }
    const QMap<QString, QString> changes { { QStringLiteral("provider"), QString::number(provider) },
        { QStringLiteral("link_id"), link->isValid() ? link->toString() : QString() } };
    return apply(request, changes,
        { HistoryLine { QStringLiteral("reassign"), QString::number(current->provider),
            QString::number(provider), note.trimmed() } });
}

Result<RequestWorkflow::Step> RequestWorkflow::recordDelay(qint64 request, const Delay& delay)
{
    if (Error error = checkDelay(delay)) {
        return error;
    }
    auto current = state(request);
    if (!current) {
        return current.error();
    }
    const QMap<QString, QString> changes { { QStringLiteral("delay_reason"), delay.reason },
        { QStringLiteral("corrective_action"), delay.correctiveAction },
        { QStringLiteral("corrective_owner"), QString::number(delay.owner) } };
    return apply(request, changes,
        { HistoryLine {
            delayKind, QString(), delay.correctiveAction.trimmed(), delay.reason.trimmed(), delay.owner } });
}

Result<RequestWorkflow::Step> RequestWorkflow::rate(qint64 request, Side side, const Rating& rating)
{
    Ratings ratings;
    (side == Side::Requester ? ratings.byRequester : ratings.byProvider) = rating;
    return rate(request, ratings);
}

Result<RequestWorkflow::Step> RequestWorkflow::rate(qint64 request, const Ratings& ratings)
{
    auto current = allowedState(request, [&](const State& state) { return checkRatings(state, ratings); });
    if (!current) {
        return current.error();
    }
    QMap<QString, QString> changes;
    QList<HistoryLine> lines;
    for (const auto& [prefix, given] : { std::pair { QStringLiteral("requester"), ratings.byRequester },
             std::pair { QStringLiteral("provider"), ratings.byProvider } }) {
        if (given) {
            changes.insert(prefix + QStringLiteral("_rating"), ratingText(given->rating));
            changes.insert(prefix + QStringLiteral("_feedback"), given->feedback.trimmed());
            lines << HistoryLine { QStringLiteral("rating"), prefix, ratingText(given->rating),
                given->feedback.trimmed() };
        }
    }
    return apply(request, changes, lines);
}

Result<RequestWorkflow::Step> RequestWorkflow::apply(
    qint64 request, const QMap<QString, QString>& changes, const QList<HistoryLine>& lines)
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    Step step;
    step.request = request;
    if (!changes.isEmpty()) {
        auto edited
            = EntityStore(m_database).update(entities::request(), request, changes, RecordVersion::Seen {});
        if (!edited) {
            return edited.error();
        }
        step.previous = edited->previous;
        step.version = edited->version;
    }
    for (const HistoryLine& line : lines) {
        if (Error error = addLine(m_database, request, line)) {
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

Error RequestWorkflow::addLine(Database& database, qint64 request, const HistoryLine& line)
{
    const auto orNull = [](const QString& text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    // A delay line's owner is kept in from_value (see HistoryLine).
    const QString fromValue = line.kind == delayKind ? QString::number(line.owner) : line.from;
    auto added = sql::run(database.connection(),
        QStringLiteral("INSERT INTO request_events (request_id, at, actor, kind, from_value, to_value, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { request, Clock::nowIso(), database.actorParty() ? QVariant(database.actorParty()) : QVariant(),
            line.kind, orNull(fromValue), orNull(line.to), orNull(line.note) });
    return added ? Error() : added.error();
}

Error RequestWorkflow::undo(const Step& step)
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    if (!step.previous.isEmpty()) {
        // Not over a change someone else made to the request since the step.
        auto restored = EntityStore(m_database)
                            .update(entities::request(), step.request, step.previous,
                                { step.version, RecordVersion::Purpose::Undo });
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
    return addLine(database, request, HistoryLine { QStringLiteral("created"), {}, {}, {}, 0 });
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
    auto partyName = [&](qint64 id) {
        const QString name = id ? store.displayName(QStringLiteral("party"), id) : QString();
        return name.isEmpty()
            ? QCoreApplication::translate("tandem::RequestWorkflow", "someone no longer in Tandem")
            : name;
    };
    QList<Event> events;
    while (rows->next()) {
        HistoryLine line { rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toString(),
            rows->value(6).toString(), 0 };
        if (line.kind == delayKind) {
            line.owner = line.from.toLongLong();
            line.from.clear();
        }
        Event event { rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(), line,
            QString() };
        if (line.kind == QLatin1String("created")) {
            event.text = QCoreApplication::translate("tandem::RequestWorkflow", "Raised");
        } else if (line.kind == QLatin1String("status")) {
            event.text = isClosed(line.from) && line.to == words::stored(RequestStatus::Open)
                ? QCoreApplication::translate("tandem::RequestWorkflow", "Reopened (was %1)")
                      .arg(statusLabel(line.from))
                : QCoreApplication::translate("tandem::RequestWorkflow", "Status: %1 → %2")
                      .arg(statusLabel(line.from), statusLabel(line.to));
        } else if (line.kind == QLatin1String("reassign")) {
            event.text = QCoreApplication::translate("tandem::RequestWorkflow", "Reassigned from %1 to %2")
                             .arg(partyName(line.from.toLongLong()), partyName(line.to.toLongLong()));
        } else if (line.kind == QLatin1String("rating")) {
            event.text = line.from == QLatin1String("provider")
                ? QCoreApplication::translate(
                    "tandem::RequestWorkflow", "The provider rated what the requester supplied %1/5")
                      .arg(line.to)
                : QCoreApplication::translate(
                    "tandem::RequestWorkflow", "The requester rated the service %1/5")
                      .arg(line.to);
        } else if (line.kind == delayKind) {
            event.text = QCoreApplication::translate(
                "tandem::RequestWorkflow", "Late: corrective action \"%1\", owned by %2")
                             .arg(line.to, partyName(line.owner));
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
        Event event { 0, edits->value(1).toString(), edits->value(2).toString(),
            HistoryLine {
                QStringLiteral("edit"), edits->value(4).toString(), edits->value(5).toString(), {}, 0 },
            QString() };
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
                         .arg(described ? labels::field(*described) : field, shown(event.line.from),
                             shown(event.line.to));
        events << event;
    }
    std::stable_sort(
        events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    return events;
}

} // namespace tandem
