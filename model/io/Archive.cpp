#include "Archive.h"

#include "Database.h"
#include "SortKey.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <optional>

namespace tandem {

namespace {

// The tables an archive holds, parents before children. The search index is kept as its text; its
// internal tables, the meta table's sort language aside, follow from it.
const char* const archived[] = { "meta", "parties", "departments", "staff", "internal_links", "accounts",
    "segment_changes", "contacts", "interactions", "purchases", "service_requests", "request_events",
    "handovers", "handover_items", "audit_log", "search_index" };

QString selectAll(const QString& table)
{
    // Table names come from the list above, never from input.
    if (table == QLatin1String("search_index")) {
        return QStringLiteral("SELECT rowid AS rowid, body FROM search_index ORDER BY rowid");
    }
    if (table == QLatin1String("meta")) {
        return QStringLiteral("SELECT * FROM meta ORDER BY key");
    }
    return QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table);
}

// How many rows the archived tables hold, the meta table's settings counted or not.
Result<qint64> archivedRows(const QSqlDatabase& db, bool withMeta)
{
    qint64 rows = 0;
    for (const char* table : archived) {
        if (!withMeta && qstrcmp(table, "meta") == 0) {
            continue;
        }
        // Table names come from the list above, never from input.
        auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!count) {
            return count.error();
        }
        rows += count->toLongLong();
    }
    return rows;
}

// Reads an archive without building it as one document (a million requests would take gigabytes as a
// tree): finds where each table's rows lie, and parses a row only when it is written.
class ArchiveScanner
{
public:
    struct Span
    {
        qsizetype begin;
        qsizetype end;
    };

    explicit ArchiveScanner(const QByteArray& json)
        : m_json(json)
    { }

    // Finds the top-level values and every row of every table; false with error() set when the bytes are
    // not JSON of that shape.
    bool scan()
    {
        qsizetype at = skipSpace(0);
        if (!expect(at, '{')) {
            return false;
        }
        for (bool first = true;; first = false) {
            at = skipSpace(at);
            if (peek(at) == '}') {
                return true;
            }
            if (!first && !expect(at, ',')) {
                return false;
            }
            const std::optional<QString> key = string(at);
            if (!key || !expect(at, ':')) {
                return false;
            }
            at = skipSpace(at);
            if (*key == QLatin1String("tables")) {
                if (!scanTables(at)) {
                    return false;
                }
            } else {
                const qsizetype end = valueEnd(at);
                if (end < 0) {
                    return false;
                }
                m_values.insert(*key, parse(Span { at, end }));
                at = end;
            }
        }
    }

    QJsonValue value(const QString& key) const { return m_values.value(key); }
    const QList<Span> rows(const QString& table) const { return m_tables.value(table); }
    qint64 rowCount() const
    {
        qint64 count = 0;
        for (const QList<Span>& rows : m_tables) {
            count += rows.size();
        }
        return count;
    }
    // One row, or an empty object when it is not one (the error then says where).
    QJsonObject row(const Span& span)
    {
        QJsonParseError error;
        const QJsonDocument document
            = QJsonDocument::fromJson(m_json.mid(span.begin, span.end - span.begin), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            fail(span.begin + error.offset, error.errorString());
            return {};
        }
        return document.object();
    }
    qsizetype errorOffset() const { return m_errorOffset; }
    QString error() const { return m_error; }

private:
    bool scanTables(qsizetype& at)
    {
        if (!expect(at, '{')) {
            return false;
        }
        for (bool first = true;; first = false) {
            at = skipSpace(at);
            if (peek(at) == '}') {
                ++at;
                return true;
            }
            if (!first && !expect(at, ',')) {
                return false;
            }
            const std::optional<QString> table = string(at);
            if (!table || !expect(at, ':') || !expect(at, '[')) {
                return false;
            }
            QList<Span>& rows = m_tables[*table];
            for (bool firstRow = true;; firstRow = false) {
                at = skipSpace(at);
                if (peek(at) == ']') {
                    ++at;
                    break;
                }
                if (!firstRow && !expect(at, ',')) {
                    return false;
                }
                at = skipSpace(at);
                const qsizetype end = valueEnd(at);
                if (end < 0) {
                    return false;
                }
                rows.append(Span { at, end });
                at = end;
            }
        }
    }

