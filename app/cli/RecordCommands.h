#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;

// show, add and search: one record at a time, and finding records by their text. (list has its own
// room, ListCommand.)
class RecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit RecordCommands(CliContext& context)
        : m_context(context)
    { }

    Error show();
    Error add();
    Error search();

private:
    CliContext& m_context;
};

} // namespace tandem
