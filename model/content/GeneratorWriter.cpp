#include "GeneratorWriter.h"

#include "Clock.h"
#include "Database.h"
#include "DuplicateFinder.h"
#include "Entities.h"
#include "GeneratorRequests.h"
#include "SearchIndex.h"
#include "SortKey.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSet>
#include <cstdio>

namespace tandem::generator {

namespace {

// Mixed is about three records in five Chinese: the company sits in China and most of its staff,
// customers and their requests are Chinese, while a large minority (foreign customers, their contacts,
// colleagues abroad) is English, so both languages are searched and sorted at scale.
constexpr int mixedChinesePercent = 60;

// A weighted draw over `weights`, whose sum is `total`.
int weightedIndex(quint32 roll, const QList<int>& weights)
{
    int left = int(roll);
    for (int i = 0; i < weights.size(); ++i) {
        if (left < weights.at(i)) {
            return i;
        }
        left -= weights.at(i);
    }
    return int(weights.size()) - 1;
}

int sum(const QList<int>& weights)
{
    int total = 0;
    for (int weight : weights) {
        total += weight;
    }
    return total;
}

BulkInsert::Statement searchStatement(const Database& database)
{
    const SqlDialect& dialect = database.dialect();
    return [&dialect](int rows) {
        return dialect.searchUpsert(rows);
    };
}

qint64 nextId(const Database& database, const QString& table, const QString& key)
{
    // Table and key are the data model's own, never input.
    auto highest
        = sql::scalar(database.connection(), QStringLiteral("SELECT max(%1) FROM %2").arg(key, table));
    return highest ? highest->toLongLong() + 1 : 1;
}

} // namespace

GeneratorWriter::GeneratorWriter(
    Database& database, const Generator::Sizes& sizes, const Generator::Progress& progress)
    : m_database(database)
    , m_sizes(sizes)
    , m_progress(progress)
    , m_random(sizes.seed)
    , m_chinese(Vocabulary::make(true))
    , m_english(Vocabulary::make(false))
    // Anchored to the start of today, so that the same seed gives the same rows all day.
    , m_now(QDateTime(Clock::nowUtc().date(), QTime(0, 0), Qt::UTC).toSecsSinceEpoch())
    , m_nowIso(iso(m_now))
    , m_parties(database.connection(), 6,
          BulkInsert::into(QStringLiteral("parties"),
              { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("display_name"),
                  QStringLiteral("sort_key"), QStringLiteral("created_at"), QStringLiteral("updated_at") }))
    , m_search(database.connection(), 2, searchStatement(database), BulkInsert::searchIndex)
{
    m_totalRows = qint64(sizes.staff) + sizes.accounts * 4LL + sizes.contacts + sizes.requests * 3LL + 1;
}

bool GeneratorWriter::drawChinese()
{
    switch (m_sizes.language) {
    case Generator::Language::English:
        return false;
    case Generator::Language::Chinese:
        return true;
    case Generator::Language::Mixed:
        break;
    }
    return chance(mixedChinesePercent);
}

bool GeneratorWriter::isChinese(qint64 party) const
{
    const qint64 at = party - m_firstParty;
    return at >= 0 && at < qint64(m_partyChinese.size()) && m_partyChinese.at(size_t(at));
}

QString GeneratorWriter::iso(qint64 seconds)
{
    // As Clock::toIso writes it, without QDateTime's formatting machinery, which shows up at this scale.
    const qint64 days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    const int secondOfDay = int(seconds - days * 86400);
    const QDate date = QDate(1970, 1, 1).addDays(days);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", date.year(), date.month(), date.day(),
        secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
    return QString::fromLatin1(text);
}

QString GeneratorWriter::personName(bool chinese)
{
    const Vocabulary& w = words(chinese);
    const QString& surname = w.surnames.at(weightedIndex(below(sum(w.surnameWeights)), w.surnameWeights));
    if (chinese) {
        return surname + pick(w.givenNames);
    }
    return pick(w.givenNames) + QLatin1Char(' ') + surname;
}

QString GeneratorWriter::companyName(bool chinese, const QString& city)
{
    const Vocabulary& w = words(chinese);
    if (chinese) {
        // A Chinese company's name starts with the city where it is registered.
        return (city.isEmpty() ? pick(w.cities) : city) + pick(w.companyWords) + pick(w.industries)
            + pick(w.companySuffixes);
    }
    return pick(w.companyWords) + QLatin1Char(' ') + pick(w.industries) + QLatin1Char(' ')
        + pick(w.companySuffixes);
}

QString GeneratorWriter::phone(bool chinese)
{
    if (chinese) {
        return QLatin1Char('1') + QString::number(between(30, 89))
            + QString::number(between(10000000, 99999999));
    }
    return QStringLiteral("+44 20 ") + QString::number(between(1000, 9999)) + QLatin1Char(' ')
        + QString::number(between(1000, 9999));
}

const QString& GeneratorWriter::cachedWords(const QString& text)
{
    // Names, titles and cities repeat; the pinyin of a Chinese one is worked out once.
    auto found = m_words.constFind(text);
    if (found == m_words.constEnd()) {
        if (m_words.size() > 200000) {
            m_words.clear();
        }
        found = m_words.insert(text, SearchIndex::words(text));
    }
    return *found;
}

QByteArray GeneratorWriter::sortKey(const QString& name)
{
    auto found = m_sortKeys.constFind(name);
    if (found == m_sortKeys.constEnd()) {
        if (m_sortKeys.size() > 200000) {
            m_sortKeys.clear();
        }
        found = m_sortKeys.insert(name, m_database.sortKey().of(name));
    }
    return *found;
}

QString GeneratorWriter::searchText(
    const Entity& entity, std::initializer_list<std::pair<const char*, QString>> values)
{
    QStringList parts;
    for (const Field& field : entity.fields) {
        const QString* value = nullptr;
        for (const auto& [name, text] : values) {
            if (field.name == QLatin1String(name)) {
                value = &text;
                break;
            }
        }
        if (!value || value->trimmed().isEmpty()) {
            continue;
        }
        if (field.name == QLatin1String("phone") || field.name == QLatin1String("mobile")) {
            parts << SearchIndex::digits(*value);
        } else if (field.type == FieldType::Email) {
            parts << SearchIndex::words(*value); // unique to the record: not worth keeping
        } else if (field.type == FieldType::Text || field.type == FieldType::Lines) {
            parts << cachedWords(*value);
        }
    }
    return SearchIndex::body(parts);
}

Error GeneratorWriter::step(qint64 rows, const QString& stage)
{
    m_doneRows += rows;
    const int percent = int(qMin<qint64>(99, m_doneRows * 100 / m_totalRows));
    if (percent != m_lastPercent) {
        m_lastPercent = percent;
        if (m_progress && !m_progress(percent, stage)) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::Generator", "Generating was cancelled; nothing was written."));
        }
    }
    return {};
}

