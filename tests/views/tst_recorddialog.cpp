#include "AccountDialog.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "RecordDialog.h"
#include "RecordEditor.h"
#include "TestSupport.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace tandem;

// The form of one record: each field gets the editor its meaning asks for.
class TestRecordDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString storedAddress(Database& database, qint64 account)
    {
        auto record = EntityStore(database).get(entities::account(), account);
        return record ? recordValue(*record, QStringLiteral("address")).toString() : QStringLiteral("?");
    }

private slots:
    // An address and notes take several lines in a compact editor that Tab leaves, as it leaves a line;
    // names, e-mails, phones and cities stay one line.
    void multiLineFieldsGetACompactEditorThatTabLeaves()
    {
        auto db = test::openIn(m_dir, QStringLiteral("form.db"));
        QVERIFY(db);
        RecordDialog form(*db, entities::account(), 0, {}, entities::account().fieldNames());
        auto* address = form.findChild<QPlainTextEdit*>(QStringLiteral("address"));
        auto* notes = form.findChild<QPlainTextEdit*>(QStringLiteral("notes"));
        QVERIFY(address);
        QVERIFY(notes);
        for (const char* field : { "name", "phone", "email", "website", "city", "region" }) {
            QVERIFY2(form.findChild<QLineEdit*>(QString::fromLatin1(field)), field);
        }
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        // A few lines high: the address less than the notes.
        QVERIFY(address->height() >= address->fontMetrics().lineSpacing() * 3);
        QVERIFY(address->height() < notes->height());

        address->setFocus();
        QCOMPARE(form.focusWidget(), address);
        QTest::keyClicks(address, QStringLiteral("1 High St"));
        QTest::keyClick(address, Qt::Key_Return);
        QTest::keyClicks(address, QStringLiteral("Floor 2"));
        QTest::keyClick(address, Qt::Key_Tab);
        QCOMPARE(form.focusWidget(), form.findChild<QLineEdit*>(QStringLiteral("city")));
        QCOMPARE(address->toPlainText(), QStringLiteral("1 High St\nFloor 2"));

        form.setValue(QStringLiteral("name"), QStringLiteral("Harbour Freight"));
        form.accept();
        QCOMPARE(form.errorText(), QString());
        QCOMPARE(form.result(), int(QDialog::Accepted));
        QCOMPARE(form.values().value(QStringLiteral("address")), QStringLiteral("1 High St\nFloor 2"));
    }

    // Edited in an account's details, the address is saved with its lines, and Undo takes it back.
    void anAccountsAddressIsSavedWithItsLines()
    {
        auto db = test::openIn(m_dir, QStringLiteral("details.db"));
        QVERIFY(db);
        auto account = EntityStore(*db).add(
            entities::account(), { { QStringLiteral("name"), QStringLiteral("Harbour Freight") } });
        QVERIFY(account);
        QUndoStack stack;
        RecordEditor editor(*db, &stack);
        AccountDialog details(*db, &editor, *account, 0);
        RecordDialog::setAnswer([](RecordDialog& form) {
            form.setValue(QStringLiteral("address"), QStringLiteral("Unit 5, Block B\n1 Quayside Road"));
            form.accept();
        });
        details.editDetails();
        RecordDialog::setAnswer({});
        QCOMPARE(storedAddress(*db, *account), QStringLiteral("Unit 5, Block B\n1 Quayside Road"));
        stack.undo();
        QCOMPARE(storedAddress(*db, *account), QString());
    }

    // A colleague saves the account while the form is open: saving says who changed it and offers to
    // reload their values, to overwrite them or to cancel; never a silent overwrite.
    void aSaveAfterSomeoneElsesAsksToReloadOrOverwrite()
    {
        auto db = test::openIn(m_dir, QStringLiteral("conflict.db"));
        QVERIFY(db);
        auto colleague = Database::open(test::locationIn(m_dir, QStringLiteral("conflict.db")));
        QVERIFY2(colleague, qPrintable(colleague.error().message));
        (*colleague)->setActor(QStringLiteral("Li Na"));
        auto account = EntityStore(*db).add(
            entities::account(), { { QStringLiteral("name"), QStringLiteral("Harbour Freight") } });
        QVERIFY(account);
        const auto stored = [&](const char* field) {
            auto record = EntityStore(*db).get(entities::account(), *account);
            return record ? recordValue(*record, QString::fromLatin1(field)).toString() : QStringLiteral("?");
        };
        QUndoStack stack;
        RecordEditor editor(*db, &stack);
        AccountDialog details(*db, &editor, *account, 0);

        // Reload: the form opens again on what the colleague saved; closing it saves nothing.
        QStringList shownNotes;
        RecordDialog::setAnswer([&](RecordDialog& form) {
            shownNotes << form.values().value(QStringLiteral("notes"));
            if (shownNotes.size() == 1) {
                QVERIFY(EntityStore(**colleague)
                            .update(entities::account(), *account,
                                { { QStringLiteral("notes"), QStringLiteral("Theirs") } }));
                form.setValue(QStringLiteral("notes"), QStringLiteral("Mine"));
                form.accept();
            }
        });
        Dialogs::setNextChoice(0);
        details.editDetails();
        QCOMPARE(shownNotes, (QStringList { QString(), QStringLiteral("Theirs") }));
        QVERIFY2(
            Dialogs::lastMessage().startsWith(QStringLiteral("Harbour Freight was changed by Li Na at ")),
            qPrintable(Dialogs::lastMessage()));
        QVERIFY(Dialogs::lastMessage().contains(QStringLiteral("nothing was saved")));
        QCOMPARE(stored("notes"), QStringLiteral("Theirs"));
        QCOMPARE(stack.count(), 0);

        // Overwrite: the fields changed in the form are saved over the version stored now; what the
        // colleague changed elsewhere stays, and Undo takes back only the overwrite.
        RecordDialog::setAnswer([&](RecordDialog& form) {
            QVERIFY(EntityStore(**colleague)
                        .update(entities::account(), *account,
                            { { QStringLiteral("city"), QStringLiteral("Hull") } }));
            form.setValue(QStringLiteral("notes"), QStringLiteral("Mine"));
            form.accept();
        });
        Dialogs::setNextChoice(1);
        details.editDetails();
        QCOMPARE(stored("notes"), QStringLiteral("Mine"));
        QCOMPARE(stored("city"), QStringLiteral("Hull"));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(stored("notes"), QStringLiteral("Theirs"));

        // Cancel: nothing is saved.
        RecordDialog::setAnswer([&](RecordDialog& form) {
            QVERIFY(EntityStore(**colleague)
                        .update(entities::account(), *account,
                            { { QStringLiteral("city"), QStringLiteral("York") } }));
            form.setValue(QStringLiteral("notes"), QStringLiteral("Again"));
            form.accept();
        });
        Dialogs::setNextChoice(2);
        details.editDetails();
        RecordDialog::setAnswer({});
        QCOMPARE(stored("notes"), QStringLiteral("Theirs"));
        QCOMPARE(stored("city"), QStringLiteral("York"));
    }
};

QTEST_MAIN(TestRecordDialog)
#include "tst_recorddialog.moc"
