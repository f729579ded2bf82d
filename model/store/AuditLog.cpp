#include "AuditLog.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"

namespace tandem {

AuditLog::AuditLog(Database& database, sql::StatementCache* statements)
    : m_database(database)
    , m_statements(statements)
{ }

Error AuditLog::record(const Entry& entry)
{
    const QString statement = QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, "
                                             "field, old_value, new_value) VALUES (?, "
                                             "?, ?, ?, ?, ?, ?, ?)");
    const QVariantList values { Clock::nowIso(), m_database.actor(), entry.entity, entry.id, entry.action,
        entry.field.isEmpty() ? QVariant() : QVariant(entry.field),
        entry.before.isNull() ? QVariant() : QVariant(entry.before.toString()),
        entry.after.isNull() ? QVariant() : QVariant(entry.after.toString()) };
    if (m_statements) {
        auto written = m_statements->run(statement, values);
        return written ? Error() : written.error();
    }
    auto written = sql::run(m_database.connection(), statement, values);
    return written ? Error() : written.error();
}

Result<qint64> AuditLog::mark() const
{
    auto mark
        = sql::scalar(m_database.connection(), QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (!mark) {
        return mark.error();
    }
    return mark->toLongLong();
}

Result<bool> AuditLog::changedSince(const QString& entity, qint64 id, qint64 mark) const
{
    const QString statement
        = QStringLiteral("SELECT 1 FROM audit_log WHERE entity = ? AND entity_id = ? AND id > ? LIMIT 1");
    auto since = m_statements ? m_statements->scalar(statement, { entity, id, mark })
                              : sql::scalar(m_database.connection(), statement, { entity, id, mark });
    if (!since) {
        return since.error();
    }
    return since->isValid();
}

} // namespace tandem
