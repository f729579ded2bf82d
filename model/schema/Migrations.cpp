#include "Database.h"
#include "DuplicateFinder.h"
#include "EntityStore.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QSqlQuery>
#include <tuple>

namespace tandem {

// Every step of the schema, oldest first. It lives above the storage core because a step may need the
// domain's rules (version 2 computes duplicate match keys), while store/ knows only how to run steps.
std::vector<Migration> Database::standardMigrations()
{
    auto runDialect = [](Database& db, int version) -> Error {
        for (const QString& statement : db.dialect().migration(version)) {
            if (auto result = sql::run(db.connection(), statement); !result) {
                return result.error();
            }
        }
        return {};
    };
    return {
        { 1,
            [runDialect](Database& db) {
                return runDialect(db, 1);
            } },
        // Version 2: match keys on accounts, so that duplicates are found through an index.
        { 2,
            [runDialect](Database& db) -> Error {
                if (Error error = runDialect(db, 2)) {
                    return error;
                }
                auto rows = sql::run(
                    db.connection(), QStringLiteral("SELECT party_id, name, city, phone FROM accounts"));
                if (!rows) {
                    return rows.error();
                }
                QList<std::tuple<qint64, QString, QString, QString>> accounts;
                while (rows->next()) {
                    accounts.append({ rows->value(0).toLongLong(), rows->value(1).toString(),
                        rows->value(2).toString(), rows->value(3).toString() });
                }
                for (const auto& [id, name, city, phone] : accounts) {
                    if (Error error = DuplicateFinder::storeKeys(db, id, name, city, phone)) {
                        return error;
                    }
                }
                return {};
            } },
        // Version 3: indexes that sort the requests list by priority, status and rating.
        { 3,
            [runDialect](Database& db) {
                return runDialect(db, 3);
            } },
        // Version 4: a handover remembers whether it marked the colleague departed.
        { 4,
            [runDialect](Database& db) {
                return runDialect(db, 4);
            } },
        // Version 5: search by pinyin and phone digits, and Chinese names sorted by pinyin in any language.
        { 5,
            [runDialect](Database& db) -> Error {
                if (Error error = runDialect(db, 5)) {
                    return error;
                }
                return EntityStore(db).reindexAll();
            } },
        // Version 6: indexes for reading what a colleague holds (issue 15).
        { 6,
            [runDialect](Database& db) {
                return runDialect(db, 6);
            } },
        // Version 7: a version on every record people edit, so that no save silently overwrites another.
        { 7,
            [runDialect](Database& db) {
                return runDialect(db, 7);
            } },
        // Version 8: on a team server, its members as login roles, what each may see (row-level
        // security), and the audit trail and change notices written by the server itself. Nothing on a file.
        { 8,
            [runDialect](Database& db) {
                return runDialect(db, 8);
            } },
    };
}

int Database::latestVersion()
{
    return standardMigrations().back().version;
}

} // namespace tandem
