#include "DemoData.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem::demo {

namespace {

// Reads one file of demo data. A name that points nowhere is kept as the file's first problem, so that the
// whole file is read in one go and the problem is reported once.
class DataFile
{
public:
    explicit DataFile(const QString& name)
        : m_name(name)
    { }

    QJsonObject open()
    {
        QFile file(QStringLiteral(":/demo/") + m_name);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(file.errorString());
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            fail(parseError.errorString());
        }
        return document.object();
    }

    Error error() const { return m_error; }

    static Text text(const QJsonValue& value)
    {
        if (!value.isObject()) {
            return {};
        }
        const QJsonObject object = value.toObject();
        return { object.value(QLatin1String("en")).toString(), object.value(QLatin1String("zh")).toString() };
    }

    static QList<Text> texts(const QJsonValue& value)
    {
        QList<Text> list;
        for (const QJsonValue item : value.toArray()) {
            list << text(item);
        }
        return list;
    }

    static PhoneFormat phone(const QJsonValue& value)
    {
        const QJsonObject object = value.toObject();
        return { object.value(QLatin1String("prefix")).toString(),
            object.value(QLatin1String("digits")).toInt() };
    }

    static QStringList strings(const QJsonValue& value)
    {
        QStringList list;
        for (const QJsonValue item : value.toArray()) {
            list << item.toString();
        }
        return list;
    }

    // The place of the record `value` names among `keys`; none for a missing name.
    int indexOf(const QHash<QString, int>& keys, const QJsonValue& value)
    {
        if (value.isUndefined()) {
            return none;
        }
        const auto found = keys.constFind(value.toString());
        if (found == keys.constEnd()) {
            unknown(value.toString());
            return none;
        }
        return *found;
    }

    QList<int> indexesOf(const QHash<QString, int>& keys, const QJsonValue& value)
    {
        QList<int> list;
        for (const QJsonValue item : value.toArray()) {
            list << indexOf(keys, item);
        }
        return list;
    }

    void unknown(const QString& key)
    {
        if (!m_error) {
            m_error = Error::badInput(QCoreApplication::translate(
                "tandem::DemoOrganisation", "The demo data file %1 names \"%2\", which it does not define.")
                                          .arg(m_name, key));
        }
    }

private:
    void fail(const QString& reason)
    {
        m_error = Error::badInput(QCoreApplication::translate(
            "tandem::DemoOrganisation", "The demo data file %1 cannot be read: %2.")
                                      .arg(m_name, reason));
    }

    QString m_name;
    Error m_error;
};

QHash<QString, int> keysOf(const QJsonArray& records, const QString& field = QStringLiteral("key"))
{
    QHash<QString, int> keys;
    for (int index = 0; index < records.size(); ++index) {
        keys.insert(records.at(index).toObject().value(field).toString(), index);
    }
    return keys;
}

const QHash<QString, int>& segmentKeys()
{
    static const QHash<QString, int> keys { { QStringLiteral("loyal"), Loyal },
        { QStringLiteral("floating"), Floating }, { QStringLiteral("potential"), Potential } };
    return keys;
}

Segment segmentOf(DataFile& file, const QJsonValue& value)
{
    const int index = file.indexOf(segmentKeys(), value);
    return index == none ? Potential : static_cast<Segment>(index);
}

// Departments and colleagues share one set of names, so that a pair can join either.
class Parties
{
public:
    Parties(const QJsonArray& departments, const QJsonArray& staff)
        : m_departments(keysOf(departments))
        , m_staff(keysOf(staff))
    { }

    int department(DataFile& file, const QJsonValue& value) const
    {
        return file.indexOf(m_departments, value);
    }
    int colleague(DataFile& file, const QJsonValue& value) const { return file.indexOf(m_staff, value); }
    QList<int> colleagues(DataFile& file, const QJsonValue& value) const
    {
        return file.indexesOf(m_staff, value);
    }
    QList<int> departments(DataFile& file, const QJsonValue& value) const
    {
        return file.indexesOf(m_departments, value);
    }

    PartyRef party(DataFile& file, const QJsonValue& value) const
    {
        const QString key = value.toString();
        if (m_departments.contains(key)) {
            return { true, m_departments.value(key) };
        }
        if (m_staff.contains(key)) {
            return { false, m_staff.value(key) };
        }
        file.unknown(key);
        return {};
    }

private:
    QHash<QString, int> m_departments;
    QHash<QString, int> m_staff;
};

