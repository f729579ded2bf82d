#pragma once

#include "Error.h"
#include "SearchIndex.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace tandem {

class Database;

// What a picker of a department, colleague or account offers: the records matching what the user typed,
// the first ones by name when nothing is typed yet, and the chosen one's name. Each answer is bounded, so
// a picker stays quick over 2,000 colleagues and 100,000 accounts.
class PickerQueries
{
public:
    struct Scope
    {
        QStringList entities; // department, staff, account, in the order offered
        bool departed = false; // colleagues who have left too (filters over history), not for new work
        qint64 excluded = 0; // a record not to offer (the colleague who hands over cannot succeed)
    };

    explicit PickerQueries(Database& database);

    // The best `limit` records matching `text`, through the search index (pinyin and initials included).
    Result<QList<SearchIndex::Hit>> matching(const QString& text, const Scope& scope, int limit) const;
    // The first records of each entity in name order, `limit` shared among the entities.
    Result<QList<SearchIndex::Hit>> first(const Scope& scope, int limit) const;
    // The record shown for a chosen id, departed or not; none when there is no such record (or it cannot be
    // read: the picker then shows nothing chosen, and saving checks the id again).
    std::optional<SearchIndex::Hit> byId(qint64 id) const;

private:
    Database& m_database;
};

} // namespace tandem
