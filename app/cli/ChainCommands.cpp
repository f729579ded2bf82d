#include "ChainCommands.h"

#include "ChainDot.h"
#include "CliContext.h"
#include "CommandParser.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Graphviz.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tandem {

Error ChainCommands::chain()
{
    CommandParser parser([](const QString& option) { return tr("chain has no option --%1.").arg(option); });
    parser.flag(QStringLiteral("unconnected"))
        .option(QStringLiteral("format"))
        .option(QStringLiteral("layout"))
        .option(QStringLiteral("accounts"));
    if (Error error = parser.parse(m_context.words().mid(1))) {
        return error;
    }
    m_format = parser.value(QStringLiteral("format"));
    m_layout = parser.value(QStringLiteral("layout"));
    const QString accountsText = parser.value(QStringLiteral("accounts"));
    if (!m_format.isEmpty() && m_format != QLatin1String("text") && m_format != QLatin1String("dot")
        && m_format != QLatin1String("svg")) {
        return Error::usage(tr("--format must be text, dot or svg."));
    }
    if (!m_layout.isEmpty() && m_layout != QLatin1String("flow") && m_layout != QLatin1String("pyramid")) {
        return Error::usage(tr("--layout must be flow or pyramid."));
    }
    if (!accountsText.isEmpty()) {
        bool ok = false;
        m_accountLimit = accountsText.toInt(&ok);
        if (!ok || m_accountLimit < 0) {
            return Error::usage(tr("--accounts needs a whole number."));
        }
    }
    const bool unconnected = parser.isSet(QStringLiteral("unconnected"));
    const QStringList& positional = parser.positional();
    if (unconnected ? !positional.isEmpty() : positional.size() != 1) {
        return Error::usage(tr("chain needs one REF, or --unconnected."));
    }
    auto database = m_context.openDatabase(CliContext::Access::Read);
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    auto graph = ChainGraph::load(**database);
    if (!graph) {
        return graph.error();
    }
    if (unconnected) {
        printUnconnected(*graph, store);
        return {};
    }
    auto id = store.resolve(QStringLiteral("party"), positional.first());
    if (!id) {
        return id.error();
    }
    if (m_format == QLatin1String("dot") || m_format == QLatin1String("svg")) {
        return printPicture(**database, *graph, *id);
    }
    Summary summary;
    summary.id = *id;
    summary.name = store.displayName(QStringLiteral("party"), *id);
    summary.served = graph->servedAccounts(*id);
    summary.paths = graph->pathsToAccounts(*id, m_accountLimit);
    summary.suppliers = graph->suppliers(*id);
    auto weakestLink = ChainGraph::weakestLink(**database, *graph, *id, m_accountLimit);
    if (!weakestLink) {
        return weakestLink.error();
    }
    summary.weakest = *weakestLink;
    if (m_context.json()) {
        printJson(*graph, summary);
    } else {
        printText(*graph, summary, store);
    }
    return {};
}

void ChainCommands::printUnconnected(const ChainGraph& graph, const EntityStore& store) const
{
    const QList<qint64> isolated = graph.reachingNoAccount();
    if (m_context.json()) {
        QJsonArray array;
        for (qint64 id : isolated) {
            array.append(
                QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("kind"), graph.kindOf(id) },
                    { QStringLiteral("name"), store.displayName(QStringLiteral("party"), id) } });
        }
        m_context.outJson(array);
        return;
    }
    for (qint64 id : isolated) {
        m_context.out(
            QStringLiteral("%1\t%2\t%3\n")
                .arg(id)
                .arg(labels::partyKind(graph.kindOf(id)), store.displayName(QStringLiteral("party"), id)));
    }
}

Error ChainCommands::printPicture(Database& database, const ChainGraph& graph, qint64 id) const
{
    const auto layout
        = m_layout == QLatin1String("pyramid") ? ChainDot::Layout::Pyramid : ChainDot::Layout::Flow;
    auto dot
        = ChainDot::write(database, graph, ChainDot::neighbourhood(graph, id, m_accountLimit), layout, id);
    if (!dot) {
        return dot.error();
    }
    if (m_format == QLatin1String("dot")) {
        m_context.out(*dot);
        return {};
    }
    auto svg = Graphviz::render(*dot, QStringLiteral("svg"));
    if (!svg) {
        return svg.error();
    }
    m_context.outBytes(*svg);
    return {};
}

