#include "EntityStore.h"

// EntityStore's questions: finding a record by what a person calls it, reading and listing records, and
// what the forms offer to choose from.

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "DuplicateFinder.h"
#include "EntityRules.h"
#include "Money.h"
#include "RequestWorkflow.h"
#include "SearchIndex.h"
#include "SortKey.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace tandem {

Result<QList<EntityStore::FieldChange>> EntityStore::fieldHistory(
    const Entity& entity, qint64 id, const QString& field) const
{
    auto rows = sql::run(m_database.connection(),
        QStringLiteral("SELECT at, actor, old_value, new_value FROM audit_log WHERE entity = ? AND entity_id "
                       "= ? AND field = ? ORDER BY id"),
        { entity.name, id, field });
    if (!rows) {
        return rows.error();
    }
    QList<FieldChange> changes;
    while (rows->next()) {
        changes << FieldChange { rows->value(0).toString(), rows->value(1).toString(),
            rows->value(2).toString(), rows->value(3).toString() };
    }
    return changes;
}

QList<EntityStore::Named> EntityStore::activeStaff() const
{
    QList<Named> staff;
    list(entities::staff(), { { QStringLiteral("status"), QStringLiteral("active") } }, -1,
        [&staff](const Record& r) {
            staff << Named { r.first().second.toLongLong(),
                recordValue(r, QStringLiteral("name")).toString() };
            return true;
        });
    return staff;
}

Result<qint64> EntityStore::existingPair(qint64 a, qint64 b, const QString& kind) const
{
    auto id = sql::scalar(m_database.connection(),
        QStringLiteral("SELECT id FROM internal_links WHERE a_party = ? AND b_party = ? AND kind = ?"),
        { a, b, kind });
    if (!id) {
        return id.error();
    }
    return id->isValid() ? id->toLongLong() : qint64(0);
}

QString EntityStore::rankPairWarning(qint64 a, qint64 b) const
{
    const QSqlDatabase db = m_database.connection();
    auto kindOf = [&db](qint64 party) {
        auto kind = sql::scalar(db, QStringLiteral("SELECT kind FROM parties WHERE id = ?"), { party });
        return kind ? kind->toString() : QString();
    };
    // True when `upper` is reached by walking up from `start` through `statement`.
    auto above = [&db](qint64 upper, QVariant start, const QString& statement) {
        for (int steps = 0; !start.isNull() && steps < 10000; ++steps) {
            if (start.toLongLong() == upper) {
                return true;
            }
            auto up = sql::scalar(db, statement, { start });
            start = up ? *up : QVariant();
        }
        return false;
    };
    const QString kindA = kindOf(a);
    const QString kindB = kindOf(b);
    const QString nameA = displayName(QStringLiteral("party"), a);
    const QString nameB = displayName(QStringLiteral("party"), b);
    bool fine = true;
    if (kindA == QLatin1String("staff") && kindB == QLatin1String("staff")) {
        auto manager
            = sql::scalar(db, QStringLiteral("SELECT manager_id FROM staff WHERE party_id = ?"), { b });
        auto levels = sql::run(db,
            QStringLiteral("SELECT (SELECT rank_level FROM staff WHERE party_id = ?), (SELECT rank_level "
                           "FROM staff WHERE party_id = ?)"),
            { a, b });
        const bool inChain = manager
            && above(a, *manager, QStringLiteral("SELECT manager_id FROM staff WHERE party_id = ?"));
        const bool higherRank
            = levels && levels->next() && levels->value(0).toInt() < levels->value(1).toInt();
        fine = inChain || higherRank;
    } else if (kindA == QLatin1String("department") && kindB == QLatin1String("department")) {
        auto parent
            = sql::scalar(db, QStringLiteral("SELECT parent_id FROM departments WHERE party_id = ?"), { b });
        fine = parent
            && above(a, *parent, QStringLiteral("SELECT parent_id FROM departments WHERE party_id = ?"));
    } else if (kindA == QLatin1String("department") && kindB == QLatin1String("staff")) {
        auto department
            = sql::scalar(db, QStringLiteral("SELECT department_id FROM staff WHERE party_id = ?"), { b });
        fine = department
            && above(a, *department, QStringLiteral("SELECT parent_id FROM departments WHERE party_id = ?"));
    }
    if (fine) {
        return {};
    }
    return QCoreApplication::translate("tandem::EntityStore",
        "%1 does not stand above %2 in the organization; in a rank pair, A is the superior. Check the order.")
        .arg(nameA, nameB);
}

