#include "EntityStore.h"

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

namespace {

QVariant matchKey(const QString& key)
{
    return key.isEmpty() ? QVariant() : QVariant(key);
}

QDate parseDate(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    const auto match = form.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QDateTime parseDateTime(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid()) {
        return time;
    }
    for (const QString& format :
        { QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm") }) {
        time = QDateTime::fromString(text, format);
        if (time.isValid()) {
            return time;
        }
    }
    const QDate date = parseDate(text);
    return date.isValid() ? date.startOfDay() : QDateTime();
}

bool looksLikeEmail(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"));
    return shape.match(text).hasMatch();
}

SearchIndex::Kind searchKind(const Entity& entity)
{
    if (entity.isParty()) {
        return SearchIndex::Kind::Party;
    }
    return entity.name == QLatin1String("contact") ? SearchIndex::Kind::Contact : SearchIndex::Kind::Request;
}

bool isIndexed(const Entity& entity)
{
    return entity.isParty() || entity.name == QLatin1String("contact")
        || entity.name == QLatin1String("request");
}

} // namespace

QVariant recordValue(const Record& record, const QString& column)
{
    for (const auto& [name, value] : record) {
        if (name == column) {
            return value;
        }
    }
    return {};
}

EntityStore::EntityStore(Database& database)
    : m_database(database)
{ }

EntityStore::~EntityStore() = default;

sql::StatementCache& EntityStore::statements() const
{
    if (!m_statements) {
        m_statements = std::make_unique<sql::StatementCache>(m_database.connection());
    }
    return *m_statements;
}

Result<QVariant> EntityStore::convert(const Entity& entity, const Field& field, const QString& raw) const
{
    const QString text = raw.trimmed();
    const QString name = field.name;
    if (text.isEmpty()) {
        if (field.required) {
            return Error::badInput(
                QCoreApplication::translate("tandem::EntityStore", "Field %1 is required.").arg(name));
        }
        return QVariant();
    }
    switch (field.type) {
    case FieldType::Text:
        if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
            return Error::badInput(
                QCoreApplication::translate("tandem::EntityStore", "Field %1 must be one line.").arg(name));
        }
        return QVariant(text.simplified());
    case FieldType::Lines: {
        // Each line as tidy as a one-line field; blank lines carry nothing.
        QString unified = text;
        unified.replace(QLatin1String("\r\n"), QLatin1String("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
        QStringList lines;
        for (const QString& line : unified.split(QLatin1Char('\n'))) {
            if (const QString tidy = line.simplified(); !tidy.isEmpty()) {
                lines << tidy;
            }
        }
        return QVariant(lines.join(QLatin1Char('\n')));
    }
    case FieldType::LongText:
        return QVariant(raw.trimmed());
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong number = text.toLongLong(&ok);
        if (!ok) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::EntityStore", "Field %1 must be a whole number, not '%2'.")
                                       .arg(name, text));
        }
        return QVariant(number);
    }
    case FieldType::Money: {
        // Minor units only: a decimal point would invite floating point into money. Any number of digits: one
        // too large is told so, not called something other than a whole number.
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
        if (!digits.match(text).hasMatch()) {
            return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
                "Field %1 must be a whole number of minor units (cents, fen), not '%2'.")
                                       .arg(name, text));
        }
        bool fits = false;
        const qlonglong amount = text.toLongLong(&fits);
        if (text.startsWith(QLatin1Char('-')) && (!fits || amount < 0)) {
            return Error::badInput(
                QCoreApplication::translate("tandem::EntityStore", "Field %1 cannot be negative.").arg(name));
        }
        if (!fits || amount > maxMinorUnits) {
            return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
                "Field %1 is too large: the most it takes is %2 minor units, not '%3'.")
                                       .arg(name)
                                       .arg(maxMinorUnits)
                                       .arg(text));
        }
        return QVariant(amount);
    }
    case FieldType::Flag:
        if (text == QLatin1String("1") || text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0) {
            return QVariant(1);
        }
        if (text == QLatin1String("0") || text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0
            || text.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0) {
            return QVariant(0);
        }
        return Error::badInput(
            QCoreApplication::translate("tandem::EntityStore", "Field %1 must be 0 or 1, not '%2'.")
                .arg(name, text));
    case FieldType::Rating: {
        bool ok = false;
        const int rating = text.toInt(&ok);
        if (!ok || rating < 1 || rating > 5) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::EntityStore", "Field %1 must be a rating from 1 to 5, not '%2'.")
                                       .arg(name, text));
        }
        return QVariant(rating);
    }
    case FieldType::Choice: {
        const QString lowered = text.toLower();
        if (!field.choices.contains(lowered)) {
            return Error::badInput(
                QCoreApplication::translate("tandem::EntityStore", "Field %1 must be one of %2, not '%3'.")
                    .arg(name, field.choices.join(QStringLiteral(", ")), text));
        }
        if (name == QLatin1String("rank_level")) {
            return QVariant(lowered.toInt());
        }
        return QVariant(lowered);
    }
    case FieldType::Email:
        if (!looksLikeEmail(text)) {
            return Error::badInput(
                QCoreApplication::translate("tandem::EntityStore", "Field %1: '%2' is not an e-mail address.")
                    .arg(name, text));
        }
        return QVariant(text.toLower());
    case FieldType::Date: {
        const QDate date = parseDate(text);
        if (!date.isValid()) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::EntityStore", "Field %1 must be a date like 2026-03-01, not '%2'.")
                                       .arg(name, text));
        }
        return QVariant(date.toString(Qt::ISODate));
    }
    case FieldType::DateTime: {
        QDateTime time = text == QLatin1String("now") ? Clock::nowUtc() : parseDateTime(text);
        // Something due on a day is due by the end of that day, not at its first minute.
        if (isDeadline(field) && parseDate(text).isValid()) {
            time = parseDate(text).endOfDay();
        }
        if (!time.isValid()) {
            return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
                "Field %1 must be a date and time like 2026-03-01T09:30:00Z, not '%2'.")
                                       .arg(name, text));
        }
        return QVariant(Clock::toIso(time));
    }
    case FieldType::Reference: {
        auto id = resolve(field.references, text);
        if (!id) {
            return Error::badInput(QCoreApplication::translate("tandem::EntityStore", "Field %1: %2")
                                       .arg(name, id.error().message));
        }
        return QVariant(*id);
    }
    }
    Q_UNUSED(entity);
    return QVariant();
}

