#include "AdminCommands.h"

#include "CliContext.h"
#include "CommandParser.h"
#include "Database.h"
#include "TeamMembers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace tandem {

namespace {

QJsonObject memberObject(const team::Member& member)
{
    return { { QStringLiteral("login"), member.login }, { QStringLiteral("staff"), member.staff },
        { QStringLiteral("staff_name"), member.staffName },
        { QStringLiteral("role"), team::roleText(member.role) },
        { QStringLiteral("can_sign_in"), member.canSignIn } };
}

// One line of standard input without its line end. At a terminal the typing is not shown, so that the
// password stays off the screen; a script pipes it in (echo … | tandem-cli admin add-user …).
QString readPasswordLine(const CliContext& context, const QString& prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios shown = {};
    if (terminal && ::tcgetattr(STDIN_FILENO, &shown) == 0) {
        context.err(prompt);
        termios hidden = shown;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    QFile input;
    QByteArray line;
    if (input.open(stdin, QIODevice::ReadOnly)) {
        line = input.readLine();
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &shown);
        context.err(QStringLiteral("\n"));
    }
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    return QString::fromUtf8(line);
}

} // namespace

Error AdminCommands::admin()
{
    const QStringList& words = m_context.words();
    const QString subcommand = words.size() >= 2 ? words.at(1) : QString();
    if (subcommand == QLatin1String("add-user")) {
        return addUser();
    }
    if (subcommand == QLatin1String("remove-user")) {
        return removeUser();
    }
    if (subcommand == QLatin1String("users")) {
        return users();
    }
    return Error::usage(tr("admin takes add-user, remove-user or users."));
}

Error AdminCommands::addUser()
{
    const QString usage
        = tr("admin add-user takes one LOGIN, --staff REF and --role rep, manager or admin; the password is "
             "read from standard input.");
    CommandParser parser(
        [](const QString& option) { return tr("admin add-user has no option --%1.").arg(option); });
    parser.option(QStringLiteral("staff")).option(QStringLiteral("role"));
    if (Error error = parser.parse(m_context.words().mid(2), 1, usage)) {
        return error;
    }
    const auto role = team::roleFromText(parser.value(QStringLiteral("role")));
    if (!parser.isSet(QStringLiteral("staff")) || !role) {
        return Error::usage(usage);
    }
    const QString login = parser.positional().first();
    const QString password = readPasswordLine(m_context, tr("Password for %1: ").arg(login));
    if (password.isEmpty()) {
        return Error::badInput(tr("No password was given on standard input; %1 was not added.").arg(login));
    }
    auto database = m_context.openDatabase(CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    auto staff = m_context.resolveOption(
        QStringLiteral("staff"), QStringLiteral("staff"), parser.value(QStringLiteral("staff")));
    if (!staff) {
        return staff.error();
    }
    if (Error error = team::addMember(**database, login, *staff, *role, password)) {
        return error;
    }
    auto added = team::members(**database);
    if (!added) {
        return added.error();
    }
    for (const team::Member& member : std::as_const(*added)) {
        if (member.login != login) {
            continue;
        }
        if (m_context.json()) {
            m_context.outJson(memberObject(member));
        } else if (member.canSignIn) {
            m_context.out(
                tr("%1 signs in as %2 (%3).\n").arg(login, member.staffName, team::roleLabel(*role)));
        } else {
            m_context.out(tr("%1 is %2 (%3), who has left: the login cannot sign in until they are marked "
                             "active again.\n")
                              .arg(login, member.staffName, team::roleLabel(*role)));
        }
    }
    return {};
}

Error AdminCommands::removeUser()
{
    if (m_context.words().size() != 3) {
        return Error::usage(tr("admin remove-user takes one LOGIN."));
    }
    const QString login = m_context.words().at(2);
    auto database = m_context.openDatabase(CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    if (Error error = team::removeMember(**database, login)) {
        return error;
    }
    if (m_context.json()) {
        m_context.outJson(QJsonObject { { QStringLiteral("login"), login } });
    } else {
        m_context.out(tr("%1 can no longer sign in; the login was removed.\n").arg(login));
    }
    return {};
}

Error AdminCommands::users()
{
    if (m_context.words().size() != 2) {
        return Error::usage(tr("admin users takes no arguments."));
    }
    auto list
        = m_context.ask(CliContext::Access::Read, [](Database& database) { return team::members(database); });
    if (!list) {
        return list.error();
    }
    if (m_context.json()) {
        QJsonArray array;
        for (const team::Member& member : std::as_const(*list)) {
            array.append(memberObject(member));
        }
        m_context.outJson(array);
        return {};
    }
    const QStringList header { tr("Login"), tr("Colleague"), tr("Role"), tr("Can sign in") };
    m_context.out(header.join(QLatin1Char('\t')) + QLatin1Char('\n'));
    for (const team::Member& member : std::as_const(*list)) {
        const QStringList cells { member.login,
            QStringLiteral("%1 (%2)").arg(member.staffName).arg(member.staff), team::roleLabel(member.role),
            member.canSignIn ? tr("yes") : tr("no") };
        m_context.out(cells.join(QLatin1Char('\t')) + QLatin1Char('\n'));
    }
    return {};
}

} // namespace tandem
