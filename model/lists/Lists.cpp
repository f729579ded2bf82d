#include "Lists.h"

#include "Clock.h"
#include "Handover.h"
#include "Money.h"
#include "RequestWorkflow.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tandem::lists {

namespace {
// A column that an index sorts (or a table small enough not to need one).
ListColumn column(const char* header, const QString& expression, ColumnFormat format = ColumnFormat::Text,
    const QString& choiceField = {}, const QStringList& sortKeys = {})
{
    ListColumn result;
    result.header = header;
    result.expression = expression;
    result.format = format;
    result.choiceField = choiceField;
    result.sortKeys = sortKeys;
    return result;
}

// The record `column` names is `id`; no condition for 0, a filter's field left empty.
SqlCondition idIs(const QString& column, qint64 id)
{
    return id ? SqlCondition { column + QStringLiteral(" = ?"), { id } } : SqlCondition();
}

using FilterSql = std::function<std::optional<SqlCondition>(const ListFilter& filter)>;

// The list takes filters of one type, turned into its SQL by `condition`.
template<typename Typed> FilterSql takes(SqlCondition (*condition)(const Typed&))
{
    return [condition](const ListFilter& filter) -> std::optional<SqlCondition> {
        if (const Typed* typed = std::get_if<Typed>(&filter)) {
            return condition(*typed);
        }
        return std::nullopt;
    };
}

} // namespace

// Each list's filter, in SQL on the aliases its spec chooses, sits just above the spec.
namespace {
SqlCondition accountCondition(const AccountFilter& filter)
{
    QStringList conditions;
    QVariantList binds;
    if (!filter.segment.isEmpty()) {
        conditions << QStringLiteral("a.segment = ?");
        binds << filter.segment;
    }
    if (!filter.category.isEmpty()) {
        conditions << QStringLiteral("a.category = ?");
        binds << filter.category;
    }
    if (filter.owner) {
        conditions << QStringLiteral("a.owner_id = ?");
        binds << filter.owner;
    }
    if (!filter.city.trimmed().isEmpty()) {
        conditions << QStringLiteral("a.city = ?");
        binds << filter.city.trimmed();
    }
    if (filter.overdueFollowUps) {
        // Through the partial index of open next steps: few rows, whatever the number of accounts.
        conditions << QStringLiteral(
            "a.party_id IN (SELECT i.account_id FROM interactions i WHERE i.next_step_done = 0 AND "
            "i.next_step_due IS NOT NULL AND i.next_step_due < ?)");
        binds << Clock::today().toString(Qt::ISODate);
    }
    return { conditions.join(QStringLiteral(" AND ")), binds };
}
} // namespace