void readDepartments(DataFile& file, const QJsonArray& records, const Parties& parties, DemoData& data)
{
    for (int index = 0; index < records.size(); ++index) {
        const QJsonObject record = records.at(index).toObject();
        data.departments << DepartmentRow { parties.department(file, record.value(QLatin1String("parent"))),
            DataFile::text(record.value(QLatin1String("name"))),
            DataFile::text(record.value(QLatin1String("description"))),
            DataFile::phone(record.value(QLatin1String("phone"))), index };
    }
}

void readStaff(DataFile& file, const QJsonArray& records, const Parties& parties, DemoData& data)
{
    for (const QJsonValue value : records) {
        const QJsonObject record = value.toObject();
        data.staff << StaffRow { parties.department(file, record.value(QLatin1String("department"))),
            record.value(QLatin1String("rank")).toInt(),
            parties.colleague(file, record.value(QLatin1String("manager"))),
            DataFile::text(record.value(QLatin1String("name"))),
            record.value(QLatin1String("chinese_login")).toString(),
            DataFile::text(record.value(QLatin1String("title"))),
            record.value(QLatin1String("months_since_joining")).toInt() };
    }
}

void readLinks(DataFile& file, const QJsonArray& records, const Parties& parties, DemoData& data)
{
    static const QHash<QString, int> healthKeys { { QStringLiteral("healthy"), Healthy },
        { QStringLiteral("strained"), Strained }, { QStringLiteral("broken"), Broken } };
    for (const QJsonValue value : records) {
        const QJsonObject record = value.toObject();
        const int health = file.indexOf(healthKeys, record.value(QLatin1String("health")));
        data.links << LinkRow { parties.party(file, record.value(QLatin1String("a"))),
            parties.party(file, record.value(QLatin1String("b"))),
            record.value(QLatin1String("kind")).toString(), record.value(QLatin1String("pattern")).toString(),
            DataFile::text(record.value(QLatin1String("a_to_b"))),
            DataFile::text(record.value(QLatin1String("b_to_a"))),
            DataFile::text(record.value(QLatin1String("notes"))),
            health == none ? Healthy : static_cast<Health>(health),
            record.value(QLatin1String("requests")).toInt() };
    }
}

void readHandover(DataFile& file, const QJsonObject& record, const Parties& parties, DemoData& data)
{
    data.handover = HandoverStory { parties.colleague(file, record.value(QLatin1String("departing"))),
        parties.colleague(file, record.value(QLatin1String("successor"))),
        record.value(QLatin1String("days_ago")).toInt(),
        DataFile::text(record.value(QLatin1String("reason"))),
        DataFile::text(record.value(QLatin1String("notes"))),
        DataFile::text(record.value(QLatin1String("introduction_call"))),
        DataFile::text(record.value(QLatin1String("first_visit"))),
        DataFile::text(record.value(QLatin1String("first_visit_step"))),
        DataFile::text(record.value(QLatin1String("competitor_call"))),
        DataFile::text(record.value(QLatin1String("counter_offer"))) };
}

void readCities(DataFile& file, const QJsonArray& records, const Parties& parties, DemoData& data)
{
    for (const QJsonValue value : records) {
        const QJsonObject record = value.toObject();
        data.cities << City { DataFile::text(record.value(QLatin1String("name"))),
            DataFile::text(record.value(QLatin1String("region"))),
            parties.department(file, record.value(QLatin1String("team"))),
            record.value(QLatin1String("currency")).toString(),
            record.value(QLatin1String("web_suffix")).toString(),
            DataFile::phone(record.value(QLatin1String("phone"))),
            DataFile::phone(record.value(QLatin1String("mobile"))),
            record.value(QLatin1String("area_code")).toString(),
            DataFile::text(record.value(QLatin1String("street"))) };
    }
}

void readProducts(const QJsonArray& records, DemoData& data)
{
    for (const QJsonValue value : records) {
        const QJsonObject record = value.toObject();
        data.products << Product { DataFile::text(record.value(QLatin1String("name"))),
            record.value(QLatin1String("chinese_measure")).toString(),
            record.value(QLatin1String("price_cny")).toInt(),
            record.value(QLatin1String("price_usd")).toInt(),
            record.value(QLatin1String("max_units")).toInt() };
    }
}

void readCategories(DataFile& file, const QJsonArray& records, const QJsonArray& products, DemoData& data)
{
    const QHash<QString, int> productKeys = keysOf(products);
    for (const QJsonValue value : records) {
        const QJsonObject record = value.toObject();
        data.categories << CategoryProfile { record.value(QLatin1String("category")).toString(),
            DataFile::texts(record.value(QLatin1String("decision_makers"))),
            file.indexesOf(productKeys, record.value(QLatin1String("products"))),
            record.value(QLatin1String("min_units")).toInt(),
            record.value(QLatin1String("max_units")).toInt(),
            record.value(QLatin1String("discount_percent")).toInt() };
    }
}

