#pragma once

#include "ChainGraph.h"
#include "Error.h"

#include <QCoreApplication>
#include <QHash>

namespace tandem {

class CliContext;
class Database;
class EntityStore;

// chain: whom a party serves, who supplies it and its weakest link, as text, JSON, DOT or SVG; and the
// parties whose work reaches no external account.
class ChainCommands
{
    Q_DECLARE_TR_FUNCTIONS(tandem::Cli)

public:
    explicit ChainCommands(CliContext& context)
        : m_context(context)
    { }

    Error chain();

private:
    // What one party's chain shows, gathered once for the text and the JSON.
    struct Summary
    {
        qint64 id = 0;
        QString name;
        QList<qint64> served;
        QList<QList<qint64>> paths;
        QList<qint64> suppliers;
        std::optional<ChainGraph::EdgeHealth> weakest;
    };

    void printUnconnected(const ChainGraph& graph, const EntityStore& store) const;
    Error printPicture(Database& database, const ChainGraph& graph, qint64 id) const;
    void printJson(const ChainGraph& graph, const Summary& summary) const;
    void printText(const ChainGraph& graph, const Summary& summary, const EntityStore& store) const;

    CliContext& m_context;
    QString m_format;
    QString m_layout;
    int m_accountLimit = 10;
};

} // namespace tandem