Result<qint64> GeneratorWriter::addParty(const QString& kind, const QString& name, bool chinese)
{
    const qint64 id = m_nextParty++;
    m_partyChinese.push_back(chinese);
    if (Error error = m_parties.add({ id, kind, name, sortKey(name), m_nowIso, m_nowIso })) {
        return error;
    }
    return id;
}

Error GeneratorWriter::flushAll()
{
    if (Error error = m_parties.flush()) {
        return error;
    }
    return m_search.flush();
}

Error GeneratorWriter::makeDepartments()
{
    BulkInsert departments(m_database.connection(), 4,
        BulkInsert::into(QStringLiteral("departments"),
            { QStringLiteral("party_id"), QStringLiteral("name"), QStringLiteral("parent_id"),
                QStringLiteral("description") }));
    departments.writeAfter(m_parties);
    const int named = int(m_english.departmentNames.size());
    const int count = qMax(named, m_sizes.staff / 40);
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        const bool chinese = drawChinese();
        const Vocabulary& w = words(chinese);
        QString name;
        QVariant parent;
        if (i < named) {
            name = w.departmentNames.at(i);
            if (i > 0) {
                parent = m_ids.departments.front();
            }
        } else {
            const int base = 1 + int(below(named - 1));
            name = w.teamName.arg(w.departmentNames.at(base)).arg(i);
            parent = m_ids.departments.at(size_t(base));
        }
        if (used.contains(name)) {
            continue;
        }
        used.insert(name);
        auto id = addParty(QStringLiteral("department"), name, chinese);
        if (!id) {
            return id.error();
        }
        if (Error error = departments.add({ *id, name, parent, QVariant() })) {
            return error;
        }
        if (Error error = m_search.add({ SearchIndex::rowId(SearchIndex::Kind::Party, *id),
                searchText(entities::department(), { { "name", name } }) })) {
            return error;
        }
        m_ids.departments.push_back(*id);
    }
    if (Error error = flushAll()) {
        return error;
    }
    return departments.flush();
}