    // Past the value that starts at `at` (strings, nesting and escapes followed), or -1.
    qsizetype valueEnd(qsizetype at)
    {
        int depth = 0;
        for (qsizetype i = at; i < m_json.size(); ++i) {
            const char c = m_json.at(i);
            if (c == '"') {
                for (++i; i < m_json.size() && m_json.at(i) != '"'; ++i) {
                    if (m_json.at(i) == '\\') {
                        ++i;
                    }
                }
                if (i >= m_json.size()) {
                    break;
                }
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i; // a number, true, false or null last in its object or array
                }
                --depth;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return i; // a number, true, false or null ends here
            }
        }
        fail(m_json.size(), QCoreApplication::translate("tandem::Archive", "the file ends inside a value"));
        return -1;
    }

    std::optional<QString> string(qsizetype& at)
    {
        at = skipSpace(at);
        if (peek(at) != '"') {
            fail(at, QCoreApplication::translate("tandem::Archive", "a name in quotes was expected"));
            return std::nullopt;
        }
        const qsizetype end = valueEnd(at);
        if (end < 0) {
            return std::nullopt;
        }
        const QJsonValue text = parse(Span { at, end });
        at = end;
        return text.toString();
    }

    QJsonValue parse(const Span& span) const
    {
        // A lone value is parsed as the one element of an array.
        return QJsonDocument::fromJson("[" + m_json.mid(span.begin, span.end - span.begin) + "]")
            .array()
            .at(0);
    }

    bool expect(qsizetype& at, char wanted)
    {
        at = skipSpace(at);
        if (peek(at) != wanted) {
            fail(at,
                QCoreApplication::translate("tandem::Archive", "'%1' was expected").arg(QLatin1Char(wanted)));
            return false;
        }
        ++at;
        return true;
    }

    qsizetype skipSpace(qsizetype at) const
    {
        while (at < m_json.size() && QByteArrayView(" \t\r\n").contains(m_json.at(at))) {
            ++at;
        }
        return at;
    }

    char peek(qsizetype at) const { return at < m_json.size() ? m_json.at(at) : '\0'; }

    void fail(qsizetype at, const QString& why)
    {
        if (m_error.isEmpty()) {
            m_errorOffset = at;
            m_error = why;
        }
    }

    const QByteArray& m_json;
    QHash<QString, QJsonValue> m_values;
    QHash<QString, QList<Span>> m_tables;
    qsizetype m_errorOffset = 0;
    QString m_error;
};

} // namespace

Error Archive::exportAll(Database& database, QIODevice& out, const Progress& progress)
{
    // The tables in the order QJsonObject keeps its keys, so that the bytes are the same as a document's.
    QStringList tables;
    for (const char* name : archived) {
        tables << QString::fromLatin1(name);
    }
    std::sort(tables.begin(), tables.end());
    const Result<qint64> total = archivedRows(database.connection(), true);
    if (!total) {
        return total.error();
    }
    bool failed = false;
    auto write = [&out, &failed](const QByteArray& bytes) {
        failed = failed || out.write(bytes) != bytes.size();
    };
    auto cannotWrite = [&out] {
        return Error::database(
            QCoreApplication::translate("tandem::Archive", "The archive could not be written: %1")
                .arg(out.errorString()));
    };
    write(QByteArrayLiteral("{\n    \"format\": \"tandem-archive\",\n    \"schema_version\": ")
        + QByteArray::number(database.schemaVersion()) + QByteArrayLiteral(",\n    \"tables\": {\n"));
    qint64 done = 0;
    for (qsizetype index = 0; index < tables.size(); ++index) {
        const QString& table = tables.at(index);
        write("        "
            + QJsonDocument(QJsonArray { table }).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ": [\n");
        auto rows = sql::run(database.connection(), selectAll(table));
        if (!rows) {
            return rows.error();
        }
        const QSqlRecord record = rows->record();
        bool first = true;
        while (rows->next()) {
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = rows->value(i);
                row.insert(
                    record.fieldName(i), value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
            }
            // A row as the whole document would indent it: three levels in.
            QByteArray text = QJsonDocument(row).toJson(QJsonDocument::Indented);
            text.chop(1);
            text.replace("\n", "\n            ");
            write((first ? QByteArrayLiteral("            ") : QByteArrayLiteral(",\n            ")) + text);
            first = false;
            if (++done % 10000 == 0 && progress && !progress(done, *total)) {
                return Error::badInput(QCoreApplication::translate(
                    "tandem::Archive", "The export was cancelled; no file was written."));
            }
            if (failed) {
                return cannotWrite();
            }
        }
        write(first ? QByteArrayLiteral("") : QByteArrayLiteral("\n"));
        write(
            index + 1 < tables.size() ? QByteArrayLiteral("        ],\n") : QByteArrayLiteral("        ]\n"));
    }
    write(QByteArrayLiteral("    }\n}\n"));
    if (progress) {
        progress(*total, *total);
    }
    return failed ? cannotWrite() : Error();
}

Result<QByteArray> Archive::exportAll(Database& database)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Error error = exportAll(database, buffer)) {
        return error;
    }
    return buffer.data();
}

