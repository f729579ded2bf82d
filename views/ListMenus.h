#pragma once

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QPoint;

namespace tandem {

class ListPage;

// What a list offers as a desktop list does: Enter opens the current row as a double-click does (when the
// page opens rows), a right-click on the rows offers Open, the page's own actions for them, Copy, Export
// Selected and Delete, and a right-click on the header chooses which columns are shown.
class ListMenus : public QObject
{
    Q_OBJECT

public:
    using Action = std::function<void()>;

    // `opens`: the page opens a row on a double-click.
    ListMenus(ListPage* list, bool opens);
    // Offered for the rows, after Open, in the order added.
    QAction* addRowAction(const QString& text, const Action& run);
    // Delete (the key and the menu) removes the selected rows; pages whose own Delete shortcut already
    // does it give that here so that the menu says so too.
    void setRemove(const Action& remove);

    // The menus as they would show for the current rows and the header, for a person to pick from.
    QMenu* rowMenu();
    QMenu* headerMenu();
    void open();
    // The selected rows, their shown columns in the shown order, one line each with tabs between cells,
    // as a spreadsheet pastes them.
    void copySelected() const;
    void exportSelected();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QList<int> selectedRows() const;

    ListPage* m_list;
    bool m_opens;
    QList<QAction*> m_rowActions;
    Action m_remove;
    QMenu* m_rowMenu = nullptr;
    QMenu* m_headerMenu = nullptr;
};

} // namespace tandem
