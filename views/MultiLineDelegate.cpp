#include "MultiLineDelegate.h"

#include <QAbstractItemView>
#include <QPlainTextEdit>
#include <QTableView>

namespace tandem {

namespace {
constexpr int editorLines = 4;
}

QWidget* MultiLineDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    editor->setFrameShape(QFrame::NoFrame);
    return editor;
}

void MultiLineDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QPlainTextEdit*>(editor)->setPlainText(index.data(Qt::EditRole).toString());
}

void MultiLineDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QPlainTextEdit*>(editor)->toPlainText(), Qt::EditRole);
    // The row shows every line of the note once it is written.
    if (auto* table = qobject_cast<QTableView*>(
            editor->parentWidget() ? editor->parentWidget()->parentWidget() : nullptr)) {
        table->resizeRowToContents(index.row());
    }
}

void MultiLineDelegate::updateEditorGeometry(
    QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex&) const
{
    // Taller than the row while editing, so that a few lines are in view.
    QRect area = option.rect;
    area.setHeight(std::max(area.height(), option.fontMetrics.lineSpacing() * editorLines + 8));
    editor->setGeometry(area);
}

} // namespace tandem
