#include "PagedListModel.h"

#include "Database.h"
#include "Entities.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace tandem {

namespace {
constexpr int maxCachedPages = 16;
}

PagedListModel::PagedListModel(Database& database, ListSpec spec, QObject* parent)
    : PagedListModel(database, std::move(spec), lists::ListFilter(), parent)
{ }

PagedListModel::PagedListModel(
    Database& database, ListSpec spec, const lists::ListFilter& filter, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_spec(std::move(spec))
{
    takeFilter(filter);
    m_rowCount = countRows();
}

void PagedListModel::takeFilter(const lists::ListFilter& filter)
{
    std::optional<SqlCondition> condition;
    if (std::holds_alternative<std::monostate>(filter)) {
        condition = SqlCondition();
    } else if (m_spec.filterSql) {
        condition = m_spec.filterSql(filter);
    }
    m_filterRefused = !condition;
    m_filter = condition.value_or(SqlCondition());
}

SqlCondition PagedListModel::narrowing() const
{
    if (m_search.where.isEmpty()) {
        return m_filter;
    }
    if (m_filter.where.isEmpty()) {
        return m_search;
    }
    return { QStringLiteral("(%1) AND (%2)").arg(m_filter.where, m_search.where),
        m_filter.binds + m_search.binds };
}

void PagedListModel::setSearchText(const QString& text)
{
    m_searchText = text;
    m_search = SqlCondition();
    QStringList alternatives;
    for (const SearchTarget& target : std::as_const(m_spec.searchTargets)) {
        const SearchIndex::Condition matching = SearchIndex::condition(
            m_database, target.through.isEmpty() ? target.column : QStringLiteral("id"), target.kind, text);
        if (matching.where.isEmpty()) {
            continue;
        }
        alternatives << (target.through.isEmpty()
                ? matching.where
                : QStringLiteral("%1 IN (%2)").arg(target.column, target.through.arg(matching.where)));
        m_search.binds << matching.binds;
    }
    m_search.where = alternatives.join(QStringLiteral(" OR "));
    reload();
}

QString PagedListModel::whereClause() const
{
    QStringList conditions;
    for (const QString& condition : { m_spec.baseWhere, narrowing().where }) {
        if (!condition.isEmpty()) {
            conditions << QStringLiteral("(%1)").arg(condition);
        }
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

int PagedListModel::countRows()
{
    if (m_filterRefused) {
        // A window gave the list another list's filter: showing every row instead would mislead.
        m_lastError = tr("This list cannot be filtered that way.");
        return 0;
    }
    // A filter may name joined tables, so the short count only serves the unfiltered list.
    // The base condition names only the counted table (a rule of ListSpec), so it applies to both.
    const SqlCondition narrowed = narrowing();
    const bool shortCount = !m_spec.countFrom.isEmpty() && narrowed.where.isEmpty();
    // A filter names only idFrom's table (a rule of ListSpec), so it counts without the joins.
    const QString filteredFrom = m_spec.idFrom.isEmpty() ? m_spec.from : m_spec.idFrom;
    const QString statement = shortCount
        ? QStringLiteral("SELECT count(*) FROM %1%2")
              .arg(m_spec.countFrom,
                  m_spec.baseWhere.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_spec.baseWhere)
        : QStringLiteral("SELECT count(*) FROM %1%2").arg(filteredFrom, whereClause());
    auto count = sql::scalar(m_database.connection(), statement, m_spec.baseBinds + narrowed.binds);
    if (!count) {
        m_lastError = count.error().message;
        return 0;
    }
    m_lastError.clear();
    return count->toInt();
}

void PagedListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_pagesLoaded = 0;
    m_rowCount = countRows();
    endResetModel();
}

void PagedListModel::setFilter(const lists::ListFilter& filter)
{
    takeFilter(filter);
    reload();
}

bool PagedListModel::isSortable(int column) const
{
    if (column < 0 || column >= m_spec.columns.size()) {
        return false;
    }
    // A column whose expression binds values (a date window) has no place in the id-only first step.
    const ListColumn& candidate = m_spec.columns.at(column);
    return !candidate.sortKeys.isEmpty() || !candidate.expression.contains(QLatin1Char('?'))
        || !candidate.sortBinds.isEmpty();
}

bool PagedListModel::canSortQuickly(int column) const
{
    if (column < 0 || column >= m_spec.columns.size()) {
        return false;
    }
    return isSortable(column) && (m_spec.columns.at(column).fastSort || m_rowCount <= m_quickSortLimit);
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_spec.columns.size()) {
        return;
    }
    if (!canSortQuickly(column)) {
        emit sortRefused(column);
        return;
    }
    m_spec.sortColumn = column;
    m_spec.sortOrder = order;
    reload();
}

int PagedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_spec.columns.size());
}

