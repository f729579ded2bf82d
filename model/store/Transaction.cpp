#include "Transaction.h"

#include "Database.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {

Transaction::Transaction(Database& database)
    : m_database(database)
{
    if (m_database.m_transactionDepth == 0) {
        const QStringList begin = m_database.dialect().beginWrite();
        for (qsizetype i = 0; i < begin.size(); ++i) {
            QSqlQuery query(m_database.connection());
            if (!query.exec(begin.at(i))) {
                m_error = sql::errorFrom(query.lastError(), QString());
                m_finished = true;
                if (i > 0) { // the transaction began, and its lock could not be taken
                    QSqlQuery(m_database.connection()).exec(QStringLiteral("ROLLBACK"));
                }
                return;
            }
        }
        m_outermost = true;
        m_database.m_rollbackOnly = false;
    }
    ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_finished) {
        return;
    }
    --m_database.m_transactionDepth;
    if (m_outermost) {
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_database.m_rollbackOnly = true;
    }
}

Error Transaction::commit()
{
    if (m_error) {
        return m_error;
    }
    if (m_finished) {
        return Error::database(
            QCoreApplication::translate("tandem::Transaction", "The transaction has already ended."));
    }
    m_finished = true;
    --m_database.m_transactionDepth;
    if (!m_outermost) {
        return {};
    }
    QSqlQuery query(m_database.connection());
    if (m_database.m_rollbackOnly) {
        query.exec(QStringLiteral("ROLLBACK"));
        return Error::database(QCoreApplication::translate(
            "tandem::Transaction", "Part of the change failed, so none of it was saved."));
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = sql::errorFrom(query.lastError(), QString());
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

} // namespace tandem
