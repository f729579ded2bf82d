#include "Importer.h"

#include "AuditLog.h"
#include "Database.h"
#include "EntityStore.h"
#include "ImportMapping.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace tandem {

Importer::Importer(Database& database)
    : m_database(database)
{ }

namespace {

// What a row of a file is matched by: accounts by e-mail, else name and city; contacts by e-mail, else name
// within their account; colleagues by e-mail, else name; departments by name. The keys are read once and
// kept in memory for the whole import: one query instead of one or two per row, and no reliance on planner
// statistics taken when the table was a fraction of what the import makes it.
class MatchKeys
{
public:
    Error load(Database& database, const Entity& entity)
    {
        QString statement;
        if (entity.name == QLatin1String("account")) {
            statement = QStringLiteral("SELECT party_id, email, name, city FROM accounts ORDER BY party_id");
        } else if (entity.name == QLatin1String("contact")) {
            statement = QStringLiteral("SELECT id, email, name, account_id FROM contacts ORDER BY id");
        } else if (entity.name == QLatin1String("staff")) {
            statement = QStringLiteral("SELECT party_id, email, name, NULL FROM staff ORDER BY party_id");
        } else if (entity.name == QLatin1String("department")) {
            statement
                = QStringLiteral("SELECT party_id, NULL, name, NULL FROM departments ORDER BY party_id");
        } else {
            return {};
        }
        auto rows = sql::run(database.connection(), statement);
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            remember(rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(),
                rows->value(3).toString());
        }
        return {};
    }

    // The record a row stands for, or 0. `scope` is the city of an account, the account of a contact.
    qint64 find(const QString& email, const QString& name, const QString& scope) const
    {
        if (const qint64 id = m_byEmail.value(email.trimmed().toLower()); id && !email.trimmed().isEmpty()) {
            return id;
        }
        return m_byName.value(nameKey(name, scope));
    }

    void remember(qint64 id, const QString& email, const QString& name, const QString& scope)
    {
        if (const QString key = email.trimmed().toLower(); !key.isEmpty() && !m_byEmail.contains(key)) {
            m_byEmail.insert(key, id);
        }
        if (const QString key = nameKey(name, scope); !m_byName.contains(key)) {
            m_byName.insert(key, id);
        }
    }

private:
    static QString nameKey(const QString& name, const QString& scope)
    {
        return name.simplified() + QChar(0x1f) + scope.simplified();
    }

    QHash<QString, qint64> m_byEmail;
    QHash<QString, qint64> m_byName;
};

// Adds the contact person a row of accounts names to its account, or brings the one already there up to
// date (matched by name within the account).
Error putPerson(EntityStore& store, MatchKeys& people, qint64 account, const QMap<QString, QString>& person,
    Importer::Report& report)
{
    if (person.isEmpty()) {
        return {};
    }
    const QString name = person.value(QStringLiteral("name")).simplified();
    const QString scope = QString::number(account);
    if (const qint64 existing = people.find(QString(), name, scope)) {
        auto record = store.get(entities::contact(), existing);
        if (!record) {
            return record.error();
        }
        const QMap<QString, QString> current = EntityStore::asText(entities::contact(), *record);
        QMap<QString, QString> changes;
        for (auto it = person.cbegin(); it != person.cend(); ++it) {
            if (it.key() != QLatin1String("name") && current.value(it.key()) != it.value().simplified()) {
                changes.insert(it.key(), it.value());
            }
        }
        if (!changes.isEmpty()) {
            auto updated = store.update(entities::contact(), existing, changes);
            if (!updated) {
                return updated.error();
            }
            report.changes << Importer::Change { &entities::contact(), existing, false, *updated, changes };
        }
        return {};
    }
    QMap<QString, QString> values = person;
    values.insert(QStringLiteral("account_id"), scope);
    auto added = store.add(entities::contact(), values);
    if (!added) {
        return added.error();
    }
    people.remember(*added, QString(), name, scope);
    ++report.contactsAdded;
    report.changes << Importer::Change { &entities::contact(), *added, true, {}, values };
    return {};
}

// A large page cache while thousands of rows go into indexes (and out of them); the usual one afterwards.
class LargePageCache
{
public:
    explicit LargePageCache(Database& database)
        : m_database(database)
    {
        set(256);
    }
    ~LargePageCache() { set(SqlDialect::defaultPageCacheMegabytes); }
    LargePageCache(const LargePageCache&) = delete;
    LargePageCache& operator=(const LargePageCache&) = delete;

private:
    void set(int megabytes)
    {
        if (const QString statement = m_database.dialect().pageCache(megabytes); !statement.isEmpty()) {
            sql::run(m_database.connection(), statement);
        }
    }

    Database& m_database;
};

