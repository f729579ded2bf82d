#pragma once

#include "Error.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tandem {

class Database;

// Suggests an account's segment from its purchases, and says why, so a person can agree or overrule:
// no purchases of its own → potential; purchases in each of the last two years and none from a competitor
// in the last year → loyal; any other buyer → floating. Years are rolling: the 365 days up to today, and
// the 365 before those.
class SegmentAdvisor
{
public:
    struct Purchase
    {
        QDate on;
        bool fromCompetitor = false;
    };

    enum class Because
    {
        NoPurchases, // nothing bought at all
        OnlyCompetitors, // purchases known, all from competitors
        BothYears, // bought in each of the last two years, nothing from a competitor in the last
        CompetitorPurchase, // a competitor purchase in the last year
        MissedYear, // no purchase of its own in one of the last two years
    };

    struct Suggestion
    {
        QString segment; // loyal, floating or potential
        Because because = Because::NoPurchases;
        QDate evidence; // the purchase or the start of the year the reason points at
        QString reason() const; // "a competitor purchase on 2026-03-02", in the user's language
    };

    static Suggestion suggest(const QList<Purchase>& purchases, const QDate& today);
    static Result<Suggestion> suggestFor(Database& database, qint64 account);

    struct Change
    {
        QString changedAt; // ISO 8601 UTC
        QString from; // empty for the first segment
        QString to;
        QString reason;
        QString changedBy; // a colleague's name, or empty
    };
    struct Movement
    {
        QString month; // yyyy-MM
        int up = 0; // potential → floating → loyal
        int down = 0; // the other way
    };
    // Accounts per segment now, as loyal, floating, potential.
    static Result<QList<int>> counts(Database& database);
    // Segment changes per month over the last `months` months, oldest first, every month present.
    static Result<QList<Movement>> movements(Database& database, int months);

    // The account's segment history, newest first.
    static Result<QList<Change>> history(Database& database, qint64 account);
    // Sets the account's segment to the suggestion and records the change with its reason, in one
    // transaction, returning the change's id. Nothing happens (id 0) when the account is in that segment.
    static Result<qint64> accept(
        Database& database, qint64 account, const Suggestion& suggestion, qint64 changedBy = 0);
    // Takes an accepted change back: the account returns to the segment it had, and the change is forgotten.
    static Error undoAccept(Database& database, qint64 change);
};

} // namespace tandem
