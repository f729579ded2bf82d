#include "RequestQueries.h"

#include "Database.h"
#include "Satisfaction.h"
#include "Sql.h"

namespace tandem {

RequestQueries::RequestQueries(Database& database)
    : m_database(database)
{ }

Error RequestQueries::scope(lists::RequestFilter& filter) const
{
    if (!filter.department) {
        filter.departmentScope.clear();
        return {};
    }
    auto parties = Satisfaction(m_database).scope(filter.department);
    if (!parties) {
        return parties.error();
    }
    filter.departmentScope = *parties;
    return {};
}

Error RequestQueries::list(const QList<lists::RequestFilter>& filters, int limit,
    const std::function<bool(const Record&)>& row) const
{
    const Entity& entity = entities::request();
    QStringList conditions;
    QVariantList binds;
    // The Requests list's own filter, so that the command line selects exactly what the page shows.
    const ListSpec list = lists::requests();
    for (lists::RequestFilter filter : filters) {
        if (Error error = scope(filter)) {
            return error;
        }
        const SqlCondition where = *list.filterSql(filter);
        if (!where.where.isEmpty()) {
            conditions << QStringLiteral("(%1)").arg(where.where);
            binds << where.binds;
        }
    }
    // Column names come from Tandem's own entity definition; every value is bound.
    QString statement = QStringLiteral("SELECT %1 FROM service_requests r")
                            .arg(EntityStore::columnList(entity, QStringLiteral("r")));
    if (!conditions.isEmpty()) {
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    statement += QStringLiteral(" ORDER BY r.created_at DESC, r.id DESC");
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT ?");
        binds << limit;
    }
    auto rows = sql::run(m_database.connection(), statement, binds);
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        if (!row(EntityStore::recordFrom(*rows, entity))) {
            break;
        }
    }
    return {};
}

} // namespace tandem
