#pragma once

#include "MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <memory>

namespace tandem {

class CheckStopper;
class Database;

// Owns the open database and the main window: first start, opening and creating files, the recent list,
// and switching the language (the window is rebuilt at once in the new language).
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(QObject* parent = nullptr);
    ~AppController() override;

    // Opens `path`, or the default database when it is empty; on a first start offers the demo
    // organisation. Returns false when no database could be opened and the user gave up.
    bool start(const QString& path);
    MainWindow* window() const { return m_window; }
    Database* database() const { return m_database.get(); }

    bool openDatabase(const QString& path, bool offerDemo);

private:
    void showWindow();
    void chooseDatabase();
    void createDatabase();
    void switchLanguage(const QString& language);
    void rememberRecent(const QString& path);
    QStringList recentFiles() const;
    void verifyInBackground(const QString& path);

    std::unique_ptr<Database> m_database;
    QPointer<MainWindow> m_window;
    QPointer<QThread> m_verifier;
    std::shared_ptr<CheckStopper> m_stopVerifying; // quitting ends the check early
};

} // namespace tandem