Error GeneratorWriter::makeStaff()
{
    BulkInsert staff(m_database.connection(), 11,
        BulkInsert::into(QStringLiteral("staff"),
            { QStringLiteral("party_id"), QStringLiteral("name"), QStringLiteral("email"),
                QStringLiteral("phone"), QStringLiteral("title"), QStringLiteral("rank_level"),
                QStringLiteral("department_id"), QStringLiteral("manager_id"), QStringLiteral("status"),
                QStringLiteral("joined_on"), QStringLiteral("left_on") }));
    staff.writeAfter(m_parties);
    const int tops = qMax(1, m_sizes.staff / 50);
    const int middles = qMax(1, m_sizes.staff * 13 / 100);
    // Sales and customer service hold the reps who own accounts.
    const qint64 salesDepartment = m_ids.departments.at(6);
    QHash<qint64, std::vector<qint64>> headsByDepartment;
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC).date();
    const QString stage = QCoreApplication::translate("tandem::Generator", "staff");
    for (int i = 0; i < m_sizes.staff; ++i) {
        const int rank = i < tops ? 1 : i < tops + middles ? 2 : 3;
        const qint64 department = rank == 1 ? m_ids.departments.front()
            : (rank == 3 && chance(20))
            ? salesDepartment
            : m_ids.departments.at(size_t(1 + below(qsizetype(m_ids.departments.size()) - 1)));
        QVariant manager;
        if (rank == 2) {
            manager = pickId(m_ids.topStaff);
        } else if (rank == 3) {
            const auto heads = headsByDepartment.value(department);
            manager = heads.empty() ? pickId(m_ids.middleStaff)
                                    : heads.at(size_t(below(qsizetype(heads.size()))));
        }
        const bool chinese = drawChinese();
        const Vocabulary& w = words(chinese);
        const QString name = personName(chinese);
        const QString title = rank == 1 ? pick(w.titlesTop)
            : rank == 2                 ? pick(w.titlesMiddle)
                                        : pick(w.titlesFront);
        const QDate joined = today.addDays(-between(30, 365 * 12));
        const bool departed = rank == 3 && chance(4);
        auto id = addParty(QStringLiteral("staff"), name, chinese);
        if (!id) {
            return id.error();
        }
        const QString email = QStringLiteral("staff%1@example.com").arg(*id);
        const QString number = phone(chinese);
        if (Error error = staff.add({ *id, name, email, number, title, rank, department, manager,
                departed ? QStringLiteral("departed") : QStringLiteral("active"),
                joined.toString(Qt::ISODate),
                departed ? QVariant(today.addDays(-between(1, 300)).toString(Qt::ISODate)) : QVariant() })) {
            return error;
        }
        if (Error error = m_search.add({ SearchIndex::rowId(SearchIndex::Kind::Party, *id),
                searchText(entities::staff(),
                    { { "name", name }, { "email", email }, { "phone", number }, { "title", title } }) })) {
            return error;
        }
        (rank == 1 ? m_ids.topStaff : rank == 2 ? m_ids.middleStaff : m_ids.frontStaff).push_back(*id);
        if (rank == 2) {
            headsByDepartment[department].push_back(*id);
        }
        if (!departed) {
            m_ids.activeStaff.push_back(*id);
            if (department == salesDepartment && rank == 3) {
                m_ids.reps.push_back(*id);
            }
        }
        if (Error error = step(1, stage)) {
            return error;
        }
    }
    if (m_ids.reps.empty()) {
        m_ids.reps = m_ids.activeStaff;
    }
    if (Error error = flushAll()) {
        return error;
    }
    return staff.flush();
}

