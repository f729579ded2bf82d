#pragma once

#include "Csv.h"
#include "Entities.h"

#include <QHash>
#include <QMap>

namespace tandem {

// One row of a table as an import reads it, before anything is asked of the database: its values by field
// (choices and dates in their stored words), the contact person a row of accounts names, or why the row is
// refused on its own. Both ways of importing read rows through here, so that a row means the same to both.
class ImportRow
{
public:
    enum class State
    {
        Empty, // Excel writes empty rows such as ",,,," inside the range it saved
        Refused,
        Read,
    };

    // `choices` remembers each typed choice's stored word across the rows of one import.
    static ImportRow read(const Entity& entity, const CsvTable& table, int index,
        const QHash<int, QString>& mapping, QHash<QString, QString>& choices);

    State state = State::Empty;
    int line = 0;
    QString refusal; // for State::Refused
    QMap<QString, QString> values;
    QMap<QString, QString> person; // the contact person an account's row names, if any

private:
    static QString personRefusal(const QMap<QString, QString>& person);
};

} // namespace tandem
