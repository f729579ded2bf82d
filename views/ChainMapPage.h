#pragma once

#include "ChainGraph.h"
#include "Graphviz.h"

#include <QColor>
#include <QGraphicsView>
#include <QHash>
#include <QWidget>
#include <optional>

class QComboBox;
class QGraphicsScene;
class QGraphicsSimpleTextItem;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace tandem {

class Database;
class RecordPicker;

// A graphics view that zooms with Ctrl+wheel, pans by dragging and reports double-clicked parties.
class ChainView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ChainView(QGraphicsScene* scene, QWidget* parent = nullptr);
    void zoomBy(double factor);

signals:
    void partyOpened(qint64 party); // double-clicked
    void centreRequested(qint64 party);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    qint64 partyAt(const QPoint& position) const;
};

// The service chain drawn as a graph, laid out by Graphviz: flow from purchasing to the outside customers,
// or the inverted pyramid. Filter by department or by distance around one party; export SVG, PNG or DOT.
class ChainMapPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChainMapPage(Database& database, QWidget* parent = nullptr);
    void reload();
    // Centres the map on a party and what is within the chosen distance of it.
    void focusOn(qint64 party);

    QGraphicsScene* scene() const { return m_scene; }
    // The box of every drawn party, keyed by party id.
    QHash<qint64, QRectF> nodeBoxes() const { return m_boxes; }
    // The health colour of each drawn party that has one (red late, amber poorly rated, green well rated).
    QHash<qint64, QColor> nodeHealth() const { return m_health; }
    QString dot() const { return m_dot; }
    QString statusText() const;
    ChainView* view() const { return m_view; }
    // The parties the view was fitted to when drawn: the chosen department's chain, the chain around the
    // party under Around, or with no choice the chain of the party with the most accounts.
    QSet<qint64> fittedChain() const { return m_chain; }
    // The edge drawn as the weakest link (supplier, customer); 0, 0 when every link is healthy.
    QPair<qint64, qint64> highlightedLink() const { return m_weakestEdge; }
    // What the canvas says instead of a map that would be too big to read; empty while a map shows.
    QString canvasMessage() const;
    // The edge labels as drawn, in scene coordinates.
    QList<QGraphicsSimpleTextItem*> edgeLabels() const { return m_edgeLabels; }

signals:
    // The scene was rebuilt from a finished layout.
    void drawn();
    // A party on the map was opened (double-clicked): show its customers and suppliers.
    void partyOpened(qint64 party);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void redraw();
    void build(const Graphviz::Layout& layout);
    void fitToChain();
    void showTooBig(const QString& message);
    void offerDepartments();
    void exportMap();
    QString summary() const;
    QSet<qint64> partiesToDraw(QString* note);

    Database& m_database;
    std::optional<ChainGraph> m_graph;
    QGraphicsScene* m_scene;
    ChainView* m_view;
    QStackedWidget* m_canvas; // the map, or the sentence that stands in for one too big to read
    QLabel* m_tooBig;
    QComboBox* m_layout;
    QComboBox* m_department;
    RecordPicker* m_focus;
    QSpinBox* m_distance;
    QLabel* m_status;
    QString m_dot;
    QHash<qint64, QString> m_names;
    QHash<qint64, QRectF> m_boxes;
    QHash<qint64, QColor> m_health;
    QList<QGraphicsSimpleTextItem*> m_edgeLabels;
    QSet<qint64> m_chain;
    qint64 m_anchor = 0; // the party the chain is about: the one under Around, the department, the busiest
    std::optional<ChainGraph::EdgeHealth> m_weakest;
    QPair<qint64, qint64> m_weakestEdge;
    qint64 m_focusParty = 0;
    int m_generation = 0; // a layout that finishes after a newer one started is dropped
    bool m_loaded = false;
};

} // namespace tandem