Error GeneratorWriter::makeLinks()
{
    BulkInsert links(m_database.connection(), 7,
        BulkInsert::into(QStringLiteral("internal_links"),
            { QStringLiteral("id"), QStringLiteral("a_party"), QStringLiteral("b_party"),
                QStringLiteral("kind"), QStringLiteral("pattern"), QStringLiteral("a_to_b"),
                QStringLiteral("b_to_a") }));
    qint64 nextLink = nextId(m_database, QStringLiteral("internal_links"), QStringLiteral("id"));
    QSet<QString> seen;
    auto add = [&](qint64 a, qint64 b, const QString& kind, const QVariant& pattern, const QString& aToB,
                   const QString& bToA) -> Error {
        const QString key = QStringLiteral("%1-%2-%3").arg(a).arg(b).arg(kind);
        if (a == b || seen.contains(key)) {
            return {};
        }
        seen.insert(key);
        const qint64 id = nextLink++;
        m_ids.links.push_back({ id, a, b });
        return links.add({ id, a, b, kind, pattern, aToB, bToA.isEmpty() ? QVariant() : QVariant(bToA) });
    };
    // A pair speaks the language of its first side.
    // Process pairs along the chain of departments, function pairs between peers.
    for (size_t i = 1; i + 1 < m_ids.departments.size() && i < 8; ++i) {
        const Vocabulary& w = words(isChinese(m_ids.departments.at(i)));
        if (Error error = add(m_ids.departments.at(i), m_ids.departments.at(i + 1), QStringLiteral("process"),
                QStringLiteral("pipeline"), w.processAToB, chance(70) ? w.processBToA : QString())) {
            return error;
        }
    }
    const int functionPairs = qMax(5, int(m_ids.departments.size()));
    for (int i = 0; i < functionPairs; ++i) {
        const qint64 a = pickId(m_ids.departments);
        const qint64 b = pickId(m_ids.departments);
        const Vocabulary& w = words(isChinese(a));
        if (Error error = add(a, b, QStringLiteral("function"), QStringLiteral("horizontal"), w.functionAToB,
                chance(75) ? w.functionBToA : QString())) {
            return error;
        }
    }
    // Rank pairs: most staff with a manager.
    for (qint64 member : m_ids.frontStaff) {
        if (!chance(60)) {
            continue;
        }
        const qint64 manager = pickId(m_ids.middleStaff);
        const Vocabulary& w = words(isChinese(manager));
        const QVariant pattern = chance(30) ? QVariant(QStringLiteral("team")) : QVariant();
        if (Error error = add(manager, member, QStringLiteral("rank"), pattern, w.rankAToB,
                chance(85) ? w.rankBToA : QString())) {
            return error;
        }
    }
    return links.flush();
}

