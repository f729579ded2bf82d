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
#include "SearchIndex.h"
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

// Drives the real main window on temporary databases: handovers, imports, exports and long work.
class TestWindowExchange : public test::WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startInEnglish(); }

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

    // A database of an earlier schema is upgraded on opening (on a worker thread, under a progress window
    // when it takes a while), and the window says where the earlier version was kept.
    void opensADatabaseOfAnEarlierVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.db"));
        {
            Database::Options older;
            older.migrations = Database::standardMigrations();
            older.migrations.pop_back();
            auto db = Database::open(path, older);
            QVERIFY(db);
            QVERIFY(EntityStore(**db).add(
                entities::staff(), { { QStringLiteral("name"), QStringLiteral("张伟") } }));
            QCOMPARE((*db)->schemaVersion(), Database::latestVersion() - 1);
        }
        AppController controller;
        QVERIFY(controller.openDatabase(path, false));
        QCOMPARE(controller.database()->schemaVersion(), Database::latestVersion());
        QVERIFY2(Dialogs::lastMessage().contains(QStringLiteral("earlier version was kept")),
            qPrintable(Dialogs::lastMessage()));
        auto hits = SearchIndex(*controller.database()).find(QStringLiteral("zw"), 5);
        QVERIFY(hits && hits->size() == 1);
    }
};

QTEST_MAIN(TestWindowExchange)
#include "tst_windowexchange.moc"