const QList<PagedListModel::Row>* PagedListModel::page(int pageNumber) const
{
    const auto cached = m_pages.constFind(pageNumber);
    if (cached != m_pages.constEnd()) {
        return &cached.value();
    }
    QStringList selected;
    for (const ListColumn& column : m_spec.columns) {
        selected << column.expression;
    }
    selected << m_spec.extraExpressions;
    selected << m_spec.idExpression;
    const ListColumn& sortColumn = m_spec.columns.at(m_spec.sortColumn);
    const bool ascending = m_spec.sortOrder == Qt::AscendingOrder;
    const QString direction = (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"))
        + m_database.dialect().emptyValuesOrder(ascending);
    QStringList order
        = sortColumn.sortKeys.isEmpty() ? QStringList { sortColumn.expression } : sortColumn.sortKeys;
    // Two steps: first the ids of the page, which SQLite finds by walking an index without touching the
    // joined tables (so a page deep into a million rows costs little), then those rows in full.
    const bool lean = !m_spec.idFrom.isEmpty() && !sortColumn.sortNeedsJoins;
    order << (lean ? m_spec.idFromExpression : m_spec.idExpression);
    // A filter that keeps few rows: sort those rows rather than walk the sort's index past the many it
    // rejects (a rare status sorted by date would otherwise read most of a million rows). One that keeps
    // many is checked on the way along the sort's index, from the columns that index carries.
    const SqlCondition narrowed = narrowing();
    const bool sortAfterFiltering = !narrowed.where.isEmpty() && m_rowCount <= m_selectiveFilterRows;
    for (QString& key : order) {
        key = (sortAfterFiltering ? m_database.dialect().unindexed(key) : key) + direction;
    }
    QString from = lean ? m_spec.idFrom : m_spec.from;
    if (!sortAfterFiltering && !sortColumn.sortOuter.isEmpty()) {
        from = QStringLiteral("%1 %2 %3")
                   .arg(sortColumn.sortOuter, m_database.dialect().orderedJoin(), sortColumn.sortInner);
    }
    const QString idStatement = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 LIMIT ? OFFSET ?")
                                    .arg(lean ? m_spec.idFromExpression : m_spec.idExpression, from,
                                        whereClause(), order.join(QStringLiteral(", ")));
    // Values in the order the statement holds them: the conditions, the sort expression, then the page.
    QVariantList binds = m_spec.baseBinds + narrowed.binds;
    if (sortColumn.sortKeys.isEmpty()) {
        binds << sortColumn.sortBinds;
    }
    binds << pageSize << pageNumber * pageSize;
    QList<Row> loaded;
    auto idRows = sql::run(m_database.connection(), idStatement, binds);
    QVariantList ids;
    if (!idRows) {
        m_lastError = idRows.error().message;
    } else {
        while (idRows->next()) {
            ids << idRows->value(0);
        }
    }
    if (!ids.isEmpty()) {
        const QString rowStatement = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                                         .arg(selected.join(QStringLiteral(", ")), m_spec.from,
                                             m_spec.idExpression, sql::placeholders(ids.size()));
        auto rows = sql::run(m_database.connection(), rowStatement, m_spec.selectBinds + ids);
        if (!rows) {
            m_lastError = rows.error().message;
        } else {
            const int width = int(selected.size());
            QHash<qint64, Row> byId;
            while (rows->next()) {
                Row row;
                row.reserve(width + 1);
                for (int i = 0; i < width; ++i) {
                    row << rows->value(i);
                }
                // The last cell says whether the row needs attention, decided once as the page loads.
                row << (m_spec.attention ? m_spec.attention(row) : false);
                byId.insert(row.at(width - 1).toLongLong(), row);
            }
            for (const QVariant& id : ids) {
                const auto found = byId.constFind(id.toLongLong());
                if (found != byId.constEnd()) {
                    loaded << found.value();
                }
            }
        }
    }
    ++m_pagesLoaded;
    if (m_pageOrder.size() >= maxCachedPages) {
        m_pages.remove(m_pageOrder.takeFirst());
    }
    m_pageOrder << pageNumber;
    return &*m_pages.insert(pageNumber, loaded);
}

QString PagedListModel::formatted(const ListColumn& column, const QVariant& value) const
{
    if (value.isNull()) {
        return QString();
    }
    const QLocale locale;
    switch (column.format) {
    case ColumnFormat::Text:
        return value.toString();
    case ColumnFormat::Choice:
        return labels::choice(column.choiceField, value.toString());
    case ColumnFormat::Date:
        return locale.toString(
            QDate::fromString(value.toString().left(10), Qt::ISODate), QLocale::ShortFormat);
    case ColumnFormat::DateTime:
        return locale.toString(
            QDateTime::fromString(value.toString(), Qt::ISODate).toLocalTime(), QLocale::ShortFormat);
    case ColumnFormat::Number:
        return locale.toString(value.toLongLong());
    case ColumnFormat::Rating:
        return QString(value.toInt(), QChar(0x2605));
    }
    return value.toString();
}

QVariant PagedListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_spec.columns.size()) {
        return {};
    }
    const QList<Row>* rows = page(index.row() / pageSize);
    const int offset = index.row() % pageSize;
    if (!rows || offset >= rows->size()) {
        return {};
    }
    const Row& row = rows->at(offset);
    const ListColumn& column = m_spec.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return column.text ? column.text(row) : formatted(column, row.at(index.column()));
    case Qt::TextAlignmentRole:
        return column.format == ColumnFormat::Number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                     : QVariant();
    case IdRole:
        return row.at(row.size() - 2);
    case RawRole:
        return row.at(index.column());
    case AttentionRole:
        return row.last().toBool();
    default:
        return {};
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= m_spec.columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return QCoreApplication::translate("tandem::ListColumn", m_spec.columns.at(section).header);
}

qint64 PagedListModel::idAt(int row) const
{
    return data(index(row, 0), IdRole).toLongLong();
}

} // namespace tandem
