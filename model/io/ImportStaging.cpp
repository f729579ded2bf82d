#include "ImportStaging.h"

#include "Clock.h"
#include "Database.h"
#include "DuplicateFinder.h"
#include "EntityStore.h"
#include "ImportMapping.h"
#include "ImportRow.h"
#include "SearchIndex.h"
#include "SortKey.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QRegularExpression>
#include <algorithm>
#include <functional>

namespace tandem {

struct ImportStaging::Staged
{
    int index = 0; // in the file's rows
    int line = 0;
    QStringList cells;
    QMap<QString, QString> values;
    QMap<QString, QString> person;
    QVariantMap normalised; // the values as an added record stores them, its owner aside
    QString owner; // as typed; empty when none
    QString emailKey;
    QString nameKey;
    qint64 byEmail = 0; // the first record with the row's e-mail before the import, or 0
    qint64 byName = 0; // the first record with the row's name in its city before the import, or 0
};

struct ImportStaging::Owner
{
    int matches = 0;
    qint64 id = 0;
    bool departed = false;
};

namespace {

const QString rowsTable = QStringLiteral("import_rows");

// Rows of bound values a few hundred to a statement: a statement per row costs a round trip each, and the
// full-text index writes out a segment at the end of every statement.
class Batches
{
public:
    Batches(sql::StatementCache& statements, std::function<QString(int rows)> statement, int columns)
        : m_statements(statements)
        , m_statement(std::move(statement))
        , m_batch(std::clamp(4000 / columns, 1, 500))
    { }

    Error add(const QVariantList& row)
    {
        m_values += row;
        return ++m_rows == m_batch ? flush() : Error();
    }

