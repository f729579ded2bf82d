#pragma once

#include "Error.h"
#include "Handover.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;
class CommandParser;
class Database;
class ExportFile;

// handover, handover undo and handover watch: passing a departing colleague's work to successors,
// taking it back, and watching the accounts that moved.
class HandoverCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit HandoverCommands(CliContext& context)
        : m_context(context)
    { }

    Error handover();

private:
    Error handOver();
    Error undo();
    Error watch();
    // The plan's texts and days, and the briefing's file name, checked before the database is opened.
    Error readOptions(const CommandParser& parser);
    // Who leaves, who follows, and how the accounts and pairs are shared out.
    Error resolvePlan(Database& database, const CommandParser& parser);
    void printPreview(const QList<Handover::Move>& moves) const;
    void printDone(qint64 id, const QList<Handover::Move>& moves) const;
    Error writeBrief(Handover& handover, qint64 id, ExportFile& file) const;

    CliContext& m_context;
    Handover::Plan m_plan;
    QString m_brief;
    bool m_briefAsHtml = false;
};

} // namespace tandem
