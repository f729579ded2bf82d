#include "DemoWriter.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <numeric>

namespace tandem::demo {

DemoWriter::DemoWriter(
    Database& database, DemoData data, bool chinese, const std::function<bool(int)>& progress)
    : m_database(database)
    , m_store(database)
    , m_data(std::move(data))
    , m_chinese(chinese)
    , m_progress(progress)
    , m_random(20240611u)
    , m_now(Clock::nowUtc())
    , m_today(Clock::today())
{ }

Error DemoWriter::add(const Entity& entity, const Values& values, qint64* id)
{
    auto added = m_store.add(entity, values);
    if (!added) {
        return added.error();
    }
    if (id) {
        *id = *added;
    }
    return {};
}

Error DemoWriter::execute(const QString& statement, const QVariantList& values, qint64* id)
{
    auto query = sql::run(
        m_database.connection(), id ? statement + m_database.dialect().returningId() : statement, values);
    if (!query) {
        return query.error();
    }
    if (id) {
        *id = sql::insertedId(*query);
    }
    return {};
}

Error DemoWriter::reportProgress(int percent)
{
    if (m_progress && !m_progress(percent)) {
        return Error::usage(QCoreApplication::translate(
            "tandem::DemoOrganisation", "Filling the demo organisation was cancelled; nothing was written."));
    }
    return {};
}

QString DemoWriter::text(const Text& text, const Tokens& tokens) const
{
    QString expanded = this->text(text);
    for (const auto& [token, value] : tokens) {
        expanded.replace(token, value);
    }
    return expanded;
}

int DemoWriter::weighted(const QList<int>& weights)
{
    int roll = m_random.bounded(std::accumulate(weights.cbegin(), weights.cend(), 0));
    for (int i = 0; i < weights.size(); ++i) {
        if (roll < weights.at(i)) {
            return i;
        }
        roll -= weights.at(i);
    }
    return static_cast<int>(weights.size()) - 1;
}

QDateTime DemoWriter::workingTime(int daysAgo)
{
    // Office hours where the company sits: 09:00-17:00 in China is 01:00-09:00 UTC, in Sheffield about
    // 08:00-16:00.
    const int firstHour = m_chinese ? 1 : 8;
    return QDateTime(
        m_now.date().addDays(-daysAgo), QTime(firstHour + between(0, 7), between(0, 59)), Qt::UTC);
}

QString DemoWriter::digits(int count)
{
    QString number;
    for (int i = 0; i < count; ++i) {
        number += QLatin1Char(static_cast<char>('0' + between(0, 9)));
    }
    return number;
}

QString DemoWriter::chineseMobile()
{
    return pick(m_data.chineseMobilePrefixes) + digits(8);
}

QString DemoWriter::mobile(const City& city)
{
    return m_chinese ? chineseMobile() : phone(city.mobile);
}

QString DemoWriter::landline(const City& city)
{
    if (m_chinese) {
        static const char firstDigits[] = { '5', '6', '8' };
        return city.areaCode + QLatin1Char('-') + QLatin1Char(firstDigits[below(std::size(firstDigits))])
            + digits(7);
    }
    return phone(city.phone);
}

QString segmentName(Segment segment)
{
    static const char* const names[] = { "loyal", "floating", "potential" };
    return QString::fromLatin1(names[segment]);
}

} // namespace tandem::demo