Result<qint64> EntityStore::resolve(const QString& entityName, const QString& ref) const
{
    const QString text = ref.trimmed();
    const QSqlDatabase db = m_database.connection();
    QList<const Entity*> candidates;
    if (entityName == QLatin1String("party")) {
        candidates << &entities::department() << &entities::staff() << &entities::account();
    } else if (const Entity* entity = entities::find(entityName)) {
        candidates << entity;
    } else {
        return Error::usage(
            QCoreApplication::translate("tandem::EntityStore", "There is no kind of record called %1.")
                .arg(entityName));
    }
    if (text.isEmpty()) {
        return Error::badInput(QCoreApplication::translate("tandem::EntityStore", "No %1 was named.")
                                   .arg(entityWord(entityName)));
    }

    static const QRegularExpression number(QStringLiteral("^\\d{1,18}$"));
    QList<qint64> found;
    if (number.match(text).hasMatch()) {
        const qint64 id = text.toLongLong();
        for (const Entity* entity : candidates) {
            auto exists = statements().scalar(
                QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(entity->table, entity->key), { id });
            if (!exists) {
                return exists.error();
            }
            if (exists->isValid()) {
                return id;
            }
        }
    } else {
        for (const Entity* entity : candidates) {
            for (const QString& column : entity->refColumns) {
                const QString value = column == QLatin1String("email") ? text.toLower() : text;
                auto rows = statements().run(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? LIMIT 5")
                                                 .arg(entity->key, entity->table, column),
                    { value });
                if (!rows) {
                    return rows.error();
                }
                while ((*rows)->next()) {
                    const qint64 id = (*rows)->value(0).toLongLong();
                    if (!found.contains(id)) {
                        found << id;
                    }
                }
            }
        }
    }
    if (found.size() == 1) {
        return found.first();
    }
    if (found.size() > 1) {
        QStringList ids;
        for (qint64 id : found) {
            ids << QString::number(id);
        }
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "'%1' matches more than one %2 (ids %3); use the id.")
                                   .arg(text, entityWord(entityName), ids.join(QStringLiteral(", "))));
    }
    return Error::notFound(QCoreApplication::translate("tandem::EntityStore", "No %1 matches '%2'.")
                               .arg(entityWord(entityName), text));
}

Result<Record> EntityStore::get(const Entity& entity, qint64 id) const
{
    auto rows = statements().run(QStringLiteral("SELECT %1 FROM %2 t WHERE t.%3 = ?")
                                     .arg(columnList(entity, QStringLiteral("t")), entity.table, entity.key),
        { id });
    if (!rows) {
        return rows.error();
    }
    if (!(*rows)->next()) {
        return Error::notFound(
            QCoreApplication::translate("tandem::EntityStore", "There is no %1 with id %2.")
                .arg(entityWord(entity.name))
                .arg(id));
    }
    Record record = recordFrom(**rows, entity);
    (*rows)->finish(); // read to the end: the statement is free for the next record
    return record;
}

QString EntityStore::displayName(const QString& entityName, qint64 id) const
{
    const QSqlDatabase db = m_database.connection();
    const Entity* entity = entities::find(entityName);
    if (entityName == QLatin1String("party") || (entity && entity->isParty())) {
        auto name = sql::scalar(db, QStringLiteral("SELECT display_name FROM parties WHERE id = ?"), { id });
        return name ? name->toString() : QString();
    }
    if (entity && !entity->nameField.isEmpty()) {
        auto name = sql::scalar(db,
            QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                .arg(entity->nameField, entity->table, entity->key),
            { id });
        return name ? name->toString() : QString();
    }
    return QString::number(id);
}

Error EntityStore::list(const Entity& entity, const QMap<QString, QString>& filters, int limit,
    const std::function<bool(const Record&)>& row) const
{
    QStringList conditions;
    QVariantList bound;
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        const Field* field = entity.field(it.key());
        if (!field) {
            return Error::usage(QCoreApplication::translate(
                "tandem::EntityStore", "There is no field %2 to filter records of type %1 by.")
                                    .arg(entityWord(entity.name), it.key()));
        }
        if (it.value().trimmed().isEmpty()) {
            conditions << QStringLiteral("t.%1 IS NULL").arg(field->name);
            continue;
        }
        Field lenient = *field;
        lenient.required = false;
        auto value = convert(entity, lenient, it.value());
        if (!value) {
            return value.error();
        }
        conditions << QStringLiteral("t.%1 = ?").arg(field->name);
        bound << *value;
    }
    QString statement
        = QStringLiteral("SELECT %1 FROM %2 t").arg(columnList(entity, QStringLiteral("t")), entity.table);
    QString order = QStringLiteral("t.%1").arg(entity.key);
    if (entity.isParty()) {
        statement += QStringLiteral(" JOIN parties p ON p.id = t.party_id");
        order = QStringLiteral("p.sort_key, t.party_id");
    } else if (entity.name == QLatin1String("contact")) {
        order = QStringLiteral("t.sort_key, t.id");
    }
    if (!conditions.isEmpty()) {
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    statement += QStringLiteral(" ORDER BY %1").arg(order);
    if (limit >= 0) {
        statement += QStringLiteral(" LIMIT ?");
        bound << limit;
    }
    auto rows = sql::run(m_database.connection(), statement, bound);
    if (!rows) {
        return rows.error();
    }
    while (rows->next()) {
        if (!row(recordFrom(*rows, entity))) {
            break;
        }
    }
    return {};
}

} // namespace tandem
