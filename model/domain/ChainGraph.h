#pragma once

#include "Error.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace tandem {

class Database;

// The service chain as a directed graph over parties: supplier → customer for every non-empty direction
// of a pair, owner → account for every owned account, and department → member (and parent → sub-
// department), because a department's work reaches the outside through its people. Loaded once, then
// asked many questions.
class ChainGraph
{
public:
    enum class Via
    {
        Rank,
        Function,
        Process,
        Owner, // a colleague serves the accounts they own
        Member, // a department serves through its members and sub-departments
    };

    struct Edge
    {
        qint64 supplier = 0;
        qint64 customer = 0;
        Via via = Via::Rank;
        qint64 linkId = 0; // the pair, for rank, function and process edges
        QString what; // what the supplier supplies, from the pair
        bool oneSided = false; // the pair's other direction is empty
    };

    // How one edge is doing, from the requests its customer raised with its supplier.
    struct EdgeHealth
    {
        Edge edge;
        int open = 0; // requests not closed yet
        int overdue = 0; // open requests past their due date
        int rated = 0;
        double satisfaction = 0; // mean requester rating of the rated ones, 1 to 5; 0 when none
    };

    static Result<ChainGraph> load(Database& database);

    bool contains(qint64 party) const { return m_index.contains(party); }
    QString kindOf(qint64 party) const; // department, staff or account
    int edgeCount() const { return int(m_edges.size()); }

    // Every external account X ultimately serves, nearest first.
    QList<qint64> servedAccounts(qint64 party) const;
    // One shortest path from X to each of up to `limit` served accounts, as party ids from X to the account.
    QList<QList<qint64>> pathsToAccounts(qint64 party, int limit) const;
    // Everyone who supplies X, directly or through others, nearest first.
    QList<qint64> suppliers(qint64 party) const;
    // Everyone within `distance` steps of X, following edges either way; X included.
    QSet<qint64> around(qint64 party, int distance) const;
    // A department, its sub-departments and their active members.
    QSet<qint64> departmentWithMembers(qint64 department) const;
    // The service chain `parties` are part of: they, everyone who supplies any of them, and the paths from
    // them to the `accountLimit` nearest accounts they serve.
    QSet<qint64> chainOf(const QSet<qint64>& parties, int accountLimit) const;
    // The party that owns the most accounts (the lowest id among equals); 0 when nobody owns one.
    qint64 busiestOwner() const;
    // The internal parties (departments and colleagues), in load order.
    QList<qint64> internalParties() const;
    // The accounts each of `owners` owns.
    QList<qint64> accountsOwnedBy(const QSet<qint64>& owners) const;
    // Departments and colleagues whose work reaches no external account.
    QList<qint64> reachingNoAccount() const;
    // The edges along the given paths, each once.
    QList<Edge> edgesAlong(const QList<QList<qint64>>& paths) const;
    // The edges from X to its direct customers.
    QList<Edge> edgesFrom(qint64 party) const;
    // The edges from X's direct suppliers into X.
    QList<Edge> edgesInto(qint64 party) const;

    // The edges among `parties`, in load order.
    QList<Edge> edgesAmong(const QSet<qint64>& parties) const;

    // Health of each edge, worst first: most overdue requests, then lowest satisfaction.
    static Result<QList<EdgeHealth>> health(Database& database, const QList<Edge>& edges);

    // The weakest link on X's chain (the paths to up to `accountLimit` served accounts and the edges into X):
    // late work first, then a rating below the middle. Nothing when every link is healthy.
    static Result<std::optional<EdgeHealth>> weakestLink(
        Database& database, const ChainGraph& graph, qint64 party, int accountLimit);
    // The weakest of the links among `parties` (membership aside), by the same rule.
    static Result<std::optional<EdgeHealth>> weakestAmong(
        Database& database, const ChainGraph& graph, const QSet<qint64>& parties);

    static QString viaName(Via via); // rank, function, process, owner, member

private:
    // How a search moves: along edges (forward), against them (backward) or both; how far; which edges.
    struct Walk
    {
        bool forward = true;
        bool backward = false;
        int maxDepth = -1; // no limit
        bool stopAtAccounts = false;
        std::function<bool(const Edge&)> follow; // empty: every edge
    };
    // Breadth-first from all `starts` at once; the nodes reached in order, and how each was reached.
    std::vector<int> walk(
        const std::vector<int>& starts, const Walk& how, std::vector<int>* parentEdge) const;
    std::vector<int> breadthFirst(int start, bool forward, std::vector<int>* parentEdge) const;
    static Result<std::optional<EdgeHealth>> weakestOf(Database& database, const QList<Edge>& edges);
    int nodeOf(qint64 party);

    QHash<qint64, int> m_index;
    std::vector<qint64> m_ids;
    std::vector<char> m_kinds; // 'd', 's', 'a'
    std::vector<Edge> m_edges;
    std::vector<std::vector<int>> m_out; // edge indexes by supplier node
    std::vector<std::vector<int>> m_in; // edge indexes by customer node
};

} // namespace tandem
