#pragma once

#include <QMainWindow>

class QAction;
class QListWidget;
class QMenu;
class QStackedWidget;
class QLabel;

namespace tandem {

class Database;
class ChainMapPage;
class DashboardPage;
class ListPage;
class OrganizationPage;

// Tandem's main window: a sidebar of pages over one open database.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        Dashboard,
        Organization,
        Relationships,
        ChainMap,
        Accounts,
        Requests,
        Handovers,
        PageCount
    };

    explicit MainWindow(Database& database, QWidget* parent = nullptr);

    void showPage(int page);
    int currentPage() const;
    QWidget* page(int page) const;
    void reloadAll();
    void setRecentFiles(const QStringList& files);

signals:
    void newDatabaseRequested();
    void openDatabaseRequested(const QString& path); // empty: ask for one
    void languageRequested(const QString& language); // empty: follow the system

private:
    void createPages();
    void createMenus();
    void loadDemo();
    void updateDemoAction();
    void about();

    Database& m_database;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    QLabel* m_databaseLabel;
    DashboardPage* m_dashboard = nullptr;
    OrganizationPage* m_organization = nullptr;
    ChainMapPage* m_chainMap = nullptr;
    QList<ListPage*> m_lists;
    QAction* m_demoAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace tandem
