#include "Generator.h"

#include "AuditLog.h"
#include "Database.h"
#include "GeneratorWriter.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace tandem {

namespace {

QString languageName(Generator::Language language)
{
    switch (language) {
    case Generator::Language::English:
        return QStringLiteral("en");
    case Generator::Language::Chinese:
        return QStringLiteral("zh_CN");
    case Generator::Language::Mixed:
        break;
    }
    return QStringLiteral("mixed");
}

} // namespace

std::optional<Generator::Language> Generator::languageNamed(const QString& name)
{
    for (Language language : { Language::English, Language::Chinese, Language::Mixed }) {
        if (name == languageName(language)) {
            return language;
        }
    }
    return std::nullopt;
}

Error Generator::run(Database& database, const Sizes& sizes, const Progress& progress)
{
    if (sizes.staff < 10 || sizes.accounts < 1 || sizes.contacts < 0 || sizes.requests < 0) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Generator", "generate needs at least 10 staff and 1 account."));
    }
    auto existing = sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM parties"));
    if (!existing) {
        return existing.error();
    }
    if (existing->toLongLong() > 0) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Generator", "generate fills an empty database only; this one already holds data."));
    }
    // A page cache for the bulk write, larger than the default of 2 MB yet small enough to keep the run
    // within a few hundred megabytes: building an index sorts in memory as large as the page cache, on top
    // of it. A larger cache saves some reading back from the log (measured: 192 MB saves a tenth of the
    // system calls) at a peak of 370 MB rather than 240 MB.
    if (const QString cache = database.dialect().pageCache(64); !cache.isEmpty()) {
        if (auto enlarged = sql::run(database.connection(), cache); !enlarged) {
            return enlarged.error();
        }
    }
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    // The database is empty, so its indexes are built once after the rows are in, inside the same
    // transaction.
    QStringList names, indexes;
    for (const char* table : { "parties", "staff", "accounts", "contacts", "interactions", "purchases",
             "service_requests", "request_events" }) {
        auto rows = sql::run(
            database.connection(), database.dialect().tableIndexes(), { QString::fromLatin1(table) });
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            names << rows->value(0).toString();
            indexes << rows->value(1).toString();
        }
    }
    for (const QString& name : names) {
        // The index name comes from the schema itself, never from input.
        if (auto drop = sql::run(database.connection(), QStringLiteral("DROP INDEX %1").arg(name)); !drop) {
            return drop.error();
        }
    }
    generator::GeneratorWriter writer(database, sizes, progress);
    if (Error error = writer.run()) {
        return error;
    }
    if (progress && !progress(99, QCoreApplication::translate("tandem::Generator", "indexing"))) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Generator", "Generating was cancelled; nothing was written."));
    }
    for (const QString& statement : indexes) {
        if (auto create = sql::run(database.connection(), statement); !create) {
            return create.error();
        }
    }
    for (const char* table : { "parties", "contacts", "interactions", "purchases", "service_requests",
             "request_events", "internal_links", "segment_changes" }) {
        if (const QString counted = database.dialect().afterExplicitIds(QString::fromLatin1(table));
            !counted.isEmpty()) {
            if (auto told = sql::run(database.connection(), counted); !told) {
                return told.error();
            }
        }
    }
    // The bulk path writes the rows, sort keys, match keys and search text the store would write; the audit
    // trail gets one entry for the whole run rather than one per generated record (nobody edited them).
    if (Error error = AuditLog(database).record(
            { QStringLiteral("database"), 0, QStringLiteral("generate"), QString(), QVariant(),
                QStringLiteral("%1 staff, %2 accounts, %3 contacts, %4 requests, seed %5, language %6")
                    .arg(sizes.staff)
                    .arg(sizes.accounts)
                    .arg(sizes.contacts)
                    .arg(sizes.requests)
                    .arg(sizes.seed)
                    .arg(languageName(sizes.language)) })) {
        return error;
    }
    if (progress && !progress(99, QCoreApplication::translate("tandem::Generator", "saving"))) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Generator", "Generating was cancelled; nothing was written."));
    }
    // Statistics for the query planner: without them SQLite guesses that a status picks few rows and
    // sorts most of a million requests instead of walking the index of the order asked for. Gathered
    // before the commit, while the pages are still the transaction's own: afterwards they would be read
    // through the memory map, and every page read that way counts in the process's resident memory.
    if (auto analyse = sql::run(database.connection(), QStringLiteral("ANALYZE")); !analyse) {
        return analyse.error();
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    if (progress) {
        progress(100, QCoreApplication::translate("tandem::Generator", "done"));
    }
    return {};
}

} // namespace tandem