Result<QVariantMap> EntityStore::normalise(
    const Entity& entity, const QMap<QString, QString>& values, qint64 self, const QStringList* changed) const
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!entity.field(it.key())) {
            QStringList known;
            for (const Field& field : entity.fields) {
                known << field.name;
            }
            return Error::usage(
                QCoreApplication::translate(
                    "tandem::EntityStore", "There is no field %2 for a record of type %1; the fields are %3.")
                    .arg(entityWord(entity.name), it.key(), known.join(QStringLiteral(", "))));
        }
    }
    QVariantMap row;
    for (const Field& field : entity.fields) {
        QString text = values.value(field.name);
        if (text.trimmed().isEmpty() && !field.defaultValue.isEmpty()) {
            text = field.defaultValue;
        }
        if (text.trimmed().isEmpty() && field.name == QLatin1String("currency")) {
            // Money without a currency means the user's own.
            const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
            text = local.isEmpty() ? QStringLiteral("CNY") : local;
        }
        auto value = convert(entity, field, text);
        if (!value) {
            return value.error();
        }
        row.insert(field.name, *value);
    }
    if (Error error = checkRules(entity, row, self, changed)) {
        return error;
    }
    return row;
}

Error EntityStore::checkRules(
    const Entity& entity, const QVariantMap& row, qint64 self, const QStringList* changed) const
{
    const entityrules::Rule rule = entityrules::ruleFor(entity.name);
    return rule ? rule({ m_database, statements(), row, self, changed }) : Error();
}

Record EntityStore::recordFrom(const QSqlQuery& row, const Entity& entity)
{
    Record record;
    record.append({ entity.key, row.value(0) });
    for (int i = 0; i < entity.fields.size(); ++i) {
        record.append({ entity.fields.at(i).name, row.value(i + 1) });
    }
    if (entity.isVersioned()) {
        record.append({ QStringLiteral("version"), row.value(int(entity.fields.size()) + 1) });
    }
    return record;
}

QString EntityStore::columnList(const Entity& entity, const QString& alias)
{
    QStringList columns { alias + QLatin1Char('.') + entity.key };
    for (const Field& field : entity.fields) {
        columns << alias + QLatin1Char('.') + field.name;
    }
    if (entity.isVersioned()) {
        columns << alias + QStringLiteral(".version");
    }
    return columns.join(QStringLiteral(", "));
}

