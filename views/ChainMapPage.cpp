#include "ChainMapPage.h"

#include "ChainDot.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "ExportFile.h"
#include "RecordPicker.h"
#include "Satisfaction.h"

#include <QBuffer>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QFontInfo>
#include <QGraphicsPathItem>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>
#include <memory>

namespace tandem {

namespace {
constexpr int maxParties = 400; // more would be unreadable, and slow to lay out
constexpr int maxAccounts = 150;
constexpr int partyRole = Qt::UserRole + 1;

// The map centres on anyone it draws: a department, a colleague (one who has left too, while pairs still
// name them) or an account.
PickerQueries::Scope focusScope()
{
    return { { QStringLiteral("department"), QStringLiteral("staff"), QStringLiteral("account") }, true, 0 };
}
constexpr int healthRole = Qt::UserRole + 2;

// Red for late work, amber for a rating below the middle, green for rated 4 or better with nothing late;
// nothing when there is too little to judge.
QColor healthColour(int overdue, int rated, double average)
{
    if (overdue > 0) {
        return QColor(0xc0, 0x1e, 0x1e);
    }
    if (rated > 0 && average < 3.0) {
        return QColor(0xd0, 0x7a, 0x00);
    }
    if (rated > 0 && average >= 4.0) {
        return QColor(0x2e, 0x8b, 0x3a);
    }
    return {};
}

QString edgeHealthText(const ChainGraph::EdgeHealth& health)
{
    QStringList parts;
    // Plain variables for the counts: lupdate loops forever on a call expression in the count argument.
    const int open = health.open;
    const int overdue = health.overdue;
    const int rated = health.rated;
    if (open > 0) {
        parts << QCoreApplication::translate("tandem::ChainMapPage", "%n open request(s)", nullptr, open);
    }
    if (overdue > 0) {
        parts << QCoreApplication::translate("tandem::ChainMapPage", "%n overdue", nullptr, overdue);
    }
    if (rated > 0) {
        parts << QCoreApplication::translate(
            "tandem::ChainMapPage", "rated %1 of 5 (%n rating(s))", nullptr, rated)
                     .arg(QLocale().toString(health.satisfaction, 'f', 1));
    }
    return parts.join(QStringLiteral(", "));
}

QString partyHealthText(const SatisfactionScore& score)
{
    QStringList parts;
    const int overdue = score.overdue;
    const int rated = score.rated;
    if (rated > 0) {
        parts << QCoreApplication::translate("tandem::ChainMapPage",
            "As a supplier, rated %1 of 5 over 90 days (%n rating(s))", nullptr, rated)
                     .arg(QLocale().toString(score.average, 'f', 1));
    }
    if (overdue > 0) {
        parts << QCoreApplication::translate(
            "tandem::ChainMapPage", "%n overdue request(s)", nullptr, overdue);
    }
    return parts.join(QLatin1Char('\n'));
}

QColor fillFor(const QString& kind)
{
    return kind == QLatin1String("department") ? QColor(0xdc, 0xe9, 0xf5)
        : kind == QLatin1String("staff")       ? QColor(0xe8, 0xf3, 0xe1)
                                               : QColor(0xfb, 0xec, 0xd0);
}

QString iconFor(const QString& kind)
{
    return kind == QLatin1String("department") ? QStringLiteral(":/icons/department.svg")
        : kind == QLatin1String("staff")       ? QStringLiteral(":/icons/person.svg")
                                               : QStringLiteral(":/icons/account.svg");
}
} // namespace

ChainView::ChainView(QGraphicsScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(palette().base());
}

void ChainView::zoomBy(double factor)
{
    const double current = transform().m11();
    const double target = std::clamp(current * factor, 0.05, 8.0);
    scale(target / current, target / current);
}

void ChainView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

qint64 ChainView::partyAt(const QPoint& position) const
{
    for (QGraphicsItem* item = itemAt(position); item; item = item->parentItem()) {
        if (item->data(partyRole).isValid()) {
            return item->data(partyRole).toLongLong();
        }
    }
    return 0;
}

void ChainView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const qint64 party = partyAt(event->pos())) {
        emit partyOpened(party);
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void ChainView::contextMenuEvent(QContextMenuEvent* event)
{
    const qint64 party = partyAt(event->pos());
    if (!party) {
        return;
    }
    QMenu menu(this);
    menu.addAction(
        ChainMapPage::tr("Customers and Suppliers..."), this, [this, party] { emit partyOpened(party); });
    menu.addAction(
        ChainMapPage::tr("Centre the Map Here"), this, [this, party] { emit centreRequested(party); });
    menu.exec(event->globalPos());
}

ChainMapPage::ChainMapPage(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_scene(new QGraphicsScene(this))
    , m_view(new ChainView(m_scene, this))
    , m_canvas(new QStackedWidget(this))
    , m_tooBig(new QLabel(this))
    , m_layout(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_focus(new RecordPicker(database, focusScope(), this))
    , m_distance(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    auto* title = new QLabel(tr("Service chain"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_layout->addItem(tr("Flow: purchasing to the outside customer"), int(ChainDot::Layout::Flow));
    m_layout->addItem(tr("Inverted pyramid: customers on top"), int(ChainDot::Layout::Pyramid));
    m_department->setObjectName(QStringLiteral("departmentPicker"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department->setMinimumContentsLength(14);
    m_focus->setObjectName(QStringLiteral("focusPicker"));
    m_focus->setPlaceholderText(tr("Everyone"));
    m_distance->setRange(1, 6);
    m_distance->setValue(2);
    m_distance->setToolTip(tr("How many steps around the chosen party to draw"));

    auto button = [this](const QString& icon, const QString& text, const QKeySequence& shortcut) {
        auto* tool = new QToolButton(this);
        tool->setText(text);
        tool->setToolTip(shortcut.isEmpty()
                ? text
                : QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        tool->setIcon(QIcon::fromTheme(icon));
        tool->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (!shortcut.isEmpty()) {
            tool->setShortcut(shortcut);
        }
        return tool;
    };
    QToolButton* zoomIn = button(QStringLiteral("zoom-in"), tr("Zoom In"), QKeySequence::ZoomIn);
    QToolButton* zoomOut = button(QStringLiteral("zoom-out"), tr("Zoom Out"), QKeySequence::ZoomOut);
    QToolButton* fit = button(QStringLiteral("zoom-fit-best"), tr("Fit"), QKeySequence(Qt::CTRL | Qt::Key_0));
    QToolButton* exportButton = button(QStringLiteral("document-export"), tr("Export..."), QKeySequence());

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Layout:"), this));
    controls->addWidget(m_layout);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Department:"), this));
    controls->addWidget(m_department);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Around:"), this));
    controls->addWidget(m_focus);
    controls->addWidget(m_distance);
    controls->addStretch();
    controls->addWidget(zoomOut);
    controls->addWidget(zoomIn);
    controls->addWidget(fit);
    controls->addWidget(exportButton);

    m_status->setObjectName(QStringLiteral("chainStatus"));
    m_status->setWordWrap(true);
    auto* legend
        = new QLabel(tr("Health of links and suppliers: <span style=\"color:#c01e1e\">■</span> overdue "
                        "work · <span style=\"color:#d07a00\">■</span> rated below 3 · <span "
                        "style=\"color:#2e8b3a\">■</span> rated 4 or better"),
            this);
    legend->setObjectName(QStringLiteral("healthLegend"));
    m_view->setObjectName(QStringLiteral("chainView"));
    // Standing in for a map too big to read: what to do instead, in the middle of the canvas.
    auto* notice = new QWidget(this);
    notice->setObjectName(QStringLiteral("tooBigNotice"));
    notice->setAutoFillBackground(true);
    notice->setBackgroundRole(QPalette::Base);
    m_tooBig->setObjectName(QStringLiteral("tooBigText"));
    m_tooBig->setWordWrap(true);
    m_tooBig->setAlignment(Qt::AlignCenter);
    QFont noticeFont = m_tooBig->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.2);
    m_tooBig->setFont(noticeFont);
    auto* pick = new QPushButton(tr("Choose a Department..."), notice);
    pick->setObjectName(QStringLiteral("chooseDepartment"));
    connect(pick, &QPushButton::clicked, this, &ChainMapPage::offerDepartments);
    auto* noticeLayout = new QVBoxLayout(notice);
    noticeLayout->addStretch();
    noticeLayout->addWidget(m_tooBig);
    noticeLayout->addWidget(pick, 0, Qt::AlignHCenter);
    noticeLayout->addStretch();
    m_canvas->addWidget(m_view);
    m_canvas->addWidget(notice);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(legend);
    layout->addLayout(statusRow);

    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.25); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(0.8); });
    connect(fit, &QToolButton::clicked, this,
        [this] { m_view->fitInView(m_scene->itemsBoundingRect(), Qt::KeepAspectRatio); });
    connect(exportButton, &QToolButton::clicked, this, &ChainMapPage::exportMap);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ChainMapPage::redraw);
    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        if (m_department->currentIndex() > 0) {
            m_focusParty = 0;
            m_focus->setId(0);
        }
        redraw();
    });
    connect(m_focus, &RecordPicker::idChanged, this, &ChainMapPage::focusOn);
    connect(m_distance, &QSpinBox::valueChanged, this, [this] {
        if (m_focusParty) {
            redraw();
        }
    });
    connect(m_view, &ChainView::centreRequested, this, &ChainMapPage::focusOn);
    connect(m_view, &ChainView::partyOpened, this, &ChainMapPage::partyOpened);
}

void ChainMapPage::showEvent(QShowEvent* event)
{
    if (!m_loaded) {
        reload();
    }
    QWidget::showEvent(event);
}

void ChainMapPage::reload()
{
    m_loaded = true;
    auto graph = ChainGraph::load(m_database);
    if (!graph) {
        m_graph.reset();
        m_status->setText(graph.error().message);
        return;
    }
    m_graph = std::move(*graph);
    const QSignalBlocker departmentBlocker(m_department);
    const qint64 department = m_department->currentData().toLongLong();
    m_department->clear();
    m_department->addItem(tr("All departments"), 0);
    EntityStore(m_database).list(entities::department(), {}, -1, [this](const Record& record) {
        m_department->addItem(recordValue(record, QStringLiteral("name")).toString(), record.first().second);
        return true;
    });
    m_department->setCurrentIndex(qMax(0, m_department->findData(department)));
    m_focus->setId(m_focusParty);
    redraw();
}

void ChainMapPage::focusOn(qint64 party)
{
    m_focusParty = party;
    if (party) {
        const QSignalBlocker blocker(m_department);
        m_department->setCurrentIndex(0);
    }
    if (m_focus->id() != party) {
        m_focus->setId(party);
    }
    redraw();
}

QSet<qint64> ChainMapPage::partiesToDraw(QString* note)
{
    if (m_focusParty) {
        m_anchor = m_focusParty;
        m_chain = m_graph->around(m_focusParty, m_distance->value());
        return m_chain;
    }
    const qint64 department = m_department->currentData().toLongLong();
    if (department) {
        // The chain the department is part of: who supplies it and its people, and whom they serve.
        const QSet<qint64> members = m_graph->departmentWithMembers(department);
        m_anchor = department;
        m_chain = m_graph->chainOf(members, maxAccounts);
        const auto shown = std::count_if(m_chain.begin(), m_chain.end(),
            [this](qint64 party) { return m_graph->kindOf(party) == QLatin1String("account"); });
        const qsizetype owned = m_graph->accountsOwnedBy(members).size();
        if (owned > shown) {
            *note
                = tr("%1 external accounts are left out of this view; choose a colleague under Around to see "
                     "theirs.")
                      .arg(QLocale().toString(owned - shown));
        }
        return m_chain;
    }
    const QList<qint64> internal = m_graph->internalParties();
    QSet<qint64> parties(internal.begin(), internal.end());
    const QList<qint64> accounts = m_graph->accountsOwnedBy(parties);
    if (accounts.size() <= maxAccounts) {
        for (qint64 account : accounts) {
            parties.insert(account);
        }
    } else {
        *note = tr(
            "%1 external accounts are left out of this view; choose a colleague under Around to see theirs.")
                    .arg(QLocale().toString(accounts.size()));
    }
    // With nothing chosen yet, the view opens on the chain of the party with the most accounts.
    m_anchor = m_graph->busiestOwner();
    m_chain = m_graph->chainOf({ m_anchor }, maxAccounts) & parties;
    return parties;
}

void ChainMapPage::showTooBig(const QString& message)
{
    m_tooBig->setText(message);
    m_canvas->setCurrentIndex(1);
}

void ChainMapPage::offerDepartments()
{
    m_department->setFocus(Qt::OtherFocusReason);
    m_department->showPopup();
}

QString ChainMapPage::canvasMessage() const
{
    return m_canvas->currentIndex() == 1 ? m_tooBig->text() : QString();
}

void ChainMapPage::redraw()
{
    if (!m_graph) {
        return;
    }
    QString note;
    const QSet<qint64> parties = partiesToDraw(&note);
    ++m_generation;
    if (parties.size() > maxParties) {
        m_scene->clear();
        m_boxes.clear();
        m_edgeLabels.clear();
        m_dot.clear();
        m_weakest.reset();
        m_weakestEdge = {};
        const QString message
            = tr("%1 parties are too many to draw at once; choose a department, or a party under Around.")
                  .arg(QLocale().toString(parties.size()));
        m_status->setText(message);
        showTooBig(message);
        emit drawn();
        return;
    }
    m_canvas->setCurrentIndex(0);
    m_names.clear();
    const auto layout = ChainDot::Layout(m_layout->currentData().toInt());
    // Graphviz makes room for the labels in the window's own font, at the size they are drawn.
    ChainDot::Style style;
    style.fontName = font().family();
    style.nodeFontSize = QFontInfo(font()).pixelSize();
    style.edgeFontSize = style.nodeFontSize;
    style.nodeMargin = QStringLiteral("0.3,0.08"); // room for the icon beside the name
    auto dot = ChainDot::write(m_database, *m_graph, parties, layout, m_focusParty, &m_names, style);
    if (!dot) {
        m_status->setText(dot.error().message);
        return;
    }
    m_dot = *dot;
    m_status->setText(
        note.isEmpty() ? tr("Laying out %n part(y/ies)...", nullptr, int(parties.size())) : note);
    // Graphviz runs on a worker thread so that a large chart never freezes the window.
    const int generation = m_generation;
    auto result = std::make_shared<std::optional<Result<Graphviz::Layout>>>();
    QPointer<ChainMapPage> page(this);
    QThread* worker
        = QThread::create([result, dotText = m_dot] { result->emplace(Graphviz::layout(dotText)); });
    connect(worker, &QThread::finished, this, [this, page, worker, result, generation, note] {
        worker->deleteLater();
        if (!page || generation != m_generation || !result->has_value()) {
            return;
        }
        const Result<Graphviz::Layout>& layout = **result;
        if (!layout) {
            m_status->setText(layout.error().message);
            return;
        }
        build(*layout);
        m_status->setText(note.isEmpty() ? summary() : note + QLatin1Char(' ') + summary());
        emit drawn();
    });
    worker->start();
}

void ChainMapPage::build(const Graphviz::Layout& layout)
{
    m_scene->clear();
    m_boxes.clear();
    m_health.clear();
    m_edgeLabels.clear();
    // Names and what is supplied in the body font, drawn at scale 1 or more: readable as they open.
    const QFont nodeFont = font();
    const QFont labelFont = font();
    const QPalette colours = palette();

    QHash<QPair<qint64, qint64>, ChainGraph::Edge> edgeInfo;
    const QSet<qint64> drawnParties(m_names.keyBegin(), m_names.keyEnd());
    for (const ChainGraph::Edge& edge : m_graph->edgesAmong(drawnParties)) {
        edgeInfo.insert({ edge.supplier, edge.customer }, edge);
    }
    auto partyOf = [](const QString& node) {
        return node.mid(1).toLongLong();
    };
    m_weakest.reset();
    m_weakestEdge = {};
    auto weakest = m_focusParty ? ChainGraph::weakestLink(m_database, *m_graph, m_focusParty, 10)
                                : ChainGraph::weakestAmong(m_database, *m_graph, m_chain);
    if (weakest && weakest->has_value()) {
        m_weakest = **weakest;
    }
    QPair<qint64, qint64> weakestEdge;
    if (m_weakest) {
        weakestEdge = { m_weakest->edge.supplier, m_weakest->edge.customer };
    }
    QSet<qint64> isolated;
    if (!m_focusParty) {
        const QList<qint64> none = m_graph->reachingNoAccount();
        isolated = QSet<qint64>(none.begin(), none.end());
    }

    // Health: each pair's requests colour its edge, each party's index as a supplier its outline.
    QHash<QPair<qint64, qint64>, ChainGraph::EdgeHealth> edgeHealth;
    QList<ChainGraph::Edge> servingEdges;
    for (const ChainGraph::Edge& edge : std::as_const(edgeInfo)) {
        if (edge.via != ChainGraph::Via::Member) {
            servingEdges << edge;
        }
    }
    if (auto health = ChainGraph::health(m_database, servingEdges)) {
        for (const ChainGraph::EdgeHealth& h : *health) {
            edgeHealth.insert({ h.edge.supplier, h.edge.customer }, h);
        }
    }
    QHash<qint64, SatisfactionScore> partyHealth;
    if (auto scores = Satisfaction(m_database)
                          .byProvider(QList<qint64>(drawnParties.begin(), drawnParties.end()),
                              SatisfactionWindow::lastDays(90))) {
        partyHealth = *scores;
    }

    for (const Graphviz::Edge& edge : layout.edges) {
        if (edge.path.size() < 4) {
            continue;
        }
        const ChainGraph::Edge info = edgeInfo.value({ partyOf(edge.from), partyOf(edge.to) });
        const auto health = edgeHealth.constFind({ partyOf(edge.from), partyOf(edge.to) });
        QPainterPath path(edge.path.first());
        for (int i = 1; i + 2 < edge.path.size(); i += 3) {
            path.cubicTo(edge.path.at(i), edge.path.at(i + 1), edge.path.at(i + 2));
        }
        QPen pen(
            info.via == ChainGraph::Via::Member ? QColor(0x9a, 0xa5, 0xb1) : colours.color(QPalette::Text),
            1.2);
        if (info.oneSided) {
            pen.setStyle(Qt::DashLine);
        }
        QString healthText;
        if (health != edgeHealth.constEnd()) {
            const QColor colour = healthColour(health->overdue, health->rated, health->satisfaction);
            if (colour.isValid()) {
                pen.setColor(colour);
                pen.setWidthF(1.8);
            }
            healthText = edgeHealthText(*health);
        }
        if (weakestEdge == qMakePair(partyOf(edge.from), partyOf(edge.to))) {
            pen.setColor(QColor(0xc0, 0x1e, 0x1e));
            pen.setWidthF(3.5);
            m_weakestEdge = weakestEdge;
        }
        auto* line = m_scene->addPath(path, pen);
        line->setZValue(0);
        line->setToolTip(QStringList { info.what, healthText }.join(QLatin1Char('\n')).trimmed());
        if (!edge.arrowTip.isNull() && info.via != ChainGraph::Via::Member) {
            const QPointF base = edge.path.last();
            const QPointF tip = edge.arrowTip;
            const QLineF axis(base, tip);
            const QPointF normal = QPointF(-axis.dy(), axis.dx()) / std::max(1.0, axis.length()) * 3.5;
            QPolygonF head { tip, base + normal, base - normal };
            m_scene->addPolygon(head, QPen(pen.color(), 1), QBrush(pen.color()))->setZValue(0);
        }
        if (!info.what.isEmpty() && !edge.labelPosition.isNull()) {
            auto* label = m_scene->addSimpleText(ChainDot::edgeLabel(info.what), labelFont);
            label->setBrush(colours.color(QPalette::Text));
            label->setPos(edge.labelPosition
                - QPointF(label->boundingRect().width() / 2, label->boundingRect().height() / 2));
            label->setZValue(1);
            label->setToolTip(line->toolTip());
            m_edgeLabels << label;
        }
    }

    const QFontMetricsF metrics(nodeFont);
    for (const Graphviz::Node& node : layout.nodes) {
        const qint64 party = partyOf(node.name);
        if (!m_names.contains(party)) {
            continue;
        }
        const QString kind = m_graph->kindOf(party);
        const QString name = m_names.value(party);
        // Graphviz measured the name in its own font; make room for ours and the icon.
        const double width = std::max(node.box.width(), metrics.horizontalAdvance(name) + 36);
        const QRectF box(node.box.center().x() - width / 2, node.box.top(), width, node.box.height());
        QPainterPath shape;
        shape.addRoundedRect(box, 6, 6);
        QPen outline(fillFor(kind).darker(160), party == m_focusParty ? 2.5 : 1);
        const SatisfactionScore score = partyHealth.value(party);
        const QColor health = healthColour(score.overdue, score.rated, score.average);
        if (health.isValid()) {
            outline = QPen(health, party == m_focusParty ? 3 : 2.2);
        }
        if (isolated.contains(party)) {
            outline = QPen(QColor(0xc0, 0x1e, 0x1e), 1.5, Qt::DashLine);
        }
        auto* item = m_scene->addPath(shape, outline, QBrush(fillFor(kind)));
        item->setZValue(2);
        item->setData(partyRole, party);
        item->setData(healthRole, health);
        if (health.isValid()) {
            m_health.insert(party, health);
        }
        item->setToolTip(QStringList {
            QStringLiteral("%1 \u2013 %2").arg(name, labels::partyKind(kind)), partyHealthText(score) }
                             .join(QLatin1Char('\n'))
                             .trimmed());
        item->setCursor(Qt::PointingHandCursor);
        auto* icon = new QGraphicsPixmapItem(QIcon(iconFor(kind)).pixmap(16, 16), item);
        icon->setPos(box.left() + 6, box.center().y() - 8);
        auto* text = new QGraphicsSimpleTextItem(name, item);
        text->setFont(nodeFont);
        text->setBrush(QColor(0x20, 0x20, 0x20));
        text->setPos(box.left() + 26, box.center().y() - metrics.height() / 2);
        m_boxes.insert(party, box);
    }
    // A label Graphviz placed a little too close for the window's font would cover a name: it goes, and
    // what is supplied stays in the line's tooltip.
    m_edgeLabels.removeIf([this](QGraphicsSimpleTextItem* label) {
        const QRectF area = label->sceneBoundingRect();
        for (const QRectF& box : std::as_const(m_boxes)) {
            if (area.intersects(box)) {
                delete label;
                return true;
            }
        }
        return false;
    });
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    fitToChain();
}

void ChainMapPage::fitToChain()
{
    QRectF chain;
    for (qint64 party : std::as_const(m_chain)) {
        chain |= m_boxes.value(party);
    }
    if (chain.isNull()) {
        chain = m_scene->itemsBoundingRect();
    }
    chain.adjust(-20, -20, 20, 20);
    // Fitted to the chain, but never shrunk below the body font nor enlarged past twice it: a chain larger
    // than the window opens on the party it is about, and the user pans or zooms out.
    const QSizeF room = m_view->viewport()->size();
    const double fit = std::min(room.width() / chain.width(), room.height() / chain.height());
    const double scale = std::clamp(fit, 1.0, 2.0);
    m_view->resetTransform();
    m_view->scale(scale, scale);
    const QRectF anchor = m_boxes.value(m_anchor);
    m_view->centerOn(fit >= 1.0 || anchor.isNull() ? chain.center() : anchor.center());
}

QString ChainMapPage::summary() const
{
    QString text;
    if (!m_focusParty) {
        const QList<qint64> isolated = m_graph->reachingNoAccount();
        QStringList names;
        for (qint64 party : isolated) {
            if (m_boxes.contains(party) && names.size() < 6) {
                names << m_names.value(party);
            }
        }
        text = tr("Double-click a party for its customers and suppliers; dashed lines are one-sided pairs.");
        if (!isolated.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("%1 departments and colleagues reach no external customer (outlined in red): %2")
                      .arg(QLocale().toString(isolated.size()))
                      .arg(names.join(tr(", ")) + (isolated.size() > names.size() ? tr(", ...") : QString()));
        }
    } else {
        text = tr("%1 serves %2 external accounts and is supplied by %3 parties.")
                   .arg(m_names.value(m_focusParty),
                       QLocale().toString(m_graph->servedAccounts(m_focusParty).size()),
                       QLocale().toString(m_graph->suppliers(m_focusParty).size()));
    }
    if (m_weakest) {
        EntityStore store(m_database);
        text += QLatin1Char(' ')
            + tr("Weakest link (in red): %1 → %2, %3 overdue, %4.")
                  .arg(store.displayName(QStringLiteral("party"), m_weakest->edge.supplier),
                      store.displayName(QStringLiteral("party"), m_weakest->edge.customer))
                  .arg(m_weakest->overdue)
                  .arg(m_weakest->rated > 0 ? tr("satisfaction %1 of 5")
                                                  .arg(QLocale().toString(m_weakest->satisfaction, 'f', 1))
                                            : tr("not rated"));
    }
    return text;
}

QString ChainMapPage::statusText() const
{
    return m_status->text();
}

void ChainMapPage::exportMap()
{
    if (m_dot.isEmpty()) {
        return;
    }
    const QString path = Dialogs::saveFile(this, tr("Export the Chain Map"), QString(),
        tr("SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)"));
    if (path.isEmpty()) {
        return;
    }
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".dot"), Qt::CaseInsensitive)) {
        bytes = m_dot.toUtf8();
    } else if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        QImage image((m_scene->sceneRect().size() * 2).toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter);
        painter.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    } else {
        auto svg = Graphviz::render(m_dot, QStringLiteral("svg"));
        if (!svg) {
            Dialogs::error(this, tr("Export the Chain Map"), svg.error().message);
            return;
        }
        bytes = *svg;
    }
    if (Error error = ExportFile::writeWhole(path, bytes)) {
        Dialogs::error(this, tr("Export the Chain Map"), error.message);
    }
}

} // namespace tandem
