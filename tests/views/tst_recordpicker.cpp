#include "EntityStore.h"
#include "RecordChoiceDialog.h"
#include "RecordDialog.h"
#include "RecordPicker.h"
#include "TestSupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace tandem;

// The picker of a department, colleague or account: it asks the search index as the user types and shows
// what tells namesakes apart.
class TestRecordPicker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_sales = 0;
    qint64 m_zhangWei = 0;
    qint64 m_zhaoWen = 0; // has left
    qint64 m_amandaSales = 0;
    qint64 m_amandaService = 0;

    qint64 add(const Entity& entity, const QMap<QString, QString>& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

    qint64 colleague(const QString& name, qint64 department, const QString& title)
    {
        return add(entities::staff(),
            { { QStringLiteral("name"), name },
                { QStringLiteral("department_id"), QString::number(department) },
                { QStringLiteral("title"), title } });
    }

    static QStringList shown(const RecordPicker& picker)
    {
        QStringList rows;
        for (int row = 0; row < picker.choices()->rowCount(); ++row) {
            rows << picker.choices()->index(row, 0).data().toString();
        }
        return rows;
    }

    static QList<qint64> ids(const RecordPicker& picker)
    {
        QList<qint64> result;
        for (int row = 0; row < picker.choices()->rowCount(); ++row) {
            result << picker.choices()->index(row, 0).data(Qt::UserRole).toLongLong();
        }
        return result;
    }

    static QAbstractItemView* popup(const RecordPicker& picker)
    {
        return picker.findChild<QCompleter*>()->popup();
    }

private slots:
    void initTestCase()
    {
        m_db = test::openIn(m_dir, QStringLiteral("pickers.db"));
        QVERIFY(m_db);
        m_sales = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const qint64 service
            = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Service") } });
        m_zhangWei = colleague(QStringLiteral("张伟"), m_sales, QStringLiteral("销售代表"));
        m_zhaoWen = colleague(QStringLiteral("赵文"), m_sales, QStringLiteral("Buyer"));
        m_amandaSales = colleague(QStringLiteral("Amanda Adams"), m_sales, QStringLiteral("Account manager"));
        m_amandaService
            = colleague(QStringLiteral("Amanda Adams"), service, QStringLiteral("Field engineer"));
        // Enough colleagues that the list without typing is cut short.
        for (int i = 0; i < 60; ++i) {
            QVERIFY(colleague(QStringLiteral("Colleague %1").arg(i, 2, 10, QLatin1Char('0')), service,
                QStringLiteral("Clerk")));
        }
        QVERIFY(EntityStore(*m_db).update(
            entities::staff(), m_zhaoWen, { { QStringLiteral("status"), QStringLiteral("departed") } }));
        QVERIFY(m_zhangWei && m_zhaoWen && m_amandaSales && m_amandaService);
    }

    // Typing pinyin initials or a surname narrows the list to the matching colleagues, each shown with
    // department and job title, so two Amanda Adams can be told apart.
    void filtersAsYouType()
    {
        RecordPicker picker(*m_db, { { QStringLiteral("staff") }, false, 0 });
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        QTest::keyClicks(picker.lineEdit(), QStringLiteral("zw"));
        QTRY_COMPARE(ids(picker), QList<qint64> { m_zhangWei });
        QCOMPARE(shown(picker), QStringList { QStringLiteral("张伟 — Sales · 销售代表") });
        QTRY_VERIFY(popup(picker)->isVisible());

        picker.lineEdit()->clear();
        QTest::keyClicks(picker.lineEdit(), QStringLiteral("adams"));
        QTRY_COMPARE(picker.choices()->rowCount(), 2);
        const QStringList rows = shown(picker);
        QVERIFY2(rows.contains(QStringLiteral("Amanda Adams — Sales · Account manager")),
            qPrintable(rows.join(QLatin1Char('|'))));
        QVERIFY2(rows.contains(QStringLiteral("Amanda Adams — Service · Field engineer")),
            qPrintable(rows.join(QLatin1Char('|'))));
        QCOMPARE(picker.id(), 0); // typing chooses nobody yet
    }

    // A picker for new work leaves out colleagues who have left; a filter over history offers them, marked.
    void leavesDepartedColleaguesOutWhereItShould()
    {
        RecordPicker forWork(*m_db, { { QStringLiteral("staff") }, false, 0 });
        forWork.lineEdit()->setText(QStringLiteral("赵"));
        forWork.showChoices();
        QVERIFY(ids(forWork).isEmpty());

        RecordPicker forFilter(*m_db, { { QStringLiteral("staff") }, true, 0 });
        forFilter.lineEdit()->setText(QStringLiteral("赵"));
        forFilter.showChoices();
        QCOMPARE(ids(forFilter), QList<qint64> { m_zhaoWen });
        QCOMPARE(shown(forFilter).value(0), QStringLiteral("赵文 — Sales · Buyer (has left)"));

        // One who has left still shows where they already are.
        forWork.setId(m_zhaoWen);
        QCOMPARE(forWork.lineEdit()->text(), QStringLiteral("赵文"));
        QCOMPARE(forWork.id(), m_zhaoWen);
    }

    // Opening the list without typing offers the first records by name, never all of them; an excluded
    // record is not offered.
    void emptyTextOffersTheFirstByName()
    {
        RecordPicker picker(*m_db, { { QStringLiteral("staff") }, false, m_amandaSales });
        picker.show();
        QVERIFY(QTest::qWaitForWindowExposed(&picker));
        picker.setFocus();
        QTest::keyClick(picker.lineEdit(), Qt::Key_Down);
        QTRY_VERIFY(popup(picker)->isVisible());
        QCOMPARE(picker.choices()->rowCount(), RecordPicker::shownAtMost);
        const QStringList rows = shown(picker);
        QCOMPARE(rows.first(), QStringLiteral("Amanda Adams — Service · Field engineer"));
        QVERIFY(!ids(picker).contains(m_amandaSales));
        QVERIFY(!ids(picker).contains(m_zhaoWen));
        QCOMPARE(rows.at(1), QStringLiteral("Colleague 00 — Service · Clerk"));
    }

    // Type, arrows and Enter choose; a text that finds one colleague is that colleague when the field is
    // left; a text that names no one goes back to the choice there was.
    void theKeyboardChooses()
    {
        QWidget form;
        auto* picker = new RecordPicker(*m_db, { { QStringLiteral("staff") }, false, 0 }, &form);
        auto* next = new QLineEdit(&form);
        auto* layout = new QVBoxLayout(&form);
        layout->addWidget(picker);
        layout->addWidget(next);
        QSignalSpy changed(picker, &RecordPicker::idChanged);
        form.show();
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        picker->setFocus();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("adams"));
        QTRY_COMPARE(picker->choices()->rowCount(), 2);
        QTRY_VERIFY(popup(*picker)->isVisible());
        // The best match is highlighted: Down goes to the next.
        QCOMPARE(popup(*picker)->currentIndex().row(), 0);
        const qint64 second = ids(*picker).at(1);
        QTest::keyClick(popup(*picker), Qt::Key_Down);
        QTest::keyClick(popup(*picker), Qt::Key_Return);
        QCOMPARE(picker->id(), second);
        QCOMPARE(picker->lineEdit()->text(), QStringLiteral("Amanda Adams"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), second);
        QVERIFY(!popup(*picker)->isVisible());

        // Tab leaves the field; what was typed finds one colleague, so that is the choice.
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("zhangw"));
        QTRY_VERIFY(popup(*picker)->isVisible());
        QTest::keyClick(popup(*picker), Qt::Key_Tab);
        QTRY_COMPARE(picker->id(), m_zhangWei);
        QCOMPARE(picker->lineEdit()->text(), QStringLiteral("张伟"));
        // The form's focus (whether or not the offscreen window is active again after the pop-up).
        QTRY_COMPARE(form.focusWidget(), next);

        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        picker->setFocus();
        QTRY_VERIFY(picker->lineEdit()->hasFocus());
        picker->lineEdit()->selectAll();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("Nobody Here"));
        // The keys go where the user's would: to the list while it shows.
        QTRY_VERIFY(!popup(*picker)->isVisible()); // it finds no one
        QTest::keyClick(picker->lineEdit(), Qt::Key_Tab);
        QCOMPARE(picker->id(), m_zhangWei);
        QCOMPARE(picker->lineEdit()->text(), QStringLiteral("张伟"));
    }

    // The record form's reference fields are pickers: the colleague chosen is the id the form saves.
    void setsTheIdOnTheRecordDialogsField()
    {
        RecordDialog form(
            *m_db, entities::account(), 0, {}, { QStringLiteral("name"), QStringLiteral("owner_id") });
        auto* owner = form.findChild<RecordPicker*>(QStringLiteral("owner_id"));
        QVERIFY(owner);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        owner->setFocus();
        QTest::keyClicks(owner->lineEdit(), QStringLiteral("zw"));
        QTRY_COMPARE(ids(*owner), QList<qint64> { m_zhangWei });
        QTRY_VERIFY(popup(*owner)->isVisible());
        QTest::keyClick(popup(*owner), Qt::Key_Return);
        QCOMPARE(form.values().value(QStringLiteral("owner_id")), QString::number(m_zhangWei));
        // An optional field is cleared with its button, or by deleting the name.
        owner->lineEdit()->selectAll();
        QTest::keyClick(owner->lineEdit(), Qt::Key_Delete);
        QCOMPARE(form.values().value(QStringLiteral("owner_id")), QString());

        form.setValue(QStringLiteral("owner_id"), QString::number(m_amandaService));
        QCOMPARE(owner->lineEdit()->text(), QStringLiteral("Amanda Adams"));
        form.setValue(QStringLiteral("name"), QStringLiteral("Harbour Freight"));
        form.accept();
        QCOMPARE(form.errorText(), QString());
        QCOMPARE(form.values().value(QStringLiteral("owner_id")), QString::number(m_amandaService));
    }

    // Change Owner asks in a small dialog with a picker: OK once someone is chosen.
    void aChoiceTooLongToListIsTyped()
    {
        RecordChoiceDialog dialog(*m_db, { { QStringLiteral("staff") }, false, 0 },
            QStringLiteral("Change Owner"), QStringLiteral("For the 3 selected accounts:"));
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* picker = dialog.findChild<RecordPicker*>();
        QVERIFY(!ok->isEnabled());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        picker->setFocus();
        QTest::keyClicks(picker->lineEdit(), QStringLiteral("zhang"));
        QTRY_COMPARE(ids(*picker), QList<qint64> { m_zhangWei });
        QTRY_VERIFY(popup(*picker)->isVisible());
        QTest::keyClick(popup(*picker), Qt::Key_Return);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.chosen(), m_zhangWei);
    }
};

QTEST_MAIN(TestRecordPicker)
#include "tst_recordpicker.moc"
