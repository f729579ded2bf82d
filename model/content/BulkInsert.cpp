#include "BulkInsert.h"

#include "Sql.h"

#include <QCoreApplication>

namespace tandem::generator {

namespace {

QString doing()
{
    return QCoreApplication::translate("tandem::Generator", "Generating data");
}

} // namespace

BulkInsert::BulkInsert(const QSqlDatabase& db, int columns, Statement statement, Shape shape)
    : m_db(db)
    , m_columns(columns)
    , m_statement(std::move(statement))
    , m_shape(shape)
{
    m_pending.reserve(qsizetype(columns) * shape.rowsHeld);
}

BulkInsert::Statement BulkInsert::into(const QString& table, const QStringList& columns)
{
    // Table and column names are the generator's own, never input.
    const QString head
        = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
    const QString row = QLatin1Char('(') + sql::placeholders(columns.size()) + QLatin1Char(')');
    return [head, row](int rows) {
        QStringList all;
        all.fill(row, rows);
        return head + all.join(QStringLiteral(", "));
    };
}

Error BulkInsert::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(int(row.size()) == m_columns);
    for (const QVariant& value : row) {
        m_pending.append(value);
    }
    if (m_pending.size() < qsizetype(m_columns) * m_shape.rowsHeld) {
        return {};
    }
    return flush();
}

Error BulkInsert::flush()
{
    if (m_pending.isEmpty()) {
        return {};
    }
    if (m_parent) {
        if (Error error = m_parent->flush()) {
            return error;
        }
    }
    const qsizetype rows = m_pending.size() / m_columns;
    qsizetype done = 0;
    if (rows >= m_shape.rowsPerStatement) {
        if (!m_prepared) {
            m_full = QSqlQuery(m_db);
            if (!m_full.prepare(m_statement(m_shape.rowsPerStatement))) {
                return sql::errorFrom(m_full.lastError(), doing());
            }
            m_prepared = true;
        }
        for (; done + m_shape.rowsPerStatement <= rows; done += m_shape.rowsPerStatement) {
            if (Error error = write(m_full, done, m_shape.rowsPerStatement)) {
                return error;
            }
        }
    }
    if (done < rows) {
        // The last, smaller batch has a statement of its own, used once.
        QSqlQuery rest(m_db);
        if (!rest.prepare(m_statement(int(rows - done)))) {
            return sql::errorFrom(rest.lastError(), doing());
        }
        if (Error error = write(rest, done, int(rows - done))) {
            return error;
        }
    }
    m_pending.clear();
    return {};
}

Error BulkInsert::write(QSqlQuery& query, qsizetype from, int rows)
{
    const qsizetype first = from * m_columns;
    for (qsizetype i = 0; i < qsizetype(rows) * m_columns; ++i) {
        query.bindValue(int(i), m_pending.at(first + i));
    }
    return sql::exec(query, doing());
}

} // namespace tandem::generator
