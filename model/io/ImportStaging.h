#pragma once

#include "Importer.h"
#include "SearchIndex.h"

#include <QVariantMap>
#include <memory>

namespace tandem {

class EntityStore;
namespace sql {
class StatementCache;
}

// An import of accounts (with the contact persons their rows name) checked and written a set at a time,
// inside the caller's transaction. Each row is read and its values checked once in C++, by the same code
// that words the form's messages; the checks that need the database (owners by id, name or e-mail;
// colleagues who left; the records the rows match) are SQL over the rows in a temporary staging table;
// the records go in with one INSERT … SELECT or UPDATE … FROM a table, their search text and audit entries
// in batches. The records, audit entries, report, rejected rows and undo are those of adding and updating
// the records one at a time, which is what the rows mean.
class ImportStaging
{
public:
    explicit ImportStaging(Database& database);
    ~ImportStaging();
    ImportStaging(const ImportStaging&) = delete;
    ImportStaging& operator=(const ImportStaging&) = delete;

    // Reads, checks and matches every row and works out what each does: the report of the import, nothing
    // written yet. Fails when `progress` cancels (see Importer::cancelled()) or the database fails.
    Result<Importer::Report> check(
        const CsvTable& table, const QHash<int, QString>& mapping, const Importer::Progress& progress);
    // Writes what check() found, reporting to the same `progress`.
    Error write();

    // The page cache an import works with, for the indexes it writes and the rows it stages.
    static constexpr int bulkPageCacheMegabytes = 256;

private:
    // A record the import reads or writes, as its columns will be stored.
    struct Record
    {
        bool added = false;
        bool changed = false; // written by this import
        QVariantMap stored;
        QString createdAs; // the name it was added under
    };
    struct AuditEntry
    {
        QString entity;
        qint64 id = 0;
        QString action;
        QString field;
        QVariant before;
        QVariant after;
    };
    struct Staged; // a row whose own values passed their checks
    struct Owner; // what an owner named in the file stands for

    Error createStaging(const QString& table, const QStringList& columns);
    void dropStaging();
    void setTemporaryCache(int megabytes);
    bool step(int done) const;
    Error stage(const QList<Staged>& rows);
    Result<QHash<QString, Owner>> resolveOwners();
    Error loadMatches(QList<Staged>& rows);
    Error loadRecords(bool withContacts);
    // The row's part of the import, in file order; false when the row is rejected (with its reason).
    bool apply(Staged& row, const QHash<QString, Owner>& owners, Importer::Report& report);
    void putPerson(qint64 account, const QMap<QString, QString>& person, Importer::Report& report);
    // The whole check of one row, which words its reason as a form would: for the few rows the checks
    // over the staging table refuse.
    Result<QVariantMap> checkedAlone(const QMap<QString, QString>& values) const;

    // The records that changed, their search text and the audit entries of those added: a statement a table.
    // `fields` are those the import can change; the others keep their values, or stay empty.
    Error writeRecords(const Entity& entity, SearchIndex::Kind kind, const QHash<qint64, Record>& records,
        const QStringList& fields);
    // The audit entries of the updates.
    Error writeAudit();

    Database& m_database;
    std::unique_ptr<EntityStore> m_store;
    std::unique_ptr<sql::StatementCache> m_statements;
    QStringList m_stagingTables;
    QStringList m_accountFields;
    QStringList m_contactFields;
    Importer::Progress m_progress;
    int m_total = 0;
    QString m_now;
    QList<std::pair<int, Importer::Rejected>> m_rejected; // with each row's place in the file
    QHash<qint64, Record> m_accounts;
    QHash<qint64, Record> m_contacts;
    // What rows are matched by (see Importer) as rows of this import left them; the records as they were
    // before it are matched in SQL.
    QHash<QString, qint64> m_fileByEmail;
    QHash<QString, qint64> m_fileByName;
    QHash<QString, qint64> m_peopleByName; // an account's contacts by name, before the import and since
    qint64 m_nextAccount = 0;
    qint64 m_nextContact = 0;
    QList<AuditEntry> m_audit; // of the updates, in file order
};

} // namespace tandem
