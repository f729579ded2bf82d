#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;

// init, demo and generate: the commands that make a database and fill it.
class SetupCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit SetupCommands(CliContext& context)
        : m_context(context)
    { }

    Error init();
    Error demo();
    Error generate();

private:
    CliContext& m_context;
};

} // namespace tandem