void readAccountRows(DataFile& file, const QJsonObject& root, const Parties& parties, DemoData& data)
{
    static const QHash<QString, int> storyKeys { { QStringLiteral("slipping"), int(Story::Slipping) },
        { QStringLiteral("untouched"), int(Story::Untouched) } };
    const QHash<QString, int> cityKeys = keysOf(root.value(QLatin1String("cities")).toArray());
    const QHash<QString, int> categoryKeys
        = keysOf(root.value(QLatin1String("categories")).toArray(), QStringLiteral("category"));
    for (const QJsonValue value : root.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject record = value.toObject();
        const int story = file.indexOf(storyKeys, record.value(QLatin1String("story")));
        data.accounts << AccountRow { std::max(
                                          0, file.indexOf(cityKeys, record.value(QLatin1String("city")))),
            std::max(0, file.indexOf(categoryKeys, record.value(QLatin1String("category")))),
            segmentOf(file, record.value(QLatin1String("segment"))),
            parties.colleague(file, record.value(QLatin1String("owner"))),
            story == none ? Story::None : static_cast<Story>(story),
            DataFile::text(record.value(QLatin1String("name"))),
            record.value(QLatin1String("english_slug")).toString(),
            record.value(QLatin1String("chinese_slug")).toString() };
    }
}

void readAccounts(DataFile& file, const QJsonObject& root, const Parties& parties, DemoData& data)
{
    readCities(file, root.value(QLatin1String("cities")).toArray(), parties, data);
    readProducts(root.value(QLatin1String("products")).toArray(), data);
    readCategories(file, root.value(QLatin1String("categories")).toArray(),
        root.value(QLatin1String("products")).toArray(), data);
    readAccountRows(file, root, parties, data);
    data.competitors = DataFile::texts(root.value(QLatin1String("competitors")));
    data.sources = DataFile::texts(root.value(QLatin1String("sources")));
    const QJsonObject notes = root.value(QLatin1String("account_notes")).toObject();
    const QJsonObject briefings = root.value(QLatin1String("handover_briefings")).toObject();
    for (auto it = segmentKeys().constBegin(); it != segmentKeys().constEnd(); ++it) {
        data.accountNotes[it.value()] = DataFile::texts(notes.value(it.key()));
        data.handoverBriefings[it.value()] = DataFile::text(briefings.value(it.key()));
    }
    for (const QJsonValue value : root.value(QLatin1String("segment_changes")).toArray()) {
        const QJsonObject record = value.toObject();
        data.segmentReasons << SegmentChangeReason { segmentOf(file, record.value(QLatin1String("from"))),
            segmentOf(file, record.value(QLatin1String("to"))),
            DataFile::text(record.value(QLatin1String("reason"))) };
    }
}

QList<ChineseName> chineseNames(const QJsonValue& value)
{
    QList<ChineseName> names;
    for (const QJsonValue item : value.toArray()) {
        names << ChineseName { item.toObject().value(QLatin1String("hanzi")).toString(),
            item.toObject().value(QLatin1String("pinyin")).toString() };
    }
    return names;
}

void readContacts(const QJsonObject& root, DemoData& data)
{
    data.chineseSurnames = chineseNames(root.value(QLatin1String("chinese_surnames")));
    data.chineseGivenNames = chineseNames(root.value(QLatin1String("chinese_given_names")));
    data.englishFirstNames = DataFile::strings(root.value(QLatin1String("english_first_names")));
    data.englishLastNames = DataFile::strings(root.value(QLatin1String("english_last_names")));
    data.chineseMobilePrefixes = DataFile::strings(root.value(QLatin1String("chinese_mobile_prefixes")));
    data.contactTitles = DataFile::texts(root.value(QLatin1String("contact_titles")));
    data.contactNotes = DataFile::texts(root.value(QLatin1String("contact_notes")));
    data.nextSteps = DataFile::texts(root.value(QLatin1String("next_steps")));
    for (const QJsonValue value : root.value(QLatin1String("interactions")).toArray()) {
        const QJsonObject record = value.toObject();
        data.interactionKinds << InteractionKind { record.value(QLatin1String("kind")).toString(),
            DataFile::texts(record.value(QLatin1String("summaries"))) };
        const QJsonObject weights = record.value(QLatin1String("weights")).toObject();
        for (auto it = segmentKeys().constBegin(); it != segmentKeys().constEnd(); ++it) {
            data.interactionWeights[it.value()] << weights.value(it.key()).toInt();
        }
    }
}

