#pragma once

#include "Error.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
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

    static bool isOpen(const QString& status);
    static bool isClosed(const QString& status);
    // Whether the lifecycle allows moving from one status to another.
    static bool allows(const QString& from, const QString& to);
    // The statuses a request in `from` can move to, in lifecycle order.
    static QStringList nextStatuses(const QString& from);

    // A request past its due date that is still open: it needs a delay reason to go on.
    Result<bool> isOverdue(qint64 request) const;

    // What a person must be asked before a request moves to `to`: the window shows these fields, the
    // command line names them, and changeStatus() refuses a step without them.
    struct StepNeeds
    {
        bool delay = false; // a delay reason, a corrective action and its owner (late work going on)
        bool ratings = false; // the two ratings may be given (closing)
    };
    Result<StepNeeds> needs(qint64 request, const QString& to) const;

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
        QString to;
        QString note; // optional, kept in the history
        Rating byRequester; // when closing: how the requester rates the service
        Rating byProvider; // when closing: whether the requester supplied what was needed
        std::optional<Delay> delay; // recorded first, for an overdue request
    };

    // What one step changed, for undo: the request's fields before, and the first history line it added.
    struct Step
    {
        qint64 request = 0;
        QMap<QString, QString> previous;
        qint64 firstEvent = 0;
    };

    Result<Step> changeStatus(qint64 request, const StatusChange& change);
    Result<Step> comment(qint64 request, const QString& note);
    // Gives the request to another provider; it then travels along their pair with the requester, if any.
    Result<Step> reassign(qint64 request, qint64 provider, const QString& note);
    Result<Step> recordDelay(qint64 request, const Delay& delay);
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
    // Rates a closed request afterwards (or changes a rating): both sides in one transaction and one step,
    // or neither.
    Result<Step> rate(qint64 request, const Ratings& ratings);
    Result<Step> rate(qint64 request, Side side, const Rating& rating);
    // Takes a step back: the fields as they were, its history lines gone.
    Error undo(const Step& step);

    struct Event
    {
        qint64 id = 0;
        QString at; // ISO 8601 UTC
        QString actor; // the colleague's name, empty when unknown
        QString kind; // created, comment, status, reassign, rating, delay; edit for a changed detail
        QString fromValue;
        QString toValue;
        QString note;
        QString text; // a translated sentence: "Status: Open → In progress"
    };
    // The request's history, oldest first: its lines in request_events, and the edits of its details.
    Result<QList<Event>> history(qint64 request) const;

    // Writes the "created" line of a new request's history; EntityStore calls it as it adds one.
    static Error recordCreated(Database& database, qint64 request);

private:
    // Whether late work has its cause, its fix and the fix's owner on record.
    static bool delayExplained(const QMap<QString, QString>& current);
    Result<Step> apply(qint64 request, const QMap<QString, QString>& changes,
        const QList<QStringList>& events); // each event: kind, from, to, note
    Error addEvent(qint64 request, const QStringList& event);
    Error checkRating(const Rating& rating, const QString& field) const;

    Database& m_database;
};

} // namespace tandem