Error GeneratorWriter::makeAccounts()
{
    BulkInsert accounts(m_database.connection(), 14,
        BulkInsert::into(QStringLiteral("accounts"),
            { QStringLiteral("party_id"), QStringLiteral("name"), QStringLiteral("kind"),
                QStringLiteral("category"), QStringLiteral("segment"), QStringLiteral("owner_id"),
                QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("city"),
                QStringLiteral("region"), QStringLiteral("source"), QStringLiteral("competitors"),
                QStringLiteral("match_phone"), QStringLiteral("match_name") }));
    accounts.writeAfter(m_parties);
    static const QStringList categories { QStringLiteral("consumer"), QStringLiteral("client"),
        QStringLiteral("retailer"), QStringLiteral("distributor"), QStringLiteral("end_user") };
    static const QStringList segments { QStringLiteral("loyal"), QStringLiteral("floating"),
        QStringLiteral("potential") };
    static const QStringList sources { QStringLiteral("referral"), QStringLiteral("trade fair"),
        QStringLiteral("website"), QStringLiteral("cold call") };
    const QString stage = QCoreApplication::translate("tandem::Generator", "accounts");
    m_ids.accounts.reserve(size_t(m_sizes.accounts));
    m_accountSegments.reserve(size_t(m_sizes.accounts));
    for (int i = 0; i < m_sizes.accounts; ++i) {
        const bool chinese = drawChinese();
        const Vocabulary& w = words(chinese);
        const bool person = chance(15);
        const int cityIndex = int(below(w.cities.size()));
        const QString& city = w.cities.at(cityIndex);
        const QString name = person ? personName(chinese) : companyName(chinese, city);
        auto id = addParty(QStringLiteral("account"), name, chinese);
        if (!id) {
            return id.error();
        }
        const int segment = chance(30) ? 0 : chance(45) ? 1 : 2;
        const QString email = QStringLiteral("info%1@example.net").arg(*id);
        const QString category = person ? QStringLiteral("consumer") : pick(categories);
        const qint64 owner = pickId(m_ids.reps);
        const QString number = phone(chinese);
        const QString& region = w.regions.at(w.cityRegions.at(cityIndex));
        const QString& source = pick(sources);
        const QString competitor = segment == 1 ? companyName(chinese) : QString();
        if (Error error
            = accounts.add({ *id, name, person ? QStringLiteral("person") : QStringLiteral("organization"),
                category, segments.at(segment), owner, number, email, city, region, source,
                competitor.isEmpty() ? QVariant() : QVariant(competitor), DuplicateFinder::phoneKey(number),
                DuplicateFinder::nameKey(name, city) })) {
            return error;
        }
        if (Error error = m_search.add({ SearchIndex::rowId(SearchIndex::Kind::Party, *id),
                searchText(entities::account(),
                    { { "name", name }, { "email", email }, { "city", city }, { "region", region },
                        { "source", source }, { "competitors", competitor }, { "phone", number } }) })) {
            return error;
        }
        m_ids.accounts.push_back(*id);
        m_accountSegments.push_back(quint8(segment));
        if (Error error = step(1, stage)) {
            return error;
        }
    }
    if (Error error = flushAll()) {
        return error;
    }
    return accounts.flush();
}

Error GeneratorWriter::makeContacts()
{
    BulkInsert contacts(m_database.connection(), 7,
        BulkInsert::into(QStringLiteral("contacts"),
            { QStringLiteral("id"), QStringLiteral("account_id"), QStringLiteral("name"),
                QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("mobile"),
                QStringLiteral("sort_key") }));
    qint64 nextContact = nextId(m_database, QStringLiteral("contacts"), QStringLiteral("id"));
    const QString stage = QCoreApplication::translate("tandem::Generator", "contacts");
    for (int i = 0; i < m_sizes.contacts; ++i) {
        // Every account gets a first contact before any gets a second; a contact speaks its account's
        // language.
        const qint64 account
            = size_t(i) < m_ids.accounts.size() ? m_ids.accounts.at(size_t(i)) : pickId(m_ids.accounts);
        const bool chinese = isChinese(account);
        const QString name = personName(chinese);
        const QString& title = pick(words(chinese).titlesFront);
        const QString number = phone(chinese);
        const QString mobile = phone(chinese);
        const qint64 id = nextContact++;
        if (Error error = contacts.add({ id, account, name, title, number, mobile, sortKey(name) })) {
            return error;
        }
        if (Error error = m_search.add({ SearchIndex::rowId(SearchIndex::Kind::Contact, id),
                searchText(entities::contact(),
                    { { "name", name }, { "title", title }, { "phone", number }, { "mobile", mobile } }) })) {
            return error;
        }
        if (Error error = step(1, stage)) {
            return error;
        }
    }
    if (Error error = m_search.flush()) {
        return error;
    }
    return contacts.flush();
}