qint64 EntityStore::versionOf(const Record& record)
{
    return recordValue(record, QStringLiteral("version")).toLongLong();
}

Result<qint64> EntityStore::add(const Entity& entity, const QMap<QString, QString>& values)
{
    return insert(entity, values, 0);
}

Error EntityStore::restore(const Entity& entity, qint64 id, const QMap<QString, QString>& values)
{
    auto restored = insert(entity, values, id);
    return restored ? Error() : restored.error();
}

Result<qint64> EntityStore::insert(const Entity& entity, const QMap<QString, QString>& values, qint64 withId)
{
    const QStringList nothingChanged;
    auto normalised = normalise(entity, values, withId, withId ? &nothingChanged : nullptr);
    if (!normalised) {
        return normalised.error();
    }
    QVariantMap row = *normalised;
    const QSqlDatabase db = m_database.connection();

    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    if (entity.name == QLatin1String("request") && row.value(QStringLiteral("link_id")).isNull()) {
        // A request between the two sides of a pair travels along that pair.
        auto link = sql::scalar(db,
            QStringLiteral("SELECT id FROM internal_links WHERE (a_party = ? AND b_party = ?) OR (a_party = "
                           "? AND b_party = ?) "
                           "ORDER BY id LIMIT 1"),
            { row.value(QStringLiteral("requester")), row.value(QStringLiteral("provider")),
                row.value(QStringLiteral("provider")), row.value(QStringLiteral("requester")) });
        if (!link) {
            return link.error();
        }
        if (link->isValid()) {
            row.insert(QStringLiteral("link_id"), *link);
        }
    }

    const QString now = Clock::nowIso();
    QStringList columns;
    QVariantList bound;
    if (entity.isParty()) {
        const QString name = row.value(entity.nameField).toString();
        auto party = withId
            ? statements().run(
                QStringLiteral("INSERT INTO parties (id, kind, display_name, sort_key, created_at, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                { withId, entity.partyKind, name, m_database.sortKey().of(name), now, now })
            : statements().run(QStringLiteral("INSERT INTO parties (kind, display_name, sort_key, "
                                              "created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                    + m_database.dialect().returningId(),
                { entity.partyKind, name, m_database.sortKey().of(name), now, now });
        if (!party) {
            return party.error();
        }
        columns << entity.key;
        bound << (withId ? withId : sql::insertedId(**party));
    } else if (withId) {
        columns << entity.key;
        bound << withId;
    }
    for (const Field& field : entity.fields) {
        columns << field.name;
        bound << row.value(field.name);
    }
    if (entity.name == QLatin1String("contact")) {
        columns << QStringLiteral("sort_key");
        bound << m_database.sortKey().of(row.value(QStringLiteral("name")).toString());
    }
    // Table and column names come from Tandem's own entity definitions, never from input.
    if (entity.name == QLatin1String("account")) {
        // The duplicate-match keys go in with the row rather than in a second statement.
        columns << QStringLiteral("match_phone") << QStringLiteral("match_name");
        bound << matchKey(DuplicateFinder::phoneKey(row.value(QStringLiteral("phone")).toString()))
              << matchKey(DuplicateFinder::nameKey(row.value(QStringLiteral("name")).toString(),
                     row.value(QStringLiteral("city")).toString()));
    }
    const bool countsItsId = !entity.isParty() && !withId;
    auto inserted = statements().run(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(entity.table, columns.join(QStringLiteral(", ")), sql::placeholders(columns.size()))
            + (countsItsId ? m_database.dialect().returningId() : QString()),
        bound);
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = countsItsId ? sql::insertedId(**inserted) : bound.first().toLongLong();

    if (Error error = writeDerived(entity, id, row, false)) {
        return error;
    }
    if (entity.name == QLatin1String("request") && !withId) {
        if (Error error = RequestWorkflow::recordCreated(m_database, id)) {
            return error;
        }
    }
    const QString described = entity.nameField.isEmpty() ? QString() : row.value(entity.nameField).toString();
    if (Error error = audit(entity.name, id, withId ? QStringLiteral("restore") : QStringLiteral("create"),
            QString(), QVariant(), described)) {
        return error;
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    return id;
}

QMap<QString, QString> EntityStore::asText(const Entity& entity, const Record& record)
{
    QMap<QString, QString> text;
    for (const Field& field : entity.fields) {
        const QVariant value = recordValue(record, field.name);
        text.insert(field.name, value.isNull() ? QString() : value.toString());
    }
    return text;
}

Error EntityStore::writeDerived(const Entity& entity, qint64 id, const QVariantMap& row, bool matchKeys)
{
    if (matchKeys && entity.name == QLatin1String("account")) {
        if (Error error = DuplicateFinder::storeKeys(m_database, id,
                row.value(QStringLiteral("name")).toString(), row.value(QStringLiteral("city")).toString(),
                row.value(QStringLiteral("phone")).toString())) {
            return error;
        }
    }
    if (!isIndexed(entity)) {
        return {};
    }
    return putSearchText(SearchIndex::rowId(searchKind(entity), id), searchText(entity, row));
}

QString EntityStore::searchText(const Entity& entity, const QVariantMap& row)
{
    QStringList parts;
    for (const Field& field : entity.fields) {
        const QString value = row.value(field.name).toString();
        if (value.trimmed().isEmpty()) {
            continue;
        }
        if (field.name == QLatin1String("phone") || field.name == QLatin1String("mobile")) {
            parts << SearchIndex::digits(value);
        } else if (field.type == FieldType::Text || field.type == FieldType::Lines
            || field.type == FieldType::Email) {
            parts << SearchIndex::words(value);
        } else if (entity.name == QLatin1String("request") && field.name == QLatin1String("description")) {
            // A request is found by what it asks for, not only by its title.
            parts << SearchIndex::prose(value);
        }
    }
    return SearchIndex::body(parts);
}

Error EntityStore::reindexAll()
{
    // Pending search text is written out every so many rows, so that a million requests never sit in memory.
    constexpr int flushEvery = 20000;
    for (const Entity* entity : { &entities::department(), &entities::staff(), &entities::account(),
             &entities::contact(), &entities::request() }) {
        QStringList columns { entity->key };
        columns << entity->fieldNames();
        // Table and column names are the data model's own, never input.
        auto rows = sql::run(m_database.connection(),
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), entity->table));
        if (!rows) {
            return rows.error();
        }
        const QString sortKeyUpdate = entity->isParty()
            ? QStringLiteral("UPDATE parties SET sort_key = ? WHERE id = ?")
            : QStringLiteral("UPDATE contacts SET sort_key = ? WHERE id = ?");
        const bool hasSortKey = entity->isParty() || entity->name == QLatin1String("contact");
        beginBulk();
        int pending = 0;
        while (rows->next()) {
            QVariantMap row;
            for (int column = 1; column < columns.size(); ++column) {
                row.insert(columns.at(column), rows->value(column));
            }
            const qint64 id = rows->value(0).toLongLong();
            if (hasSortKey) {
                const QString name = row.value(entity->nameField).toString();
                if (auto updated = statements().run(sortKeyUpdate, { m_database.sortKey().of(name), id });
                    !updated) {
                    return updated.error();
                }
            }
            m_searchTexts.append({ SearchIndex::rowId(searchKind(*entity), id), searchText(*entity, row) });
            if (++pending == flushEvery) {
                if (Error error = endBulk()) {
                    return error;
                }
                beginBulk();
                pending = 0;
            }
        }
        if (Error error = endBulk()) {
            return error;
        }
    }
    return {};
}

Error EntityStore::putSearchText(qint64 rowId, const std::optional<QString>& body)
{
    if (m_bulk) {
        m_searchTexts.append({ rowId, body });
        return {};
    }
    auto written = body ? statements().run(m_database.dialect().searchUpsert(), { rowId, *body })
                        : statements().run(m_database.dialect().searchDelete(), { rowId });
    return written ? Error() : written.error();
}

void EntityStore::beginBulk()
{
    m_bulk = true;
}

Error EntityStore::endBulk()
{
    m_bulk = false;
    const QList<std::pair<qint64, std::optional<QString>>> pending = std::exchange(m_searchTexts, {});
    // Hundreds of rows a statement: the full-text index writes out its pending text at the end of every
    // statement, and a statement per row makes that a hundred thousand tiny segments to merge. Runs of the
    // same kind go together, in order, so that a later write of a row still wins.
    constexpr qsizetype batch = 400;
    for (qsizetype start = 0; start < pending.size();) {
        const bool upsert = pending.at(start).second.has_value();
        qsizetype end = start;
        QVariantList binds;
        while (end < pending.size() && end - start < batch && pending.at(end).second.has_value() == upsert) {
            binds << pending.at(end).first;
            if (upsert) {
                binds << *pending.at(end).second;
            }
            ++end;
        }
        const int rows = int(end - start);
        auto written = statements().run(
            upsert ? m_database.dialect().searchUpsert(rows) : m_database.dialect().searchDelete(rows),
            binds);
        if (!written) {
            return written.error();
        }
        start = end;
    }
    return {};
}

Error EntityStore::audit(const QString& entity, qint64 id, const QString& action, const QString& field,
    const QVariant& before, const QVariant& after)
{
    return AuditLog(m_database, &statements()).record({ entity, id, action, field, before, after });
}

Result<QMap<QString, QString>> EntityStore::update(
    const Entity& entity, qint64 id, const QMap<QString, QString>& changes)
{
    auto edited = update(entity, id, changes, RecordVersion::Seen {});
    if (!edited) {
        return edited.error();
    }
    return edited->previous;
}

Result<EntityStore::Edited> EntityStore::update(
    const Entity& entity, qint64 id, const QMap<QString, QString>& changes, const RecordVersion::Seen& seen)
{
    const qint64 expected = entity.isVersioned() ? seen.version : 0;
    auto current = get(entity, id);
    if (!current) {
        return expected && current.error().kind == ErrorKind::NotFound
            ? RecordVersion::conflict(m_database, entity, id, seen.purpose)
            : current.error();
    }
    // The version the values below were read at: the UPDATE changes the record only while it still has it,
    // so that a change made meanwhile by someone else is never overwritten unseen.
    const qint64 version = versionOf(*current);
    if (expected && version != expected) {
        return RecordVersion::conflict(m_database, entity, id, seen.purpose);
    }
    QMap<QString, QString> typed = asText(entity, *current);
    QMap<QString, QString> previous;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!entity.field(it.key())) {
            return Error::usage(QCoreApplication::translate(
                "tandem::EntityStore", "There is no field %2 for a record of type %1; the fields are %3.")
                                    .arg(entityWord(entity.name), it.key(),
                                        QStringList(typed.keys()).join(QStringLiteral(", "))));
        }
        previous.insert(it.key(), typed.value(it.key()));
        typed.insert(it.key(), it.value());
    }
    const QStringList changedFields = changes.keys();
    auto normalised = normalise(entity, typed, id, &changedFields);
    if (!normalised) {
        return normalised.error();
    }
    const QVariantMap& row = *normalised;
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    QStringList assignments;
    QVariantList bound;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        assignments << QStringLiteral("%1 = ?").arg(it.key());
        bound << row.value(it.key());
    }
    bound << id;
    QString unchanged;
    if (entity.isVersioned()) {
        assignments << RecordVersion::increment();
        unchanged = QStringLiteral(" AND version = ?");
        bound << version;
    }
    // Table and column names come from Tandem's own entity definitions; every value is bound.
    auto written = sql::run(m_database.connection(),
        QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?%4")
            .arg(entity.table, assignments.join(QStringLiteral(", ")), entity.key, unchanged),
        bound);
    if (!written) {
        return written.error();
    }
    if (entity.isVersioned() && written->numRowsAffected() == 0) {
        // Someone else's change came between reading the record and writing it.
        return RecordVersion::conflict(m_database, entity, id, seen.purpose);
    }
    if (entity.isParty()) {
        const QString name = row.value(entity.nameField).toString();
        auto party = sql::run(m_database.connection(),
            QStringLiteral("UPDATE parties SET display_name = ?, sort_key = ?, updated_at = ? WHERE id = ?"),
            { name, m_database.sortKey().of(name), Clock::nowIso(), id });
        if (!party) {
            return party.error();
        }
    } else if (entity.name == QLatin1String("contact") && changes.contains(QStringLiteral("name"))) {
        auto key = sql::run(m_database.connection(),
            QStringLiteral("UPDATE contacts SET sort_key = ? WHERE id = ?"),
            { m_database.sortKey().of(row.value(QStringLiteral("name")).toString()), id });
        if (!key) {
            return key.error();
        }
    }
    if (Error error = writeDerived(entity, id, row, true)) {
        return error;
    }
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (Error error = audit(entity.name, id, QStringLiteral("update"), it.key(), previous.value(it.key()),
                row.value(it.key()))) {
            return error;
        }
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    return Edited { previous, entity.isVersioned() ? version + 1 : 0 };
}