ListSpec accounts()
{
    ListSpec spec;
    // What the account bought from us in the last twelve months, in its currency (sums never mix currencies).
    ListColumn bought = column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Bought, last 12 months"),
        QStringLiteral("(SELECT sum(pu.amount) FROM purchases pu WHERE pu.account_id = a.party_id AND "
                       "pu.purchased_on >= ? "
                       "AND pu.from_competitor = 0)"),
        ColumnFormat::Number)
                            .wide(18);
    bought.text = [](const QVariantList& row) {
        if (row.at(7).isNull()) {
            return QString();
        }
        const QString currency = row.at(8).toString();
        const QString amount = formatMinorUnits(row.at(7).toLongLong());
        return currency.isEmpty()
            ? QCoreApplication::translate("tandem::ListColumn", "%1 (several currencies)").arg(amount)
            : QStringLiteral("%1 %2").arg(currency, amount);
    };
    spec.columns = {
        // Sorting by kind first lets the (kind, sort_key) index deliver the names in order.
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Name"), QStringLiteral("a.name"), ColumnFormat::Text,
            {}, { QStringLiteral("p.kind"), QStringLiteral("p.sort_key") })
            .joined()
            .wide(30),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Category"), QStringLiteral("a.category"),
            ColumnFormat::Choice, QStringLiteral("category")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Segment"), QStringLiteral("a.segment"),
            ColumnFormat::Choice, QStringLiteral("segment")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Owner"), QStringLiteral("o.name"), ColumnFormat::Text,
            {}, { QStringLiteral("op.sort_key") })

            .joined()
            .wide(18),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "City"), QStringLiteral("a.city")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Last contact"), Handover::lastContactSql(),
            ColumnFormat::DateTime)

            .wide(20),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Next step due"),
            QStringLiteral(
                "(SELECT min(i.next_step_due) FROM interactions i WHERE i.account_id = a.party_id AND "
                "i.next_step_done = 0)"),
            ColumnFormat::Date)

            .wide(14),
        bought,
    };
    spec.extraExpressions = { QStringLiteral(
        "(SELECT CASE WHEN min(pu.currency) = max(pu.currency) THEN min(pu.currency) END FROM purchases pu "
        "WHERE pu.account_id = a.party_id AND pu.purchased_on >= ? AND pu.from_competitor = 0)") };
    const QString yearAgo = Clock::today().addYears(-1).toString(Qt::ISODate);
    spec.selectBinds = { yearAgo, yearAgo };
    spec.columns[7].sortBinds = { yearAgo };
    const QString today = Clock::today().toString(Qt::ISODate);
    spec.attention = [today](const QVariantList& row) {
        const QString due = row.at(6).toString();
        return !due.isEmpty() && due < today;
    };
    spec.from = QStringLiteral(
        "accounts a JOIN parties p ON p.id = a.party_id LEFT JOIN staff o ON o.party_id = a.owner_id "
        "LEFT JOIN parties op ON op.id = a.owner_id");
    spec.countFrom = QStringLiteral("accounts");
    spec.idExpression = QStringLiteral("p.id");
    // Sorting by a figure of the account alone need not touch the joined tables.
    spec.idFrom = QStringLiteral("accounts a");
    spec.idFromExpression = QStringLiteral("a.party_id");
    // An account is found by its own text and by its contacts'.
    spec.searchTargets = { { QStringLiteral("a.party_id"), SearchIndex::Kind::Party, {} },
        { QStringLiteral("a.party_id"), SearchIndex::Kind::Contact,
            QStringLiteral("SELECT account_id FROM contacts WHERE %1") } };
    spec.filterSql = takes(&accountCondition);
    return spec;
}

namespace {
SqlCondition staffCondition(const StaffFilter& filter)
{
    return idIs(QStringLiteral("s.department_id"), filter.department);
}
} // namespace

ListSpec staff()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Name"), QStringLiteral("s.name"), ColumnFormat::Text,
            {}, { QStringLiteral("p.kind"), QStringLiteral("p.sort_key") })
            .wide(30),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Job title"), QStringLiteral("s.title"))
            .slow()
            .wide(22),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Rank level"), QStringLiteral("s.rank_level"),
            ColumnFormat::Choice, QStringLiteral("rank_level"))
            .slow(),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Department"), QStringLiteral("d.name"),
            ColumnFormat::Text, {}, { QStringLiteral("dp.sort_key") })
            .slow()
            .wide(18),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Manager"), QStringLiteral("m.name"),
            ColumnFormat::Text, {}, { QStringLiteral("mp.sort_key") })
            .slow()
            .wide(18),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "E-mail"), QStringLiteral("s.email")).slow().wide(28),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Phone"), QStringLiteral("s.phone")).slow(),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Status"), QStringLiteral("s.status"),
            ColumnFormat::Choice, QStringLiteral("status"))
            .slow(),
    };
    spec.from = QStringLiteral(
        "staff s JOIN parties p ON p.id = s.party_id LEFT JOIN departments d ON d.party_id = s.department_id "
        "LEFT JOIN parties dp ON dp.id = s.department_id LEFT JOIN staff m ON m.party_id = s.manager_id "
        "LEFT JOIN parties mp ON mp.id = s.manager_id");
    spec.countFrom = QStringLiteral("staff");
    spec.idExpression = QStringLiteral("p.id");
    spec.searchTargets = { { QStringLiteral("s.party_id"), SearchIndex::Kind::Party, {} } };
    spec.attention = [](const QVariantList& row) {
        return row.at(7).toString() == QLatin1String("departed");
    };
    spec.filterSql = takes(&staffCondition);
    return spec;
}

