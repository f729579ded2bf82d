#include "MaintenanceCommands.h"

#include "CliContext.h"
#include "Database.h"
#include "Maintenance.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tandem {

Error MaintenanceCommands::stats()
{
    auto database = m_context.openDatabase(CliContext::Access::Read, 1, tr("stats takes no arguments."));
    if (!database) {
        return database.error();
    }
    return printStats(**database);
}

Error MaintenanceCommands::printStats(Database& database)
{
    auto counts = Maintenance(database).counts();
    if (!counts) {
        return counts.error();
    }
    if (m_context.json()) {
        QJsonObject object;
        for (const auto& [key, count] : *counts) {
            object.insert(key, count);
        }
        m_context.outJson(object);
    } else {
        for (const auto& [key, count] : *counts) {
            m_context.out(QStringLiteral("%1: %2\n").arg(key).arg(count));
        }
    }
    return {};
}

Error MaintenanceCommands::check()
{
    if (Error error = m_context.expectWords(1, tr("check takes no arguments."))) {
        return error;
    }
    auto report = m_context.ask(
        CliContext::Access::Read, [](Database& database) { return Maintenance(database).check(); });
    if (!report) {
        return report.error();
    }
    if (m_context.json()) {
        QJsonObject object { { QStringLiteral("ok"), report->ok },
            { QStringLiteral("schema_version"), report->schemaVersion },
            { QStringLiteral("integrity"), QJsonArray::fromStringList(report->integrityProblems) },
            { QStringLiteral("foreign_keys"), QJsonArray::fromStringList(report->foreignKeyProblems) },
            { QStringLiteral("schema"), QJsonArray::fromStringList(report->schemaProblems) } };
        m_context.outJson(object);
    } else {
        auto problems = [](const QStringList& found, const QString& none) {
            return found.isEmpty() ? none : found.join(QStringLiteral("; "));
        };
        m_context.out(tr("integrity: %1\n").arg(problems(report->integrityProblems, tr("ok"))));
        m_context.out(tr("references: %1\n").arg(problems(report->foreignKeyProblems, tr("ok"))));
        m_context.out(
            tr("schema: %1\n")
                .arg(problems(report->schemaProblems, tr("ok (version %1)").arg(report->schemaVersion))));
    }
    if (!report->ok) {
        return Error::database(
            tr("The database has problems; restore it from a backup or run check again after fixing them."));
    }
    return {};
}

Error MaintenanceCommands::backup()
{
    auto database = m_context.openDatabase(CliContext::Access::Read, 2, tr("backup takes one FILE."));
    if (!database) {
        return database.error();
    }
    const QString file = m_context.words().at(1);
    if (Error error = (*database)->backupTo(file)) {
        return error;
    }
    m_context.out(tr("Backed up to %1.\n").arg(QFileInfo(file).absoluteFilePath()));
    return {};
}

Error MaintenanceCommands::restore()
{
    if (m_context.words().size() != 2) {
        return Error::usage(tr("restore takes one FILE."));
    }
    const QString file = m_context.words().at(1);
    // A bad backup is refused before the database is opened, so that nothing is made or changed.
    if (Error error = Database::checkBackup(file)) {
        return error;
    }
    auto database = m_context.openDatabase(CliContext::Access::Create);
    if (!database) {
        return database.error();
    }
    QString kept;
    if (Error error = (*database)->restoreFrom(file, &kept)) {
        return error;
    }
    m_context.out(tr("Restored from %1; the data it replaced was kept at %2.\n").arg(file, kept));
    return {};
}

} // namespace tandem
