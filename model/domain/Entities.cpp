#include "Entities.h"

#include "Words.h"

#include <QCoreApplication>
#include <QMap>

namespace tandem {

namespace {

Field text(const QString& name, const char* label, bool required = false)
{
    return { name, FieldType::Text, label, required, {}, {}, {} };
}
Field lines(const QString& name, const char* label)
{
    return { name, FieldType::Lines, label, false, {}, {}, {} };
}
Field longText(const QString& name, const char* label)
{
    return { name, FieldType::LongText, label, false, {}, {}, {} };
}
Field typed(const QString& name, FieldType type, const char* label, bool required = false,
    const QString& defaultValue = {})
{
    return { name, type, label, required, defaultValue, {}, {} };
}
Field choice(const QString& name, const char* label, const QStringList& choices,
    const QString& defaultValue = {}, bool required = false)
{
    return { name, FieldType::Choice, label, required, defaultValue, choices, {} };
}
Field reference(const QString& name, const char* label, const QString& entity, bool required = false)
{
    return { name, FieldType::Reference, label, required, {}, {}, entity };
}

QList<Entity> makeEntities()
{
    QList<Entity> list;
    list << Entity { QStringLiteral("department"), QStringLiteral("departments"),
        QStringLiteral("departments"), QStringLiteral("party_id"), QStringLiteral("department"),
        QStringLiteral("name"), { QStringLiteral("name") },
        { QStringLiteral("name"), QStringLiteral("parent_id") },
        {
            text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tandem::Field", "Name"), true),
            reference(QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("tandem::Field", "Parent department"),
                QStringLiteral("department")),
            longText(QStringLiteral("description"), QT_TRANSLATE_NOOP("tandem::Field", "Description")),
        } };
    list << Entity { QStringLiteral("staff"), QStringLiteral("staff"), QStringLiteral("staff"),
        QStringLiteral("party_id"), QStringLiteral("staff"), QStringLiteral("name"),
        { QStringLiteral("name"), QStringLiteral("email") },
        { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("department_id"),
            QStringLiteral("status") },
        {
            text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tandem::Field", "Name"), true),
            typed(QStringLiteral("email"), FieldType::Email, QT_TRANSLATE_NOOP("tandem::Field", "E-mail")),
            text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("tandem::Field", "Phone")),
            text(QStringLiteral("title"), QT_TRANSLATE_NOOP("tandem::Field", "Job title")),
            choice(QStringLiteral("rank_level"), QT_TRANSLATE_NOOP("tandem::Field", "Rank level"),
                { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") }, QStringLiteral("3")),
            reference(QStringLiteral("department_id"), QT_TRANSLATE_NOOP("tandem::Field", "Department"),
                QStringLiteral("department")),
            reference(QStringLiteral("manager_id"), QT_TRANSLATE_NOOP("tandem::Field", "Manager"),
                QStringLiteral("staff")),
            choice(QStringLiteral("status"), QT_TRANSLATE_NOOP("tandem::Field", "Status"),
                { QStringLiteral("active"), QStringLiteral("departed") }, QStringLiteral("active")),
            typed(QStringLiteral("joined_on"), FieldType::Date,
                QT_TRANSLATE_NOOP("tandem::Field", "Joined on")),
            typed(QStringLiteral("left_on"), FieldType::Date, QT_TRANSLATE_NOOP("tandem::Field", "Left on")),
        } };
    list << Entity { QStringLiteral("link"), QStringLiteral("links"), QStringLiteral("internal_links"),
        QStringLiteral("id"), {}, {}, {},
        { QStringLiteral("a_party"), QStringLiteral("kind"), QStringLiteral("b_party") },
        {
            reference(QStringLiteral("a_party"), QT_TRANSLATE_NOOP("tandem::Field", "Party A"),
                QStringLiteral("party"), true),
            reference(QStringLiteral("b_party"), QT_TRANSLATE_NOOP("tandem::Field", "Party B"),
                QStringLiteral("party"), true),
            choice(QStringLiteral("kind"), QT_TRANSLATE_NOOP("tandem::Field", "Kind"),
                words::storedTexts<LinkKind>(), {}, true),
            choice(QStringLiteral("pattern"), QT_TRANSLATE_NOOP("tandem::Field", "Pattern"),
                { QStringLiteral("horizontal"), QStringLiteral("pipeline"), QStringLiteral("team") }),
            longText(QStringLiteral("a_to_b"), QT_TRANSLATE_NOOP("tandem::Field", "What A supplies B")),
            longText(QStringLiteral("b_to_a"), QT_TRANSLATE_NOOP("tandem::Field", "What B supplies A")),
            longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tandem::Field", "Notes")),
        } };
    list << Entity { QStringLiteral("account"), QStringLiteral("accounts"), QStringLiteral("accounts"),
        QStringLiteral("party_id"), QStringLiteral("account"), QStringLiteral("name"),
        { QStringLiteral("name"), QStringLiteral("email") },
        { QStringLiteral("name"), QStringLiteral("segment"), QStringLiteral("owner_id"),
            QStringLiteral("city") },
        {
            text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tandem::Field", "Name"), true),
            choice(QStringLiteral("kind"), QT_TRANSLATE_NOOP("tandem::Field", "Kind"),
                { QStringLiteral("organization"), QStringLiteral("person") }, QStringLiteral("organization")),
            choice(QStringLiteral("category"), QT_TRANSLATE_NOOP("tandem::Field", "Category"),
                { QStringLiteral("consumer"), QStringLiteral("client"), QStringLiteral("retailer"),
                    QStringLiteral("distributor"), QStringLiteral("end_user"), QStringLiteral("other") }),
            choice(QStringLiteral("segment"), QT_TRANSLATE_NOOP("tandem::Field", "Segment"),
                words::storedTexts<Segment>(), words::stored(Segment::Potential)),
            reference(QStringLiteral("owner_id"), QT_TRANSLATE_NOOP("tandem::Field", "Owner"),
                QStringLiteral("staff")),
            text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("tandem::Field", "Phone")),
            typed(QStringLiteral("email"), FieldType::Email, QT_TRANSLATE_NOOP("tandem::Field", "E-mail")),
            text(QStringLiteral("website"), QT_TRANSLATE_NOOP("tandem::Field", "Website")),
            lines(QStringLiteral("address"), QT_TRANSLATE_NOOP("tandem::Field", "Address")),
            text(QStringLiteral("city"), QT_TRANSLATE_NOOP("tandem::Field", "City")),
            text(QStringLiteral("region"), QT_TRANSLATE_NOOP("tandem::Field", "Region")),
            text(QStringLiteral("source"), QT_TRANSLATE_NOOP("tandem::Field", "Source")),
            text(QStringLiteral("competitors"), QT_TRANSLATE_NOOP("tandem::Field", "Competitors")),
            longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tandem::Field", "Notes")),
        } };
    list << Entity { QStringLiteral("contact"), QStringLiteral("contacts"), QStringLiteral("contacts"),
        QStringLiteral("id"), {}, QStringLiteral("name"), { QStringLiteral("name"), QStringLiteral("email") },
        { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("account_id"),
            QStringLiteral("mobile") },
        {
            reference(QStringLiteral("account_id"), QT_TRANSLATE_NOOP("tandem::Field", "Account"),
                QStringLiteral("account"), true),
            text(QStringLiteral("name"), QT_TRANSLATE_NOOP("tandem::Field", "Name"), true),
            text(QStringLiteral("title"), QT_TRANSLATE_NOOP("tandem::Field", "Job title")),
            text(QStringLiteral("phone"), QT_TRANSLATE_NOOP("tandem::Field", "Phone")),
            text(QStringLiteral("mobile"), QT_TRANSLATE_NOOP("tandem::Field", "Mobile")),
            typed(QStringLiteral("email"), FieldType::Email, QT_TRANSLATE_NOOP("tandem::Field", "E-mail")),
            longText(QStringLiteral("notes"), QT_TRANSLATE_NOOP("tandem::Field", "Notes")),
        } };
    list << Entity { QStringLiteral("interaction"), QStringLiteral("interactions"),
        QStringLiteral("interactions"), QStringLiteral("id"), {}, {}, {},
        { QStringLiteral("occurred_at"), QStringLiteral("kind"), QStringLiteral("account_id"),
            QStringLiteral("summary") },
        {
            reference(QStringLiteral("account_id"), QT_TRANSLATE_NOOP("tandem::Field", "Account"),
                QStringLiteral("account"), true),
            reference(QStringLiteral("contact_id"), QT_TRANSLATE_NOOP("tandem::Field", "Contact"),
                QStringLiteral("contact")),
            reference(QStringLiteral("staff_id"), QT_TRANSLATE_NOOP("tandem::Field", "Staff member"),
                QStringLiteral("staff")),
            choice(QStringLiteral("kind"), QT_TRANSLATE_NOOP("tandem::Field", "Kind"),
                words::storedTexts<InteractionKind>(), {}, true),
            typed(QStringLiteral("occurred_at"), FieldType::DateTime,
                QT_TRANSLATE_NOOP("tandem::Field", "When"), true, QStringLiteral("now")),
            longText(QStringLiteral("summary"), QT_TRANSLATE_NOOP("tandem::Field", "Summary")),
            text(QStringLiteral("next_step"), QT_TRANSLATE_NOOP("tandem::Field", "Next step")),
            typed(QStringLiteral("next_step_due"), FieldType::Date,
                QT_TRANSLATE_NOOP("tandem::Field", "Next step due")),
            typed(QStringLiteral("next_step_done"), FieldType::Flag,
                QT_TRANSLATE_NOOP("tandem::Field", "Next step done"), false, QStringLiteral("0")),
        } };
    list << Entity { QStringLiteral("purchase"), QStringLiteral("purchases"), QStringLiteral("purchases"),
        QStringLiteral("id"), {}, {}, {},
        { QStringLiteral("purchased_on"), QStringLiteral("account_id"), QStringLiteral("amount"),
            QStringLiteral("currency") },
        {
            reference(QStringLiteral("account_id"), QT_TRANSLATE_NOOP("tandem::Field", "Account"),
                QStringLiteral("account"), true),
            typed(QStringLiteral("purchased_on"), FieldType::Date,
                QT_TRANSLATE_NOOP("tandem::Field", "Purchased on"), true),
            typed(QStringLiteral("amount"), FieldType::Money,
                QT_TRANSLATE_NOOP("tandem::Field", "Amount (minor units)"), true),
            text(QStringLiteral("currency"), QT_TRANSLATE_NOOP("tandem::Field", "Currency")),
            longText(QStringLiteral("description"), QT_TRANSLATE_NOOP("tandem::Field", "Description")),
            typed(QStringLiteral("from_competitor"), FieldType::Flag,
                QT_TRANSLATE_NOOP("tandem::Field", "From a competitor"), false, QStringLiteral("0")),
        } };
    list << Entity { QStringLiteral("request"), QStringLiteral("requests"),
        QStringLiteral("service_requests"), QStringLiteral("id"), {}, QStringLiteral("title"),
        { QStringLiteral("title") },
        { QStringLiteral("title"), QStringLiteral("requester"), QStringLiteral("provider"),
            QStringLiteral("status"), QStringLiteral("due_at") },
        {
            reference(QStringLiteral("requester"), QT_TRANSLATE_NOOP("tandem::Field", "Requester"),
                QStringLiteral("party"), true),
            reference(QStringLiteral("provider"), QT_TRANSLATE_NOOP("tandem::Field", "Provider"),
                QStringLiteral("party"), true),
            reference(QStringLiteral("link_id"), QT_TRANSLATE_NOOP("tandem::Field", "Pair"),
                QStringLiteral("link")),
            text(QStringLiteral("title"), QT_TRANSLATE_NOOP("tandem::Field", "Title"), true),
            longText(QStringLiteral("description"), QT_TRANSLATE_NOOP("tandem::Field", "Description")),
            longText(QStringLiteral("acceptance"), QT_TRANSLATE_NOOP("tandem::Field", "Acceptance criteria")),
            choice(QStringLiteral("priority"), QT_TRANSLATE_NOOP("tandem::Field", "Priority"),
                words::storedTexts<Priority>(), words::stored(Priority::Normal)),
            choice(QStringLiteral("status"), QT_TRANSLATE_NOOP("tandem::Field", "Status"),
                words::storedTexts<RequestStatus>(), words::stored(RequestStatus::Open)),
            typed(QStringLiteral("created_at"), FieldType::DateTime,
                QT_TRANSLATE_NOOP("tandem::Field", "Created"), true, QStringLiteral("now")),
            typed(QStringLiteral("due_at"), FieldType::DateTime, QT_TRANSLATE_NOOP("tandem::Field", "Due")),
            typed(QStringLiteral("closed_at"), FieldType::DateTime,
                QT_TRANSLATE_NOOP("tandem::Field", "Closed")),
            longText(QStringLiteral("delay_reason"), QT_TRANSLATE_NOOP("tandem::Field", "Delay reason")),
            longText(
                QStringLiteral("corrective_action"), QT_TRANSLATE_NOOP("tandem::Field", "Corrective action")),
            reference(QStringLiteral("corrective_owner"),
                QT_TRANSLATE_NOOP("tandem::Field", "Corrective action owner"), QStringLiteral("staff")),
            typed(QStringLiteral("requester_rating"), FieldType::Rating,
                QT_TRANSLATE_NOOP("tandem::Field", "Requester's rating")),
            longText(QStringLiteral("requester_feedback"),
                QT_TRANSLATE_NOOP("tandem::Field", "Requester's feedback")),
            typed(QStringLiteral("provider_rating"), FieldType::Rating,
                QT_TRANSLATE_NOOP("tandem::Field", "Provider's rating")),
            longText(QStringLiteral("provider_feedback"),
                QT_TRANSLATE_NOOP("tandem::Field", "Provider's feedback")),
        } };
    return list;
}

// The other stored values with their English words, translated in the "tandem::Choice" context; the typed
// words (request status, priority, segment, interaction and pair kinds) are spelled in Words.cpp.
struct ChoiceLabel
{
    const char* field;
    const char* value;
    const char* label;
};
const ChoiceLabel choiceLabels[] = {
    { "category", "consumer", QT_TRANSLATE_NOOP("tandem::Choice", "Consumer") },
    { "category", "client", QT_TRANSLATE_NOOP("tandem::Choice", "Client") },
    { "category", "retailer", QT_TRANSLATE_NOOP("tandem::Choice", "Retailer") },
    { "category", "distributor", QT_TRANSLATE_NOOP("tandem::Choice", "Distributor") },
    { "category", "end_user", QT_TRANSLATE_NOOP("tandem::Choice", "End user") },
    { "category", "other", QT_TRANSLATE_NOOP("tandem::Choice", "Other") },
    { "kind", "organization", QT_TRANSLATE_NOOP("tandem::Choice", "Organization") },
    { "kind", "person", QT_TRANSLATE_NOOP("tandem::Choice", "Person") },
    { "pattern", "horizontal", QT_TRANSLATE_NOOP("tandem::Choice", "Horizontal") },
    { "pattern", "pipeline", QT_TRANSLATE_NOOP("tandem::Choice", "Pipeline") },
    { "pattern", "team", QT_TRANSLATE_NOOP("tandem::Choice", "Team") },
    { "status", "active", QT_TRANSLATE_NOOP("tandem::Choice", "Active") },
    { "status", "departed", QT_TRANSLATE_NOOP("tandem::Choice", "Departed") },
    { "rank_level", "1", QT_TRANSLATE_NOOP("tandem::Choice", "Top management") },
    { "rank_level", "2", QT_TRANSLATE_NOOP("tandem::Choice", "Middle management") },
    { "rank_level", "3", QT_TRANSLATE_NOOP("tandem::Choice", "Front line") },
    { "party_kind", "department", QT_TRANSLATE_NOOP("tandem::Choice", "Department") },
    { "party_kind", "staff", QT_TRANSLATE_NOOP("tandem::Choice", "Staff member") },
    { "party_kind", "account", QT_TRANSLATE_NOOP("tandem::Choice", "External account") },
    { "via", "rank", QT_TRANSLATE_NOOP("tandem::Choice", "Rank pair") },
    { "via", "function", QT_TRANSLATE_NOOP("tandem::Choice", "Function pair") },
    { "via", "process", QT_TRANSLATE_NOOP("tandem::Choice", "Process pair") },
    { "via", "owner", QT_TRANSLATE_NOOP("tandem::Choice", "Owns the account") },
    { "via", "member", QT_TRANSLATE_NOOP("tandem::Choice", "Membership") },
};

} // namespace

bool Entity::isVersioned() const
{
    // The tables of recordVersionColumns() (schema version 7).
    static const QStringList versioned { QStringLiteral("departments"), QStringLiteral("staff"),
        QStringLiteral("internal_links"), QStringLiteral("accounts"), QStringLiteral("contacts"),
        QStringLiteral("service_requests") };
    return versioned.contains(table);
}

QStringList Entity::fieldNames() const
{
    QStringList names;
    for (const Field& candidate : fields) {
        names << candidate.name;
    }
    return names;
}

const Field* Entity::field(const QString& fieldName) const
{
    for (const Field& candidate : fields) {
        if (candidate.name == fieldName) {
            return &candidate;
        }
    }
    return nullptr;
}

bool isDeadline(const Field& field)
{
    return field.name == QLatin1String("due_at") || field.name == QLatin1String("next_step_due");
}

namespace entities {

const QList<Entity>& all()
{
    static const QList<Entity> list = makeEntities();
    return list;
}

const Entity* find(const QString& name)
{
    for (const Entity& entity : all()) {
        if (entity.name == name || entity.plural == name) {
            return &entity;
        }
    }
    return nullptr;
}

const Entity& department()
{
    return all().at(0);
}
const Entity& staff()
{
    return all().at(1);
}
const Entity& link()
{
    return all().at(2);
}
const Entity& account()
{
    return all().at(3);
}
const Entity& contact()
{
    return all().at(4);
}
const Entity& interaction()
{
    return all().at(5);
}
const Entity& purchase()
{
    return all().at(6);
}
const Entity& request()
{
    return all().at(7);
}

} // namespace entities

namespace labels {

QString field(const Field& field)
{
    return QCoreApplication::translate("tandem::Field", field.label);
}

QString explained(const Entity& entity, const QString& message)
{
    // "Field " as the language in use says it, taken from the model's own sentence.
    const QString marker = QStringLiteral("\x1f");
    const QString sample
        = QCoreApplication::translate("tandem::EntityStore", "Field %1 is required.").arg(marker);
    const QString prefix = sample.left(sample.indexOf(marker));
    QString text = message;
    for (const Field& field : entity.fields) {
        const QString named = prefix + field.name;
        for (qsizetype at = text.indexOf(named); at >= 0; at = text.indexOf(named, at + 1)) {
            const qsizetype end = at + named.size();
            if (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_'))) {
                continue; // "Field name" must not touch "Field name_key"
            }
            text.replace(at, named.size(), prefix + labels::field(field));
        }
        if (field.choices.size() > 1) {
            QStringList shown;
            for (const QString& value : field.choices) {
                shown << labels::choice(field.name, value);
            }
            text.replace(field.choices.join(QStringLiteral(", ")), shown.join(QStringLiteral(", ")));
        }
    }
    return text;
}

QString choice(const QString& fieldName, const QString& value)
{
    if (const std::optional<QString> word = words::labelOfStored(fieldName, value)) {
        return *word;
    }
    for (const ChoiceLabel& label : choiceLabels) {
        if (fieldName == QLatin1String(label.field) && value == QLatin1String(label.value)) {
            return QCoreApplication::translate("tandem::Choice", label.label);
        }
    }
    return value;
}

QString partyKind(const QString& kind)
{
    return choice(QStringLiteral("party_kind"), kind);
}

QString entity(const QString& entityName)
{
    static const QMap<QString, const char*> words {
        { QStringLiteral("department"), QT_TRANSLATE_NOOP("tandem::Entity", "department") },
        { QStringLiteral("staff"), QT_TRANSLATE_NOOP("tandem::Entity", "colleague") },
        { QStringLiteral("link"), QT_TRANSLATE_NOOP("tandem::Entity", "pair") },
        { QStringLiteral("account"), QT_TRANSLATE_NOOP("tandem::Entity", "account") },
        { QStringLiteral("contact"), QT_TRANSLATE_NOOP("tandem::Entity", "contact") },
        { QStringLiteral("interaction"), QT_TRANSLATE_NOOP("tandem::Entity", "interaction") },
        { QStringLiteral("purchase"), QT_TRANSLATE_NOOP("tandem::Entity", "purchase") },
        { QStringLiteral("request"), QT_TRANSLATE_NOOP("tandem::Entity", "request") },
    };
    const char* word = words.value(entityName, nullptr);
    return word ? QCoreApplication::translate("tandem::Entity", word) : entityName;
}

} // namespace labels

} // namespace tandem
