#pragma once

#include "DemoData.h"
#include "EntityStore.h"

#include <QDateTime>
#include <QMap>
#include <QRandomGenerator>
#include <functional>
#include <utility>

namespace tandem {

class Database;

namespace demo {

using Values = QMap<QString, QString>;
using Tokens = QList<std::pair<QString, QString>>;

// An account as written, with what later steps (requests, the handover) need to know of it.
struct WrittenAccount
{
    qint64 id = 0;
    int row = 0;
    int owner = none;
    QString name;
    QString competitor;
    QString phone;
    QList<qint64> contactIds;
    QStringList contactNames;
    QDate firstOwnPurchase;
};

// What every step of the demo organisation writes with: the data in the language asked for, one seeded
// random sequence (so the same day always gives the same organisation), the store, and the ids written so
// far. The steps must draw from the sequence in the same order every time.
class DemoWriter
{
public:
    DemoWriter(Database& database, DemoData data, bool chinese, const std::function<bool(int)>& progress);

    const DemoData& data() const { return m_data; }
    bool chinese() const { return m_chinese; }
    Database& database() { return m_database; }
    QDateTime now() const { return m_now; }
    QDate today() const { return m_today; }
    // The day the departing colleague left.
    QDate leftOn() const { return m_today.addDays(-m_data.handover.daysAgo); }

    Error add(const Entity& entity, const Values& values, qint64* id = nullptr);
    Error execute(const QString& statement, const QVariantList& values, qint64* id = nullptr);
    // Asks whoever waits whether to go on; a refusal is an error, so that nothing is committed.
    Error reportProgress(int percent);

    QString text(const Text& text) const { return m_chinese ? text.zh : text.en; }
    QString text(const Text& text, const Tokens& tokens) const;

    int between(int lowest, int highest) { return m_random.bounded(lowest, highest + 1); }
    bool chance(int percent) { return m_random.bounded(100) < percent; }
    int below(qsizetype count) { return m_random.bounded(static_cast<int>(count)); }
    template<typename List> const auto& pick(const List& items) { return items.at(below(items.size())); }
    // The place of one of `weights`, drawn in proportion to its weight.
    int weighted(const QList<int>& weights);

    // A time in office hours where the company sits, `daysAgo` days before today.
    QDateTime workingTime(int daysAgo);
    QString digits(int count);
    QString phone(const PhoneFormat& format) { return format.prefix + digits(format.digits); }
    QString chineseMobile();
    QString mobile(const City& city);
    QString landline(const City& city);

    QString productName(int product) const { return text(m_data.products.at(product).name); }
    QString staffName(int staff) const { return text(m_data.staff.at(staff).name); }
    const CategoryProfile& profileOf(const AccountRow& row) const
    {
        return m_data.categories.at(row.category);
    }

    // The ids written so far, in the data's order.
    struct Written
    {
        QList<qint64> departmentIds;
        QList<qint64> staffIds;
        QList<qint64> linkIds;
        QList<WrittenAccount> accounts;
    };
    Written& written() { return m_written; }
    const Written& written() const { return m_written; }
    qint64 staffId(int staff) const { return m_written.staffIds.at(staff); }
    qint64 partyId(PartyRef party) const
    {
        return party.isDepartment ? m_written.departmentIds.at(party.index) : staffId(party.index);
    }

private:
    Database& m_database;
    EntityStore m_store;
    DemoData m_data;
    bool m_chinese;
    std::function<bool(int)> m_progress;
    QRandomGenerator m_random;
    QDateTime m_now;
    QDate m_today;
    Written m_written;
};

QString segmentName(Segment segment);

} // namespace demo
} // namespace tandem
