#include "ListMenus.h"

#include "ListPage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QTableView>

namespace tandem {

ListMenus::ListMenus(ListPage* list, bool opens)
    : QObject(list)
    , m_list(list)
    , m_opens(opens)
{
    QTableView* view = list->view();
    view->installEventFilter(this);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
        // A right-click on a row outside the selection acts on that row, as in a file manager.
        const QModelIndex index = view->indexAt(at);
        if (index.isValid() && view->selectionModel()
            && !view->selectionModel()->isRowSelected(index.row(), QModelIndex())) {
            view->selectRow(index.row());
        }
        view->setCurrentIndex(index.isValid() ? index : view->currentIndex());
        rowMenu()->popup(view->viewport()->mapToGlobal(at));
    });
    QHeaderView* header = view->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
        [this, header](const QPoint& at) { headerMenu()->popup(header->mapToGlobal(at)); });
}

QAction* ListMenus::addRowAction(const QString& text, const Action& run)
{
    auto* action = new QAction(text, this);
    connect(action, &QAction::triggered, this, run);
    m_rowActions << action;
    return action;
}

void ListMenus::setRemove(const Action& remove)
{
    m_remove = remove;
}

QList<int> ListMenus::selectedRows() const
{
    QList<int> rows;
    if (QItemSelectionModel* selection = m_list->view()->selectionModel()) {
        for (const QModelIndex& index : selection->selectedRows()) {
            rows << index.row();
        }
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

QMenu* ListMenus::rowMenu()
{
    delete m_rowMenu;
    m_rowMenu = new QMenu(m_list);
    m_rowMenu->setObjectName(QStringLiteral("rowMenu"));
    const bool any = !selectedRows().isEmpty();
    if (m_opens) {
        QAction* open = m_rowMenu->addAction(tr("Open"), this, &ListMenus::open);
        open->setShortcut(QKeySequence(Qt::Key_Return));
        open->setEnabled(m_list->view()->currentIndex().isValid());
        m_rowMenu->setDefaultAction(open);
    }
    for (QAction* action : m_rowActions) {
        action->setEnabled(any);
        m_rowMenu->addAction(action);
    }
    m_rowMenu->addSeparator();
    QAction* copy = m_rowMenu->addAction(tr("Copy"), this, &ListMenus::copySelected);
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(any);
    m_rowMenu->addAction(tr("Export Selected..."), this, &ListMenus::exportSelected)->setEnabled(any);
    if (m_remove) {
        m_rowMenu->addSeparator();
        QAction* remove = m_rowMenu->addAction(tr("Delete"), this, m_remove);
        remove->setShortcut(QKeySequence::Delete);
        remove->setEnabled(any);
    }
    return m_rowMenu;
}

QMenu* ListMenus::headerMenu()
{
    delete m_headerMenu;
    m_headerMenu = new QMenu(m_list);
    m_headerMenu->setObjectName(QStringLiteral("headerMenu"));
    QHeaderView* header = m_list->view()->horizontalHeader();
    QAbstractItemModel* model = m_list->view()->model();
    if (!model) {
        return m_headerMenu;
    }
    m_headerMenu->addSection(tr("Columns shown"));
    const int shown = header->count() - header->hiddenSectionCount();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* action = m_headerMenu->addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last column shown stays: a list without columns would look empty.
        action->setEnabled(header->isSectionHidden(column) || shown > 1);
        connect(action, &QAction::toggled, header,
            [header, column](bool checked) { header->setSectionHidden(column, !checked); });
    }
    return m_headerMenu;
}

void ListMenus::open()
{
    const QModelIndex current = m_list->view()->currentIndex();
    if (m_opens && current.isValid()) {
        // The pages open a row on a double-click; Enter and Open do the same.
        emit m_list->view()->doubleClicked(current);
    }
}

void ListMenus::copySelected() const
{
    const QAbstractItemModel* model = m_list->view()->model();
    const QList<int> columns = m_list->shownColumns();
    QStringList lines;
    for (int row : selectedRows()) {
        QStringList cells;
        for (int column : columns) {
            // A tab or a line break inside a cell would split it when pasted.
            cells << model->index(row, column).data().toString().simplified();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    if (!lines.isEmpty()) {
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }
}

void ListMenus::exportSelected()
{
    const QList<int> rows = selectedRows();
    if (!rows.isEmpty()) {
        m_list->exportList(rows);
    }
}

bool ListMenus::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QObject::eventFilter(watched, event);
    }
    auto* key = static_cast<QKeyEvent*>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier
        && m_opens && m_list->view()->currentIndex().isValid()) {
        open();
        return true;
    }
    if (key->matches(QKeySequence::Copy)) {
        copySelected();
        return true;
    }
    if (key->matches(QKeySequence::Delete) && m_remove && !selectedRows().isEmpty()) {
        m_remove();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tandem
