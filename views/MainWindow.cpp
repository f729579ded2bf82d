#include "MainWindow.h"

#include "AccountsPage.h"
#include "Archive.h"
#include "BackgroundWork.h"
#include "Calendar.h"
#include "ChainMapPage.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "ExportFile.h"
#include "GlobalSearch.h"
#include "HandoversPage.h"
#include "Identity.h"
#include "IdentityBar.h"
#include "ImportCommand.h"
#include "ImportWizard.h"
#include "Importer.h"
#include "ListPage.h"
#include "Lists.h"
#include "Maintenance.h"
#include "OrganizationPage.h"
#include "PartyRelationsDialog.h"
#include "PickerQueries.h"
#include "RecordEditor.h"
#include "RelationshipsPage.h"
#include "RequestsPage.h"
#include "ServerAddress.h"
#include "ServerWatch.h"
#include "TeamMembers.h"
#include "Translations.h"
#include "UserGuide.h"
#include "WindowLists.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <optional>

namespace tandem {

MainWindow::MainWindow(Database& database, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_undo(new QUndoStack(this))
    , m_editor(new RecordEditor(database, m_undo, this))
{
    // Every undo or redo can change any page: reload what is shown.
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::reloadAll);
    // The commands show nothing themselves: the window says why an undo or redo was refused, and gives
    // their long work (taking an import back) a worker thread and a progress bar, without Cancel since
    // it must not stop halfway.
    connect(m_editor, &EditStack::refused, this,
        [this](const QString& title, const QString& message) { Dialogs::error(this, title, message); });
    m_editor->setRunner([this](const QString& label, const EditStack::Work& work) {
        return BackgroundWork::runOn(
            m_database, this, label,
            [&work](Database& database, BackgroundWork::Progress& progress) {
                return work(database, progress.callback());
            },
            false)
            .value_or(Error());
    });
    setWindowIcon(QIcon(QStringLiteral(":/icons/tandem.svg")));
    setAcceptDrops(true);
    resize(1200, 760);

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    // Who the user is is asked in a bar above the pages, which keep working while it shows.
    m_identityBar = new IdentityBar(database, this);
    connect(m_identityBar, &IdentityBar::chosen, this, [this](qint64 staff) {
        identity::setStaffFor(m_database.path(), staff);
        updateIdentity();
    });
    auto* framed = new QWidget(this);
    auto* column = new QVBoxLayout(framed);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_identityBar);
    column->addWidget(central, 1);
    setCentralWidget(framed);

    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    m_identityLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_identityLabel);
    m_reconnectButton = new QPushButton(tr("Reconnect"), this);
    m_reconnectButton->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnectButton->hide();
    connect(m_reconnectButton, &QPushButton::clicked, this, &MainWindow::reconnectRequested);
    statusBar()->addPermanentWidget(m_reconnectButton);

    createMenus();
    createPages();
    createSearch();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            showPage(row);
        }
    });
    createDesk();
    showWhere();
    if (database.isServer()) {
        m_serverWatch = new ServerWatch(database, this);
        connect(m_serverWatch, &ServerWatch::changed, this, &MainWindow::refreshFromServer);
        connect(m_serverWatch, &ServerWatch::lost, this, &MainWindow::showConnectionLost);
    }
    updateDemoAction();
    updateIdentity();
    showPage(Page::Dashboard);
}

MainWindow::~MainWindow()
{
    // The stack clears itself as it goes, announcing changes that no page is left to show.
    m_undo->disconnect(this);
    if (m_desk) {
        m_desk->save();
    }
}

