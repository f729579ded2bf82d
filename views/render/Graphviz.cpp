#include "Graphviz.h"

#include <QCoreApplication>
#include <QMutex>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <memory>

namespace tandem {

namespace {
// Graphviz keeps global state, so one layout runs at a time.
QMutex& graphvizLock()
{
    static QMutex lock;
    return lock;
}

// One Graphviz context for the life of the process: Graphviz 2.43's text measuring keeps pointers into the
// first context's font data, so a second context would read freed memory.
GVC_t* sharedContext()
{
    static GVC_t* context = gvContext();
    return context;
}

struct Session
{
    GVC_t* context = sharedContext();
    Agraph_t* graph = nullptr;
    bool laidOut = false;
    ~Session()
    {
        if (graph) {
            if (laidOut) {
                gvFreeLayout(context, graph);
            }
            agclose(graph);
        }
    }
};

Error prepare(Session& session, const QString& dot)
{
    QByteArray text = dot.toUtf8();
    session.graph = agmemread(text.constData());
    if (!session.graph) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Graphviz", "The chain could not be read as a Graphviz graph."));
    }
    if (gvLayout(session.context, session.graph, "dot") != 0) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Graphviz", "Graphviz could not lay out the chain."));
    }
    session.laidOut = true;
    return {};
}
} // namespace

Result<Graphviz::Layout> Graphviz::layout(const QString& dot)
{
    QMutexLocker locker(&graphvizLock());
    Session session;
    if (Error error = prepare(session, dot)) {
        return error;
    }
    Layout layout;
    const boxf bb = GD_bb(session.graph);
    const double top = bb.UR.y;
    // Graphviz puts y upwards; Qt downwards.
    auto point = [top](const pointf& p) {
        return QPointF(p.x, top - p.y);
    };
    layout.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (Agnode_t* node = agfstnode(session.graph); node; node = agnxtnode(session.graph, node)) {
        const QPointF centre = point(ND_coord(node));
        const double width = ND_width(node) * 72.0;
        const double height = ND_height(node) * 72.0;
        layout.nodes << Node { QString::fromUtf8(agnameof(node)),
            QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height) };
        for (Agedge_t* edge = agfstout(session.graph, node); edge; edge = agnxtout(session.graph, edge)) {
            Edge drawn;
            drawn.from = QString::fromUtf8(agnameof(agtail(edge)));
            drawn.to = QString::fromUtf8(agnameof(aghead(edge)));
            const splines* spline = ED_spl(edge);
            if (spline && spline->size > 0) {
                const bezier& curve = spline->list[0];
                for (int i = 0; i < curve.size; ++i) {
                    drawn.path << point(curve.list[i]);
                }
                if (curve.eflag) {
                    drawn.arrowTip = point(curve.ep);
                }
            }
            const char* style = agget(edge, const_cast<char*>("style"));
            if (style && qstrcmp(style, "invis") == 0) {
                continue;
            }
            if (ED_label(edge)) {
                drawn.labelPosition = point(ED_label(edge)->pos);
            }
            layout.edges << drawn;
        }
    }
    return layout;
}

Result<QByteArray> Graphviz::render(const QString& dot, const QString& format)
{
    QMutexLocker locker(&graphvizLock());
    Session session;
    if (Error error = prepare(session, dot)) {
        return error;
    }
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(session.context, session.graph, format.toLatin1().constData(), &data, &length) != 0
        || !data) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Graphviz", "Graphviz cannot write %1 files.").arg(format));
    }
    QByteArray bytes(data, qsizetype(length));
    gvFreeRenderData(data);
    return bytes;
}

} // namespace tandem
