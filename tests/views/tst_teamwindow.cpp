#include "AppController.h"
#include "ConnectServerDialog.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "DepartmentTreeModel.h"
#include "EntityStore.h"
#include "Generator.h"
#include "IdentityBar.h"
#include "ListPage.h"
#include "ListPlace.h"
#include "Lists.h"
#include "MainWindow.h"
#include "OrganizationPage.h"
#include "PasswordKeyring.h"
#include "ServerWatch.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

using namespace tandem;

namespace {

QString statusText(MainWindow& window)
{
    QStringList texts;
    for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->isVisibleTo(&window) && !label->text().isEmpty()) {
            texts << label->text();
        }
    }
    return texts.join(QLatin1Char('|'));
}

// The ids of the selected rows, in row order.
QList<qint64> selectedIds(const QTableView* view)
{
    QList<qint64> ids;
    for (const QModelIndex& row : view->selectionModel()->selectedRows()) {
        ids << row.data(PagedListModel::IdRole).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 topId(const QTableView* view)
{
    return view->indexAt(QPoint(0, 0)).data(PagedListModel::IdRole).toLongLong();
}

// The fields of a connect dialog as a test reads them.
struct Seen
{
    bool shown = false;
    QString host;
    int port = 0;
    QString database;
    QString user;
    QString password;
    bool canRemember = false;
    QString problem;
};

Seen read(ConnectServerDialog& dialog)
{
    Seen seen;
    seen.shown = true;
    seen.host = dialog.findChild<QLineEdit*>(QStringLiteral("host"))->text();
    seen.port = dialog.findChild<QSpinBox*>(QStringLiteral("port"))->value();
    seen.database = dialog.findChild<QLineEdit*>(QStringLiteral("database"))->text();
    seen.user = dialog.findChild<QLineEdit*>(QStringLiteral("user"))->text();
    seen.password = dialog.password();
    seen.canRemember = dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->isEnabled();
    seen.problem = dialog.problem();
    return seen;
}

} // namespace

// Team mode in the window: connecting to a server, the recent list, and lists that reload in place.
class TestTeamWindow : public test::WindowFixture
{
    Q_OBJECT

    QByteArray m_serverPassword; // the test server's, from the _pg run's PGPASSWORD

    // A database file of its own (never on the test server, even in the server run).
    QString fileWithDemo(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto db = Database::open(path);
        if (!db || DemoOrganisation::fill(**db, DemoOrganisation::Language::English)) {
            return {};
        }
        return path;
    }

private slots:
    void initTestCase()
    {
        startInEnglish();
        // libpq finds no password of its own unless a test gives one.
        m_serverPassword = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toLocal8Bit());
    }

    void init()
    {
        PasswordKeyring::useMemoryForTests(true);
        QSettings().remove(QStringLiteral("files/recent"));
    }

    void cleanup() { ConnectServerDialog::setAnswer({}); }

    // The fields make the address the command line takes; the password goes to the connector only.
    void connectDialogBuildsTheAddress()
    {
        ServerAddress used;
        QString usedPassword;
        ConnectServerDialog dialog([&](const ServerAddress& address, const QString& password) {
            used = address;
            usedPassword = password;
            return Error();
        });
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(QStringLiteral(" db.example.com "));
        dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(5433);
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(QStringLiteral("sales"));
        dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(QStringLiteral("wang.wei"));
        dialog.setPassword(QStringLiteral("s3cret"));
        dialog.connectToServer();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(used.toString(), QStringLiteral("postgresql://wang.wei@db.example.com:5433/sales"));
        QCOMPARE(used.displayName(), QStringLiteral("sales on db.example.com"));
        QCOMPARE(usedPassword, QStringLiteral("s3cret"));
        QVERIFY(dialog.remembersPassword());
    }

    void connectDialogRefusesEmptyFields_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("host") << QString() << "sales"
                              << "wang.wei"
                              << "Enter the server's name or address under Host.";
        QTest::newRow("database") << "db.example.com" << QString() << "wang.wei"
                                  << "Enter the name of your team's database on the server under Database.";
        QTest::newRow("user") << "db.example.com"
                              << "sales" << QStringLiteral("  ") << "Enter your user name on the server.";
    }

    void connectDialogRefusesEmptyFields()
    {
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, sentence);
        bool tried = false;
        ConnectServerDialog dialog([&](const ServerAddress&, const QString&) {
            tried = true;
            return Error();
        });
        dialog.findChild<QLineEdit*>(QStringLiteral("host"))->setText(host);
        dialog.findChild<QLineEdit*>(QStringLiteral("database"))->setText(database);
        dialog.findChild<QLineEdit*>(QStringLiteral("user"))->setText(user);
        dialog.connectToServer();
        QVERIFY(!tried);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.problem(), sentence);
    }

    // The server's refusal shows in the dialog, which stays open for another try.
    void connectDialogStaysOpenWithTheServersSentence()
    {
        int tries = 0;
        const QString refused = QStringLiteral("The team server refused the user name or password.");
        ConnectServerDialog dialog([&](const ServerAddress&, const QString& password) {
            ++tries;
            return password == QLatin1String("right") ? Error() : Error::database(refused);
        });
        dialog.setAddress(
            *ServerAddress::parse(QStringLiteral("postgresql://wang.wei@db.example.com/sales")));
        dialog.setPassword(QStringLiteral("wrong"));
        dialog.connectToServer();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.problem(), refused);
        dialog.setPassword(QStringLiteral("right"));
        dialog.connectToServer();
        QCOMPARE(tries, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.problem(), QString());
    }

    // Without a keyring the password cannot be remembered, and the dialog says it is asked each time.
    void withoutAKeyringThePasswordIsAskedEachTime()
    {
        ConnectServerDialog dialog([](const ServerAddress&, const QString&) { return Error(); });
        dialog.setKeyringAnswer(PasswordKeyring::Answer::Unavailable);
        QVERIFY(!dialog.remembersPassword());
        QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->isEnabled());
        auto* note = dialog.findChild<QLabel*>(QStringLiteral("keyringNote"));
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(QStringLiteral("asks for it each time")));
        // A kept password fills the field, and editing the address it belongs to clears it.
        dialog.setKeyringAnswer(PasswordKeyring::Answer::Found, QStringLiteral("kept"));
        QVERIFY(dialog.remembersPassword());
        QCOMPARE(dialog.password(), QStringLiteral("kept"));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("host")), QStringLiteral("x"));
        QCOMPARE(dialog.password(), QString());
    }

    // Open Recent lists servers beside files, by name and login; files that are gone are left out.
    void recentEntriesListAServer()
    {
        const QString file = fileWithDemo(QStringLiteral("recent.db"));
        QVERIFY(!file.isEmpty());
        const QString server = QStringLiteral("postgresql://wang.wei@db.example.com:5432/sales");
        QSettings().setValue(QStringLiteral("files/recent"),
            QStringList { server, m_dir.filePath(QStringLiteral("gone.db")), file });
        AppController controller;
        QCOMPARE(controller.recentFiles(), (QStringList { server, file }));
        QCOMPARE(MainWindow::recentLabel(server), QStringLiteral("sales on db.example.com as wang.wei"));

        QVERIFY(controller.openDatabase(file, false));
        QMenu* recent = nullptr;
        for (QMenu* menu : controller.window()->menuBar()->findChildren<QMenu*>()) {
            if (menu->title() == QStringLiteral("Open &Recent")) {
                recent = menu;
            }
        }
        QVERIFY(recent);
        QStringList labels;
        QStringList locations;
        for (QAction* action : recent->actions()) {
            labels << action->text();
            locations << action->data().toString();
        }
        QCOMPARE(locations, (QStringList { file, server }));
        QCOMPARE(labels.at(1), QStringLiteral("sales on db.example.com as wang.wei"));
        // A file's window says nothing of servers.
        QVERIFY(!controller.window()->serverWatch());
        QCOMPARE(controller.window()->windowTitle(), QStringLiteral("recent.db – Tandem"));
    }

    // File > Connect to Team Server... starts from the last server used.
    void connectingStartsFromTheLastServer()
    {
        QSettings().setValue(QStringLiteral("files/recent"),
            QStringList { m_dir.filePath(QStringLiteral("gone.db")),
                QStringLiteral("postgresql://li.na@crm.example.org:6543/team"),
                QStringLiteral("postgresql://wang.wei@db.example.com:5432/sales") });
        Seen seen;
        ConnectServerDialog::setAnswer([&](ConnectServerDialog& dialog) { seen = read(dialog); });
        AppController controller;
        QVERIFY(!controller.connectToServer());
        QVERIFY(seen.shown);
        QCOMPARE(seen.host, QStringLiteral("crm.example.org"));
        QCOMPARE(seen.port, 6543);
        QCOMPARE(seen.database, QStringLiteral("team"));
        QCOMPARE(seen.user, QStringLiteral("li.na"));
    }

    // A recent server whose password the keyring lacks asks for the password only: the rest is filled in.
    void aRecentServerAsksOnlyForWhatTheKeyringLacks()
    {
        Seen seen;
        ConnectServerDialog::setAnswer([&](ConnectServerDialog& dialog) { seen = read(dialog); });
        AppController controller;
        std::optional<bool> opened;
        controller.openServer(
            QStringLiteral("postgresql://wang.wei@db.example.com:5433/sales"), [&](bool ok) { opened = ok; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY(!*opened);
        QVERIFY(seen.shown);
        QCOMPARE(seen.host, QStringLiteral("db.example.com"));
        QCOMPARE(seen.port, 5433);
        QCOMPARE(seen.database, QStringLiteral("sales"));
        QCOMPARE(seen.user, QStringLiteral("wang.wei"));
        QCOMPARE(seen.password, QString());
        QCOMPARE(seen.problem, QString());
        QVERIFY(seen.canRemember);
    }

    // A kept password the server no longer takes (or a server that is down): the dialog says why, and the
    // kept password is not offered again.
    void aKeptPasswordThatFailsIsAskedAgain()
    {
        const QString address = QStringLiteral("postgresql://wang.wei@127.0.0.1:1/sales");
        PasswordKeyring::store(address, QStringLiteral("old"), this);
        Seen seen;
        ConnectServerDialog::setAnswer([&](ConnectServerDialog& dialog) { seen = read(dialog); });
        AppController controller;
        std::optional<bool> opened;
        controller.openServer(address, [&](bool ok) { opened = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 15000);
        QVERIFY(!*opened);
        QVERIFY(seen.shown);
        QVERIFY2(!seen.problem.isEmpty(), "the dialog says why the server did not open");
        QCOMPARE(seen.password, QString());
        QCOMPARE(controller.database(), nullptr);
    }

    // F5 keeps the records selected and the scroll position, even when a new record moved the rows.
    void reloadKeepsSelectionAndScroll()
    {
        const QString path = m_dir.filePath(QStringLiteral("place.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            Generator::Sizes sizes;
            sizes.staff = 10;
            sizes.accounts = 600;
            sizes.contacts = 0;
            sizes.requests = 0;
            sizes.language = Generator::Language::English;
            QVERIFY(!Generator::run(**db, sizes));
        }
        auto db = Database::open(path);
        QVERIFY(db);
        ListPage list(**db, &lists::accounts,
            { QStringLiteral("Accounts"), [](int n) { return QString::number(n); }, {}, {} });
        list.resize(900, 500);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTableView* view = list.view();
        QAbstractItemModel* model = view->model();
        QCOMPARE(model->rowCount(), 600);

        view->setCurrentIndex(model->index(300, 1));
        view->selectionModel()->select(
            model->index(300, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(
            model->index(305, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->scrollTo(model->index(290, 0), QAbstractItemView::PositionAtTop);
        const QList<qint64> selected = selectedIds(view);
        QCOMPARE(selected.size(), 2);
        const qint64 current = view->currentIndex().data(PagedListModel::IdRole).toLongLong();
        const qint64 top = topId(view);
        QVERIFY(top != 0);
        const int scroll = view->verticalScrollBar()->value();

        list.reload();
        QCOMPARE(selectedIds(view), selected);
        QCOMPARE(view->currentIndex().data(PagedListModel::IdRole).toLongLong(), current);
        QCOMPARE(view->currentIndex().column(), 1);
        QCOMPARE(topId(view), top);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);

        // A colleague's new account sorts first: every row moves down one, the user's records with them.
        const auto added = EntityStore(**db).add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("  AAAA first of all") },
                { QStringLiteral("segment"), QStringLiteral("potential") } });
        QVERIFY2(added, qPrintable(added.error().message));
        list.reload();
        QCOMPARE(model->rowCount(), 601);
        QCOMPARE(selectedIds(view), selected);
        QCOMPARE(view->currentIndex().data(PagedListModel::IdRole).toLongLong(), current);
        QCOMPARE(view->currentIndex().row(), 301);
        QCOMPARE(topId(view), top);

        // A selected record that left the list is no longer selected; the others stay, and the rows move
        // back up.
        view->selectionModel()->select(
            model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(selectedIds(view).size(), 3);
        const Error removed = EntityStore(**db).remove(entities::account(), *added);
        QVERIFY2(!removed, qPrintable(removed.message));
        list.reload();
        QCOMPARE(model->rowCount(), 600);
        QCOMPARE(selectedIds(view), selected);
        QCOMPARE(view->currentIndex().row(), 300);
        QCOMPARE(topId(view), top);
    }

    // The Organization page keeps the department chosen and the colleague selected on F5.
    void organizationReloadKeepsTheDepartment()
    {
        const QString path = fileWithDemo(QStringLiteral("organization.db"));
        QVERIFY(!path.isEmpty());
        auto db = Database::open(path);
        QVERIFY(db);
        MainWindow window(**db);
        window.show();
        window.showPage(Page::Organization);
        auto* page = qobject_cast<OrganizationPage*>(window.page(Page::Organization));
        QVERIFY(page);
        QTreeView* tree = page->departmentView();
        // A department with a few colleagues, wherever it is in the tree.
        QModelIndex chosen;
        QList<QModelIndex> pending { QModelIndex() };
        while (!pending.isEmpty() && !chosen.isValid()) {
            const QModelIndex parent = pending.takeFirst();
            for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
                const QModelIndex department = tree->model()->index(row, 0, parent);
                if (department.siblingAtColumn(DepartmentTreeModel::StaffColumn).data().toInt() >= 2) {
                    chosen = department;
                    break;
                }
                pending << department;
            }
        }
        QVERIFY(chosen.isValid());
        tree->setCurrentIndex(chosen);
        const qint64 department = chosen.data(DepartmentTreeModel::IdRole).toLongLong();
        ListPage* staff = page->staffList();
        const QString heading = staff->heading();
        QVERIFY(heading.startsWith(QStringLiteral("Staff of ")));
        QTRY_VERIFY(staff->view()->model()->rowCount() > 1);
        staff->view()->selectRow(1);
        const QList<qint64> colleague = selectedIds(staff->view());

        window.reloadAll();
        QVERIFY(tree->currentIndex().isValid());
        QCOMPARE(tree->currentIndex().data(DepartmentTreeModel::IdRole).toLongLong(), department);
        QCOMPARE(selectedIds(staff->view()), colleague);
        QCOMPARE(staff->heading(), heading);
    }

    // Colleagues' saves come as a burst of notifications: one reload a second, naming each table once.
    void notificationsAreGatheredIntoOneReload()
    {
        const QString path = fileWithDemo(QStringLiteral("watch.db"));
        auto db = Database::open(path);
        QVERIFY(db);
        ServerWatch watch(**db);
        QVERIFY(!watch.isWatching()); // a file has nobody else to listen to
        QSignalSpy changed(&watch, &ServerWatch::changed);
        watch.noticeChange(QStringLiteral("accounts"));
        watch.noticeChange(QStringLiteral("contacts"));
        watch.noticeChange(QStringLiteral("accounts"));
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, ServerWatch::settleMs * 3);
        QCOMPARE(changed.first().first().toStringList(),
            (QStringList { QStringLiteral("accounts"), QStringLiteral("contacts") }));
        QTest::qWait(ServerWatch::settleMs + 200);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!watch.isLost());
    }

    // On a team server: who is signed in, colleagues' saves reloading the list in place, and a lost
    // connection that the window survives and reconnects. Needs the test server (the _pg run).
    void onATeamServer()
    {
        if (test::testServer().isEmpty()) {
            QSKIP("needs the test server (tst_teamwindow_pg)");
        }
        qputenv("PGPASSWORD", m_serverPassword); // to make the test's database
        const QString location = test::serverDatabaseFor(QStringLiteral("team"));
        {
            auto made = Database::open(location);
            QVERIFY2(made, qPrintable(made.error().message));
            QVERIFY(!DemoOrganisation::fill(**made, DemoOrganisation::Language::English));
        }
        const auto address = *ServerAddress::parse(location);
        qunsetenv("PGPASSWORD");
        Database::Options withPassword; // a colleague's connection, and the administrator's
        withPassword.password = QString::fromLocal8Bit(m_serverPassword);

        // From a file's window, File > Connect to Team Server...: the window is replaced by the server's,
        // and the keyring keeps the password.
        AppController controller;
        QVERIFY(controller.openDatabase(fileWithDemo(QStringLiteral("before-server.db")), false));
        int tries = 0;
        ConnectServerDialog::setAnswer([&](ConnectServerDialog& dialog) {
            dialog.setAddress(address);
            dialog.setPassword(QStringLiteral("wrong"));
            dialog.connectToServer();
            ++tries;
            QVERIFY2(dialog.problem().contains(QStringLiteral("refused")), qPrintable(dialog.problem()));
            dialog.setPassword(QString::fromLocal8Bit(m_serverPassword));
            dialog.connectToServer();
        });
        QVERIFY(controller.connectToServer());
        QCOMPARE(tries, 1);
        ConnectServerDialog::setAnswer({});
        QVERIFY(controller.database()->isServer());
        std::optional<PasswordKeyring::Answer> kept;
        QString keptPassword;
        PasswordKeyring::read(location, this, [&](PasswordKeyring::Answer answer, const QString& password) {
            kept = answer;
            keptPassword = password;
        });
        QTRY_VERIFY(kept.has_value());
        QCOMPARE(*kept, PasswordKeyring::Answer::Found);
        QCOMPARE(keptPassword, QString::fromLocal8Bit(m_serverPassword));

        // Opened again from the recent list, the kept password signs in without a question.
        ConnectServerDialog::setAnswer([](ConnectServerDialog&) { QFAIL("nothing should be asked"); });
        std::optional<bool> opened;
        controller.openServer(location, [&](bool ok) { opened = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(opened.has_value(), 15000);
        QVERIFY(*opened);
        ConnectServerDialog::setAnswer({});
        MainWindow* window = controller.window();
        QCOMPARE(window->windowTitle(), QStringLiteral("%1 – Tandem").arg(address.displayName()));
        QVERIFY2(statusText(*window).contains(
                     QStringLiteral("Signed in to %1 as %2").arg(address.displayName(), address.user)),
            qPrintable(statusText(*window)));
        QVERIFY(!window->findChild<IdentityBar*>(QStringLiteral("identityBar"))->isVisible());
        QVERIFY(controller.recentFiles().contains(location));
        QVERIFY(window->serverWatch() && window->serverWatch()->isWatching());

        // A colleague adds an account: the list grows, the user's selection stays.
        window->showPage(Page::Accounts);
        auto* accounts = window->page(Page::Accounts)->findChild<ListPage*>();
        QTRY_VERIFY(accounts->view()->model()->rowCount() > 2);
        const int before = accounts->view()->model()->rowCount();
        accounts->view()->selectRow(2);
        const QList<qint64> selected = selectedIds(accounts->view());
        {
            auto colleague = Database::open(location, withPassword);
            QVERIFY(colleague);
            QVERIFY(EntityStore(**colleague)
                        .add(entities::account(),
                            { { QStringLiteral("name"), QStringLiteral("Zz Colleague's Account") },
                                { QStringLiteral("segment"), QStringLiteral("potential") } }));
            // Until the server's triggers announce changes themselves, the test does.
            QSqlQuery((*colleague)->connection()).exec(QStringLiteral("NOTIFY tandem_changes, 'accounts'"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(accounts->view()->model()->rowCount(), before + 1, 5000);
        QCOMPARE(selectedIds(accounts->view()), selected);

        // The server drops the window's connection: it says so and offers Reconnect, without a crash.
        {
            auto admin = Database::open(location, withPassword);
            QVERIFY(admin);
            QSqlQuery terminate((*admin)->connection());
            QVERIFY(
                terminate.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                              "datname = current_database() AND pid <> pg_backend_pid()")));
        }
        auto* reconnect = window->findChild<QPushButton*>(QStringLiteral("reconnectButton"));
        QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), 5000);
        QVERIFY2(statusText(*window).contains(QStringLiteral("was lost")), qPrintable(statusText(*window)));
        window->reloadAll(); // works on nothing, says why, and does not crash
        QVERIFY(controller.reconnect());
        QCOMPARE(controller.window(), window);
        QVERIFY(!reconnect->isVisible());
        QVERIFY(!window->serverWatch()->isLost());
        // The message says so for a while; the line it covers is back to who is signed in.
        QCOMPARE(window->statusBar()->currentMessage(),
            QStringLiteral("Connected to %1 again.").arg(address.displayName()));
        QVERIFY(window->findChild<QLabel*>(QStringLiteral("databaseLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Signed in to")));
        QCOMPARE(accounts->view()->model()->rowCount(), before + 1);
    }
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