ListSpec links()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Party A"), QStringLiteral("pa.display_name"),
            ColumnFormat::Text, {}, { QStringLiteral("pa.sort_key") })
            .slow()
            .wide(22),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Kind"), QStringLiteral("l.kind"),
            ColumnFormat::Choice, QStringLiteral("kind"))
            .slow(),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Party B"), QStringLiteral("pb.display_name"),
            ColumnFormat::Text, {}, { QStringLiteral("pb.sort_key") })
            .slow()
            .wide(22),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Pattern"), QStringLiteral("l.pattern"),
            ColumnFormat::Choice, QStringLiteral("pattern"))
            .slow(),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "What A supplies B"), QStringLiteral("l.a_to_b"))
            .slow()
            .wide(36),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "What B supplies A"), QStringLiteral("l.b_to_a"))
            .slow()
            .wide(36),
    };
    spec.from = QStringLiteral(
        "internal_links l JOIN parties pa ON pa.id = l.a_party JOIN parties pb ON pb.id = l.b_party");
    spec.countFrom = QStringLiteral("internal_links");
    spec.idExpression = QStringLiteral("l.id");
    // A pair is found by either of its sides.
    spec.searchTargets = { { QStringLiteral("l.a_party"), SearchIndex::Kind::Party, {} },
        { QStringLiteral("l.b_party"), SearchIndex::Kind::Party, {} } };
    // A pair with one direction empty is one-sided: the point of a pair is that service runs both ways.
    spec.attention = [](const QVariantList& row) {
        return row.at(4).toString().trimmed().isEmpty() || row.at(5).toString().trimmed().isEmpty();
    };
    return spec;
}

ListSpec chainEdges()
{
    ListSpec spec;
    ListColumn customer = column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Serves"),
        QStringLiteral("cp.display_name"), ColumnFormat::Text, {}, { QStringLiteral("cp.sort_key") })
                              .slow()
                              .wide(28);
    // An owner's accounts are one row: "48 external accounts", not 48 rows.
    customer.text = [](const QVariantList& row) {
        if (!row.at(1).isNull()) {
            return row.at(1).toString();
        }
        // A plain variable: lupdate loops forever on a call expression in the count argument.
        const int accounts = row.at(4).toInt();
        return QCoreApplication::translate(
            "tandem::ListColumn", "%Ln external account(s)", nullptr, accounts);
    };
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Supplier"), QStringLiteral("sp.display_name"),
            ColumnFormat::Text, {}, { QStringLiteral("sp.sort_key") })
            .slow()
            .wide(26),
        customer,
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "With"), QStringLiteral("e.what")).slow().wide(40),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Through"), QStringLiteral("e.via"),
            ColumnFormat::Choice, QStringLiteral("via"))
            .slow(),
    };
    spec.extraExpressions = { QStringLiteral("e.accounts") };
    // Every non-empty direction of a pair is an edge, and every owner serves the accounts they own.
    spec.from
        = QStringLiteral("(SELECT l.a_party AS supplier, l.b_party AS customer, l.a_to_b AS what, l.kind AS "
                         "via, 0 AS accounts, l.id * 2 AS edge "
                         "FROM internal_links l WHERE coalesce(l.a_to_b, '') <> '' "
                         "UNION ALL SELECT l.b_party, l.a_party, l.b_to_a, l.kind, 0, l.id * 2 + 1 FROM "
                         "internal_links l WHERE coalesce(l.b_to_a, '') <> '' "
                         "UNION ALL SELECT a.owner_id, NULL, NULL, 'owner', count(*), -a.owner_id FROM "
                         "accounts a WHERE a.owner_id IS NOT NULL "
                         "GROUP BY a.owner_id) e "
                         "JOIN parties sp ON sp.id = e.supplier LEFT JOIN parties cp ON cp.id = e.customer");
    spec.idExpression = QStringLiteral("e.edge");
    return spec;
}

