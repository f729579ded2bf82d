#pragma once

#include "Error.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;
struct Entity;

// show, add, set, remove and search: one record at a time, and finding records by their text. (list has
// its own room, ListCommand.)
class RecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit RecordCommands(CliContext& context)
        : m_context(context)
    { }

    Error show();
    Error add();
    // Changes fields of one record, from the version a script read when it gives --expect-version.
    Error set();
    Error remove();
    Error search();

private:
    // The kind of record `set` and `remove` take, named by the command's second word.
    Result<const Entity*> editable(const QString& command) const;

    CliContext& m_context;
};

} // namespace tandem
