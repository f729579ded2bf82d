#include "Lists.h"

#include "Clock.h"

#include <QDateTime>

namespace tandem::lists {

namespace {
ListColumn column(const char* header, const QString& expression, ColumnFormat format = ColumnFormat::Text,
    const QString& choiceField = {}, const QString& sortExpression = {})
{
    return { header, expression, format, choiceField, sortExpression };
}
} // namespace

ListSpec accounts()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Name"), QStringLiteral("a.name"), ColumnFormat::Text,
            {}, QStringLiteral("p.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Category"), QStringLiteral("a.category"),
            ColumnFormat::Choice, QStringLiteral("category")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Segment"), QStringLiteral("a.segment"),
            ColumnFormat::Choice, QStringLiteral("segment")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Owner"), QStringLiteral("o.name"), ColumnFormat::Text,
            {}, QStringLiteral("op.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "City"), QStringLiteral("a.city")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Phone"), QStringLiteral("a.phone")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Last contact"),
            QStringLiteral("(SELECT max(i.occurred_at) FROM interactions i WHERE i.account_id = a.party_id)"),
            ColumnFormat::DateTime),
    };
    spec.from = QStringLiteral(
        "accounts a JOIN parties p ON p.id = a.party_id LEFT JOIN staff o ON o.party_id = a.owner_id "
        "LEFT JOIN parties op ON op.id = a.owner_id");
    spec.idExpression = QStringLiteral("a.party_id");
    return spec;
}

ListSpec staff()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Name"), QStringLiteral("s.name"), ColumnFormat::Text,
            {}, QStringLiteral("p.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Title"), QStringLiteral("s.title")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Rank level"), QStringLiteral("s.rank_level"),
            ColumnFormat::Choice, QStringLiteral("rank_level")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Department"), QStringLiteral("d.name"),
            ColumnFormat::Text, {}, QStringLiteral("dp.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Manager"), QStringLiteral("m.name"),
            ColumnFormat::Text, {}, QStringLiteral("mp.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "E-mail"), QStringLiteral("s.email")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Phone"), QStringLiteral("s.phone")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Status"), QStringLiteral("s.status"),
            ColumnFormat::Choice, QStringLiteral("status")),
    };
    spec.from = QStringLiteral(
        "staff s JOIN parties p ON p.id = s.party_id LEFT JOIN departments d ON d.party_id = s.department_id "
        "LEFT JOIN parties dp ON dp.id = s.department_id LEFT JOIN staff m ON m.party_id = s.manager_id "
        "LEFT JOIN parties mp ON mp.id = s.manager_id");
    spec.idExpression = QStringLiteral("s.party_id");
    spec.attention = [](const QVariantList& row) {
        return row.at(7).toString() == QLatin1String("departed");
    };
    return spec;
}

ListSpec links()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Party A"), QStringLiteral("pa.display_name"),
            ColumnFormat::Text, {}, QStringLiteral("pa.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Kind"), QStringLiteral("l.kind"),
            ColumnFormat::Choice, QStringLiteral("kind")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Party B"), QStringLiteral("pb.display_name"),
            ColumnFormat::Text, {}, QStringLiteral("pb.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Pattern"), QStringLiteral("l.pattern"),
            ColumnFormat::Choice, QStringLiteral("pattern")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "What A supplies B"), QStringLiteral("l.a_to_b")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "What B supplies A"), QStringLiteral("l.b_to_a")),
    };
    spec.from = QStringLiteral(
        "internal_links l JOIN parties pa ON pa.id = l.a_party JOIN parties pb ON pb.id = l.b_party");
    spec.idExpression = QStringLiteral("l.id");
    // A pair with one direction empty is one-sided: the point of a pair is that service runs both ways.
    spec.attention = [](const QVariantList& row) {
        return row.at(4).toString().trimmed().isEmpty() || row.at(5).toString().trimmed().isEmpty();
    };
    return spec;
}

