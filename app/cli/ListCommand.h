#pragma once

#include "Entities.h"
#include "Error.h"
#include "Lists.h"

#include <QCoreApplication>
#include <QMap>

namespace tandem {

class CliContext;
class Database;

// list: the records of one kind, filtered by --COLUMN VALUE; requests also as the Requests page filters
// them.
class ListCommand
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit ListCommand(CliContext& context)
        : m_context(context)
    { }

    Error run();

private:
    Error readWords();
    // Decides whether requests are listed as on the Requests page, and reads its filters.
    Error readPageFilters();
    Error readStatuses();
    // The filters of the Requests page, with their REFs resolved.
    Result<QList<lists::RequestFilter>> pageFilters() const;
    Error print(Database& database, const QList<lists::RequestFilter>& requestFilters);

    CliContext& m_context;
    const Entity* m_entity = nullptr;
    QMap<QString, QString> m_options; // --COLUMN VALUE, and the page's filters for requests
    int m_limit = -1;
    bool m_overdue = false;
    bool m_asOnThePage = false;
    lists::RequestFilter::Side m_side = lists::RequestFilter::Side::Either;
    QStringList m_statuses;
};

} // namespace tandem
