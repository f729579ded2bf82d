#pragma once

#include "PagedListModel.h"

#include <QList>

class QAbstractItemView;

namespace tandem {

// Where the user is in a list: the records selected, the current one and the record at the top of the
// view, kept by id, so that a reload (F5, or a colleague's save on a team server) puts the user back on the
// same records even when rows moved (a new account sorted above them). A record is looked for near its old
// row only, so that putting the place back loads a page or two, never the whole list.
class ListPlace
{
public:
    // The place in `view`, whose model gives each row's record id in `idRole`.
    static ListPlace of(const QAbstractItemView& view, int idRole = PagedListModel::IdRole);
    // Puts it back after the view's model was reset. Records no longer in the list are left out; when the
    // current one is gone, the current row stays where it was, unselected.
    void restore(QAbstractItemView& view) const;

    // How many rows either side of its old row a record is looked for.
    static constexpr int reach = 100;
    // Above this many selected rows (Select All), the same rows are selected again rather than the same
    // records: looking each one up would load the list.
    static constexpr int mostKeptById = 500;

private:
    struct Spot
    {
        qint64 id = 0;
        int row = -1;
    };
    static int findRow(const QAbstractItemView& view, int idRole, const Spot& spot);

    int m_idRole = PagedListModel::IdRole;
    QList<Spot> m_selected;
    QList<std::pair<int, int>> m_selectedRows; // first and last row of each range, when too many for ids
    Spot m_current;
    int m_currentColumn = 0;
    Spot m_top;
    int m_horizontal = 0;
};

} // namespace tandem
