#include "Clock.h"
#include "Database.h"
#include "Entities.h"
#include "Handover.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

// The retention watch of handed-over accounts: what counts as a contact, and the risks it flags.
namespace tandem {

namespace {

// Higher is better: a drop in rank is a segment dropped.
int segmentRank(const QString& segment)
{
    return segment == QLatin1String("loyal") ? 3 : segment == QLatin1String("floating") ? 2 : 1;
}

} // namespace

QString Handover::contactCondition()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM handover_items hi WHERE hi.item_kind = 'follow_up' AND "
                          "hi.item_id = i.id)");
}

QString Handover::lastContactSql()
{
    return QStringLiteral("(SELECT i.occurred_at FROM interactions i WHERE i.account_id = a.party_id AND %1 "
                          "ORDER BY i.occurred_at DESC LIMIT 1)")
        .arg(contactCondition());
}

int Handover::accountsIn(const QList<WatchFlag>& flags)
{
    QSet<qint64> accounts;
    for (const WatchFlag& flag : flags) {
        accounts.insert(flag.account);
    }
    return int(accounts.size());
}

Result<QList<Handover::WatchFlag>> Handover::watchFlags() const
{
    const QString today = Clock::today().toString(Qt::ISODate);
    auto rows = sql::run(m_database.connection(),
        QStringLiteral(
            "SELECT h.id, a.party_id, a.name, s.name, h.at, "
            // Contact since the handover; the next steps the handover itself wrote are not contacts.
            "(SELECT count(*) FROM interactions i WHERE i.account_id = a.party_id AND i.occurred_at > h.at "
            "AND %1), "
            "(SELECT count(*) FROM purchases pu WHERE pu.account_id = a.party_id AND pu.from_competitor = 1 "
            "AND pu.purchased_on >= substr(h.at, 1, 10)), "
            "(SELECT sc.from_segment || '>' || sc.to_segment FROM segment_changes sc WHERE sc.account_id = "
            "a.party_id AND sc.changed_at > h.at ORDER BY sc.changed_at DESC, sc.id DESC LIMIT 1), "
            // The first visit the handover planned for the account: until it is due, no contact is expected.
            "(SELECT min(v.next_step_due) FROM handover_items hv JOIN interactions v ON v.id = hv.item_id "
            "WHERE hv.handover_id = h.id AND hv.item_kind = 'follow_up' AND hv.previous_value = 'visit' AND "
            "v.account_id = a.party_id) "
            "FROM handovers h JOIN handover_items it ON it.handover_id = h.id AND it.item_kind = 'account' "
            "JOIN accounts a ON a.party_id = it.item_id LEFT JOIN staff s ON s.party_id = a.owner_id "
            "WHERE h.watch_until >= ? ORDER BY h.at DESC, a.name")
            .arg(contactCondition()),
        { today });
    if (!rows) {
        return rows.error();
    }
    QList<WatchFlag> flags;
    while (rows->next()) {
        WatchFlag base;
        base.handover = rows->value(0).toLongLong();
        base.account = rows->value(1).toLongLong();
        base.accountName = rows->value(2).toString();
        base.successorName = rows->value(3).toString();
        base.since = rows->value(4).toString();
        const QString sinceText = QLocale().toString(
            QDateTime::fromString(base.since, Qt::ISODate).toLocalTime().date(), QLocale::ShortFormat);
        // A visit due on a day may happen all that day: only from the next day on is it missed.
        const QString visitDue = rows->value(8).toString();
        const bool visitMissed = visitDue.isEmpty() || visitDue.left(10) < today;
        if (rows->value(5).toInt() == 0 && visitMissed) {
            WatchFlag flag = base;
            flag.risk = WatchFlag::Risk::NoContact;
            flag.text = visitDue.isEmpty()
                ? QCoreApplication::translate(
                    "tandem::Handover", "Nobody has contacted %1 since the handover on %2.")
                      .arg(base.accountName, sinceText)
                : QCoreApplication::translate("tandem::Handover",
                    "Nobody has contacted %1 since the handover on %2, and the first visit planned for %3 "
                    "has not happened.")
                      .arg(base.accountName, sinceText,
                          QLocale().toString(
                              QDate::fromString(visitDue.left(10), Qt::ISODate), QLocale::ShortFormat));
            flags << flag;
        }
        if (rows->value(6).toInt() > 0) {
            WatchFlag flag = base;
            flag.risk = WatchFlag::Risk::CompetitorPurchase;
            flag.text = QCoreApplication::translate(
                "tandem::Handover", "%1 bought from a competitor since the handover on %2.")
                            .arg(base.accountName, sinceText);
            flags << flag;
        }
        const QStringList change = rows->value(7).toString().split(QLatin1Char('>'));
        if (change.size() == 2 && segmentRank(change.at(1)) < segmentRank(change.at(0))) {
            WatchFlag flag = base;
            flag.risk = WatchFlag::Risk::SegmentDropped;
            flag.text = QCoreApplication::translate(
                "tandem::Handover", "%1 dropped from %2 to %3 since the handover on %4.")
                            .arg(base.accountName, labels::choice(QStringLiteral("segment"), change.at(0)),
                                labels::choice(QStringLiteral("segment"), change.at(1)), sinceText);
            flags << flag;
        }
    }
    return flags;
}

} // namespace tandem
