#pragma once

#include "Error.h"

#include <QStringList>
#include <QVariantMap>

namespace tandem {

class Database;
namespace sql {
class StatementCache;
}

// The rules a whole record must keep beyond each field's own check, one small named function per kind of
// record (a department cannot sit under itself, a colleague who left cannot own accounts, a pair needs two
// parties...). EntityStore asks ruleFor() before every add and update.
namespace entityrules {

// What a rule looks at: the record as it will be stored, its id (0 for a new one) and, on an update, the
// fields being changed (a reference kept as it was is history, not a new choice).
struct Context
{
    Database& database;
    sql::StatementCache& statements;
    const QVariantMap& row;
    qint64 self = 0;
    const QStringList* changed = nullptr;

    // Whether the colleague `staff` has left, when choosing them is new in this change.
    bool isDepartedChoice(const QVariant& staff) const;
    // Walks up a tree from `start` with `statement` (one step up per call); true when it meets the record.
    bool leadsBackToSelf(const QVariant& start, const QString& statement) const;
};

using Rule = Error (*)(const Context&);

// The rule of an entity (see Entities.h for the names); nullptr when it has none beyond its fields.
Rule ruleFor(const QString& entityName);

} // namespace entityrules
} // namespace tandem
