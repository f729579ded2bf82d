#include "ChainGraph.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"
#include "Words.h"

#include <QSet>
#include <algorithm>
#include <deque>

namespace tandem {

int ChainGraph::nodeOf(qint64 party)
{
    const auto found = m_index.constFind(party);
    if (found != m_index.constEnd()) {
        return found.value();
    }
    const int node = int(m_ids.size());
    m_index.insert(party, node);
    m_ids.push_back(party);
    m_kinds.push_back('a');
    m_out.emplace_back();
    m_in.emplace_back();
    return node;
}

Result<ChainGraph> ChainGraph::load(Database& database)
{
    ChainGraph graph;
    const QSqlDatabase db = database.connection();
    auto parties = sql::run(db, QStringLiteral("SELECT id, kind FROM parties WHERE kind <> 'account'"));
    if (!parties) {
        return parties.error();
    }
    while (parties->next()) {
        const int node = graph.nodeOf(parties->value(0).toLongLong());
        graph.m_kinds[size_t(node)] = parties->value(1).toString() == QLatin1String("department") ? 'd' : 's';
    }
    auto addEdge = [&graph](qint64 supplier, qint64 customer, Via via, qint64 linkId, const QString& what,
                       bool oneSided = false) {
        const int from = graph.nodeOf(supplier);
        const int to = graph.nodeOf(customer);
        const int index = int(graph.m_edges.size());
        graph.m_edges.push_back({ supplier, customer, via, linkId, what, oneSided });
        graph.m_out[size_t(from)].push_back(index);
        graph.m_in[size_t(to)].push_back(index);
    };
    auto links = sql::run(db,
        QStringLiteral("SELECT id, a_party, b_party, kind, a_to_b, b_to_a FROM internal_links ORDER BY id"));
    if (!links) {
        return links.error();
    }
    while (links->next()) {
        const QString kind = links->value(3).toString();
        const Via via = kind == QLatin1String("rank") ? Via::Rank
            : kind == QLatin1String("function")       ? Via::Function
                                                      : Via::Process;
        const QString aToB = links->value(4).toString().trimmed();
        const QString bToA = links->value(5).toString().trimmed();
        const bool oneSided = aToB.isEmpty() != bToA.isEmpty();
        if (!aToB.isEmpty()) {
            addEdge(links->value(1).toLongLong(), links->value(2).toLongLong(), via,
                links->value(0).toLongLong(), aToB, oneSided);
        }
        if (!bToA.isEmpty()) {
            addEdge(links->value(2).toLongLong(), links->value(1).toLongLong(), via,
                links->value(0).toLongLong(), bToA, oneSided);
        }
    }
    auto owners = sql::run(db,
        QStringLiteral("SELECT owner_id, party_id FROM accounts WHERE owner_id IS NOT NULL ORDER BY "
                       "owner_id, party_id"));
    if (!owners) {
        return owners.error();
    }
    while (owners->next()) {
        addEdge(owners->value(0).toLongLong(), owners->value(1).toLongLong(), Via::Owner, 0, QString());
    }
    auto members = sql::run(db,
        QStringLiteral(
            "SELECT department_id, party_id FROM staff WHERE department_id IS NOT NULL AND status = 'active' "
            "UNION ALL SELECT parent_id, party_id FROM departments WHERE parent_id IS NOT NULL ORDER BY 1, "
            "2"));
    if (!members) {
        return members.error();
    }
    while (members->next()) {
        addEdge(members->value(0).toLongLong(), members->value(1).toLongLong(), Via::Member, 0, QString());
    }
    return graph;
}

QString ChainGraph::kindOf(qint64 party) const
{
    const auto found = m_index.constFind(party);
    if (found == m_index.constEnd()) {
        return {};
    }
    switch (m_kinds.at(size_t(found.value()))) {
    case 'd':
        return QStringLiteral("department");
    case 's':
        return QStringLiteral("staff");
    default:
        return QStringLiteral("account");
    }
}

Result<std::optional<ChainGraph::EdgeHealth>> ChainGraph::weakestOf(
    Database& database, const QList<Edge>& edges)
{
    auto health = ChainGraph::health(database, edges);
    if (!health) {
        return health.error();
    }
    std::optional<EdgeHealth> weakest;
    if (!health->isEmpty()
        && (health->first().overdue > 0
            || (health->first().rated > 0 && health->first().satisfaction < 3.0))) {
        weakest = health->first();
    }
    return weakest;
}

Result<std::optional<ChainGraph::EdgeHealth>> ChainGraph::weakestLink(
    Database& database, const ChainGraph& graph, qint64 party, int accountLimit)
{
    QList<Edge> edges = graph.edgesAlong(graph.pathsToAccounts(party, accountLimit));
    edges << graph.edgesInto(party);
    return weakestOf(database, edges);
}

Result<std::optional<ChainGraph::EdgeHealth>> ChainGraph::weakestAmong(
    Database& database, const ChainGraph& graph, const QSet<qint64>& parties)
{
    QList<Edge> edges = graph.edgesAmong(parties);
    // A department serves through its members: the membership itself carries no requests.
    edges.removeIf([](const Edge& edge) { return edge.via == Via::Member; });
    return weakestOf(database, edges);
}

QString ChainGraph::viaName(Via via)
{
    switch (via) {
    case Via::Rank:
        return QStringLiteral("rank");
    case Via::Function:
        return QStringLiteral("function");
    case Via::Process:
        return QStringLiteral("process");
    case Via::Owner:
        return QStringLiteral("owner");
    case Via::Member:
        return QStringLiteral("member");
    }
    return {};
}

std::vector<int> ChainGraph::walk(
    const std::vector<int>& starts, const Walk& how, std::vector<int>* parentEdge) const
{
    std::vector<int> depth(m_ids.size(), -1);
    std::vector<int> order;
    if (parentEdge) {
        parentEdge->assign(m_ids.size(), -1);
    }
    std::deque<int> queue;
    for (int start : starts) {
        depth[size_t(start)] = 0;
        queue.push_back(start);
    }
    auto visit = [&](int node, int edge, int next) {
        if (depth.at(size_t(next)) < 0) {
            depth[size_t(next)] = depth.at(size_t(node)) + 1;
            if (parentEdge) {
                (*parentEdge)[size_t(next)] = edge;
            }
            queue.push_back(next);
        }
    };
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        order.push_back(node);
        if (how.maxDepth >= 0 && depth.at(size_t(node)) >= how.maxDepth) {
            continue;
        }
        // Accounts serve nobody further: a chain ends at the outside customer.
        if (how.stopAtAccounts && depth.at(size_t(node)) > 0 && m_kinds.at(size_t(node)) == 'a') {
            continue;
        }
        if (how.forward) {
            for (int edge : m_out.at(size_t(node))) {
                if (!how.follow || how.follow(m_edges.at(size_t(edge)))) {
                    visit(node, edge, m_index.value(m_edges.at(size_t(edge)).customer));
                }
            }
        }
        if (how.backward) {
            for (int edge : m_in.at(size_t(node))) {
                if (!how.follow || how.follow(m_edges.at(size_t(edge)))) {
                    visit(node, edge, m_index.value(m_edges.at(size_t(edge)).supplier));
                }
            }
        }
    }
    return order;
}

