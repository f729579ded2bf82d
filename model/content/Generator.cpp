#include "Generator.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "DuplicateFinder.h"
#include "Entities.h"
#include "EntityStore.h"
#include "GeneratorVocabulary.h"
#include "RequestWorkflow.h"
#include "SearchIndex.h"
#include "SortKey.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <vector>

namespace tandem {

namespace {

using generator::Vocabulary;

class Writer
{
public:
    Writer(Database& database, const Generator::Sizes& sizes, const Generator::Progress& progress)
        : m_database(database)
        , m_sizes(sizes)
        , m_progress(progress)
        , m_random(sizes.seed)
        , m_words(Vocabulary::make(database.sortKey().localeName().startsWith(QLatin1String("zh"))))
        , m_today(Clock::nowUtc().date())
        , m_now(QDateTime(m_today, QTime(0, 0), Qt::UTC))
    {
        m_totalRows = qint64(sizes.staff) + sizes.accounts * 4LL + sizes.contacts + sizes.requests + 1;
    }

    Error run();

private:
    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(int(m_random.bounded(quint32(list.size()))));
    }
    qint64 pickId(const std::vector<qint64>& ids)
    {
        return ids.at(size_t(m_random.bounded(quint32(ids.size()))));
    }
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool chance(int percent) { return int(m_random.bounded(100U)) < percent; }
    QString personName();
    QString companyName();
    QString phone();
    QString iso(const QDateTime& time) const { return time.toString(Qt::ISODate); }
    QDateTime randomPast(int days)
    {
        return m_now.addSecs(-qint64(m_random.bounded(quint32(days) * 86400U)));
    }

    Error prepare(QSqlQuery& query, const QString& statement);
    Error exec(QSqlQuery& query, const QVariantList& values);
    Result<qint64> insertParty(const QString& kind, const QString& name);
    Error index(SearchIndex::Kind kind, qint64 id, const Entity& entity, const QVariantMap& row);
    Error step(qint64 rows, const QString& stage);

    Error makeDepartments();
    Error makeStaff();
    Error makeLinks();
    Error makeAccounts();
    Error makeContacts();
    Error makeActivity();
    Error makeRequests();

    Database& m_database;
    Generator::Sizes m_sizes;
    Generator::Progress m_progress;
    QRandomGenerator m_random;
    Vocabulary m_words;
    QDate m_today;
    QDateTime m_now;
    QString m_nowIso;
    qint64 m_totalRows = 1;
    qint64 m_doneRows = 0;
    int m_lastPercent = -1;

