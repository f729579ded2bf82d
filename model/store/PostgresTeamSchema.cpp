#include "PostgresTeamSchema.h"

namespace tandem {

namespace {

// Who may see and change what on a team server. The server decides, not the client, so that a member
// signed in with psql gets exactly what Tandem shows them; the schema's owner (whoever ran init) and
// superusers are not restricted (PostgreSQL exempts a table's owner from its policies).
//
// - A rep reads and changes the accounts they own, with their contacts, interactions, purchases, segment
//   changes and the account's row in parties. A manager does the same for their own accounts and those
//   of everyone below them (staff.manager_id, followed down); unowned accounts are the managers'. An
//   admin sees and changes everything and manages the members.
// - The organisation (departments, colleagues, pairs and their parties rows) is read by every member;
//   managers and admins change it, since moving people and pairs is a manager's work (a handover).
// - A request is seen and changed by both its parties (a department's by the department's members), by
//   whoever owns its corrective action, and by the managers above them; its history goes with it.
// - A search row goes with the record it indexes, so that a name never shows through search.
// - Handovers are the managers' and admins'. The audit log is written by every member and read by the
//   member who wrote it (admins read all of it); nobody but the owner changes or deletes an entry.
//
// Every helper that reads Tandem's tables runs as the owner (SECURITY DEFINER), and every function has a
// fixed search_path that puts pg_temp last, so that a member's temporary table can never stand in for
// one of Tandem's. The migration makes no role: the group and the logins are made when the first member
// is added (tandem_add_member), so that a database without members needs no right to create roles, and a
// database dropped and made again under the same name finds its group and grants it again.

// The tables whose rows people write: each is audited and announced by the server, and granted to the
// members (row-level security then picks the rows). `key` names a row in its audit entries.
struct DataTable
{
    const char* name;
    const char* key;
};

const DataTable dataTables[] = {
    { "parties", "id" },
    { "departments", "party_id" },
    { "staff", "party_id" },
    { "internal_links", "id" },
    { "accounts", "party_id" },
    { "segment_changes", "id" },
    { "contacts", "id" },
    { "interactions", "id" },
    { "purchases", "id" },
    { "service_requests", "id" },
    { "request_events", "id" },
    { "handovers", "id" },
    { "handover_items", "id" },
    { "team_members", "login" },
};

// Conditions the policies share, each asked once per statement (a scalar subquery is an InitPlan).
const char* const seesEverything = "(SELECT tandem_sees_everything())";
const char* const isManager = "(SELECT tandem_is_manager())";
const char* const isMember = "(SELECT tandem_is_member())";

// Who is signed in, and what they see, asked through the policies below.
const char* const visibilityFunctions[] = {
    // The group role every member login belongs to. Role names are the whole server's, so the group is
    // named after this database; a name too long for a role (63 bytes) is replaced by its digest.
    R"(CREATE FUNCTION tandem_member_group() RETURNS text LANGUAGE sql STABLE
    SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN octet_length(current_database()) <= 40
        THEN 'tandem_' || current_database() || '_members'
        ELSE 'tandem_' || md5(current_database()) || '_members' END
$$)",
    // Whether the login is exempt from row-level security: a superuser, a role that bypasses it, or the
    // tables' owner (or a member of the owner's role, which PostgreSQL treats as the owner).
    R"(CREATE FUNCTION tandem_is_owner() RETURNS boolean LANGUAGE sql STABLE
    SET search_path = public, pg_temp AS $$
    SELECT coalesce((SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = session_user), false)
        OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.accounts'::regclass),
            'USAGE')
$$)",
    // session_user, not current_user: a SET ROLE to the group changes nothing.
    R"(CREATE FUNCTION tandem_member_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT role FROM team_members WHERE login = session_user
$$)",
    R"(CREATE FUNCTION tandem_signed_in_staff() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT staff_id FROM team_members WHERE login = session_user
$$)",
    R"(CREATE FUNCTION tandem_sees_everything() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT tandem_is_owner() OR coalesce(tandem_member_role() = 'admin', false)