namespace {
SqlCondition requestCondition(const RequestFilter& filter)
{
    QStringList conditions;
    QVariantList binds;
    const bool asRequester = filter.side != RequestFilter::Side::Provider;
    const bool asProvider = filter.side != RequestFilter::Side::Requester;
    if (filter.party) {
        QStringList sides;
        if (asRequester) {
            sides << QStringLiteral("r.requester = ?");
            binds << filter.party;
        }
        if (asProvider) {
            sides << QStringLiteral("r.provider = ?");
            binds << filter.party;
        }
        conditions << QStringLiteral("(%1)").arg(sides.join(QStringLiteral(" OR ")));
    }
    if (filter.department) {
        // The department itself or any colleague in it.
        QStringList sides;
        for (const auto& [wanted, column] : { std::pair { asRequester, QStringLiteral("r.requester") },
                 std::pair { asProvider, QStringLiteral("r.provider") } }) {
            if (!wanted) {
                continue;
            }
            if (!filter.departmentScope.isEmpty()) {
                sides << QStringLiteral("%1 IN (%2)")
                             .arg(column, sql::placeholders(filter.departmentScope.size()));
                for (qint64 party : filter.departmentScope) {
                    binds << party;
                }
            } else {
                sides << QStringLiteral(
                    "%1 = ? OR %1 IN (SELECT s.party_id FROM staff s WHERE s.department_id = ?)")
                             .arg(column);
                binds << filter.department << filter.department;
            }
        }
        conditions << QStringLiteral("(%1)").arg(sides.join(QStringLiteral(" OR ")));
    }
    if (!filter.statuses.isEmpty()) {
        conditions << QStringLiteral("r.status IN (%1)").arg(sql::placeholders(filter.statuses.size()));
        for (const QString& status : filter.statuses) {
            binds << status;
        }
    }
    if (filter.overdue) {
        conditions << requestIsOpenSql(QStringLiteral("r")) + QStringLiteral(" AND r.due_at < ?");
        binds << Clock::nowIso();
    }
    const struct
    {
        const QString& value;
        QString condition;
    } bounds[] = {
        { filter.createdFrom, QStringLiteral("r.created_at >= ?") },
        { filter.createdUntil, QStringLiteral("r.created_at < ?") },
        { filter.closedFrom,
            requestIsClosedSql(QStringLiteral("r")) + QStringLiteral(" AND r.closed_at >= ?") },
        { filter.closedUntil, QStringLiteral("r.closed_at < ?") },
    };
    for (const auto& bound : bounds) {
        if (!bound.value.isEmpty()) {
            conditions << bound.condition;
            binds << bound.value;
        }
    }
    if (filter.rated) {
        conditions << QStringLiteral("r.requester_rating IS NOT NULL");
    }
    return { conditions.join(QStringLiteral(" AND ")), binds };
}
} // namespace

