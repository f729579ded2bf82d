#pragma once

#include "Error.h"
#include "Importer.h"

#include <QJsonValue>
#include <QStringList>
#include <memory>

namespace tandem {

class Database;

// tandem-cli: the command-line contract of DESIGN.md over the same model code the GUI uses.
class Cli
{
public:
    explicit Cli(QStringList arguments);
    ~Cli();
    // Runs the command and returns the process exit code (0 done, 1 usage, 2 bad input, 3 database, 4 not
    // found).
    int run();

private:
    Error dispatch();
    // Commands that write check the file first (quick_check); reading commands rely on SQLite noticing
    // damage on the pages they read, which keeps them fast on large files.
    enum class Access
    {
        Read, // the database must exist
        Write, // the database must exist (the default one is made when missing)
        Create, // init, demo, generate, restore and import all make a missing database
    };
    Result<Database*> openDatabase(Access access);
    Error parseOptions(
        const QStringList& words, QMap<QString, QString>& options, QStringList& positional) const;
    // A REF given as the value of an option: not found or ambiguous is bad input that names the option.
    Result<qint64> resolveOption(const QString& entityName, const QString& option, const QString& ref) const;

    Error init();
    Error demo();
    Error generate();
    Error stats();
    Error check();
    Error backup();
    Error restore();
    Error list();
    Error show();
    Error add();
    Error search();
    Error chain();
    Error importData();
    Error exportData();
    Error importVCards(const QByteArray& bytes, const QString& path, bool dryRun, bool skip);
    // What an import reports on stderr for each rejected row, and the error it ends with.
    void reportRejected(const QString& fileName, const Importer::Report& report) const;
    Error importOutcome(const QString& fileName, const Importer::Report& report, bool dryRun) const;
    Error satisfaction();
    Error request();
    Error handover();
    Error handoverUndo();
    Error handoverWatch();

    void out(const QString& text) const;
    // One JSON object or array on a line of its own, compact.
    void outJson(const QJsonValue& value) const;
    void err(const QString& text) const;

    QStringList m_arguments; // after the global options: the command and its words
    QString m_databasePath;
    bool m_json = false;
    std::unique_ptr<Database> m_database;
};

} // namespace tandem