$$)",
    R"(CREATE FUNCTION tandem_is_member() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT tandem_is_owner() OR tandem_member_role() IS NOT NULL
$$)",
    R"(CREATE FUNCTION tandem_is_manager() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT tandem_is_owner() OR coalesce(tandem_member_role() IN ('manager', 'admin'), false)
$$)",
    // The colleagues whose accounts the login sees: a rep themselves; a manager (or admin) also everyone
    // below them. UNION stops at a loop in the organisation.
    R"(CREATE FUNCTION tandem_visible_staff() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
    ROWS 100 SET search_path = public, pg_temp AS $$
    WITH RECURSIVE visible (id) AS (
        SELECT staff_id FROM team_members WHERE login = session_user
        UNION
        SELECT s.party_id FROM staff s JOIN visible v ON s.manager_id = v.id
        WHERE tandem_member_role() IN ('manager', 'admin'))
    SELECT id FROM visible
$$)",
    // The parties whose requests the login sees: the visible colleagues and their departments.
    R"(CREATE FUNCTION tandem_request_parties() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
    ROWS 100 SET search_path = public, pg_temp AS $$
    SELECT id FROM tandem_visible_staff() AS visible (id)
    UNION
    SELECT department_id FROM staff
    WHERE party_id IN (SELECT tandem_visible_staff()) AND department_id IS NOT NULL
$$)",
    // The accounts the accounts policy shows, for the search below, which runs as the owner.
    R"(CREATE FUNCTION tandem_visible_accounts() RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT party_id FROM accounts
    WHERE owner_id IN (SELECT tandem_visible_staff()) OR (owner_id IS NULL AND tandem_is_manager())
$$)",
    // An account's parties row is written before its accounts row: a new one has an id above every
    // account's, which lets its writer read it back (INSERT ... RETURNING) before the account exists.
    R"(CREATE FUNCTION tandem_newest_account() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    SELECT coalesce(max(party_id), 0) FROM accounts
$$)",
};

// Search for members. Row-level security would keep the full-text index from answering a member's
// search (PostgreSQL lets only leakproof conditions run ahead of a policy, and text search is not), so
// every search would read the whole table. This one searches through the index as the owner and keeps
// what the policies show the login: the same rules, written for the owner's view of the data.
const char* const searchFunction = R"(CREATE FUNCTION tandem_search_ids(wanted_kind integer, words_query text)
    RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH hits AS (
        SELECT rowid / 4 AS id FROM search_index
        WHERE %1 @@ to_tsquery('simple', words_query) AND rowid % 4 = wanted_kind)
    SELECT h.id FROM hits h
    WHERE (SELECT tandem_sees_everything())
        OR (wanted_kind = 0 AND (SELECT tandem_is_member())
            AND EXISTS (SELECT 1 FROM parties p WHERE p.id = h.id AND p.kind <> 'account'))
        OR (wanted_kind = 0 AND h.id IN (SELECT tandem_visible_accounts()))
        OR (wanted_kind = 1 AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = h.id
            AND c.account_id IN (SELECT tandem_visible_accounts())))
        OR (wanted_kind = 2 AND EXISTS (SELECT 1 FROM service_requests r WHERE r.id = h.id
            AND (r.requester IN (SELECT tandem_request_parties())
                OR r.provider IN (SELECT tandem_request_parties())
                OR r.corrective_owner IN (SELECT tandem_visible_staff())
                OR r.requester IN (SELECT tandem_visible_accounts())
                OR r.provider IN (SELECT tandem_visible_accounts()))))
$$)";

