#pragma once

#include "SavedViews.h"

#include <QPushButton>
#include <functional>

namespace tandem {

class Database;
class ListPage;

// The Views button in a list's header: the list's saved views to pick from, and Save View As, Rename and
// Delete. A view keeps the list's filter, search text and sort, in the open database.
class SavedViewsButton : public QPushButton
{
    Q_OBJECT

public:
    // Shows a filter the way the page shows it: pages with filter widgets set them, which sets the list's
    // filter; without one, the list's filter is set directly.
    using ShowFilter = std::function<void(const lists::ListFilter& filter)>;

    SavedViewsButton(Database& database, ListPage* list, const QString& listName, ShowFilter show,
        QWidget* parent = nullptr);

    // The list as it is shown now, under `name`.
    lists::SavedView current(const QString& name) const;
    // Each shows the model's refusal over the window and returns whether it was done.
    bool saveAs(const QString& name);
    bool apply(const QString& name);
    bool rename(const QString& from, const QString& to);
    bool remove(const QString& name);

private:
    void fillMenu();
    // Asks for a view's name; empty when the user cancelled.
    QString askName(const QString& title, const QString& initial);
    bool done(const Error& error, const QString& title);

    lists::SavedViews m_views;
    ListPage* m_list;
    ShowFilter m_show;
};

} // namespace tandem