std::vector<int> ChainGraph::breadthFirst(int start, bool forward, std::vector<int>* parentEdge) const
{
    Walk how;
    how.forward = forward;
    how.backward = !forward;
    how.stopAtAccounts = forward;
    return walk({ start }, how, parentEdge);
}

QList<qint64> ChainGraph::servedAccounts(qint64 party) const
{
    QList<qint64> accounts;
    if (!contains(party)) {
        return accounts;
    }
    const int start = m_index.value(party);
    for (int node : breadthFirst(start, true, nullptr)) {
        if (node != start && m_kinds.at(size_t(node)) == 'a') {
            accounts << m_ids.at(size_t(node));
        }
    }
    return accounts;
}

QList<QList<qint64>> ChainGraph::pathsToAccounts(qint64 party, int limit) const
{
    QList<QList<qint64>> paths;
    if (!contains(party)) {
        return paths;
    }
    const int start = m_index.value(party);
    std::vector<int> parentEdge;
    for (int node : breadthFirst(start, true, &parentEdge)) {
        if (node == start || m_kinds.at(size_t(node)) != 'a') {
            continue;
        }
        if (paths.size() >= limit) {
            break;
        }
        QList<qint64> path;
        for (int at = node; at != start;
             at = m_index.value(m_edges.at(size_t(parentEdge.at(size_t(at)))).supplier)) {
            path.prepend(m_ids.at(size_t(at)));
        }
        path.prepend(party);
        paths << path;
    }
    return paths;
}

