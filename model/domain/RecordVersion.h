#pragma once

#include "Error.h"

#include <QString>

namespace tandem {

class Database;
struct Entity;

// The rule against lost updates, decided once for the window, the command line and team mode alike. A
// versioned record (Entity::isVersioned) is 1 when added and one more at every change: every UPDATE of its
// table counts it up (increment()). A change made from what a person read carries the version they read;
// when the record has moved on since, the change is refused with a sentence naming who changed it and when
// (conflict()), and nothing is written. Never a silent overwrite.
class RecordVersion
{
public:
    // What the person was doing, so that the refusal says what did not happen.
    enum class Purpose
    {
        Save, // saving a form or a command line's set
        Undo,
        Redo,
    };

    // The version of a record just added (the column's default).
    static constexpr qint64 first = 1;

    // The version a change was made from; 0 takes whatever is stored now.
    struct Seen
    {
        qint64 version = 0;
        Purpose purpose = Purpose::Save;
    };

    // The assignment that every UPDATE of a versioned table carries, after its own: "version = version + 1",
    // or, for an UPDATE ... FROM that joins another table, the version of `table` qualified by its name.
    static QString increment(const QString& table = QString());

    // Why a change of record `id` made from an older version was refused: "Acme Ltd was changed by Wang Wei
    // at 14:02 on 3 December 2026 after you opened it; nothing was saved.", who and when taken from the
    // newest entry about it in the audit log. A record that is gone is a not-found error instead.
    static Error conflict(Database& database, const Entity& entity, qint64 id, Purpose purpose);
};

} // namespace tandem
