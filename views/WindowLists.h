#pragma once

#include <QList>
#include <QObject>

class QSplitter;

namespace tandem {

class Database;
class ListLayout;
class ListMenus;
class ListPage;
class MainWindow;
class RecordEditor;

// The lists of the main window's pages as a desktop app's lists: each named, its columns remembered
// (ListLayout), its menus and keys (ListMenus) with the page's own actions for its rows, and its saved
// views in the header (SavedViewsButton). The window's own size, place and splitters are remembered with
// the lists' columns, in the user's settings.
class WindowLists : public QObject
{
    Q_OBJECT

public:
    WindowLists(Database& database, RecordEditor* editor, MainWindow* window);
    // Puts the window and its splitters back as they were left; the lists follow when they first show.
    void restore();
    // Keeps the window, its splitters and every list's columns for the next start.
    void save() const;
    ListMenus* menusOf(const ListPage* list) const;

private:
    // Each splitter with the key it is kept under: by page and by order within the page.
    QList<std::pair<QString, QSplitter*>> splitters() const;
    void addAccounts();
    void addRequests();
    void addStaff();
    void addLinks();
    void addOthers();
    void addFollowUps();
    // Names `list`, remembers its columns, gives it menus and, unless `views` is false, saved views.
    ListMenus* add(ListPage* list, const QString& name, bool opens);
    void logInteraction(qint64 account);
    // The selected accounts go, as one step that Edit › Undo takes back; the model refuses accounts
    // with history (contacts, interactions, purchases, requests).
    void removeAccounts(const QList<qint64>& accounts);

    Database& m_database;
    RecordEditor* m_editor;
    MainWindow* m_window;
    QList<ListLayout*> m_layouts;
    QList<ListMenus*> m_menus;
};

} // namespace tandem