// Who changed a record last, for the sentence that refuses a stale save: a member reads only their own
// audit entries, so this reads them as the owner, for a record the member may see (accounts and their
// contacts by the same rule as the tables; the organisation and requests are read through their tables'
// own policies by the caller before it asks).
const char* const lastChangesFunction
    = R"(CREATE FUNCTION tandem_last_changes(wanted_entity text, wanted_id bigint)
    RETURNS TABLE (at text, actor text, id bigint) LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    WITH visible AS (
        SELECT (SELECT tandem_sees_everything())
            OR (wanted_entity = 'account' AND wanted_id IN (SELECT tandem_visible_accounts()))
            OR (wanted_entity = 'contact' AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = wanted_id
                AND c.account_id IN (SELECT tandem_visible_accounts())))
            OR (wanted_entity NOT IN ('account', 'contact') AND (SELECT tandem_is_member())) AS yes)
    SELECT a.at, a.actor, a.id FROM audit_log a, visible
        WHERE visible.yes AND a.entity = wanted_entity AND a.entity_id = wanted_id
    UNION ALL
    SELECT a.at, a.actor, a.id FROM audit_log a JOIN handover_items hi ON hi.handover_id = a.entity_id, visible
        WHERE visible.yes AND a.entity = 'handover' AND hi.item_kind = wanted_entity AND hi.item_id = wanted_id
    UNION ALL
    SELECT a.at, a.actor, a.id FROM audit_log a JOIN handovers h ON h.id = a.entity_id, visible
        WHERE visible.yes AND a.entity = 'handover' AND wanted_entity = 'staff' AND h.from_staff = wanted_id
$$)";

// The group of member logins and what it is granted: the data tables to read and write (the policies
// pick the rows), the audit log to add to, the bookkeeping to read, the counters behind new ids and
// Tandem's functions; never ownership. The group is made when the first member is added, so that a
// database without members needs no right to create roles. %1 is the data tables' names.
const char* const prepareGroupFunction = R"(CREATE FUNCTION tandem_prepare_member_group() RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    member_group text := tandem_member_group();
    data_table text;
    tandem_function regprocedure;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member_group) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', member_group);
    END IF;
    FOREACH data_table IN ARRAY ARRAY[%1] LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I TO %I', data_table, member_group);
    END LOOP;
    EXECUTE format('GRANT SELECT ON TABLE tandem_schema, team_members TO %I', member_group);
    EXECUTE format('GRANT SELECT, INSERT ON TABLE audit_log TO %I', member_group);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON TABLE meta TO %I', member_group);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', member_group);
    FOR tandem_function IN
        SELECT oid FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'tandem\_%'
    LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', tandem_function, member_group);
    END LOOP;
    RETURN member_group;
END $$)";

// Adding and removing members, for admins and the owner. Errors carry Tandem's own SQLSTATEs (TD...),
// which the model turns into sentences (TeamMembers.cpp).
const char* const memberFunctions[] = {
    R"(CREATE FUNCTION tandem_add_member(member_login text, member_staff bigint, member_role text,
    member_password text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    member_group text;
    colleague_status text;
BEGIN
    IF NOT tandem_sees_everything() THEN
        RAISE EXCEPTION 'only an administrator may change the team members' USING ERRCODE = 'TD001';
    END IF;
    IF coalesce(member_role, '') NOT IN ('rep', 'manager', 'admin') THEN
        RAISE EXCEPTION 'a member is a rep, a manager or an admin' USING ERRCODE = 'TD006';
    END IF;
    IF coalesce(member_login, '') = '' OR octet_length(member_login) > 63 OR member_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'a login is 1 to 63 bytes long and does not begin with pg_' USING ERRCODE = 'TD007';
    END IF;
    IF coalesce(member_password, '') = '' THEN
        RAISE EXCEPTION 'a member needs a password' USING ERRCODE = 'TD008';
    END IF;
    SELECT status INTO colleague_status FROM staff WHERE party_id = member_staff;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no colleague %', member_staff USING ERRCODE = 'TD002';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member_login) THEN
        RAISE EXCEPTION 'the login % exists already', member_login USING ERRCODE = 'TD003';
    END IF;
    BEGIN
        member_group := tandem_prepare_member_group();
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', member_login, member_password,
            member_group);
        IF colleague_status = 'departed' THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', member_login);
        END IF;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'creating a login needs the CREATEROLE right' USING ERRCODE = 'TD004';
    END;
    INSERT INTO team_members (login, staff_id, role) VALUES (member_login, member_staff, member_role);
