#include "GeneratorRequests.h"

#include "Database.h"
#include "Entities.h"
#include "GeneratorWriter.h"
#include "SearchIndex.h"
#include "Sql.h"

#include <QCoreApplication>
#include <algorithm>

namespace tandem::generator {

namespace {

// Each statement that derives history from a batch of rows opens a savepoint, at which the search index
// writes out what it holds: large batches keep its segments few (see BulkInsert).
constexpr int requestsPerBatch = 20000;
constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

QStringList requestColumns(std::initializer_list<const char*> more)
{
    QStringList columns { QStringLiteral("id"), QStringLiteral("requester"), QStringLiteral("provider"),
        QStringLiteral("link_id"), QStringLiteral("title"), QStringLiteral("priority"),
        QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("due_at"),
        QStringLiteral("closed_at") };
    for (const char* column : more) {
        columns << QString::fromLatin1(column);
    }
    return columns;
}

BulkInsert requestInsert(const QSqlDatabase& db, std::initializer_list<const char*> more)
{
    const QStringList columns = requestColumns(more);
    return BulkInsert(db, int(columns.size()), BulkInsert::into(QStringLiteral("service_requests"), columns));
}

} // namespace

GeneratorRequests::GeneratorRequests(GeneratorWriter& writer)
    : m_writer(writer)
    , m_plain(requestInsert(writer.database().connection(), {}))
    , m_rated(requestInsert(writer.database().connection(),
          { "requester_rating", "requester_feedback", "provider_rating", "provider_feedback" }))
    , m_delayed(requestInsert(
          writer.database().connection(), { "delay_reason", "corrective_action", "corrective_owner" }))
    , m_events(writer.database().connection(), 7,
          BulkInsert::into(QStringLiteral("request_events"),
              { QStringLiteral("request_id"), QStringLiteral("at"), QStringLiteral("actor"),
                  QStringLiteral("kind"), QStringLiteral("from_value"), QStringLiteral("to_value"),
                  QStringLiteral("note") }))
{
    // Staff were written one after another, top management first and the front line last.
    m_firstStaff = writer.ids().topStaff.front();
    m_lastStaff
        = writer.ids().frontStaff.empty() ? writer.ids().middleStaff.back() : writer.ids().frontStaff.back();
}

Error GeneratorRequests::run()
{
    auto first = sql::scalar(
        m_writer.database().connection(), QStringLiteral("SELECT max(id) FROM service_requests"));
    if (!first) {
        return first.error();
    }
    const qint64 firstId = first->toLongLong() + 1;
    const QString stage = QCoreApplication::translate("tandem::Generator", "requests");
    qint64 batchStart = firstId;
    for (int i = 0; i < m_writer.sizes().requests; ++i) {
        const qint64 id = firstId + i;
        if (Error error = addRequest(id)) {
            return error;
        }
        if (id - batchStart + 1 == requestsPerBatch || i + 1 == m_writer.sizes().requests) {
            if (Error error = writeBatch(batchStart, id)) {
                return error;
            }
            batchStart = id + 1;
        }
        if (Error error = m_writer.step(3, stage)) {
            return error;
        }
    }
    return m_writer.search().flush();
}

Error GeneratorRequests::addRequest(qint64 id)
{
    GeneratorWriter& w = m_writer;
    static const QStringList priorities { QStringLiteral("low"), QStringLiteral("normal"),
        QStringLiteral("normal"), QStringLiteral("normal"), QStringLiteral("high"),
        QStringLiteral("urgent") };
    const QString statusKind = QStringLiteral("status");
    const QString open = QStringLiteral("open");
    const QString inProgress = QStringLiteral("in_progress");

    qint64 requester = 0, provider = 0;
    QVariant link;
    const int route = int(w.below(100));
    if (route < 55 && !w.ids().links.empty()) {
        const GeneratorWriter::Pair& pair
            = w.ids().links.at(size_t(w.below(qsizetype(w.ids().links.size()))));
        const bool forward = w.chance(50);
        requester = forward ? pair.b : pair.a;
        provider = forward ? pair.a : pair.b;
        link = pair.id;
    } else if (route < 85) {
        requester = w.pickId(w.ids().activeStaff);
        provider = w.chance(50) ? w.pickId(w.ids().activeStaff) : w.pickId(w.ids().departments);
        if (requester == provider) {
            provider = w.pickId(w.ids().departments);
        }
    } else {
        requester = w.pickId(w.ids().accounts);
        provider = w.chance(50) ? w.pickId(w.ids().reps)
                                : w.ids().departments.at(std::min<size_t>(7, w.ids().departments.size() - 1));
    }
    // A request is written in its requester's language.
    const Vocabulary& words = w.words(w.isChinese(requester));
    // At least an hour old, so that its history has room before now.
    const qint64 created = std::min(w.randomPast(3 * 365), w.now() - hour);
    const qint64 due = created + w.between(1, 30) * day;
    const qint64 age = (w.now() - created) / day;
    QString status;
    const int roll = int(w.below(100));
    if (age > 60) {
        status = roll < 80 ? QStringLiteral("done")
            : roll < 90    ? QStringLiteral("cancelled")
            : roll < 97    ? QStringLiteral("rejected")
                           : open;
    } else {
        status = roll < 30 ? open
            : roll < 50    ? inProgress
            : roll < 60    ? QStringLiteral("waiting")
                           : QStringLiteral("done");
    }
    const bool done = status == QLatin1String("done");
    const bool closed = done || status == QLatin1String("cancelled") || status == QLatin1String("rejected");
    const qint64 closedAt
        = closed ? created + 600 + w.below(std::min<qint64>(40 * day, w.now() - created - 600)) : 0;
    const bool overdue = !closed && due < w.now();
    const bool rated = done && w.chance(60);
    const QString title = words.chinese
        ? w.pick(words.requestVerbs) + w.pick(words.requestObjects)
        : w.pick(words.requestVerbs) + QLatin1Char(' ') + w.pick(words.requestObjects);
    const QString& priority = w.pick(priorities);
    const QVariant closedText = closed ? QVariant(GeneratorWriter::iso(closedAt)) : QVariant();
    const QString createdText = GeneratorWriter::iso(created);
    const QString dueText = GeneratorWriter::iso(due);

    // History that needs times of its own: picked up, waiting, the delay, and a refusal or cancellation.
    const size_t firstEvent = m_pendingEvents.size();
    const qint64 endOfWork = closed ? closedAt : w.now();
    const qint64 started = created + std::min<qint64>(w.between(1, 20) * hour, (endOfWork - created) / 3);
    if (status == inProgress || status == QLatin1String("waiting") || done) {
        m_pendingEvents.push_back({ id, started, provider, statusKind, open, inProgress, {} });
    }
    if (status == QLatin1String("waiting")) {
        const qint64 since = started + std::min<qint64>(w.between(2, 48) * hour, (w.now() - started) / 2);
        m_pendingEvents.push_back({ id, since, provider, statusKind, inProgress, status, words.waitingNote });
    }
    Error written;
    if (overdue && w.chance(40)) {
        // Whoever provides owns the fix; a department's is one of the middle managers.
        const bool providerIsStaff = provider >= m_firstStaff && provider <= m_lastStaff;
        const qint64 owner = providerIsStaff ? provider : w.pickId(w.ids().middleStaff);
        const qint64 noticed = due + std::min<qint64>(day, (w.now() - due) / 2);
        m_pendingEvents.push_back({ id, noticed, provider, QStringLiteral("delay"), QString::number(owner),
            words.correctiveAction, words.delayReason });
        written = m_delayed.add({ id, requester, provider, link, title, priority, status, createdText,
            dueText, closedText, words.delayReason, words.correctiveAction, owner });
    } else if (rated) {
        const int requesterRating = w.between(w.chance(80) ? 3 : 1, 5);
        const int providerRating = w.chance(50) ? w.between(2, 5) : 0;
        written = m_rated.add({ id, requester, provider, link, title, priority, status, createdText, dueText,
            closedText, requesterRating, words.requesterFeedback.at(requesterRating - 1),
            providerRating > 0 ? QVariant(providerRating) : QVariant(),
            providerRating > 0 ? QVariant(words.providerFeedback.at(providerRating - 1)) : QVariant() });
    } else {
        written = m_plain.add(
            { id, requester, provider, link, title, priority, status, createdText, dueText, closedText });
    }
    if (written) {
        return written;
    }
    if (status == QLatin1String("rejected") || status == QLatin1String("cancelled")) {
        const bool cancelled = status == QLatin1String("cancelled");
        m_pendingEvents.push_back({ id, closedAt, cancelled ? requester : provider, statusKind, open, status,
            cancelled ? words.cancelledNote : words.rejectedNote });
    }
    std::stable_sort(m_pendingEvents.begin() + qsizetype(firstEvent), m_pendingEvents.end(),
        [](const Event& a, const Event& b) { return a.at < b.at; });
    return w.search().add({ SearchIndex::rowId(SearchIndex::Kind::Request, id),
        w.searchText(entities::request(), { { "title", title } }) });
}

Error GeneratorRequests::runForBatch(const QString& statement, const QVariantList& before, qint64 first,
    qint64 last, const QVariantList& after)
{
    QVariantList values = before;
    values << first << last << after;
    auto ran = sql::run(m_writer.database().connection(), statement, values);
    return ran ? Error() : ran.error();
}

Error GeneratorRequests::writeBatch(qint64 first, qint64 last)
{
    for (BulkInsert* requests : { &m_plain, &m_rated, &m_delayed }) {
        if (Error error = requests->flush()) {
            return error;
        }
    }
    // Every request was created by its requester when it says.
    if (Error error = runForBatch(QStringLiteral("INSERT INTO request_events (request_id, at, actor, kind) "
                                                 "SELECT id, created_at, requester, ? FROM service_requests "
                                                 "WHERE id BETWEEN ? AND ? ORDER BY id"),
            { QStringLiteral("created") }, first, last)) {
        return error;
    }
    for (const Event& event : m_pendingEvents) {
        if (Error error = m_events.add({ event.request, GeneratorWriter::iso(event.at), event.actor,
                event.kind, event.from, event.to, event.note })) {
            return error;
        }
    }
    m_pendingEvents.clear();
    if (Error error = m_events.flush()) {
        return error;
    }
    // Done when it was closed, by the provider, then rated by either side.
    if (Error error = runForBatch(
            QStringLiteral("INSERT INTO request_events (request_id, at, actor, kind, from_value, to_value) "
                           "SELECT id, closed_at, provider, ?, ?, status FROM service_requests "
                           "WHERE id BETWEEN ? AND ? AND status = ? ORDER BY id"),
            { QStringLiteral("status"), QStringLiteral("in_progress") }, first, last,
            { QStringLiteral("done") })) {
        return error;
    }
    for (const char* side : { "requester", "provider" }) {
        // The side is one of two words of the data model, never input.
        const QString statement = QStringLiteral(
            "INSERT INTO request_events (request_id, at, actor, kind, from_value, to_value, note) "
            "SELECT id, closed_at, %1, ?, ?, CAST(%1_rating AS TEXT), %1_feedback "
            "FROM service_requests WHERE id BETWEEN ? AND ? AND %1_rating IS NOT NULL ORDER BY id")
                                      .arg(QLatin1String(side));
        if (Error error
            = runForBatch(statement, { QStringLiteral("rating"), QString::fromLatin1(side) }, first, last)) {
            return error;
        }
    }
    return {};
}

} // namespace tandem::generator
