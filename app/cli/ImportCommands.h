#pragma once

#include "Csv.h"
#include "Entities.h"
#include "Error.h"
#include "Importer.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;

// import: a CSV table, vCards or a whole JSON archive into the database, all or nothing unless asked to
// skip rejected rows.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit ImportCommands(CliContext& context)
        : m_context(context)
    { }

    Error importData();

private:
    // How rows that do not fit are treated, and whether anything is written at all.
    struct Mode
    {
        bool dryRun = false;
        bool skip = false;
    };

    Error importArchive(const QString& path);
    Error importTable(const Entity& entity, const QString& path, const QByteArray& bytes,
        CsvReader::Encoding encoding, Mode mode);
    Error importVCards(const QByteArray& bytes, const QString& path, Mode mode);
    void printTableSummary(const Entity& entity, const Importer::Report& report, const QString& encoding,
        const QString& rejectedPath) const;
    // What an import reports on stderr for each rejected row, and the error it ends with.
    void reportRejected(const QString& fileName, const Importer::Report& report) const;
    Error importOutcome(const QString& fileName, const Importer::Report& report, bool dryRun) const;

    CliContext& m_context;
};

} // namespace tandem