END $$)",
    R"(CREATE FUNCTION tandem_remove_member(member_login text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT tandem_sees_everything() THEN
        RAISE EXCEPTION 'only an administrator may change the team members' USING ERRCODE = 'TD001';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM team_members WHERE login = member_login) THEN
        RAISE EXCEPTION '% is no team member', member_login USING ERRCODE = 'TD005';
    END IF;
    IF member_login = session_user THEN
        RAISE EXCEPTION 'nobody removes the login they are signed in with' USING ERRCODE = 'TD009';
    END IF;
    DELETE FROM team_members WHERE login = member_login;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member_login) THEN
        BEGIN
            EXECUTE format('DROP ROLE %I', member_login);
        EXCEPTION
            WHEN insufficient_privilege THEN
                RAISE EXCEPTION 'removing a login needs the CREATEROLE right' USING ERRCODE = 'TD004';
            WHEN dependent_objects_still_exist THEN
                -- The login owns something, or holds rights elsewhere on the server: it stays, but can
                -- neither sign in nor act as a member.
                EXECUTE format('ALTER ROLE %I NOLOGIN', member_login);
                EXECUTE format('REVOKE %I FROM %I', tandem_member_group(), member_login);
        END;
    END IF;
END $$)",
};

// The members as the login may see them (row-level security applies: an admin sees all, anyone else
// themselves), and whether each can sign in now.
const char* const membersFunction = R"(CREATE FUNCTION tandem_members()
    RETURNS TABLE (login text, staff_id bigint, role text, can_sign_in boolean) LANGUAGE sql STABLE
    SET search_path = public, pg_temp AS $$
    SELECT m.login, m.staff_id, m.role, coalesce(r.rolcanlogin, false)
    FROM team_members m LEFT JOIN pg_roles r ON r.rolname = m.login
$$)";

// What the server does by itself when rows change, whoever changes them (psql included).
const char* const triggerFunctions[] = {
    // The client's own audit entries name the login too, so that no client can write another name. The
    // owner's are kept as written: moving a database to the server (migrate-to) copies its history.
    R"(CREATE FUNCTION tandem_stamp_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT tandem_is_owner() THEN
        NEW.actor := session_user;
    END IF;
    RETURN NEW;
END $$)",
    // One audit entry per row a statement wrote, by the login: entity is the table's name and action
    // row_insert, row_update or row_delete (the client's entries use the entity's name and create,
    // update, delete); old_value and new_value are the row as JSON, for an update only the columns that
    // changed. TG_ARGV[0] is the column that names the row.
    R"(CREATE FUNCTION tandem_audit_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    stamp text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    key_column text := TG_ARGV[0];
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO audit_log (at, actor, entity, entity_id, action, new_value)
        SELECT stamp, session_user, TG_TABLE_NAME,
            CASE WHEN added.r ->> key_column ~ '^[0-9]+$' THEN (added.r ->> key_column)::bigint END,
            'row_insert', added.r::text
        FROM (SELECT to_jsonb(n) - 'sort_key' AS r FROM new_rows n) AS added;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO audit_log (at, actor, entity, entity_id, action, old_value)
        SELECT stamp, session_user, TG_TABLE_NAME,
            CASE WHEN removed.r ->> key_column ~ '^[0-9]+$' THEN (removed.r ->> key_column)::bigint END,
            'row_delete', removed.r::text
        FROM (SELECT to_jsonb(o) - 'sort_key' AS r FROM old_rows o) AS removed;
    ELSE
        INSERT INTO audit_log (at, actor, entity, entity_id, action, old_value, new_value)
        SELECT stamp, session_user, TG_TABLE_NAME,
            CASE WHEN new_row.r ->> key_column ~ '^[0-9]+$' THEN (new_row.r ->> key_column)::bigint END,
            'row_update', jsonb_object_agg(changed.name, old_row.r -> changed.name)::text,
            jsonb_object_agg(changed.name, new_row.r -> changed.name)::text
        FROM (SELECT to_jsonb(o) - 'sort_key' AS r FROM old_rows o) AS old_row
        JOIN (SELECT to_jsonb(n) - 'sort_key' AS r FROM new_rows n) AS new_row
            ON new_row.r -> key_column = old_row.r -> key_column
        CROSS JOIN LATERAL jsonb_object_keys(new_row.r) AS changed (name)
        WHERE old_row.r -> changed.name IS DISTINCT FROM new_row.r -> changed.name
        GROUP BY new_row.r ->> key_column;
    END IF;
    RETURN NULL;
