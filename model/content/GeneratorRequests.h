#pragma once

#include "BulkInsert.h"

#include <QVariant>
#include <vector>

namespace tandem::generator {

class GeneratorWriter;

// Writes the generated service requests with their history, as the demo does for each status: created,
// picked up, waiting, a delay's reason and fix, how it ended, and its ratings. A batch of requests at a
// time: the request rows, then the history lines that follow from the rows alone (created, done, ratings)
// in one statement each, and the lines in between that need times of their own row by row, so that every
// request's lines come in the order they happened. Internal to the generator.
class GeneratorRequests
{
public:
    explicit GeneratorRequests(GeneratorWriter& writer);

    Error run();

private:
    struct Event
    {
        qint64 request = 0;
        qint64 at = 0;
        qint64 actor = 0;
        QString kind;
        QVariant from, to, note;
    };

    Error addRequest(qint64 id);
    Error writeBatch(qint64 first, qint64 last);
    Error runForBatch(const QString& statement, const QVariantList& before, qint64 first, qint64 last,
        const QVariantList& after = {});

    GeneratorWriter& m_writer;
    // Requests as most are, rated ones, and late ones with their delay: each shape binds only the columns
    // it fills.
    BulkInsert m_plain, m_rated, m_delayed, m_events;
    std::vector<Event> m_pendingEvents;
    qint64 m_firstStaff = 0, m_lastStaff = 0;
};

} // namespace tandem::generator
