#include "PartyRelationsDialog.h"

#include "ChainGraph.h"
#include "EntityStore.h"
#include "RecordList.h"
#include "RequestDialog.h"
#include "SatisfactionPanel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {
QTreeWidget* makeList(QWidget* parent, const QString& partyHeader)
{
    auto* list = makeRecordList(parent,
        { partyHeader, PartyRelationsDialog::tr("With"), PartyRelationsDialog::tr("Through"),
            PartyRelationsDialog::tr("Open"), PartyRelationsDialog::tr("Overdue"),
            PartyRelationsDialog::tr("Satisfaction") });
    list->setSortingEnabled(true);
    list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    list->header()->resizeSection(0, 180);
    list->header()->resizeSection(1, 200);
    return list;
}
} // namespace

PartyRelationsDialog::PartyRelationsDialog(
    Database& database, qint64 party, RecordEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_party(party)
    , m_editor(editor)
    , m_customers(makeList(this, tr("Customer")))
    , m_suppliers(makeList(this, tr("Supplier")))
    , m_satisfaction(new SatisfactionPanel(database, party, this))
    , m_tabs(new QTabWidget(this))
    , m_error(new QLabel(this))
{
    EntityStore store(database);
    const QString name = store.displayName(QStringLiteral("party"), party);
    setWindowTitle(tr("Customers and suppliers of %1").arg(name));
    m_customers->setObjectName(QStringLiteral("customers"));
    m_suppliers->setObjectName(QStringLiteral("suppliers"));

    m_error->setWordWrap(true);
    m_error->hide();
    auto column = [this](Side& side, QTreeWidget* list, const QString& heading, const QString& empty) {
        side = { list, new QLabel(this), new QLabel(empty, this), heading };
        side.emptyHint->setWordWrap(true);
        auto* box = new QVBoxLayout;
        box->addWidget(side.title);
        box->addWidget(list, 1);
        box->addWidget(side.emptyHint);
        return box;
    };
    auto* sides = new QHBoxLayout;
    sides->addLayout(column(m_customerSide, m_customers, tr("Whom %1 serves").arg(name),
        tr("Nobody is recorded as a customer yet: add a pair on the Relationships page.")));
    sides->addLayout(column(m_supplierSide, m_suppliers, tr("Who serves %1").arg(name),
        tr("Nobody is recorded as a supplier yet: add a pair on the Relationships page.")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_editor) {
        QPushButton* raise = buttons->addButton(tr("New Request..."), QDialogButtonBox::ActionRole);
        raise->setToolTip(
            tr("%1 asks the selected supplier for service, or the selected customer asks %1").arg(name));
        connect(raise, &QPushButton::clicked, this, &PartyRelationsDialog::newRequest);
    }
    connect(m_satisfaction, &SatisfactionPanel::requestsRequested, this,
        [this](const lists::RequestFilter& filter, const QString& description) {
            emit requestsRequested(filter, description);
            accept();
        });
    for (QTreeWidget* list : { m_customers, m_suppliers }) {
        connect(list, &QTreeWidget::itemClicked, this, [this, list] { m_picked = list; });
    }
    auto* relations = new QWidget(this);
    auto* relationsLayout = new QVBoxLayout(relations);
    relationsLayout->addWidget(new QLabel(
        tr("Everyone is both a customer and a supplier: this is both sides for %1.").arg(name), this));
    relationsLayout->addLayout(sides, 1);
    relationsLayout->addWidget(m_error);
    m_tabs->addTab(relations, tr("Customers and suppliers"));
    m_tabs->addTab(m_satisfaction, tr("Satisfaction"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(1100, 600);
    reloadRelations();
}

void PartyRelationsDialog::reloadRelations()
{
    m_error->hide();
    auto graph = ChainGraph::load(m_database);
    if (!graph) {
        m_error->setText(graph.error().message);
        m_error->show();
        return;
    }
    EntityStore store(m_database);
    const QLocale locale;
    auto fill = [&](const Side& side, const QList<ChainGraph::Edge>& edges, bool customers) {
        QTreeWidget* list = side.list;
        list->clear();
        auto health = ChainGraph::health(m_database, edges);
        if (!health) {
            m_error->setText(health.error().message);
            m_error->show();
            return;
        }
        for (const ChainGraph::EdgeHealth& h : *health) {
            const qint64 other = customers ? h.edge.customer : h.edge.supplier;
            auto* item = new QTreeWidgetItem(list);
            item->setText(0, store.displayName(QStringLiteral("party"), other));
            item->setData(0, Qt::UserRole, other);
            item->setText(1, h.edge.what);
            item->setToolTip(1, h.edge.what);
            item->setText(2,
                labels::choice(QStringLiteral("via"), ChainGraph::viaName(h.edge.via))
                    + (h.edge.oneSided ? tr(" (one-sided)") : QString()));
            item->setData(3, Qt::DisplayRole, h.open);
            item->setData(4, Qt::DisplayRole, h.overdue);
            item->setText(
                5, h.rated > 0 ? tr("%1 of 5").arg(locale.toString(h.satisfaction, 'f', 1)) : QString());
            if (h.overdue > 0) {
                item->setForeground(4, QColor(0xb0, 0x2a, 0x1a));
            }
        }
        list->sortByColumn(0, Qt::AscendingOrder);
        side.title->setText(QStringLiteral("<b>%1</b> (%2)")
                                .arg(side.heading.toHtmlEscaped())
                                .arg(list->topLevelItemCount()));
        side.emptyHint->setVisible(list->topLevelItemCount() == 0);
    };
    fill(m_customerSide, graph->edgesFrom(m_party), true);
    fill(m_supplierSide, graph->edgesInto(m_party), false);
}

void PartyRelationsDialog::newRequest()
{
    if (!m_editor) {
        return;
    }
    // The party asks the supplier picked; a customer picked asks the party; with nothing picked, the party
    // asks whomever the form says.
    qint64 requester = m_party;
    qint64 provider = 0;
    if (QTreeWidgetItem* picked = m_picked ? m_picked->currentItem() : nullptr) {
        const qint64 other = picked->data(0, Qt::UserRole).toLongLong();
        if (m_picked == m_suppliers) {
            provider = other;
        } else {
            requester = other;
            provider = m_party;
        }
    }
    RequestDialog::raise(m_database, m_editor, this, requester, provider);
    // The new request counts on its pair at once.
    reloadRelations();
    m_satisfaction->reload();
}

} // namespace tandem