END $$)",
    // Open windows refresh when someone else saves: LISTEN tandem_changes hears the table's name at
    // each commit that changed it (PostgreSQL folds repeats within a transaction into one).
    R"(CREATE FUNCTION tandem_notify_change() RETURNS trigger LANGUAGE plpgsql
    SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('tandem_changes', TG_TABLE_NAME);
    RETURN NULL;
END $$)",
    // A colleague marked departed (a handover does it) can no longer sign in, from the same transaction
    // on; marked active again (the handover undone), they can.
    R"(CREATE FUNCTION tandem_sign_in_follows_status() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    member_login text;
BEGIN
    FOR member_login IN
        SELECT m.login FROM team_members m JOIN pg_roles r ON r.rolname = m.login
        WHERE m.staff_id = NEW.party_id
    LOOP
        BEGIN
            IF NEW.status = 'departed' THEN
                EXECUTE format('ALTER ROLE %I NOLOGIN', member_login);
            ELSE
                EXECUTE format('ALTER ROLE %I LOGIN', member_login);
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'the owner of this database needs the CREATEROLE right to change whether % '
                'can sign in', member_login USING ERRCODE = 'TD004';
        END;
    END LOOP;
    RETURN NULL;
END $$)",
    // A member removes an account's row and then its parties row, which by then belongs to no account
    // the policies show them: the server removes it with the account. Something that still refers to
    // it refuses the account's removal, as it would refuse the party's.
    R"(CREATE FUNCTION tandem_forget_account_party() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM parties WHERE kind = 'account' AND id IN (SELECT party_id FROM old_rows);
    RETURN NULL;
END $$)",
    // Likewise a removed record's search row, which goes out of sight with the record. TG_ARGV[0] is
    // the record's kind in the index (SearchIndex::rowId).
    R"(CREATE FUNCTION tandem_forget_search_rows() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT o.id * 4 + TG_ARGV[0]::integer FROM old_rows o);
    RETURN NULL;
END $$)",
};

const char* const triggers[] = {
    "CREATE TRIGGER audit_log_actor BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION "
    "tandem_stamp_actor()",
    "CREATE TRIGGER staff_sign_in AFTER UPDATE OF status ON staff FOR EACH ROW WHEN (OLD.status IS "
    "DISTINCT FROM NEW.status) EXECUTE FUNCTION tandem_sign_in_follows_status()",
    "CREATE TRIGGER accounts_forget_party AFTER DELETE ON accounts REFERENCING OLD TABLE AS old_rows FOR "
    "EACH STATEMENT EXECUTE FUNCTION tandem_forget_account_party()",
    "CREATE TRIGGER parties_forget_search AFTER DELETE ON parties REFERENCING OLD TABLE AS old_rows FOR "
    "EACH STATEMENT EXECUTE FUNCTION tandem_forget_search_rows('0')",
    "CREATE TRIGGER contacts_forget_search AFTER DELETE ON contacts REFERENCING OLD TABLE AS old_rows FOR "
    "EACH STATEMENT EXECUTE FUNCTION tandem_forget_search_rows('1')",
    "CREATE TRIGGER service_requests_forget_search AFTER DELETE ON service_requests REFERENCING OLD TABLE AS "
    "old_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_forget_search_rows('2')",
};

