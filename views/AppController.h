#pragma once

#include "Database.h"
#include "Error.h"
#include "MainWindow.h"
#include "PasswordKeyring.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace tandem {

class CheckStopper;
struct ServerAddress;

// Owns the open database and the main window: first start, opening and creating files, connecting to a
// team server, the recent list, and switching the language (the window is rebuilt at once in the new
// language).
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // Opens `path` (a file or a team server's postgresql:// address), or the default database when it is
    // empty; on a first start offers the demo organisation. Returns false when no database could be opened
    // and the user gave up.
    bool start(const QString& path);
    MainWindow* window() const { return m_window; }
    Database* database() const { return m_database.get(); }

    // Opens a database file; a server address is handed to openServer().
    bool openDatabase(const QString& path, bool offerDemo);
    // Opens the team server at `location` with the password the keyring keeps for it, or libpq's own
    // (PGPASSWORD, ~/.pgpass); when neither lets the user in, asks in the connect dialog for what is
    // missing. The keyring answers asynchronously: `done` (optional) says whether the server opened.
    void openServer(const QString& location, const std::function<void(bool opened)>& done = {});
    // File ▸ Connect to Team Server...: the dialog, filled in with the last server used. Returns whether a
    // server was opened.
    bool connectToServer();
    // Connects to the same team server again with the same password, after the connection was lost; the
    // window stays as it is (its undo steps too) and reloads its pages.
    bool reconnect();

    // Files and team servers opened lately, most recent first; files that are gone are left out.
    QStringList recentFiles() const;

private:
    // Opens `location` on a worker thread first (an upgrade of a large database takes a minute; a server
    // may take a while to answer), then on this thread for the window.
    Result<std::unique_ptr<Database>> openWithProgress(
        const QString& location, const Database::Options& options, const QString& label, bool* created);
    Result<std::unique_ptr<Database>> openServerDatabase(
        const ServerAddress& address, const QString& password);
    // The connect dialog for `address` (none: the last server used), saying `problem` when there is one.
    bool askForServer(
        const ServerAddress* address, std::optional<PasswordKeyring::Answer> keyring, const QString& problem);
    // Makes `database` the open one with a new window over it; `password`, for a server, is kept in memory
    // for Reconnect.
    void install(std::unique_ptr<Database> database, bool created, const QString& password);
    bool openServerAndWait(const QString& location);
    void showWindow();
    // Where file dialogs start: the open file's folder, or home when a server is open.
    QString folderOfOpenDatabase() const;
    void chooseDatabase();
    void createDatabase();
    void switchLanguage(const QString& language);
    void rememberRecent(const QString& path);
    void verifyInBackground(const QString& path);

    std::unique_ptr<Database> m_database;
    QString m_password; // the open server's, never written anywhere
    QPointer<MainWindow> m_window;
    QPointer<QThread> m_verifier;
    std::shared_ptr<CheckStopper> m_stopVerifying; // quitting ends the check early
};

} // namespace tandem