ListSpec requests()
{
    ListSpec spec;
    // Sorting by a party walks the parties in name order and each one's requests through the index of
    // (party, status, created_at), which then needs no sort of its own.
    const auto byParty = [](const QString& alias) {
        return QStringList { alias + QStringLiteral(".sort_key"), alias + QStringLiteral(".id"),
            QStringLiteral("r.status"), QStringLiteral("r.created_at") };
    };
    ListColumn due = column(
        QT_TRANSLATE_NOOP("tandem::ListColumn", "Due"), QStringLiteral("r.due_at"), ColumnFormat::DateTime)
                         .wide(38);
    const QDateTime now = Clock::nowUtc();
    due.text = [now, nowIso = Clock::toIso(now)](const QVariantList& row) {
        if (row.at(7).isNull()) {
            return QString();
        }
        const QDateTime dueAt = QDateTime::fromString(row.at(7).toString(), Qt::ISODate);
        const QString shown = QLocale().toString(dueAt.toLocalTime(), QLocale::ShortFormat);
        if (!RequestWorkflow::isOverdue(row.at(5).toString(), row.at(7).toString(), nowIso)) {
            return shown;
        }
        // A plain variable: lupdate loops forever on a call expression in the count argument.
        const int days = RequestWorkflow::daysOverdue(row.at(7).toString(), now);
        return days == 0
            ? QCoreApplication::translate("tandem::ListColumn", "%1 (overdue today)").arg(shown)
            : QCoreApplication::translate("tandem::ListColumn", "%1 (overdue by %Ln day(s))", nullptr, days)
                  .arg(shown);
    };
    spec.columns = {
        // Each sort names every column of the index that serves it, so that rows come out of the index
        // already in order, ties included.
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Title"), QStringLiteral("r.title"),
            ColumnFormat::Text, {},
            { QStringLiteral("r.title"), QStringLiteral("r.status"), QStringLiteral("r.requester"),
                QStringLiteral("r.provider") })
            .wide(36),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Requester"), QStringLiteral("rp.display_name"),
            ColumnFormat::Text, {}, byParty(QStringLiteral("rp")))
            .sortedThrough(
                QStringLiteral("parties rp"), QStringLiteral("service_requests r ON r.requester = rp.id"))
            .wide(20),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Provider"), QStringLiteral("pp.display_name"),
            ColumnFormat::Text, {}, byParty(QStringLiteral("pp")))
            .sortedThrough(
                QStringLiteral("parties pp"), QStringLiteral("service_requests r ON r.provider = pp.id"))
            .wide(20),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Pair"), QStringLiteral("l.kind"),
            ColumnFormat::Choice, QStringLiteral("via"),
            { QStringLiteral("r.link_id"), QStringLiteral("r.status"), QStringLiteral("r.requester"),
                QStringLiteral("r.provider") })
            .wide(14),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Priority"), QStringLiteral("r.priority"),
            ColumnFormat::Choice, QStringLiteral("priority"), { requestPriorityOrder(QStringLiteral("r.")) }),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Status"), QStringLiteral("r.status"),
            ColumnFormat::Choice, QStringLiteral("status"),
            { requestStatusOrder(QStringLiteral("r.")), QStringLiteral("r.due_at"),
                QStringLiteral("r.status") }),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Created"), QStringLiteral("r.created_at"),
            ColumnFormat::DateTime)
            .wide(21),
        due,
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Rating"), QStringLiteral("r.requester_rating"),
            ColumnFormat::Rating, {},
            { QStringLiteral("r.requester_rating"), QStringLiteral("r.status"), QStringLiteral("r.due_at") }),
    };
    spec.from = QStringLiteral("service_requests r JOIN parties rp ON rp.id = r.requester JOIN parties pp ON "
                               "pp.id = r.provider LEFT JOIN internal_links l ON l.id = r.link_id");
    spec.countFrom = QStringLiteral("service_requests");
    spec.idExpression = QStringLiteral("r.id");
    // Filters name only the requests table, so pages and counts never need the joins.
    spec.idFrom = QStringLiteral("service_requests r");
    spec.idFromExpression = QStringLiteral("r.id");
    // A request is found by its own text and by the names of its two sides.
    spec.searchTargets = { { QStringLiteral("r.id"), SearchIndex::Kind::Request, {} },
        { QStringLiteral("r.requester"), SearchIndex::Kind::Party, {} },
        { QStringLiteral("r.provider"), SearchIndex::Kind::Party, {} } };
    spec.sortColumn = 6;
    spec.sortOrder = Qt::DescendingOrder;
    spec.attention = [nowIso = Clock::toIso(now)](const QVariantList& row) {
        return RequestWorkflow::isOverdue(row.at(5).toString(), row.at(7).toString(), nowIso);
    };
    spec.filterSql = takes(&requestCondition);
    return spec;
}

