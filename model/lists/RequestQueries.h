#pragma once

#include "EntityStore.h"
#include "Lists.h"

#include <functional>

namespace tandem {

class Database;

// The requests the Requests page's filters select, as stored records: what the command line lists.
class RequestQueries
{
public:
    explicit RequestQueries(Database& database);

    // Streams the requests every filter selects (all of them apply), newest first. `row` returns false to
    // stop early. limit < 0: no limit.
    Error list(const QList<lists::RequestFilter>& filters, int limit,
        const std::function<bool(const Record&)>& row) const;

    // Fills in the department's colleagues, so that the filter binds them as a list an index can serve.
    Error scope(lists::RequestFilter& filter) const;

private:
    Database& m_database;
};

} // namespace tandem
