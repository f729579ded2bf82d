#include "TeamMembers.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tandem::team {

namespace {

// The server keeps the members in functions of its own (PostgresTeamSchema.cpp) that run as the
// database's owner, so that a value never becomes part of a statement's text; they report what they
// refuse with Tandem's own SQLSTATEs.
const QString notAnAdmin = QStringLiteral("TD001");
const QString unknownColleague = QStringLiteral("TD002");
const QString loginExists = QStringLiteral("TD003");
const QString needsCreateRole = QStringLiteral("TD004");
const QString unknownMember = QStringLiteral("TD005");
const QString badLogin = QStringLiteral("TD007");
const QString emptyPassword = QStringLiteral("TD008");
const QString ownLogin = QStringLiteral("TD009");

Error onlyOnServer(const Database& database)
{
    return Error::database(QCoreApplication::translate("tandem::TeamMembers",
        "Team members exist only on a team server; %1 is a file, and whoever opens a file sees all of it.")
                               .arg(database.path()));
}

Error loginRefused(const QString& login)
{
    return Error::badInput(QCoreApplication::translate("tandem::TeamMembers",
        "A login is 1 to 63 bytes long and does not begin with pg_; \"%1\" is not one.")
                               .arg(login));
}

Error passwordRefused()
{
    return Error::badInput(QCoreApplication::translate(
        "tandem::TeamMembers", "The password is empty; a member needs one to sign in."));
}

// The sentence for what the server refused while changing the member `login`.
Error memberError(const QSqlError& error, const QString& login, qint64 staff)
{
    const QString state = error.nativeErrorCode();
    if (state == notAnAdmin) {
        return Error::badInput(QCoreApplication::translate("tandem::TeamMembers",
            "Only an administrator of the team server can add or remove its members; sign in as one."));
    }
    if (state == unknownColleague) {
        return Error::notFound(QCoreApplication::translate("tandem::TeamMembers",
            "There is no colleague with the id %1; add the colleague first, then their login.")
                                   .arg(staff));
    }
    if (state == loginExists) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::TeamMembers", "The login %1 already exists on the team server; choose another name.")
                                   .arg(login));
    }
    if (state == needsCreateRole) {
        return Error::database(QCoreApplication::translate("tandem::TeamMembers",
            "The team server refused to create or change the login %1: the owner of the database needs the "
            "CREATEROLE right, which a superuser grants with ALTER ROLE (the owner) CREATEROLE.")
                                   .arg(login));
    }
    if (state == unknownMember) {
        return Error::notFound(
            QCoreApplication::translate("tandem::TeamMembers", "%1 is not a member of this team.")
                .arg(login));
    }
    if (state == badLogin) {
        return loginRefused(login);
    }
    if (state == emptyPassword) {
        return passwordRefused();
    }
    if (state == ownLogin) {
        return Error::badInput(QCoreApplication::translate("tandem::TeamMembers",
            "%1 is the login you are signed in with; sign in as another administrator to remove it.")
                                   .arg(login));
    }
    return sql::errorFrom(error, QString());
}

// Runs one of the server's member functions in a transaction of its own.
Error callMemberFunction(Database& database, const QString& statement, const QVariantList& values,
    const QString& login, qint64 staff)
{
    // Made before the transaction, so that it is freed after the rollback: the server refuses to free a
    // prepared statement inside a failed transaction.
    QSqlQuery query(database.connection());
    Transaction transaction(database);
    if (transaction.error()) {
        return transaction.error();
    }
    if (!query.prepare(statement)) {
        return memberError(query.lastError(), login, staff);
    }
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        return memberError(query.lastError(), login, staff);
    }
    return transaction.commit();
}

// What a login role's name may be on PostgreSQL, checked before the server is asked.
bool isLoginName(const QString& login)
{
    return !login.isEmpty() && login.toUtf8().size() <= 63 && !login.startsWith(QLatin1String("pg_"));
}

} // namespace

QString roleText(Role role)
{
    switch (role) {
    case Role::Rep:
        return QStringLiteral("rep");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromText(const QString& text)
{
    for (Role role : { Role::Rep, Role::Manager, Role::Admin }) {
        if (roleText(role) == text) {
            return role;
        }
    }
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Rep:
        return QCoreApplication::translate("tandem::TeamMembers", "Sales rep");
    case Role::Manager:
        return QCoreApplication::translate("tandem::TeamMembers", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("tandem::TeamMembers", "Administrator");
    }
    return {};
}

Result<qint64> signedInStaff(Database& database)
{
    if (!database.isServer()) {
        return qint64(0);
    }
    auto staff = sql::run(database.connection(),
        QStringLiteral("SELECT staff_id FROM team_members WHERE login = ?"), { database.login() });
    if (!staff) {
        return staff.error();
    }
    return staff->next() ? staff->value(0).toLongLong() : qint64(0);
}

Result<QList<Member>> members(Database& database)
{
    if (!database.isServer()) {
        return onlyOnServer(database);
    }
    auto rows = sql::run(database.connection(),
        QStringLiteral("SELECT m.login, m.staff_id, s.name, m.role, m.can_sign_in FROM tandem_members() m "
                       "JOIN staff s ON s.party_id = m.staff_id ORDER BY m.login"));
    if (!rows) {
        return rows.error();
    }
    QList<Member> list;
    while (rows->next()) {
        Member member;
        member.login = rows->value(0).toString();
        member.staff = rows->value(1).toLongLong();
        member.staffName = rows->value(2).toString();
        member.role = roleFromText(rows->value(3).toString()).value_or(Role::Rep);
        member.canSignIn = rows->value(4).toBool();
        list << member;
    }
    return list;
}

Error addMember(Database& database, const QString& login, qint64 staff, Role role, const QString& password)
{
    if (!database.isServer()) {
        return onlyOnServer(database);
    }
    if (!isLoginName(login)) {
        return loginRefused(login);
    }
    if (password.isEmpty()) {
        return passwordRefused();
    }
    return callMemberFunction(database, QStringLiteral("SELECT tandem_add_member(?, ?, ?, ?)"),
        { login, staff, roleText(role), password }, login, staff);
}

Error removeMember(Database& database, const QString& login)
{
    if (!database.isServer()) {
        return onlyOnServer(database);
    }
    return callMemberFunction(
        database, QStringLiteral("SELECT tandem_remove_member(?)"), { login }, login, 0);
}

} // namespace tandem::team