// Why the contact person of a row cannot be kept, or empty: checked before anything of the row is written.
QString personRefusal(const QMap<QString, QString>& person)
{
    if (person.isEmpty()) {
        return {};
    }
    const QList<importing::ExtraField> extras = importing::extraFields(entities::account());
    auto label = [&extras](const QString& field) {
        for (const importing::ExtraField& extra : extras) {
            if (importing::contactField(extra.name) == field) {
                return extra.label;
            }
        }
        return field;
    };
    if (person.value(QStringLiteral("name")).isEmpty()) {
        return QCoreApplication::translate("tandem::Importer", "%1 is given without a %2.")
            .arg(label(person.firstKey()), label(QStringLiteral("name")));
    }
    for (auto it = person.cbegin(); it != person.cend(); ++it) {
        if (it.value().contains(QLatin1Char('\n'))) {
            return QCoreApplication::translate("tandem::Importer", "%1 must be one line.")
                .arg(label(it.key()));
        }
    }
    return {};
}

} // namespace

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
    store.beginBulk();
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    const LargePageCache cache(m_database);
    QHash<QString, QString> choices;
    MatchKeys keys;
    MatchKeys people; // the accounts' contacts, when the file names contact persons
    if (Error error = keys.load(m_database, entity)) {
        return error;
    }
    for (const QString& field : mapping) {
        if (!importing::contactField(field).isEmpty()) {
            if (Error error = people.load(m_database, entities::contact())) {
                return error;
            }
            break;
        }
    }
    const int total = int(table.rows.size());
    for (int index = 0; index < total; ++index) {
        if (progress && index % 200 == 0 && !progress(index, total)) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::Importer", "The import was cancelled; nothing was written."));
        }
        const QStringList& cells = table.rows.at(index);
        const int line = table.lines.value(index);
        if (std::all_of(
                cells.cbegin(), cells.cend(), [](const QString& cell) { return cell.trimmed().isEmpty(); })) {
            continue; // Excel writes empty rows such as ",,,," inside the range it saved
        }
        auto reject = [&](const QString& reason) {
            report.rejected << Rejected { line, reason, cells };
        };
        // Fields past the header have no column to go in: the row is refused rather than cut short.
        if (std::any_of(cells.cbegin() + std::min(cells.size(), table.header.size()), cells.cend(),
                [](const QString& cell) { return !cell.trimmed().isEmpty(); })) {
            reject(
                QCoreApplication::translate("tandem::Importer", "the row has %1 fields, the header has %2.")
                    .arg(cells.size())
                    .arg(table.header.size()));
            continue;
        }
        QMap<QString, QString> values;
        QMap<QString, QString> person; // the contact person an account's row names, if any
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            const QString cell = CsvReader::unneutralised(cells.value(it.key())).trimmed();
            if (cell.isEmpty()) {
                continue;
            }
            if (const QString contactField = importing::contactField(it.value()); !contactField.isEmpty()) {
                person.insert(contactField, cell);
                continue;
            }
            const Field* field = entity.field(it.value());
            if (!field) {
                continue;
            }
            QString value = cell;
            if (field->type == FieldType::Choice) {
                // A column of segments holds a handful of words: each is looked up once.
                const QString typed = field->name + QChar(0x1f) + cell;
                auto known = choices.constFind(typed);
                if (known == choices.cend()) {
                    known = choices.insert(typed, importing::choiceValue(field->name, cell));
                }
                value = *known;
            } else if (field->type == FieldType::Date) {
                value = importing::dateValue(cell);
            }
            values.insert(field->name, value);
        }
        if (values.value(entity.nameField).isEmpty()) {
            reject(QCoreApplication::translate("tandem::Importer", "the %1 is empty.")
                       .arg(labels::field(*entity.field(entity.nameField))));
            continue;
        }
        if (const QString refusal = personRefusal(person); !refusal.isEmpty()) {
            reject(refusal); // checked before the account is written, so that the row goes in whole or not at
                             // all
            continue;
        }
        QString scope;
        if (entity.name == QLatin1String("account")) {
            scope = values.value(QStringLiteral("city"));
        } else if (entity.name == QLatin1String("contact")) {
            auto account
                = store.resolve(QStringLiteral("account"), values.value(QStringLiteral("account_id")));
            scope = account ? QString::number(*account) : QString();
        }
        const QString email = values.value(QStringLiteral("email"));
        const QString name = values.value(entity.nameField);
        const qint64 existing = keys.find(email, name, scope);
        if (existing) {
            // Only what the file says changes; fields it leaves empty keep what Tandem has.
            auto record = store.get(entity, existing);
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
                auto updated = store.update(entity, existing, changes);
                if (!updated) {
                    reject(labels::explained(entity, updated.error().message));
                    continue;
                }
                report.changes << Change { &entity, existing, false, *updated, changes };
            }
            keys.remember(existing, email, name, scope);
            ++report.updated;
            if (Error error = putPerson(store, people, existing, person, report)) {
                return error;
            }
        } else {
            auto added = store.add(entity, values);
            if (!added) {
                if (added.error().kind == ErrorKind::Database) {
                    return added.error();
                }
                reject(labels::explained(entity, added.error().message));
                continue;
            }
            keys.remember(*added, email, name, scope);
            ++report.added;
            report.changes << Change { &entity, *added, true, {}, values };
            if (Error error = putPerson(store, people, *added, person, report)) {
                return error;
            }
        }
    }
    if (progress) {
        progress(total, total);
    }
    if (dryRun || (onError == OnError::Abort && !report.rejected.isEmpty())) {
        report.changes.clear();
        return report; // the transaction ends without a commit: nothing was written
    }
    if (Error error = store.endBulk()) {
        return error;
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    report.written = true;
    return report;
}

