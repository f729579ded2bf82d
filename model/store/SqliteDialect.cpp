#include "Database.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <algorithm>

namespace tandem {

namespace {

// Schema v1: the whole data model of DESIGN.md. Column names double as the command line's JSON keys.
const char* const schemaV1[] = {
    R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT))",
    R"(CREATE TABLE parties (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('department', 'staff', 'account')),
            display_name TEXT NOT NULL,
            sort_key BLOB NOT NULL DEFAULT x'',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))",
    R"(CREATE INDEX parties_kind_sort ON parties (kind, sort_key))",
    R"(CREATE TABLE departments (
            party_id INTEGER PRIMARY KEY REFERENCES parties (id),
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            parent_id INTEGER REFERENCES departments (party_id),
            description TEXT,
            CHECK (parent_id IS NULL OR parent_id <> party_id)))",
    R"(CREATE INDEX departments_parent ON departments (parent_id))",
    R"(CREATE TABLE staff (
            party_id INTEGER PRIMARY KEY REFERENCES parties (id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            email TEXT UNIQUE,
            phone TEXT,
            title TEXT,
            rank_level INTEGER NOT NULL DEFAULT 3 CHECK (rank_level BETWEEN 1 AND 3),
            department_id INTEGER REFERENCES departments (party_id),
            manager_id INTEGER REFERENCES staff (party_id),
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'departed')),
            joined_on TEXT,
            left_on TEXT,
            CHECK (manager_id IS NULL OR manager_id <> party_id)))",
    R"(CREATE INDEX staff_department ON staff (department_id))",
    R"(CREATE INDEX staff_name ON staff (name))",
    R"(CREATE INDEX staff_manager ON staff (manager_id))",
    R"(CREATE TABLE internal_links (
            id INTEGER PRIMARY KEY,
            a_party INTEGER NOT NULL REFERENCES parties (id),
            b_party INTEGER NOT NULL REFERENCES parties (id),
            kind TEXT NOT NULL CHECK (kind IN ('rank', 'function', 'process')),
            pattern TEXT CHECK (pattern IS NULL OR pattern IN ('horizontal', 'pipeline', 'team')),
            a_to_b TEXT,
            b_to_a TEXT,
            notes TEXT,
            UNIQUE (a_party, b_party, kind),
            CHECK (a_party <> b_party)))",
    R"(CREATE INDEX internal_links_b ON internal_links (b_party))",
    R"(CREATE TABLE accounts (
            party_id INTEGER PRIMARY KEY REFERENCES parties (id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL DEFAULT 'organization' CHECK (kind IN ('organization', 'person')),
            category TEXT,
            segment TEXT NOT NULL DEFAULT 'potential' CHECK (segment IN ('loyal', 'floating', 'potential')),
            owner_id INTEGER REFERENCES staff (party_id),
            phone TEXT,
            email TEXT,
            website TEXT,
            address TEXT,
            city TEXT,
            region TEXT,
            source TEXT,
            competitors TEXT,
            notes TEXT))",
    R"(CREATE INDEX accounts_owner ON accounts (owner_id))",
    R"(CREATE INDEX accounts_name ON accounts (name))",
    R"(CREATE INDEX accounts_segment ON accounts (segment))",
    R"(CREATE INDEX accounts_city ON accounts (city))",
    R"(CREATE INDEX accounts_email ON accounts (email))",
    R"(CREATE TABLE segment_changes (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (party_id),
            from_segment TEXT CHECK (from_segment IS NULL OR from_segment IN ('loyal', 'floating', 'potential')),
            to_segment TEXT NOT NULL CHECK (to_segment IN ('loyal', 'floating', 'potential')),
            changed_at TEXT NOT NULL,
            reason TEXT,
            changed_by INTEGER REFERENCES staff (party_id)))",
    R"(CREATE INDEX segment_changes_account ON segment_changes (account_id, changed_at))",
    R"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (party_id),
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            title TEXT,
            phone TEXT,
            mobile TEXT,
            email TEXT,
            notes TEXT,
            sort_key BLOB NOT NULL DEFAULT x''))",
    R"(CREATE INDEX contacts_account ON contacts (account_id))",
    R"(CREATE INDEX contacts_sort ON contacts (sort_key))",
    R"(CREATE INDEX contacts_email ON contacts (email))",
    R"(CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (party_id),
            contact_id INTEGER REFERENCES contacts (id),
            staff_id INTEGER REFERENCES staff (party_id),
            kind TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'message', 'email', 'meeting', 'gift', 'other')),
            occurred_at TEXT NOT NULL,
            summary TEXT,
            next_step TEXT,
            next_step_due TEXT,
            next_step_done INTEGER NOT NULL DEFAULT 0 CHECK (next_step_done IN (0, 1))))",
    R"(CREATE INDEX interactions_account ON interactions (account_id, occurred_at))",
    R"(CREATE INDEX interactions_staff ON interactions (staff_id))",
    R"(CREATE INDEX interactions_contact ON interactions (contact_id))",
    R"(CREATE INDEX interactions_open_steps ON interactions (next_step_due) WHERE next_step_done = 0
            AND next_step_due IS NOT NULL)",
    R"(CREATE TABLE purchases (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (party_id),
            purchased_on TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount >= 0),
            currency TEXT NOT NULL DEFAULT 'CNY',
            description TEXT,
            from_competitor INTEGER NOT NULL DEFAULT 0 CHECK (from_competitor IN (0, 1))))",
    R"(CREATE INDEX purchases_account ON purchases (account_id, purchased_on))",
    R"(CREATE TABLE service_requests (
            id INTEGER PRIMARY KEY,
            requester INTEGER NOT NULL REFERENCES parties (id),
            provider INTEGER NOT NULL REFERENCES parties (id),
            link_id INTEGER REFERENCES internal_links (id),
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT,
            acceptance TEXT,
            priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in_progress', 'waiting', 'done', 'rejected', 'cancelled')),
            created_at TEXT NOT NULL,
            due_at TEXT,
            closed_at TEXT,
            delay_reason TEXT,
            corrective_action TEXT,
            corrective_owner INTEGER REFERENCES staff (party_id),
            requester_rating INTEGER CHECK (requester_rating IS NULL OR requester_rating BETWEEN 1 AND 5),
            requester_feedback TEXT,
            provider_rating INTEGER CHECK (provider_rating IS NULL OR provider_rating BETWEEN 1 AND 5),
            provider_feedback TEXT,
            CHECK (requester <> provider),
            CHECK (due_at IS NULL OR due_at >= created_at)))",
    R"(CREATE INDEX service_requests_requester ON service_requests (requester, status))",
    R"(CREATE INDEX service_requests_provider ON service_requests (provider, status))",
    // A pair's health reads the requests between its two sides.
    R"(CREATE INDEX service_requests_pair ON service_requests (provider, requester))",
    R"(CREATE INDEX service_requests_status_due ON service_requests (status, due_at))",
    R"(CREATE INDEX service_requests_due ON service_requests (due_at))",
    R"(CREATE INDEX service_requests_closed ON service_requests (status, closed_at))",
    R"(CREATE INDEX service_requests_created ON service_requests (created_at))",
    R"(CREATE INDEX service_requests_link ON service_requests (link_id))",
    R"(CREATE INDEX service_requests_title ON service_requests (title))",
    R"(CREATE TABLE request_events (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES service_requests (id),
            at TEXT NOT NULL,
            actor INTEGER REFERENCES parties (id),
            kind TEXT NOT NULL CHECK (kind IN ('created', 'comment', 'status', 'reassign', 'rating', 'delay')),
            from_value TEXT,
            to_value TEXT,
            note TEXT))",
    R"(CREATE INDEX request_events_request ON request_events (request_id, at))",
    R"(CREATE TABLE handovers (
            id INTEGER PRIMARY KEY,
            from_staff INTEGER NOT NULL REFERENCES staff (party_id),
            successor INTEGER REFERENCES staff (party_id),
            at TEXT NOT NULL,
            reason TEXT,
            notes TEXT,
            watch_until TEXT,
            CHECK (successor IS NULL OR successor <> from_staff)))",
    R"(CREATE INDEX handovers_from ON handovers (from_staff))",
    R"(CREATE TABLE handover_items (
            id INTEGER PRIMARY KEY,
            handover_id INTEGER NOT NULL REFERENCES handovers (id),
            item_kind TEXT NOT NULL CHECK (item_kind IN ('account', 'request', 'link', 'follow_up')),
            item_id INTEGER NOT NULL,
            to_staff INTEGER REFERENCES staff (party_id),
            briefing TEXT,
            previous_value TEXT))",
    R"(CREATE INDEX handover_items_handover ON handover_items (handover_id))",
    R"(CREATE INDEX handover_items_item ON handover_items (item_kind, item_id))",
    R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            action TEXT NOT NULL,
            field TEXT,
            old_value TEXT,
            new_value TEXT))",
    R"(CREATE INDEX audit_log_entity ON audit_log (entity, entity_id))",
    // The search index keeps its own copy of the text, already split so that every CJK character is a
    // token: a phrase query then finds any one or two characters inside a Chinese name.
    R"(CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2'))",
};