void ChainCommands::printJson(const ChainGraph& graph, const Summary& summary) const
{
    QJsonArray pathArray;
    for (const auto& path : summary.paths) {
        QJsonArray ids;
        for (qint64 party : path) {
            ids.append(party);
        }
        pathArray.append(ids);
    }
    QJsonArray supplierArray;
    for (qint64 supplier : summary.suppliers) {
        supplierArray.append(supplier);
    }
    QJsonObject object { { QStringLiteral("id"), summary.id },
        { QStringLiteral("kind"), graph.kindOf(summary.id) }, { QStringLiteral("name"), summary.name },
        { QStringLiteral("serves_accounts"), summary.served.size() }, { QStringLiteral("paths"), pathArray },
        { QStringLiteral("suppliers"), supplierArray } };
    if (const auto& weakest = summary.weakest) {
        object.insert(QStringLiteral("weakest"),
            QJsonObject { { QStringLiteral("supplier"), weakest->edge.supplier },
                { QStringLiteral("customer"), weakest->edge.customer },
                { QStringLiteral("via"), ChainGraph::viaName(weakest->edge.via) },
                { QStringLiteral("overdue"), weakest->overdue }, { QStringLiteral("rated"), weakest->rated },
                { QStringLiteral("satisfaction"),
                    weakest->rated > 0 ? QJsonValue(weakest->satisfaction) : QJsonValue() } });
    } else {
        object.insert(QStringLiteral("weakest"), QJsonValue());
    }
    m_context.outJson(object);
}

void ChainCommands::printText(const ChainGraph& graph, const Summary& summary, const EntityStore& store) const
{
    QHash<qint64, QString> names;
    auto nameOf = [&](qint64 party) {
        if (!names.contains(party)) {
            names.insert(party, store.displayName(QStringLiteral("party"), party));
        }
        return names.value(party);
    };
    m_context.out(QStringLiteral("%1 (%2)\n").arg(summary.name, labels::partyKind(graph.kindOf(summary.id))));
    if (summary.served.isEmpty()) {
        m_context.out(tr("Its work reaches no external account.\n"));
    } else {
        m_context.out(
            tr("Serves %n external account(s), for example:\n", nullptr, int(summary.served.size())));
        for (const auto& path : summary.paths) {
            QStringList steps;
            for (qint64 party : path) {
                steps << nameOf(party);
            }
            m_context.out(QStringLiteral("  %1\n").arg(steps.join(QStringLiteral(" \u2192 "))));
        }
    }
    if (summary.suppliers.isEmpty()) {
        m_context.out(tr("Nobody supplies it.\n"));
    } else {
        QStringList supplierNames;
        for (qint64 supplier : summary.suppliers.mid(0, 12)) {
            supplierNames << nameOf(supplier);
        }
        if (summary.suppliers.size() > 12) {
            supplierNames << QStringLiteral("\u2026");
        }
        m_context.out(tr("Supplied by %n part(y/ies): %1\n", nullptr, int(summary.suppliers.size()))
                          .arg(supplierNames.join(QStringLiteral(", "))));
    }
    if (const auto& weakest = summary.weakest) {
        const QString satisfaction = weakest->rated > 0
            ? tr("satisfaction %1 of 5").arg(weakest->satisfaction, 0, 'f', 1)
            : tr("not rated");
        m_context.out(tr("Weakest link: %1 \u2192 %2 (%3): %4 overdue, %5\n")
                          .arg(nameOf(weakest->edge.supplier), nameOf(weakest->edge.customer),
                              labels::choice(QStringLiteral("via"), ChainGraph::viaName(weakest->edge.via)))
                          .arg(weakest->overdue)
                          .arg(satisfaction));
    } else {
        m_context.out(tr("No weak link: nothing overdue and no low ratings on this chain.\n"));
    }
}

} // namespace tandem
