#pragma once

#include "Error.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace tandem {

class Database;

// Combines two accounts that are the same customer: everything of the absorbed one (contacts, interactions,
// purchases, segment history, requests, pairs, handover items) moves to the one kept, the kept account's
// empty fields are filled from the other, and the absorbed account goes. One transaction; undoable.
class AccountMerge
{
public:
    // What undoing needs: the absorbed account as it was, what moved, what the kept one had.
    struct Record
    {
        qint64 kept = 0;
        qint64 absorbed = 0;
        QMap<QString, QString> absorbedValues;
        QMap<QString, QString> keptBefore; // only the fields the merge filled
        QList<std::pair<int, QList<qint64>>> moved; // reference index → row ids
    };

    static Result<Record> merge(Database& database, qint64 keep, qint64 absorb);
    static Error undo(Database& database, const Record& record);
};

} // namespace tandem
