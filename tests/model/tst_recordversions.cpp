#include "Clock.h"
#include "Database.h"
#include "EntityStore.h"
#include "Handover.h"
#include "RecordVersion.h"
#include "RequestWorkflow.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QLocale>
#include <QTest>
#include <ctime>

using namespace tandem;

// No lost updates: every record people edit has a version, every change counts it up, and a change made from
// a version someone else has moved on from is refused with a sentence naming who and when, nothing written.
// Two connections to one database stand for two colleagues.
class TestRecordVersions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_wang; // the colleague who saves first
    std::unique_ptr<Database> m_li; // the one who read the same version and saves second
    int m_databases = 0;

    qint64 add(Database& db, const Entity& entity, const QMap<QString, QString>& values)
    {
        auto id = EntityStore(db).add(entity, values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
        }
        return id ? *id : 0;
    }

    qint64 version(Database& db, const Entity& entity, qint64 id)
    {
        auto record = EntityStore(db).get(entity, id);
        return record ? EntityStore::versionOf(*record) : -1;
    }

    QString value(Database& db, const Entity& entity, qint64 id, const QString& field)
    {
        auto record = EntityStore(db).get(entity, id);
        return record ? recordValue(*record, field).toString() : QStringLiteral("?");
    }

private slots:
    void initTestCase()
    {
        // The sentences say when in the user's time and words: here 14:02 UTC in British English.
        qputenv("TZ", "UTC");
        tzset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(14, 2), Qt::UTC));
    }

    void cleanupTestCase() { Clock::setFixed(QDateTime()); }

    void init()
    {
        const QString name = QStringLiteral("versions%1.db").arg(++m_databases);
        m_wang = test::openIn(m_dir, name);
        QVERIFY(m_wang);
        m_location = test::locationIn(m_dir, name);
        auto second = Database::open(m_location);
        QVERIFY2(second, qPrintable(second.error().message));
        m_li = std::move(*second);
        m_wang->setActor(QStringLiteral("Wang Wei"));
        m_li->setActor(QStringLiteral("Li Na"));
    }

    void cleanup()
    {
        m_li.reset();
        m_wang.reset();
    }

    void aNewRecordIsVersionOneAndEveryChangeCountsUp()
    {
        const Entity& account = entities::account();
        const qint64 acme = add(*m_wang, account, { { QStringLiteral("name"), QStringLiteral("Acme Ltd") } });
        QCOMPARE(version(*m_wang, account, acme), RecordVersion::first);
        QVERIFY(EntityStore(*m_wang).update(
            account, acme, { { QStringLiteral("city"), QStringLiteral("Leeds") } }));
        QCOMPARE(version(*m_wang, account, acme), 2);
        auto edited = EntityStore(*m_wang).update(
            account, acme, { { QStringLiteral("city"), QStringLiteral("York") } }, { 2 });
        QVERIFY(edited);
        QCOMPARE(edited->version, 3);
        QCOMPARE(edited->previous.value(QStringLiteral("city")), QStringLiteral("Leeds"));
        QCOMPARE(version(*m_li, account, acme), 3); // what the other colleague reads

        // A request's step counts, and so do the set-based writes of a handover: the account it moves and
        // the colleague it marks departed.
        const qint64 sales
            = add(*m_wang, entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const qint64 dan = add(*m_wang, entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Dan") },
                { QStringLiteral("department_id"), QString::number(sales) } });
        const qint64 tom = add(*m_wang, entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Tom") },
                { QStringLiteral("department_id"), QString::number(sales) } });
        QVERIFY(EntityStore(*m_wang).update(
            account, acme, { { QStringLiteral("owner_id"), QString::number(dan) } }));
        const qint64 request = add(*m_wang, entities::request(),
            { { QStringLiteral("requester"), QString::number(acme) },
                { QStringLiteral("provider"), QString::number(dan) },
                { QStringLiteral("title"), QStringLiteral("Quote") } });
        auto step = RequestWorkflow(*m_wang).comment(request, QStringLiteral("On it"));
        QVERIFY(step);
        QCOMPARE(version(*m_wang, entities::request(), request), RecordVersion::first); // a comment only
        RequestWorkflow::StatusChange start;
        start.to = QStringLiteral("in_progress");
        step = RequestWorkflow(*m_wang).changeStatus(request, start);
        QVERIFY2(step, qPrintable(step.error().message));
        QCOMPARE(step->version, 2);
        QCOMPARE(version(*m_wang, entities::request(), request), 2);

        Handover::Plan plan;
        plan.from = dan;
        plan.successor = tom;
        auto handover = Handover(*m_wang).execute(plan);
        QVERIFY2(handover, qPrintable(handover.error().message));
        QCOMPARE(version(*m_wang, account, acme), 5);
        QCOMPARE(version(*m_wang, entities::staff(), dan), 2);
        QCOMPARE(version(*m_wang, entities::request(), request), 3);
        QCOMPARE(version(*m_wang, entities::staff(), tom), RecordVersion::first);
    }

    void theSecondSaveIsRefusedNamingTheFirst()
    {
        const Entity& account = entities::account();
        const qint64 acme = add(*m_wang, account,
            { { QStringLiteral("name"), QStringLiteral("Acme Ltd") },
                { QStringLiteral("city"), QStringLiteral("Hull") } });
        // Both open the account at version 1.
        const qint64 wangRead = version(*m_wang, account, acme);
        const qint64 liRead = version(*m_li, account, acme);
        QCOMPARE(wangRead, 1);
        QCOMPARE(liRead, 1);

        auto first = EntityStore(*m_wang).update(
            account, acme, { { QStringLiteral("city"), QStringLiteral("Leeds") } }, { wangRead });
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->version, 2);

        auto second = EntityStore(*m_li).update(account, acme,
            { { QStringLiteral("city"), QStringLiteral("York") },
                { QStringLiteral("phone"), QStringLiteral("0113 496 0000") } },
            { liRead });
        QVERIFY(!second);
        QCOMPARE(second.error().kind, ErrorKind::Conflict);
        QCOMPARE(second.error().message,
            QStringLiteral("Acme Ltd was changed by Wang Wei at 14:02 on 3 December 2026 after you opened "
                           "it; nothing was saved."));
        // The first save stands; nothing of the second was written.
        QCOMPARE(value(*m_li, account, acme, QStringLiteral("city")), QStringLiteral("Leeds"));
        QCOMPARE(value(*m_li, account, acme, QStringLiteral("phone")), QString());
        QCOMPARE(version(*m_li, account, acme), 2);
        auto history = EntityStore(*m_li).fieldHistory(account, acme, QStringLiteral("city"));
        QVERIFY(history);
        QCOMPARE(history->size(), 1);

        // Overwriting is saving again from the version stored now.
        auto overwritten = EntityStore(*m_li).update(account, acme,
            { { QStringLiteral("city"), QStringLiteral("York") } }, { version(*m_li, account, acme) });
        QVERIFY2(overwritten, qPrintable(overwritten.error().message));
        QCOMPARE(value(*m_wang, account, acme, QStringLiteral("city")), QStringLiteral("York"));
        QCOMPARE(version(*m_wang, account, acme), 3);
    }

    void anUndoOverSomeoneElsesChangeIsRefused()
    {
        const Entity& contact = entities::contact();
        const qint64 acme
            = add(*m_wang, entities::account(), { { QStringLiteral("name"), QStringLiteral("Acme Ltd") } });
        const qint64 zhou = add(*m_wang, contact,
            { { QStringLiteral("account_id"), QString::number(acme) },
                { QStringLiteral("name"), QStringLiteral("Zhou Jie") } });
        auto mine = EntityStore(*m_wang).update(
            contact, zhou, { { QStringLiteral("title"), QStringLiteral("Buyer") } }, { 1 });
        QVERIFY(mine);

        // Undone straight away, the edit goes back.
        auto undone = EntityStore(*m_wang).update(
            contact, zhou, mine->previous, { mine->version, RecordVersion::Purpose::Undo });
        QVERIFY2(undone, qPrintable(undone.error().message));
        QCOMPARE(value(*m_wang, contact, zhou, QStringLiteral("title")), QString());
        auto redone = EntityStore(*m_wang).update(contact, zhou,
            { { QStringLiteral("title"), QStringLiteral("Buyer") } },
            { undone->version, RecordVersion::Purpose::Redo });
        QVERIFY(redone);

        // Li Na changes the contact after that: undoing would overwrite her change, so it is refused.
        QVERIFY(EntityStore(*m_li).update(
            contact, zhou, { { QStringLiteral("title"), QStringLiteral("Head of buying") } }));
        auto refused = EntityStore(*m_wang).update(
            contact, zhou, redone->previous, { redone->version, RecordVersion::Purpose::Undo });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QCOMPARE(refused.error().message,
            QStringLiteral(
                "Zhou Jie was changed by Li Na at 14:02 on 3 December 2026 after your edit, so undoing "
                "it would overwrite that change; nothing was changed."));
        QCOMPARE(value(*m_wang, contact, zhou, QStringLiteral("title")), QStringLiteral("Head of buying"));
    }

    void aPairIsNamedByItsTwoSides()
    {
        const qint64 sales
            = add(*m_wang, entities::department(), { { QStringLiteral("name"), QStringLiteral("Sales") } });
        const qint64 stores
            = add(*m_wang, entities::department(), { { QStringLiteral("name"), QStringLiteral("Stores") } });
        const qint64 pair = add(*m_wang, entities::link(),
            { { QStringLiteral("a_party"), QString::number(stores) },
                { QStringLiteral("b_party"), QString::number(sales) },
                { QStringLiteral("kind"), QStringLiteral("process") } });
        QVERIFY(EntityStore(*m_wang).update(
            entities::link(), pair, { { QStringLiteral("a_to_b"), QStringLiteral("Stock") } }));
        auto late = EntityStore(*m_li).update(
            entities::link(), pair, { { QStringLiteral("b_to_a"), QStringLiteral("Forecasts") } }, { 1 });
        QVERIFY(!late);
        QCOMPARE(late.error().kind, ErrorKind::Conflict);
        QVERIFY2(late.error().message.startsWith(
                     QStringLiteral("The pair of Stores and Sales was changed by Wang Wei")),
            qPrintable(late.error().message));
    }

    // A record removed meanwhile cannot be saved: not found, saying who removed it.
    void aRemovedRecordIsNotFoundNotAConflict()
    {
        const Entity& account = entities::account();
        const qint64 acme = add(*m_wang, account, { { QStringLiteral("name"), QStringLiteral("Acme Ltd") } });
        const qint64 read = version(*m_wang, account, acme);
        QVERIFY(!EntityStore(*m_li).remove(account, acme));
        auto saved = EntityStore(*m_wang).update(
            account, acme, { { QStringLiteral("city"), QStringLiteral("Leeds") } }, { read });
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, ErrorKind::NotFound);
        QCOMPARE(saved.error().message,
            QStringLiteral("Acme Ltd was removed by Li Na at 14:02 on 3 December 2026 after you opened it; "
                           "nothing was saved."));
    }

    // Removing from a version read (undoing an add) leaves a record someone changed since.
    void aRemovalFromAnOlderVersionIsRefused()
    {
        const Entity& department = entities::department();
        const qint64 stores
            = add(*m_wang, department, { { QStringLiteral("name"), QStringLiteral("Stores") } });
        QVERIFY(EntityStore(*m_li).update(
            department, stores, { { QStringLiteral("description"), QStringLiteral("Goods in") } }));
        const Error refused = EntityStore(*m_wang).remove(
            department, stores, { RecordVersion::first, RecordVersion::Purpose::Undo });
        QCOMPARE(refused.kind, ErrorKind::Conflict);
        QVERIFY2(refused.message.startsWith(QStringLiteral("Stores was changed by Li Na at 14:02")),
            qPrintable(refused.message));
        QCOMPARE(
            value(*m_wang, department, stores, QStringLiteral("description")), QStringLiteral("Goods in"));
        QVERIFY(!EntityStore(*m_wang).remove(department, stores, { 2, RecordVersion::Purpose::Undo }));
    }

    // Several records changed as one step: one of them changed by someone else refuses them all.
    void aBulkChangeIsAllOrNothing()
    {
        const Entity& account = entities::account();
        const qint64 acme = add(*m_wang, account, { { QStringLiteral("name"), QStringLiteral("Acme Ltd") } });
        const qint64 birch
            = add(*m_wang, account, { { QStringLiteral("name"), QStringLiteral("Birch & Co") } });
        const QMap<QString, QString> leeds { { QStringLiteral("city"), QStringLiteral("Leeds") } };
        QMap<qint64, qint64> versions;
        auto previous
            = EntityStore(*m_wang).updateEach(account, { { acme, leeds }, { birch, leeds } }, &versions);
        QVERIFY(previous);
        QCOMPARE(versions, (QMap<qint64, qint64> { { acme, 2 }, { birch, 2 } }));
        QVERIFY(EntityStore(*m_li).update(
            account, birch, { { QStringLiteral("city"), QStringLiteral("York") } }));
        auto undone
            = EntityStore(*m_wang).updateEach(account, *previous, &versions, RecordVersion::Purpose::Undo);
        QVERIFY(!undone);
        QCOMPARE(undone.error().kind, ErrorKind::Conflict);
        QVERIFY2(undone.error().message.startsWith(QStringLiteral("Birch & Co was changed by Li Na")),
            qPrintable(undone.error().message));
        QCOMPARE(value(*m_wang, account, acme, QStringLiteral("city")), QStringLiteral("Leeds"));
        QCOMPARE(value(*m_wang, account, birch, QStringLiteral("city")), QStringLiteral("York"));
        QCOMPARE(versions, (QMap<qint64, qint64> { { acme, 2 }, { birch, 2 } })); // untouched when refused
    }
};

QTEST_GUILESS_MAIN(TestRecordVersions)
#include "tst_recordversions.moc"
