#pragma once

#include "BulkInsert.h"
#include "Generator.h"
#include "GeneratorVocabulary.h"

#include <QHash>
#include <QRandomGenerator>
#include <vector>

namespace tandem {

class Database;
struct Entity;

namespace generator {

// Writes the generated organisation: its parties, pairs, accounts, contacts and activity, then asks
// GeneratorRequests for the requests. One seeded random sequence, drawn in the same order every time, so
// that the same seed gives the same rows. Internal to Generator.
class GeneratorWriter
{
public:
    GeneratorWriter(Database& database, const Generator::Sizes& sizes, const Generator::Progress& progress);

    Error run();

    Database& database() { return m_database; }
    const Generator::Sizes& sizes() const { return m_sizes; }

    quint32 below(qsizetype count) { return m_random.bounded(quint32(count)); }
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return int(m_random.bounded(100U)) < percent; }
    template<typename T> const T& pick(const QList<T>& list) { return list.at(below(list.size())); }
    qint64 pickId(const std::vector<qint64>& ids) { return ids.at(below(qsizetype(ids.size()))); }

    const Vocabulary& words(bool chinese) const { return chinese ? m_chinese : m_english; }
    // Whether the next record is Chinese, by the language asked for.
    bool drawChinese();
    bool isChinese(qint64 party) const;

    // Seconds since the epoch, as stored text.
    static QString iso(qint64 seconds);
    qint64 now() const { return m_now; }
    qint64 randomPast(int days) { return m_now - qint64(m_random.bounded(quint32(days) * 86400U)); }

    // What EntityStore::searchText makes of a record with these field values (tst_generator compares the
    // two), with the words of the names, titles and cities that repeat worked out once each.
    QString searchText(const Entity& entity, std::initializer_list<std::pair<const char*, QString>> values);
    BulkInsert& search() { return m_search; }
    Error step(qint64 rows, const QString& stage);

    // The ids written so far, for what refers to them.
    struct Pair
    {
        qint64 id, a, b;
    };
    struct Ids
    {
        std::vector<qint64> departments, topStaff, middleStaff, frontStaff, reps, activeStaff, accounts;
        std::vector<Pair> links;
    };
    const Ids& ids() const { return m_ids; }

private:
    QString personName(bool chinese);
    QString companyName(bool chinese, const QString& city = QString());
    QString phone(bool chinese);
    const QString& cachedWords(const QString& text);
    QByteArray sortKey(const QString& name);
    Result<qint64> addParty(const QString& kind, const QString& name, bool chinese);

    Error makeDepartments();
    Error makeStaff();
    Error makeLinks();
    Error makeAccounts();
    Error makeContacts();
    Error makeActivity();
    Error flushAll();

    Database& m_database;
    Generator::Sizes m_sizes;
    Generator::Progress m_progress;
    QRandomGenerator m_random;
    Vocabulary m_chinese, m_english;
    qint64 m_now;
    QString m_nowIso;
    qint64 m_totalRows = 1;
    qint64 m_doneRows = 0;
    int m_lastPercent = -1;

    // Parties are written before the rows that reference them: a batch of staff flushes the parties first.
    BulkInsert m_parties, m_search;
    qint64 m_firstParty = 1;
    qint64 m_nextParty = 1;
    std::vector<bool> m_partyChinese;
    Ids m_ids;
    // Per account, in the order of m_ids.accounts: 0 loyal, 1 floating, 2 potential.
    std::vector<quint8> m_accountSegments;
    QHash<QString, QString> m_words;
    QHash<QString, QByteArray> m_sortKeys;
};

} // namespace generator
} // namespace tandem
