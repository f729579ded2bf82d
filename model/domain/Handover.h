#pragma once

#include "Error.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace tandem {

class Database;

// When a colleague leaves, everything they hold passes to one or several successors in one transaction,
// and the clients stay (see DESIGN.md, "Handover"): their accounts (contacts go with them), their open
// follow-ups, their open requests on either side and their place in pairs. What they did stays credited
// to them. Each account gets a briefing note and a first visit planned for its successor, and is watched
// for a while in case the client leaves with the colleague.
class Handover
{
public:
    explicit Handover(Database& database);

    // What a colleague holds now.
    struct Holdings
    {
        struct Account
        {
            qint64 id = 0;
            QString name;
            QString segment;
            QString lastContact; // ISO 8601, empty when never contacted
            qint64 boughtLastYear = 0; // own purchases of the last 12 months, minor units
            QString currency; // empty when several or none
        };
        struct FollowUp
        {
            qint64 interaction = 0;
            qint64 account = 0;
            QString accountName;
            QString nextStep;
            QString due;
        };
        struct Request
        {
            qint64 id = 0;
            QString title;
            bool asRequester = false; // else as provider
            QString otherSide;
            QString status;
            QString due;
        };
        struct Pair
        {
            qint64 id = 0;
            qint64 other = 0;
            QString otherName;
            QString kind;
        };
        qint64 staff = 0;
        QString name;
        QString status;
        qint64 manager = 0; // the person to ask, when there is one
        QString managerName;
        QList<Account> accounts;
        QList<FollowUp> followUps;
        QList<Request> requests;
        QList<Request> correctiveActions; // open requests whose corrective action they own
        QList<Pair> pairs;
        bool isEmpty() const
        {
            return accounts.isEmpty() && followUps.isEmpty() && requests.isEmpty()
                && correctiveActions.isEmpty() && pairs.isEmpty();
        }
    };
    Result<Holdings> holdings(qint64 staff) const;

    // Who receives what. Accounts not named in `accountSuccessor` go to `successor`, as does everything
    // else; a follow-up goes with its account.
    struct Plan
    {
        qint64 from = 0;
        qint64 successor = 0;
        QHash<qint64, qint64> accountSuccessor;
        QHash<qint64, QString> briefings; // per account: what is not in the data
        QSet<qint64> endedPairs; // pairs ended rather than passed to the successor
        QString reason;
        QString notes;
        int firstVisitDays = 14;
        int watchDays = 90;
    };
    // The bounds of a plan's days, checked by check() and offered by the wizard.
    static constexpr int minFirstVisitDays = 1;
    static constexpr int maxFirstVisitDays = 90;
    static constexpr int minWatchDays = 7;
    static constexpr int maxWatchDays = 365;
    // Spreads `accounts` over `successors` so that each ends up with about as many accounts in all
    // (counting what they own already), in the order given.
    Result<QHash<qint64, qint64>> balanced(
        const QList<qint64>& accounts, const QList<qint64>& successors) const;

    // One line of the preview: what moves to whom.
    struct Move
    {
        QString kind; // account, follow_up, request, link, visit
        qint64 item = 0;
        QString what; // "Acme Ltd", "Quote for Acme (as provider)"
        qint64 to = 0; // 0: the pair ends
        QString toName;
    };
    // Exactly what execute() will do, or the sentence that stops it; writes nothing.
    Result<QList<Move>> preview(const Plan& plan) const;
    // Carries the plan out in one transaction and returns the handover's id.
    Result<qint64> execute(const Plan& plan);
    // Takes a handover back as one step, while nothing it moved has changed since; otherwise says what
    // blocks it.
    Error undo(qint64 handover);
    // The plan a handover carried out, read back from what it recorded, so that a handover taken back can
    // be done again (Redo of "Undo Handover").
    Result<Plan> planOf(qint64 handover) const;

    // Handed-over accounts still watched that show a risk of leaving with the colleague.
    struct WatchFlag
    {
        enum class Risk
        {
            NoContact, // the planned first visit is past due and nobody has contacted the account
            CompetitorPurchase, // a purchase from a competitor since the handover
            SegmentDropped, // its segment went down since the handover
        };
        qint64 handover = 0;
        qint64 account = 0;
        QString accountName;
        QString successorName;
        Risk risk = Risk::NoContact;
        QString since; // ISO 8601: the handover
        QString text; // a translated sentence
    };
    Result<QList<WatchFlag>> watchFlags() const;
    // How many accounts the flags are about (an account can show several risks): the Handovers page and
    // the Dashboard count the same way.
    static int accountsIn(const QList<WatchFlag>& flags);

    // SQL true for an interaction (alias `i`) that was a contact with the account, and not a next step a
    // handover wrote: "Last contact" and the watch count only these. Tandem's own text, no values.
    static QString contactCondition();
    // The last contact with the account (alias `a`) as a subquery: walks the account's interactions newest
    // first through their index and stops at the first real contact.
    static QString lastContactSql();

    // The briefing document of a handover as HTML: per account its contacts, segment history, purchases,
    // last interactions, open items, briefing note and planned first visit.
    Result<QString> briefingHtml(qint64 handover) const;
    // What to call the briefing's file, without its extension: the colleague who left and the day, as in
    // "Briefing - Amanda Adams - 2026-12-03".
    Result<QString> briefingFileName(qint64 handover) const;

private:
    Error check(const Plan& plan, const Holdings& holdings) const;
    // The successors and briefings a plan names account by account, written into the handover's items.
    Error recordAccountPlan(qint64 handover, const Plan& plan) const;
    Error movePairs(qint64 handover, const Plan& plan, const QList<Holdings::Pair>& pairs);
    Error restorePairs(qint64 handover, qint64 from);
    // Why a handover cannot be taken back: what it moved that has changed since (three named, the rest
    // counted); no error when nothing has.
    Error undoRefusal(qint64 handover) const;
    qint64 successorOf(const Plan& plan, qint64 account) const;

    Database& m_database;
};

} // namespace tandem
