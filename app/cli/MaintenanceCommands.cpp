#include "MaintenanceCommands.h"

#include "Archive.h"
#include "CliContext.h"
#include "Database.h"
#include "Maintenance.h"

#include <QBuffer>
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

Error MaintenanceCommands::migrateTo()
{
    const QString usage = tr("migrate-to takes the address of an empty database: tandem-cli --database FILE "
                             "migrate-to postgresql://USER@HOST:PORT/DATABASE");
    if (Error error = m_context.expectWords(2, usage)) {
        return error;
    }
    const QString target = m_context.words().at(1);
    auto source = m_context.openDatabase(CliContext::Access::Read);
    if (!source) {
        return source.error();
    }
    if (!Database::isServerLocation(target) && Database::isOpenDatabaseFile(target)) {
        return Error::usage(tr("migrate-to copies into another database, not into %1 itself.").arg(target));
    }
    Database::Options options;
    options.collation = (*source)->metaValue(QStringLiteral("collation"));
    auto destination = Database::open(target, options);
    if (!destination) {
        return destination.error();
    }
    (*destination)->setActor((*source)->actor());
    QBuffer archive;
    archive.open(QIODevice::ReadWrite);
    auto shown = [this](const QString& stage) {
        return [this, stage, last = -1](qint64 done, qint64 total) mutable {
            const int tenths = total > 0 ? int(done * 10 / total) : 10;
            if (total >= 10000 && tenths != last) {
                last = tenths;
                m_context.err(tr("%1: %2 of %3 rows\r").arg(stage).arg(done).arg(total));
            }
            return true;
        };
    };
    if (Error error = Archive::exportAll(**source, archive, shown(tr("reading")))) {
        return error;
    }
    if (Error error = Archive::importAll(**destination, archive.buffer(), target, shown(tr("writing")))) {
        return error;
    }
    auto before = Maintenance(**source).counts();
    auto after = Maintenance(**destination).counts();
    if (!before || !after) {
        return !before ? before.error() : after.error();
    }
    for (qsizetype i = 0; i < before->size(); ++i) {
        const auto& [key, count] = before->at(i);
        m_context.out(tr("%1: %2 copied\n").arg(key).arg(count));
        if (after->at(i).second != count) {
            return Error::database(tr("The copy holds %1 %2 where the original holds %3; the new database "
                                      "is incomplete, empty it and run migrate-to again.")
                                       .arg(after->at(i).second)
                                       .arg(key)
                                       .arg(count));
        }
    }
    auto report = Maintenance(**destination).check();
    if (!report) {
        return report.error();
    }
    if (!report->ok) {
        return Error::database(
            tr("The copy in %1 does not pass check: %2")
                .arg(target,
                    (report->integrityProblems + report->foreignKeyProblems + report->schemaProblems)
                        .join(QStringLiteral("; "))));
    }
    m_context.out(
        tr("Copied %1 into %2; both hold the same.\n").arg((*source)->path(), (*destination)->path()));
    return {};
}

} // namespace tandem
