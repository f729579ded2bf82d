#pragma once

#include "ChainGraph.h"

namespace tandem {

class Database;

// How the text is set: Graphviz makes room for labels of this font and size (in points, as it draws).
// The defaults are the command line's; the chain map passes the window's font.
struct ChainDotStyle
{
    QString fontName = QStringLiteral("Noto Sans CJK SC");
    double nodeFontSize = 10;
    double edgeFontSize = 8;
    QString nodeMargin; // Graphviz's "x,y" in inches around a node's label; empty for its default
};

// Writes part of the service chain as Graphviz DOT: the parties, labelled with their names, and the edges
// labelled with what is supplied; one-sided pairs dashed. The same text feeds `tandem-cli chain --format
// dot`, the SVG export and the chain map's layout.
class ChainDot
{
public:
    enum class Layout
    {
        Flow, // left to right: purchasing first, the outside customers last
        Pyramid, // the inverted pyramid: external customers on top, top management at the bottom
    };

    using Style = ChainDotStyle;

    // The chain around `focus`: its suppliers and the paths to up to `accountLimit` accounts it serves.
    static QSet<qint64> neighbourhood(const ChainGraph& graph, qint64 focus, int accountLimit);
    // What an edge's label says of what its supplier supplies.
    static QString edgeLabel(const QString& what);
    // `names`, when given, receives each drawn party's name.
    static Result<QString> write(Database& database, const ChainGraph& graph, const QSet<qint64>& parties,
        Layout layout, qint64 focus = 0, QHash<qint64, QString>* names = nullptr, const Style& style = {});
};

} // namespace tandem
