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
        return first(QStringLiteral("SELECT party_id FROM accounts WHERE name = ? AND coalesce(city, '') = "
                                    "coalesce(?, '') LIMIT 1"),
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

Result<Importer::Report> Importer::importVCards(
    const QList<VCard>& cards, bool dryRun, OnError onError, int* accountsAdded)
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    EntityStore store(m_database);
    CsvTable table;
    table.header = { QStringLiteral("account_id"), QStringLiteral("name"), QStringLiteral("title"),
        QStringLiteral("phone"), QStringLiteral("mobile"), QStringLiteral("email"), QStringLiteral("notes") };
    int added = 0;
    for (const VCard& card : cards) {
        const QString name = card.formattedName.isEmpty() ? vCardFallbackName(card) : card.formattedName;
        const QString accountName = card.organization.isEmpty() ? name : card.organization;
        qint64 account = 0;
        if (!accountName.isEmpty()) {
            auto found = sql::scalar(m_database.connection(),
                QStringLiteral("SELECT party_id FROM accounts WHERE name = ? ORDER BY party_id LIMIT 1"),
                { accountName });
            if (!found) {
                return found.error();
            }
            account = found->toLongLong();
            if (!account) {
                QMap<QString, QString> values { { QStringLiteral("name"), accountName } };
                values.insert(QStringLiteral("kind"),
                    card.organization.isEmpty() ? QStringLiteral("person") : QStringLiteral("organization"));
                if (!card.city.isEmpty()) {
                    values.insert(QStringLiteral("city"), card.city);
                }
                auto created = store.add(entities::account(), values);
                if (created) {
                    account = *created;
                    ++added;
                }
            }
        }
        QString phone, mobile;
        for (const VCard::Phone& number : card.phones) {
            QString& slot = number.types.contains(QStringLiteral("cell")) ? mobile : phone;
            if (slot.isEmpty()) {
                slot = number.number;
            }
        }
        table.rows << QStringList { account ? QString::number(account) : QString(), name, card.title, phone,
            mobile, card.emails.isEmpty() ? QString() : card.emails.first().address, card.note };
        table.lines << card.line;
    }
    QHash<int, QString> mapping;
    for (int column = 0; column < table.header.size(); ++column) {
        mapping.insert(column, table.header.at(column));
    }
    auto report = importTable(entities::contact(), table, mapping, dryRun, onError);
    if (!report) {
        return report.error();
    }
    if (report->written) {
        // The accounts created for the cards are written with them, in the same transaction.
        if (Error error = transaction.commit()) {
            return error;
        }
    }
    if (accountsAdded) {
        *accountsAdded = added;
    }
    return report;
}

Result<QList<VCard>> Importer::contactsAsVCards() const
{
    EntityStore store(m_database);
    QList<VCard> cards;
    QHash<qint64, QString> accounts;
    const Error error = store.list(entities::contact(), {}, -1, [&](const Record& record) {
        VCard card;
        card.formattedName = recordValue(record, QStringLiteral("name")).toString();
        card.title = recordValue(record, QStringLiteral("title")).toString();
        const qint64 account = recordValue(record, QStringLiteral("account_id")).toLongLong();
        if (!accounts.contains(account)) {
            accounts.insert(account, store.displayName(QStringLiteral("account"), account));
        }
        card.organization = accounts.value(account);
        if (const QString phone = recordValue(record, QStringLiteral("phone")).toString(); !phone.isEmpty()) {
            card.phones << VCard::Phone { phone, { QStringLiteral("work"), QStringLiteral("voice") } };
        }
        if (const QString mobile = recordValue(record, QStringLiteral("mobile")).toString();
            !mobile.isEmpty()) {
            card.phones << VCard::Phone { mobile, { QStringLiteral("cell") } };
        }
        if (const QString email = recordValue(record, QStringLiteral("email")).toString(); !email.isEmpty()) {
            card.emails << VCard::EmailAddress { email, { QStringLiteral("work") } };
        }
        card.note = recordValue(record, QStringLiteral("notes")).toString();
        cards << card;
        return true;
    });
    if (error) {
        return error;
    }
    return cards;
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