QList<qint64> ChainGraph::suppliers(qint64 party) const
{
    QList<qint64> result;
    if (!contains(party)) {
        return result;
    }
    const int start = m_index.value(party);
    for (int node : breadthFirst(start, false, nullptr)) {
        if (node != start) {
            result << m_ids.at(size_t(node));
        }
    }
    return result;
}

QSet<qint64> ChainGraph::around(qint64 party, int distance) const
{
    QSet<qint64> reached;
    if (!contains(party)) {
        return reached;
    }
    Walk how;
    how.backward = true;
    how.maxDepth = distance;
    for (int node : walk({ m_index.value(party) }, how, nullptr)) {
        reached.insert(m_ids.at(size_t(node)));
    }
    return reached;
}

QSet<qint64> ChainGraph::departmentWithMembers(qint64 department) const
{
    QSet<qint64> members;
    if (!contains(department)) {
        return members;
    }
    Walk how;
    how.follow = [](const Edge& edge) {
        return edge.via == Via::Member;
    };
    for (int node : walk({ m_index.value(department) }, how, nullptr)) {
        members.insert(m_ids.at(size_t(node)));
    }
    return members;
}

QSet<qint64> ChainGraph::chainOf(const QSet<qint64>& parties, int accountLimit) const
{
    QSet<qint64> chain;
    std::vector<int> starts;
    for (qint64 party : parties) {
        if (contains(party)) {
            starts.push_back(m_index.value(party));
            chain.insert(party);
        }
    }
    Walk upstream;
    upstream.forward = false;
    upstream.backward = true;
    for (int node : walk(starts, upstream, nullptr)) {
        chain.insert(m_ids.at(size_t(node)));
    }
    Walk downstream;
    downstream.stopAtAccounts = true;
    std::vector<int> parentEdge;
    int accounts = 0;
    for (int node : walk(starts, downstream, &parentEdge)) {
        if (accounts >= accountLimit) {
            break;
        }
        if (m_kinds.at(size_t(node)) != 'a' || parentEdge.at(size_t(node)) < 0) {
            continue;
        }
        ++accounts;
        for (int at = node; parentEdge.at(size_t(at)) >= 0;
             at = m_index.value(m_edges.at(size_t(parentEdge.at(size_t(at)))).supplier)) {
            chain.insert(m_ids.at(size_t(at)));
        }
    }
    return chain;
}

qint64 ChainGraph::busiestOwner() const
{
    qint64 busiest = 0;
    int most = 0;
    for (size_t node = 0; node < m_ids.size(); ++node) {
        const auto owned = std::count_if(m_out.at(node).begin(), m_out.at(node).end(),
            [this](int edge) { return m_edges.at(size_t(edge)).via == Via::Owner; });
        if (owned > most || (owned == most && owned > 0 && m_ids.at(node) < busiest)) {
            most = int(owned);
            busiest = m_ids.at(node);
        }
    }
    return busiest;
}

QList<qint64> ChainGraph::internalParties() const
{
    QList<qint64> parties;
    for (size_t node = 0; node < m_ids.size(); ++node) {
        if (m_kinds.at(node) != 'a') {
            parties << m_ids.at(node);
        }
    }
    return parties;
}

QList<qint64> ChainGraph::accountsOwnedBy(const QSet<qint64>& owners) const
{
    QList<qint64> accounts;
    for (qint64 owner : owners) {
        if (!contains(owner)) {
            continue;
        }
        for (int edge : m_out.at(size_t(m_index.value(owner)))) {
            if (m_edges.at(size_t(edge)).via == Via::Owner) {
                accounts << m_edges.at(size_t(edge)).customer;
            }
        }
    }
    return accounts;
}