Error Archive::importAll(
    Database& database, const QByteArray& json, const QString& name, const Progress& progress)
{
    ArchiveScanner archive(json);
    auto notJson = [&archive, &name] {
        return Error::badInput(
            QCoreApplication::translate("tandem::Archive", "%1 is not valid JSON (at byte %2: %3).")
                .arg(name)
                .arg(archive.errorOffset())
                .arg(archive.error()));
    };
    if (!archive.scan()) {
        return notJson();
    }
    if (archive.value(QStringLiteral("format")).toString() != QLatin1String("tandem-archive")) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Archive", "%1 is not a Tandem archive.").arg(name));
    }
    if (archive.value(QStringLiteral("schema_version")).toInt() != database.schemaVersion()) {
        return Error::badInput(QCoreApplication::translate("tandem::Archive",
            "%1 was written by a Tandem with schema %2; this one has schema %3. Export it again with this "
            "version.")
                                   .arg(name)
                                   .arg(archive.value(QStringLiteral("schema_version")).toInt())
                                   .arg(database.schemaVersion()));
    }
    const QSqlDatabase db = database.connection();
    const Result<qint64> held = archivedRows(db, false);
    if (!held) {
        return held.error();
    }
    if (*held > 0) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Archive", "An archive goes into an empty database only; this one already holds data."));
    }
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    // Rows refer to each other in both directions (a manager added after their report): checked at commit.
    if (auto deferred = sql::run(db, database.dialect().deferForeignKeys()); !deferred) {
        return deferred.error();
    }
    const qint64 total = archive.rowCount();
    qint64 done = 0;
    // The audit log goes in first, with its counter moved past it: a team server writes audit rows of its
    // own as the other tables fill, and those must not take the ids of the archived ones.
    QStringList order;
    for (const char* archivedTable : archived) {
        order << QString::fromLatin1(archivedTable);
    }
    order.move(order.indexOf(QStringLiteral("audit_log")), 1);
    for (const QString& table : std::as_const(order)) {
        if (table == QLatin1String("meta")) {
            // The new database has its own sort language; the archive's keys were computed in it.
            for (const ArchiveScanner::Span& row : archive.rows(table)) {
                const QJsonObject object = archive.row(row);
                if (!archive.error().isEmpty()) {
                    return notJson();
                }
                if (auto set = sql::run(db,
                        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                                       "UPDATE SET value = "
                                       "excluded.value"),
                        { object.value(QStringLiteral("key")).toVariant(),
                            object.value(QStringLiteral("value")).toVariant() });
                    !set) {
                    return set.error();
                }
            }
            continue;
        }
        const QList<ArchiveScanner::Span> rows = archive.rows(table);
        if (rows.isEmpty()) {
            continue;
        }
        const QStringList columns = archive.row(rows.first()).keys();
        if (!archive.error().isEmpty()) {
            return notJson();
        }
        QStringList names;
        for (const QString& column : columns) {
            // Column names come from the archive: only plain names are accepted.
            static const QRegularExpression plain(QStringLiteral("^[a-z_]+$"));
            if (!plain.match(column).hasMatch()) {
                return Error::badInput(QCoreApplication::translate(
                    "tandem::Archive", "%1: table %2 has a column named '%3', which Tandem does not know.")
                                           .arg(name, table, column));
            }
            names << column;
        }
        QSqlQuery insert(db);
        const QString statement
            = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table, names.join(QStringLiteral(", ")), sql::placeholders(names.size()));
        if (!insert.prepare(statement)) {
            return sql::errorFrom(insert.lastError(), statement);
        }
        for (const ArchiveScanner::Span& row : rows) {
            const QJsonObject object = archive.row(row);
            if (!archive.error().isEmpty()) {
                return notJson();
            }
            for (int i = 0; i < names.size(); ++i) {
                const QJsonValue value = object.value(names.at(i));
                // Whole numbers come back as integers, as SQLite stored them.
                QVariant bound = value.toVariant();
                if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble()))) {
                    bound = qint64(value.toDouble());
                }
                // A sort key is bytes, which JSON holds only as text: made again from the name, in this
                // database's own sort language.
                if (names.at(i) == QLatin1String("sort_key")) {
                    bound = database.sortKey().of(
                        object
                            .value(table == QLatin1String("parties") ? QStringLiteral("display_name")
                                                                     : QStringLiteral("name"))
                            .toString());
                }
                insert.bindValue(i, bound);
            }
            if (Error error = sql::exec(insert, statement)) {
                return Error(error.kind, QStringLiteral("%1, %2: %3").arg(name, table, error.message));
            }
            if (++done % 5000 == 0 && progress && !progress(done, total)) {
                return Error::badInput(QCoreApplication::translate(
                    "tandem::Archive", "The import was cancelled; nothing was written."));
            }
        }
        if (const QString counted = database.dialect().afterExplicitIds(table); !counted.isEmpty()) {
            if (auto told = sql::run(db, counted); !told) {
                return told.error();
            }
        }
    }
    return transaction.commit();
}

} // namespace tandem