const char* const searchIndexTable = R"(CREATE VIRTUAL TABLE search_index USING fts5 (body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'))";

class SqliteDialect final : public SqlDialect
{
public:
    QStringList migration(int version) const override
    {
        QStringList statements;
        if (version == 1) {
            for (const char* statement : schemaV1) {
                statements << QString::fromUtf8(statement);
            }
        } else if (version == 2) {
            statements << QStringLiteral("ALTER TABLE accounts ADD COLUMN match_phone TEXT")
                       << QStringLiteral("ALTER TABLE accounts ADD COLUMN match_name TEXT")
                       << QStringLiteral("CREATE INDEX accounts_match_phone ON accounts (match_phone)")
                       << QStringLiteral("CREATE INDEX accounts_match_name ON accounts (match_name)")
                       << QStringLiteral("CREATE INDEX accounts_category ON accounts (category)")
                       // Cover the per-account figures the accounts list sorts by: next step due, purchases.
                       << QStringLiteral("CREATE INDEX interactions_account_steps ON interactions "
                                         "(account_id, next_step_done, next_step_due)")
                       << QStringLiteral("CREATE INDEX purchases_account_own ON purchases (account_id, "
                                         "from_competitor, purchased_on, amount)");
        } else if (version == 3) {
            // The requests list sorts a million rows by priority and status in their meaning's order
            // (urgent first; open before closed), and by rating, through these indexes. The expressions
            // must stay exactly as lists::requests() writes them.
            statements
                << QStringLiteral("CREATE INDEX service_requests_priority ON service_requests ((%1))")
                       .arg(requestPriorityOrder(QString()))
                << QStringLiteral(
                       "CREATE INDEX service_requests_lifecycle ON service_requests ((%1), due_at, status)")
                       .arg(requestStatusOrder(QString()))
                << QStringLiteral("CREATE INDEX service_requests_rating ON service_requests "
                                  "(requester_rating, status, due_at)");
            // Wider indexes, so that filters and figures over a million requests read indexes only: a
            // party's requests newest first; open work by provider and due date; what closed in a window
            // with its provider, rating and due date (the satisfaction index and its charts).
            const char* widened[][2] = {
                { "service_requests_requester", "(requester, status, created_at, provider)" },
                { "service_requests_provider", "(provider, status, created_at, requester)" },
                { "service_requests_status_due", "(status, due_at, provider, requester)" },
                { "service_requests_title", "(title, status, requester, provider)" },
                { "service_requests_link", "(link_id, status, requester, provider)" },
                { "service_requests_closed",
                    "(status, closed_at, provider, requester_rating, due_at, requester, provider_rating)" },
            };
            // Parties in name order whatever their kind, for sorting requests by requester or provider.
            statements << QStringLiteral("CREATE INDEX parties_sort ON parties (sort_key)");
            for (const auto& [name, columns] : widened) {
                statements << QStringLiteral("DROP INDEX %1").arg(QLatin1String(name))
                           << QStringLiteral("CREATE INDEX %1 ON service_requests %2")
                                  .arg(QLatin1String(name), QLatin1String(columns));
            }
        } else if (version == 4) {
            // Whether the handover marked the colleague departed, so that undoing it knows to mark them back.
            statements << QStringLiteral(
                "ALTER TABLE handovers ADD COLUMN marked_departed INTEGER NOT NULL DEFAULT "
                "0 CHECK (marked_departed "
                "IN (0, 1))");
        } else if (version == 5) {
            // The index is rebuilt with pinyin and phone digits (the migration writes the text again),
            // with prefix indexes so that what is typed so far is found without merging every word that
            // starts with it.
            statements << QStringLiteral("DROP TABLE search_index") << QString::fromUtf8(searchIndexTable);
        } else if (version == 6) {
            // A handover finds the corrective actions the colleague owns without reading every request.
            statements << QStringLiteral("CREATE INDEX IF NOT EXISTS service_requests_corrective_owner ON "
                                         "service_requests (corrective_owner) WHERE "
                                         "corrective_owner IS NOT NULL");
        } else if (version == 7) {
            statements = recordVersionColumns();
        }
        return statements;
    }

