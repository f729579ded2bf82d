#include "Importer.h"

#include "Database.h"
#include "EntityStore.h"
#include "ImportMapping.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace tandem {

Importer::Importer(Database& database)
    : m_database(database)
{ }

Result<qint64> Importer::match(const Entity& entity, const QMap<QString, QString>& values) const
{
    const QSqlDatabase db = m_database.connection();
    const QString email = values.value(QStringLiteral("email")).trimmed().toLower();
    const QString name = values.value(entity.nameField).simplified();
    auto first = [&](const QString& statement, const QVariantList& binds) -> Result<qint64> {
        auto found = sql::scalar(db, statement, binds);
        if (!found) {
            return found.error();
        }
        return found->isValid() ? found->toLongLong() : 0;
    };
    if (entity.name == QLatin1String("department")) {
        return first(QStringLiteral("SELECT party_id FROM departments WHERE name = ?"), { name });
    }
    if (!email.isEmpty() && entity.field(QStringLiteral("email"))) {
        // Table and key come from Tandem's own entity definitions.
        auto byEmail
            = first(QStringLiteral("SELECT %1 FROM %2 WHERE email = ? LIMIT 1").arg(entity.key, entity.table),
                { email });
        if (!byEmail || *byEmail) {
            return byEmail;
        }
    }
    if (entity.name == QLatin1String("account")) {
        return first(
            QStringLiteral("SELECT party_id FROM accounts WHERE name = ? AND coalesce(city, '') = coalesce(?, '') LIMIT 1"),
            { name, values.value(QStringLiteral("city")).simplified() });
    }
    if (entity.name == QLatin1String("staff")) {
        return first(QStringLiteral("SELECT party_id FROM staff WHERE name = ? LIMIT 1"), { name });
    }
    if (entity.name == QLatin1String("contact")) {
        auto account = EntityStore(m_database)
                           .resolve(QStringLiteral("account"), values.value(QStringLiteral("account_id")));
        if (!account) {
            return qint64(0);
        }
        return first(QStringLiteral("SELECT id FROM contacts WHERE name = ? AND account_id = ? LIMIT 1"),
            { name, *account });
    }
    return qint64(0);
}

Result<Importer::Report> Importer::importTable(const Entity& entity, const CsvTable& table,
    const QHash<int, QString>& mapping, bool dryRun, OnError onError, const Progress& progress)
{
    if (!mapping.values().contains(entity.nameField)) {
        const Field* name = entity.field(entity.nameField);
        return Error::badInput(QCoreApplication::translate(
            "tandem::Importer", "No column holds the %1, which every row needs; map one to it.")
                                   .arg(name ? labels::field(*name) : entity.nameField));
    }
    Report report;
    EntityStore store(m_database);
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    const int total = int(table.rows.size());
    for (int index = 0; index < total; ++index) {
        if (progress && index % 200 == 0 && !progress(index, total)) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::Importer", "The import was cancelled; nothing was written."));
        }
        const QStringList& cells = table.rows.at(index);
        const int line = table.lines.value(index);
        QMap<QString, QString> values;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            const QString cell = cells.value(it.key()).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            const Field* field = entity.field(it.value());
            if (!field) {
                continue;
            }
            QString value = cell;
            if (field->type == FieldType::Choice) {
                value = importing::choiceValue(field->name, cell);
            } else if (field->type == FieldType::Date) {
                value = importing::dateValue(cell);
            }
            values.insert(field->name, value);
        }
        auto reject = [&](const QString& reason) {
            report.rejected << Rejected { line, reason, cells };
        };
        if (values.value(entity.nameField).isEmpty()) {
            reject(QCoreApplication::translate("tandem::Importer", "the %1 is empty.")
                       .arg(labels::field(*entity.field(entity.nameField))));
            continue;
        }
        auto existing = match(entity, values);
        if (!existing) {
            return existing.error();
        }
        if (*existing) {
            // Only what the file says changes; fields it leaves empty keep what Tandem has.
            auto record = store.get(entity, *existing);
            if (!record) {
                return record.error();
            }
            const QMap<QString, QString> current = EntityStore::asText(entity, *record);
            QMap<QString, QString> changes;
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                if (current.value(it.key()) != it.value()) {
                    changes.insert(it.key(), it.value());
                }
            }
            if (!changes.isEmpty()) {
                auto updated = store.update(entity, *existing, changes);
                if (!updated) {
                    reject(updated.error().message);
                    continue;
                }
            }
            ++report.updated;
        } else {
            auto added = store.add(entity, values);
            if (!added) {
                if (added.error().kind == ErrorKind::Database) {
                    return added.error();
                }
                reject(added.error().message);
                continue;
            }
            ++report.added;
        }
    }
    if (progress) {
        progress(total, total);
    }
    if (dryRun || (onError == OnError::Abort && !report.rejected.isEmpty())) {
        return report; // the transaction ends without a commit: nothing was written
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    report.written = true;
    return report;
}

QByteArray Importer::rejectedCsv(const QStringList& header, const Report& report)
{
    const CsvWriter writer(QLatin1Char(','), false);
    QByteArray bytes = CsvWriter::start();
    bytes += writer.line(
        QStringList(header) << QCoreApplication::translate("tandem::Importer", "Why it was rejected"));
    for (const Rejected& rejected : report.rejected) {
        QStringList cells = rejected.cells;
        while (cells.size() < header.size()) {
            cells << QString();
        }
        bytes += writer.line(cells << QCoreApplication::translate("tandem::Importer", "Line %1: %2")
                                          .arg(rejected.line)
                                          .arg(rejected.reason));
    }
    return bytes;
}

} // namespace tandem
