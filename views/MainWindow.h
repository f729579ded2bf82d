#pragma once

#include "BackgroundWork.h"
#include "Error.h"
#include "Lists.h"
#include "Page.h"

#include <QMainWindow>

class QIODevice;
#include <functional>

class QAction;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QLabel;
class QUndoStack;

namespace tandem {

class Database;
class AccountsPage;
class ChainMapPage;
class DashboardPage;
class GlobalSearch;
class HandoversPage;
class IdentityBar;
class ListPage;
class WindowLists;
class OrganizationPage;
class RecordEditor;
class RelationshipsPage;
class RequestsPage;
class ServerWatch;

// Tandem's main window: a sidebar of pages over one open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& database, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPage(int page);
    int currentPage() const;
    QWidget* page(int page) const;
    void reloadAll();
    void reloadPage(int page);
    // Colleagues saved on the team server: the lists in view and the Dashboard reload as F5 does, keeping
    // the user's place; the other pages when next shown.
    void refreshFromServer();
    // Files and team servers (postgresql://...), most recent first, for File ▸ Open Recent.
    void setRecentFiles(const QStringList& files);
    // The menu's words for a recent file or server.
    static QString recentLabel(const QString& location);
    // Asks who the user is among the active colleagues in a bar above the pages, without blocking the
    // window; false when there is nobody to choose from (`quietly`: then say nothing).
    bool chooseIdentity(bool quietly = false);
    // Shows who the user is, credits their edits to them and offers "My accounts". On a team server the
    // login says who: the colleague it belongs to.
    void updateIdentity();
    // The connection to the team server is gone: the status bar says so and offers Reconnect.
    void showConnectionLost();
    // Reconnecting failed: the status bar says why and still offers Reconnect.
    void showReconnectProblem(const QString& sentence);
    // The database connected again: watching resumes and every page reloads.
    void reconnected();
    ServerWatch* serverWatch() const { return m_serverWatch; }
    QUndoStack* undoStack() const { return m_undo; }
    // The import wizard, for what the page in view lists; `path` fills in the file.
    void importFile(const QString& path = QString());
    // Asks for a file and writes every contact as vCards, the calendar of what is due, or everything.
    void exportContacts();
    void exportCalendar();
    void exportArchive();
    // Shows the Requests page with the requests `filter` picks.
    void showRequests(const lists::RequestFilter& filter, const QString& description = QString());
    // Opens a record where it lives: an account (or a contact's account) or a request in its dialog, a
    // colleague or a department on the Organization page. entity: as SearchIndex names it.
    void openRecord(const QString& entity, qint64 id);
    GlobalSearch* globalSearch() const { return m_search; }

signals:
    void newDatabaseRequested();
    void openDatabaseRequested(const QString& path); // empty: ask for one; or a team server's address
    void connectServerRequested();
    void reconnectRequested(); // the same team server again, after the connection was lost
    void languageRequested(const QString& language); // empty: follow the system

protected:
    // A spreadsheet or vCard file dropped on the window opens the import wizard with it.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // Writes a file on a worker thread with its own connection, a progress bar and Cancel; the file
    // appears whole or not at all, readable by its owner only (it holds the customer list).
    using FileWriter = std::function<Error(Database&, QIODevice&, BackgroundWork::Progress&)>;
    void writeInBackground(const QString& path, const QString& label, const FileWriter& write);
    void createPages();
    void createMenus();
    void createSearch();
    // Puts the cursor in the search field of the list in view (Ctrl+F).
    void findInList();
    void loadDemo();
    void updateDemoAction();
    void about();
    // Lists that behave as a desktop app's lists, the window as it was left, and a word in the status bar
    // after each edit.
    void createDesk();
    void showShortcuts();
    void showRelations(qint64 party);
    // Titles the window and its status bar after the file, or the server and who is signed in to it.
    void showWhere(const QString& signedInAs = QString());

    Database& m_database;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QLabel* m_databaseLabel;
    QUndoStack* m_undo;
    RecordEditor* m_editor;
    DashboardPage* m_dashboard = nullptr;
    OrganizationPage* m_organization = nullptr;
    RelationshipsPage* m_relationships = nullptr;
    AccountsPage* m_accounts = nullptr;
    RequestsPage* m_requests = nullptr;
    HandoversPage* m_handovers = nullptr;
    QLabel* m_identityLabel = nullptr;
    IdentityBar* m_identityBar = nullptr;
    GlobalSearch* m_search = nullptr;
    ChainMapPage* m_chainMap = nullptr;
    QList<ListPage*> m_lists;
    QList<bool> m_stale = QList<bool>(Page::Count, false); // pages to reload when next shown
    QAction* m_demoAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    WindowLists* m_desk = nullptr;
    ServerWatch* m_serverWatch = nullptr; // on a team server only
    QAction* m_reconnectAction = nullptr;
    QPushButton* m_reconnectButton = nullptr;
};

} // namespace tandem
