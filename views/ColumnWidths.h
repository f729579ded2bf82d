#pragma once

class QTableView;

namespace tandem {

class PagedListModel;

namespace columns {
// Gives each column of `view` a width that fits its header and the text of its first rows, up to half again
// the column's width hint, so that names are not cut short and no column runs off the screen. Measured in
// the view's font: a Chinese name is measured as Chinese, not as a count of average characters (which a
// CJK font reports as a full square, doubling every column).
void fit(QTableView* view, const PagedListModel& model);
} // namespace columns

} // namespace tandem