QList<qint64> ChainGraph::reachingNoAccount() const
{
    // One backward search from every account at once marks everyone whose work reaches the outside.
    std::vector<int> accounts;
    for (size_t node = 0; node < m_ids.size(); ++node) {
        if (m_kinds.at(node) == 'a') {
            accounts.push_back(int(node));
        }
    }
    Walk how;
    how.forward = false;
    how.backward = true;
    std::vector<char> reaches(m_ids.size(), 0);
    for (int node : walk(accounts, how, nullptr)) {
        reaches[size_t(node)] = 1;
    }
    QList<qint64> isolated;
    for (size_t node = 0; node < m_ids.size(); ++node) {
        if (!reaches[node]) {
            isolated << m_ids.at(node);
        }
    }
    std::sort(isolated.begin(), isolated.end());
    return isolated;
}

QList<ChainGraph::Edge> ChainGraph::edgesAlong(const QList<QList<qint64>>& paths) const
{
    QList<Edge> edges;
    QSet<QPair<qint64, qint64>> seen;
    for (const QList<qint64>& path : paths) {
        for (int i = 0; i + 1 < path.size(); ++i) {
            const QPair<qint64, qint64> key(path.at(i), path.at(i + 1));
            if (seen.contains(key) || !contains(key.first)) {
                continue;
            }
            seen.insert(key);
            for (int edge : m_out.at(size_t(m_index.value(key.first)))) {
                if (m_edges.at(size_t(edge)).customer == key.second) {
                    edges << m_edges.at(size_t(edge));
                    break;
                }
            }
        }
    }
    return edges;
}

QList<ChainGraph::Edge> ChainGraph::edgesAmong(const QSet<qint64>& parties) const
{
    QList<Edge> edges;
    for (qint64 party : parties) {
        if (!contains(party)) {
            continue;
        }
        for (int edge : m_out.at(size_t(m_index.value(party)))) {
            if (parties.contains(m_edges.at(size_t(edge)).customer)) {
                edges << m_edges.at(size_t(edge));
            }
        }
    }
    std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
        return std::tie(a.supplier, a.customer, a.linkId) < std::tie(b.supplier, b.customer, b.linkId);
    });
    return edges;
}

QList<ChainGraph::Edge> ChainGraph::edgesFrom(qint64 party) const
{
    QList<Edge> edges;
    if (contains(party)) {
        for (int edge : m_out.at(size_t(m_index.value(party)))) {
            edges << m_edges.at(size_t(edge));
        }
    }
    return edges;
}

QList<ChainGraph::Edge> ChainGraph::edgesInto(qint64 party) const
{
    QList<Edge> edges;
    if (contains(party)) {
        for (int edge : m_in.at(size_t(m_index.value(party)))) {
            edges << m_edges.at(size_t(edge));
        }
    }
    return edges;
}

Result<QList<ChainGraph::EdgeHealth>> ChainGraph::health(Database& database, const QList<Edge>& edges)
{
    QList<EdgeHealth> result;
    const QString now = Clock::nowIso();
    QSqlQuery query(database.connection());
    // The customer of an edge is the requester, its supplier the provider.
    if (!query.prepare(QStringLiteral("SELECT coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0), "
                                      "coalesce(sum(CASE WHEN %1 AND due_at < ? THEN 1 ELSE 0 END), 0), "
                                      "count(requester_rating), coalesce(avg(requester_rating), 0) FROM "
                                      "service_requests WHERE provider = ? AND requester = ?")
                           .arg(requestIsOpenSql()))) {
        return sql::errorFrom(query.lastError(), QString());
    }
    for (const Edge& edge : edges) {
        query.bindValue(0, now);
        query.bindValue(1, edge.supplier);
        query.bindValue(2, edge.customer);
        if (Error error = sql::exec(query, QString())) {
            return error;
        }
        EdgeHealth health { edge, 0, 0, 0, 0 };
        if (query.next()) {
            health.open = query.value(0).toInt();
            health.overdue = query.value(1).toInt();
            health.rated = query.value(2).toInt();
            health.satisfaction = query.value(3).toDouble();
        }
        query.finish();
        result << health;
    }
    std::stable_sort(result.begin(), result.end(), [](const EdgeHealth& a, const EdgeHealth& b) {
        if (a.overdue != b.overdue) {
            return a.overdue > b.overdue;
        }
        // An unrated edge says nothing about satisfaction, so it sorts after every rated one.
        const double left = a.rated > 0 ? a.satisfaction : 6;
        const double right = b.rated > 0 ? b.satisfaction : 6;
        return left < right;
    });
    return result;
}

} // namespace tandem
