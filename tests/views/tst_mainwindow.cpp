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
#include "RecordPicker.h"
#include "RelationshipsPage.h"
#include "RequestDialog.h"
#include "RequestStepDialog.h"
#include "RequestsPage.h"
#include "SatisfactionPanel.h"
#include "SegmentsDialog.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WindowFixture.h"

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

// Drives the real main window on temporary databases: pages, records, requests and the first start.
class TestMainWindow : public test::WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startInEnglish(); }

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
        QTRY_VERIFY(!dashboard->figureTexts().first().endsWith(QLatin1String(": "))); // from a worker
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
        // The owner filter is a picker that asks as the user types, so the list of accounts is what shows
        // whether the page caught up: an account written behind its back appears once it reloads.
        const int before = accounts->list()->model()->rowCount();
        window.showPage(Page::Organization);
        QVERIFY(EntityStore(*db).add(
            entities::account(), { { QStringLiteral("name"), QStringLiteral("Nora's Shop") } }));
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("name"), QStringLiteral("Nora New"));
            form.accept();
        });
        static_cast<OrganizationPage*>(window.page(Page::Organization))->newColleague();
        RecordDialog::setAnswer({});
        QCOMPARE(accounts->list()->model()->rowCount(), before); // not shown, not reloaded yet
        window.showPage(Page::Accounts);
        QCOMPARE(accounts->list()->model()->rowCount(), before + 1);
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

        // The overdue follow-up is on the Dashboard's Today panel. "My follow-ups" is ticked, since I said
        // who I am, and follows who I am: the account went to Olaf, so none are mine now.
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(Page::Dashboard));
        dashboard->reload();
        window.updateIdentity();
        QVERIFY(dashboard->mineFilter()->isVisibleTo(dashboard));
        QVERIFY(dashboard->mineFilter()->isChecked());
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
            askedForTheOwner = step.findChild<RecordPicker*>(QStringLiteral("correctiveOwner")) != nullptr;
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
        QSignalSpy shown(dashboard, &DashboardPage::figuresShown);
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
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(controller.openDatabase(path, true));
        QVERIFY(controller.window());
        // The file was made new (on a worker thread, where an upgrade would run too); the demo offered for
        // it fills the lists below.
        QVERIFY(QFileInfo::exists(path));
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
