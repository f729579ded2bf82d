#include "Clock.h"
#include "DashboardPage.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "Page.h"
#include "Sql.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace tandem;

// The Dashboard in the real window: its figures arrive from a worker thread, once each time it is shown, and
// say what the data says.
class TestDashboardPage : public test::WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        startInEnglish();
        m_db = openEnglishDemo();
        QVERIFY(m_db);
    }

    void cleanupTestCase() { m_db.reset(); }

    void theCardsSayWhatTheDataSays()
    {
        MainWindow window(*m_db);
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(Page::Dashboard));
        QVERIFY(dashboard);
        QSignalSpy shown(dashboard, &DashboardPage::figuresShown);
        window.show();
        QVERIFY(shown.wait(10000));
        const QStringList figures = dashboard->figureTexts();
        const QString today = Clock::today().toString(Qt::ISODate);
        const struct
        {
            QString caption;
            QString statement;
            QVariantList values;
        } expected[] = {
            { QStringLiteral("Departments"), QStringLiteral("SELECT count(*) FROM departments"), {} },
            { QStringLiteral("Active colleagues"),
                QStringLiteral("SELECT count(*) FROM staff WHERE status = 'active'"), {} },
            { QStringLiteral("Open requests"),
                QStringLiteral(
                    "SELECT count(*) FROM service_requests WHERE status IN ('open', 'in_progress', "
                    "'waiting')"),
                {} },
            { QStringLiteral("Loyal accounts"),
                QStringLiteral("SELECT count(*) FROM accounts WHERE segment = 'loyal'"), {} },
            { QStringLiteral("Follow-ups due"),
                QStringLiteral(
                    "SELECT count(*) FROM interactions WHERE next_step_done = 0 AND next_step_due <= ?"),
                { today } },
        };
        for (const auto& [caption, statement, values] : expected) {
            const QString text
                = QStringLiteral("%1: %2").arg(caption, QLocale().toString(scalar(statement, values)));
            QVERIFY2(
                figures.contains(text), qPrintable(text + QStringLiteral(" not in ") + figures.join(u'|')));
        }
        // The ranking lists every department.
        QCOMPARE(dashboard->ranking()->topLevelItemCount(),
            int(scalar(QStringLiteral("SELECT count(*) FROM departments"))));
        QCOMPARE(dashboard->chartViews().size(), 3);
    }

    void showingTheDashboardGathersItsFiguresOnce()
    {
        MainWindow window(*m_db);
        auto* dashboard = qobject_cast<DashboardPage*>(window.page(Page::Dashboard));
        QSignalSpy shown(dashboard, &DashboardPage::figuresShown);
        window.show();
        QVERIFY(shown.wait(10000));
        window.showPage(Page::Accounts);
        // Each reload resets the Today list once; the page shown through the sidebar's row asked twice.
        QSignalSpy resets(dashboard->today()->view()->model(), &QAbstractItemModel::modelReset);
        window.showPage(Page::Dashboard);
        QVERIFY(shown.wait(10000));
        QTest::qWait(200);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(shown.count(), 2);
    }

    void reloadsAskedForMeanwhileGatherOnceMore()
    {
        DashboardPage page(*m_db, nullptr);
        QSignalSpy shown(&page, &DashboardPage::figuresShown);
        page.reload();
        page.reload();
        page.reload();
        QVERIFY(shown.wait(10000));
        // The first worker's figures were overtaken; one more worker gathers the fresh ones and shows them.
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(shown.count(), 1);
    }

    void closingWhileTheWorkerRunsWaitsForIt()
    {
        const QString copy = m_dir.filePath(QStringLiteral("closing.db"));
        QVERIFY(!m_db->backupTo(copy));
        auto opened = Database::open(copy);
        QVERIFY(opened);
        std::unique_ptr<Database> database = std::move(*opened);
        auto page = std::make_unique<DashboardPage>(*database, nullptr);
        page->reload();
        page.reset();
        database.reset();
        // The worker's connection was closed with the page, not left open behind it.
        QVERIFY(!Database::isOpenDatabaseFile(copy));
    }

private:
    qint64 scalar(const QString& statement, const QVariantList& values = {})
    {
        auto value = sql::scalar(m_db->connection(), statement, values);
        return value ? value->toLongLong() : -1;
    }

    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
