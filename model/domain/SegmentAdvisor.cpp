#include "SegmentAdvisor.h"

#include "Clock.h"
#include "Database.h"
#include "EntityStore.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem {

QString SegmentAdvisor::Suggestion::reason() const
{
    const QString date = QLocale().toString(evidence, QLocale::ShortFormat);
    switch (because) {
    case Because::NoPurchases:
        return QCoreApplication::translate("tandem::SegmentAdvisor", "no purchases yet");
    case Because::OnlyCompetitors:
        return QCoreApplication::translate("tandem::SegmentAdvisor", "it has bought only from competitors");
    case Because::BothYears:
        return QCoreApplication::translate("tandem::SegmentAdvisor",
            "purchases in each of the last two years, the latest on %1, and none from a competitor in the "
            "last year")
            .arg(date);
    case Because::CompetitorPurchase:
        return QCoreApplication::translate("tandem::SegmentAdvisor", "a competitor purchase on %1").arg(date);
    case Because::MissedYear:
        return QCoreApplication::translate(
            "tandem::SegmentAdvisor", "no purchase of its own in the year from %1")
            .arg(date);
    }
    return {};
}

SegmentAdvisor::Suggestion SegmentAdvisor::suggest(const QList<Purchase>& purchases, const QDate& today)
{
    const QDate yearStart = today.addDays(-364); // the last year: these 365 days, today included
    const QDate previousStart = today.addDays(-729); // the year before
    QDate latestOwn, latestCompetitorThisYear;
    bool ownThisYear = false, ownPreviousYear = false, anyOwn = false, anyPurchase = false;
    for (const Purchase& purchase : purchases) {
        if (purchase.on > today) {
            continue;
        }
        anyPurchase = true;
        if (purchase.fromCompetitor) {
            if (purchase.on >= yearStart && purchase.on > latestCompetitorThisYear) {
                latestCompetitorThisYear = purchase.on;
            }
            continue;
        }
        anyOwn = true;
        latestOwn = qMax(latestOwn, purchase.on);
        ownThisYear = ownThisYear || purchase.on >= yearStart;
        ownPreviousYear = ownPreviousYear || (purchase.on >= previousStart && purchase.on < yearStart);
    }
    if (!anyOwn) {
        return { QStringLiteral("potential"), anyPurchase ? Because::OnlyCompetitors : Because::NoPurchases,
            QDate() };
    }
    if (latestCompetitorThisYear.isValid()) {
        return { QStringLiteral("floating"), Because::CompetitorPurchase, latestCompetitorThisYear };
    }
    if (ownThisYear && ownPreviousYear) {
        return { QStringLiteral("loyal"), Because::BothYears, latestOwn };
    }
    return { QStringLiteral("floating"), Because::MissedYear, ownThisYear ? previousStart : yearStart };
}

Result<SegmentAdvisor::Suggestion> SegmentAdvisor::suggestFor(Database& database, qint64 account)
{
    auto rows = sql::run(database.connection(),
        QStringLiteral(
            "SELECT purchased_on, from_competitor FROM purchases WHERE account_id = ? ORDER BY purchased_on"),
        { account });
    if (!rows) {
        return rows.error();
    }
    QList<Purchase> purchases;
    while (rows->next()) {
        purchases << Purchase { QDate::fromString(rows->value(0).toString(), Qt::ISODate),
            rows->value(1).toInt() != 0 };
    }
    return suggest(purchases, Clock::today());
}

Result<QList<int>> SegmentAdvisor::counts(Database& database)
{
    QList<int> counts;
    for (const char* segment : { "loyal", "floating", "potential" }) {
        auto count = sql::scalar(database.connection(),
            QStringLiteral("SELECT count(*) FROM accounts WHERE segment = ?"),
            { QString::fromLatin1(segment) });
        if (!count) {
            return count.error();
        }
        counts << count->toInt();
    }
    return counts;
}

