#include "EntityRules.h"

#include "Clock.h"
#include "Database.h"
#include "RequestWorkflow.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>

namespace tandem::entityrules {

bool Context::isDepartedChoice(const QVariant& staff) const
{
    if (staff.isNull()) {
        return false;
    }
    // A reference that stays as it was is history, not a new choice.
    if (changed) {
        bool changing = false;
        for (const QString& field : *changed) {
            changing = changing || row.value(field) == staff;
        }
        if (!changing) {
            return false;
        }
    }
    auto status = statements.scalar(QStringLiteral("SELECT status FROM staff WHERE party_id = ?"), { staff });
    return status && status->toString() == QLatin1String("departed");
}

bool Context::leadsBackToSelf(const QVariant& start, const QString& statement) const
{
    QVariant current = start;
    for (int steps = 0; self != 0 && !current.isNull() && steps < 10000; ++steps) {
        if (current.toLongLong() == self) {
            return true;
        }
        auto up = sql::scalar(database.connection(), statement, { current });
        current = up ? *up : QVariant();
    }
    return false;
}

namespace {

Error department(const Context& context)
{
    if (context.leadsBackToSelf(context.row.value(QStringLiteral("parent_id")),
            QStringLiteral("SELECT parent_id FROM departments WHERE party_id = ?"))) {
        return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
            "Field parent_id: a department cannot sit under itself or under one of its own "
            "sub-departments."));
    }
    return {};
}

Error staff(const Context& context)
{
    const QVariantMap& row = context.row;
    if (context.leadsBackToSelf(row.value(QStringLiteral("manager_id")),
            QStringLiteral("SELECT manager_id FROM staff WHERE party_id = ?"))) {
        return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
            "Field manager_id: a colleague cannot report to themselves, directly or through others."));
    }
    if (context.isDepartedChoice(row.value(QStringLiteral("manager_id")))) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field manager_id: a colleague who has left cannot be a manager."));
    }
    const QString joined = row.value(QStringLiteral("joined_on")).toString();
    const QString left = row.value(QStringLiteral("left_on")).toString();
    if (!joined.isEmpty() && !left.isEmpty() && left < joined) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field left_on: a colleague cannot leave before joining."));
    }
    return {};
}

Error account(const Context& context)
{
    if (context.isDepartedChoice(context.row.value(QStringLiteral("owner_id")))) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field owner_id: a colleague who has left cannot own accounts."));
    }
    return {};
}

Error link(const Context& context)
{
    const QVariant a = context.row.value(QStringLiteral("a_party"));
    const QVariant b = context.row.value(QStringLiteral("b_party"));
    if (a == b) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field b_party: a pair needs two different parties."));
    }
    if (context.isDepartedChoice(a) || context.isDepartedChoice(b)) {
        return Error::badInput(
            QCoreApplication::translate(
                "tandem::EntityStore", "Field %1: a colleague who has left cannot join a pair.")
                .arg(context.isDepartedChoice(a) ? QStringLiteral("a_party") : QStringLiteral("b_party")));
    }
    auto existing = sql::scalar(context.database.connection(),
        QStringLiteral("SELECT id FROM internal_links WHERE a_party = ? AND b_party = ? AND kind = ?"),
        { a, b, context.row.value(QStringLiteral("kind")) });
    if (existing && existing->isValid() && existing->toLongLong() != context.self) {
        return Error::badInput(
            QCoreApplication::translate("tandem::EntityStore", "This pair exists already (pair %1).")
                .arg(existing->toLongLong()));
    }
    return {};
}

Error interaction(const Context& context)
{
    const QVariantMap& row = context.row;
    const QVariant contact = row.value(QStringLiteral("contact_id"));
    if (!contact.isNull()) {
        auto account = sql::scalar(context.database.connection(),
            QStringLiteral("SELECT account_id FROM contacts WHERE id = ?"), { contact });
        if (account && account->toLongLong() != row.value(QStringLiteral("account_id")).toLongLong()) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::EntityStore", "Field contact_id: that contact belongs to another account."));
        }
    }
    const QString due = row.value(QStringLiteral("next_step_due")).toString();
    if (!due.isEmpty() && row.value(QStringLiteral("next_step")).toString().isEmpty()) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field next_step: a due date needs a next step to go with it."));
    }
    return {};
}

Error purchase(const Context& context)
{
    const QVariantMap& row = context.row;
    if (QDate::fromString(row.value(QStringLiteral("purchased_on")).toString(), Qt::ISODate)
        > Clock::today()) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field purchased_on: a purchase cannot be dated in the future."));
    }
    const QString currency = row.value(QStringLiteral("currency")).toString();
    static const QRegularExpression isoCurrency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.isEmpty() && !isoCurrency.match(currency).hasMatch()) {
        return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
            "Field currency must be a three-letter code such as CNY, USD or EUR, not '%1'.")
                                   .arg(currency));
    }
    return {};
}

Error request(const Context& context)
{
    const QVariantMap& row = context.row;
    if (row.value(QStringLiteral("requester")) == row.value(QStringLiteral("provider"))) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field provider: a party cannot request service from itself."));
    }
    const QString due = row.value(QStringLiteral("due_at")).toString();
    if (!due.isEmpty() && due < row.value(QStringLiteral("created_at")).toString()) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field due_at: the due date is before the request was created."));
    }
    if (context.isDepartedChoice(row.value(QStringLiteral("provider")))) {
        return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
            "Field provider: a colleague who has left cannot take on requests; choose someone who is "
            "still here."));
    }
    if (context.isDepartedChoice(row.value(QStringLiteral("corrective_owner")))) {
        return Error::badInput(QCoreApplication::translate("tandem::EntityStore",
            "Field corrective_owner: a colleague who has left cannot own a corrective action."));
    }
    const bool closed = RequestWorkflow::isClosed(row.value(QStringLiteral("status")).toString());
    if (!closed
        && (!row.value(QStringLiteral("requester_rating")).isNull()
            || !row.value(QStringLiteral("provider_rating")).isNull())) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::EntityStore", "Field requester_rating: only a closed request can be rated."));
    }
    return {};
}

} // namespace

Rule ruleFor(const QString& entityName)
{
    static const QHash<QString, Rule> rules {
        { QStringLiteral("department"), &department },
        { QStringLiteral("staff"), &staff },
        { QStringLiteral("account"), &account },
        { QStringLiteral("link"), &link },
        { QStringLiteral("interaction"), &interaction },
        { QStringLiteral("purchase"), &purchase },
        { QStringLiteral("request"), &request },
    };
    return rules.value(entityName, nullptr);
}

} // namespace tandem::entityrules
