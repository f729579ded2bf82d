#pragma once

#include "Error.h"
#include "Words.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace tandem {

class Database;

// What can happen to a service request after it is raised: its lifecycle, comments, reassignment, the
// handling of late work and the two ratings. Each step changes the request and adds a line to its history
// (request_events) in one transaction, and returns what undo() needs to take it back.
//
// The lifecycle: open → in progress, waiting, done, rejected or cancelled; in progress ↔ waiting; any closed
// request (done, rejected, cancelled) can be reopened, which clears its ratings (the history keeps them).
// An overdue request goes on (in progress, waiting or done) only once a delay reason, a corrective action
// and its owner are recorded.
class RequestWorkflow
{
public:
    explicit RequestWorkflow(Database& database);

    // For a status read as stored text; any other text is neither.
    static bool isOpen(const QString& status);
    static bool isClosed(const QString& status);
    // Whether the lifecycle allows moving from one status to another.
    static bool allows(RequestStatus from, RequestStatus to);
    // The statuses a request in `from` can move to, in lifecycle order.
    static QList<RequestStatus> nextStatuses(RequestStatus from);

    // What a step is decided on, read from the request once: the window asks what a step needs and whether
    // it is allowed from the state it shows, and each step checks the same rules on a fresh state before
    // it writes.
    struct State
    {
        qint64 request = 0;
        RequestStatus status = RequestStatus::Open;
        qint64 requester = 0;
        qint64 provider = 0;
        bool overdue = false; // still open and past its due date
        bool delayExplained = false; // a delay reason, a corrective action and its owner are on record
    };
    Result<State> state(qint64 request) const;
    // The state of a request from its stored fields (EntityStore::asText), without reading anything.
    static State stateOf(qint64 request, const QMap<QString, QString>& current);

    // A request past its due date that is still open: it needs a delay reason to go on.
    Result<bool> isOverdue(qint64 request) const;
    // The same rule on stored texts, for a list's rows: ISO 8601 UTC texts compare as the instants they
    // name, as SQL compares them.
    static bool isOverdue(const QString& status, const QString& dueAt, const QString& now);
    // How many calendar days, in local time, lie between the day a request fell due and `now`'s day: 0 for
    // one that went overdue earlier today, whatever the hours, so "overdue by 1 day" never means a minute.
    static int daysOverdue(const QString& dueAt, const QDateTime& now);

    // What a person must be asked before a request moves to `to`: the window shows these fields, the
    // command line names them, and changeStatus() refuses a step without them.
    struct StepNeeds
    {
        bool delay = false; // a delay reason, a corrective action and its owner (late work going on)
        bool ratings = false; // the two ratings may be given (closing)
        bool late = false; // the work is late: moving it on is confirmed, even when the delay is explained
        bool asks() const { return delay || ratings || late; }
    };
    static StepNeeds needs(const State& state, RequestStatus to);
    Result<StepNeeds> needs(qint64 request, RequestStatus to) const;

    struct Rating
    {
        std::optional<int> rating; // 1-5; empty: not rated (never 0)
        QString feedback;
    };
    struct Delay
    {
        QString reason;
        QString correctiveAction;
        qint64 owner = 0; // a colleague
    };
    struct StatusChange
    {
        QString to; // a status's stored text, as the command line reads it; checked like any input
        QString note; // optional, kept in the history
        Rating byRequester; // when closing: how the requester rates the service
        Rating byProvider; // when closing: whether the requester supplied what was needed
        std::optional<Delay> delay; // recorded first, for an overdue request
    };
    enum class Side
    {
        Requester, // rates the service received
        Provider, // rates what the requester supplied
    };
    // Each side that is given is rated; at least one must be.
    struct Ratings
    {
        std::optional<Rating> byRequester;
        std::optional<Rating> byProvider;
    };

    // Whether a step is allowed, decided here once and without writing: the step dialog asks before it
    // closes, and the step itself asks again on a fresh state before it writes.
    Error check(const State& state, const StatusChange& change) const;
    static Error checkComment(const QString& note);
    Error checkReassign(const State& state, qint64 provider) const;
    static Error checkDelay(const Delay& delay);
    static Error checkRatings(const State& state, const Ratings& ratings);

    // What one step changed, for undo: the request's fields before, and the first history line it added.
    struct Step
    {
        qint64 request = 0;
        QMap<QString, QString> previous;
        qint64 firstEvent = 0;
        qint64 version = 0; // the request's version after the step, which undoing it expects to find
    };

    Result<Step> changeStatus(qint64 request, const StatusChange& change);
    Result<Step> comment(qint64 request, const QString& note);
    // Gives the request to another provider; it then travels along their pair with the requester, if any.
    Result<Step> reassign(qint64 request, qint64 provider, const QString& note);
    Result<Step> recordDelay(qint64 request, const Delay& delay);
    // Rates a closed request afterwards (or changes a rating): both sides in one transaction and one step,
    // or neither.
    Result<Step> rate(qint64 request, const Ratings& ratings);
    Result<Step> rate(qint64 request, Side side, const Rating& rating);
    // Takes a step back: the fields as they were, its history lines gone.
    Error undo(const Step& step);

    // One line of a request's history. Stored in request_events as kind, from_value, to_value and note,
    // except that a delay line, having no "from", keeps its owner in from_value: that column is read and
    // written only through `owner`.
    struct HistoryLine
    {
        QString kind; // created, comment, status, reassign, rating, delay; edit for a changed detail
        QString from; // status: the one before; reassign: the provider before; rating: requester or provider
        QString
            to; // status: the new one; reassign: the new provider; rating: 1-5; delay: the corrective action
        QString note; // the step's note, a rating's feedback, a delay's reason
        qint64 owner = 0; // delay: the colleague who owns the corrective action
    };
    struct Event
    {
        qint64 id = 0;
        QString at; // ISO 8601 UTC
        QString actor; // the colleague's name, empty when unknown
        HistoryLine line;
        QString text; // a translated sentence: "Status: Open → In progress"
    };
    // The request's history, oldest first: its lines in request_events, and the edits of its details.
    Result<QList<Event>> history(qint64 request) const;

    // Writes the "created" line of a new request's history; EntityStore calls it as it adds one.
    static Error recordCreated(Database& database, qint64 request);

private:
    // The request's state, once `check` allows the step on it.
    Result<State> allowedState(qint64 request, const std::function<Error(const State&)>& check) const;
    Result<Step> apply(
        qint64 request, const QMap<QString, QString>& changes, const QList<HistoryLine>& lines);
    static Error addLine(Database& database, qint64 request, const HistoryLine& line);
    static Error checkRating(const Rating& rating, const QString& field);

    Database& m_database;
};

} // namespace tandem
