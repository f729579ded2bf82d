#include "ListLayout.h"

#include "ListPage.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace tandem {

ListLayout::ListLayout(ListPage* list, const QString& name)
    : QObject(list)
    , m_list(list)
    , m_name(name)
{
    connect(list, &ListPage::modelCreated, this, &ListLayout::restore);
}

QString ListLayout::key() const
{
    return QStringLiteral("lists/%1/columns").arg(m_name);
}

void ListLayout::save() const
{
    QHeaderView* header = m_list->view()->horizontalHeader();
    if (header->count() > 0) {
        QSettings().setValue(key(), header->saveState());
    }
}

void ListLayout::restore()
{
    const QByteArray state = QSettings().value(key()).toByteArray();
    QHeaderView* header = m_list->view()->horizontalHeader();
    // A state from a version with other columns is refused, and the fitted widths stay.
    if (state.isEmpty() || !header->restoreState(state)) {
        return;
    }
    // The header shows the remembered sort; the rows follow it (a sort too slow for the list is refused
    // and the header put back, as when the user clicks it).
    PagedListModel* model = m_list->model();
    if (header->sortIndicatorSection() != model->sortColumn()
        || header->sortIndicatorOrder() != model->sortOrder()) {
        m_list->view()->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

} // namespace tandem
