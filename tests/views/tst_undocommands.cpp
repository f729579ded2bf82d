#include "EditStack.h"
#include "EntityStore.h"
#include "ImportCommand.h"
#include "ImportMapping.h"
#include "RecordCommands.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

// The undo commands are a library without widgets: this test links it with Qt Gui and Qt Test only.
#ifdef QT_WIDGETS_LIB
#error "tandem_edit must not bring Qt Widgets with it"
#endif

using namespace tandem;

// Undo commands report what they cannot do and hand their long work to a runner; they never show anything.
class TestUndoCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_databases = 0;

    qint64 add(const Entity& entity, const QMap<QString, QString>& values)
    {
        auto id = EntityStore(*m_db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
        }
        return id ? *id : 0;
    }

    int count(const char* table) const
    {
        return sql::scalar(
            m_db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            ->toInt();
    }

    // The one refusal `spy` heard, as its title and its sentence.
    static QStringList refusal(const QSignalSpy& spy)
    {
        if (spy.size() != 1 || spy.first().at(1).toString().isEmpty()) {
            return QStringList();
        }
        return QStringList { spy.first().at(0).toString(), spy.first().at(1).toString() };
    }

private slots:
    void init()
    {
        m_db = test::openIn(m_dir, QStringLiteral("undo%1.db").arg(++m_databases));
        QVERIFY(m_db);
    }

    void aRefusedUndoIsReportedWithTheModelsSentence()
    {
        QUndoStack undo;
        EditStack stack(*m_db, &undo);
        QSignalSpy refused(&stack, &EditStack::refused);
        const qint64 sales
            = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const qint64 stores
            = add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Stores") } });
        const qint64 rep = add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Zhang Wei") },
                { QStringLiteral("department_id"), QString::number(sales) } });
        QVERIFY(!stack.push(new EditRecordCommand(*m_db, entities::staff(), rep,
            { { QStringLiteral("department_id"), QString::number(stores) } })));
        QCOMPARE(undo.count(), 1);

        // The department Zhang Wei came from is removed meanwhile: moving him back is refused, nothing
        // changes.
        QVERIFY(!EntityStore(*m_db).remove(entities::department(), sales));
        auto expected = EntityStore(*m_db).update(
            entities::staff(), rep, { { QStringLiteral("department_id"), QString::number(sales) } });
        QVERIFY(!expected);
        undo.undo();
        QCOMPARE(refusal(refused), (QStringList { QStringLiteral("Cannot undo"), expected.error().message }));
        QCOMPARE(sql::scalar(m_db->connection(),
                     QStringLiteral("SELECT department_id FROM staff WHERE party_id = %1").arg(rep))
                     ->toLongLong(),
            stores);
        QCOMPARE(undo.count(), 0); // the refused step left the stack
        QVERIFY(QGuiApplication::topLevelWindows().isEmpty());
    }

    void aRefusedRedoIsReportedWithTheModelsSentence()
    {
        QUndoStack undo;
        EditStack stack(*m_db, &undo);
        QSignalSpy refused(&stack, &EditStack::refused);
        const QMap<QString, QString> stores { { QStringLiteral("name"), QStringLiteral("Stores") } };
        QVERIFY(!stack.push(new AddRecordCommand(*m_db, entities::department(), stores)));
        undo.undo();
        QCOMPARE(count("departments"), 0);

        // Someone adds a department of that name meanwhile: adding it again is refused.
        QVERIFY(add(entities::department(), stores));
        auto expected = EntityStore(*m_db).add(entities::department(), stores);
        QVERIFY(!expected);
        undo.redo();
        QCOMPARE(refusal(refused), (QStringList { QStringLiteral("Cannot redo"), expected.error().message }));
        QCOMPARE(count("departments"), 1);
        QCOMPARE(undo.count(), 0);
        QVERIFY(QGuiApplication::topLevelWindows().isEmpty());
    }

    // Undo and redo carry the version their step left: the user's own later steps are expected, a
    // colleague's change meanwhile (another connection to the same database) refuses the undo, which says
    // who changed the record, and their change stands.
    void anUndoOverSomeoneElsesChangeIsRefused()
    {
        QUndoStack undo;
        EditStack stack(*m_db, &undo);
        QSignalSpy refused(&stack, &EditStack::refused);
        m_db->setActor(QStringLiteral("Wang Wei"));
        const qint64 acme
            = add(entities::account(), { { QStringLiteral("name"), QStringLiteral("Acme Ltd") } });
        const auto city = [this, acme] {
            return sql::scalar(
                m_db->connection(), QStringLiteral("SELECT city FROM accounts WHERE party_id = ?"), { acme })
                ->toString();
        };
        for (const char* typed : { "Leeds", "York" }) {
            QVERIFY(!stack.push(new EditRecordCommand(*m_db, entities::account(), acme,
                { { QStringLiteral("city"), QString::fromLatin1(typed) } }, QString(), 0)));
        }
        // Two own steps undone and redone in turn.
        undo.undo();
        undo.undo();
        QCOMPARE(city(), QString());
        undo.redo();
        undo.redo();
        QCOMPARE(city(), QStringLiteral("York"));
        QVERIFY(refused.isEmpty());

        auto colleague
            = Database::open(test::locationIn(m_dir, QStringLiteral("undo%1.db").arg(m_databases)));
        QVERIFY2(colleague, qPrintable(colleague.error().message));
        (*colleague)->setActor(QStringLiteral("Li Na"));
        QVERIFY(
            EntityStore(**colleague)
                .update(entities::account(), acme, { { QStringLiteral("city"), QStringLiteral("Hull") } }));
        undo.undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toString(), QStringLiteral("Cannot undo"));
        QVERIFY2(
            refused.first().at(1).toString().startsWith(QStringLiteral("Acme Ltd was changed by Li Na at ")),
            qPrintable(refused.first().at(1).toString()));
        QVERIFY2(refused.first().at(1).toString().endsWith(QStringLiteral(
                     "after your edit, so undoing it would overwrite that change; nothing was changed.")),
            qPrintable(refused.first().at(1).toString()));
        QCOMPARE(city(), QStringLiteral("Hull"));
        QCOMPARE(undo.count(), 1); // the refused step left the stack; the one before it stays
    }

    // Undoing an add removes the record only while nobody has changed it since.
    void anUndoneAddKeepsWhatSomeoneElseSaved()
    {
        QUndoStack undo;
        EditStack stack(*m_db, &undo);
        QSignalSpy refused(&stack, &EditStack::refused);
        auto* command = new AddRecordCommand(
            *m_db, entities::department(), { { QStringLiteral("name"), QStringLiteral("Stores") } });
        QVERIFY(!stack.push(command));
        const qint64 stores = command->recordId();
        QVERIFY(EntityStore(*m_db).update(entities::department(), stores,
            { { QStringLiteral("description"), QStringLiteral("Goods in") } }));
        undo.undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(count("departments"), 1);
    }

    void aRefusedFirstStepIsReturnedAndNeverPushed()
    {
        QUndoStack undo;
        EditStack stack(*m_db, &undo);
        QSignalSpy refused(&stack, &EditStack::refused);
        QVERIFY(add(entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } }));
        const Error error = stack.push(new AddRecordCommand(
            *m_db, entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } }));
        QVERIFY(error);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(undo.count(), 0);
        QVERIFY(refused.isEmpty()); // the caller shows it, as it asked
    }

    // An import is taken back and done again through the runner the window provides (a progress bar on a
    // worker thread); without one it runs on the stack's own connection.
    void anImportsLongWorkGoesThroughTheRunner()
    {
        auto table = CsvReader::read(QByteArrayLiteral("name,city\nHarbour Freight,Leeds\nNorth Mill,York\n"),
            QStringLiteral("a.csv"));
        QVERIFY(table);
        auto report = Importer(*m_db).importTable(entities::account(), *table,
            importing::mapHeader(entities::account(), table->header), false, Importer::OnError::Abort);
        QVERIFY(report);
        QCOMPARE(count("accounts"), 2);

        QUndoStack undo;
        EditStack stack(*m_db, &undo);
        QSignalSpy refused(&stack, &EditStack::refused);
        QStringList labels;
        int reports = 0;
        stack.setRunner([&](const QString& label, const EditStack::Work& work) {
            labels << label;
            return work(*m_db, [&reports](qint64, qint64) {
                ++reports;
                return true;
            });
        });
        QVERIFY(!stack.push(
            new ImportCommand(*m_db, entities::account(), report->changes, QStringLiteral("Import a.csv"))));
        QVERIFY(labels.isEmpty()); // the wizard imported: the first step only marks the audit log
        undo.undo();
        QCOMPARE(count("accounts"), 0);
        undo.redo();
        QCOMPARE(count("accounts"), 2);
        QCOMPARE(labels,
            (QStringList {
                QStringLiteral("Taking the import back..."), QStringLiteral("Importing again...") }));
        QVERIFY(reports > 0);

        stack.setRunner({});
        undo.undo();
        QCOMPARE(count("accounts"), 0);
        undo.redo();
        QCOMPARE(count("accounts"), 2);
        QCOMPARE(labels.size(), 2);

        // An account edited since: taking the import back is refused with the model's sentence.
        QVERIFY(EntityStore(*m_db).update(entities::account(),
            sql::scalar(
                m_db->connection(), QStringLiteral("SELECT party_id FROM accounts WHERE name = 'North Mill'"))
                ->toLongLong(),
            { { QStringLiteral("city"), QStringLiteral("Hull") } }));
        undo.undo();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toString(), QStringLiteral("Cannot undo"));
        QVERIFY2(refused.first().at(1).toString().startsWith(
                     QStringLiteral("The import cannot be taken back: North Mill was changed after it.")),
            qPrintable(refused.first().at(1).toString()));
        QCOMPARE(count("accounts"), 2);
        QCOMPARE(undo.count(), 0);
    }
};

QTEST_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
