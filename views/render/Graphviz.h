#pragma once

#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace tandem {

// Lays out and renders DOT text with Graphviz's own library (libgvc, the dot engine): positions for the
// chain map, SVG for export. Coordinates are in points with y growing downwards, as Qt draws.
class Graphviz
{
public:
    struct Node
    {
        QString name; // the DOT node id, such as "p12"
        QRectF box;
        bool visible = true; // false for style=invis helpers
    };
    struct Edge
    {
        QString from;
        QString to;
        QList<QPointF> path; // cubic Bézier control points: start, then three per segment
        QPointF arrowTip; // where the arrowhead points; invalid when the edge has none
        QPointF labelPosition; // invalid when the edge has no label
    };
    struct Layout
    {
        QRectF bounds;
        QList<Node> nodes;
        QList<Edge> edges;
    };

    static Result<Layout> layout(const QString& dot);
    // Renders to "svg", "png", "pdf" or any other format the installed Graphviz plugins offer.
    static Result<QByteArray> render(const QString& dot, const QString& format);
};

} // namespace tandem
