#pragma once

#include "Error.h"
#include "RequestWorkflow.h"

#include <QCoreApplication>

namespace tandem {

class CliContext;
class CommandParser;
class Database;
struct SatisfactionScore;

// request and satisfaction: moving a service request along its lifecycle, and how satisfied each side
// is.
class RequestCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit RequestCommands(CliContext& context)
        : m_context(context)
    { }

    Error request();
    Error satisfaction();

private:
    // Declares the options `action` takes; an unknown action is a usage error.
    static Error declareOptions(CommandParser& parser, const QString& action);
    // The ratings given, a side only when its rating or feedback is.
    static Result<RequestWorkflow::Ratings> ratingsFrom(const CommandParser& parser);
    Result<RequestWorkflow::Step> takeStep(Database& database, qint64 id, const QString& action,
        const CommandParser& parser, const RequestWorkflow::Ratings& ratings) const;
    Result<RequestWorkflow::StatusChange> statusChange(
        const QString& action, const CommandParser& parser, const RequestWorkflow::Ratings& ratings) const;
    void printRanking(const QList<SatisfactionScore>& ranking, int days) const;
    void printScore(const SatisfactionScore& score, int days) const;

    CliContext& m_context;
};

} // namespace tandem
