#include "ImportCommands.h"

#include "Archive.h"
#include "CliContext.h"
#include "CommandParser.h"
#include "Database.h"
#include "ExportFile.h"
#include "ImportMapping.h"
#include "VCard.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace tandem {

Error ImportCommands::importData()
{
    // import all ignores the options of a table, so undeclared ones are judged below, not by the parser.
    CommandParser parser({});
    parser.flag(QStringLiteral("dry-run"))
        .option(QStringLiteral("format"))
        .option(QStringLiteral("encoding"))
        .option(QStringLiteral("on-error"))
        .acceptFields();
    if (Error error = parser.parse(m_context.words().mid(1), 2,
            tr("import needs what to import and a FILE, such as: import accounts clients.csv."))) {
        return error;
    }
    const QStringList& positional = parser.positional();
    const QString path = positional.at(1);
    if (positional.first() == QLatin1String("all")) {
        return importArchive(path);
    }
    const Entity* entity = entities::find(positional.first());
    const QStringList importable { QStringLiteral("department"), QStringLiteral("staff"),
        QStringLiteral("account"), QStringLiteral("contact") };
    if (!entity || !importable.contains(entity->name)) {
        return Error::usage(tr("Cannot import '%1'; import departments, staff, accounts or contacts.")
                                .arg(positional.first()));
    }
    if (!parser.fields().isEmpty()) {
        return Error::usage(tr("import has no option --%1.").arg(parser.fields().firstKey()));
    }
    const QString format = parser.value(QStringLiteral("format"),
        path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive) ? QStringLiteral("vcard")
                                                                  : QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("vcard")) {
        return Error::usage(tr("--format must be csv or vcard."));
    }
    if (format == QLatin1String("vcard") && entity->name != QLatin1String("contact")) {
        return Error::usage(tr("vCards hold contacts: import contacts FILE.vcf."));
    }
    const QString onError = parser.value(QStringLiteral("on-error"), QStringLiteral("abort"));
    if (onError != QLatin1String("abort") && onError != QLatin1String("skip")) {
        return Error::usage(tr("--on-error must be abort or skip."));
    }
    const QString encodingName = parser.value(QStringLiteral("encoding"), QStringLiteral("auto")).toLower();
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    if (encodingName == QLatin1String("utf-8") || encodingName == QLatin1String("utf8")) {
        encoding = CsvReader::Encoding::Utf8;
    } else if (encodingName == QLatin1String("gb18030") || encodingName == QLatin1String("gbk")) {
        encoding = CsvReader::Encoding::Gb18030;
    } else if (encodingName != QLatin1String("auto")) {
        return Error::usage(tr("--encoding must be auto, utf-8 or gb18030."));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    const Mode mode { parser.isSet(QStringLiteral("dry-run")), onError == QLatin1String("skip") };
    return format == QLatin1String("vcard") ? importVCards(file.readAll(), path, mode)
                                            : importTable(*entity, path, file.readAll(), encoding, mode);
}

Error ImportCommands::importArchive(const QString& path)
{
    QFile archive(path);
    if (!archive.open(QIODevice::ReadOnly)) {
        return Error::badInput(tr("Cannot read %1: %2").arg(path, archive.errorString()));
    }
    auto database = m_context.openDatabase(CliContext::Access::Create);
    if (!database) {
        return database.error();
    }
    if (Error error = Archive::importAll(**database, archive.readAll(), QFileInfo(path).fileName())) {
        return error;
    }
    m_context.out(tr("Imported the archive %1.\n").arg(path));
    return {};
}

