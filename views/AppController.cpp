#include "AppController.h"

#include "BackgroundWork.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "Dialogs.h"
#include "Identity.h"
#include "MainWindow.h"
#include "Paths.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
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
    const QString target = path.isEmpty() ? paths::defaultDatabase() : path;
    const bool firstRun = path.isEmpty() && !QFileInfo::exists(target);
    if (openDatabase(target, firstRun)) {
        return true;
    }
    // The file could not be opened: let the user pick another or make a new one, as often as they like.
    while (!m_database) {
        const int answer = Dialogs::choose(nullptr, tr("Tandem"), tr("Tandem needs a database to work with."),
            { tr("Open Another..."), tr("Create a New One..."), tr("Quit") }, 2);
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
        } else {
            return false;
        }
    }
    return true;
}

bool AppController::openDatabase(const QString& path, bool offerDemo)
{
    Database::Options options;
    // The full check of a large file takes seconds; it runs on a worker thread once the window is up.
    options.quickCheck = false;
    options.collation
        = translations::uiLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QString();
    // Opening creates the file or upgrades its schema, which on a large database takes a minute: that runs
    // on a worker thread under a progress window (shown only if it takes more than a moment), and the
    // window's own connection, which belongs to this thread, is opened once it is done.
    std::optional<Error> failed;
    bool created = false;
    QString upgradeBackup;
    BackgroundWork::run(
        m_window,
        tr("Opening %1... A database from an earlier version of Tandem is upgraded first, which takes a "
           "minute when it is large.")
            .arg(QFileInfo(path).fileName()),
        [&](BackgroundWork::Progress&) {
            auto first = Database::open(path, options);
            if (!first) {
                failed = first.error();
                return;
            }
            created = (*first)->wasCreated();
            upgradeBackup = (*first)->upgradeBackupPath();
        },
        false);
    auto opened = failed ? Result<std::unique_ptr<Database>>(*failed) : Database::open(path, options);
    if (!opened) {
        Dialogs::error(m_window, tr("Cannot open the database"), opened.error().message);
        return false;
    }
    std::unique_ptr<Database> database = std::move(*opened);
    database->setActor(QString::fromLocal8Bit(qgetenv("USER")));
    if (!upgradeBackup.isEmpty()) {
        Dialogs::information(m_window, tr("Database upgraded"),
            tr("The database was upgraded to this version of Tandem. The earlier version was kept at %1.")
                .arg(QDir::toNativeSeparators(upgradeBackup)));
    }
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
    delete m_window;
    m_database = std::move(database);
    rememberRecent(m_database->path());
    showWindow();
    // Until the user says who they are, a bar above the pages asks, without stopping them from working.
    if (identity::staffFor(m_database->path()) == 0) {
        m_window->chooseIdentity(true);
    }
    if (!created) {
        verifyInBackground(m_database->path());
    }
    return true;
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
        } else {
            openDatabase(path, false);
        }
    });
    connect(m_window, &MainWindow::newDatabaseRequested, this, &AppController::createDatabase);
    connect(m_window, &MainWindow::languageRequested, this, &AppController::switchLanguage);
    m_window->show();
}

void AppController::chooseDatabase()
{
    const QString path = Dialogs::openFile(
        m_window, tr("Open Database"), QFileInfo(m_database->path()).absolutePath(), tr(databaseFilter));
    if (!path.isEmpty()) {
        openDatabase(path, false);
    }
}

void AppController::createDatabase()
{
    const QString path = Dialogs::saveFile(
        m_window, tr("New Database"), QFileInfo(m_database->path()).absolutePath(), tr(databaseFilter));
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
    files.erase(std::remove_if(
                    files.begin(), files.end(), [](const QString& file) { return !QFileInfo::exists(file); }),
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
