#include "AccountDialog.h"
#include "AccountsPage.h"
#include "AppController.h"
#include "BackgroundWork.h"
#include "ChainMapPage.h"
#include "Clock.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "Handover.h"
#include "HandoverWizard.h"
#include "HandoversPage.h"
#include "Identity.h"
#include "ImportWizard.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "OrganizationPage.h"
#include "PartyRelationsDialog.h"
#include "RecordDialog.h"
#include "RecordEditor.h"
#include "RelationshipsPage.h"
#include "RequestDialog.h"
#include "RequestStepDialog.h"
#include "RequestsPage.h"
#include "SatisfactionPanel.h"
#include "SegmentsDialog.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QGraphicsScene>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tandem;

// Drives the real main window on temporary databases.
class TestMainWindow : public QObject
{
    Q_OBJECT

    static RecordEditor* findEditor(MainWindow& window) { return window.findChild<RecordEditor*>(); }

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

        auto* dashboard = qobject_cast<DashboardPage*>(window.page(Page::Dashboard));
        QVERIFY(dashboard);
        const QStringList figures = dashboard->figureTexts();
        QVERIFY(figures.contains(
            QStringLiteral("Departments: %1")
                .arg(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM departments"))
                         ->toInt())));

        for (int page = Page::Organization; page < Page::Count; ++page) {
            // Ctrl+1 .. Ctrl+7 reach the pages.
            QTest::keyClick(&window, Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
            QCOMPARE(window.currentPage(), page);
            QWidget* widget = window.page(page);
            QVERIFY(widget->isVisible());
            auto* list = qobject_cast<ListPage*>(widget);
            if (page == Page::Organization) {
                list = static_cast<OrganizationPage*>(widget)->staffList();
            }
            if (page == Page::Relationships) {
                list = static_cast<RelationshipsPage*>(widget)->list();
            }
            if (page == Page::Accounts) {
                list = static_cast<AccountsPage*>(widget)->list();
            }
            if (page == Page::Requests) {
                list = static_cast<RequestsPage*>(widget)->list();
            }
            if (page == Page::Handovers) {
                list = static_cast<HandoversPage*>(widget)->list();
            }
            if (page == Page::ChainMap) {
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

    void editsTheOrganizationAndUndoes()
    {
        auto db = test::openIn(m_dir, QStringLiteral("edits.db"));
        MainWindow window(*db);
        window.show();
        window.showPage(Page::Organization);
        auto* org = static_cast<OrganizationPage*>(window.page(Page::Organization));
        auto* relationships = static_cast<RelationshipsPage*>(window.page(Page::Relationships));
        const auto count = [&](const char* table) {
            return sql::scalar(
                db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                ->toInt();
        };

        // A mistake keeps the form open with one sentence, and nothing is saved.
        QString refusal;
        RecordDialog::setAnswer([&](RecordDialog& form) {
            form.setValue(QStringLiteral("name"), QStringLiteral("   "));
            form.accept();
            refusal = form.errorText();
        });
        org->newDepartment();
        QCOMPARE(refusal, QStringLiteral("Field Name is required.")); // the form's own word for the field
        QCOMPARE(count("departments"), 0);

        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("name"), QStringLiteral("质量部"));
            form.accept();
        });
        org->newDepartment();
        QCOMPARE(count("departments"), 1);
        const qint64 quality
            = sql::scalar(db->connection(), QStringLiteral("SELECT party_id FROM departments"))->toLongLong();
        org->selectDepartment(quality);
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("name"), QStringLiteral("林伟"));
            form.setValue(QStringLiteral("title"), QStringLiteral("Inspector"));
            form.accept();
        });
        org->newColleague();
        QCOMPARE(count("staff"), 1);
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT department_id FROM staff"))->toLongLong(),
            quality);
        const qint64 inspector
            = sql::scalar(db->connection(), QStringLiteral("SELECT party_id FROM staff"))->toLongLong();

        window.showPage(Page::Relationships);
        RecordDialog::setAnswer([&](RecordDialog& form) {
            form.setValue(QStringLiteral("kind"), QStringLiteral("rank"));
            form.setValue(QStringLiteral("a_party"), QString::number(quality));
            form.setValue(QStringLiteral("b_party"), QString::number(inspector));
            form.setValue(QStringLiteral("a_to_b"), QStringLiteral("Inspection plan"));
            // The department stands above its member, so no warning about the order.
            QVERIFY(form.warningText().isEmpty());
            form.accept();
        });
        relationships->newPair();
        QCOMPARE(count("internal_links"), 1);
        // The same pair again opens the existing one instead of a duplicate.
        QString title;
        RecordDialog::setAnswer([&](RecordDialog& form) {
            if (form.windowTitle() != QLatin1String("New pair")) {
                title = form.windowTitle();
                form.reject();
                return;
            }
            form.setValue(QStringLiteral("kind"), QStringLiteral("rank"));
            form.setValue(QStringLiteral("a_party"), QString::number(quality));
            form.setValue(QStringLiteral("b_party"), QString::number(inspector));
            form.accept();
        });
        relationships->newPair();
        QCOMPARE(count("internal_links"), 1);
        QVERIFY2(title.contains(QStringLiteral("exists already")), qPrintable(title));
        RecordDialog::setAnswer({});

        // Everyone's customers and suppliers: the inspector is served by the department.
        PartyRelationsDialog relations(*db, inspector);
        QCOMPARE(relations.suppliers()->topLevelItemCount(), 2); // the pair, and membership of the department
        QCOMPARE(relations.customers()->topLevelItemCount(), 0);

        QUndoStack* undo = window.undoStack();
        QCOMPARE(undo->count(), 3);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(count("internal_links"), 0);
        undo->undo();
        undo->undo();
        QCOMPARE(count("staff"), 0);
        QCOMPARE(count("departments"), 0);
        undo->redo();
        undo->redo();
        undo->redo();
        QCOMPARE(count("departments"), 1);
        QCOMPARE(count("staff"), 1);
        QCOMPARE(count("internal_links"), 1);
        // Every change is in the audit log.
        QVERIFY(count("audit_log") >= 9);
    }

    void pagesOutOfViewCatchUpWhenShown()
    {
        auto db = test::openIn(m_dir, QStringLiteral("stale.db"));
        MainWindow window(*db);
        window.show();
        window.showPage(Page::Accounts);
        auto* accounts = static_cast<AccountsPage*>(window.page(Page::Accounts));
        auto* owners = accounts->findChildren<QComboBox*>().at(2);
        const int before = owners->count();
        window.showPage(Page::Organization);
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("name"), QStringLiteral("Nora New"));
            form.accept();
        });
        static_cast<OrganizationPage*>(window.page(Page::Organization))->newColleague();
        RecordDialog::setAnswer({});
        QCOMPARE(owners->count(), before); // not shown, not reloaded yet
        window.showPage(Page::Accounts);
        QCOMPARE(owners->count(), before + 1);
        QVERIFY(owners->findText(QStringLiteral("Nora New")) >= 0);
    }

    void movesDepartmentsAndMarksDepartures()
    {
        auto db = test::openIn(m_dir, QStringLiteral("moves.db"));
        EntityStore store(*db);
        const qint64 sales
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const qint64 east
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("East") } });
        QVERIFY(store.add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Lena Park") },
                { QStringLiteral("department_id"), QStringLiteral("East") } }));
        MainWindow window(*db);
        window.show();
        window.showPage(Page::Organization);
        auto* org = static_cast<OrganizationPage*>(window.page(Page::Organization));
        org->selectDepartment(east);
        org->cutDepartment();
        org->selectDepartment(sales);
        org->pasteDepartment();
        QCOMPARE(sql::scalar(db->connection(),
                     QStringLiteral("SELECT parent_id FROM departments WHERE party_id = ?"), { east })
                     ->toLongLong(),
            sales);
        // Sales cannot now move under East, its own sub-department.
        org->selectDepartment(sales);
        org->cutDepartment();
        org->selectDepartment(east);
        org->pasteDepartment();
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("cannot sit under itself")));
        QVERIFY(sql::scalar(db->connection(),
            QStringLiteral("SELECT parent_id FROM departments WHERE party_id = ?"), { sales })
                    ->isNull());

        org->selectColleague(0);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        org->markDeparted();
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT status FROM staff"))->toString(),
            QStringLiteral("departed"));
        QVERIFY(!sql::scalar(db->connection(), QStringLiteral("SELECT left_on FROM staff"))->isNull());
        window.undoStack()->undo();
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT status FROM staff"))->toString(),
            QStringLiteral("active"));
        window.undoStack()->undo();
        QVERIFY(sql::scalar(db->connection(),
            QStringLiteral("SELECT parent_id FROM departments WHERE party_id = ?"), { east })
                    ->isNull());
        // A department with a colleague in it stays.
        org->selectDepartment(east);
        org->removeDepartment();
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("only an empty department")));
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM departments"))->toInt(), 2);
    }

    void filtersAccountsInSql()
    {
        auto db = test::openIn(m_dir, QStringLiteral("demo.db"));
        MainWindow window(*db);
        window.show();
        window.showPage(Page::Accounts);
        auto* page = qobject_cast<AccountsPage*>(window.page(Page::Accounts));
        QVERIFY(page);
        const auto count = [&](const QString& where, const QVariantList& binds = {}) {
            return sql::scalar(
                db->connection(), QStringLiteral("SELECT count(*) FROM accounts a WHERE ") + where, binds)
                ->toInt();
        };
        page->segmentFilter()->setCurrentIndex(page->segmentFilter()->findData(QStringLiteral("loyal")));
        QCOMPARE(page->list()->model()->rowCount(), count(QStringLiteral("segment = 'loyal'")));
        page->segmentFilter()->setCurrentIndex(0);
        page->overdueFilter()->setChecked(true);
        const int overdue
            = count(QStringLiteral("EXISTS (SELECT 1 FROM interactions i WHERE i.account_id = a.party_id AND "
                                   "i.next_step_done = 0 AND i.next_step_due < ?)"),
                { QDate::currentDate().toString(Qt::ISODate) });
        QVERIFY(overdue > 0);
        QCOMPARE(page->list()->model()->rowCount(), overdue);
        // Every overdue row is marked so.
        QVERIFY(page->list()->view()->model()->index(0, 0).data(PagedListModel::AttentionRole).toBool());
        page->overdueFilter()->setChecked(false);
        // "My accounts" appears once Tandem knows who the user is.
        QVERIFY(!page->mineFilter()->isVisibleTo(page));
        const qint64 rep = sql::scalar(db->connection(),
            QStringLiteral("SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1"))
                               ->toLongLong();
        identity::setStaffFor(db->path(), rep);
        window.reloadAll();
        window.updateIdentity();
        QVERIFY(page->mineFilter()->isVisibleTo(page));
        page->mineFilter()->setChecked(true);
        QCOMPARE(page->list()->model()->rowCount(), count(QStringLiteral("owner_id = ?"), { rep }));
        QVERIFY(db->actor() == EntityStore(*db).displayName(QStringLiteral("staff"), rep));
        identity::setStaffFor(db->path(), 0);
        page->mineFilter()->setChecked(false);

        // A bulk change of owner is one undoable step.
        QTableView* view = page->list()->view();
        view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QList<qint64> chosen = page->selectedAccounts();
        QCOMPARE(chosen.size(), 3);
        QStringList before;
        for (qint64 id : chosen) {
            before << sql::scalar(db->connection(),
                QStringLiteral("SELECT coalesce(owner_id, '') FROM accounts WHERE party_id = ?"), { id })
                          ->toString();
        }
        Dialogs::setNextChoice(0); // the first active colleague in name order
        const int steps = window.undoStack()->count();
        page->changeOwner();
        QCOMPARE(window.undoStack()->count(), steps + 1);
        const qint64 newOwner = sql::scalar(db->connection(),
            QStringLiteral("SELECT owner_id FROM accounts WHERE party_id = ?"), { chosen.first() })
                                    ->toLongLong();
        for (qint64 id : chosen) {
            QCOMPARE(sql::scalar(db->connection(),
                         QStringLiteral("SELECT owner_id FROM accounts WHERE party_id = ?"), { id })
                         ->toLongLong(),
                newOwner);
        }
        window.undoStack()->undo();
        // Merging two of them, then undoing it, leaves every account and row as it was.
        const int accounts
            = sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt();
        const int rows = sql::scalar(db->connection(),
            QStringLiteral("SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM interactions) + "
                           "(SELECT count(*) FROM purchases)"))
                             ->toInt();
        view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Dialogs::setNextChoice(0);
        page->mergeSelected();
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt(),
            accounts - 1);
        QCOMPARE(sql::scalar(db->connection(),
                     QStringLiteral("SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM "
                                    "interactions) + (SELECT count(*) FROM purchases)"))
                     ->toInt(),
            rows);
        window.undoStack()->undo();
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt(),
            accounts);
        for (int i = 0; i < chosen.size(); ++i) {
            QCOMPARE(sql::scalar(db->connection(),
                         QStringLiteral("SELECT coalesce(owner_id, '') FROM accounts WHERE party_id = ?"),
                         { chosen.at(i) })
                         ->toString(),
                before.at(i));
        }
    }

    void addsAnAccountWithAContactAndAVisit()
    {
        auto db = test::openIn(m_dir, QStringLiteral("accounts.db"));
        EntityStore store(*db);
        const qint64 rep
            = *store.add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("Rita Rep") } });
        identity::setStaffFor(db->path(), rep);
        MainWindow window(*db);
        window.show();
        window.showPage(Page::Accounts);
        auto* page = static_cast<AccountsPage*>(window.page(Page::Accounts));
        const auto count = [&](const char* table) {
            return sql::scalar(
                db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                ->toInt();
        };
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("name"), QStringLiteral("苏州恒达机电"));
            form.setValue(QStringLiteral("city"), QStringLiteral("苏州"));
            form.setValue(QStringLiteral("email"), QStringLiteral("info@hengda.example"));
            form.accept();
        });
        page->newAccount();
        QCOMPARE(count("accounts"), 1);
        const qint64 account
            = sql::scalar(db->connection(), QStringLiteral("SELECT party_id FROM accounts"))->toLongLong();
        // The new account is mine: who I am is its owner.
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT owner_id FROM accounts"))->toLongLong(),
            rep);

        // The same e-mail again is probably the same customer: warned, and here not added.
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("name"), QStringLiteral("Hengda Electric"));
            form.setValue(QStringLiteral("email"), QStringLiteral("INFO@hengda.example"));
            form.accept();
        });
        Dialogs::setNextChoice(2);
        page->newAccount();
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("same e-mail")));
        QCOMPARE(count("accounts"), 1);

        AccountDialog detail(*db, findEditor(window), account, rep);
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("name"), QStringLiteral("周杰"));
            form.setValue(QStringLiteral("title"), QStringLiteral("采购经理"));
            form.accept();
        });
        detail.addContact();
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("summary"), QStringLiteral("First visit: toured the pump room"));
            form.setValue(QStringLiteral("next_step"), QStringLiteral("Send a quotation"));
            form.setValue(QStringLiteral("next_step_due"), QStringLiteral("2020-01-01"));
            form.accept();
        });
        detail.logInteraction();
        RecordDialog::setAnswer({});
        QCOMPARE(count("contacts"), 1);
        QCOMPARE(count("interactions"), 1);
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT staff_id FROM interactions"))->toLongLong(),
            rep);
        QCOMPARE(detail.contacts()->topLevelItemCount(), 1);
        QCOMPARE(detail.timeline()->topLevelItemCount(), 1);
        // Handing the account to a colleague shows in its owner history.
        const qint64 other
            = *store.add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("Olaf Other") } });
        QVERIFY(store.update(
            entities::account(), account, { { QStringLiteral("owner_id"), QString::number(other) } }));
        detail.refresh();
        QCOMPARE(detail.owners()->topLevelItemCount(), 1);
        QCOMPARE(detail.owners()->topLevelItem(0)->text(1), QStringLiteral("Rita Rep"));
        QCOMPARE(detail.owners()->topLevelItem(0)->text(2), QStringLiteral("Olaf Other"));
        // A potential account with no purchases: the suggestion agrees, nothing to accept.
        QVERIFY(detail.suggestionText().contains(QStringLiteral("no purchases yet")));

        // The overdue follow-up is on the Dashboard's Today panel.
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(Page::Dashboard));
        dashboard->reload();
        QCOMPARE(dashboard->today()->model()->rowCount(), 1);
        // "My follow-ups" follows who I am: the account went to Olaf, so none are mine now.
        window.updateIdentity();
        QVERIFY(dashboard->mineFilter()->isVisibleTo(dashboard));
        dashboard->mineFilter()->setChecked(true);
        QCOMPARE(dashboard->today()->model()->rowCount(), 0);
        dashboard->mineFilter()->setChecked(false);
        QCOMPARE(dashboard->today()->model()->rowCount(), 1);
        // The follow-up is overdue; marking it done is undoable like every other change.
        detail.timeline()->setCurrentItem(detail.timeline()->topLevelItem(0));
        detail.markFollowUpDone();
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT next_step_done FROM interactions"))->toInt(),
            1);
        window.undoStack()->undo();
        QCOMPARE(
            sql::scalar(db->connection(), QStringLiteral("SELECT next_step_done FROM interactions"))->toInt(),
            0);
        identity::setStaffFor(db->path(), 0);
    }

    void raisesProgressesAndClosesARequestWithBothRatings()
    {
        auto db = test::openIn(m_dir, QStringLiteral("requests.db"));
        EntityStore store(*db);
        const qint64 sales
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const qint64 logistics
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Logistics") } });
        const qint64 rita = *store.add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Rita Rep") },
                { QStringLiteral("department_id"), QString::number(sales) } });
        const qint64 lars = *store.add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Lars Lager") },
                { QStringLiteral("department_id"), QString::number(logistics) } });
        const qint64 pair = *store.add(entities::link(),
            { { QStringLiteral("a_party"), QString::number(sales) },
                { QStringLiteral("b_party"), QString::number(logistics) },
                { QStringLiteral("kind"), QStringLiteral("process") },
                { QStringLiteral("a_to_b"), QStringLiteral("Confirmed orders") },
                { QStringLiteral("b_to_a"), QStringLiteral("Delivery dates") } });
        identity::setStaffFor(db->path(), rita);
        Clock::setFixed(QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc()));
        MainWindow window(*db);
        window.show();
        const auto scalar = [&](const QString& statement) {
            return sql::scalar(db->connection(), statement)->toString();
        };

        // Raised from the pair: Sales asks Logistics, and the request travels along their pair.
        window.showPage(Page::Relationships);
        auto* relationships = static_cast<RelationshipsPage*>(window.page(Page::Relationships));
        relationships->list()->view()->setCurrentIndex(relationships->list()->view()->model()->index(0, 0));
        Dialogs::setNextChoice(0);
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("title"), QStringLiteral("Ship 12 pumps to Rotterdam"));
            form.setValue(QStringLiteral("acceptance"), QStringLiteral("Pumps on the quay, papers signed"));
            form.setValue(QStringLiteral("priority"), QStringLiteral("high"));
            form.setValue(QStringLiteral("due_at"), QStringLiteral("2026-11-06 17:00"));
            form.accept();
        });
        relationships->newRequest();
        RecordDialog::setAnswer({});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service_requests")), QStringLiteral("1"));
        const qint64 request = scalar(QStringLiteral("SELECT id FROM service_requests")).toLongLong();
        QCOMPARE(scalar(QStringLiteral("SELECT requester FROM service_requests")).toLongLong(), sales);
        QCOMPARE(scalar(QStringLiteral("SELECT provider FROM service_requests")).toLongLong(), logistics);
        QCOMPARE(scalar(QStringLiteral("SELECT link_id FROM service_requests")).toLongLong(), pair);
        // Its history starts with who raised it.
        QCOMPARE(
            scalar(QStringLiteral("SELECT actor FROM request_events WHERE kind = 'created'")).toLongLong(),
            rita);

        window.showPage(Page::Requests);
        auto* page = static_cast<RequestsPage*>(window.page(Page::Requests));
        QCOMPARE(page->list()->model()->rowCount(), 1);
        QCOMPARE(page->list()->view()->model()->index(0, 1).data().toString(), QStringLiteral("Sales"));
        QCOMPARE(
            page->list()->view()->model()->index(0, 3).data().toString(), QStringLiteral("Process pair"));

        RequestDialog detail(*db, findEditor(window), request);
        QVERIFY(detail.stepButtons().contains(QStringLiteral("Start Work")));
        QVERIFY(detail.stepButtons().contains(QStringLiteral("Mark Done...")));
        QVERIFY(!detail.stepButtons().contains(QStringLiteral("Reopen")));
        detail.changeStatus(RequestStatus::InProgress);
        QCOMPARE(
            scalar(QStringLiteral("SELECT status FROM service_requests")), QStringLiteral("in_progress"));
        QVERIFY2(
            detail.statusText().contains(QStringLiteral("In progress")), qPrintable(detail.statusText()));

        RequestStepDialog::setAnswer([](RequestStepDialog& step) {
            step.setNote(QStringLiteral("Trucks booked for Thursday"));
            step.accept();
        });
        detail.comment();
        // Editing a detail is part of the story too.
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("priority"), QStringLiteral("urgent"));
            form.accept();
        });
        detail.editDetails();
        RecordDialog::setAnswer({});
        QCOMPARE(scalar(QStringLiteral("SELECT priority FROM service_requests")), QStringLiteral("urgent"));
        QCOMPARE(detail.history()->topLevelItem(3)->text(2), QStringLiteral("Priority: High → Urgent"));

        // Late now: going on asks why, and refuses until the delay, the fix and its owner are given.
        Clock::setFixed(QDateTime(QDate(2026, 11, 9), QTime(9, 0), QTimeZone::utc()));
        detail.refresh();
        QVERIFY(detail.findChild<QLabel*>(QStringLiteral("overdueLabel"))->isVisibleTo(&detail));
        QString refusal;
        RequestStepDialog::setAnswer([&](RequestStepDialog& step) {
            step.accept();
            refusal = step.errorText();
            step.setDelay(QStringLiteral("The carrier cancelled"),
                QStringLiteral("Book two carriers for export"), lars);
            step.accept();
        });
        detail.changeStatus(RequestStatus::Waiting);
        QVERIFY2(refusal.contains(QStringLiteral("delay_reason")), qPrintable(refusal));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM service_requests")), QStringLiteral("waiting"));
        QCOMPARE(scalar(QStringLiteral("SELECT corrective_owner FROM service_requests")).toLongLong(), lars);

        // The model decides what a step needs: with only the fix's owner missing, the dialog still asks for
        // the delay (it used to look at the reason alone, show nothing, and be refused).
        QVERIFY(sql::run(
            db->connection(), QStringLiteral("UPDATE service_requests SET corrective_owner = NULL")));
        bool askedForTheOwner = false;
        RequestStepDialog::setAnswer([&](RequestStepDialog& step) {
            askedForTheOwner = step.findChild<QComboBox*>(QStringLiteral("correctiveOwner")) != nullptr;
            step.reject();
        });
        detail.changeStatus(RequestStatus::InProgress);
        QVERIFY(askedForTheOwner);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM service_requests")), QStringLiteral("waiting"));
        QVERIFY(sql::run(
            db->connection(), QStringLiteral("UPDATE service_requests SET corrective_owner = ?"), { lars }));

        // Closing asks both sides: the requester rates the service, the provider what it was given.
        RequestStepDialog::setAnswer([](RequestStepDialog& step) {
            step.setRequesterRating(4, QStringLiteral("Late, but well packed"));
            step.setProviderRating(5, QStringLiteral("Clear papers"));
            step.accept();
        });
        detail.changeStatus(RequestStatus::Done);
        RequestStepDialog::setAnswer({});
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM service_requests")), QStringLiteral("done"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT requester_rating FROM service_requests")), QStringLiteral("4"));
        QCOMPARE(scalar(QStringLiteral("SELECT provider_rating FROM service_requests")), QStringLiteral("5"));
        QVERIFY(!scalar(QStringLiteral("SELECT closed_at FROM service_requests")).isEmpty());
        QVERIFY(detail.stepButtons().contains(QStringLiteral("Reopen")));
        // Raised, started, a comment, the new priority, the delay, waiting, done and two ratings.
        QCOMPARE(detail.history()->topLevelItemCount(), 9);
        QCOMPARE(detail.history()->topLevelItem(1)->text(1), QStringLiteral("Rita Rep"));

        // The provider's index counts the rating; the dashboard ranks its department first.
        PartyRelationsDialog relations(*db, logistics, findEditor(window));
        QVERIFY2(relations.satisfaction()->figureTexts().first().contains(QStringLiteral("4.0 of 5")),
            qPrintable(relations.satisfaction()->figureTexts().first()));
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(Page::Dashboard));
        QSignalSpy shown(dashboard, &DashboardPage::serviceShown);
        dashboard->reload();
        QVERIFY(shown.wait(10000));
        QCOMPARE(dashboard->ranking()->topLevelItem(0)->text(1), QStringLiteral("Logistics"));
        QCOMPARE(dashboard->chartViews().size(), 3);
        // A week's bar opens the requests behind it.
        dashboard->openWeek(11, true); // this week, the last bar
        QCOMPARE(window.currentPage(), int(Page::Requests));
        QCOMPARE(page->list()->model()->rowCount(), 1);

        // Closing was one step: undo takes back the status, both ratings and their history lines.
        window.undoStack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM service_requests")), QStringLiteral("waiting"));
        QVERIFY(sql::scalar(db->connection(), QStringLiteral("SELECT requester_rating FROM service_requests"))
                    ->isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM request_events")), QStringLiteral("5"));
        window.undoStack()->redo();
        QCOMPARE(
            scalar(QStringLiteral("SELECT requester_rating FROM service_requests")), QStringLiteral("4"));
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'request'")).toInt() >= 6);

        Clock::setFixed(QDateTime());
        identity::setStaffFor(db->path(), 0);
    }

    void handsOverThroughTheWizard()
    {
        auto db = test::openIn(m_dir, QStringLiteral("handover.db"));
        EntityStore store(*db);
        const qint64 sales
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const qint64 boss = *store.add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Bea Boss") },
                { QStringLiteral("department_id"), QString::number(sales) } });
        const qint64 leaving = *store.add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Lea Leaving") },
                { QStringLiteral("department_id"), QString::number(sales) },
                { QStringLiteral("manager_id"), QString::number(boss) } });
        const qint64 sam
            = *store.add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("Sam Successor") } });
        const qint64 tia
            = *store.add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("Tia Two") } });
        QList<qint64> accounts;
        for (const char* name : { "苏州恒达机电", "Acme Pumps", "Brightwater Ltd", "Coastal Farms" }) {
            accounts << *store.add(entities::account(),
                { { QStringLiteral("name"), QString::fromUtf8(name) },
                    { QStringLiteral("owner_id"), QString::number(leaving) } });
        }
        QVERIFY(store.add(entities::contact(),
            { { QStringLiteral("account_id"), QString::number(accounts.first()) },
                { QStringLiteral("name"), QStringLiteral("周杰") } }));
        MainWindow window(*db);
        window.show();
        auto* page = static_cast<HandoversPage*>(window.page(Page::Handovers));
        const auto scalar = [&](const QString& statement) {
            return sql::scalar(db->connection(), statement)->toString();
        };

        // Nothing chosen yet, or the departing colleague as their own successor: refused with a sentence.
        QString refusal;
        QStringList preview;
        HandoverWizard::setAnswer([&](HandoverWizard& wizard) {
            QVERIFY(!wizard.validateCurrentPage());
            wizard.setDeparting(leaving);
            QCOMPARE(wizard.holdings().accounts.size(), 4);
            QVERIFY(wizard.validateCurrentPage());
            wizard.next();
            wizard.setSplit(HandoverWizard::Split::Balanced, { sam, tia });
            QVERIFY(!wizard.validateCurrentPage()); // no successor for the rest yet
            refusal = wizard.errorText();
            wizard.setSuccessor(sam);
            QVERIFY(wizard.validateCurrentPage());
            wizard.next();
            wizard.setBriefing(
                accounts.first(), QStringLiteral("周杰 decides; promised a site visit in March."));
            // A briefing note takes several lines, typed in the table's own editor.
            auto* table = wizard.findChild<QTableWidget*>(QStringLiteral("briefings"));
            int row = 0;
            while (row < table->rowCount()
                && table->item(row, 0)->data(Qt::UserRole).toLongLong() != accounts.at(1)) {
                ++row;
            }
            QVERIFY(row < table->rowCount());
            const QModelIndex cell = table->model()->index(row, 2);
            QAbstractItemDelegate* delegate = table->itemDelegateForIndex(cell);
            std::unique_ptr<QWidget> editor(
                delegate->createEditor(table->viewport(), QStyleOptionViewItem(), cell));
            auto* lines = qobject_cast<QPlainTextEdit*>(editor.get());
            QVERIFY(lines);
            lines->setPlainText(QStringLiteral("Ask for Mr Li.\nHe decides on Fridays."));
            delegate->setModelData(editor.get(), table->model(), cell);
            wizard.next();
            preview = wizard.previewLines();
            wizard.accept();
        });
        Dialogs::setNextAnswer(QMessageBox::No);
        const qint64 handover = page->newHandover();
        HandoverWizard::setAnswer({});
        QVERIFY(refusal.contains(QStringLiteral("successor")));
        QVERIFY(handover > 0);
        // Four accounts and four planned first visits.
        QCOMPARE(preview.size(), 8);
        // Split evenly: two each, and nothing left with the colleague who left.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = %1").arg(sam)),
            QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = %1").arg(tia)),
            QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM staff WHERE party_id = %1").arg(leaving)),
            QStringLiteral("departed"));
        QCOMPARE(scalar(QStringLiteral("SELECT briefing FROM handover_items WHERE item_id = %1")
                            .arg(accounts.first())),
            QStringLiteral("周杰 decides; promised a site visit in March."));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM handover_items WHERE briefing = 'Ask for Mr Li.' || "
                                  "char(10) || 'He decides on Fridays.'")),
            QStringLiteral("1"));
        QCOMPARE(page->list()->model()->rowCount(), 1);
        // The first visits are not due yet, so no account is flagged for want of a contact.
        QCOMPARE(page->risks()->topLevelItemCount(), 0);

        // The briefing as HTML holds the accounts, the note and the contact.
        const QString html = m_dir.filePath(QStringLiteral("briefing.html"));
        QVERIFY(page->writeBriefing(handover, html).isEmpty());
        const QString written = QString::fromUtf8(test::fileBytes(html));
        QVERIFY(written.contains(QStringLiteral("苏州恒达机电")));
        QVERIFY(written.contains(QStringLiteral("promised a site visit")));
        QVERIFY(written.contains(QStringLiteral("Bea Boss"))); // the person to ask

        // One step back: everything returns, the colleague is here again.
        window.undoStack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = %1").arg(leaving)),
            QStringLiteral("4"));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM staff WHERE party_id = %1").arg(leaving)),
            QStringLiteral("active"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM handovers")), QStringLiteral("0"));

        // "Undo Handover..." on the page is the same step as Edit > Undo: nothing stale is left on the stack.
        QUndoStack* stack = window.undoStack();
        window.showPage(Page::Handovers);
        stack->redo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM handovers")), QStringLiteral("1"));
        const int steps = stack->count();
        auto selectNewest = [page] {
            page->reload();
            page->list()->view()->setCurrentIndex(page->list()->view()->model()->index(0, 0));
        };
        selectNewest();
        Dialogs::setNextAnswer(QMessageBox::Yes);
        page->undoSelected();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM handovers")), QStringLiteral("0"));
        QCOMPARE(stack->count(), steps);
        QCOMPARE(stack->index(), steps - 1);
        stack->redo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM handovers")), QStringLiteral("1"));

        // A handover done elsewhere (the command line): taking it back is a step of its own, which Edit >
        // Undo does again, and the page and the lists follow.
        stack->undo();
        Handover::Plan plan;
        plan.from = leaving;
        plan.successor = tia;
        QVERIFY(Handover(*db).execute(plan));
        selectNewest();
        QCOMPARE(page->list()->model()->rowCount(), 1);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        page->undoSelected();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM handovers")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = %1").arg(leaving)),
            QStringLiteral("4"));
        QCOMPARE(page->list()->model()->rowCount(), 0);
        QVERIFY(stack->canUndo());
        stack->undo(); // does the handover again
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM accounts WHERE owner_id = %1").arg(tia)),
            QStringLiteral("4"));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM staff WHERE party_id = %1").arg(leaving)),
            QStringLiteral("departed"));
        QCOMPARE(page->list()->model()->rowCount(), 1);
        stack->redo(); // and takes it back once more, under its new id
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM handovers")), QStringLiteral("0"));
    }

    void exportsAListAsShownSafely()
    {
        auto db = test::openIn(m_dir, QStringLiteral("export.db"));
        EntityStore store(*db);
        for (const char* name : { "=HYPERLINK(\"http://x\",\"click\")", "苏州恒达机电", "Acme, Ltd" }) {
            QVERIFY(store.add(entities::account(), { { QStringLiteral("name"), QString::fromUtf8(name) } }));
        }
        MainWindow window(*db);
        window.show();
        window.showPage(Page::Accounts);
        auto* page = static_cast<AccountsPage*>(window.page(Page::Accounts));
        const QString path = m_dir.filePath(QStringLiteral("accounts.csv"));
        QVERIFY(page->list()->exportTo(path, true).isEmpty());
        const QByteArray bytes = test::fileBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel then reads UTF-8
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("Name,Category,Segment")));
        QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"")),
            qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\"Acme, Ltd\"")));
        QVERIFY(text.contains(QStringLiteral("苏州恒达机电")));
        // As is, for a program that needs the exact text.
        QVERIFY(page->list()->exportTo(path, false).isEmpty());
        QVERIFY(QString::fromUtf8(test::fileBytes(path)).contains(QStringLiteral("\"=HYPERLINK(")));
        // A name chosen in the save dialog that is the open database (or its -wal) is refused, and the
        // database stays whole.
        for (const QString& target : { db->path(), db->path() + QStringLiteral("-wal") }) {
            const QString refusal = page->list()->exportTo(target, true);
            QVERIFY2(refusal.contains(QStringLiteral("open Tandem database")), qPrintable(refusal));
        }
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("PRAGMA quick_check"))->toString(),
            QStringLiteral("ok"));
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt(), 3);
    }

    void importsThroughTheWizard()
    {
        QSettings().remove(QStringLiteral("import/mappings")); // what an earlier run remembered
        auto db = test::openIn(m_dir, QStringLiteral("wizard.db"));
        QVERIFY(EntityStore(*db).add(
            entities::staff(), { { QStringLiteral("name"), QStringLiteral("Rita Rep") } }));
        // What Chinese Excel saves: GB18030, Chinese headers and words, one column Tandem cannot guess.
        QStringEncoder gb18030("GB18030");
        const QByteArray csv = gb18030.encode(QStringLiteral("客户名称,城市,客户类型,负责人,跟进说明\r\n"
                                                             "苏州恒达机电,苏州,忠诚,Rita Rep,每月拜访\r\n"
                                                             "无锡新材料,无锡,VIP,Rita Rep,\r\n"
                                                             "常州精工,常州,潜在,Nobody Known,\r\n"));
        const QString path = m_dir.filePath(QStringLiteral("clients.csv"));
        QVERIFY(test::writeFile(path, csv));
        const QString rejectedPath = m_dir.filePath(QStringLiteral("clients-rejected.csv"));
        auto accounts = [&db] {
            return sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt();
        };

        MainWindow window(*db);
        window.show();
        window.showPage(Page::Accounts);
        bool walked = false;
        ImportWizard::setAnswer([&](ImportWizard& wizard) {
            wizard.setFile(path);
            wizard.next();
            QCOMPARE(wizard.currentId(), 1);
            QCOMPARE(wizard.columnField(0), QStringLiteral("name"));
            QCOMPARE(wizard.columnField(2), QStringLiteral("segment"));
            QCOMPARE(wizard.columnField(3), QStringLiteral("owner_id"));
            QCOMPARE(wizard.columnField(4), QString());
            wizard.setColumnField(4, QStringLiteral("notes"));
            wizard.next(); // the dry run
            QCOMPARE(wizard.currentId(), 2);
            QCOMPARE(accounts(), 0);
            QCOMPARE(wizard.checkSummary(),
                QStringLiteral("3 rows: 1 new, 0 updated (matched by e-mail, else by name), 2 rejected."));
            auto* rejected = wizard.findChild<QTableWidget*>(QStringLiteral("importRejected"));
            QCOMPARE(rejected->rowCount(), 2);
            QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("3"));
            QVERIFY(rejected->item(0, 1)->text().contains(QStringLiteral("VIP")));
            // All or nothing by default: there is nothing to import until the file is fixed.
            QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
            wizard.setImportValidRows(true);
            QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
            Dialogs::setNextFile(rejectedPath);
            wizard.accept();
            QCOMPARE(wizard.result(), int(QDialog::Accepted));
            walked = true;
        });
        window.importFile();
        ImportWizard::setAnswer({});
        QVERIFY(walked);
        QCOMPARE(accounts(), 1);
        QCOMPARE(
            sql::scalar(db->connection(),
                QStringLiteral("SELECT segment || ' ' || notes FROM accounts WHERE name = '苏州恒达机电'"))
                ->toString(),
            QStringLiteral("loyal 每月拜访"));
        QVERIFY(Dialogs::lastMessage().startsWith(QStringLiteral("Imported 1 new and 0 updated.")));
        const QString rejectedText = QString::fromUtf8(test::fileBytes(rejectedPath).mid(3));
        QVERIFY2(rejectedText.startsWith(
                     QStringLiteral("客户名称,城市,客户类型,负责人,跟进说明,Why it was rejected\r\n")),
            qPrintable(rejectedText));
        QCOMPARE(rejectedText.count(QStringLiteral("\r\n")), 3);
        auto* list = static_cast<AccountsPage*>(window.page(Page::Accounts))->list();
        QTRY_COMPARE(list->model()->rowCount(), 1);

        // The import is one step on the undo stack: taken back whole, and done again under the same ids.
        const qint64 imported
            = sql::scalar(db->connection(), QStringLiteral("SELECT party_id FROM accounts"))->toLongLong();
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Import clients.csv"));
        window.undoStack()->undo();
        QCOMPARE(accounts(), 0);
        QTRY_COMPARE(list->model()->rowCount(), 0);
        window.undoStack()->redo();
        QCOMPARE(sql::scalar(db->connection(),
                     QStringLiteral("SELECT party_id || ' ' || segment || ' ' || notes FROM accounts"))
                     ->toString(),
            QStringLiteral("%1 loyal 每月拜访").arg(imported));
        QTRY_COMPARE(list->model()->rowCount(), 1);

        // The next file with the same columns comes with the column chosen last time.
        ImportWizard::setAnswer([&](ImportWizard& wizard) {
            wizard.setFile(path);
            wizard.next();
            QCOMPARE(wizard.columnField(4), QStringLiteral("notes"));
            wizard.reject();
        });
        window.importFile();

        // Contacts from a phone, then out again as vCards, with a calendar and the whole archive.
        const QString cards = m_dir.filePath(QStringLiteral("phone.vcf"));
        QVERIFY(test::writeFile(cards,
            "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=91=A8;=E6=9D=B0;;;"
            "\r\n"
            "ORG:Suzhou Hengda\r\nTEL;CELL:13912345678\r\nEND:VCARD\r\n"));
        ImportWizard::setAnswer([&](ImportWizard& wizard) {
            wizard.setFile(cards);
            wizard.next();
            wizard.next();
            QCOMPARE(wizard.checkSummary(),
                QStringLiteral("1 rows: 1 new, 0 updated (matched by e-mail, else by name), 0 rejected."));
            wizard.accept();
        });
        window.importFile();
        ImportWizard::setAnswer({});
        QCOMPARE(sql::scalar(db->connection(),
                     QStringLiteral("SELECT c.name || ' ' || c.mobile || ' ' || a.name FROM contacts c JOIN "
                                    "accounts a ON a.party_id = c.account_id"))
                     ->toString(),
            QStringLiteral("周杰 13912345678 Suzhou Hengda"));

        // An account of the vCard import edited since: taking that import back is refused, nothing changes.
        QVERIFY(EntityStore(*db).update(entities::account(),
            sql::scalar(db->connection(),
                QStringLiteral("SELECT party_id FROM accounts WHERE name = 'Suzhou Hengda'"))
                ->toLongLong(),
            { { QStringLiteral("city"), QStringLiteral("苏州") } }));
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Import phone.vcf"));
        window.undoStack()->undo();
        QVERIFY2(Dialogs::lastMessage().startsWith(
                     QStringLiteral("The import cannot be taken back: Suzhou Hengda was changed after it.")),
            qPrintable(Dialogs::lastMessage()));
        QCOMPARE(accounts(), 2);
        QCOMPARE(sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM contacts"))->toInt(), 1);

        const QString vcf = m_dir.filePath(QStringLiteral("out.vcf"));
        Dialogs::setNextFile(vcf);
        Dialogs::setNextChoice(1); // vCard 3.0
        window.exportContacts();
        const QByteArray written = test::fileBytes(vcf);
        QVERIFY2(written.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"), written.constData());
        QVERIFY(written.contains("FN:周杰"));
        const QString ics = m_dir.filePath(QStringLiteral("out.ics"));
        Dialogs::setNextFile(ics);
        window.exportCalendar();
        QVERIFY(test::fileBytes(ics).startsWith("BEGIN:VCALENDAR\r\n"));
        const QString json = m_dir.filePath(QStringLiteral("out.json"));
        Dialogs::setNextFile(json);
        window.exportArchive();
        QVERIFY(test::fileBytes(json).contains("苏州恒达机电"));
        QCOMPARE(QFileInfo(json).permissions() & (QFile::ReadGroup | QFile::ReadOther),
            QFileDevice::Permissions());

        // The archive goes back whole into an empty database, and is refused by one that holds data.
        auto restored = test::openIn(m_dir, QStringLiteral("restored.db"));
        auto restore = [&json](ImportWizard& wizard) {
            wizard.setFile(json);
            wizard.next();
        };
        ImportWizard::setAnswer(restore);
        {
            MainWindow second(*restored);
            second.importFile();
        }
        QCOMPARE(sql::scalar(restored->connection(),
                     QStringLiteral("SELECT (SELECT count(*) FROM accounts) || ' ' || (SELECT count(*) FROM "
                                    "contacts) || ' ' || (SELECT count(*) FROM staff)"))
                     ->toString(),
            QStringLiteral("2 1 1"));
        window.importFile();
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("empty database only")),
            qPrintable(Dialogs::lastMessage()));
        QCOMPARE(accounts(), 2);

        // A spreadsheet dropped on the window opens the wizard with it.
        QString dropped;
        ImportWizard::setAnswer([&](ImportWizard& wizard) {
            dropped = wizard.findChild<QLineEdit*>(QStringLiteral("importPath"))->text();
            wizard.reject();
        });
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(path) });
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(dropped, QDir::toNativeSeparators(path));
        ImportWizard::setAnswer({});
    }

    void longWorkShowsProgressAndStopsOnCancel()
    {
        QWidget parent;
        parent.show();
        bool shown = false;
        // Press Cancel once the bar is up, as a person would.
        QTimer press;
        connect(&press, &QTimer::timeout, &parent, [&] {
            auto* dialog = parent.findChild<QProgressDialog*>();
            if (dialog && dialog->isVisible() && !shown) {
                shown = dialog->labelText() == QStringLiteral("Working...") && dialog->maximum() == 1000;
                QTest::mouseClick(dialog->findChild<QPushButton*>(), Qt::LeftButton);
            }
        });
        press.start(50);
        int stoppedAt = -1;
        const bool finished = BackgroundWork::run(
            &parent, QStringLiteral("Working..."), [&](BackgroundWork::Progress& progress) {
                for (int step = 0; step < 1000; ++step) {
                    if (!progress.report(step, 1000)) {
                        stoppedAt = step;
                        return;
                    }
                    QThread::msleep(10);
                }
            });
        QVERIFY(!finished);
        QVERIFY(shown);
        QVERIFY(stoppedAt > 0 && stoppedAt < 1000);
        // Quick work shows nothing and is not taken for cancelled.
        QVERIFY(BackgroundWork::run(&parent, QStringLiteral("Working..."), [](BackgroundWork::Progress&) {}));
    }

    void chartsSegments()
    {
        auto db = test::openIn(m_dir, QStringLiteral("demo.db"));
        SegmentsDialog dialog(*db);
        const QList<int> figures = dialog.figures();
        QCOMPARE(figures.size(), 5);
        QCOMPARE(figures.at(0),
            sql::scalar(
                db->connection(), QStringLiteral("SELECT count(*) FROM accounts WHERE segment = 'loyal'"))
                ->toInt());
        QCOMPARE(figures.at(0) + figures.at(1) + figures.at(2),
            sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM accounts"))->toInt());
        // The demo's segment history has movements both ways within the year.
        QVERIFY(figures.at(3) + figures.at(4) > 0);
    }

    void organizationFiltersByDepartment()
    {
        auto db = test::openIn(m_dir, QStringLiteral("demo.db"));
        MainWindow window(*db);
        window.show();
        window.showPage(Page::Organization);
        auto* page = static_cast<OrganizationPage*>(window.page(Page::Organization));
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
        window.showPage(Page::Accounts);
        auto* accounts = static_cast<AccountsPage*>(window.page(Page::Accounts))->list();
        auto* empty = accounts->findChild<QLabel*>(QStringLiteral("emptyLabel"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().startsWith(QStringLiteral("No accounts yet")));
        QVERIFY(!accounts->view()->isVisible());
        // The demo can be loaded from there, and the list fills.
        auto* load = accounts->findChild<QPushButton*>(QStringLiteral("emptyButton"));
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
        QCOMPARE(sidebar->count(), int(Page::Count));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Dashboard"));
        QVERIFY(
            sql::scalar(controller.database()->connection(), QStringLiteral("SELECT count(*) FROM accounts"))
                ->toInt()
            > 0);

        emit controller.window()->languageRequested(QStringLiteral("zh_CN"));
        sidebar = controller.window()->findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("仪表板"));
        QCOMPARE(sidebar->item(Page::Accounts)->text(), QStringLiteral("外部客户"));
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
