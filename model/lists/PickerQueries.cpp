#include "PickerQueries.h"

#include "Database.h"
#include "Sql.h"

namespace tandem {

namespace {

bool offered(const SearchIndex::Hit& hit, const PickerQueries::Scope& scope)
{
    return hit.id != scope.excluded && (scope.departed || !hit.inactive);
}

} // namespace

PickerQueries::PickerQueries(Database& database)
    : m_database(database)
{ }

Result<QList<SearchIndex::Hit>> PickerQueries::matching(
    const QString& text, const Scope& scope, int limit) const
{
    // Colleagues who have left rank after those still here, so asking for twice as many leaves enough once
    // they are set aside.
    auto found = SearchIndex(m_database).find(text, limit * 2 + 1, scope.entities);
    if (!found) {
        return found.error();
    }
    QList<SearchIndex::Hit> hits;
    for (const QString& entity : scope.entities) {
        for (const SearchIndex::Hit& hit : std::as_const(*found)) {
            if (hit.entity == entity && offered(hit, scope) && hits.size() < limit) {
                hits << hit;
            }
        }
    }
    return hits;
}

Result<QList<SearchIndex::Hit>> PickerQueries::first(const Scope& scope, int limit) const
{
    // Walks the (kind, sort_key) index, so the first names come without reading the rest.
    const QString statement = QStringLiteral(
        "SELECT p.id FROM parties p LEFT JOIN staff s ON s.party_id = p.id WHERE p.kind = ? AND p.id <> ? "
        "%1 ORDER BY p.sort_key, p.id LIMIT ?")
                                  .arg(scope.departed
                                          ? QString()
                                          : QStringLiteral(
                                              "AND (s.status IS NULL OR s.status <> 'departed')"));
    // Each entity gets its share, so that colleagues show under 50 departments.
    const qsizetype entities = qMax<qsizetype>(1, scope.entities.size());
    const int each = int((limit + entities - 1) / entities);
    QList<qint64> ids;
    for (const QString& entity : scope.entities) {
        auto rows = sql::run(m_database.connection(), statement, { entity, scope.excluded, each });
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            ids << rows->value(0).toLongLong();
        }
    }
    return SearchIndex(m_database).parties(ids);
}

std::optional<SearchIndex::Hit> PickerQueries::byId(qint64 id) const
{
    auto found = SearchIndex(m_database).parties({ id });
    if (!found || found->isEmpty()) {
        return std::nullopt;
    }
    return found->first();
}

} // namespace tandem
