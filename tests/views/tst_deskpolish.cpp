#include "DashboardPage.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "Dialogs.h"
#include "HandoverWizard.h"
#include "HandoversPage.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "PagedListModel.h"
#include "PartyRelationsDialog.h"
#include "RecordDialog.h"
#include "RecordPicker.h"
#include "RelationshipsPage.h"
#include "Sql.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WindowFixture.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QWizardPage>

using namespace tandem;

// The polish of the daily desk: room on the handover wizard's second page, the briefing's file name, the
// Relationships legend, counts that follow a new request, and "My follow-ups only" once the user is known.
class TestDeskPolish : public test::WindowFixture
{
    Q_OBJECT

    std::unique_ptr<Database> m_demo;

    qint64 scalar(const QString& statement, const QVariantList& values = {}) const
    {
        return sql::scalar(m_demo->connection(), statement, values)->toLongLong();
    }

    static int columnOf(const ListPage* list, const QString& header)
    {
        const QAbstractItemModel* model = list->view()->model();
        for (int column = 0; column < model->columnCount(); ++column) {
            if (model->headerData(column, Qt::Horizontal).toString() == header) {
                return column;
            }
        }
        return -1;
    }

private slots:
    void initTestCase()
    {
        startInEnglish();
        m_demo = test::openIn(m_dir, QStringLiteral("demo.db"));
        QVERIFY(m_demo);
        QVERIFY(!DemoOrganisation::fill(*m_demo, DemoOrganisation::Language::English));
    }

