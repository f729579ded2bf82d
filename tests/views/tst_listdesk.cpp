#include "AccountDialog.h"
#include "AccountsPage.h"
#include "DashboardPage.h"
#include "DemoOrganisation.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "ListMenus.h"
#include "ListPage.h"
#include "OrganizationPage.h"
#include "RecordDialog.h"
#include "RequestsPage.h"
#include "SavedViewsButton.h"
#include "Sql.h"
#include "TestSupport.h"
#include "UserGuide.h"
#include "WindowFixture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace tandem;

namespace {
int columnNamed(const ListPage* list, const QString& header)
{
    QAbstractItemModel* model = list->view()->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        if (model->headerData(column, Qt::Horizontal).toString() == header) {
            return column;
        }
    }
    return -1;
}

QStringList actionTexts(const QMenu* menu)
{
    QStringList texts;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator()) {
            texts << action->text();
        }
    }
    return texts;
}

ListMenus* menusOf(const ListPage* list)
{
    return list->findChild<ListMenus*>(QString(), Qt::FindDirectChildrenOnly);
}

SavedViewsButton* viewsOf(const ListPage* list)
{
    return list->findChild<SavedViewsButton*>(QStringLiteral("viewsButton"));
}

// The row of the list whose column `column` shows `text`, among the rows loaded so far.
int rowShowing(const ListPage* list, int column, const QString& text)
{
    QAbstractItemModel* model = list->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text) {
            return row;
        }
    }
    return -1;
}

void press(QWidget* widget, Qt::Key key)
{
    QTest::keyClick(widget, key);
    QCoreApplication::processEvents();
}

// The name of the account whose window `key` on `view` opens (closed again at once), empty for none.
QString accountOpenedBy(QWidget* view, Qt::Key key)
{
    QString shown;
    QTimer::singleShot(0, view, [&] {
        if (auto* dialog = qobject_cast<AccountDialog*>(QApplication::activeModalWidget())) {
            shown = dialog->windowTitle();
            dialog->reject();
        }
    });
    press(view, key);
    return shown;
}
} // namespace

