#include "AppController.h"
#include "EntityStore.h"
#include "Identity.h"
#include "IdentityBar.h"
#include "MainWindow.h"
#include "RecordPicker.h"
#include "TestSupport.h"
#include "WindowFixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace tandem;

// Who Am I: asked in a bar above the pages, never in a dialog that blocks the window.
class TestIdentityBar : public test::WindowFixture
{
    Q_OBJECT

    qint64 m_rita = 0;

    QString withColleagues(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto db = test::openIn(m_dir, name);
        if (!db) {
            return {};
        }
        EntityStore store(*db);
        const qint64 sales
            = *store.add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        m_rita = *store.add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Rita Rep") },
                { QStringLiteral("department_id"), QString::number(sales) },
                { QStringLiteral("title"), QStringLiteral("Sales rep") } });
        store.add(entities::staff(), { { QStringLiteral("name"), QStringLiteral("Bea Boss") } });
        return path;
    }

    static QString statusText(MainWindow& window)
    {
        QStringList texts;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
            texts << label->text();
        }
        return texts.join(QLatin1Char('|'));
    }

private slots:
    void initTestCase() { startInEnglish(); }

    // A database with colleagues and no answer yet: the window opens with the bar and no modal dialog.
    void asksInABarWithoutAModalDialog()
    {
        const QString path = withColleagues(QStringLiteral("bar.db"));
        QVERIFY(!path.isEmpty());
        AppController controller;
        QVERIFY(controller.openDatabase(path, false));
        MainWindow* window = controller.window();
        QVERIFY(window);
        auto* bar = window->findChild<IdentityBar*>(QStringLiteral("identityBar"));
        QVERIFY(bar);
        QTRY_VERIFY(window->isVisible());
        QVERIFY(bar->isVisible());
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(!bar->findChild<QPushButton*>(QStringLiteral("thisIsMe"))->isEnabled());
        QVERIFY(statusText(*window).contains(QStringLiteral("Who are you?")));

        // Choosing in the bar's picker and saying "This is me" sets who the user is.
        RecordPicker* picker = bar->picker();
        picker->setFocus();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("rita"));
        QTRY_COMPARE(picker->choices()->rowCount(), 1);
        QCOMPARE(
            picker->choices()->index(0, 0).data().toString(), QStringLiteral("Rita Rep — Sales · Sales rep"));
        QAbstractItemView* popup = picker->findChild<QCompleter*>()->popup();
        QTRY_VERIFY(popup->isVisible());
        QTest::keyClick(popup, Qt::Key_Return);
        QCOMPARE(picker->id(), m_rita);
        auto* confirm = bar->findChild<QPushButton*>(QStringLiteral("thisIsMe"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QCOMPARE(identity::staffFor(path), m_rita);
        QVERIFY(!bar->isVisible());
        QVERIFY2(statusText(*window).contains(QStringLiteral("Signed in as Rita Rep")),
            qPrintable(statusText(*window)));
        QCOMPARE(controller.database()->actor(), QStringLiteral("Rita Rep"));

        // Edit > Who Am I... opens the same choice again, with the answer in it.
        QAction* whoAmI = nullptr;
        for (QAction* action : window->menuBar()->findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("Who Am &I...")) {
                whoAmI = action;
            }
        }
        QVERIFY(whoAmI);
        whoAmI->trigger();
        QVERIFY(bar->isVisible());
        QCOMPARE(picker->id(), m_rita);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        // Put off: the bar goes, the answer stays.
        QTest::mouseClick(bar->findChild<QToolButton*>(QStringLiteral("notNow")), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(identity::staffFor(path), m_rita);
        identity::setStaffFor(path, 0);
    }

    // Once answered, the window opens without asking.
    void anAnsweredDatabaseOpensWithoutTheBar()
    {
        const QString path = withColleagues(QStringLiteral("answered.db"));
        identity::setStaffFor(path, m_rita);
        AppController controller;
        QVERIFY(controller.openDatabase(path, false));
        auto* bar = controller.window()->findChild<IdentityBar*>(QStringLiteral("identityBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        QVERIFY(statusText(*controller.window()).contains(QStringLiteral("Signed in as Rita Rep")));
        identity::setStaffFor(path, 0);
    }

    // With nobody to choose from there is nothing to ask.
    void anEmptyDatabaseOpensWithoutTheBar()
    {
        AppController controller;
        QVERIFY(controller.openDatabase(m_dir.filePath(QStringLiteral("empty.db")), false));
        auto* bar = controller.window()->findChild<IdentityBar*>(QStringLiteral("identityBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
    }
};

QTEST_MAIN(TestIdentityBar)
#include "tst_identitybar.moc"