// The policies, table by table: {admin} is whoever sees everything (an admin or the owner), {manager}
// a manager or admin, {member} any member.
const char* const policies[] = {
    "CREATE POLICY accounts_owned ON accounts USING ({admin} OR owner_id IN (SELECT tandem_visible_staff()) "
    "OR (owner_id IS NULL AND {manager}))",
    // A record of an account follows the account through tandem_visible_accounts(), which reads accounts as
    // the owner: a subquery on accounts would apply accounts' own policy again for every row a correlated
    // subquery reads (the accounts list's page of 200 took 0.6-1.2 s for a rep that way, 59 ms this way).
    "CREATE POLICY contacts_of_visible_accounts ON contacts USING ({admin} OR account_id IN (SELECT "
    "tandem_visible_accounts()))",
    "CREATE POLICY interactions_of_visible_accounts ON interactions USING ({admin} OR account_id IN (SELECT "
    "tandem_visible_accounts()))",
    "CREATE POLICY purchases_of_visible_accounts ON purchases USING ({admin} OR account_id IN (SELECT "
    "tandem_visible_accounts()))",
    "CREATE POLICY segment_changes_of_visible_accounts ON segment_changes USING ({admin} OR account_id IN "
    "(SELECT tandem_visible_accounts()))",
    "CREATE POLICY parties_organisation_read ON parties FOR SELECT USING (kind <> 'account' AND {member})",
    "CREATE POLICY parties_organisation_write ON parties USING (kind <> 'account' AND {manager})",
    "CREATE POLICY parties_accounts ON parties USING (kind = 'account' AND ({admin} OR id IN (SELECT "
    "tandem_visible_accounts()) OR id > (SELECT tandem_newest_account())))",
    // Any member may start an account (its accounts row then says whose it is); restoring one that was
    // removed writes its party with its old id.
    "CREATE POLICY parties_new_account ON parties FOR INSERT WITH CHECK (kind = 'account' AND {member})",
    "CREATE POLICY departments_read ON departments FOR SELECT USING ({member})",
    "CREATE POLICY departments_write ON departments USING ({manager})",
    "CREATE POLICY staff_read ON staff FOR SELECT USING ({member})",
    "CREATE POLICY staff_write ON staff USING ({manager})",
    "CREATE POLICY internal_links_read ON internal_links FOR SELECT USING ({member})",
    "CREATE POLICY internal_links_write ON internal_links USING ({manager})",
    "CREATE POLICY service_requests_of_parties ON service_requests USING ({admin} "
    "OR requester IN (SELECT tandem_request_parties()) OR provider IN (SELECT tandem_request_parties()) "
    "OR corrective_owner IN (SELECT tandem_visible_staff()) "
    "OR requester IN (SELECT tandem_visible_accounts()) OR provider IN (SELECT tandem_visible_accounts()))",
    "CREATE POLICY request_events_of_visible_requests ON request_events USING ({admin} OR request_id IN "
    "(SELECT "
    "id FROM service_requests))",
    "CREATE POLICY handovers_managers ON handovers USING ({manager})",
    "CREATE POLICY handover_items_managers ON handover_items USING ({manager})",
    "CREATE POLICY audit_log_write ON audit_log FOR INSERT WITH CHECK ({member})",
    "CREATE POLICY audit_log_read ON audit_log FOR SELECT USING ({admin} OR actor = session_user)",
    "CREATE POLICY search_index_of_visible_records ON search_index USING ({admin} "
    "OR (rowid % 4 = 0 AND rowid / 4 IN (SELECT id FROM parties)) "
    "OR (rowid % 4 = 1 AND rowid / 4 IN (SELECT id FROM contacts)) "
    "OR (rowid % 4 = 2 AND rowid / 4 IN (SELECT id FROM service_requests)))",
    "CREATE POLICY team_members_read ON team_members FOR SELECT USING ({admin} OR login = session_user)",
    // Saved views are the team's (SavedViews); the rest of meta (the collation) is the owner's.
    "CREATE POLICY meta_read ON meta FOR SELECT USING ({member})",
    "CREATE POLICY meta_saved_views ON meta USING (key LIKE 'views/%' AND {member})",
    "CREATE POLICY meta_admin ON meta USING ({admin})",
};

