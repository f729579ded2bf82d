#pragma once

#include "ListFilter.h"
#include "SearchIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace tandem {

class Database;

enum class ColumnFormat
{
    Text,
    Choice, // a stored enum value, shown with its translated label
    Date, // yyyy-MM-dd, shown in the locale's short form
    DateTime, // ISO 8601 UTC, shown in local time
    Number,
    Rating, // 1-5 or empty
};

// One column of a list: its header (English, translated in the "tandem::ListColumn" context) and the SQL
// that selects and sorts it. Expressions are Tandem's own text, never input.
struct ListColumn
{
    const char* header = nullptr;
    QString expression;
    ColumnFormat format = ColumnFormat::Text;
    QString choiceField; // for Choice
    QStringList sortKeys; // empty: sort by the expression itself; the direction applies to each key
    // False when no index serves the sort: such a column sorts only lists small enough to sort quickly.
    bool fastSort = true;
    QVariantList sortBinds; // values the expression binds, when the list is sorted by it
    bool sortNeedsJoins = false; // the sort names joined tables, so ListSpec::idFrom cannot serve it
    // For finding a page's ids when sorted by this column: the table whose index gives the order (outer) and
    // the list's table joined to it (inner, with its ON condition), joined so that the outer table leads and
    // the rows come out in order without a sort; empty: ListSpec's FROM.
    QString sortOuter;
    QString sortInner;
    int widthHint = 16; // initial width in average characters
    // Optional: the text to show, computed from the row's raw values (columns, then extra expressions).
    std::function<QString(const QVariantList& row)> text;

    // Marks a column no index sorts: on a large list it is shown but not sorted.
    ListColumn slow() const
    {
        ListColumn copy = *this;
        copy.fastSort = false;
        return copy;
    }
    // Marks a column whose sort names joined tables.
    ListColumn joined() const
    {
        ListColumn copy = *this;
        copy.sortNeedsJoins = true;
        return copy;
    }
    // Sorted by walking `outer` in order, each of its rows joined to the list's rows through `inner`.
    ListColumn sortedThrough(const QString& outer, const QString& inner) const
    {
        ListColumn copy = *this;
        copy.sortOuter = outer;
        copy.sortInner = inner;
        copy.sortNeedsJoins = true;
        return copy;
    }
    ListColumn wide(int characters) const
    {
        ListColumn copy = *this;
        copy.widthHint = characters;
        return copy;
    }
};

// A condition of a WHERE clause without the keyword, and the values it binds.
struct SqlCondition
{
    QString where;
    QVariantList binds;
};

// Records of the search index a list's rows stand for, so that its search field finds rows by them: a row
// shows when `column` (on idFrom's table, when the list has one) is the id of a matching record of `kind`,
// or, with `through`, is among the values that SELECT gives, its %1 being the condition on the matching
// record's `id` (an account found by one of its contacts).
struct SearchTarget
{
    QString column;
    SearchIndex::Kind kind = SearchIndex::Kind::Party;
    QString through;
};

// What a list shows: columns, the FROM clause with its joins, and the typed filter it takes.
struct ListSpec
{
    QList<ListColumn> columns;
    QStringList extraExpressions; // selected after the columns, for `text` and `attention`
    QVariantList selectBinds; // values the column expressions bind, in order
    QString from;
    // Counting needs only the base table when the joins cannot change the count (inner joins on
    // required references); empty: count over `from`. baseWhere must then name only this table.
    QString countFrom;
    // The FROM for finding a page's ids when neither the filter nor the sort needs the joins, and the id as
    // it is named there; empty: `from` and `idExpression`. The filter must then name only idFrom's table.
    QString idFrom;
    QString idFromExpression;
    QString baseWhere; // always applied, such as a kind that lets an index serve the order
    QVariantList baseBinds; // values baseWhere binds
    // The list's typed filter as a condition (on idFrom's table, when the list has one), written beside the
    // list's spec in Lists.cpp; nothing for a filter of another list. Unset: the list takes no filter.
    std::function<std::optional<SqlCondition>(const lists::ListFilter& filter)> filterSql;
    QString idExpression; // the record's id, for IdRole and as the last sort key
    QList<SearchTarget> searchTargets; // empty: the list cannot be searched
    // Optional: whether a row (its raw column values) needs attention, such as an overdue request.
    std::function<bool(const QVariantList& row)> attention;
    int sortColumn = 0;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

// A table model that never loads every row: it counts the rows, then fetches pages of them as the view
// scrolls, sorted and filtered in SQL.
class PagedListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawRole,
        AttentionRole, // true for rows the view should highlight
    };

    PagedListModel(Database& database, ListSpec spec, QObject* parent = nullptr);
    PagedListModel(
        Database& database, ListSpec spec, const lists::ListFilter& filter, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Whether sorting by `column` stays quick at the current size.
    bool canSortQuickly(int column) const;
    // Whether the column can be sorted at all, whatever the size of the list.
    bool isSortable(int column) const;

    // Replaces the filter and reloads. A filter the list does not take shows no rows and says so in
    // lastError().
    void setFilter(const lists::ListFilter& filter);
    // Keeps the rows whose records, or the records they stand for, match what was typed in the search index,
    // together with the filter; empty text keeps all. Reloads.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }
    bool isSearchable() const { return !m_spec.searchTargets.isEmpty(); }
    void reload();
    qint64 idAt(int row) const;
    // The last database error, empty when the last query worked.
    QString lastError() const { return m_lastError; }
    int sortColumn() const { return m_spec.sortColumn; }
    Qt::SortOrder sortOrder() const { return m_spec.sortOrder; }
    int widthHint(int column) const { return m_spec.columns.at(column).widthHint; }

    static constexpr int pageSize = 200;
    // Above this many rows, only columns an index serves are sorted: a full sort would freeze the window.
    static constexpr int defaultQuickSortLimit = 20000;
    // Up to this many filtered rows, the filter's index finds them and they are sorted; above it, the sort's
    // index is walked and the filter checked on the way (about 100 ms either way at this size).
    static constexpr int selectiveFilterRows = 50000;
    void setQuickSortLimit(int rows) { m_quickSortLimit = rows; }
    // For tests: a filter that keeps more rows than this is checked along the sort's index.
    void setSelectiveFilterRows(int rows) { m_selectiveFilterRows = rows; }
    // For tests: how many pages were read from the database since the rows were last counted.
    int pagesLoaded() const { return m_pagesLoaded; }

signals:
    // A sort was refused because it would be slow; the order stayed as it was.
    void sortRefused(int column);

private:
    using Row = QVariantList;
    const QList<Row>* page(int pageNumber) const;
    QString formatted(const ListColumn& column, const QVariant& value) const;
    int countRows();
    QString whereClause() const;
    // The filter and the search together.
    SqlCondition narrowing() const;
    void takeFilter(const lists::ListFilter& filter);

    Database& m_database;
    ListSpec m_spec;
    SqlCondition m_filter; // the typed filter as SQL, empty when it leaves no row out
    bool m_filterRefused = false; // the filter was of another list
    QString m_searchText;
    SqlCondition m_search; // the search text as SQL, empty when there is none
    int m_rowCount = 0;
    int m_quickSortLimit = defaultQuickSortLimit;
    int m_selectiveFilterRows = selectiveFilterRows;
    mutable QHash<int, QList<Row>> m_pages;
    mutable QList<int> m_pageOrder; // least recently loaded first
    mutable int m_pagesLoaded = 0;
    mutable QString m_lastError;
};

} // namespace tandem
