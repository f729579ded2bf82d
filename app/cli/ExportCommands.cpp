#include "ExportCommands.h"

#include "Archive.h"
#include "Calendar.h"
#include "CliContext.h"
#include "CommandParser.h"
#include "Csv.h"
#include "Database.h"
#include "EntityStore.h"
#include "ExportFile.h"
#include "Importer.h"
#include "VCard.h"

namespace tandem {

Error ExportCommands::exportData()
{
    // export all ignores the options of a table, so undeclared ones are judged below, not by the parser.
    CommandParser parser({});
    parser.option(QStringLiteral("format"))
        .option(QStringLiteral("formulas"))
        .option(QStringLiteral("vcard-version"))
        .acceptFields();
    if (Error error = parser.parse(m_context.words().mid(1), 2,
            tr("export needs what to export and a FILE, such as: export accounts accounts.csv."))) {
        return error;
    }
    const QStringList& positional = parser.positional();
    const QString path = positional.at(1);
    if (positional.first() == QLatin1String("all")) {
        return exportArchive(path, parser.value(QStringLiteral("format"), QStringLiteral("json")));
    }
    const Entity* entity = entities::find(positional.first());
    if (!entity) {
        return Error::usage(tr("Cannot export '%1'.").arg(positional.first()));
    }
    if (!parser.fields().isEmpty()) {
        return Error::usage(tr("export has no option --%1.").arg(parser.fields().firstKey()));
    }
    const QString format = parser.value(QStringLiteral("format"),
        path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive)       ? QStringLiteral("vcard")
            : path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive) ? QStringLiteral("ics")
                                                                        : QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("vcard")
        && format != QLatin1String("ics")) {
        return Error::usage(tr("--format must be csv, vcard or ics."));
    }
    if (format == QLatin1String("ics")) {
        return exportCalendar(*entity, path);
    }
    if (format == QLatin1String("vcard") && entity->name != QLatin1String("contact")) {
        return Error::usage(tr("vCards hold contacts: export contacts FILE.vcf."));
    }
    // Cells that look like formulas are neutralised unless asked to keep them as they are.
    const QString formulas = parser.value(QStringLiteral("formulas"), QStringLiteral("neutralise"));
    if (formulas != QLatin1String("neutralise") && formulas != QLatin1String("keep")) {
        return Error::usage(tr("--formulas must be neutralise or keep."));
    }
    if (format == QLatin1String("vcard")) {
        return exportVCards(path, parser.value(QStringLiteral("vcard-version"), QStringLiteral("4")));
    }
    return exportTable(*entity, path, formulas == QLatin1String("neutralise"));
}

Error ExportCommands::exportArchive(const QString& path, const QString& format)
{
    if (format != QLatin1String("json")) {
        return Error::usage(tr("export all writes --format json."));
    }
    ExportFile archive(path);
    auto database = openWith(archive);
    if (!database) {
        return database.error();
    }
    const Error error
        = Archive::exportAll(**database, archive, [this, shown = -1](qint64 done, qint64 total) mutable {
              const int tenths = total > 0 ? int(done * 10 / total) : 10;
              if (total >= 10000 && tenths != shown) {
                  shown = tenths;
                  m_context.err(tr("export: %1 of %2 rows\r").arg(done).arg(total));
              }
              return true;
          });
    if (error) {
        archive.cancel();
        return archive.failure() ? archive.failure() : error;
    }
    return archive.commit();
}

Result<Database*> ExportCommands::openWith(ExportFile& file)
{
    auto database = m_context.openDatabase(CliContext::Access::Read);
    if (database) {
        if (Error error = file.begin()) {
            return error;
        }
    }
    return database;
}

Error ExportCommands::exportCalendar(const Entity& entity, const QString& path)
{
    // A calendar of what is due: open requests' due dates, or the follow-ups logged with interactions.
    if (entity.name != QLatin1String("request") && entity.name != QLatin1String("interaction")) {
        return Error::usage(tr("A calendar holds due dates: export requests or interactions FILE.ics."));
    }
    auto database = m_context.openDatabase(CliContext::Access::Read);
    if (!database) {
        return database.error();
    }
    Calendar::Contents contents;
    contents.followUps = entity.name == QLatin1String("interaction");
    contents.requests = entity.name == QLatin1String("request");
    auto calendar = Calendar::write(**database, contents);
    if (!calendar) {
        return calendar.error();
    }
    return ExportFile::writeWhole(path, *calendar);
}

Error ExportCommands::exportVCards(const QString& path, const QString& version)
{
    auto database = m_context.openDatabase(CliContext::Access::Read);
    if (!database) {
        return database.error();
    }
    // vCard 4.0 (RFC 6350), or 3.0 for older address books.
    if (version != QLatin1String("3") && version != QLatin1String("4")) {
        return Error::usage(tr("--vcard-version must be 3 or 4."));
    }
    auto cards = Importer(**database).contactsAsVCards();
    if (!cards) {
        return cards.error();
    }
    const bool three = version == QLatin1String("3");
    if (Error error = ExportFile::writeWhole(
            path, VCardWriter::write(*cards, three ? VCardWriter::Version::V3 : VCardWriter::Version::V4))) {
        return error;
    }
    m_context.err(tr("%n contact(s) written to %1.\n", nullptr, int(cards->size())).arg(path));
    return {};
}

Error ExportCommands::exportTable(const Entity& entity, const QString& path, bool neutralise)
{
    ExportFile file(path);
    auto database = openWith(file);
    if (!database) {
        return database.error();
    }
    const CsvWriter writer(QLatin1Char(','), neutralise);
    file.write(CsvWriter::start());
    QStringList header { entity.key };
    header << entity.fieldNames();
    file.write(writer.line(header));
    int rows = 0;
    const Error error = EntityStore(**database).list(entity, {}, -1, [&](const Record& record) {
        // The data model's columns; a record's version is bookkeeping, not data to take elsewhere.
        QStringList cells;
        for (const QString& column : header) {
            const QVariant value = recordValue(record, column);
            cells << (value.isNull() ? QString() : value.toString());
        }
        ++rows;
        // A failed write (a full disk) stops the listing at once.
        return file.write(writer.line(cells)) >= 0;
    });
    if (error || file.failure()) {
        file.cancel();
        return file.failure() ? file.failure() : error;
    }
    if (Error committed = file.commit()) {
        return committed;
    }
    m_context.err(tr("%n row(s) written to %1.\n", nullptr, rows).arg(path));
    return {};
}

} // namespace tandem
