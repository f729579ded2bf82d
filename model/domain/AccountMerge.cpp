#include "AccountMerge.h"

#include "Database.h"
#include "EntityStore.h"
#include "RecordVersion.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace tandem {

namespace {
// Every column that can point at an account, with the key of its table. Names are Tandem's own.
struct Reference
{
    const char* table;
    const char* column;
    const char* key;
    const char* condition; // extra condition, or empty
    bool versioned = false; // a table of records people edit, whose version counts every change
};
const Reference references[] = {
    { "contacts", "account_id", "id", "", true },
    { "interactions", "account_id", "id", "" },
    { "purchases", "account_id", "id", "" },
    { "segment_changes", "account_id", "id", "" },
    { "service_requests", "requester", "id", "", true },
    { "service_requests", "provider", "id", "", true },
    { "internal_links", "a_party", "id", "", true },
    { "internal_links", "b_party", "id", "", true },
    { "handover_items", "item_id", "id", " AND item_kind = 'account'" },
};

Error moveRows(Database& database, const Reference& reference, const QList<qint64>& rows, qint64 to)
{
    for (qint64 row : rows) {
        auto moved = sql::run(database.connection(),
            QStringLiteral("UPDATE %1 SET %2 = ?%3 WHERE %4 = ?")
                .arg(QLatin1String(reference.table), QLatin1String(reference.column),
                    reference.versioned ? QStringLiteral(", ") + RecordVersion::increment() : QString(),
                    QLatin1String(reference.key)),
            { to, row });
        if (!moved) {
            return moved.error();
        }
    }
    return {};
}
} // namespace

Result<AccountMerge::Record> AccountMerge::merge(Database& database, qint64 keep, qint64 absorb)
{
    if (keep == absorb) {
        return Error::badInput(
            QCoreApplication::translate("tandem::AccountMerge", "An account cannot be merged into itself."));
    }
    EntityStore store(database);
    auto kept = store.get(entities::account(), keep);
    auto absorbed = store.get(entities::account(), absorb);
    if (!kept || !absorbed) {
        return !kept ? kept.error() : absorbed.error();
    }
    auto between = sql::scalar(database.connection(),
        QStringLiteral("SELECT count(*) FROM service_requests WHERE (requester = ? AND provider = ?) OR "
                       "(requester = ? AND provider = ?)"),
        { keep, absorb, absorb, keep });
    if (!between) {
        return between.error();
    }
    if (between->toInt() > 0) {
        return Error::badInput(QCoreApplication::translate("tandem::AccountMerge",
            "The two accounts have requests between each other; close or move those first, as a customer "
            "cannot serve itself."));
    }

    Record record;
    record.kept = keep;
    record.absorbed = absorb;
    record.absorbedValues = EntityStore::asText(entities::account(), *absorbed);
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    for (int index = 0; index < int(std::size(references)); ++index) {
        const Reference& reference = references[index];
        auto rows = sql::run(database.connection(),
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?%4")
                .arg(QLatin1String(reference.key), QLatin1String(reference.table),
                    QLatin1String(reference.column), QLatin1String(reference.condition)),
            { absorb });
        if (!rows) {
            return rows.error();
        }
        QList<qint64> ids;
        while (rows->next()) {
            ids << rows->value(0).toLongLong();
        }
        if (Error error = moveRows(database, reference, ids, keep)) {
            return error;
        }
        record.moved.append({ index, ids });
    }
    // The kept account takes what only the other one knew.
    const QMap<QString, QString> keptValues = EntityStore::asText(entities::account(), *kept);
    QMap<QString, QString> fill;
    for (auto it = keptValues.begin(); it != keptValues.end(); ++it) {
        const QString other = record.absorbedValues.value(it.key());
        if (it.value().isEmpty() && !other.isEmpty()) {
            fill.insert(it.key(), other);
        }
    }
    if (!fill.isEmpty()) {
        auto before = store.update(entities::account(), keep, fill);
        if (!before) {
            return before.error();
        }
        record.keptBefore = *before;
    }
    if (Error error = store.remove(entities::account(), absorb)) {
        return error;
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    return record;
}

Error AccountMerge::undo(Database& database, const Record& record)
{
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    EntityStore store(database);
    if (Error error = store.restore(entities::account(), record.absorbed, record.absorbedValues)) {
        return error;
    }
    for (const auto& [index, ids] : record.moved) {
        if (Error error = moveRows(database, references[index], ids, record.absorbed)) {
            return error;
        }
    }
    if (!record.keptBefore.isEmpty()) {
        auto restored = store.update(entities::account(), record.kept, record.keptBefore);
        if (!restored) {
            return restored.error();
        }
    }
    return transaction.commit();
}

} // namespace tandem
