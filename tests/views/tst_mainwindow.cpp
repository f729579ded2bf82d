#include "AppController.h"
#include "ChainMapPage.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "Dialogs.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "OrganizationPage.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QGraphicsScene>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace tandem;

// Drives the real main window on temporary databases.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationName(QStringLiteral("tandem-test"));
        translations::saveLanguage(QStringLiteral("en"));
        translations::install(QStringLiteral("en"));
    }

    void visitsEveryPageOfTheDemo()
    {
        auto db = test::openIn(m_dir, QStringLiteral("demo.db"));
        QVERIFY(db);
        QVERIFY(!DemoOrganisation::fill(*db, DemoOrganisation::Language::English));
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("demo.db")));

        auto* dashboard = qobject_cast<DashboardPage*>(window.page(MainWindow::Dashboard));
        QVERIFY(dashboard);
        const QStringList figures = dashboard->figureTexts();
        QVERIFY(figures.contains(
            QStringLiteral("Departments: %1")
                .arg(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM departments"))
                         ->toInt())));

        for (int page = MainWindow::Organization; page < MainWindow::PageCount; ++page) {
            // Ctrl+1 .. Ctrl+7 reach the pages.
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), page);
            QWidget* widget = window.page(page);
            QVERIFY(widget->isVisible());
            auto* list = qobject_cast<ListPage*>(widget);
            if (page == MainWindow::Organization) {
                list = static_cast<OrganizationPage*>(widget)->staffList();
            }
            if (page == MainWindow::ChainMap) {
                // The map is the first tab; the same chain as a list is the second.
                auto* tabs = qobject_cast<QTabWidget*>(widget);
                QVERIFY(tabs);
                auto* map = qobject_cast<ChainMapPage*>(tabs->widget(0));
                QVERIFY(map);
                QTRY_VERIFY_WITH_TIMEOUT(!map->nodeBoxes().isEmpty(), 10000);
                tabs->setCurrentIndex(1);
                list = qobject_cast<ListPage*>(tabs->widget(1));
            }
            QVERIFY(list);
            QTRY_VERIFY(list->view()->isVisible());
            QVERIFY(list->model()->rowCount() > 0);
            QVERIFY2(!list->countText().startsWith(QLatin1Char('0')), qPrintable(list->countText()));
            QVERIFY(!list->view()->model()->index(0, 0).data().toString().isEmpty());
        }
    }

    void chainMapDrawsWithoutOverlaps()
    {
        auto db = test::openIn(m_dir, QStringLiteral("demo.db"));
        ChainMapPage map(*db);
        QSignalSpy drawn(&map, &ChainMapPage::drawn);
        map.resize(1000, 700);
        map.show();
        QVERIFY(drawn.wait(10000));
        // The whole demo organisation: every department, colleague and account, none on top of another.
        const QHash<qint64, QRectF> boxes = map.nodeBoxes();
        QCOMPARE(boxes.size(),
            sql::scalar(db->connection(),
                QStringLiteral("SELECT count(*) FROM parties WHERE kind <> 'account' OR "
                               "id IN (SELECT party_id FROM accounts WHERE owner_id IS NOT NULL)"))
                ->toInt());
        const QList<QRectF> rects = boxes.values();
        for (int i = 0; i < rects.size(); ++i) {
            for (int j = i + 1; j < rects.size(); ++j) {
                QVERIFY2(!rects.at(i).intersects(rects.at(j)),
                    qPrintable(QStringLiteral("nodes %1 and %2 overlap").arg(i).arg(j)));
            }
        }
        QVERIFY(map.dot().startsWith(QStringLiteral("digraph chain {")));

        // Around one colleague at distance 1: the colleague, the accounts they own and their direct pairs.
        const qint64 rep = sql::scalar(db->connection(),
            QStringLiteral("SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"))
                               ->toLongLong();
        const int owned = sql::scalar(
            db->connection(), QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = ?"), { rep })
                              ->toInt();
        drawn.clear();
        map.findChild<QSpinBox*>()->setValue(1);
        map.focusOn(rep);
        QVERIFY(drawn.wait(10000));
        QVERIFY(map.nodeBoxes().contains(rep));
        QVERIFY(map.nodeBoxes().size() >= owned + 1);
        QVERIFY(map.nodeBoxes().size() < boxes.size());
    }

    void organizationFiltersByDepartment()
    {
        auto db = test::openIn(m_dir, QStringLiteral("demo.db"));
        MainWindow window(*db);
        window.show();
        window.showPage(MainWindow::Organization);
        auto* page = static_cast<OrganizationPage*>(window.page(MainWindow::Organization));
        const int everyone = page->staffList()->model()->rowCount();
        QTreeView* tree = page->departmentView();
        const QModelIndex root = tree->model()->index(0, 0);
        const QModelIndex child = tree->model()->index(0, 0, root);
        QVERIFY(child.isValid());
        tree->setCurrentIndex(child);
        const int inDepartment = page->staffList()->model()->rowCount();
        QVERIFY(inDepartment > 0 && inDepartment < everyone);
        QCOMPARE(inDepartment,
            sql::scalar(db->connection(),
                QStringLiteral("SELECT count(*) FROM staff WHERE department_id = ?"),
                { child.data(Qt::UserRole + 1) })
                ->toInt());
    }

    void anEmptyDatabaseSaysWhatToDo()
    {
        auto db = test::openIn(m_dir, QStringLiteral("empty.db"));
        MainWindow window(*db);
        window.show();
        window.showPage(MainWindow::Accounts);
        auto* accounts = qobject_cast<ListPage*>(window.page(MainWindow::Accounts));
        auto* empty = accounts->findChild<QLabel*>(QStringLiteral("emptyLabel"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No accounts yet")));
        QVERIFY(!accounts->view()->isVisible());
        // The demo can be loaded from there, and the list fills.
        auto* load = accounts->findChild<QPushButton*>();
        QVERIFY(load && load->isVisible());
        QTest::mouseClick(load, Qt::LeftButton);
        QTRY_VERIFY(accounts->view()->isVisible());
        QVERIFY(accounts->model()->rowCount() >= 50);
    }

    void firstStartOffersTheDemoAndSwitchesLanguage()
    {
        const QString path = m_dir.filePath(QStringLiteral("first.db"));
        AppController controller;
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(controller.openDatabase(path, true));
        QVERIFY(controller.window());
        QVERIFY(controller.database()->wasCreated());
        auto* sidebar = controller.window()->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->count(), int(MainWindow::PageCount));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Dashboard"));
        QVERIFY(
            sql::scalar(controller.database()->connection(), QStringLiteral("SELECT count(*) FROM accounts"))
                ->toInt()
            > 0);

        emit controller.window()->languageRequested(QStringLiteral("zh_CN"));
        sidebar = controller.window()->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("仪表板"));
        QCOMPARE(sidebar->item(MainWindow::Accounts)->text(), QStringLiteral("外部客户"));
        emit controller.window()->languageRequested(QStringLiteral("en"));
        sidebar = controller.window()->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Dashboard"));
    }

    void refusesABadFileWithAMessage()
    {
        const QString path = m_dir.filePath(QStringLiteral("garbage.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, 'x'));
        file.close();
        AppController controller;
        QVERIFY(!controller.openDatabase(path, false));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("not a Tandem database")));
        QVERIFY(!controller.window());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
