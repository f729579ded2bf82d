#include "Maintenance.h"

#include "Database.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tandem {

Maintenance::Maintenance(Database& database)
    : m_database(database)
{ }

Result<Counts> Maintenance::counts() const
{
    // Key and table pairs are Tandem's own names, in the order the contract lists them.
    const std::pair<const char*, const char*> tables[] = {
        { "departments", "departments" },
        { "staff", "staff" },
        { "links", "internal_links" },
        { "accounts", "accounts" },
        { "contacts", "contacts" },
        { "interactions", "interactions" },
        { "purchases", "purchases" },
        { "requests", "service_requests" },
        { "handovers", "handovers" },
    };
    Counts counts;
    for (const auto& [key, table] : tables) {
        auto count = sql::scalar(
            m_database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!count) {
            return count.error();
        }
        counts.append({ QString::fromLatin1(key), count->toLongLong() });
    }
    return counts;
}

Result<CheckReport> Maintenance::check() const
{
    CheckReport report;
    const QSqlDatabase db = m_database.connection();
    const SqlDialect& dialect = m_database.dialect();
    // A server checks its pages and references itself; a file is read through once.
    if (!dialect.integrityCheck().isEmpty()) {
        auto integrity = sql::run(db, dialect.integrityCheck());
        if (!integrity) {
            return integrity.error();
        }
        while (integrity->next()) {
            const QString line = integrity->value(0).toString();
            if (line != QLatin1String("ok")) {
                report.integrityProblems << line;
            }
        }
    }
    if (!dialect.foreignKeyCheck().isEmpty()) {
        auto foreignKeys = sql::run(db, dialect.foreignKeyCheck());
        if (!foreignKeys) {
            return foreignKeys.error();
        }
        while (foreignKeys->next() && report.foreignKeyProblems.size() < 100) {
            report.foreignKeyProblems
                << QCoreApplication::translate("tandem::Maintenance", "%1 row %2 refers to a missing %3 row")
                       .arg(foreignKeys->value(0).toString(), foreignKeys->value(1).toString(),
                           foreignKeys->value(2).toString());
        }
    }
    auto version = sql::scalar(db, dialect.schemaVersion());
    auto appId = sql::scalar(db, dialect.applicationMark());
    if (!version || !appId) {
        return !version ? version.error() : appId.error();
    }
    report.schemaVersion = version->toInt();
    if (report.schemaVersion != Database::latestVersion()) {
        report.schemaProblems << QCoreApplication::translate(
            "tandem::Maintenance", "schema version is %1, expected %2")
                                     .arg(report.schemaVersion)
                                     .arg(Database::latestVersion());
    }
    if (appId->toInt() != Database::applicationId) {
        report.schemaProblems << QCoreApplication::translate(
            "tandem::Maintenance", "the file is not marked as a Tandem database");
    }
    report.ok = report.integrityProblems.isEmpty() && report.foreignKeyProblems.isEmpty()
        && report.schemaProblems.isEmpty();
    return report;
}

} // namespace tandem