    void theWizardsSecondPageHasRoom_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    }

    void theWizardsSecondPageHasRoom()
    {
        QFETCH(QString, language);
        translations::install(language);
        const qint64 departing = scalar(QStringLiteral(
            "SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY count(*) DESC, owner_id LIMIT 1"));
        HandoverWizard wizard(*m_demo, nullptr, departing);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(HandoverWizard::WhoTakesOver));
        QWizardPage* page = wizard.currentPage();
        for (auto split : { HandoverWizard::Split::OneSuccessor, HandoverWizard::Split::Balanced,
                 HandoverWizard::Split::PerAccount }) {
            wizard.setSplit(split);
            QApplication::processEvents();
            // Nothing on the page is squeezed below the least it needs, at the wizard's own size.
            QVERIFY2(page->minimumSizeHint().height() <= page->height(),
                qPrintable(QStringLiteral("%1 needs %2, has %3")
                               .arg(language)
                               .arg(page->minimumSizeHint().height())
                               .arg(page->height())));
            QVERIFY(page->minimumSizeHint().width() <= page->width());
            // The pairs list shows several pairs at once.
            auto* pairs = page->findChild<QTreeWidget*>(QStringLiteral("pairs"));
            QVERIFY(pairs->viewport()->height() >= 4 * pairs->fontMetrics().height());
        }
        // Choosing per account shows the accounts, roomily; the colleagues to split among are hidden.
        auto* perAccount = page->findChild<QWidget*>(QStringLiteral("perAccount"));
        QVERIFY(perAccount->isVisible());
        QVERIFY(!page->findChild<QWidget*>(QStringLiteral("splitAmong"))->isVisible());
        QVERIFY(perAccount->height() >= 6 * perAccount->fontMetrics().height());
        translations::install(QStringLiteral("en"));
    }

    // The colleagues to share the accounts among are added by name, not ticked in a list of everyone.
    void colleaguesToShareAmongAreAddedByName()
    {
        const qint64 departing = scalar(QStringLiteral(
            "SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY count(*) DESC, owner_id LIMIT 1"));
        const qint64 other
            = scalar(QStringLiteral("SELECT party_id FROM staff WHERE status = 'active' AND party_id <> ? "
                                    "ORDER BY party_id LIMIT 1"),
                { departing });
        HandoverWizard wizard(*m_demo, nullptr, departing);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.setSplit(HandoverWizard::Split::Balanced);
        auto* among = wizard.findChild<QListWidget*>(QStringLiteral("splitAmong"));
        QCOMPARE(among->count(), 0);
        auto* picker = wizard.findChild<RecordPicker*>(QStringLiteral("addToSplit"));
        picker->setId(other);
        const QString added = wizard.findChild<QPushButton*>(QStringLiteral("addToSplitButton"))->text();
        QVERIFY(!added.isEmpty());
        wizard.findChild<QPushButton*>(QStringLiteral("addToSplitButton"))->click();
        QCOMPARE(among->count(), 1);
        QCOMPARE(among->item(0)->data(Qt::UserRole).toLongLong(), other);
        QCOMPARE(among->item(0)->checkState(), Qt::Checked);
        QCOMPARE(picker->id(), 0);
        // The one handing over is never offered, and adding someone twice keeps one row.
        wizard.setSplit(HandoverWizard::Split::Balanced, { other, departing });
        QCOMPARE(among->count(), 1);
    }

    void theBriefingIsOfferedUnderTheColleaguesNameAndTheDay()
    {
        MainWindow window(*m_demo);
        window.show();
        window.showPage(Page::Handovers);
        auto* page = static_cast<HandoversPage*>(window.page(Page::Handovers));
        QTRY_VERIFY(page->list()->model()->rowCount() > 0);
        page->list()->view()->setCurrentIndex(page->list()->view()->model()->index(0, 0));
        const qint64 handover
            = page->list()->view()->currentIndex().data(PagedListModel::IdRole).toLongLong();
        auto row = sql::row(m_demo->connection(),
            QStringLiteral("SELECT s.name, h.at FROM handovers h JOIN staff s ON s.party_id = h.from_staff "
                           "WHERE h.id = ?"),
            { handover }, QString());
        QVERIFY(row);
        const QString day = QDateTime::fromString(row->value(1).toString(), Qt::ISODate)
                                .toLocalTime()
                                .date()
                                .toString(Qt::ISODate);
        const QString path = m_dir.filePath(QStringLiteral("chosen.pdf"));
        Dialogs::setNextFile(path);
        page->saveBriefing();
        QCOMPARE(QFileInfo(Dialogs::lastFileSuggestion()).fileName(),
            QStringLiteral("Briefing - %1 - %2.pdf").arg(row->value(0).toString(), day));
        QVERIFY(test::fileBytes(path).startsWith("%PDF"));
    }

    void theRelationshipsLegendSaysWhatRedRowsMean()
    {
        MainWindow window(*m_demo);
        window.show();
        window.showPage(Page::Relationships);
        auto* page = static_cast<RelationshipsPage*>(window.page(Page::Relationships));
        QTRY_VERIFY(page->list()->view()->isVisible());
        QVERIFY(page->legend()->isVisible());
        QVERIFY2(page->legend()->text().contains(QStringLiteral("Red rows are one-sided pairs")),
            qPrintable(page->legend()->text()));
        // There are red rows for it to explain.
        const QAbstractItemModel* model = page->list()->view()->model();
        int red = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            red += model->index(row, 0).data(Qt::ForegroundRole).isValid() ? 1 : 0;
        }
        QCOMPARE(red,
            int(scalar(QStringLiteral("SELECT count(*) FROM internal_links WHERE coalesce(trim(a_to_b), '') "
                                      "= '' OR coalesce(trim(b_to_a), '') = ''"))));
        QVERIFY(red > 0);
    }

    void customersAndSuppliersCountARequestRaisedThere()
    {
        MainWindow window(*m_demo);
        // A pair where service runs from a to b: b asks a from b's dialog.
        auto pair = sql::row(m_demo->connection(),
            QStringLiteral("SELECT a_party, b_party FROM internal_links WHERE trim(a_to_b) <> '' ORDER BY id "
                           "LIMIT 1"),
            {}, QString());
        QVERIFY(pair);
        const qint64 supplier = pair->value(0).toLongLong();
        const qint64 customer = pair->value(1).toLongLong();
        PartyRelationsDialog relations(*m_demo, customer, findEditor(window));
        auto openOf = [&]() {
            for (int i = 0; i < relations.suppliers()->topLevelItemCount(); ++i) {
                QTreeWidgetItem* item = relations.suppliers()->topLevelItem(i);
                if (item->data(0, Qt::UserRole).toLongLong() == supplier) {
                    return std::make_pair(item, item->data(3, Qt::DisplayRole).toInt());
                }
            }
            return std::make_pair(static_cast<QTreeWidgetItem*>(nullptr), -1);
        };
        const auto [item, before] = openOf();
        QVERIFY(item);
        relations.suppliers()->setCurrentItem(item);
        emit relations.suppliers()->itemClicked(item, 0);
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("title"), QStringLiteral("Twelve more castings"));
            form.setValue(QStringLiteral("due_at"), QStringLiteral("2099-01-01 17:00"));
            form.accept();
        });
        relations.newRequest();
        RecordDialog::setAnswer({});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM service_requests WHERE title = ?"),
                     { QStringLiteral("Twelve more castings") }),
            1);
        QCOMPARE(openOf().second, before + 1);
    }

    void myFollowUpsOnlyIsTickedOnceTheUserIsKnown()
    {
        DashboardPage page(*m_demo, nullptr);
        page.reload();
        page.setMe(0);
        QVERIFY(!page.mineFilter()->isVisibleTo(&page));
        QVERIFY(!page.mineFilter()->isChecked());
        const int everyone = page.today()->model()->rowCount();
        const int owner = columnOf(page.today(), QStringLiteral("Owner"));
        QVERIFY(owner >= 0);
        // Two colleagues with follow-ups of their own, fewer than everyone's.
        QList<std::pair<qint64, QString>> reps;
        auto owners = sql::run(m_demo->connection(),
            QStringLiteral(
                "SELECT s.party_id, s.name FROM staff s WHERE EXISTS (SELECT 1 FROM accounts a JOIN "
                "interactions i ON i.account_id = a.party_id WHERE a.owner_id = s.party_id AND "
                "i.next_step_done = 0 AND i.next_step_due IS NOT NULL) ORDER BY s.party_id"));
        QVERIFY(owners);
        while (owners->next()) {
            reps << std::make_pair(owners->value(0).toLongLong(), owners->value(1).toString());
        }
        int checked = 0;
        for (const auto& [rep, name] : reps) {
            page.setMe(rep);
            QVERIFY(page.mineFilter()->isVisibleTo(&page));
            QVERIFY(page.mineFilter()->isChecked());
            const QAbstractItemModel* model = page.today()->view()->model();
            QVERIFY(model->rowCount() < everyone);
            for (int row = 0; row < model->rowCount(); ++row) {
                QCOMPARE(model->index(row, owner).data().toString(), name);
                ++checked;
            }
        }
        QVERIFY(checked > 0);
        // Unticked by hand, it stays so while the user is the same; nobody known shows everyone's.
        page.mineFilter()->setChecked(false);
        page.setMe(reps.last().first);
        QVERIFY(!page.mineFilter()->isChecked());
        QCOMPARE(page.today()->model()->rowCount(), everyone);
        page.setMe(0);
        QVERIFY(!page.mineFilter()->isChecked());
        QCOMPARE(page.today()->model()->rowCount(), everyone);
    }
};

QTEST_MAIN(TestDeskPolish)
#include "tst_deskpolish.moc"