    QString unindexed(const QString& expression) const override
    {
        // SQLite's documented way: unary + changes no value but disqualifies the term from using an index.
        return QStringLiteral("+(%1)").arg(expression);
    }

    QString pageCache(int megabytes) const override
    {
        return QStringLiteral("PRAGMA cache_size = -%1").arg(megabytes * 1024); // negative: in KiB
    }

    QStringList readTuning(qint64 fileBytes) const override
    {
        // Mapping the file lets SQLite hand out pages of the file itself, without a pread(2) each and
        // without a copy in the cache; pages still in the WAL and pages being written go through the
        // cache. Twice the file leaves room to grow before SQLite maps again; it caps the size itself
        // (SQLITE_MAX_MMAP_SIZE). Address space, not memory: only pages read take any.
        constexpr qint64 megabyte = 1024 * 1024;
        const qint64 mapped = std::clamp(fileBytes * 2, 256 * megabyte, 16384 * megabyte);
        return { pageCache(pageCacheMegabytesFor(fileBytes)),
            QStringLiteral("PRAGMA mmap_size = %1").arg(mapped) };
    }

    QString emptyValuesOrder(bool) const override { return {}; }

    QString orderedJoin() const override
    {
        // SQLite never reorders the tables around CROSS JOIN: without statistics that favour it, the
        // planner would rather sort a million rows than walk the parties in name order.
        return QStringLiteral("CROSS JOIN");
    }