Result<QList<SegmentAdvisor::Movement>> SegmentAdvisor::movements(Database& database, int months)
{
    const QDate first = Clock::today().addMonths(-(months - 1));
    QList<Movement> result;
    for (int i = 0; i < months; ++i) {
        result << Movement { first.addMonths(i).toString(QStringLiteral("yyyy-MM")), 0, 0 };
    }
    auto rows = sql::run(database.connection(),
        QStringLiteral("SELECT substr(changed_at, 1, 7), from_segment, to_segment, count(*) FROM "
                       "segment_changes WHERE changed_at >= ? "
                       "GROUP BY 1, 2, 3"),
        { QDate(first.year(), first.month(), 1).toString(Qt::ISODate) });
    if (!rows) {
        return rows.error();
    }
    // Higher is better: potential 0, floating 1, loyal 2.
    auto rank = [](const QString& segment) {
        return segment == QLatin1String("loyal") ? 2 : segment == QLatin1String("floating") ? 1 : 0;
    };
    while (rows->next()) {
        const QString month = rows->value(0).toString();
        for (Movement& movement : result) {
            if (movement.month == month) {
                const int delta = rank(rows->value(2).toString()) - rank(rows->value(1).toString());
                if (delta != 0) {
                    (delta > 0 ? movement.up : movement.down) += rows->value(3).toInt();
                }
            }
        }
    }
    return result;
}

Result<QList<SegmentAdvisor::Change>> SegmentAdvisor::history(Database& database, qint64 account)
{
    auto rows = sql::run(database.connection(),
        QStringLiteral(
            "SELECT c.changed_at, c.from_segment, c.to_segment, c.reason, s.name FROM segment_changes c "
            "LEFT JOIN staff s ON s.party_id = c.changed_by WHERE c.account_id = ? ORDER BY c.changed_at "
            "DESC, c.id DESC"),
        { account });
    if (!rows) {
        return rows.error();
    }
    QList<Change> changes;
    while (rows->next()) {
        changes << Change { rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
            rows->value(3).toString(), rows->value(4).toString() };
    }
    return changes;
}

Result<qint64> SegmentAdvisor::accept(
    Database& database, qint64 account, const Suggestion& suggestion, qint64 changedBy)
{
    EntityStore store(database);
    auto current = store.get(entities::account(), account);
    if (!current) {
        return current.error();
    }
    const QString from = recordValue(*current, QStringLiteral("segment")).toString();
    if (from == suggestion.segment) {
        return qint64(0);
    }
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    auto updated
        = store.update(entities::account(), account, { { QStringLiteral("segment"), suggestion.segment } });
    if (!updated) {
        return updated.error();
    }
    auto change = sql::run(database.connection(),
        QStringLiteral("INSERT INTO segment_changes (account_id, from_segment, to_segment, changed_at, "
                       "reason, changed_by) VALUES (?, ?, ?, ?, ?, ?)")
            + database.dialect().returningId(),
        { account, from, suggestion.segment, Clock::nowIso(), suggestion.reason(),
            changedBy ? QVariant(changedBy) : QVariant() });
    if (!change) {
        return change.error();
    }
    const qint64 id = sql::insertedId(*change);
    if (Error error = transaction.commit()) {
        return error;
    }
    return id;
}

Error SegmentAdvisor::undoAccept(Database& database, qint64 change)
{
    auto row = sql::run(database.connection(),
        QStringLiteral("SELECT account_id, from_segment FROM segment_changes WHERE id = ?"), { change });
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return Error::notFound(
            QCoreApplication::translate("tandem::SegmentAdvisor", "That segment change is gone already."));
    }
    const qint64 account = row->value(0).toLongLong();
    const QString from = row->value(1).toString();
    row->finish();
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    auto restored
        = EntityStore(database).update(entities::account(), account, { { QStringLiteral("segment"), from } });
    if (!restored) {
        return restored.error();
    }
    auto removed = sql::run(
        database.connection(), QStringLiteral("DELETE FROM segment_changes WHERE id = ?"), { change });
    if (!removed) {
        return removed.error();
    }
    return transaction.commit();
}

} // namespace tandem
