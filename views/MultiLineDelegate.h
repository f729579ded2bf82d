#pragma once

#include <QStyledItemDelegate>

namespace tandem {

// Edits a table cell as a few lines of text (a briefing note, an address): Enter starts a new line, Tab
// and leaving the cell keep what was typed, and the row grows to show every line.
class MultiLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(
        QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void updateEditorGeometry(
        QWidget* editor, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace tandem