    QString searchUpsert(int rows) const override
    {
        QStringList values;
        values.fill(QStringLiteral("(?, ?)"), rows);
        return QStringLiteral("INSERT OR REPLACE INTO search_index (rowid, body) VALUES ")
            + values.join(QStringLiteral(", "));
    }

    QString tableIndexes() const override
    {
        return QStringLiteral(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL");
    }

    QString searchIds(int kind) const override
    {
        // The kind is one of SearchIndex's three numbers, never input.
        return QStringLiteral(
            "SELECT rowid / 4 FROM search_index WHERE search_index MATCH ? AND rowid % 4 = %1")
            .arg(kind);
    }

    QString temporaryTable(const QString& name, const QString& columns) const override
    {
        return QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(name, columns);
    }

    QString searchUpsertFrom(const QString& select) const override
    {
        return QStringLiteral("INSERT OR REPLACE INTO search_index (rowid, body) ") + select;
    }

    QString temporaryPageCache(int megabytes) const override
    {
        return QStringLiteral("PRAGMA temp.cache_size = -%1").arg(megabytes * 1024); // negative: in KiB
    }

    QStringList beginWrite() const override { return { QStringLiteral("BEGIN IMMEDIATE") }; }
    QString schemaVersion() const override { return QStringLiteral("PRAGMA user_version"); }
    QString applicationMark() const override { return QStringLiteral("PRAGMA application_id"); }

    QStringList setSchemaVersion(int version, bool first) const override
    {
        // Pragmas take no bound values; both numbers are Tandem's own constants.
        QStringList statements { QStringLiteral("PRAGMA user_version = %1").arg(version) };
        if (first) {
            statements << QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId);
        }
        return statements;
    }