Error ImportCommands::importTable(const Entity& entity, const QString& path, const QByteArray& bytes,
    CsvReader::Encoding encoding, Mode mode)
{
    auto table = CsvReader::read(bytes, QFileInfo(path).fileName(), encoding);
    if (!table) {
        return table.error();
    }
    const QHash<int, QString> mapping = importing::mapHeader(entity, table->header);
    auto database = m_context.openDatabase(CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    const QString fileName = QFileInfo(path).fileName();
    // Where the rejected rows go is made sure of before anything is imported: a folder that cannot take
    // the file stops the import with nothing written. The name is Tandem's own, so an earlier file (or a
    // link planted there) is left alone and the next free name taken.
    const bool keepRejected = mode.skip && !mode.dryRun;
    ExportFile rejectedFile(path + QStringLiteral(".rejected.csv"), ExportFile::Existing::NewName);
    if (keepRejected) {
        if (Error error = rejectedFile.begin()) {
            return error;
        }
    }
    auto report = Importer(**database)
                      .importTable(entity, *table, mapping, mode.dryRun,
                          mode.skip ? Importer::OnError::Skip : Importer::OnError::Abort,
                          [this, shown = -1](int done, int total) mutable {
                              // A line per tenth: a log of the run stays short, a terminal shows it moving.
                              const int tenths = total > 0 ? done * 10 / total : 10;
                              if (total >= 1000 && tenths != shown) {
                                  shown = tenths;
                                  m_context.err(tr("import: %1 of %2 rows\r").arg(done).arg(total));
                              }
                              return true;
                          });
    if (!report) {
        return report.error();
    }
    reportRejected(fileName, *report);
    QString rejectedPath;
    Error rejectedError;
    if (keepRejected && !report->rejected.isEmpty()) {
        rejectedFile.write(Importer::rejectedCsv(table->header, *report));
        rejectedError = rejectedFile.commit();
        if (!rejectedError) {
            rejectedPath = rejectedFile.path();
        }
    } else {
        rejectedFile.cancel();
    }
    printTableSummary(entity, *report, table->encoding, rejectedPath);
    if (rejectedError) {
        // The valid rows are in: say so, and that only the list of rejected rows is missing.
        return Error::database(
            tr("The valid rows were imported, but the rejected rows could not be saved: %1")
                .arg(rejectedError.message));
    }
    return importOutcome(fileName, *report, mode.dryRun);
}

void ImportCommands::printTableSummary(const Entity& entity, const Importer::Report& report,
    const QString& encoding, const QString& rejectedPath) const
{
    const int rejectedCount = int(report.rejected.size());
    if (m_context.json()) {
        QJsonObject summary { { QStringLiteral("new"), report.added },
            { QStringLiteral("updated"), report.updated }, { QStringLiteral("rejected"), rejectedCount },
            { QStringLiteral("written"), report.written }, { QStringLiteral("encoding"), encoding } };
        if (!rejectedPath.isEmpty()) {
            summary.insert(QStringLiteral("rejected_file"), rejectedPath);
        }
        if (entity.name == QLatin1String("account")) {
            summary.insert(QStringLiteral("contacts_added"), report.contactsAdded);
        }
        m_context.outJson(summary);
        return;
    }
    m_context.out(tr("%1 new, %2 updated, %3 rejected (%4, read as %5).\n")
                      .arg(report.added)
                      .arg(report.updated)
                      .arg(rejectedCount)
                      .arg(report.written ? tr("written") : tr("nothing written"), encoding));
    if (report.contactsAdded > 0) {
        m_context.out(tr("%n contact person(s) added to their accounts.\n", nullptr, report.contactsAdded));
    }
    if (!rejectedPath.isEmpty()) {
        m_context.out(tr("The rejected rows, with the reason, are in %1.\n").arg(rejectedPath));
    }
}

void ImportCommands::reportRejected(const QString& fileName, const Importer::Report& report) const
{
    for (const Importer::Rejected& rejected : report.rejected) {
        m_context.err(tr("%1, line %2: %3\n").arg(fileName).arg(rejected.line).arg(rejected.reason));
    }
}

Error ImportCommands::importOutcome(
    const QString& fileName, const Importer::Report& report, bool dryRun) const
{
    // Rows were refused and, all or nothing, nothing was written: bad input, exit 2.
    if (!report.written && !dryRun && !report.rejected.isEmpty()) {
        return Error::badInput(
            tr("%1: rows were rejected, so nothing was written; fix them, or import with --on-error skip.")
                .arg(fileName));
    }
    return {};
}

Error ImportCommands::importVCards(const QByteArray& bytes, const QString& path, Mode mode)
{
    const QString fileName = QFileInfo(path).fileName();
    auto parsed = VCardReader::read(bytes, false);
    if (!parsed) {
        return Error(parsed.error().kind, QStringLiteral("%1: %2").arg(fileName, parsed.error().message));
    }
    for (const QString& warning : parsed->warnings) {
        m_context.err(QStringLiteral("%1: %2\n").arg(fileName, warning));
    }
    auto database = m_context.openDatabase(CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    int accounts = 0;
    auto report = Importer(**database)
                      .importVCards(parsed->cards, mode.dryRun,
                          mode.skip ? Importer::OnError::Skip : Importer::OnError::Abort, &accounts);
    if (!report) {
        return report.error();
    }
    reportRejected(fileName, *report);
    const int rejectedCount = int(report->rejected.size());
    if (m_context.json()) {
        m_context.outJson(QJsonObject { { QStringLiteral("new"), report->added },
            { QStringLiteral("updated"), report->updated }, { QStringLiteral("rejected"), rejectedCount },
            { QStringLiteral("accounts_created"), accounts },
            { QStringLiteral("written"), report->written } });
    } else {
        m_context.out(tr("%1 new, %2 updated, %3 rejected; %4 accounts created (%5).\n")
                          .arg(report->added)
                          .arg(report->updated)
                          .arg(rejectedCount)
                          .arg(accounts)
                          .arg(report->written ? tr("written") : tr("nothing written")));
    }
    return importOutcome(fileName, *report, mode.dryRun);
}

} // namespace tandem
