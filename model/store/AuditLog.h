#pragma once

#include "Error.h"

#include <QString>
#include <QVariant>

namespace tandem {

class Database;
namespace sql {
class StatementCache;
}

// The audit trail: who changed what and when. Every write path records through here, so that the shape
// of an entry is written once; an import and its undo ask it whether a record changed after a mark.
class AuditLog
{
public:
    struct Entry
    {
        QString entity; // "account", "handover"...
        qint64 id = 0;
        QString action; // create, update, delete, restore
        QString field; // for an update: the field that changed
        QVariant before;
        QVariant after;
    };

    // `statements`, when given, prepares the INSERT once for a store that writes thousands of entries.
    explicit AuditLog(Database& database, sql::StatementCache* statements = nullptr);

    // Records the entry as done now by the database's actor.
    Error record(const Entry& entry);
    // The newest entry's id: entries after it were written later.
    Result<qint64> mark() const;
    // Whether the record has an entry after `mark`.
    Result<bool> changedSince(const QString& entity, qint64 id, qint64 mark) const;

private:
    Database& m_database;
    sql::StatementCache* m_statements;
};

} // namespace tandem