    QString returningId() const override { return {}; }

    QString reserveIds(const QString& table, qint64) const override
    {
        // BEGIN IMMEDIATE holds the file's write lock: nobody else adds rows until the commit.
        return QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table);
    }

    QString afterExplicitIds(const QString&) const override { return {}; }

    QString lastChanges() const override
    {
        return QStringLiteral(
            "WITH wanted (entity, entity_id) AS (SELECT ?, ?) "
            "SELECT a.at, a.actor, a.id FROM wanted w JOIN audit_log a ON a.entity = w.entity AND "
            "a.entity_id = "
            "w.entity_id UNION ALL SELECT a.at, a.actor, a.id FROM wanted w JOIN handover_items hi ON "
            "hi.item_kind = w.entity AND hi.item_id = w.entity_id JOIN audit_log a ON a.entity = 'handover' "
            "AND "
            "a.entity_id = hi.handover_id UNION ALL SELECT a.at, a.actor, a.id FROM wanted w JOIN handovers "
            "h ON "
            "w.entity = 'staff' AND h.from_staff = w.entity_id JOIN audit_log a ON a.entity = 'handover' AND "
            "a.entity_id = h.id ORDER BY 1 DESC, 3 DESC");
    }
    QString deferForeignKeys() const override { return QStringLiteral("PRAGMA defer_foreign_keys = ON"); }
    QString integrityCheck() const override { return QStringLiteral("PRAGMA integrity_check"); }
    QString foreignKeyCheck() const override { return QStringLiteral("PRAGMA foreign_key_check"); }
};

} // namespace

QString requestPriorityOrder(const QString& alias)
{
    return QStringLiteral(
        "CASE %1priority WHEN 'urgent' THEN 4 WHEN 'high' THEN 3 WHEN 'normal' THEN 2 ELSE 1 END")
        .arg(alias);
}

QString requestStatusOrder(const QString& alias)
{
    return QStringLiteral(
        "CASE %1status WHEN 'open' THEN 1 WHEN 'in_progress' THEN 2 WHEN 'waiting' THEN 3 WHEN "
        "'done' THEN 4 WHEN 'rejected' THEN 5 ELSE 6 END")
        .arg(alias);
}

QStringList recordVersionColumns()
{
    QStringList statements;
    for (const char* table :
        { "departments", "staff", "internal_links", "accounts", "contacts", "service_requests" }) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
                          .arg(QLatin1String(table));
    }
    return statements;
}

QString SqlDialect::searchDelete(int rows) const
{
    return rows == 1
        ? QStringLiteral("DELETE FROM search_index WHERE rowid = ?")
        : QStringLiteral("DELETE FROM search_index WHERE rowid IN (%1)").arg(sql::placeholders(rows));
}

int SqlDialect::pageCacheMegabytesFor(qint64 fileBytes)
{
    // A sixteenth of the file, between 8 and 64 MB: enough for the indexes a list or a handover walks
    // again and again, small enough for a window with several connections open.
    return int(std::clamp<qint64>(fileBytes / (16 * 1024 * 1024), 8, 64));
}

const SqlDialect& SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace tandem
