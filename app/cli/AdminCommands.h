#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;

// admin add-user, admin remove-user and admin users: the colleagues who sign in to a team server, each
// with a login role of their own.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit AdminCommands(CliContext& context)
        : m_context(context)
    { }

    Error admin();

private:
    Error addUser();
    Error removeUser();
    Error users();

    CliContext& m_context;
};

} // namespace tandem
