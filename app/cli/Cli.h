#pragma once

#include "CliContext.h"
#include "Error.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace tandem {

// tandem-cli: the command-line contract of DESIGN.md over the same model code the GUI uses. Each command
// lives in a small room (SetupCommands, ListCommand, ...) over one CliContext; Cli finds the room, and
// prints what went wrong with the usage when the words were wrong.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    // `arguments` without the program's name; output and errors go to `out` and `err`.
    Cli(const QStringList& arguments, QIODevice& out, QIODevice& err);

    // Runs the command and returns the process exit code (0 done, 1 usage, 2 bad input, 3 database, 4 not
    // found).
    int run();

    static QString usageText();

private:
    Error dispatch();

    CliContext m_context;
};

} // namespace tandem