    QSqlQuery m_party, m_search;
    std::vector<qint64> m_departments, m_topStaff, m_middleStaff, m_frontStaff, m_reps, m_activeStaff,
        m_accounts;
    std::vector<int> m_accountSegments; // 0 loyal, 1 floating, 2 potential
    QHash<qint64, qint64> m_departmentOfStaff;
    struct Pair
    {
        qint64 id, a, b;
    };
    std::vector<Pair> m_links;
};

QString Writer::personName()
{
    if (m_words.chinese) {
        return pick(m_words.surnames) + pick(m_words.givenNames);
    }
    return pick(m_words.givenNames) + QLatin1Char(' ') + pick(m_words.surnames);
}

QString Writer::companyName()
{
    if (m_words.chinese) {
        return pick(m_words.cities) + pick(m_words.companyWords) + pick(m_words.industries)
            + pick(m_words.companySuffixes);
    }
    return pick(m_words.companyWords) + QLatin1Char(' ') + pick(m_words.industries) + QLatin1Char(' ')
        + pick(m_words.companySuffixes);
}

QString Writer::phone()
{
    if (m_words.chinese) {
        return QStringLiteral("1%1%2").arg(between(30, 89)).arg(between(10000000, 99999999));
    }
    return QStringLiteral("+44 20 %1 %2").arg(between(1000, 9999)).arg(between(1000, 9999));
}

Error Writer::prepare(QSqlQuery& query, const QString& statement)
{
    query = QSqlQuery(m_database.connection());
    if (!query.prepare(statement)) {
        return sql::errorFrom(
            query.lastError(), QCoreApplication::translate("tandem::Generator", "Preparing the generator"));
    }
    return {};
}

Error Writer::exec(QSqlQuery& query, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    return sql::exec(query, QCoreApplication::translate("tandem::Generator", "Generating data"));
}

Result<qint64> Writer::insertParty(const QString& kind, const QString& name)
{
    if (Error error = exec(m_party, { kind, name, m_database.sortKey().of(name), m_nowIso, m_nowIso })) {
        return error;
    }
    return m_party.lastInsertId().toLongLong();
}

Error Writer::index(SearchIndex::Kind kind, qint64 id, const Entity& entity, const QVariantMap& row)
{
    // The store's own search text, so that generated records are found exactly as typed-in ones are.
    return exec(m_search, { SearchIndex::rowId(kind, id), EntityStore::searchText(entity, row) });
}

Error Writer::step(qint64 rows, const QString& stage)
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

Error Writer::makeDepartments()
{
    QSqlQuery insert;
    if (Error error = prepare(insert,
            QStringLiteral(
                "INSERT INTO departments (party_id, name, parent_id, description) VALUES (?, ?, ?, ?)"))) {
        return error;
    }
    const int count = qMax(m_words.departmentNames.size(), m_sizes.staff / 40);
    QSet<QString> used;
    for (int i = 0; i < count; ++i) {
        QString name;
        QVariant parent;
        if (i < m_words.departmentNames.size()) {
            name = m_words.departmentNames.at(i);
            if (i > 0) {
                parent = m_departments.front();
            }
        } else {
            const int base = 1 + int(m_random.bounded(quint32(m_words.departmentNames.size() - 1)));
            name = m_words.chinese
                ? QStringLiteral("%1%2组").arg(m_words.departmentNames.at(base)).arg(i)
                : QStringLiteral("%1 Team %2").arg(m_words.departmentNames.at(base)).arg(i);
            parent = qint64(m_departments.at(size_t(base)));
        }
        if (used.contains(name)) {
            continue;
        }
        used.insert(name);
        auto id = insertParty(QStringLiteral("department"), name);
        if (!id) {
            return id.error();
        }
        if (Error error = exec(insert, { *id, name, parent, QVariant() })) {
            return error;
        }
        if (Error error = index(SearchIndex::Kind::Party, *id, entities::department(),
                { { QStringLiteral("name"), name } })) {
            return error;
        }
        m_departments.push_back(*id);
    }
    return {};
}

Error Writer::makeStaff()
{
    QSqlQuery insert;
    if (Error error = prepare(insert,
            QStringLiteral("INSERT INTO staff (party_id, name, email, phone, title, rank_level, "
                           "department_id, manager_id, status, "
                           "joined_on, left_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return error;
    }
    const int tops = qMax(1, m_sizes.staff / 50);
    const int middles = qMax(1, m_sizes.staff * 13 / 100);
    // Sales and customer service hold the reps who own accounts.
    const qint64 salesDepartment = m_departments.at(6);
    QHash<qint64, std::vector<qint64>> headsByDepartment;
    for (int i = 0; i < m_sizes.staff; ++i) {
        const int rank = i < tops ? 1 : i < tops + middles ? 2 : 3;
        const qint64 department = rank == 1 ? m_departments.front()
            : (rank == 3 && chance(20))
            ? salesDepartment
            : m_departments.at(size_t(1 + m_random.bounded(quint32(m_departments.size() - 1))));
        QVariant manager;
        if (rank == 2) {
            manager = pickId(m_topStaff);
        } else if (rank == 3) {
            const auto heads = headsByDepartment.value(department);
            manager = heads.empty() ? pickId(m_middleStaff)
                                    : heads.at(size_t(m_random.bounded(quint32(heads.size()))));
        }
        const QString name = personName();
        const QString title = rank == 1 ? pick(m_words.titlesTop)
            : rank == 2                 ? pick(m_words.titlesMiddle)
                                        : pick(m_words.titlesFront);
        const QDate joined = m_today.addDays(-between(30, 365 * 12));
        const bool departed = rank == 3 && chance(4);
        auto id = insertParty(QStringLiteral("staff"), name);
        if (!id) {
            return id.error();
        }
        const QString email = QStringLiteral("staff%1@example.com").arg(*id);
        const QString number = phone();
        if (Error error = exec(insert,
                { *id, name, email, number, title, rank, department, manager,
                    departed ? QStringLiteral("departed") : QStringLiteral("active"),
                    joined.toString(Qt::ISODate),
                    departed ? QVariant(m_today.addDays(-between(1, 300)).toString(Qt::ISODate))
                             : QVariant() })) {
            return error;
        }
        if (Error error = index(SearchIndex::Kind::Party, *id, entities::staff(),
                { { QStringLiteral("name"), name }, { QStringLiteral("email"), email },
                    { QStringLiteral("phone"), number }, { QStringLiteral("title"), title } })) {
            return error;
        }
        m_departmentOfStaff.insert(*id, department);
        (rank == 1 ? m_topStaff : rank == 2 ? m_middleStaff : m_frontStaff).push_back(*id);
        if (rank == 2) {
            headsByDepartment[department].push_back(*id);
        }
        if (!departed) {
            m_activeStaff.push_back(*id);
            if (department == salesDepartment && rank == 3) {
                m_reps.push_back(*id);
            }
        }
        if (Error error = step(1, QCoreApplication::translate("tandem::Generator", "staff"))) {
            return error;
        }
    }
    if (m_reps.empty()) {
        m_reps = m_activeStaff;
    }
    return {};
}

Error Writer::makeLinks()
{
    QSqlQuery insert;
    if (Error error = prepare(insert,
            QStringLiteral("INSERT INTO internal_links (a_party, b_party, kind, pattern, a_to_b, b_to_a) "
                           "VALUES (?, ?, ?, ?, ?, ?)"))) {
        return error;
    }
    QSet<QString> seen;
    auto add = [&](qint64 a, qint64 b, const QString& kind, const QVariant& pattern, const QString& aToB,
                   const QString& bToA) -> Error {
        const QString key = QStringLiteral("%1-%2-%3").arg(a).arg(b).arg(kind);
        if (a == b || seen.contains(key)) {
            return {};
        }
        seen.insert(key);
        if (Error error
            = exec(insert, { a, b, kind, pattern, aToB, bToA.isEmpty() ? QVariant() : QVariant(bToA) })) {
            return error;
        }
        m_links.push_back({ insert.lastInsertId().toLongLong(), a, b });
        return {};
    };
    const bool zh = m_words.chinese;
    // Process pairs along the chain of departments, function pairs between peers.
    for (size_t i = 1; i + 1 < m_departments.size() && i < 8; ++i) {
        if (Error error = add(m_departments.at(i), m_departments.at(i + 1), QStringLiteral("process"),
                QStringLiteral("pipeline"),
                zh ? QStringLiteral("合格的半成品与单据") : QStringLiteral("Finished work and its paperwork"),
                chance(70) ? (zh ? QStringLiteral("需求预测与质量反馈")
                                 : QStringLiteral("Forecasts and quality feedback"))
                           : QString())) {
            return error;
        }
    }
    const int functionPairs = qMax(5, int(m_departments.size()));
    for (int i = 0; i < functionPairs; ++i) {
        if (Error error = add(pickId(m_departments), pickId(m_departments), QStringLiteral("function"),
                QStringLiteral("horizontal"),
                zh ? QStringLiteral("数据与专业支持") : QStringLiteral("Data and expert support"),
                chance(75)
                    ? (zh ? QStringLiteral("及时准确的申请") : QStringLiteral("Timely, complete requests"))
                    : QString())) {
            return error;
        }
    }
    // Rank pairs: most staff with their manager.
    for (qint64 member : m_frontStaff) {
        if (!chance(60)) {
            continue;
        }
        const qint64 department = m_departmentOfStaff.value(member);
        Q_UNUSED(department);
        const qint64 manager = pickId(m_middleStaff);
        if (Error error = add(manager, member, QStringLiteral("rank"),
                chance(30) ? QVariant(QStringLiteral("team")) : QVariant(),
                zh ? QStringLiteral("明确目标、资源与培训")
                   : QStringLiteral("Clear goals, resources and training"),
                chance(85) ? (zh ? QStringLiteral("按时完成任务并汇报")
                                 : QStringLiteral("Work done on time, with a report"))
                           : QString())) {
            return error;
        }
    }
    return {};
}

Error Writer::makeAccounts()
{
    QSqlQuery insert;
    if (Error error = prepare(insert,
            QStringLiteral(
                "INSERT INTO accounts (party_id, name, kind, category, segment, owner_id, phone, email, "
                "website, address, city, region, source, competitors, match_phone, match_name) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return error;
    }
    static const QStringList categories { QStringLiteral("consumer"), QStringLiteral("client"),
        QStringLiteral("retailer"), QStringLiteral("distributor"), QStringLiteral("end_user") };
    static const QStringList segments { QStringLiteral("loyal"), QStringLiteral("floating"),
        QStringLiteral("potential") };
    static const QStringList sources { QStringLiteral("referral"), QStringLiteral("trade fair"),
        QStringLiteral("website"), QStringLiteral("cold call") };
    m_accounts.reserve(size_t(m_sizes.accounts));
    for (int i = 0; i < m_sizes.accounts; ++i) {
        const bool person = chance(15);
        const QString name = person ? personName() : companyName();
        const int segment = chance(30) ? 0 : chance(45) ? 1 : 2;
        const QString city = pick(m_words.cities);
        auto id = insertParty(QStringLiteral("account"), name);
        if (!id) {
            return id.error();
        }
        const QString email = QStringLiteral("info%1@example.net").arg(*id);
        // Drawn in a fixed order, so that a seed always gives the same accounts.
        const QString category = person ? QStringLiteral("consumer") : pick(categories);
        const qint64 owner = pickId(m_reps);
        const QString number = phone();
        const QString region = pick(m_words.regions);
        const QString source = pick(sources);
        const QVariant competitor = segment == 1 ? QVariant(companyName()) : QVariant();
        if (Error error = exec(insert,
                { *id, name, person ? QStringLiteral("person") : QStringLiteral("organization"), category,
                    segments.at(segment), owner, number, email, QVariant(), QVariant(), city, region, source,
                    competitor, DuplicateFinder::phoneKey(number), DuplicateFinder::nameKey(name, city) })) {
            return error;
        }
        if (Error error = index(SearchIndex::Kind::Party, *id, entities::account(),
                { { QStringLiteral("name"), name }, { QStringLiteral("email"), email },
                    { QStringLiteral("city"), city }, { QStringLiteral("region"), region },
                    { QStringLiteral("source"), source }, { QStringLiteral("competitors"), competitor },
                    { QStringLiteral("phone"), number } })) {
            return error;
        }
        m_accounts.push_back(*id);
        m_accountSegments.push_back(segment);
        if (Error error = step(1, QCoreApplication::translate("tandem::Generator", "accounts"))) {
            return error;
        }
    }
    return {};
}

Error Writer::makeContacts()
{
    QSqlQuery insert;
    if (Error error = prepare(insert,
            QStringLiteral("INSERT INTO contacts (account_id, name, title, phone, mobile, email, sort_key) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        return error;
    }
    for (int i = 0; i < m_sizes.contacts; ++i) {
        // Every account gets a first contact before any gets a second.
        const qint64 account = size_t(i) < m_accounts.size() ? m_accounts.at(size_t(i)) : pickId(m_accounts);
        const QString name = personName();
        const QString title = pick(m_words.titlesFront);
        const QString number = phone();
        const QString mobile = phone();
        if (Error error = exec(insert,
                { account, name, title, number, mobile, QVariant(), m_database.sortKey().of(name) })) {
            return error;
        }
        if (Error error
            = index(SearchIndex::Kind::Contact, insert.lastInsertId().toLongLong(), entities::contact(),
                { { QStringLiteral("name"), name }, { QStringLiteral("title"), title },
                    { QStringLiteral("phone"), number }, { QStringLiteral("mobile"), mobile } })) {
            return error;
        }
        if (Error error = step(1, QCoreApplication::translate("tandem::Generator", "contacts"))) {
            return error;
        }
    }
    return {};
}

Error Writer::makeActivity()
{
    QSqlQuery interaction, purchase;
    if (Error error = prepare(interaction,
            QStringLiteral("INSERT INTO interactions (account_id, staff_id, kind, occurred_at, summary, "
                           "next_step, next_step_due, "
                           "next_step_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return error;
    }
    if (Error error = prepare(purchase,
            QStringLiteral("INSERT INTO purchases (account_id, purchased_on, amount, currency, description, "
                           "from_competitor) VALUES "
                           "(?, ?, ?, ?, ?, ?)"))) {
        return error;
    }
    static const QStringList kinds { QStringLiteral("visit"), QStringLiteral("call"),
        QStringLiteral("message"), QStringLiteral("email"), QStringLiteral("meeting"),
        QStringLiteral("gift") };
    const QString currency = m_words.chinese ? QStringLiteral("CNY") : QStringLiteral("USD");
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        const qint64 account = m_accounts.at(i);
        const int segment = m_accountSegments.at(i);
        const int interactions = between(1, 3);
        for (int k = 0; k < interactions; ++k) {
            const QDateTime when = randomPast(3 * 365);
            const bool withStep = k == interactions - 1 && chance(50);
            const QDate due = when.date().addDays(between(3, 30));
            if (Error error = exec(interaction,
                    { account, pickId(m_reps), pick(kinds), iso(when), pick(m_words.summaries),
                        withStep ? QVariant(m_words.chinese ? QStringLiteral("跟进报价")
                                                            : QStringLiteral("Follow up on the quotation"))
                                 : QVariant(),
                        withStep ? QVariant(due.toString(Qt::ISODate)) : QVariant(),
                        withStep && due < m_today && chance(70) ? 1 : 0 })) {
                return error;
            }
        }
        // Loyal accounts buy every year; floating ones buy, sometimes from a competitor; potential ones do
        // not.
        if (segment != 2) {
            const int purchases = segment == 0 ? 3 : between(1, 3);
            for (int k = 0; k < purchases; ++k) {
                const QDate on = segment == 0 ? m_today.addDays(-(k * 365 + between(1, 300)))
                                              : m_today.addDays(-between(1, 3 * 365));
                if (Error error = exec(purchase,
                        { account, on.toString(Qt::ISODate), qint64(between(50, 5000)) * 10000, currency,
                            m_words.chinese ? QStringLiteral("离心泵及配件")
                                            : QStringLiteral("Centrifugal pumps and spares"),
                            segment == 1 && chance(30) ? 1 : 0 })) {
                    return error;
                }
            }
        }
        if (Error error
            = step(3, QCoreApplication::translate("tandem::Generator", "interactions and purchases"))) {
            return error;
        }
    }
    return {};
}

Error Writer::makeRequests()
{
    QSqlQuery insert;
    if (Error error = prepare(insert,
            QStringLiteral("INSERT INTO service_requests (requester, provider, link_id, title, priority, "
                           "status, created_at, due_at, "
                           "closed_at, delay_reason, requester_rating, provider_rating) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?)"))) {
        return error;
    }
    static const QStringList priorities { QStringLiteral("low"), QStringLiteral("normal"),
        QStringLiteral("normal"), QStringLiteral("normal"), QStringLiteral("high"),
        QStringLiteral("urgent") };
    for (int i = 0; i < m_sizes.requests; ++i) {
        qint64 requester = 0, provider = 0;
        QVariant link;
        const int route = int(m_random.bounded(100U));
        if (route < 55 && !m_links.empty()) {
            const Pair& pair = m_links.at(size_t(m_random.bounded(quint32(m_links.size()))));
            const bool forward = chance(50);
            requester = forward ? pair.b : pair.a;
            provider = forward ? pair.a : pair.b;
            link = pair.id;
        } else if (route < 85) {
            requester = pickId(m_activeStaff);
            provider = chance(50) ? pickId(m_activeStaff) : pickId(m_departments);
            if (requester == provider) {
                provider = pickId(m_departments);
            }
        } else {
            requester = pickId(m_accounts);
            provider = chance(50) ? pickId(m_reps)
                                  : m_departments.at(std::min<size_t>(7, m_departments.size() - 1));
        }
        const QDateTime created = randomPast(3 * 365);
        const QDateTime due = created.addDays(between(1, 30));
        const qint64 age = created.daysTo(m_now);
        QString status;
        const int roll = int(m_random.bounded(100U));
        if (age > 60) {
            status = roll < 80 ? QStringLiteral("done")
                : roll < 90    ? QStringLiteral("cancelled")
                : roll < 97    ? QStringLiteral("rejected")
                               : QStringLiteral("open");
        } else {
            status = roll < 30 ? QStringLiteral("open")
                : roll < 50    ? QStringLiteral("in_progress")
                : roll < 60    ? QStringLiteral("waiting")
                               : QStringLiteral("done");
        }
        const bool closed = RequestWorkflow::isClosed(status);
        QDateTime closedAt;
        if (closed) {
            closedAt = created.addSecs(
                qint64(m_random.bounded(quint32(qMax<qint64>(1, created.secsTo(m_now)) > 40 * 86400
                        ? 40 * 86400
                        : qMax<qint64>(1, created.secsTo(m_now))))));
        }
        const bool overdue = !closed && due < m_now;
        const bool rated = status == QLatin1String("done") && chance(60);
        const QString title = m_words.chinese
            ? pick(m_words.requestVerbs) + pick(m_words.requestObjects)
            : pick(m_words.requestVerbs) + QLatin1Char(' ') + pick(m_words.requestObjects);
        if (Error error = exec(insert,
                { requester, provider, link, title, pick(priorities), status, iso(created), iso(due),
                    closed ? QVariant(iso(closedAt)) : QVariant(),
                    overdue && chance(40)
                        ? QVariant(m_words.chinese ? QStringLiteral("等待来料")
                                                   : QStringLiteral("Waiting for materials"))
                        : QVariant(),
                    rated ? QVariant(between(chance(80) ? 3 : 1, 5)) : QVariant(),
                    rated && chance(50) ? QVariant(between(2, 5)) : QVariant() })) {
            return error;
        }
        if (Error error = index(SearchIndex::Kind::Request, insert.lastInsertId().toLongLong(),
                entities::request(), { { QStringLiteral("title"), title } })) {
            return error;
        }
        if (Error error = step(1, QCoreApplication::translate("tandem::Generator", "requests"))) {
            return error;
        }
    }
    return {};
}

Error Writer::run()
{
    // Anchored to the start of today, so that the same seed gives the same rows all day.
    m_nowIso = Clock::toIso(m_now);
    if (Error error = prepare(m_party,
            QStringLiteral("INSERT INTO parties (kind, display_name, sort_key, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?)"))) {
        return error;
    }
    if (Error error = prepare(m_search, m_database.dialect().searchUpsert())) {
        return error;
    }
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
    return makeRequests();
}

} // namespace

Error Generator::run(Database& database, const Sizes& sizes, const Progress& progress)
{
    if (sizes.staff < 10 || sizes.accounts < 1 || sizes.contacts < 0 || sizes.requests < 0) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Generator", "generate needs at least 10 staff and 1 account."));
    }
    auto existing = sql::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM parties"));
    if (!existing) {
        return existing.error();
    }
    if (existing->toLongLong() > 0) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Generator", "generate fills an empty database only; this one already holds data."));
    }
    // A larger page cache for the bulk write; the default is 2 MB.
    if (auto cache = sql::run(database.connection(), database.dialect().pageCache(256)); !cache) {
        return cache.error();
    }
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    // The database is empty, so its indexes are built once after the rows are in, inside the same
    // transaction.
    QStringList names, indexes;
    for (const char* table :
        { "parties", "staff", "accounts", "contacts", "interactions", "purchases", "service_requests" }) {
        auto rows = sql::run(
            database.connection(), database.dialect().tableIndexes(), { QString::fromLatin1(table) });
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            names << rows->value(0).toString();
            indexes << rows->value(1).toString();
        }
    }
    for (const QString& name : names) {
        // The index name comes from the schema itself, never from input.
        if (auto drop = sql::run(database.connection(), QStringLiteral("DROP INDEX %1").arg(name)); !drop) {
            return drop.error();
        }
    }
    Writer writer(database, sizes, progress);
    if (Error error = writer.run()) {
        return error;
    }
    if (progress && !progress(99, QCoreApplication::translate("tandem::Generator", "indexing"))) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Generator", "Generating was cancelled; nothing was written."));
    }
    for (const QString& statement : indexes) {
        if (auto create = sql::run(database.connection(), statement); !create) {
            return create.error();
        }
    }
    // The bulk path writes the rows, sort keys, match keys and search text the store would write; the audit
    // trail gets one entry for the whole run rather than one per generated record (nobody edited them).
    if (Error error = AuditLog(database).record(
            { QStringLiteral("database"), 0, QStringLiteral("generate"), QString(), QVariant(),
                QStringLiteral("%1 staff, %2 accounts, %3 contacts, %4 requests, seed %5")
                    .arg(sizes.staff)
                    .arg(sizes.accounts)
                    .arg(sizes.contacts)
                    .arg(sizes.requests)
                    .arg(sizes.seed) })) {
        return error;
    }
    if (progress && !progress(99, QCoreApplication::translate("tandem::Generator", "saving"))) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Generator", "Generating was cancelled; nothing was written."));
    }
    if (Error error = transaction.commit()) {
        return error;
    }
    // Statistics for the query planner: without them SQLite guesses that a status picks few rows and
    // sorts most of a million requests instead of walking the index of the order asked for.
    if (auto analyse = sql::run(database.connection(), QStringLiteral("ANALYZE")); !analyse) {
        return analyse.error();
    }
    if (progress) {
        progress(100, QCoreApplication::translate("tandem::Generator", "done"));
    }
    return {};
}

} // namespace tandem
