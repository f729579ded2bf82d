#include "ListPlace.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QSet>

namespace tandem {

namespace {
qint64 idAt(const QAbstractItemView& view, int idRole, int row)
{
    return view.model()->index(row, 0).data(idRole).toLongLong();
}
} // namespace

ListPlace ListPlace::of(const QAbstractItemView& view, int idRole)
{
    ListPlace place;
    place.m_idRole = idRole;
    const QAbstractItemModel* model = view.model();
    if (!model || model->rowCount() == 0) {
        return place;
    }
    if (const QItemSelectionModel* selection = view.selectionModel()) {
        int selectedRows = 0;
        for (const QItemSelectionRange& range : selection->selection()) {
            selectedRows += range.height();
        }
        QSet<int> seen;
        for (const QItemSelectionRange& range : selection->selection()) {
            if (selectedRows > mostKeptById) {
                place.m_selectedRows.append({ range.top(), range.bottom() });
                continue;
            }
            for (int row = range.top(); row <= range.bottom(); ++row) {
                if (!seen.contains(row)) {
                    seen.insert(row);
                    place.m_selected.append({ idAt(view, idRole, row), row });
                }
            }
        }
        const QModelIndex current = selection->currentIndex();
        if (current.isValid()) {
            place.m_current = { current.siblingAtColumn(0).data(idRole).toLongLong(), current.row() };
            place.m_currentColumn = current.column();
        }
    }
    const QModelIndex top = view.indexAt(QPoint(0, 0));
    if (top.isValid()) {
        place.m_top = { top.siblingAtColumn(0).data(idRole).toLongLong(), top.row() };
    }
    place.m_horizontal = view.horizontalScrollBar()->value();
    return place;
}

int ListPlace::findRow(const QAbstractItemView& view, int idRole, const Spot& spot)
{
    const int rows = view.model()->rowCount();
    if (spot.row < 0 || rows == 0) {
        return -1;
    }
    for (int distance = 0; distance <= reach; ++distance) {
        for (const int row : { spot.row - distance, spot.row + distance }) {
            if (row >= 0 && row < rows && idAt(view, idRole, row) == spot.id) {
                return row;
            }
        }
    }
    return -1;
}

void ListPlace::restore(QAbstractItemView& view) const
{
    QAbstractItemModel* model = view.model();
    QItemSelectionModel* selection = view.selectionModel();
    if (!model || !selection) {
        return;
    }
    const int rows = model->rowCount();
    const int lastColumn = model->columnCount() - 1;
    QItemSelection kept;
    const auto keep = [&](int first, int last) {
        if (first < rows && lastColumn >= 0) {
            kept.merge(QItemSelection(model->index(first, 0), model->index(qMin(last, rows - 1), lastColumn)),
                QItemSelectionModel::Select);
        }
    };
    for (const auto& [first, last] : m_selectedRows) {
        keep(first, last);
    }
    for (const Spot& spot : m_selected) {
        if (const int row = findRow(view, m_idRole, spot); row >= 0) {
            keep(row, row);
        }
    }
    // The current record first: making it current scrolls it into view, which the scroll position then
    // overrides.
    if (m_current.row >= 0 && rows > 0) {
        const int found = findRow(view, m_idRole, m_current);
        const int row = found >= 0 ? found : qMin(m_current.row, rows - 1);
        selection->setCurrentIndex(model->index(row, m_currentColumn), QItemSelectionModel::NoUpdate);
    }
    selection->select(kept, QItemSelectionModel::ClearAndSelect);
    if (m_top.row >= 0 && rows > 0) {
        const int found = findRow(view, m_idRole, m_top);
        view.scrollTo(model->index(found >= 0 ? found : qMin(m_top.row, rows - 1), 0),
            QAbstractItemView::PositionAtTop);
    }
    view.horizontalScrollBar()->setValue(m_horizontal);
}

} // namespace tandem
