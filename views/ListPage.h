#pragma once

#include "PagedListModel.h"

#include <QWidget>
#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tandem {

class Database;

// A page that shows one list: a title, how many rows it has, and the rows, fetched lazily and sorted in SQL.
// An empty list says what to do next instead of showing an empty grid.
class ListPage : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString title;
        std::function<QString(int)> count; // "%n accounts"
        QString empty; // what to do when there is nothing yet
        QString attention; // tooltip for highlighted rows
    };

    ListPage(Database& database, std::function<ListSpec()> spec, Texts texts, QWidget* parent = nullptr);

    // Shown as a button under the empty-state text, such as "Load the demo organization".
    void setEmptyAction(QAction* action);
    // Filters the rows with the list's typed filter; the model is created on first use.
    void setFilter(const lists::ListFilter& filter);
    void setHeading(const QString& title);
    QString heading() const;
    // Reads the rows again, keeping the records selected and the scroll position (ListPlace).
    void reload();
    // Narrows the rows to those whose records match `text` in the search index, with the filter, and shows
    // it in the list's search field; lists whose rows stand for no indexed record have no field.
    void setSearchText(const QString& text);
    QString searchText() const;
    QLineEdit* searchField() const { return m_search; }
    // Puts the cursor in the search field, its text selected (Ctrl+F).
    void focusSearch();

    PagedListModel* model();
    // Asks for a file and writes the list as shown (its filter, order and the columns shown) as CSV for
    // Excel; only `rows` (in the model's numbering) when given, as Export Selected does.
    void exportList(const QList<int>& rows = {});
    // Writes the rows as shown to `path`; cells that a spreadsheet would run as formulas are neutralised
    // unless `neutralise` is false. Shows progress and can be cancelled (then nothing is written). Returns
    // the sentence of what went wrong, if anything.
    QString exportTo(const QString& path, bool neutralise, const QList<int>& rows = {});
    QTableView* view() const { return m_view; }
    QString countText() const;
    const lists::ListFilter& filter() const { return m_filter; }
    // The columns the user sees, in the order shown (hidden ones left out), as Export and Copy write them.
    QList<int> shownColumns() const;
    // Puts `widget` in the header row, before the count (a page's own tools for the list).
    void addHeaderWidget(QWidget* widget);

signals:
    // The rows' model and the view's columns exist now (the first time the list is shown or asked for).
    void modelCreated();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureModel();
    void updateState();
    // Letters typed into the rows go to the search field: matching them against every row would load the
    // whole list a page at a time.
    void searchFromKeyboard(const QString& typed);

    Database& m_database;
    std::function<ListSpec()> m_spec;
    Texts m_texts;
    PagedListModel* m_model = nullptr;
    lists::ListFilter m_filter;
    QLabel* m_title;
    QHBoxLayout* m_headerRow = nullptr;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_emptyButton;
    QLabel* m_note; // why a sort was refused
    QPushButton* m_export;
    QLineEdit* m_search;
    QTimer* m_searchDelay; // searches once typing pauses
    QAction* m_emptyAction = nullptr;
};

} // namespace tandem
