#pragma once

#include "EntityStore.h"
#include "Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <utility>

class QIODevice;

namespace tandem {

class Database;

// What every command of tandem-cli shares: the global options, where output and errors go, JSON
// printing, and the one database a run opens.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    // Commands that write check the file first (quick_check); reading commands rely on SQLite noticing
    // damage on the pages they read, which keeps them fast on large files.
    enum class Access
    {
        Read, // the database must exist
        Write, // the database must exist (the default one is made when missing)
        Create, // init, demo, generate, restore and import all make a missing database
    };

    // Takes --database PATH (or --database=PATH) and --json out of `arguments`, wherever they stand.
    CliContext(const QStringList& arguments, QIODevice& out, QIODevice& err);
    ~CliContext();

    // The command and its words, without the global options.
    const QStringList& words() const { return m_words; }
    bool json() const { return m_json; }

    void out(const QString& text) const;
    void outBytes(const QByteArray& bytes) const;
    // One JSON object or array on a line of its own, compact.
    void outJson(const QJsonValue& value) const;
    void err(const QString& text) const;
    void flush() const;

    Result<Database*> openDatabase(Access access);
    // The opening of a command that takes a fixed number of words (the command's own included): a
    // usage error in `usage` when the count is wrong, else the database.
    Result<Database*> openDatabase(Access access, qsizetype wordCount, const QString& usage);
    // A usage error in `usage` unless the command has `wordCount` words, its own included.
    Error expectWords(qsizetype wordCount, const QString& usage) const;
    // The database opened by openDatabase(), or null before.
    Database* database() const { return m_database.get(); }
    // Opens the database and asks it one thing: the answer, or why there is none.
    template<typename Ask> auto ask(Access access, Ask ask) -> decltype(ask(std::declval<Database&>()))
    {
        auto database = openDatabase(access);
        if (!database) {
            return database.error();
        }
        return ask(**database);
    }
    // A REF given as the value of an option: not found or ambiguous is bad input that names the option.
    Result<qint64> resolveOption(const QString& entityName, const QString& option, const QString& ref) const;
    // The same, written to `id`.
    Error resolveOption(
        const QString& entityName, const QString& option, const QString& ref, qint64& id) const;

    static int exitCode(const Error& error) { return int(error.kind); }
    // A record as `list --json` and `show --json` print it, keyed by its column names.
    static QJsonObject jsonObject(const Record& record);

private:
    QStringList m_words;
    QString m_databasePath;
    bool m_json = false;
    QIODevice& m_out;
    QIODevice& m_err;
    std::unique_ptr<Database> m_database;
};

} // namespace tandem