// The lists as a desktop app's lists: remembered, opened with Enter, menus on rows and headers, Delete
// within the model's rules, saved views; the status bar and Help.
class TestListDesk : public test::WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startInEnglish();
        m_db = openEnglishDemo();
        QVERIFY(m_db);
    }

    void cleanup()
    {
        RecordDialog::setAnswer({});
        // The next test starts with the lists as a new user sees them.
        QSettings().remove(QStringLiteral("lists"));
        QSettings().remove(QStringLiteral("window"));
    }

    void theWindowComesBackAsItWasLeft()
    {
        int city = -1;
        QList<int> splitterSizes;
        {
            MainWindow window(*m_db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1333, 777);
            window.showPage(Page::Accounts);
            ListPage* list = qobject_cast<AccountsPage*>(window.page(Page::Accounts))->list();
            city = columnNamed(list, QStringLiteral("City"));
            const int segment = columnNamed(list, QStringLiteral("Segment"));
            QVERIFY(city > 0 && segment > 0);
            QHeaderView* header = list->view()->horizontalHeader();
            header->resizeSection(0, 333);
            header->moveSection(header->visualIndex(segment), 0);
            // Hidden through the header's menu, as a person does it.
            QMenu* columns = menusOf(list)->headerMenu();
            for (QAction* action : columns->actions()) {
                if (action->text() == QLatin1String("City")) {
                    action->trigger();
                }
            }
            QVERIFY(header->isSectionHidden(city));
            list->view()->sortByColumn(1, Qt::DescendingOrder);
            QCOMPARE(list->model()->sortColumn(), 1);

            window.showPage(Page::Organization);
            auto* splitter = window.page(Page::Organization)->findChild<QSplitter*>();
            QVERIFY(splitter);
            splitter->setSizes({ 150, 700 });
            splitterSizes = splitter->sizes();
        }

        MainWindow again(*m_db);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1333, 777));
        again.showPage(Page::Organization);
        QCOMPARE(again.page(Page::Organization)->findChild<QSplitter*>()->sizes(), splitterSizes);
        again.showPage(Page::Accounts);
        ListPage* list = qobject_cast<AccountsPage*>(again.page(Page::Accounts))->list();
        QHeaderView* header = list->view()->horizontalHeader();
        QCOMPARE(header->sectionSize(0), 333);
        QCOMPARE(header->logicalIndex(0), columnNamed(list, QStringLiteral("Segment")));
        QVERIFY(header->isSectionHidden(city));
        // The rows follow the remembered sort, not only the arrow.
        QCOMPARE(header->sortIndicatorSection(), 1);
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(list->model()->sortColumn(), 1);
        QCOMPARE(list->model()->sortOrder(), Qt::DescendingOrder);
    }

    void columnsFitTheirContents()
    {
        QTemporaryDir dir;
        auto chinese = test::openIn(dir, QStringLiteral("zh.db"));
        QVERIFY(chinese);
        QVERIFY(!DemoOrganisation::fill(*chinese, DemoOrganisation::Language::Chinese));
        for (Database* database : { m_db.get(), chinese.get() }) {
            MainWindow window(*database);
            window.resize(1200, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(Page::Accounts);
            ListPage* list = qobject_cast<AccountsPage*>(window.page(Page::Accounts))->list();
            QTableView* view = list->view();
            QHeaderView* header = view->horizontalHeader();
            QVERIFY(!header->stretchLastSection());
            const int name = columnNamed(list, QStringLiteral("Name"));
            int widest = 0;
            for (int row = 0; row < qMin(50, view->model()->rowCount()); ++row) {
                widest = qMax(widest,
                    view->fontMetrics().horizontalAdvance(view->model()->index(row, name).data().toString()));
            }
            QVERIFY2(
                header->sectionSize(name) > widest, qPrintable(QString::number(header->sectionSize(name))));
            for (int column = 0; column < header->count(); ++column) {
                QVERIFY2(header->sectionSize(column) < view->width() / 2,
                    qPrintable(view->model()->headerData(column, Qt::Horizontal).toString()));
                // The header is not cut short either.
                const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(title),
                    qPrintable(QStringLiteral("%1: %2 for %3")
                                   .arg(title)
                                   .arg(header->sectionSize(column))
                                   .arg(header->fontMetrics().horizontalAdvance(title))));
            }
        }
    }

    void enterOpensTheRecord()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Page::Organization);
        ListPage* staff = qobject_cast<OrganizationPage*>(window.page(Page::Organization))->staffList();
        const QString name
            = staff->view()->model()->index(2, columnNamed(staff, QStringLiteral("Name"))).data().toString();
        QVERIFY(!name.isEmpty());
        staff->view()->setFocus();
        staff->view()->setCurrentIndex(staff->view()->model()->index(2, 0));
        QString opened;
        RecordDialog::setAnswer(
            [&](RecordDialog& form) { opened = form.values().value(QStringLiteral("name")); });
        press(staff->view(), Qt::Key_Return);
        QCOMPARE(opened, name);

        // An account opens in its own window.
        window.showPage(Page::Accounts);
        ListPage* accounts = qobject_cast<AccountsPage*>(window.page(Page::Accounts))->list();
        accounts->view()->setFocus();
        accounts->view()->setCurrentIndex(accounts->view()->model()->index(0, 0));
        const QString account = accounts->view()
                                    ->model()
                                    ->index(0, columnNamed(accounts, QStringLiteral("Name")))
                                    .data()
                                    .toString();
        QCOMPARE(accountOpenedBy(accounts->view(), Qt::Key_Enter), account);

        // A follow-up due on the Dashboard opens its account.
        window.showPage(Page::Dashboard);
        ListPage* followUps = qobject_cast<DashboardPage*>(window.page(Page::Dashboard))->today();
        QVERIFY(followUps->model()->rowCount() > 0);
        followUps->view()->setFocus();
        followUps->view()->setCurrentIndex(followUps->view()->model()->index(0, 0));
        const QString owner = followUps->view()
                                  ->model()
                                  ->index(0, columnNamed(followUps, QStringLiteral("Account")))
                                  .data()
                                  .toString();
        QCOMPARE(accountOpenedBy(followUps->view(), Qt::Key_Return), owner);
    }

    void rowsAndHeadersHaveMenus()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Page::Accounts);
        ListPage* accounts = qobject_cast<AccountsPage*>(window.page(Page::Accounts))->list();
        QTableView* view = accounts->view();
        view->selectRow(0);
        view->selectionModel()->select(
            view->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(actionTexts(menusOf(accounts)->rowMenu()),
            (QStringList { QStringLiteral("Open"), QStringLiteral("New Request..."),
                QStringLiteral("Log Interaction..."), QStringLiteral("Change Owner..."),
                QStringLiteral("Copy"), QStringLiteral("Export Selected..."), QStringLiteral("Delete") }));

        // Copy gives the selected rows as a spreadsheet pastes them.
        const int name = columnNamed(accounts, QStringLiteral("Name"));
        menusOf(accounts)->copySelected();
        const QStringList lines
            = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(
            lines.at(1).split(QLatin1Char('\t')).contains(view->model()->index(1, name).data().toString()));

        // Export Selected writes those rows only, and the columns shown only.
        const int city = columnNamed(accounts, QStringLiteral("City"));
        view->horizontalHeader()->setSectionHidden(city, true);
        const QString path = m_dir.filePath(QStringLiteral("selected.csv"));
        Dialogs::setNextFile(path);
        Dialogs::setNextChoice(0);
        menusOf(accounts)->exportSelected();
        const QStringList written
            = QString::fromUtf8(test::fileBytes(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(written.size(), 3);
        QVERIFY(written.first().contains(QLatin1String("Name")));
        QVERIFY(!written.first().contains(QLatin1String("City")));
        view->horizontalHeader()->setSectionHidden(city, false);

        // Log Interaction records one with the account.
        const qint64 account = view->model()->index(0, 0).data(PagedListModel::IdRole).toLongLong();
        const auto before = sql::scalar(m_db->connection(),
            QStringLiteral("SELECT count(*) FROM interactions WHERE account_id = ?"), { account });
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("summary"), QStringLiteral("Called about the spring order"));
            form.accept();
        });
        menusOf(accounts)->rowMenu();
        view->setCurrentIndex(view->model()->index(0, 0));
        view->selectRow(0);
        for (QAction* action : menusOf(accounts)->rowMenu()->actions()) {
            if (action->text() == QLatin1String("Log Interaction...")) {
                action->trigger();
            }
        }
        const auto after = sql::scalar(m_db->connection(),
            QStringLiteral("SELECT count(*) FROM interactions WHERE account_id = ?"), { account });
        QCOMPARE(after->toInt(), before->toInt() + 1);
        // And the status bar says so.
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("done")),
            qPrintable(window.statusBar()->currentMessage()));

        // Requests open and are copied, but the list deletes nothing.
        window.showPage(Page::Requests);
        ListPage* requests = qobject_cast<RequestsPage*>(window.page(Page::Requests))->list();
        requests->view()->selectRow(0);
        QCOMPARE(actionTexts(menusOf(requests)->rowMenu()),
            (QStringList {
                QStringLiteral("Open"), QStringLiteral("Copy"), QStringLiteral("Export Selected...") }));

        // The header's menu lists the columns; the last one shown cannot go.
        QHeaderView* header = requests->view()->horizontalHeader();
        QMenu* columns = menusOf(requests)->headerMenu();
        QList<QAction*> checks;
        for (QAction* action : columns->actions()) {
            if (action->isCheckable()) {
                checks << action;
            }
        }
        QCOMPARE(checks.size(), header->count());
        checks.at(1)->trigger();
        QVERIFY(header->isSectionHidden(header->logicalIndex(1)));
        for (int column = 0; column + 1 < header->count(); ++column) {
            header->setSectionHidden(column, true);
        }
        columns = menusOf(requests)->headerMenu();
        QAction* last = columns->actions().last();
        QVERIFY(last->isChecked());
        QVERIFY(!last->isEnabled());
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, false);
        }
    }

    void deleteKeepsToTheModelsRules()
    {
        EntityStore store(*m_db);
        const auto first = store.add(
            entities::account(), { { QStringLiteral("name"), QStringLiteral("Aardvark Fresh One") } });
        const auto second = store.add(
            entities::account(), { { QStringLiteral("name"), QStringLiteral("Aardvark Fresh Two") } });
        QVERIFY(first && second);
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Page::Accounts);
        ListPage* list = qobject_cast<AccountsPage*>(window.page(Page::Accounts))->list();
        list->view()->sortByColumn(columnNamed(list, QStringLiteral("Name")), Qt::AscendingOrder);
        const int name = columnNamed(list, QStringLiteral("Name"));
        auto count = [&] {
            return sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt();
        };
        const int accounts = count();

        // An account with history is refused, with the model's sentence.
        const QString keptName = sql::scalar(m_db->connection(),
            QStringLiteral("SELECT name FROM accounts a WHERE EXISTS (SELECT 1 FROM interactions i WHERE "
                           "i.account_id = a.party_id) ORDER BY name LIMIT 1"))
                                     ->toString();
        const int kept = rowShowing(list, name, keptName);
        QVERIFY2(kept >= 0, qPrintable(keptName));
        list->view()->setFocus();
        list->view()->selectRow(kept);
        press(list->view(), Qt::Key_Delete);
        QCOMPARE(count(), accounts);
        QVERIFY(!Dialogs::lastMessage().isEmpty());
        QVERIFY(rowShowing(list, name, keptName) >= 0);

        // With it in the selection, nothing goes.
        list->view()->selectRow(rowShowing(list, name, QStringLiteral("Aardvark Fresh One")));
        list->view()->selectionModel()->select(
            list->view()->model()->index(rowShowing(list, name, keptName), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        press(list->view(), Qt::Key_Delete);
        QCOMPARE(count(), accounts);

        // Two fresh ones go in one step, and come back with one undo.
        list->view()->selectRow(rowShowing(list, name, QStringLiteral("Aardvark Fresh One")));
        list->view()->selectionModel()->select(
            list->view()->model()->index(rowShowing(list, name, QStringLiteral("Aardvark Fresh Two")), 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        press(list->view(), Qt::Key_Delete);
        QCOMPARE(count(), accounts - 2);
        QCOMPARE(rowShowing(list, name, QStringLiteral("Aardvark Fresh One")), -1);
        window.undoStack()->undo();
        QCOMPARE(count(), accounts);
        QVERIFY(rowShowing(list, name, QStringLiteral("Aardvark Fresh Two")) >= 0);
        window.undoStack()->redo();
        QCOMPARE(count(), accounts - 2);
    }

    void aSavedViewComesBackWithItsFilterSearchAndSort()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Page::Accounts);
        auto* page = qobject_cast<AccountsPage*>(window.page(Page::Accounts));
        ListPage* list = page->list();
        SavedViewsButton* views = viewsOf(list);
        QVERIFY(views);
        page->segmentFilter()->setCurrentIndex(page->segmentFilter()->findData(QStringLiteral("loyal")));
        page->overdueFilter()->setChecked(false);
        list->setSearchText(QStringLiteral("a"));
        list->view()->sortByColumn(1, Qt::DescendingOrder);
        const int shown = list->model()->rowCount();
        QVERIFY(views->saveAs(QStringLiteral("My loyal accounts")));

        page->segmentFilter()->setCurrentIndex(0);
        list->setSearchText(QString());
        list->view()->sortByColumn(0, Qt::AscendingOrder);
        QVERIFY(list->model()->rowCount() > shown);

        QVERIFY(views->apply(QStringLiteral("My loyal accounts")));
        // The page's own filter widgets show the view, and the rows are the view's.
        QCOMPARE(page->segmentFilter()->currentData().toString(), QStringLiteral("loyal"));
        QCOMPARE(std::get<lists::AccountFilter>(list->filter()).segment, QStringLiteral("loyal"));
        QCOMPARE(list->searchText(), QStringLiteral("a"));
        QCOMPARE(list->model()->sortColumn(), 1);
        QCOMPARE(list->model()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(list->model()->rowCount(), shown);

        // The Views menu offers it; Rename and Delete work on it.
        views->menu()->aboutToShow();
        QVERIFY(actionTexts(views->menu()).contains(QStringLiteral("My loyal accounts")));
        QVERIFY(views->rename(QStringLiteral("My loyal accounts"), QStringLiteral("Loyal")));
        views->menu()->aboutToShow();
        QVERIFY(actionTexts(views->menu()).contains(QStringLiteral("Loyal")));

        // Requests: the filter bar shows the view too.
        window.showPage(Page::Requests);
        auto* requests = qobject_cast<RequestsPage*>(window.page(Page::Requests));
        requests->statusFilter()->setCurrentIndex(2); // Closed
        QVERIFY(viewsOf(requests->list())->saveAs(QStringLiteral("Closed")));
        requests->clearFilter();
        QCOMPARE(requests->statusFilter()->currentIndex(), 0);
        QVERIFY(viewsOf(requests->list())->apply(QStringLiteral("Closed")));
        QCOMPARE(requests->statusFilter()->currentIndex(), 2);

        // Another database has views of its own.
        auto other = test::openIn(m_dir, QStringLiteral("other.db"));
        QVERIFY(other);
        MainWindow elsewhere(*other);
        SavedViewsButton* otherViews
            = viewsOf(qobject_cast<AccountsPage*>(elsewhere.page(Page::Accounts))->list());
        otherViews->menu()->aboutToShow();
        QVERIFY(!actionTexts(otherViews->menu()).contains(QStringLiteral("Loyal")));
        QVERIFY(!otherViews->apply(QStringLiteral("Loyal")));

        QVERIFY(views->remove(QStringLiteral("Loyal")));
        views->menu()->aboutToShow();
        QVERIFY(!actionTexts(views->menu()).contains(QStringLiteral("Loyal")));
    }

    void helpHasAGuideAndTheShortcuts()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMenu* help = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            if (menu->text() == QLatin1String("&Help")) {
                help = menu->menu();
            }
        }
        QVERIFY(help);
        QMap<QString, QAction*> actions;
        for (QAction* action : help->actions()) {
            actions.insert(action->text(), action);
        }
        QVERIFY(actions.contains(QStringLiteral("Tandem &User Guide")));
        QCOMPARE(actions.value(QStringLiteral("Tandem &User Guide"))->shortcut(),
            QKeySequence(QKeySequence::HelpContents));
        actions.value(QStringLiteral("Tandem &User Guide"))->trigger();
        auto* guide = window.findChild<QTextBrowser*>(QStringLiteral("helpText"));
        QVERIFY(guide);
        QVERIFY(guide->toPlainText().contains(QLatin1String("a short tour")));
        QVERIFY(guide->toPlainText().contains(QLatin1String("Views")));
        guide->window()->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        actions.value(QStringLiteral("&Keyboard Shortcuts"))->trigger();
        auto* keys = window.findChild<QTextBrowser*>(QStringLiteral("helpText"));
        QVERIFY(keys);
        const QString text = keys->toPlainText();
        for (const char* expected : { "Ctrl+5", "Accounts", "Ctrl+Z", "F2", "Open the selected row" }) {
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        }

        translations::saveLanguage(QStringLiteral("zh_CN"));
        QVERIFY(help::guideHtml().contains(QStringLiteral("简要导览")));
        translations::saveLanguage(QStringLiteral("en"));
    }

private:
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestListDesk)
#include "tst_listdesk.moc"