Error GeneratorWriter::makeActivity()
{
    BulkInsert interactions(m_database.connection(), 8,
        BulkInsert::into(QStringLiteral("interactions"),
            { QStringLiteral("account_id"), QStringLiteral("staff_id"), QStringLiteral("kind"),
                QStringLiteral("occurred_at"), QStringLiteral("summary"), QStringLiteral("next_step"),
                QStringLiteral("next_step_due"), QStringLiteral("next_step_done") }));
    BulkInsert purchases(m_database.connection(), 6,
        BulkInsert::into(QStringLiteral("purchases"),
            { QStringLiteral("account_id"), QStringLiteral("purchased_on"), QStringLiteral("amount"),
                QStringLiteral("currency"), QStringLiteral("description"),
                QStringLiteral("from_competitor") }));
    static const QStringList kinds { QStringLiteral("visit"), QStringLiteral("call"),
        QStringLiteral("message"), QStringLiteral("email"), QStringLiteral("meeting"),
        QStringLiteral("gift") };
    const QDate today = QDateTime::fromSecsSinceEpoch(m_now, Qt::UTC).date();
    const QString stage = QCoreApplication::translate("tandem::Generator", "interactions and purchases");
    for (size_t i = 0; i < m_ids.accounts.size(); ++i) {
        const qint64 account = m_ids.accounts.at(i);
        const Vocabulary& w = words(isChinese(account));
        const int segment = m_accountSegments.at(i);
        const int count = between(1, 3);
        for (int k = 0; k < count; ++k) {
            const qint64 when = randomPast(3 * 365);
            const bool withStep = k == count - 1 && chance(50);
            const QDate due = QDateTime::fromSecsSinceEpoch(when, Qt::UTC).date().addDays(between(3, 30));
            if (Error error = interactions.add({ account, pickId(m_ids.reps), pick(kinds), iso(when),
                    pick(w.summaries), withStep ? QVariant(w.nextStep) : QVariant(),
                    withStep ? QVariant(due.toString(Qt::ISODate)) : QVariant(),
                    withStep && due < today && chance(70) ? 1 : 0 })) {
                return error;
            }
        }
        // Loyal accounts buy every year; floating ones buy, sometimes from a competitor; potential ones do
        // not.
        if (segment != 2) {
            const int count = segment == 0 ? 3 : between(1, 3);
            for (int k = 0; k < count; ++k) {
                const QDate on = segment == 0 ? today.addDays(-(k * 365 + between(1, 300)))
                                              : today.addDays(-between(1, 3 * 365));
                if (Error error
                    = purchases.add({ account, on.toString(Qt::ISODate), qint64(between(50, 5000)) * 10000,
                        w.currency, w.purchaseDescription, segment == 1 && chance(30) ? 1 : 0 })) {
                    return error;
                }
            }
        }
        if (Error error = step(3, stage)) {
            return error;
        }
    }
    if (Error error = interactions.flush()) {
        return error;
    }
    return purchases.flush();
}

Error GeneratorWriter::run()
{
    m_firstParty = nextId(m_database, QStringLiteral("parties"), QStringLiteral("id"));
    m_nextParty = m_firstParty;
    if (Error error = makeDepartments()) {
        return error;
    }
    if (Error error = makeStaff()) {
        return error;
    }
    if (Error error = makeLinks()) {
        return error;
    }
    if (Error error = makeAccounts()) {
        return error;
    }
    if (Error error = makeContacts()) {
        return error;
    }
    if (Error error = makeActivity()) {
        return error;
    }
    return GeneratorRequests(*this).run();
}

} // namespace tandem::generator
