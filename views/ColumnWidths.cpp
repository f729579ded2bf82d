#include "ColumnWidths.h"

#include "PagedListModel.h"

#include <QHeaderView>
#include <QTableView>

namespace tandem::columns {

namespace {
// Rows measured: the first page, which the view loads anyway.
constexpr int sampleRows = 100;
} // namespace

void fit(QTableView* view, const PagedListModel& model)
{
    const QFontMetrics metrics = view->fontMetrics();
    const QFontMetrics headerMetrics = view->horizontalHeader()->fontMetrics();
    const QString latin = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    const int unit = qMax(1, metrics.horizontalAdvance(latin) / int(latin.size()));
    const int padding = 2 * unit + 8;
    const int rows = qMin(model.rowCount(), sampleRows);
    for (int column = 0; column < model.columnCount(); ++column) {
        const int hinted = unit * model.widthHint(column);
        // Room for the sort arrow beside the header's text.
        const int header
            = headerMetrics.horizontalAdvance(model.headerData(column, Qt::Horizontal).toString()) + padding
            + headerMetrics.height();
        int content = 0;
        for (int row = 0; row < rows; ++row) {
            content = qMax(content, metrics.horizontalAdvance(model.index(row, column).data().toString()));
        }
        const int fitted = rows == 0 ? hinted : qBound(4 * unit, content + padding, hinted * 3 / 2);
        view->horizontalHeader()->resizeSection(column, qMax(header, fitted));
    }
}

} // namespace tandem::columns