const char* const securedTables[] = { "meta", "parties", "departments", "staff", "internal_links", "accounts",
    "segment_changes", "contacts", "interactions", "purchases", "service_requests", "request_events",
    "handovers", "handover_items", "audit_log", "search_index", "team_members" };

// Tandem's functions run only for the members' group (granted with the group) and the owner.
const char* const revokeFunctions = R"(DO $$
DECLARE
    tandem_function regprocedure;
BEGIN
    FOR tandem_function IN
        SELECT oid FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'tandem\_%'
    LOOP
        EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', tandem_function);
    END LOOP;
END $$)";

} // namespace

QStringList postgresTeamSchema(const QString& searchWords)
{
    QStringList statements;
    statements << QStringLiteral(R"(CREATE TABLE team_members (
            login TEXT PRIMARY KEY,
            staff_id BIGINT NOT NULL REFERENCES staff (party_id),
            role TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin'))))")
               << QStringLiteral("CREATE INDEX team_members_staff ON team_members (staff_id)");
    for (const char* function : visibilityFunctions) {
        statements << QString::fromUtf8(function);
    }
    statements << QString::fromUtf8(searchFunction).arg(searchWords)
               << QString::fromUtf8(lastChangesFunction);
    // The group may write the data tables and the search rows; team_members changes only through the
    // functions below.
    QStringList granted { QStringLiteral("'search_index'") };
    for (const DataTable& table : dataTables) {
        if (qstrcmp(table.name, "team_members") != 0) {
            granted << QStringLiteral("'%1'").arg(QLatin1String(table.name));
        }
    }
    statements << QString::fromUtf8(prepareGroupFunction).arg(granted.join(QStringLiteral(", ")));
    for (const char* function : memberFunctions) {
        statements << QString::fromUtf8(function);
    }
    statements << QString::fromUtf8(membersFunction);
    for (const char* function : triggerFunctions) {
        statements << QString::fromUtf8(function);
    }
    for (const char* trigger : triggers) {
        statements << QString::fromUtf8(trigger);
    }
    for (const DataTable& table : dataTables) {
        const QLatin1String name(table.name);
        statements
            << QStringLiteral("CREATE TRIGGER %1_audit_insert AFTER INSERT ON %1 REFERENCING NEW TABLE AS "
                              "new_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_audit_rows('%2')")
                   .arg(name, QLatin1String(table.key))
            << QStringLiteral("CREATE TRIGGER %1_audit_update AFTER UPDATE ON %1 REFERENCING OLD TABLE AS "
                              "old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
                              "tandem_audit_rows('%2')")
                   .arg(name, QLatin1String(table.key))
            << QStringLiteral("CREATE TRIGGER %1_audit_delete AFTER DELETE ON %1 REFERENCING OLD TABLE AS "
                              "old_rows FOR EACH STATEMENT EXECUTE FUNCTION tandem_audit_rows('%2')")
                   .arg(name, QLatin1String(table.key))
            << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1 "
                              "FOR EACH STATEMENT EXECUTE FUNCTION tandem_notify_change()")
                   .arg(name);
    }
    for (const char* table : securedTables) {
        statements << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table));
    }
    for (const char* policy : policies) {
        statements << QString::fromUtf8(policy)
                          .replace(QLatin1String("{admin}"), QLatin1String(seesEverything))
                          .replace(QLatin1String("{manager}"), QLatin1String(isManager))
                          .replace(QLatin1String("{member}"), QLatin1String(isMember));
    }
    statements << QString::fromUtf8(revokeFunctions);
    return statements;
}

} // namespace tandem
