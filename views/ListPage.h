#pragma once

#include "PagedListModel.h"

#include <QWidget>
#include <functional>

class QAction;
class QLabel;
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
    void reload();

    PagedListModel* model();
    // Asks for a file and writes the list as shown (its filter, order and columns) as CSV for Excel.
    void exportList();
    // Writes the rows as shown to `path`; cells that a spreadsheet would run as formulas are neutralised
    // unless `neutralise` is false. Shows progress and can be cancelled (then nothing is written). Returns
    // the sentence of what went wrong, if anything.
    QString exportTo(const QString& path, bool neutralise);
    QTableView* view() const { return m_view; }
    QString countText() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureModel();
    void updateState();

    Database& m_database;
    std::function<ListSpec()> m_spec;
    Texts m_texts;
    PagedListModel* m_model = nullptr;
    lists::ListFilter m_filter;
    QLabel* m_title;
    QLabel* m_count;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_empty;
    QPushButton* m_emptyButton;
    QLabel* m_note; // why a sort was refused
    QPushButton* m_export;
    QAction* m_emptyAction = nullptr;
};

} // namespace tandem
