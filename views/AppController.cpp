#include "AppController.h"

#include "BackgroundWork.h"
#include "ConnectServerDialog.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "Dialogs.h"
#include "Identity.h"
#include "MainWindow.h"
#include "Paths.h"
#include "ServerAddress.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>
#include <QThread>

namespace tandem {

namespace {
const QString recentKey = QStringLiteral("files/recent");
const char* const databaseFilter
    = QT_TRANSLATE_NOOP("tandem::AppController", "Tandem databases (*.db *.tandem);;All files (*)");
} // namespace

AppController::AppController(QObject* parent)
    : QObject(parent)
{ }

AppController::~AppController()
{
    // The window first: its pages tell their workers to stop, and they wind down while the check finishes.
    delete m_window;
    m_window = nullptr;
    if (m_verifier) {
        m_stopVerifying->stop();
        m_verifier->wait();
    }
}

bool AppController::start(const QString& path)
{
    if (Database::isServerLocation(path)) {
        if (openServerAndWait(path)) {
            return true;
        }
    } else {
        const QString target = path.isEmpty() ? paths::defaultDatabase() : path;
        const bool firstRun = path.isEmpty() && !QFileInfo::exists(target);
        if (openDatabase(target, firstRun)) {
            return true;
        }
    }
    // Nothing could be opened: let the user pick another, make a new one or connect to a server, as often
    // as they like.
    while (!m_database) {
        const int answer = Dialogs::choose(nullptr, tr("Tandem"), tr("Tandem needs a database to work with."),
            { tr("Open Another..."), tr("Create a New One..."), tr("Connect to a Team Server..."),
                tr("Quit") },
            3);
        if (answer == 0) {
            const QString other
                = Dialogs::openFile(nullptr, tr("Open Database"), QDir::homePath(), tr(databaseFilter));
            if (!other.isEmpty()) {
                openDatabase(other, false);
            }
        } else if (answer == 1) {
            const QString created
                = Dialogs::saveFile(nullptr, tr("New Database"), QDir::homePath(), tr(databaseFilter));
            if (!created.isEmpty()) {
                openDatabase(created, true);
            }
        } else if (answer == 2) {
            askForServer(nullptr, std::nullopt, QString());
        } else {
            return false;
        }
    }
    return true;
}

Result<std::unique_ptr<Database>> AppController::openWithProgress(
    const QString& location, const Database::Options& options, const QString& label, bool* created)
{
    // Opening creates the file or upgrades its schema, which on a large database takes a minute, and a
    // server may be slow to answer: that runs on a worker thread under a progress window (shown only if it
    // takes more than a moment), and the window's own connection, which belongs to this thread, is opened
    // once it is done.
    std::optional<Error> failed;
    QString upgradeBackup;
    BackgroundWork::run(
        m_window, label,
        [&](BackgroundWork::Progress&) {
            auto first = Database::open(location, options);
            if (!first) {
                failed = first.error();
                return;
            }
            *created = (*first)->wasCreated();
            upgradeBackup = (*first)->upgradeBackupPath();
        },
        false);
    if (failed) {
        return *failed;
    }
    auto opened = Database::open(location, options);
    if (opened && !upgradeBackup.isEmpty()) {
        Dialogs::information(m_window, tr("Database upgraded"),
            tr("The database was upgraded to this version of Tandem. The earlier version was kept at %1.")
                .arg(QDir::toNativeSeparators(upgradeBackup)));
    }
    return opened;
}

bool AppController::openDatabase(const QString& path, bool offerDemo)
{
    if (Database::isServerLocation(path)) {
        return openServerAndWait(path);
    }
    Database::Options options;
    // The full check of a large file takes seconds; it runs on a worker thread once the window is up.
    options.quickCheck = false;
    options.collation
        = translations::uiLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QString();
    bool created = false;
    auto opened = openWithProgress(path, options,
        tr("Opening %1... A database from an earlier version of Tandem is upgraded first, which takes a "
           "minute when it is large.")
            .arg(QFileInfo(path).fileName()),
        &created);
    if (!opened) {
        Dialogs::error(m_window, tr("Cannot open the database"), opened.error().message);
        return false;
    }
    std::unique_ptr<Database> database = std::move(*opened);
    database->setActor(QString::fromLocal8Bit(qgetenv("USER")));
    if (offerDemo && created) {
        const auto answer = Dialogs::question(m_window, tr("Welcome to Tandem"),
            tr("Tandem created a new, empty database at %1.\n\nFill it with a demo organization (a "
               "manufacturer with its "
               "departments, colleagues, pairs, accounts and requests) to look around?")
                .arg(QDir::toNativeSeparators(path)));
        if (answer == QMessageBox::Yes) {
            const bool chinese = translations::uiLanguage() == QLatin1String("zh_CN");
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const Error error = DemoOrganisation::fill(*database,
                chinese ? DemoOrganisation::Language::Chinese : DemoOrganisation::Language::English);
            QApplication::restoreOverrideCursor();
            if (error) {
                Dialogs::error(m_window, tr("Demo organization"), error.message);
            }
        }
    }
    install(std::move(database), created, QString());
    return true;
}

namespace {
// Whether libpq has a password of its own to try, as psql would: PGPASSWORD or a password file.
bool libpqHasPassword()
{
    if (qEnvironmentVariableIsSet("PGPASSWORD")) {
        return true;
    }
    const QString file = qEnvironmentVariableIsSet("PGPASSFILE")
        ? qEnvironmentVariable("PGPASSFILE")
        : QDir::homePath() + QStringLiteral("/.pgpass");
    return QFileInfo::exists(file);
}
} // namespace

Result<std::unique_ptr<Database>> AppController::openServerDatabase(
    const ServerAddress& address, const QString& password)
{
    Database::Options options;
    options.quickCheck = false;
    options.password = password;
    options.collation
        = translations::uiLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QString();
    bool created = false;
    return openWithProgress(
        address.toString(), options, tr("Connecting to %1...").arg(address.displayName()), &created);
}

void AppController::openServer(const QString& location, const std::function<void(bool)>& done)
{
    const auto finish = [done](bool opened) {
        if (done) {
            done(opened);
        }
    };
    const auto address = ServerAddress::parse(location);
    if (!address) {
        Dialogs::error(m_window, tr("Cannot open the database"), address.error().message);
        finish(false);
        return;
    }
    PasswordKeyring::read(address->toString(), this,
        [this, address = *address, finish](PasswordKeyring::Answer answer, const QString& kept) {
            QString problem;
            const bool found = answer == PasswordKeyring::Answer::Found;
            if (found || libpqHasPassword()) {
                const QString password = found ? kept : QString();
                auto opened = openServerDatabase(address, password);
                if (opened) {
                    install(std::move(*opened), false, password);
                    finish(true);
                    return;
                }
                problem = opened.error().message;
            }
            // Asked for only what is missing: the password (again, when the kept one no longer does).
            finish(askForServer(&address, found ? PasswordKeyring::Answer::Missing : answer, problem));
        });
}

bool AppController::openServerAndWait(const QString& location)
{
    std::optional<bool> opened;
    QEventLoop waiting;
    openServer(location, [&](bool result) {
        opened = result;
        waiting.quit();
    });
    if (!opened) {
        waiting.exec();
    }
    return opened.value_or(false);
}

bool AppController::connectToServer()
{
    return askForServer(nullptr, std::nullopt, QString());
}

bool AppController::askForServer(
    const ServerAddress* address, std::optional<PasswordKeyring::Answer> keyring, const QString& problem)
{
    std::optional<ServerAddress> prefill;
    if (address) {
        prefill = *address;
    } else {
        for (const QString& recent : recentFiles()) {
            if (Database::isServerLocation(recent)) {
                if (auto last = ServerAddress::parse(recent)) {
                    prefill = *last;
                }
                break;
            }
        }
    }
    std::unique_ptr<Database> opened;
    QString password;
    QString key;
    bool remember = false;
    {
        // The dialog only opens the server, and is gone before the window that is its parent is replaced.
        ConnectServerDialog dialog(
            [&](const ServerAddress& target, const QString& typed) -> Error {
                auto database = openServerDatabase(target, typed);
                if (!database) {
                    return database.error();
                }
                opened = std::move(*database);
                password = typed;
                key = target.toString();
                return {};
            },
            m_window);
        if (prefill) {
            dialog.setAddress(*prefill);
        }
        if (keyring) {
            dialog.setKeyringAnswer(*keyring);
        } else {
            PasswordKeyring::read(prefill ? prefill->toString() : QStringLiteral("postgresql://"), &dialog,
                [&dialog](PasswordKeyring::Answer answer, const QString& kept) {
                    dialog.setKeyringAnswer(answer, kept);
                });
        }
        dialog.showProblem(problem);
        if (dialog.run() != QDialog::Accepted || !opened) {
            return false;
        }
        remember = dialog.remembersPassword();
    }
    if (!remember) {
        PasswordKeyring::forget(key);
    } else if (!password.isEmpty()) {
        PasswordKeyring::store(key, password, this, [this](bool kept) {
            if (!kept && m_window) {
                m_window->statusBar()->showMessage(
                    tr("The keyring did not keep the password; Tandem asks for it next time."), 10000);
            }
        });
    }
    install(std::move(opened), false, password);
    return true;
}

bool AppController::reconnect()
{
    if (!m_database || !m_database->isServer() || !m_window) {
        return false;
    }
    const auto address = ServerAddress::parse(m_database->path());
    if (!address) {
        return false;
    }
    // Whether the server answers again is found out on a worker thread, so that the window does not
    // freeze for the seconds a server still down takes to time out; the window's own connection follows.
    Database::Options options;
    options.quickCheck = false;
    options.create = false;
    options.password = m_password;
    Error problem;
    BackgroundWork::run(
        m_window, tr("Connecting to %1...").arg(address->displayName()),
        [&](BackgroundWork::Progress&) {
            auto probe = Database::open(m_database->path(), options);
            if (!probe) {
                problem = probe.error();
            }
        },
        false);
    if (!problem) {
        problem = m_database->reconnect();
    }
    if (problem) {
        m_window->showReconnectProblem(problem.message);
        return false;
    }
    m_window->reconnected();
    return true;
}

void AppController::install(std::unique_ptr<Database> database, bool created, const QString& password)
{
    const QString kept = database->isServer() ? password : QString();
    delete m_window;
    m_database = std::move(database);
    m_password = kept;
    rememberRecent(m_database->path());
    showWindow();
    if (m_database->isServer()) {
        return; // the login says who the user is; the server checks itself
    }
    // Until the user says who they are, a bar above the pages asks, without stopping them from working.
    if (identity::staffFor(m_database->path()) == 0) {
        m_window->chooseIdentity(true);
    }
    if (!created) {
        verifyInBackground(m_database->path());
    }
}

void AppController::verifyInBackground(const QString& path)
{
    m_stopVerifying = std::make_shared<CheckStopper>();
    QThread* thread = QThread::create([this, path, stop = m_stopVerifying] {
        const Error error = Database::quickCheck(path, stop.get());
        if (error) {
            QMetaObject::invokeMethod(this, [this, path, message = error.message] {
                if (m_database && m_database->path() == path) {
                    Dialogs::error(m_window, tr("The database is damaged"), message);
                }
            });
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_verifier = thread;
    thread->start(QThread::LowPriority);
}

void AppController::showWindow()
{
    m_window = new MainWindow(*m_database);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->setRecentFiles(recentFiles());
    connect(m_window, &MainWindow::openDatabaseRequested, this, [this](const QString& path) {
        if (path.isEmpty()) {
            chooseDatabase();
        } else if (Database::isServerLocation(path)) {
            openServer(path);
        } else {
            openDatabase(path, false);
        }
    });
    // Queued: both replace the window whose menu or button asked.
    connect(
        m_window, &MainWindow::connectServerRequested, this, [this] { connectToServer(); },
        Qt::QueuedConnection);
    connect(
        m_window, &MainWindow::reconnectRequested, this, [this] { reconnect(); }, Qt::QueuedConnection);
    connect(m_window, &MainWindow::newDatabaseRequested, this, &AppController::createDatabase);
    connect(m_window, &MainWindow::languageRequested, this, &AppController::switchLanguage);
    m_window->show();
}

QString AppController::folderOfOpenDatabase() const
{
    return m_database && !m_database->isServer() ? QFileInfo(m_database->path()).absolutePath()
                                                 : QDir::homePath();
}

void AppController::chooseDatabase()
{
    const QString path
        = Dialogs::openFile(m_window, tr("Open Database"), folderOfOpenDatabase(), tr(databaseFilter));
    if (!path.isEmpty()) {
        openDatabase(path, false);
    }
}

void AppController::createDatabase()
{
    const QString path
        = Dialogs::saveFile(m_window, tr("New Database"), folderOfOpenDatabase(), tr(databaseFilter));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        Dialogs::error(m_window, tr("New Database"),
            tr("%1 already exists; choose a new name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true);
}

void AppController::switchLanguage(const QString& language)
{
    translations::saveLanguage(language);
    translations::install(language);
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    const int page = m_window ? m_window->currentPage() : 0;
    delete m_window;
    showWindow();
    m_window->restoreGeometry(geometry);
    m_window->showPage(page);
}

QStringList AppController::recentFiles() const
{
    QStringList files = QSettings().value(recentKey).toStringList();
    files.erase(std::remove_if(files.begin(), files.end(),
                    [](const QString& file) {
                        return !Database::isServerLocation(file) && !QFileInfo::exists(file);
                    }),
        files.end());
    return files;
}

void AppController::rememberRecent(const QString& path)
{
    QStringList files = QSettings().value(recentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 8) {
        files.removeLast();
    }
    QSettings().setValue(recentKey, files);
}

} // namespace tandem
