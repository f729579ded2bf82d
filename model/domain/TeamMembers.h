#pragma once

#include "Error.h"

#include <QList>
#include <QString>
#include <optional>

namespace tandem {

class Database;

// The colleagues who sign in to a team server, each with a login role of their own that the server
// checks (row-level security). A file has no members: whoever opens it sees everything.
namespace team {

enum class Role
{
    Rep, // their own accounts
    Manager, // the accounts of everyone below them in the organisation
    Admin, // everything, and the members
};

struct Member
{
    QString login;
    qint64 staff = 0;
    QString staffName;
    Role role = Role::Rep;
    bool canSignIn = true; // false once the colleague departed
};

// The colleague the signed-in login is, or 0 on a file or for a login that is no member (the server's
// owner, say).
Result<qint64> signedInStaff(Database& database);

// A role as stored ("rep", "manager", "admin") and back; nullopt for another word.
QString roleText(Role role);
std::optional<Role> roleFromText(const QString& text);
// A role as a person reads it, translated.
QString roleLabel(Role role);

// The members by login: all of them for an admin or the server's owner, only oneself for anyone else
// (the server shows no more).
Result<QList<Member>> members(Database& database);
// Makes `login` a PostgreSQL login role with `password`, in the database's group of members, signing in
// as colleague `staff` with `role`; one server transaction. A departed colleague's login cannot sign in
// until they are marked active again. Needs an admin (or the owner), and the owner needs CREATEROLE.
Error addMember(Database& database, const QString& login, qint64 staff, Role role, const QString& password);
// Takes the member's login role away; one server transaction.
Error removeMember(Database& database, const QString& login);

} // namespace team
} // namespace tandem