    Error flush()
    {
        if (m_rows == 0) {
            return {};
        }
        auto written = m_statements.run(m_statement(m_rows), m_values);
        m_values.clear();
        m_rows = 0;
        return written ? Error() : written.error();
    }

private:
    sql::StatementCache& m_statements;
    std::function<QString(int)> m_statement;
    int m_batch;
    int m_rows = 0;
    QVariantList m_values;
};

QString valuesInto(const QString& table, const QStringList& columns, int rows)
{
    QStringList tuples;
    tuples.fill(QStringLiteral("(%1)").arg(sql::placeholders(columns.size())), rows);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")));
}

// The type a staged column needs so that a value copied from it into its table keeps its kind.
QString columnType(const Field& field)
{
    switch (field.type) {
    case FieldType::Reference:
    case FieldType::Integer:
    case FieldType::Money:
    case FieldType::Flag:
    case FieldType::Rating:
        return QStringLiteral("INTEGER");
    case FieldType::Choice:
        return field.name == QLatin1String("rank_level") ? QStringLiteral("INTEGER") : QStringLiteral("TEXT");
    default:
        return QStringLiteral("TEXT");
    }
}

// A stored record as EntityStore::asText() gives it: what the rows' values are compared with.
QMap<QString, QString> textOf(const Entity& entity, const QVariantMap& stored)
{
    QMap<QString, QString> text;
    for (const Field& field : entity.fields) {
        const QVariant value = stored.value(field.name);
        text.insert(field.name, value.isNull() ? QString() : value.toString());
    }
    return text;
}

QVariantMap storedOf(const Entity& entity, const Record& record)
{
    QVariantMap stored;
    for (const auto& [column, value] : record) {
        if (column != entity.key) {
            stored.insert(column, value);
        }
    }
    return stored;
}

// What a row is matched by (see Importer): its e-mail, else its name within a scope.
QString matchName(const QString& name, const QString& scope)
{
    return name.simplified() + QChar(0x1f) + scope.simplified();
}

// As a one-line field stores what was typed.
QVariant lineValue(const QString& typed)
{
    const QString text = typed.simplified();
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant optional(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Never NULL, which matches nothing: a row without a city matches a record without one.
QVariant text(const QString& text)
{
    return text.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(text);
}

// As AuditLog::record() writes a value.
QVariant auditText(const QVariant& value)
{
    return value.isNull() ? QVariant() : QVariant(value.toString());
}

} // namespace

ImportStaging::ImportStaging(Database& database)
    : m_database(database)
    , m_store(std::make_unique<EntityStore>(database))
    , m_statements(std::make_unique<sql::StatementCache>(database.connection()))
{ }

ImportStaging::~ImportStaging()
{
    dropStaging();
}

void ImportStaging::dropStaging()
{
    // Prepared statements on a table keep it from being dropped.
    m_statements = std::make_unique<sql::StatementCache>(m_database.connection());
    if (m_stagingTables.isEmpty()) {
        return;
    }
    for (const QString& table : std::exchange(m_stagingTables, {})) {
        sql::run(m_database.connection(), QStringLiteral("DROP TABLE %1").arg(table));
    }
    setTemporaryCache(SqlDialect::defaultPageCacheMegabytes); // which gives the memory back
}

void ImportStaging::setTemporaryCache(int megabytes)
{
    if (const QString statement = m_database.dialect().temporaryPageCache(megabytes); !statement.isEmpty()) {
        sql::run(m_database.connection(), statement);
    }
}

Error ImportStaging::createStaging(const QString& table, const QStringList& columns)
{
    if (m_stagingTables.isEmpty()) {
        setTemporaryCache(bulkPageCacheMegabytes);
    }
    auto created = sql::run(m_database.connection(),
        m_database.dialect().temporaryTable(table, columns.join(QStringLiteral(", "))));
    if (!created) {
        return created.error();
    }
    m_stagingTables << table;
    return {};
}

bool ImportStaging::step(int done) const
{
    return !m_progress || m_progress(std::min(done, m_total), m_total);
}

Result<Importer::Report> ImportStaging::check(
    const CsvTable& table, const QHash<int, QString>& mapping, const Importer::Progress& progress)
{
    const Entity& entity = entities::account();
    m_progress = progress;
    m_total = int(table.rows.size());
    m_now = Clock::nowIso();
    // The columns the import can write: those the file fills, and those an added record takes a default for.
    m_contactFields = QStringList { QStringLiteral("account_id") };
    for (const Field& field : entity.fields) {
        if (mapping.values().contains(field.name) || !field.defaultValue.isEmpty()) {
            m_accountFields << field.name;
        }
    }
    for (const QString& mapped : mapping) {
        if (const QString field = importing::contactField(mapped); !field.isEmpty()) {
            m_contactFields << field;
        }
    }
    QHash<QString, QString> choices;
    QList<Staged> rows;
    bool persons = false;
    // Reading and checking each row's own values is the first half of the work.
    for (int index = 0; index < m_total; ++index) {
        if (index % 200 == 0 && !step(index / 2)) {
            return Importer::cancelled();
        }
        const ImportRow read = ImportRow::read(entity, table, index, mapping, choices);
        if (read.state == ImportRow::State::Empty) {
            continue;
        }
        if (read.state == ImportRow::State::Refused) {
            m_rejected.append({ index, { read.line, read.refusal, table.rows.at(index) } });
            continue;
        }
        Staged row;
        row.index = index;
        row.line = read.line;
        row.cells = table.rows.at(index);
        row.values = read.values;
        row.person = read.person;
        QMap<QString, QString> own = row.values;
        row.owner = own.take(QStringLiteral("owner_id"));
        // Without its owner a row's check needs no statement: the owner is looked up for all rows at once.
        auto normalised = m_store->normalise(entity, own);
        if (!normalised) {
            // A bad owner before the bad field is what a form would name first.
            auto alone = row.owner.isEmpty() ? normalised : checkedAlone(row.values);
            m_rejected.append({ index,
                { read.line, labels::explained(entity, (alone ? normalised : alone).error().message),
                    table.rows.at(index) } });
            continue;
        }
        row.normalised = *normalised;
        row.emailKey = row.values.value(QStringLiteral("email")).trimmed().toLower();
        row.nameKey = matchName(row.values.value(entity.nameField), row.values.value(QStringLiteral("city")));
        persons = persons || !row.person.isEmpty();
        rows << row;
    }
    if (Error error = stage(rows)) {
        return error;
    }
    auto owners = resolveOwners();
    if (!owners) {
        return owners.error();
    }
    if (Error error = loadMatches(rows)) {
        return error;
    }
    if (Error error = loadRecords(persons)) {
        return error;
    }
    Importer::Report report;
    for (Staged& row : rows) {
        if (row.index % 200 == 0 && !step(m_total / 2 + row.index / 4)) {
            return Importer::cancelled();
        }
        apply(row, *owners, report);
    }
    std::stable_sort(
        m_rejected.begin(), m_rejected.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [index, row] : std::as_const(m_rejected)) {
        report.rejected << row;
    }
    return report;
}

Error ImportStaging::stage(const QList<Staged>& rows)
{
    const QStringList columns { QStringLiteral("seq"), QStringLiteral("owner_ref"),
        QStringLiteral("owner_number"), QStringLiteral("owner_email"), QStringLiteral("email_key"),
        QStringLiteral("name_key"), QStringLiteral("city_key") };
    if (Error error = createStaging(rowsTable,
            { QStringLiteral("seq INTEGER PRIMARY KEY"), QStringLiteral("owner_ref TEXT"),
                QStringLiteral("owner_number INTEGER"), QStringLiteral("owner_email TEXT"),
                QStringLiteral("email_key TEXT"), QStringLiteral("name_key TEXT"),
                QStringLiteral("city_key TEXT"), QStringLiteral("by_email INTEGER"),
                QStringLiteral("by_name INTEGER") })) {
        return error;
    }
    static const QRegularExpression number(QStringLiteral("^\\d{1,18}$"));
    Batches batches(
        *m_statements, [&columns](int count) { return valuesInto(rowsTable, columns, count); },
        int(columns.size()));
    for (qsizetype seq = 0; seq < rows.size(); ++seq) {
        const Staged& row = rows.at(seq);
        const bool numbered = number.match(row.owner).hasMatch();
        if (Error error = batches.add({ seq, optional(row.owner),
                numbered ? QVariant(row.owner.toLongLong()) : QVariant(), optional(row.owner.toLower()),
                optional(row.emailKey), row.values.value(entities::account().nameField).simplified(),
                text(row.values.value(QStringLiteral("city")).simplified()) })) {
            return error;
        }
    }
    return batches.flush();
}

Result<QHash<QString, ImportStaging::Owner>> ImportStaging::resolveOwners()
{
    // An owner is named as EntityStore::resolve() reads a reference: a number is a colleague's id, other
    // text their exact name or e-mail. Each different name is looked up once, through staff's indexes.
    auto rows = m_statements->run(
        QStringLiteral(
            "WITH named AS (SELECT DISTINCT owner_ref AS ref, owner_number AS number, owner_email "
            "AS email FROM import_rows WHERE owner_ref IS NOT NULL), "
            "found AS (SELECT n.ref, s.party_id, s.status FROM named n JOIN staff s ON s.party_id = "
            "n.number "
            "UNION SELECT n.ref, s.party_id, s.status FROM named n JOIN staff s ON s.name = n.ref "
            "WHERE n.number IS NULL "
            "UNION SELECT n.ref, s.party_id, s.status FROM named n JOIN staff s ON s.email = n.email "
            "WHERE n.number IS NULL) "
            "SELECT n.ref, count(f.party_id), min(f.party_id), "
            "max(CASE WHEN f.status = ? THEN 1 ELSE 0 END) "
            "FROM named n LEFT JOIN found f ON f.ref = n.ref GROUP BY n.ref"),
        { QStringLiteral("departed") });
    if (!rows) {
        return rows.error();
    }
    QHash<QString, Owner> owners;
    while ((*rows)->next()) {
        owners.insert((*rows)->value(0).toString(),
            { (*rows)->value(1).toInt(), (*rows)->value(2).toLongLong(), (*rows)->value(3).toInt() != 0 });
    }
    return owners;
}

Error ImportStaging::loadMatches(QList<Staged>& rows)
{
    // Through the indexes on e-mail and name: the records as they were before the import.
    auto matched = m_statements->run(QStringLiteral(
        "UPDATE import_rows SET "
        "by_email = (SELECT min(a.party_id) FROM accounts a WHERE a.email = import_rows.email_key), "
        "by_name = (SELECT min(a.party_id) FROM accounts a WHERE a.name = import_rows.name_key "
        "AND coalesce(a.city, '') = import_rows.city_key)"));
    if (!matched) {
        return matched.error();
    }
    auto found = m_statements->run(QStringLiteral(
        "SELECT seq, by_email, by_name FROM import_rows WHERE by_email IS NOT NULL OR by_name IS NOT NULL"));
    if (!found) {
        return found.error();
    }
    while ((*found)->next()) {
        Staged& row = rows[(*found)->value(0).toInt()];
        row.byEmail = (*found)->value(1).toLongLong();
        row.byName = (*found)->value(2).toLongLong();
    }
    return {};
}

Error ImportStaging::loadRecords(bool withContacts)
{
    const QString matched = QStringLiteral(
        "(SELECT by_email FROM import_rows WHERE by_email IS NOT NULL UNION SELECT by_name FROM import_rows "
        "WHERE by_name IS NOT NULL)");
    const Entity& account = entities::account();
    auto accounts
        = m_statements->run(QStringLiteral("SELECT %1 FROM accounts t WHERE t.party_id IN %2")
                                .arg(EntityStore::columnList(account, QStringLiteral("t")), matched));
    if (!accounts) {
        return accounts.error();
    }
    while ((*accounts)->next()) {
        m_accounts.insert((*accounts)->value(0).toLongLong(),
            { false, false, storedOf(account, EntityStore::recordFrom(**accounts, account)), {} });
    }
    const Entity& contact = entities::contact();
    if (withContacts) {
        auto contacts = m_statements->run(
            QStringLiteral("SELECT %1 FROM contacts t WHERE t.account_id IN %2 ORDER BY t.id")
                .arg(EntityStore::columnList(contact, QStringLiteral("t")), matched));
        if (!contacts) {
            return contacts.error();
        }
        while ((*contacts)->next()) {
            const qint64 id = (*contacts)->value(0).toLongLong();
            const QVariantMap stored = storedOf(contact, EntityStore::recordFrom(**contacts, contact));
            m_contacts.insert(id, { false, false, stored, {} });
            // The first of two namesakes is the one a row names.
            const QString key = matchName(stored.value(QStringLiteral("name")).toString(),
                stored.value(QStringLiteral("account_id")).toString());
            if (!m_peopleByName.contains(key)) {
                m_peopleByName.insert(key, id);
            }
        }
    }
    // New records take ids from a block set aside for them (SqlDialect::reserveIds): what the database would
    // give them one at a time on a file, where the transaction holds the write lock.
    for (auto [table, next] : { std::pair { QStringLiteral("parties"), &m_nextAccount },
             std::pair { QStringLiteral("contacts"), &m_nextContact } }) {
        // At most one new account and one new contact for each row of the file.
        auto last = m_statements->scalar(m_database.dialect().reserveIds(table, m_total));
        if (!last) {
            return last.error();
        }
        *next = last->toLongLong() + 1;
    }
    return {};
}

Result<QVariantMap> ImportStaging::checkedAlone(const QMap<QString, QString>& values) const
{
    return m_store->normalise(entities::account(), values);
}

bool ImportStaging::apply(Staged& row, const QHash<QString, Owner>& owners, Importer::Report& report)
{
    const Entity& entity = entities::account();
    auto reject = [&](const QString& reason) {
        m_rejected.append({ row.index, { row.line, labels::explained(entity, reason), row.cells } });
        return false;
    };
    // The owner the row names, looked up with the others; a row the lookup refused is checked on its own,
    // which also words the reason.
    QVariant owner;
    auto ownerFound = [&]() {
        if (row.owner.isEmpty()) {
            return true;
        }
        if (const Owner named = owners.value(row.owner); named.matches == 1 && !named.departed) {
            owner = named.id;
            return true;
        }
        auto alone = checkedAlone(row.values);
        if (!alone) {
            return reject(alone.error().message);
        }
        owner = alone->value(QStringLiteral("owner_id"));
        return true;
    };

    qint64 existing = 0;
    if (!row.emailKey.isEmpty()) {
        existing = row.byEmail ? row.byEmail : m_fileByEmail.value(row.emailKey);
    }
    if (!existing) {
        existing = row.byName ? row.byName : m_fileByName.value(row.nameKey);
    }
    auto remember = [&](qint64 id) {
        if (!row.emailKey.isEmpty() && !row.byEmail && !m_fileByEmail.contains(row.emailKey)) {
            m_fileByEmail.insert(row.emailKey, id);
        }
        if (!row.byName && !m_fileByName.contains(row.nameKey)) {
            m_fileByName.insert(row.nameKey, id);
        }
    };
    if (existing) {
        // Only what the file says changes; fields it leaves empty keep what Tandem has.
        Record& record = m_accounts[existing];
        const QMap<QString, QString> current = textOf(entity, record.stored);
        QMap<QString, QString> changes;
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            if (current.value(it.key()) != it.value()) {
                changes.insert(it.key(), it.value());
            }
        }
        if (!changes.isEmpty()) {
            if (changes.contains(QStringLiteral("owner_id")) && !ownerFound()) {
                return false;
            }
            QMap<QString, QString> previous;
            for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
                previous.insert(it.key(), current.value(it.key()));
                record.stored.insert(
                    it.key(), it.key() == QLatin1String("owner_id") ? owner : row.normalised.value(it.key()));
                m_audit << AuditEntry { entity.name, existing, QStringLiteral("update"), it.key(),
                    previous.value(it.key()), record.stored.value(it.key()) };
            }
            record.changed = true;
            report.changes << Importer::Change { &entity, existing, false, previous, changes };
        }
        remember(existing);
        ++report.updated;
        putPerson(existing, row.person, report);
        return true;
    }
    if (!ownerFound()) {
        return false;
    }
    const qint64 id = m_nextAccount++;
    // The row's values become the record: moved, not copied, for a hundred thousand rows.
    Record record { true, true, std::move(row.normalised), {} };
    record.createdAs = record.stored.value(entity.nameField).toString();
    record.stored.insert(QStringLiteral("owner_id"), owner);
    m_accounts.insert(id, std::move(record));
    remember(id);
    ++report.added;
    report.changes << Importer::Change { &entity, id, true, {}, row.values };
    putPerson(id, row.person, report);
    return true;
}

void ImportStaging::putPerson(qint64 account, const QMap<QString, QString>& person, Importer::Report& report)
{
    if (person.isEmpty()) {
        return;
    }
    // Matched by name within the account: brought up to date, or added to it.
    const Entity& contact = entities::contact();
    const QString scope = QString::number(account);
    const QString key = matchName(person.value(QStringLiteral("name")), scope);
    if (const qint64 existing = m_peopleByName.value(key)) {
        Record& record = m_contacts[existing];
        const QMap<QString, QString> current = textOf(contact, record.stored);
        QMap<QString, QString> changes;
        for (auto it = person.cbegin(); it != person.cend(); ++it) {
            if (it.key() != QLatin1String("name") && current.value(it.key()) != it.value().simplified()) {
                changes.insert(it.key(), it.value());
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        QMap<QString, QString> previous;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            previous.insert(it.key(), current.value(it.key()));
            record.stored.insert(it.key(), lineValue(it.value()));
            m_audit << AuditEntry { contact.name, existing, QStringLiteral("update"), it.key(),
                previous.value(it.key()), record.stored.value(it.key()) };
        }
        record.changed = true;
        report.changes << Importer::Change { &contact, existing, false, previous, changes };
        return;
    }
    // A contact person's columns are one-line fields (see importing::extraFields).
    QMap<QString, QString> values = person;
    values.insert(QStringLiteral("account_id"), scope);
    Record record { true, true, {}, {} };
    for (const Field& field : contact.fields) {
        record.stored.insert(field.name,
            field.name == QLatin1String("account_id") ? QVariant(account)
                                                      : lineValue(person.value(field.name)));
    }
    record.createdAs = record.stored.value(QStringLiteral("name")).toString();
    const qint64 id = m_nextContact++;
    m_contacts.insert(id, record);
    m_peopleByName.insert(key, id);
    ++report.contactsAdded;
    report.changes << Importer::Change { &contact, id, true, {}, values };
}

Error ImportStaging::write()
{
    // The last quarter of the work, in four steps.
    const int quarter = m_total / 4;
    if (!step(m_total - quarter)) {
        return Importer::cancelled();
    }
    if (Error error
        = writeRecords(entities::account(), SearchIndex::Kind::Party, m_accounts, m_accountFields)) {
        return error;
    }
    if (!step(m_total - quarter * 3 / 4)) {
        return Importer::cancelled();
    }
    if (Error error
        = writeRecords(entities::contact(), SearchIndex::Kind::Contact, m_contacts, m_contactFields)) {
        return error;
    }
    if (!step(m_total - quarter / 2)) {
        return Importer::cancelled();
    }
    if (!step(m_total - quarter / 4)) {
        return Importer::cancelled();
    }
    if (Error error = writeAudit()) {
        return error;
    }
    dropStaging();
    return {};
}

Error ImportStaging::writeRecords(const Entity& entity, SearchIndex::Kind kind,
    const QHash<qint64, Record>& records, const QStringList& fields)
{
    QList<qint64> ids;
    bool updates = false;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        if (it->changed) {
            ids << it.key();
            updates = updates || !it->added;
        }
    }
    if (ids.isEmpty()) {
        return {};
    }
    std::sort(ids.begin(), ids.end());
    const bool isAccount = entity.name == QLatin1String("account");
    // The columns of the entity's own table beside its fields; a party's sort key lives in parties.
    const QStringList derived = isAccount
        ? QStringList { QStringLiteral("match_phone"), QStringLiteral("match_name") }
        : QStringList { QStringLiteral("sort_key") };
    const QString staging = QStringLiteral("import_") + entity.table;
    QStringList definitions { QStringLiteral("id INTEGER PRIMARY KEY"), QStringLiteral("added INTEGER") };
    for (const QString& field : fields) {
        definitions << field + QLatin1Char(' ') + columnType(*entity.field(field));
    }
    definitions << QStringLiteral("sort_key BLOB");
    if (isAccount) {
        definitions << QStringLiteral("match_phone TEXT") << QStringLiteral("match_name TEXT");
    }
    // Its search text, and the name it was added under when a later row of the file renamed it.
    definitions << QStringLiteral("body TEXT") << QStringLiteral("created_as TEXT");
    if (Error error = createStaging(staging, definitions)) {
        return error;
    }
    QStringList columns;
    for (const QString& definition : std::as_const(definitions)) {
        columns << definition.section(QLatin1Char(' '), 0, 0);
    }
    Batches batches(
        *m_statements, [&](int count) { return valuesInto(staging, columns, count); }, int(columns.size()));
    const SortKey& sortKey = m_database.sortKey();
    for (const qint64 id : std::as_const(ids)) {
        const Record& record = records[id];
        QVariantList row { id, record.added ? 1 : 0 };
        for (const QString& field : fields) {
            row << record.stored.value(field);
        }
        const QString name = record.stored.value(entity.nameField).toString();
        row << sortKey.of(name);
        if (isAccount) {
            const QString city = record.stored.value(QStringLiteral("city")).toString();
            row << optional(
                DuplicateFinder::phoneKey(record.stored.value(QStringLiteral("phone")).toString()))
                << optional(DuplicateFinder::nameKey(name, city));
        }
        row << EntityStore::searchText(entity, record.stored)
            << (record.added && record.createdAs != name ? QVariant(record.createdAs) : QVariant());
        if (Error error = batches.add(row)) {
            return error;
        }
    }
    if (Error error = batches.flush()) {
        return error;
    }
    // Table and column names are the data model's own, never input; every value is bound.
    const QStringList own = fields + derived;
    QList<std::pair<QString, QVariantList>> statements;
    if (entity.isParty()) {
        statements.append(
            { QStringLiteral(
                  "INSERT INTO parties (id, kind, display_name, sort_key, created_at, "
                  "updated_at) SELECT id, ?, %1, sort_key, ?, ? FROM %2 WHERE added = 1 ORDER BY id")
                    .arg(entity.nameField, staging),
                { entity.partyKind, m_now, m_now } });
    }
    statements.append(
        { QStringLiteral("INSERT INTO %1 (%2, %3) SELECT id, %3 FROM %4 WHERE added = 1 ORDER BY id")
                .arg(entity.table, entity.key, own.join(QStringLiteral(", ")), staging),
            {} });
    if (updates) {
        if (entity.isParty()) {
            statements.append(
                { QStringLiteral("UPDATE parties SET display_name = s.%1, sort_key = s.sort_key, "
                                 "updated_at = ? FROM %2 s WHERE parties.id = s.id AND s.added = 0")
                        .arg(entity.nameField, staging),
                    { m_now } });
        }
        QStringList assignments;
        for (const QString& column : own) {
            assignments << QStringLiteral("%1 = s.%1").arg(column);
        }
        assignments << RecordVersion::increment(entity.table);
        statements.append(
            { QStringLiteral("UPDATE %1 SET %2 FROM %3 s WHERE %1.%4 = s.id AND s.added = 0")
                    .arg(entity.table, assignments.join(QStringLiteral(", ")), staging, entity.key),
                {} });
    }
    // One statement for all the text: the full-text index writes a segment at the end of each. The row
    // of a record in the index is a linear function of its id (SearchIndex::rowId()).
    const qint64 offset = SearchIndex::rowId(kind, 0);
    statements.append({ m_database.dialect().searchUpsertFrom(
                            QStringLiteral("SELECT id * %1 + %2, body FROM %3 ORDER BY id")
                                .arg(SearchIndex::rowId(kind, 1) - offset)
                                .arg(offset)
                                .arg(staging)),
        {} });
    statements.append(
        { QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, new_value) "
                         "SELECT ?, ?, ?, id, ?, coalesce(created_as, %1) FROM %2 "
                         "WHERE added = 1 ORDER BY id")
                .arg(entity.nameField, staging),
            { m_now, m_database.actor(), entity.name, QStringLiteral("create") } });
    for (const auto& [statement, values] : std::as_const(statements)) {
        if (auto written = m_statements->run(statement, values); !written) {
            return written.error();
        }
    }
    return {};
}

Error ImportStaging::writeAudit()
{
    const QStringList columns { QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("entity"),
        QStringLiteral("entity_id"), QStringLiteral("action"), QStringLiteral("field"),
        QStringLiteral("old_value"), QStringLiteral("new_value") };
    Batches batches(
        *m_statements,
        [&columns](int count) { return valuesInto(QStringLiteral("audit_log"), columns, count); },
        int(columns.size()));
    const QString actor = m_database.actor();
    for (const AuditEntry& entry : std::as_const(m_audit)) {
        if (Error error = batches.add({ m_now, actor, entry.entity, entry.id, entry.action,
                entry.field.isEmpty() ? QVariant() : QVariant(entry.field), auditText(entry.before),
                auditText(entry.after) })) {
            return error;
        }
    }
    return batches.flush();
}

} // namespace tandem
