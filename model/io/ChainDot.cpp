#include "ChainDot.h"

#include "Database.h"
#include "Sql.h"

#include <QMap>
#include <algorithm>

namespace tandem {

namespace {
QString quoted(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}
} // namespace

QString ChainDot::edgeLabel(const QString& what)
{
    // Long supply texts would swamp the drawing: the first words carry the meaning.
    const QString simple = what.simplified();
    return simple.size() <= 32 ? simple : simple.left(30) + QChar(0x2026);
}

QSet<qint64> ChainDot::neighbourhood(const ChainGraph& graph, qint64 focus, int accountLimit)
{
    QSet<qint64> parties = graph.chainOf({ focus }, accountLimit);
    parties.insert(focus);
    return parties;
}

Result<QString> ChainDot::write(Database& database, const ChainGraph& graph, const QSet<qint64>& parties,
    Layout layout, qint64 focus, QHash<qint64, QString>* names, const Style& style)
{
    QList<qint64> ids(parties.begin(), parties.end());
    std::sort(ids.begin(), ids.end());
    QMap<qint64, std::pair<QString, int>> nodes; // name, rank level (0 for departments and accounts)
    QSqlQuery query(database.connection());
    if (!query.prepare(QStringLiteral("SELECT p.display_name, s.rank_level FROM parties p LEFT JOIN staff s "
                                      "ON s.party_id = p.id WHERE p.id = ?"))) {
        return sql::errorFrom(query.lastError(), QString());
    }
    for (qint64 id : ids) {
        query.bindValue(0, id);
        if (Error error = sql::exec(query, QString())) {
            return error;
        }
        if (query.next()) {
            nodes.insert(id, { query.value(0).toString(), query.value(1).toInt() });
            if (names) {
                names->insert(id, query.value(0).toString());
            }
        }
        query.finish();
    }

    QStringList lines;
    lines << QStringLiteral("digraph chain {");
    lines << (layout == Layout::Flow ? QStringLiteral("  rankdir=LR;") : QStringLiteral("  rankdir=BT;"));
    const QString font = quoted(style.fontName);
    QString nodeStyle
        = QStringLiteral("  node [shape=box, style=\"rounded,filled\", fontname=%1, fontsize=%2")
              .arg(font, QString::number(style.nodeFontSize));
    if (!style.nodeMargin.isEmpty()) {
        nodeStyle += QStringLiteral(", margin=%1").arg(quoted(style.nodeMargin));
    }
    lines << nodeStyle + QStringLiteral("];");
    lines << QStringLiteral("  edge [fontname=%1, fontsize=%2];")
                 .arg(font, QString::number(style.edgeFontSize));
    QMap<int, QStringList> layers; // for the pyramid: top management at the bottom, accounts on top
    for (auto it = nodes.constBegin(); it != nodes.constEnd(); ++it) {
        const QString kind = graph.kindOf(it.key());
        const QString fill = kind == QLatin1String("department") ? QStringLiteral("#dce9f5")
            : kind == QLatin1String("staff")                     ? QStringLiteral("#e8f3e1")
                                                                 : QStringLiteral("#fbecd0");
        QString attributes = QStringLiteral("label=%1, fillcolor=\"%2\", tooltip=%3")
                                 .arg(quoted(it.value().first), fill, quoted(kind));
        if (it.key() == focus) {
            attributes += QStringLiteral(", penwidth=2");
        }
        lines << QStringLiteral("  p%1 [%2];").arg(it.key()).arg(attributes);
        const int layer = kind == QLatin1String("account") ? 0
            : kind == QLatin1String("department")          ? 4
                                                           : 4 - it.value().second;
        layers[layer] << QStringLiteral("p%1").arg(it.key());
    }
    for (const ChainGraph::Edge& edge : graph.edgesAmong(parties)) {
        if (!nodes.contains(edge.supplier) || !nodes.contains(edge.customer)) {
            continue;
        }
        QStringList attributes;
        if (!edge.what.isEmpty()) {
            // The pyramid keeps what is supplied in the tooltip: Graphviz 2.43 crashes routing labelled edges
            // between parties it holds on one level.
            attributes << (layout == Layout::Flow
                    ? QStringLiteral("label=%1").arg(quoted(edgeLabel(edge.what)))
                    : QStringLiteral("edgetooltip=%1").arg(quoted(edge.what)));
        }
        if (edge.oneSided) {
            attributes << QStringLiteral("style=dashed");
        }
        if (edge.via == ChainGraph::Via::Member) {
            attributes << QStringLiteral("color=\"#9aa5b1\"") << QStringLiteral("arrowhead=none");
        }
        attributes << QStringLiteral("tooltip=%1").arg(quoted(ChainGraph::viaName(edge.via)));
        if (layout == Layout::Pyramid) {
            // In the pyramid, rank follows the layer, not the direction of service.
            attributes << QStringLiteral("constraint=false");
        }
        lines << QStringLiteral("  p%1 -> p%2 [%3];")
                     .arg(edge.supplier)
                     .arg(edge.customer)
                     .arg(attributes.join(QStringLiteral(", ")));
    }
    if (layout == Layout::Pyramid) {
        // Invisible edges stack the layers: each party sits above the first party of the layer below and
        // below the first of the layer above. (Graphviz 2.43 crashes on rank=same with labelled flat edges.)
        QList<QStringList> stack;
        for (auto it = layers.constEnd(); it != layers.constBegin();) {
            --it;
            stack << it.value();
        }
        for (int layer = 0; layer < stack.size(); ++layer) {
            for (const QString& node : stack.at(layer)) {
                if (layer > 0) {
                    lines
                        << QStringLiteral("  %1 -> %2 [style=invis];").arg(stack.at(layer - 1).first(), node);
                }
                if (layer + 1 < stack.size() && node != stack.at(layer).first()) {
                    lines
                        << QStringLiteral("  %1 -> %2 [style=invis];").arg(node, stack.at(layer + 1).first());
                }
            }
        }
    }
    lines << QStringLiteral("}");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace tandem