void readRequestTemplates(DataFile& file, const QJsonObject& root, const Parties& parties, DemoData& data)
{
    const QJsonObject templates = root.value(QLatin1String("provider_templates")).toObject();
    for (auto it = templates.constBegin(); it != templates.constEnd(); ++it) {
        const int department = parties.department(file, it.key());
        if (department != none) {
            data.departments[department].templates = parties.department(file, it.value());
        }
    }
    static const QHash<QString, int> audienceKeys { { QStringLiteral("colleagues"),
                                                        int(Audience::Colleagues) },
        { QStringLiteral("customers"), int(Audience::Customers) },
        { QStringLiteral("both"), int(Audience::Both) } };
    for (const QJsonValue value : root.value(QLatin1String("templates")).toArray()) {
        const QJsonObject record = value.toObject();
        const QJsonValue provider = record.value(QLatin1String("provider"));
        const int audience = file.indexOf(audienceKeys, record.value(QLatin1String("audience")));
        data.requestTemplates << RequestTemplate { provider.toString() == QLatin1String("reporting")
                ? reportingGroup
                : parties.department(file, provider),
            audience == none ? Audience::Colleagues : static_cast<Audience>(audience),
            DataFile::text(record.value(QLatin1String("title"))),
            DataFile::text(record.value(QLatin1String("description"))),
            DataFile::text(record.value(QLatin1String("acceptance"))) };
    }
}

void readRequests(DataFile& file, const QJsonObject& root, const Parties& parties, DemoData& data)
{
    readRequestTemplates(file, root, parties, data);
    data.reportsUpwardFrom = parties.department(file, root.value(QLatin1String("reports_upward_from")));
    const QJsonObject customers = root.value(QLatin1String("from_customers")).toObject();
    data.customerRequests = customers.value(QLatin1String("count")).toInt();
    data.customerService = parties.department(file, customers.value(QLatin1String("service")));
    const QJsonObject outside = root.value(QLatin1String("outside_pairs")).toObject();
    data.outsidePairRequests = outside.value(QLatin1String("count")).toInt();
    data.outsidePairRequesters = parties.colleagues(file, outside.value(QLatin1String("requesters")));
    data.outsidePairProviders = parties.departments(file, outside.value(QLatin1String("providers")));
    data.outsidePairFallback = parties.department(file, outside.value(QLatin1String("fallback")));
    data.requesterFeedback = DataFile::texts(root.value(QLatin1String("requester_feedback")));
    data.providerFeedback = DataFile::texts(root.value(QLatin1String("provider_feedback")));
    for (const QJsonValue value : root.value(QLatin1String("delays")).toArray()) {
        data.delays << Delay { DataFile::text(value.toObject().value(QLatin1String("reason"))),
            DataFile::text(value.toObject().value(QLatin1String("corrective_action"))) };
    }
    data.waitingNote = DataFile::text(root.value(QLatin1String("waiting_note")));
    data.rejectedNote = DataFile::text(root.value(QLatin1String("rejected_note")));
    data.cancelledNote = DataFile::text(root.value(QLatin1String("cancelled_note")));
}

} // namespace

Result<DemoData> DemoData::load()
{
    DemoData data;
    DataFile organisationFile(QStringLiteral("organisation.json"));
    const QJsonObject organisation = organisationFile.open();
    const QJsonArray departments = organisation.value(QLatin1String("departments")).toArray();
    const QJsonArray staff = organisation.value(QLatin1String("staff")).toArray();
    const Parties parties(departments, staff);
    data.companyDomain = DataFile::text(organisation.value(QLatin1String("company_domain")));
    data.headOfficePhone = DataFile::phone(organisation.value(QLatin1String("head_office_phone")));
    readDepartments(organisationFile, departments, parties, data);
    readStaff(organisationFile, staff, parties, data);
    readLinks(organisationFile, organisation.value(QLatin1String("pairs")).toArray(), parties, data);
    readHandover(organisationFile, organisation.value(QLatin1String("handover")).toObject(), parties, data);
    if (organisationFile.error()) {
        return organisationFile.error();
    }

    DataFile accountsFile(QStringLiteral("accounts.json"));
    readAccounts(accountsFile, accountsFile.open(), parties, data);
    DataFile contactsFile(QStringLiteral("contacts.json"));
    readContacts(contactsFile.open(), data);
    DataFile requestsFile(QStringLiteral("requests.json"));
    readRequests(requestsFile, requestsFile.open(), parties, data);
    for (const DataFile* file : { &accountsFile, &contactsFile, &requestsFile }) {
        if (file->error()) {
            return file->error();
        }
    }
    return data;
}

} // namespace tandem::demo
