#include "AccountsPage.h"
#include "EntityStore.h"
#include "Generator.h"
#include "GlobalSearch.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "OrganizationPage.h"
#include "PagedListModel.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace tandem;

// Finding from anywhere: the search box over everything (Ctrl+K), each list's own search field, and typing
// into a large list, which must never read the whole list.
class TestGlobalSearch : public test::WindowFixture
{
    Q_OBJECT

    std::unique_ptr<Database> m_db;
    qint64 m_sales = 0;
    qint64 m_zhangWei = 0;

    qint64 add(const Entity& entity, const QMap<QString, QString>& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        return id ? *id : 0;
    }

    static QStringList shown(const GlobalSearch& search)
    {
        QStringList texts;
        for (int row = 0; row < search.results()->count(); ++row) {
            texts << search.results()->item(row)->text();
        }
        return texts;
    }

private slots:
    void initTestCase()
    {
        startInEnglish();
        m_db = test::openIn(m_dir, QStringLiteral("search.db"));
        QVERIFY(m_db);
        m_sales = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("销售部") } });
        m_zhangWei = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("张伟") },
                { QStringLiteral("title"), QStringLiteral("经理") },
                { QStringLiteral("department_id"), QString::number(m_sales) } });
        add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("王芳") },
                { QStringLiteral("department_id"), QString::number(m_sales) } });
        add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("天津宏达机电设备有限公司") },
                { QStringLiteral("city"), QStringLiteral("天津") } });
        QVERIFY(m_sales && m_zhangWei);
    }

    void cleanupTestCase() { m_db.reset(); }

    void findsAColleagueByCharactersAndPinyin_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("one character") << QStringLiteral("伟");
        QTest::newRow("initials") << QStringLiteral("zw");
        QTest::newRow("full pinyin") << QStringLiteral("zhangwei");
    }

    void findsAColleagueByCharactersAndPinyin()
    {
        QFETCH(QString, typed);
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        GlobalSearch* search = window.globalSearch();
        QCOMPARE(QApplication::focusWidget(), search);
        // As an input method commits what was typed: Chinese characters or pinyin letters.
        QInputMethodEvent commit;
        commit.setCommitString(typed);
        QApplication::sendEvent(search, &commit);
        // The results come once typing pauses, grouped by kind, the department and job title beside the name.
        QTRY_VERIFY(search->results()->isVisible());
        QCOMPARE(shown(*search), (QStringList { QStringLiteral("Colleagues"), QStringLiteral("张伟") }));
        QCOMPARE(search->results()->currentRow(), 1);
        QVERIFY(search->results()->item(1)->toolTip().contains(QStringLiteral("销售部 · 经理")));
        // Enter opens the colleague where they live: selected on the Organization page.
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(search->results()->isHidden());
        QCOMPARE(window.currentPage(), int(Page::Organization));
        auto* organization = static_cast<OrganizationPage*>(window.page(Page::Organization));
        const QModelIndex current = organization->staffList()->view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(PagedListModel::IdRole).toLongLong(), m_zhangWei);
    }

    void movesWithTheArrowsAndClosesWithEscape()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        GlobalSearch* search = window.globalSearch();
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("tianjin"));
        search->searchNow();
        QCOMPARE(shown(*search),
            (QStringList { QStringLiteral("Accounts"), QStringLiteral("天津宏达机电设备有限公司") }));
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->results()->isHidden());
        QCOMPARE(search->text(), QStringLiteral("tianjin"));
        // Typed text is searched literally, and nothing found says so.
        search->setText(QStringLiteral("NEAR(\" *"));
        search->searchNow();
        QCOMPARE(shown(*search), QStringList { QStringLiteral("Nothing matches “NEAR(\" *”.") });
        // Enter on an account opens its dialog.
        search->setText(QStringLiteral("宏达"));
        search->searchNow();
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                opened = dialog->windowTitle();
                dialog->close();
            }
        });
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY2(opened.contains(QStringLiteral("天津宏达机电设备有限公司")), qPrintable(opened));
    }

    void eachListHasASearchField()
    {
        MainWindow window(*m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Page::Organization);
        ListPage* staff = static_cast<OrganizationPage*>(window.page(Page::Organization))->staffList();
        staff->setSearchText(QString());
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), staff->searchField());
        QTest::keyClicks(staff->searchField(), QStringLiteral("wang"));
        QTRY_COMPARE(staff->model()->rowCount(), 1);
        QCOMPARE(staff->model()->data(staff->model()->index(0, 0)).toString(), QStringLiteral("王芳"));
        staff->searchField()->clear();
        QTRY_COMPARE(staff->model()->rowCount(), 2);
        // Nothing found says so rather than showing an empty grid.
        staff->setSearchText(QStringLiteral("nobody"));
        QCOMPARE(staff->model()->rowCount(), 0);
        QVERIFY(staff->findChild<QLabel*>(QStringLiteral("emptyLabel"))
                    ->text()
                    .contains(QStringLiteral("nobody")));
    }

    // Typing letters into a list of many pages sorted by a column goes to the list's search field: one
    // count and one page, where matching every row would read every page.
    void typingInALargeListReadsOnePage()
    {
        QTemporaryDir dir;
        auto large = test::openIn(dir, QStringLiteral("large.db"));
        QVERIFY(large);
        Generator::Sizes sizes;
        sizes.staff = 30;
        sizes.accounts = 1200; // six pages
        sizes.contacts = 100;
        sizes.requests = 100;
        QVERIFY(!Generator::run(*large, sizes));
        MainWindow window(*large);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Page::Accounts);
        ListPage* list = static_cast<AccountsPage*>(window.page(Page::Accounts))->list();
        list->view()->sortByColumn(7, Qt::DescendingOrder); // by what they bought
        list->view()->setFocus();
        QTest::keyClicks(list->view(), QStringLiteral("gar"));
        QCOMPARE(list->searchField()->text(), QStringLiteral("gar"));
        QTRY_COMPARE(list->model()->searchText(), QStringLiteral("gar"));
        QVERIFY(list->model()->rowCount() < sizes.accounts);
        QVERIFY2(
            list->model()->pagesLoaded() <= 1, qPrintable(QString::number(list->model()->pagesLoaded())));
    }
};

QTEST_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
