#pragma once

#include "Entities.h"
#include "Error.h"
#include "RecordVersion.h"
#include "Sql.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace tandem {

class Database;

// One stored record: its columns in data-model order, the key first.
using Record = QList<std::pair<QString, QVariant>>;
QVariant recordValue(const Record& record, const QString& column);

// Adds, finds and lists records of any entity, checking each value the way the data model means it. The
// command line's add, list and show, the demo organisation and the forms all write through here.
class EntityStore
{
public:
    explicit EntityStore(Database& database);
    ~EntityStore();

    // Values as a person types them (references as an id, exact name or e-mail). Everything is checked
    // before anything is written; the record, its party row, its search text and its audit entry are
    // written in one transaction. Returns the new id.
    Result<qint64> add(const Entity& entity, const QMap<QString, QString>& values);
    // Puts back a record that was taken away (by a merge, say) under its old id, as it was: references to
    // colleagues who have left since are history, not new choices.
    Error restore(const Entity& entity, qint64 id, const QMap<QString, QString>& values);

    // For thousands of records in one transaction (an import, taking one back): their search text is kept
    // and written by endBulk(), which must come before the commit. The full-text index writes out its
    // pending text at every statement's savepoint, so interleaving it with the rows costs many times more.
    void beginBulk();
    Error endBulk();

    // Changes some fields of one record, checked like an add against the whole changed record (a department
    // cannot sit under itself, a manager chain cannot loop). Returns the previous values as text, ready to
    // give back to update() to undo the change. A versioned record's version counts up.
    Result<QMap<QString, QString>> update(
        const Entity& entity, qint64 id, const QMap<QString, QString>& changes);
    // What a change did: the previous values as text, and the version the record has now (0 for a kind of
    // record without versions), which the next change made from it (an undo) says it saw.
    struct Edited
    {
        QMap<QString, QString> previous;
        qint64 version = 0;
    };
    // The same, made from version `seen` of the record: refused with RecordVersion::conflict(), nothing
    // written, when the record has moved on since.
    Result<Edited> update(const Entity& entity, qint64 id, const QMap<QString, QString>& changes,
        const RecordVersion::Seen& seen);

    // Changes several records at once, each with its own changes, in one transaction: all or none. Returns
    // each record's previous values, ready to give back to undo the lot. With `versions`, a record listed
    // there is changed only from that version (else all are refused, for `purpose`), and each record's new
    // version is written back.
    using Changes = QList<std::pair<qint64, QMap<QString, QString>>>;
    Result<Changes> updateEach(const Entity& entity, const Changes& changes,
        QMap<qint64, qint64>* versions = nullptr,
        RecordVersion::Purpose purpose = RecordVersion::Purpose::Save);

    // Removes a record nothing else refers to: an empty department, a pair without requests, a colleague
    // or account without history (which is how adding one is undone). Anything with history stays. With a
    // `seen` version, a record changed since is not removed (RecordVersion::conflict()).
    Error remove(const Entity& entity, qint64 id, const RecordVersion::Seen& seen = {});

    // What the search index holds for a record with these values: its one-line and address texts with their
    // pinyin, its e-mail, its phone numbers as digits, and a request's description. Bulk writers (the
    // generator) index through this too, so that search finds the same things.
    static QString searchText(const Entity& entity, const QVariantMap& row);

    // Writes every record's search text and name sort key again from its values, a table at a time, inside
    // the caller's transaction: for a new way of indexing (a schema upgrade) or records that came with text
    // indexed elsewhere (an archive).
    Error reindexAll();

    // The colleagues who can be chosen for new work (owners, managers, pair members), in name order.
    struct Named
    {
        qint64 id;
        QString name;
    };
    QList<Named> activeStaff() const;

    // The pair of these two parties of this kind, or 0 when there is none.
    Result<qint64> existingPair(qint64 a, qint64 b, const QString& kind) const;
    // For a rank pair: a sentence when A does not stand above B in the organisation, else empty.
    QString rankPairWarning(qint64 a, qint64 b) const;

    struct FieldChange
    {
        QString at; // ISO 8601 UTC
        QString actor;
        QString before;
        QString after;
    };
    // How one field of a record changed over time, from the audit log, oldest first.
    Result<QList<FieldChange>> fieldHistory(const Entity& entity, qint64 id, const QString& field) const;

    // The key and the fields of `entity` as a SELECT list, each qualified by `alias`, and last its version
    // when it has one; recordFrom() reads a row of it back.
    static QString columnList(const Entity& entity, const QString& alias);
    static Record recordFrom(const QSqlQuery& row, const Entity& entity);
    // The version of a record read through columnList(); 0 for a kind of record without versions.
    static qint64 versionOf(const Record& record);

    // A record's values as text that normalise() and update() accept back.
    static QMap<QString, QString> asText(const Entity& entity, const Record& record);

    // Checks and converts typed values into column values, filling defaults; names the field at fault.
    // `self` is the record being changed, so that it does not count as its own duplicate; `changed`, when
    // given, names the fields being changed: a reference left as it was is not checked again (an account
    // still owned by a colleague who has left can have its city corrected).
    Result<QVariantMap> normalise(const Entity& entity, const QMap<QString, QString>& values, qint64 self = 0,
        const QStringList* changed = nullptr) const;

    // A numeric id, an exact name or an e-mail. "party" looks through departments, staff and accounts.
    Result<qint64> resolve(const QString& entityName, const QString& ref) const;

    Result<Record> get(const Entity& entity, qint64 id) const;
    // The name a person knows a record by; for a party its display name.
    QString displayName(const QString& entityName, qint64 id) const;

    // Streams the records whose columns equal the filters (references resolved), in name order.
    // `row` returns false to stop early. limit < 0: no limit.
    Error list(const Entity& entity, const QMap<QString, QString>& filters, int limit,
        const std::function<bool(const Record&)>& row) const;

private:
    // How a sentence names a kind of record ("account", "department, staff member or account").
    static QString entityWord(const QString& entityName);
    Result<qint64> insert(const Entity& entity, const QMap<QString, QString>& values, qint64 withId);
    Error checkRules(
        const Entity& entity, const QVariantMap& row, qint64 self, const QStringList* changed) const;
    // What is kept beside a record to find it: its search text, and (with `matchKeys`) an account's
    // duplicate-match keys.
    Error writeDerived(const Entity& entity, qint64 id, const QVariantMap& row, bool matchKeys);
    Error audit(const QString& entity, qint64 id, const QString& action, const QString& field,
        const QVariant& before, const QVariant& after);
    Result<QVariant> convert(const Entity& entity, const Field& field, const QString& text) const;
    // The statements a store runs for every record it adds, prepared once: an import adds thousands.
    sql::StatementCache& statements() const;
    // Indexes a record's text (or, without one, takes it out), now or at endBulk().
    Error putSearchText(qint64 rowId, const std::optional<QString>& body);

    Database& m_database;
    mutable std::unique_ptr<sql::StatementCache> m_statements;
    bool m_bulk = false;
    QList<std::pair<qint64, std::optional<QString>>> m_searchTexts;
};

} // namespace tandem
