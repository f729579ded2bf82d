#include "DemoOrganisation.h"

#include "Clock.h"
#include "Database.h"
#include "DemoAccounts.h"
#include "DemoRequests.h"
#include "DemoWriter.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace tandem {

namespace {

using namespace demo;

// The organisation itself (departments, colleagues, pairs), then its accounts and requests, and last the
// colleague who left, as the data in resources/demo tells it.
class OrganisationWriter
{
public:
    explicit OrganisationWriter(DemoWriter& writer)
        : m_writer(writer)
    { }

    Error write();

private:
    Error checkEmpty();
    Error addDepartments();
    Error addStaff();
    QString emailLogin(const StaffRow& row) const;
    Error addLinks();
    Error addAccounts();
    Error addHandover();
    Error handOverAccounts(qint64 handoverId);

    DemoWriter& m_writer;
};

Error OrganisationWriter::write()
{
    Transaction transaction(m_writer.database());
    if (transaction.error()) {
        return transaction.error();
    }
    if (Error error = checkEmpty()) {
        return error;
    }
    if (Error error = m_writer.reportProgress(0)) {
        return error;
    }
    if (Error error = addDepartments()) {
        return error;
    }
    if (Error error = addStaff()) {
        return error;
    }
    if (Error error = addLinks()) {
        return error;
    }
    if (Error error = addAccounts()) {
        return error;
    }
    if (Error error = DemoRequests(m_writer).add()) {
        return error;
    }
    // Last, because a colleague who has left can no longer own accounts or join pairs.
    if (Error error = addHandover()) {
        return error;
    }
    if (Error error = m_writer.reportProgress(99)) {
        return error;
    }
    return transaction.commit();
}

Error OrganisationWriter::checkEmpty()
{
    auto used = sql::scalar(m_writer.database().connection(),
        QStringLiteral("SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM staff) + "
                       "(SELECT count(*) FROM accounts)"));
    if (!used) {
        return used.error();
    }
    if (used->toLongLong() > 0) {
        return Error::badInput(QCoreApplication::translate("tandem::DemoOrganisation",
            "The demo organisation can only fill an empty database, and this one already "
            "holds departments, staff or accounts."));
    }
    return {};
}

Error OrganisationWriter::addDepartments()
{
    const QList<DepartmentRow>& departments = m_writer.data().departments;
    for (const DepartmentRow& row : departments) {
        Values values { { QStringLiteral("name"), m_writer.text(row.name) },
            { QStringLiteral("description"), m_writer.text(row.description) } };
        if (row.parent != none) {
            values.insert(QStringLiteral("parent_id"),
                QString::number(m_writer.written().departmentIds.at(row.parent)));
        }
        qint64 id = 0;
        if (Error error = m_writer.add(entities::department(), values, &id)) {
            return error;
        }
        m_writer.written().departmentIds << id;
    }
    return m_writer.reportProgress(3);
}

// The pinyin of a Chinese name, or the English name in lower case with dots.
QString OrganisationWriter::emailLogin(const StaffRow& row) const
{
    if (m_writer.chinese()) {
        return row.chineseLogin;
    }
    QString login;
    for (const QChar c : m_writer.text(row.name).toLower()) {
        if (c == QLatin1Char(' ')) {
            login += QLatin1Char('.');
        } else if (c >= QLatin1Char('a') && c <= QLatin1Char('z')) {
            login += c;
        }
    }
    return login;
}

Error OrganisationWriter::addStaff()
{
    const DemoData& data = m_writer.data();
    const QString domain = m_writer.text(data.companyDomain);
    for (const StaffRow& row : data.staff) {
        const PhoneFormat& office = data.departments.at(row.department).phone;
        const QString phone = m_writer.chinese() ? m_writer.chineseMobile()
            : office.prefix.isEmpty()            ? m_writer.phone(data.headOfficePhone)
                                                 : m_writer.phone(office);
        Values values {
            { QStringLiteral("name"), m_writer.text(row.name) },
            { QStringLiteral("email"), emailLogin(row) + QLatin1Char('@') + domain },
            { QStringLiteral("phone"), phone },
            { QStringLiteral("title"), m_writer.text(row.title) },
            { QStringLiteral("rank_level"), QString::number(row.rank) },
            { QStringLiteral("department_id"),
                QString::number(m_writer.written().departmentIds.at(row.department)) },
            { QStringLiteral("status"), QStringLiteral("active") },
            { QStringLiteral("joined_on"),
                m_writer.today()
                    .addMonths(-row.monthsSinceJoining)
                    .addDays(-m_writer.between(0, 27))
                    .toString(Qt::ISODate) },
        };
        if (row.manager != none) {
            values.insert(QStringLiteral("manager_id"), QString::number(m_writer.staffId(row.manager)));
        }
        qint64 id = 0;
        if (Error error = m_writer.add(entities::staff(), values, &id)) {
            return error;
        }
        m_writer.written().staffIds << id;
    }
    return m_writer.reportProgress(6);
}

Error OrganisationWriter::addLinks()
{
    for (const LinkRow& row : m_writer.data().links) {
        qint64 id = 0;
        const Values values {
            { QStringLiteral("a_party"), QString::number(m_writer.partyId(row.a)) },
            { QStringLiteral("b_party"), QString::number(m_writer.partyId(row.b)) },
            { QStringLiteral("kind"), row.kind },
            { QStringLiteral("pattern"), row.pattern },
            { QStringLiteral("a_to_b"), m_writer.text(row.aToB) },
            { QStringLiteral("b_to_a"), m_writer.text(row.bToA) },
            { QStringLiteral("notes"), m_writer.text(row.notes) },
        };
        if (Error error = m_writer.add(entities::link(), values, &id)) {
            return error;
        }
        m_writer.written().linkIds << id;
    }
    return m_writer.reportProgress(9);
}

Error OrganisationWriter::addAccounts()
{
    DemoAccounts accounts(m_writer);
    const int count = static_cast<int>(m_writer.data().accounts.size());
    for (int row = 0; row < count; ++row) {
        if (Error error = accounts.add(row)) {
            return error;
        }
        if (Error error = m_writer.reportProgress(10 + 50 * (row + 1) / count)) {
            return error;
        }
    }
    return accounts.addSegmentHistory();
}

// The departing rep leaves after everything they did is recorded: marked departed, accounts moved to the
// successor with a briefing each, and the accounts watched for ninety days.
Error OrganisationWriter::addHandover()
{
    const HandoverStory& story = m_writer.data().handover;
    const qint64 departed = m_writer.staffId(story.departing);
    if (Error error = m_writer.execute(
            QStringLiteral(
                "UPDATE staff SET status = ?, left_on = ?, version = version + 1 WHERE party_id = ?"),
            { QStringLiteral("departed"), m_writer.leftOn().toString(Qt::ISODate), departed })) {
        return error;
    }
    if (Error error = m_writer.execute(QStringLiteral("UPDATE parties SET updated_at = ? WHERE id = ?"),
            { Clock::toIso(m_writer.now()), departed })) {
        return error;
    }

    QString watchedName;
    QString watchedCompetitor;
    for (const WrittenAccount& account : std::as_const(m_writer.written().accounts)) {
        if (m_writer.data().accounts.at(account.row).story == Story::Slipping) {
            watchedName = account.name;
            watchedCompetitor = account.competitor;
        }
    }
    const Tokens noteTokens {
        { QStringLiteral("{successor}"), m_writer.staffName(story.successor) },
        { QStringLiteral("{departed}"), m_writer.staffName(story.departing) },
        { QStringLiteral("{account}"), watchedName },
        { QStringLiteral("{competitor}"), watchedCompetitor },
    };
    const QDateTime at(m_writer.leftOn(), QTime(m_writer.chinese() ? 8 : 15, 30), Qt::UTC);
    qint64 handoverId = 0;
    if (Error error = m_writer.execute(
            QStringLiteral("INSERT INTO handovers (from_staff, successor, at, reason, notes, watch_until) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { departed, m_writer.staffId(story.successor), Clock::toIso(at), m_writer.text(story.reason),
                m_writer.text(story.notes, noteTokens), Clock::toIso(at.addDays(90)) },
            &handoverId)) {
        return error;
    }
    if (Error error = handOverAccounts(handoverId)) {
        return error;
    }
    return m_writer.reportProgress(98);
}

Error OrganisationWriter::handOverAccounts(qint64 handoverId)
{
    const DemoData& data = m_writer.data();
    const qint64 departed = m_writer.staffId(data.handover.departing);
    const qint64 successor = m_writer.staffId(data.handover.successor);
    for (const WrittenAccount& account : std::as_const(m_writer.written().accounts)) {
        if (account.owner != data.handover.departing) {
            continue;
        }
        const AccountRow& source = data.accounts.at(account.row);
        const Segment segmentAtHandover = source.story == Story::Slipping ? Loyal : source.segment;
        const Tokens tokens {
            { QStringLiteral("{contact}"), account.contactNames.first() },
            { QStringLiteral("{product}"),
                m_writer.productName(m_writer.profileOf(source).products.first()) },
            { QStringLiteral("{competitor}"), account.competitor },
        };
        if (Error error = m_writer.execute(
                QStringLiteral("UPDATE accounts SET owner_id = ?, version = version + 1 WHERE party_id = ?"),
                { successor, account.id })) {
            return error;
        }
        if (Error error = m_writer.execute(
                QStringLiteral(
                    "INSERT INTO handover_items (handover_id, item_kind, item_id, to_staff, briefing, "
                    "previous_value) VALUES (?, ?, ?, ?, ?, ?)"),
                { handoverId, QStringLiteral("account"), account.id, successor,
                    m_writer.text(data.handoverBriefings[segmentAtHandover], tokens),
                    QString::number(departed) })) {
            return error;
        }
    }
    return {};
}

} // namespace

Error DemoOrganisation::fill(Database& database, Language language, const std::function<bool(int)>& progress)
{
    auto data = DemoData::load();
    if (!data) {
        return data.error();
    }
    DemoWriter writer(database, std::move(*data), language == Language::Chinese, progress);
    if (Error error = OrganisationWriter(writer).write()) {
        return error;
    }
    if (progress) {
        progress(100);
    }
    return {};
}

} // namespace tandem
