// Prints how long importing a CSV of accounts takes, and taking the import back and doing it again (the
// window's Undo and Redo of an import).
//   tests/bench/import_vs_sqlite.sh compares the import with sqlite3's .import; this adds undo and redo:
//   build/tests/bench/bench_import DATABASE FILE.csv
// Works on a copy; the database named is not changed.
#include "BenchDatabase.h"
#include "Csv.h"
#include "Database.h"
#include "Entities.h"
#include "ImportMapping.h"
#include "Importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace tandem;

namespace {
double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int fail(const Error& error)
{
    std::fprintf(stderr, "%s\n", qPrintable(error.message));
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_import DATABASE FILE.csv\n");
        return 1;
    }
    QTemporaryDir dir;
    const QString source = QString::fromLocal8Bit(argv[1]);
    const std::unique_ptr<Database> database = bench::openCopy(source, dir, QStringLiteral("import.db"));
    if (!database) {
        return 3;
    }
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[2]);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto table = CsvReader::read(file.readAll(), file.fileName());
    if (!table) {
        return fail(table.error());
    }
    std::printf(
        "read %lld rows                   %9.1f ms\n", qlonglong(table->rows.size()), milliseconds(timer));
    const QHash<int, QString> mapping = importing::mapHeader(entities::account(), table->header);
    timer.restart();
    auto check = Importer(*database).importTable(
        entities::account(), *table, mapping, true, Importer::OnError::Abort);
    if (!check) {
        return fail(check.error());
    }
    std::printf("check (dry run)                    %9.1f ms\n", milliseconds(timer));
    timer.restart();
    auto report = Importer(*database).importTable(
        entities::account(), *table, mapping, false, Importer::OnError::Abort);
    if (!report) {
        return fail(report.error());
    }
    std::printf(
        "import (%d new, %d updated)     %9.1f ms\n", report->added, report->updated, milliseconds(timer));
    auto mark = Importer::auditMark(*database);
    if (!mark) {
        return fail(mark.error());
    }
    timer.restart();
    if (Error error = Importer::undo(*database, report->changes, *mark)) {
        return fail(error);
    }
    std::printf("undo                               %9.1f ms\n", milliseconds(timer));
    timer.restart();
    if (Error error = Importer::redo(*database, report->changes)) {
        return fail(error);
    }
    std::printf("redo                               %9.1f ms\n", milliseconds(timer));
    return 0;
}
