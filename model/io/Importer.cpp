#include "Importer.h"

#include "AuditLog.h"
#include "Database.h"
#include "EntityStore.h"
#include "ImportMapping.h"
#include "ImportRow.h"
#include "ImportStaging.h"
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

// What a row of a file is matched by: contacts by e-mail, else name within their account; colleagues by
// e-mail, else name; departments by name (accounts: ImportStaging, in SQL). The keys are read once and
// kept in memory for the whole import: one query instead of one or two per row, and no reliance on planner
// statistics taken when the table was a fraction of what the import makes it.
class MatchKeys
{
public:
    Error load(Database& database, const Entity& entity)
    {
        QString statement;
        if (entity.name == QLatin1String("contact")) {
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

    // The record a row stands for, or 0. `scope` is the account of a contact.
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

// A large page cache while thousands of rows go into indexes (and out of them); the connection's own
// afterwards.
class LargePageCache
{
public:
    explicit LargePageCache(Database& database)
        : m_database(database)
    {
        set(ImportStaging::bulkPageCacheMegabytes);
    }
    ~LargePageCache()
    {
        set(m_database.pageCacheMegabytes() > 0 ? m_database.pageCacheMegabytes()
                                                : SqlDialect::defaultPageCacheMegabytes);
    }
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
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    const LargePageCache cache(m_database);
    const int total = int(table.rows.size());
    // Whether what was checked is to be written; a dry run or a rejected row under Abort writes nothing.
    auto writes = [&](Report& report) {
        if (dryRun || (onError == OnError::Abort && !report.rejected.isEmpty())) {
            report.changes.clear();
            return false; // the transaction ends without a commit
        }
        return true;
    };
    auto done = [&]() {
        if (progress) {
            progress(total, total);
        }
    };
    if (entity.name == QLatin1String("account")) {
        // Accounts come by the hundred thousand: checked and written a set at a time.
        ImportStaging staging(m_database);
        auto report = staging.check(table, mapping, progress);
        if (!report) {
            return report;
        }
        if (!writes(*report)) {
            done();
            return report;
        }
        if (Error error = staging.write()) {
            return error;
        }
        if (Error error = transaction.commit()) {
            return error;
        }
        done();
        report->written = true;
        return report;
    }
    Report report;
    EntityStore store(m_database);
    store.beginBulk();
    QHash<QString, QString> choices;
    MatchKeys keys;
    if (Error error = keys.load(m_database, entity)) {
        return error;
    }
    for (int index = 0; index < total; ++index) {
        if (progress && index % 200 == 0 && !progress(index, total)) {
            return cancelled();
        }
        const ImportRow row = ImportRow::read(entity, table, index, mapping, choices);
        if (row.state == ImportRow::State::Empty) {
            continue;
        }
        auto reject = [&](const QString& reason) {
            report.rejected << Rejected { row.line, reason, table.rows.at(index) };
        };
        if (row.state == ImportRow::State::Refused) {
            reject(row.refusal);
            continue;
        }
        const QMap<QString, QString>& values = row.values;
        QString scope;
        if (entity.name == QLatin1String("contact")) {
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
        }
    }
    done();
    if (!writes(report)) {
        return report;
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

Error Importer::cancelled()
{
    return Error::badInput(
        QCoreApplication::translate("tandem::Importer", "The import was cancelled; nothing was written."));
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