ListSpec handovers()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "From"), QStringLiteral("f.name"), ColumnFormat::Text,
            {}, { QStringLiteral("fp.sort_key") })
            .slow(),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Successor"), QStringLiteral("s.name"),
            ColumnFormat::Text, {}, { QStringLiteral("sp.sort_key") })
            .slow(),
        column(
            QT_TRANSLATE_NOOP("tandem::ListColumn", "When"), QStringLiteral("h.at"), ColumnFormat::DateTime)
            .slow()
            .wide(20),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Reason"), QStringLiteral("h.reason")).slow().wide(30),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Items"),
            QStringLiteral("(SELECT count(*) FROM handover_items i WHERE i.handover_id = h.id)"),
            ColumnFormat::Number)
            .slow(),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Watched until"), QStringLiteral("h.watch_until"),
            ColumnFormat::Date)
            .slow(),
    };
    spec.from = QStringLiteral(
        "handovers h JOIN staff f ON f.party_id = h.from_staff JOIN parties fp ON fp.id = h.from_staff "
        "LEFT JOIN staff s ON s.party_id = h.successor LEFT JOIN parties sp ON sp.id = h.successor");
    spec.countFrom = QStringLiteral("handovers");
    spec.idExpression = QStringLiteral("h.id");
    spec.searchTargets = { { QStringLiteral("h.from_staff"), SearchIndex::Kind::Party, {} },
        { QStringLiteral("h.successor"), SearchIndex::Kind::Party, {} } };
    spec.sortColumn = 2;
    spec.sortOrder = Qt::DescendingOrder;
    return spec;
}

namespace {
SqlCondition followUpCondition(const FollowUpFilter& filter)
{
    return idIs(QStringLiteral("a.owner_id"), filter.owner);
}
} // namespace

ListSpec dueFollowUps()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Due"), QStringLiteral("i.next_step_due"),
            ColumnFormat::Date)
            .wide(15),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Next step"), QStringLiteral("i.next_step"))
            .slow()
            .wide(36),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Account"), QStringLiteral("a.name")).slow().wide(28),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Owner"), QStringLiteral("o.name")).slow().wide(16),
    };
    spec.from = QStringLiteral("interactions i JOIN accounts a ON a.party_id = i.account_id LEFT JOIN staff "
                               "o ON o.party_id = a.owner_id");
    spec.countFrom = QStringLiteral("interactions i");
    // Served by the partial index of open next steps.
    spec.baseWhere
        = QStringLiteral("i.next_step_done = 0 AND i.next_step_due IS NOT NULL AND i.next_step_due <= ?");
    const QString today = Clock::today().toString(Qt::ISODate);
    spec.baseBinds = { today };
    spec.idExpression = QStringLiteral("i.id");
    spec.attention = [today](const QVariantList& row) {
        return row.at(0).toString() < today;
    };
    spec.filterSql = takes(&followUpCondition);
    return spec;
}

namespace {
// Every typed filter as its list's condition; the whole list without one.
struct ConditionOf
{
    SqlCondition operator()(std::monostate) const { return {}; }
    SqlCondition operator()(const AccountFilter& filter) const { return accountCondition(filter); }
    SqlCondition operator()(const StaffFilter& filter) const { return staffCondition(filter); }
    SqlCondition operator()(const FollowUpFilter& filter) const { return followUpCondition(filter); }
    SqlCondition operator()(const RequestFilter& filter) const { return requestCondition(filter); }
};
} // namespace

bool narrows(const ListFilter& filter)
{
    return !std::visit(ConditionOf(), filter).where.isEmpty();
}

} // namespace tandem::lists