ListSpec chainEdges()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Supplier"), QStringLiteral("sp.display_name"),
            ColumnFormat::Text, {}, QStringLiteral("sp.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "serves customer"), QStringLiteral("cp.display_name"),
            ColumnFormat::Text, {}, QStringLiteral("cp.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Customer kind"), QStringLiteral("cp.kind"),
            ColumnFormat::Choice, QStringLiteral("party_kind")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "With"), QStringLiteral("e.what")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Through"), QStringLiteral("e.via"),
            ColumnFormat::Choice, QStringLiteral("via")),
    };
    // Every non-empty direction of a pair is an edge, and every owner serves the accounts they own.
    spec.from = QStringLiteral("(SELECT l.a_party AS supplier, l.b_party AS customer, l.a_to_b AS what, "
                               "l.kind AS via, l.id * 2 AS edge FROM internal_links l "
                               "WHERE coalesce(l.a_to_b, '') <> '' "
                               "UNION ALL SELECT l.b_party, l.a_party, l.b_to_a, l.kind, l.id * 2 + 1 FROM "
                               "internal_links l WHERE coalesce(l.b_to_a, '') <> '' "
                               "UNION ALL SELECT a.owner_id, a.party_id, NULL, 'owner', -a.party_id FROM "
                               "accounts a WHERE a.owner_id IS NOT NULL) e "
                               "JOIN parties sp ON sp.id = e.supplier JOIN parties cp ON cp.id = e.customer");
    spec.idExpression = QStringLiteral("e.edge");
    return spec;
}

ListSpec requests()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Title"), QStringLiteral("r.title")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Requester"), QStringLiteral("rp.display_name"),
            ColumnFormat::Text, {}, QStringLiteral("rp.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Provider"), QStringLiteral("pp.display_name"),
            ColumnFormat::Text, {}, QStringLiteral("pp.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Priority"), QStringLiteral("r.priority"),
            ColumnFormat::Choice, QStringLiteral("priority")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Status"), QStringLiteral("r.status"),
            ColumnFormat::Choice, QStringLiteral("status")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Created"), QStringLiteral("r.created_at"),
            ColumnFormat::DateTime),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Due"), QStringLiteral("r.due_at"),
            ColumnFormat::DateTime),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Rating"), QStringLiteral("r.requester_rating"),
            ColumnFormat::Rating),
    };
    spec.from = QStringLiteral(
        "service_requests r JOIN parties rp ON rp.id = r.requester JOIN parties pp ON pp.id = r.provider");
    spec.idExpression = QStringLiteral("r.id");
    spec.sortColumn = 5;
    spec.sortOrder = Qt::DescendingOrder;
    spec.attention = [](const QVariantList& row) {
        const QString status = row.at(4).toString();
        const bool open = status == QLatin1String("open") || status == QLatin1String("in_progress")
            || status == QLatin1String("waiting");
        const QString due = row.at(6).toString();
        return open && !due.isEmpty() && due < Clock::nowIso();
    };
    return spec;
}

ListSpec handovers()
{
    ListSpec spec;
    spec.columns = {
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "From"), QStringLiteral("f.name"), ColumnFormat::Text,
            {}, QStringLiteral("fp.sort_key")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Successor"), QStringLiteral("s.name"),
            ColumnFormat::Text, {}, QStringLiteral("sp.sort_key")),
        column(
            QT_TRANSLATE_NOOP("tandem::ListColumn", "When"), QStringLiteral("h.at"), ColumnFormat::DateTime),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Reason"), QStringLiteral("h.reason")),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Items"),
            QStringLiteral("(SELECT count(*) FROM handover_items i WHERE i.handover_id = h.id)"),
            ColumnFormat::Number),
        column(QT_TRANSLATE_NOOP("tandem::ListColumn", "Watched until"), QStringLiteral("h.watch_until"),
            ColumnFormat::Date),
    };
    spec.from = QStringLiteral(
        "handovers h JOIN staff f ON f.party_id = h.from_staff JOIN parties fp ON fp.id = h.from_staff "
        "LEFT JOIN staff s ON s.party_id = h.successor LEFT JOIN parties sp ON sp.id = h.successor");
    spec.idExpression = QStringLiteral("h.id");
    spec.sortColumn = 2;
    spec.sortOrder = Qt::DescendingOrder;
    return spec;
}

} // namespace tandem::lists