void MainWindow::createPages()
{
    struct Entry
    {
        QString name;
        const char* icon;
    };
    const Entry entries[] = {
        { tr("Dashboard"), "dashboard" },
        { tr("Organization"), "organization" },
        { tr("Relationships"), "relationships" },
        { tr("Chain map"), "chain" },
        { tr("Accounts"), "accounts" },
        { tr("Requests"), "requests" },
        { tr("Handovers"), "handovers" },
    };
    int widest = 0;
    for (const Entry& entry : entries) {
        auto* item = new QListWidgetItem(
            QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(entry.icon))), entry.name, m_sidebar);
        item->setSizeHint(QSize(0, fontMetrics().height() + 16));
        widest = qMax(widest, fontMetrics().horizontalAdvance(entry.name));
    }
    m_sidebar->setFixedWidth(widest + 22 + 48);

    m_dashboard = new DashboardPage(m_database, m_editor, this);
    connect(m_dashboard, &DashboardPage::pageRequested, this, &MainWindow::showPage);
    connect(m_dashboard, &DashboardPage::requestsRequested, this, &MainWindow::showRequests);
    m_pages->addWidget(m_dashboard);

    m_organization = new OrganizationPage(m_database, m_editor, this);
    m_organization->setEmptyAction(m_demoAction);
    connect(m_organization, &OrganizationPage::relationsRequested, this, &MainWindow::showRelations);
    connect(m_organization, &OrganizationPage::handoverRequested, this, [this](qint64 staff) {
        showPage(Page::Handovers);
        m_handovers->newHandover(staff);
    });
    m_pages->addWidget(m_organization);

    auto makeList = [this](std::function<ListSpec()> spec, ListPage::Texts texts) {
        auto* page = new ListPage(m_database, std::move(spec), std::move(texts), this);
        page->setEmptyAction(m_demoAction);
        m_lists << page;
        return page;
    };
    const QString demoHint = tr("or load the demo organization from the File menu.");
    m_relationships = new RelationshipsPage(m_database, m_editor, m_demoAction, this);
    m_pages->addWidget(m_relationships);
    // The chain map, with the same edges as a list beside it for reading and sorting.
    m_chainMap = new ChainMapPage(m_database, this);
    connect(m_chainMap, &ChainMapPage::partyOpened, this, &MainWindow::showRelations);
    auto* chainTabs = new QTabWidget(this);
    chainTabs->setObjectName(QStringLiteral("chainTabs"));
    chainTabs->setDocumentMode(true);
    chainTabs->addTab(m_chainMap, tr("Map"));
    chainTabs->addTab(
        makeList(&lists::chainEdges,
            { tr("Service chain: who serves whom"),
                [](int n) { return tr("%n link(s) in the chain", nullptr, n); },
                tr("The chain is empty. It grows from pairs and from the accounts each colleague "
                   "owns; add them with tandem-cli, %1")
                    .arg(demoHint),
                QString() }),
        tr("List"));
    m_pages->addWidget(chainTabs);
    m_accounts = new AccountsPage(m_database, m_editor, m_demoAction, this);
    m_pages->addWidget(m_accounts);
    m_requests = new RequestsPage(m_database, m_editor, m_demoAction, this);
    m_pages->addWidget(m_requests);
    m_handovers = new HandoversPage(m_database, m_editor, m_demoAction, this);
    m_pages->addWidget(m_handovers);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDatabase = file->addAction(tr("&New Database..."), this, &MainWindow::newDatabaseRequested);
    newDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* open
        = file->addAction(tr("&Open Database..."), this, [this] { emit openDatabaseRequested(QString()); });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Connect to &Team Server..."), this, &MainWindow::connectServerRequested);
    m_reconnectAction
        = file->addAction(tr("Re&connect to the Server"), this, &MainWindow::reconnectRequested);
    m_reconnectAction->setVisible(m_database.isServer());
    m_reconnectAction->setEnabled(false);
    file->addSeparator();
    m_demoAction = file->addAction(tr("Load the &Demo Organization"), this, &MainWindow::loadDemo);
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import..."), this, [this] { importFile(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QMenu* exporting = file->addMenu(tr("&Export"));
    exporting->addAction(tr("Contacts as &vCards..."), this, &MainWindow::exportContacts);
    exporting->addAction(
        tr("&Calendar of Follow-Ups and Due Requests..."), this, &MainWindow::exportCalendar);
    exporting->addAction(tr("&Everything as a JSON Archive..."), this, &MainWindow::exportArchive);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo });
    edit->addAction(redo);
    edit->addSeparator();
    QAction* findAnything = edit->addAction(tr("&Find Anything..."), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    findAnything->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction* findInList = edit->addAction(tr("Find in &List"), this, &MainWindow::findInList);
    findInList->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    edit->addAction(tr("Who Am &I..."), this, &MainWindow::chooseIdentity);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString pageNames[] = { tr("&Dashboard"), tr("&Organization"), tr("&Relationships"),
        tr("&Chain Map"), tr("&Accounts"), tr("Re&quests"), tr("&Handovers") };
    for (int page = 0; page < Page::Count; ++page) {
        QAction* action = view->addAction(pageNames[page], this, [this, page] { showPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    view->addSeparator();
    QAction* reload = view->addAction(tr("Re&load"), this, &MainWindow::reloadAll);
    reload->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const QString saved = translations::savedLanguage();
    const std::pair<QString, QString> choices[] = {
        { QString(), tr("System Language") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") },
    };
    for (const auto& [code, name] : choices) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == saved);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit languageRequested(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("Tandem &User Guide"), this,
        [this] { help::show(this, tr("Tandem User Guide"), help::guideHtml()); });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(tr("&About Tandem"), this, &MainWindow::about);
}

void MainWindow::setRecentFiles(const QStringList& files)
{
    m_recentMenu->clear();
    for (const QString& path : files) {
        QAction* action = m_recentMenu->addAction(
            QString(recentLabel(path)).replace(QLatin1Char('&'), QStringLiteral("&&")), this,
            [this, path] { emit openDatabaseRequested(path); });
        action->setStatusTip(path);
        action->setData(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

QString MainWindow::recentLabel(const QString& location)
{
    if (Database::isServerLocation(location)) {
        if (const auto address = ServerAddress::parse(location)) {
            return tr("%1 as %2").arg(address->displayName(), address->user);
        }
    }
    return QDir::toNativeSeparators(location);
}

namespace {
// "sales on db.example.com", or the address itself should it not read as one.
QString serverName(const QString& location)
{
    const auto address = ServerAddress::parse(location);
    return address ? address->displayName() : location;
}
} // namespace

void MainWindow::showWhere(const QString& signedInAs)
{
    if (!m_database.isServer()) {
        setWindowTitle(tr("%1 – Tandem").arg(QFileInfo(m_database.path()).fileName()));
        setWindowFilePath(m_database.path());
        m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_database.path())));
        return;
    }
    const QString server = serverName(m_database.path());
    setWindowTitle(tr("%1 – Tandem").arg(server));
    m_databaseLabel->setText(signedInAs.isEmpty()
            ? tr("Signed in to %1 as %2").arg(server, m_database.login())
            : tr("Signed in to %1 as %2 (%3)").arg(server, m_database.login(), signedInAs));
}

void MainWindow::showConnectionLost()
{
    m_databaseLabel->setText(
        tr("The connection to %1 was lost; nothing more is saved until Tandem reconnects.")
            .arg(serverName(m_database.path())));
    m_reconnectButton->show();
    m_reconnectAction->setEnabled(true);
}

void MainWindow::reconnected()
{
    if (m_serverWatch) {
        m_serverWatch->resume();
    }
    m_reconnectButton->hide();
    m_reconnectAction->setEnabled(false);
    updateIdentity();
    reloadAll();
    statusBar()->showMessage(tr("Connected to %1 again.").arg(serverName(m_database.path())), 10000);
}

void MainWindow::showReconnectProblem(const QString& sentence)
{
    m_databaseLabel->setText(sentence);
    m_reconnectButton->show();
    m_reconnectAction->setEnabled(true);
}

void MainWindow::createSearch()
{
    // In the menu bar's corner: always in view, without a row of its own.
    m_search = new GlobalSearch(m_database, menuBar());
    m_search->setFixedWidth(m_search->fontMetrics().averageCharWidth() * 36);
    auto* corner = new QWidget(menuBar());
    auto* layout = new QHBoxLayout(corner);
    layout->setContentsMargins(0, 2, 6, 2);
    layout->addWidget(m_search);
    menuBar()->setCornerWidget(corner, Qt::TopRightCorner);
    connect(m_search, &GlobalSearch::openRequested, this, &MainWindow::openRecord);
}

void MainWindow::findInList()
{
    for (ListPage* list : m_pages->currentWidget()->findChildren<ListPage*>()) {
        if (list->isVisible() && list->searchField()->isVisible()) {
            list->focusSearch();
            return;
        }
    }
}

void MainWindow::openRecord(const QString& entity, qint64 id)
{
    if (entity == QLatin1String("account")) {
        m_accounts->openAccount(id);
    } else if (entity == QLatin1String("contact")) {
        if (auto contact = EntityStore(m_database).get(entities::contact(), id)) {
            m_accounts->openAccount(recordValue(*contact, QStringLiteral("account_id")).toLongLong());
        }
    } else if (entity == QLatin1String("staff")) {
        showPage(Page::Organization);
        m_organization->showColleague(id);
    } else if (entity == QLatin1String("department")) {
        showPage(Page::Organization);
        m_organization->selectDepartment(id);
    } else if (entity == QLatin1String("request")) {
        m_requests->openRequest(id);
    }
}

void MainWindow::showPage(int page)
{
    if (page < 0 || page >= Page::Count) {
        return;
    }
    {
        // The sidebar's own signal would show the page a second time, and the Dashboard would gather its
        // figures twice.
        const QSignalBlocker quiet(m_sidebar);
        m_sidebar->setCurrentRow(page);
    }
    m_pages->setCurrentIndex(page);
    // The Dashboard's figures are always fresh when it is shown.
    if (page == Page::Dashboard || m_stale.value(page)) {
        reloadPage(page);
    }
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QWidget* MainWindow::page(int page) const
{
    return m_pages->widget(page);
}

void MainWindow::reloadAll()
{
    // Only the page in view reloads now; the others when they are next shown, so that an undo on a large
    // database never waits for pages nobody is looking at.
    m_stale.fill(true, Page::Count);
    reloadPage(currentPage());
    updateDemoAction();
}

void MainWindow::reloadPage(int page)
{
    if (page < 0 || page >= Page::Count) {
        return;
    }
    m_stale[page] = false;
    switch (page) {
    case Page::Dashboard:
        m_dashboard->reload();
        break;
    case Page::Organization:
        m_organization->reload();
        break;
    case Page::Relationships:
        m_relationships->reload();
        break;
    case Page::ChainMap:
        m_chainMap->reload();
        m_lists.first()->reload(); // the chain as a list, on the second tab
        break;
    case Page::Accounts:
        m_accounts->reload();
        break;
    case Page::Requests:
        m_requests->reload();
        break;
    case Page::Handovers:
        m_handovers->reload();
        break;
    default:
        if (auto* list = qobject_cast<ListPage*>(m_pages->widget(page))) {
            list->reload();
        }
        break;
    }
}

void MainWindow::refreshFromServer()
{
    if (m_serverWatch && m_serverWatch->isLost()) {
        return;
    }
    m_stale.fill(true, Page::Count);
    // The map is not drawn again under the user's eyes: it follows when next shown; its list does now.
    if (currentPage() == Page::ChainMap) {
        m_lists.first()->reload();
    } else {
        reloadPage(currentPage());
    }
}

void MainWindow::updateDemoAction()
{
    auto counts = Maintenance(m_database).counts();
    bool empty = true;
    if (counts) {
        for (const auto& [key, count] : *counts) {
            if (count > 0) {
                empty = false;
            }
        }
    }
    m_demoAction->setEnabled(empty);
}

void MainWindow::importFile(const QString& path)
{
    const QString entity
        = currentPage() == Page::Organization ? QStringLiteral("staff") : QStringLiteral("account");
    ImportWizard wizard(m_database, entity, this);
    if (!path.isEmpty()) {
        wizard.setFile(path);
    }
    connect(&wizard, &ImportWizard::imported, this, &MainWindow::reloadAll);
    if (wizard.run() != QDialog::Accepted) {
        return;
    }
    if (!wizard.changes().isEmpty()) {
        m_editor->run(new ImportCommand(m_database, wizard.importedEntity(), wizard.changes(),
                          tr("Import %1").arg(wizard.fileName())),
            this);
    } else {
        // A restored archive is a new start: earlier steps were made in another database.
        m_undo->clear();
    }
}

namespace {

// The one local file being dragged, when it is something the import wizard reads.
QString importableFile(const QMimeData* data)
{
    if (!data || !data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile()) {
        return QString();
    }
    const QString path = data->urls().first().toLocalFile();
    static const QStringList suffixes { QStringLiteral("csv"), QStringLiteral("txt"), QStringLiteral("tsv"),
        QStringLiteral("vcf"), QStringLiteral("vcard"), QStringLiteral("json") };
    return suffixes.contains(QFileInfo(path).suffix().toLower()) ? path : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!importableFile(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = importableFile(event->mimeData());
    if (path.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    // After the drop has finished, so that the file manager is not kept waiting by the wizard.
    QMetaObject::invokeMethod(
        this, [this, path] { importFile(path); }, Qt::QueuedConnection);
}

void MainWindow::exportContacts()
{
    const QString path = Dialogs::saveFile(this, tr("Export Contacts"),
        QDir::homePath() + QLatin1Char('/') + tr("contacts") + QStringLiteral(".vcf"), tr("vCard (*.vcf)"));
    if (path.isEmpty()) {
        return;
    }
    const auto version = Dialogs::choose(this, tr("Export Contacts"),
        tr("vCard 4.0 is what current phones and mail programs read; choose 3.0 for an older phone or "
           "program "
           "that does not read 4.0."),
        { tr("vCard 4.0"), tr("vCard 3.0"), tr("Cancel") }, 2);
    if (version == 2) {
        return;
    }
    writeInBackground(path, tr("Exporting contacts..."),
        [version](Database& database, QIODevice& out, BackgroundWork::Progress&) -> Error {
            auto cards = Importer(database).contactsAsVCards();
            if (!cards) {
                return cards.error();
            }
            out.write(VCardWriter::write(
                *cards, version == 0 ? VCardWriter::Version::V4 : VCardWriter::Version::V3));
            return {};
        });
}

void MainWindow::exportCalendar()
{
    const QString path = Dialogs::saveFile(this, tr("Export the Calendar"),
        QDir::homePath() + QLatin1Char('/') + tr("tandem-calendar") + QStringLiteral(".ics"),
        tr("iCalendar (*.ics)"));
    if (path.isEmpty()) {
        return;
    }
    const qint64 me = m_database.actorParty();
    int whose = 1;
    if (me) {
        whose = Dialogs::choose(this, tr("Export the Calendar"),
            tr("Open follow-ups and the due dates of open requests, as events a calendar app can import. "
               "Whose?"),
            { tr("Mine"), tr("Everyone's"), tr("Cancel") }, 2);
        if (whose == 2) {
            return;
        }
    }
    writeInBackground(path, tr("Exporting the calendar..."),
        [me, whose](Database& database, QIODevice& out, BackgroundWork::Progress&) -> Error {
            Calendar::Contents contents;
            contents.staff = whose == 0 ? me : 0;
            auto calendar = Calendar::write(database, contents);
            if (!calendar) {
                return calendar.error();
            }
            out.write(*calendar);
            return {};
        });
}

void MainWindow::exportArchive()
{
    const QString path = Dialogs::saveFile(this, tr("Export Everything"),
        QDir::homePath() + QLatin1Char('/') + tr("tandem-archive") + QStringLiteral(".json"),
        tr("JSON archive (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    writeInBackground(path, tr("Exporting everything..."),
        [](Database& database, QIODevice& out, BackgroundWork::Progress& progress) {
            return Archive::exportAll(database, out, progress.callback());
        });
}

void MainWindow::writeInBackground(const QString& path, const QString& label, const FileWriter& write)
{
    const auto error = BackgroundWork::runOn(
        m_database, this, label, [&](Database& database, BackgroundWork::Progress& progress) {
            ExportFile file(path);
            if (Error error = file.begin()) {
                return error;
            }
            if (Error written = write(database, file, progress); written || progress.cancelled()) {
                file.cancel();
                return file.failure() ? file.failure() : written;
            }
            return file.commit();
        });
    if (!error) {
        return; // cancelled: no file was written
    }
    if (*error) {
        Dialogs::error(this, tr("Export"), error->message);
        return;
    }
    Dialogs::information(this, tr("Export"), tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::loadDemo()
{
    const bool chinese = translations::uiLanguage() == QLatin1String("zh_CN");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Error error = DemoOrganisation::fill(
        m_database, chinese ? DemoOrganisation::Language::Chinese : DemoOrganisation::Language::English);
    QApplication::restoreOverrideCursor();
    if (error) {
        Dialogs::error(this, tr("Demo organization"), error.message);
        return;
    }
    // Loading the demo is not a step that can be undone, so steps from before it could not be redone
    // over it: the stack starts afresh, as after restoring an archive.
    m_undo->clear();
    reloadAll();
}

void MainWindow::updateIdentity()
{
    if (m_database.isServer()) {
        // Who signed in is who the user is: the colleague the login belongs to, neither asked nor changed.
        const auto staff = team::signedInStaff(m_database);
        const qint64 me = staff ? *staff : 0;
        const QString name
            = me ? EntityStore(m_database).displayName(QStringLiteral("staff"), me) : QString();
        m_database.setActor(name.isEmpty() ? m_database.login() : name, name.isEmpty() ? 0 : me);
        showWhere(name);
        m_identityLabel->hide();
        m_accounts->setMe(name.isEmpty() ? 0 : me);
        m_requests->setMe(name.isEmpty() ? 0 : me);
        m_dashboard->setMe(name.isEmpty() ? 0 : me);
        return;
    }
    const qint64 me = identity::staffFor(m_database.path());
    const QString name = me ? EntityStore(m_database).displayName(QStringLiteral("staff"), me) : QString();
    if (!name.isEmpty()) {
        m_database.setActor(name, me);
        m_identityLabel->setText(tr("Signed in as %1").arg(name));
    } else {
        m_identityLabel->setText(tr("Who are you? Edit ▸ Who Am I..."));
    }
    m_accounts->setMe(name.isEmpty() ? 0 : me);
    m_requests->setMe(name.isEmpty() ? 0 : me);
    m_dashboard->setMe(name.isEmpty() ? 0 : me);
}

bool MainWindow::chooseIdentity(bool quietly)
{
    if (m_database.isServer()) {
        if (!quietly) {
            Dialogs::information(this, tr("Who Am I"),
                tr("On a team server you are who you signed in as: %1. To work as someone else, connect "
                   "with their user name.")
                    .arg(m_database.actor()));
        }
        return false;
    }
    const auto anyone = PickerQueries(m_database).first({ { QStringLiteral("staff") }, false, 0 }, 1);
    if (!anyone || anyone->isEmpty()) {
        if (!quietly) {
            Dialogs::information(this, tr("Who Am I"),
                tr("There are no colleagues in this database yet; add yourself on the Organization page."));
        }
        return false;
    }
    m_identityBar->ask(identity::staffFor(m_database.path()));
    return true;
}

void MainWindow::showRelations(qint64 party)
{
    PartyRelationsDialog dialog(m_database, party, m_editor, this);
    connect(&dialog, &PartyRelationsDialog::requestsRequested, this, &MainWindow::showRequests);
    dialog.exec();
}

void MainWindow::showRequests(const lists::RequestFilter& filter, const QString& description)
{
    showPage(Page::Requests);
    m_requests->showFilter(filter, description);
}

void MainWindow::createDesk()
{
    m_desk = new WindowLists(m_database, m_editor, this);
    m_desk->restore();
    connect(m_editor, &RecordEditor::made, this, [this](const QString& text) {
        statusBar()->showMessage(tr("%1: done. Edit ▸ Undo takes it back.").arg(text), 10000);
    });
}

void MainWindow::showShortcuts()
{
    QList<std::pair<QString, const QWidget*>> places { { tr("Everywhere"), this } };
    for (int page = 0; page < Page::Count; ++page) {
        places.append({ m_sidebar->item(page)->text(), this->page(page) });
    }
    help::show(this, tr("Keyboard Shortcuts"), help::shortcutsHtml(places));
}

void MainWindow::about()
{
    Dialogs::information(this, tr("About Tandem"),
        tr("Tandem %1\n\nA CRM for both kinds of customer: the colleagues and departments who serve each "
           "other inside the "
           "company, and the accounts who buy from it.")
            .arg(QApplication::applicationVersion()));
}

} // namespace tandem