Result<Importer::Report> Importer::importVCards(
    const QList<VCard>& cards, bool dryRun, OnError onError, int* accountsAdded, const Progress& progress)
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
    QList<Change> accounts; // created for the cards' organisations, to take back with them
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
                    accounts << Change { &entities::account(), *created, true, {}, values };
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
    auto report = importTable(entities::contact(), table, mapping, dryRun, onError, progress);
    if (!report) {
        return report.error();
    }
    if (report->written) {
        // The accounts created for the cards are written with them, in the same transaction.
        if (Error error = transaction.commit()) {
            return error;
        }
        report->changes = accounts + report->changes;
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

Result<qint64> Importer::auditMark(Database& database)
{
    return AuditLog(database).mark();
}

Error Importer::undo(Database& database, const QList<Change>& changes, qint64 mark, const Progress& progress)
{
    const LargePageCache cache(database);
    EntityStore store(database);
    store.beginBulk();
    sql::StatementCache statements(database.connection());
    const AuditLog audit(database, &statements);
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    auto refused = [](const QString& why) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Importer", "The import cannot be taken back: %1").arg(why));
    };
    const qsizetype total = changes.size();
    for (qsizetype index = total - 1; index >= 0; --index) {
        const Change& change = changes.at(index);
        if (progress && index % 200 == 0) {
            progress(int(total - index), int(total));
        }
        // Whatever was edited since the import stays as it is now, and so does the import.
        auto since = audit.changedSince(change.entity->name, change.id, mark);
        if (!since) {
            return since.error();
        }
        if (*since) {
            return refused(QCoreApplication::translate("tandem::Importer", "%1 was changed after it.")
                               .arg(store.displayName(change.entity->name, change.id)));
        }
        if (change.added) {
            if (Error error = store.remove(*change.entity, change.id)) {
                return refused(error.message);
            }
        } else if (auto restored = store.update(*change.entity, change.id, change.before); !restored) {
            return refused(restored.error().message);
        }
    }
    if (Error error = store.endBulk()) {
        return error;
    }
    return transaction.commit();
}

Error Importer::redo(Database& database, const QList<Change>& changes, const Progress& progress)
{
    const LargePageCache cache(database);
    EntityStore store(database);
    store.beginBulk();
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    const qsizetype total = changes.size();
    for (qsizetype index = 0; index < total; ++index) {
        const Change& change = changes.at(index);
        if (progress && index % 200 == 0) {
            progress(int(index), int(total));
        }
        if (change.added) {
            if (Error error = store.restore(*change.entity, change.id, change.after)) {
                return error;
            }
        } else if (auto updated = store.update(*change.entity, change.id, change.after); !updated) {
            return updated.error();
        }
    }
    if (Error error = store.endBulk()) {
        return error;
    }
    return transaction.commit();
}

QByteArray Importer::rejectedCsv(const QStringList& header, const Report& report)
{
    const CsvWriter writer(QLatin1Char(','), false);
    // A row longer than the header widens the file, so that the reason stays in the last column.
    qsizetype width = header.size();
    for (const Rejected& rejected : report.rejected) {
        width = std::max(width, rejected.cells.size());
    }
    QStringList columns = header;
    columns.resize(width);
    QByteArray bytes = CsvWriter::start();
    bytes += writer.line(columns << QCoreApplication::translate("tandem::Importer", "Why it was rejected"));
    for (const Rejected& rejected : report.rejected) {
        QStringList cells = rejected.cells;
        cells.resize(width);
        bytes += writer.line(cells << QCoreApplication::translate("tandem::Importer", "Line %1: %2")
                                          .arg(rejected.line)
                                          .arg(rejected.reason));
    }
    return bytes;
}

} // namespace tandem