Result<EntityStore::Changes> EntityStore::updateEach(const Entity& entity, const Changes& changes,
    QMap<qint64, qint64>* versions, RecordVersion::Purpose purpose)
{
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    Changes previous;
    QMap<qint64, qint64> now;
    for (const auto& [id, fields] : changes) {
        const RecordVersion::Seen seen { versions ? versions->value(id) : 0, purpose };
        auto before = update(entity, id, fields, seen);
        if (!before) {
            // A conflict's sentence names the record already.
            if (before.error().kind == ErrorKind::Conflict) {
                return before.error();
            }
            const QString name = displayName(entity.name, id);
            return Error(before.error().kind,
                QCoreApplication::translate("tandem::EntityStore", "%1: %2")
                    .arg(name, before.error().message));
        }
        previous.append({ id, before->previous });
        now.insert(id, before->version);
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    if (versions) {
        *versions = now;
    }
    return previous;
}

Error EntityStore::remove(const Entity& entity, qint64 id, const RecordVersion::Seen& seen)
{
    const qint64 expected = entity.isVersioned() ? seen.version : 0;
    auto current = get(entity, id);
    if (!current) {
        return expected && current.error().kind == ErrorKind::NotFound
            ? RecordVersion::conflict(m_database, entity, id, seen.purpose)
            : current.error();
    }
    if (expected && versionOf(*current) != expected) {
        return RecordVersion::conflict(m_database, entity, id, seen.purpose);
    }
    const QSqlDatabase db = m_database.connection();
    const QString name = entity.nameField.isEmpty() ? QString::number(id)
                                                    : recordValue(*current, entity.nameField).toString();
    if (entity.name == QLatin1String("department")) {
        auto members = sql::scalar(db,
            QStringLiteral("SELECT (SELECT count(*) FROM staff WHERE department_id = ?) + (SELECT count(*) "
                           "FROM departments WHERE parent_id = ?)"),
            { id, id });
        if (members && members->toInt() > 0) {
            return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
                "%1 still has colleagues or sub-departments; only an empty department can be removed.")
                                       .arg(name));
        }
    }
    Transaction transaction(m_database);
    if (transaction.error()) {
        return transaction.error();
    }
    if (entity.name == QLatin1String("request")) {
        // Taking back a request that was just raised takes its history with it.
        auto events = sql::run(db, QStringLiteral("DELETE FROM request_events WHERE request_id = ?"), { id });
        if (!events) {
            return events.error();
        }
    }
    // Prepared once per store: taking an import back removes thousands of records. Made from a version
    // seen, the record goes only while it still has it.
    auto removed = expected
        ? statements().run(
            QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND version = ?").arg(entity.table, entity.key),
            { id, expected })
        : statements().run(
            QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(entity.table, entity.key), { id });
    if (removed && expected && (*removed)->numRowsAffected() == 0) {
        return RecordVersion::conflict(m_database, entity, id, seen.purpose);
    }
    if (removed && entity.isParty()) {
        removed = statements().run(QStringLiteral("DELETE FROM parties WHERE id = ?"), { id });
    }
    if (!removed) {
        if (removed.error().kind == ErrorKind::BadInput) {
            // A foreign key refused: something refers to the record, so it has history worth keeping.
            return Error::badInput(entity.name == QLatin1String("staff")
                    ? QCoreApplication::translate("tandem::EntityStore",
                        "%1 has history in Tandem and cannot be removed; mark the colleague as departed "
                        "instead.")
                          .arg(name)
                    : entity.name == QLatin1String("account")
                    ? QCoreApplication::translate("tandem::EntityStore",
                        "%1 has contacts or history in Tandem and cannot be removed; if it is the same "
                        "customer as another account, merge the two instead.")
                          .arg(name)
                    : QCoreApplication::translate(
                        "tandem::EntityStore", "%1 cannot be removed: other records still refer to it.")
                          .arg(name));
        }
        return removed.error();
    }
    if (isIndexed(entity)) {
        if (Error error = putSearchText(SearchIndex::rowId(searchKind(entity), id), std::nullopt)) {
            return error;
        }
    }
    if (Error error = audit(entity.name, id, QStringLiteral("delete"), QString(), name, QVariant())) {
        return error;
    }
    return transaction.commit();
}

QString EntityStore::entityWord(const QString& entityName)
{
    return entityName == QLatin1String("party")
        ? QCoreApplication::translate("tandem::EntityStore", "department, staff member or account")
        : labels::entity(entityName);
}

} // namespace tandem
