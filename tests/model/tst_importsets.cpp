#include "Csv.h"
#include "EntityStore.h"
#include "ImportMapping.h"
#include "Importer.h"
#include "SearchIndex.h"
#include "SortKey.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace tandem;

// An import of accounts is checked and written a set at a time (ImportStaging): it must leave exactly what
// adding and updating the same records one at a time through EntityStore leaves, with the same report,
// rejected rows, search text, audit entries, undo and redo.
class TestImportSets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db; // imported into
    std::unique_ptr<Database> m_reference; // written record by record

    // Valid rows, rows refused on their own, refused for their owner, repeated in the file and matching
    // records already there; with contact persons.
    const QString m_mixed = QStringLiteral(
        "客户名称,城市,邮箱,客户类型,类别,负责人,电话,联系人,职务,联系人手机\n"
        "王芳贸易,杭州,wf@example.cn,忠诚,经销商,王芳,0571 8888 1234,张伟,采购经理,13900000001\n"
        "Bad Mail Ltd,York,not-an-email,loyal,,,,,,\n"
        "Beta,York,,vip,,,,,,\n"
        "Gamma,York,,,,Nobody Here,,,,\n"
        "Delta,York,,,,Li Lei,,,,\n"
        "Epsilon,York,,,,Gone Guy,,,,\n"
        ",York,,,,,,,,\n"
        "Zeta,York,,,,,,,,13800000000\n"
        "ACME Limited,Leeds,ACME@example.com,floating,,rita@example.com,0113 1,Ann,Head buyer,\n"
        "苏州恒达机电,苏州,,,零售商,,,周杰,总经理,\n"
        "Eta,Hull,eta@example.com,,,3,,,,\n"
        "Eta,Hull,,potential,client,,0190 2,,,\n"
        "Theta,Hull,ETA@example.com,,,,,,,\n"
        "Iota,York,,,,1,,,,\n"
        "Kappa,\"Leeds, UK\",,,,,,,,,extra\n"
        ",,,,,,,,,\n"
        "Lambda,York,lambda@example.com,,最终使用者,wang@example.com,,Bob,,\n"
        "Lambda,York,,,,,,Bob,Owner,\n"
        "Mu,York,mu@example.com,,,,,,,\n"
        "Mu Two,York,MU@example.com,,,,,,,\n"
        "Mu,York,,,,,,,,\n");

    // The same staff and records in both databases: colleagues 1-5 (two called Li Lei, one departed),
    // accounts 6 and 7, two contacts of Acme called Ann.
    static void seed(Database& database)
    {
        EntityStore store(database);
        auto add = [&](const Entity& entity, const QMap<QString, QString>& values) {
            auto id = store.add(entity, values);
            QVERIFY2(id, qPrintable(id.error().message));
        };
        const QString name = QStringLiteral("name");
        const QString email = QStringLiteral("email");
        add(entities::staff(),
            { { name, QStringLiteral("Rita Rep") }, { email, QStringLiteral("rita@example.com") } });
        add(entities::staff(),
            { { name, QStringLiteral("王芳") }, { email, QStringLiteral("wang@example.com") } });
        add(entities::staff(),
            { { name, QStringLiteral("Gone Guy") }, { email, QStringLiteral("gone@example.com") },
                { QStringLiteral("status"), QStringLiteral("departed") } });
        add(entities::staff(),
            { { name, QStringLiteral("Li Lei") }, { email, QStringLiteral("lilei1@example.com") } });
        add(entities::staff(),
            { { name, QStringLiteral("Li Lei") }, { email, QStringLiteral("lilei2@example.com") } });
        add(entities::account(),
            { { name, QStringLiteral("Acme") }, { QStringLiteral("city"), QStringLiteral("Leeds") },
                { email, QStringLiteral("acme@example.com") },
                { QStringLiteral("owner_id"), QStringLiteral("1") } });
        add(entities::account(),
            { { name, QStringLiteral("苏州恒达机电") }, { QStringLiteral("city"), QStringLiteral("苏州") },
                { QStringLiteral("segment"), QStringLiteral("loyal") } });
        add(entities::contact(),
            { { QStringLiteral("account_id"), QStringLiteral("6") }, { name, QStringLiteral("Ann") },
                { QStringLiteral("title"), QStringLiteral("Buyer") } });
        // A namesake added later: a row naming Ann means the first.
        add(entities::contact(),
            { { QStringLiteral("account_id"), QStringLiteral("6") }, { name, QStringLiteral("Ann") },
                { QStringLiteral("title"), QStringLiteral("Driver") } });
    }

    // What the mixed file means, written record by record in its order, as the import used to write it.
    static void writeRecordByRecord(Database& database)
    {
        EntityStore store(database);
        auto add = [&](const Entity& entity, const QMap<QString, QString>& values) {
            auto id = store.add(entity, values);
            QVERIFY2(id, qPrintable(id.error().message));
        };
        auto update = [&](const Entity& entity, qint64 id, const QMap<QString, QString>& changes) {
            auto before = store.update(entity, id, changes);
            QVERIFY2(before, qPrintable(before.error().message));
        };
        add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("王芳贸易") },
                { QStringLiteral("city"), QStringLiteral("杭州") },
                { QStringLiteral("email"), QStringLiteral("wf@example.cn") },
                { QStringLiteral("segment"), QStringLiteral("loyal") },
                { QStringLiteral("category"), QStringLiteral("distributor") },
                { QStringLiteral("owner_id"), QStringLiteral("王芳") },
                { QStringLiteral("phone"), QStringLiteral("0571 8888 1234") } });
        add(entities::contact(),
            { { QStringLiteral("account_id"), QStringLiteral("8") },
                { QStringLiteral("name"), QStringLiteral("张伟") },
                { QStringLiteral("title"), QStringLiteral("采购经理") },
                { QStringLiteral("mobile"), QStringLiteral("13900000001") } });
        update(entities::account(), 6,
            { { QStringLiteral("name"), QStringLiteral("ACME Limited") },
                { QStringLiteral("email"), QStringLiteral("ACME@example.com") },
                { QStringLiteral("segment"), QStringLiteral("floating") },
                { QStringLiteral("owner_id"), QStringLiteral("rita@example.com") },
                { QStringLiteral("phone"), QStringLiteral("0113 1") } });
        update(entities::contact(), 1, { { QStringLiteral("title"), QStringLiteral("Head buyer") } });
        update(entities::account(), 7, { { QStringLiteral("category"), QStringLiteral("retailer") } });
        add(entities::contact(),
            { { QStringLiteral("account_id"), QStringLiteral("7") },
                { QStringLiteral("name"), QStringLiteral("周杰") },
                { QStringLiteral("title"), QStringLiteral("总经理") } });
        add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Eta") },
                { QStringLiteral("city"), QStringLiteral("Hull") },
                { QStringLiteral("segment"), QStringLiteral("potential") },
                { QStringLiteral("category"), QStringLiteral("client") },
                { QStringLiteral("phone"), QStringLiteral("0190 2") } });
        add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Theta") },
                { QStringLiteral("city"), QStringLiteral("Hull") },
                { QStringLiteral("email"), QStringLiteral("ETA@example.com") } });
        add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Iota") },
                { QStringLiteral("city"), QStringLiteral("York") },
                { QStringLiteral("owner_id"), QStringLiteral("1") } });
        add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Lambda") },
                { QStringLiteral("city"), QStringLiteral("York") },
                { QStringLiteral("email"), QStringLiteral("lambda@example.com") },
                { QStringLiteral("category"), QStringLiteral("end_user") },
                { QStringLiteral("owner_id"), QStringLiteral("wang@example.com") } });
        add(entities::contact(),
            { { QStringLiteral("account_id"), QStringLiteral("12") },
                { QStringLiteral("name"), QStringLiteral("Bob") } });
        // The second Lambda changes nothing of the account; its contact person gets a job title.
        update(entities::contact(), 5, { { QStringLiteral("title"), QStringLiteral("Owner") } });
        // Mu, then Mu Two with Mu's e-mail renames it, then Mu in York is the same record again.
        add(entities::account(),
            { { QStringLiteral("name"), QStringLiteral("Mu") },
                { QStringLiteral("city"), QStringLiteral("York") },
                { QStringLiteral("email"), QStringLiteral("mu@example.com") } });
        update(entities::account(), 13,
            { { QStringLiteral("name"), QStringLiteral("Mu Two") },
                { QStringLiteral("email"), QStringLiteral("MU@example.com") } });
        update(entities::account(), 13, { { QStringLiteral("name"), QStringLiteral("Mu") } });
    }

    // Every row a record or its derived data has: records, parties, sort keys, search text; with the audit
    // log's entries (without their time), in a fixed order.
    static QStringList contents(Database& database, bool withAudit = true)
    {
        QStringList statements { QStringLiteral("SELECT * FROM accounts ORDER BY party_id"),
            QStringLiteral("SELECT id, kind, display_name, hex(sort_key) FROM parties ORDER BY id"),
            QStringLiteral(
                "SELECT id, account_id, name, title, phone, mobile, email, notes, hex(sort_key) FROM "
                "contacts ORDER BY id"),
            QStringLiteral("SELECT rowid, body FROM search_index ORDER BY rowid") };
        if (withAudit) {
            statements << QStringLiteral(
                "SELECT actor, entity, entity_id, action, field, quote(old_value), quote(new_value) FROM "
                "audit_log ORDER BY 1, 2, 3, 4, 5, 6, 7");
        }
        QStringList rows;
        for (const QString& statement : std::as_const(statements)) {
            auto query = sql::run(database.connection(), statement);
            if (!query) {
                return { query.error().message };
            }
            while (query->next()) {
                QStringList cells;
                for (int column = 0; column < query->record().count(); ++column) {
                    // A record's version counts writes: one set-based write for what record by record
                    // took several, and an undo moves it on rather than back.
                    if (query->record().fieldName(column) == QLatin1String("version")) {
                        continue;
                    }
                    cells << (query->value(column).isNull() ? QStringLiteral("NULL")
                                                            : query->value(column).toString());
                }
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

    Result<Importer::Report> import(
        const QString& csv, bool dryRun, Importer::OnError onError, const Importer::Progress& progress = {})
    {
        auto table = CsvReader::read(csv.toUtf8(), QStringLiteral("mixed.csv"));
        if (!table) {
            return table.error();
        }
        return Importer(*m_db).importTable(entities::account(), *table,
            importing::mapHeader(entities::account(), table->header), dryRun, onError, progress);
    }

    static QStringList rejected(const Importer::Report& report)
    {
        QStringList lines;
        for (const Importer::Rejected& row : report.rejected) {
            lines << QStringLiteral("%1: %2").arg(row.line).arg(row.reason);
        }
        return lines;
    }

    const QStringList m_reasons {
        QStringLiteral("3: Field E-mail: 'not-an-email' is not an e-mail address."),
        QStringLiteral("4: Field Segment must be one of Loyal, Floating, Potential, not 'vip'."),
        QStringLiteral("5: Field Owner: No colleague matches 'Nobody Here'."),
        QStringLiteral("6: Field Owner: 'Li Lei' matches more than one colleague (ids 4, 5); use the id."),
        QStringLiteral("7: Field Owner: a colleague who has left cannot own accounts."),
        QStringLiteral("8: the Name is empty."),
        QStringLiteral("9: Contact's mobile is given without a Contact person."),
        QStringLiteral("12: Field Owner: a colleague who has left cannot own accounts."),
        QStringLiteral("16: the row has 11 fields, the header has 10."),
    };

private slots:
    void init()
    {
        static int serial = 0;
        ++serial;
        m_db = test::openIn(m_dir, QStringLiteral("sets%1.db").arg(serial));
        m_reference = test::openIn(m_dir, QStringLiteral("reference%1.db").arg(serial));
        QVERIFY(m_db && m_reference);
        seed(*m_db);
        seed(*m_reference);
    }

    void aMixedFileWritesWhatRecordByRecordWrites()
    {
        auto report = import(m_mixed, false, Importer::OnError::Skip);
        QVERIFY2(report, qPrintable(report.error().message));
        QVERIFY(report->written);
        QCOMPARE(report->added, 6);
        QCOMPARE(report->updated, 5);
        QCOMPARE(report->contactsAdded, 3);
        QCOMPARE(rejected(*report), m_reasons);
        // Each rejected row keeps its cells, for the file of rows to fix.
        QCOMPARE(report->rejected.first().cells.first(), QStringLiteral("Bad Mail Ltd"));
        QCOMPARE(report->rejected.last().cells.last(), QStringLiteral("extra"));

        writeRecordByRecord(*m_reference);
        const QStringList imported = contents(*m_db);
        const QStringList expected = contents(*m_reference);
        QCOMPARE(imported.size(), expected.size());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            QCOMPARE(imported.at(row), expected.at(row));
        }
    }

    // The changes an import reports are what undo and redo work from: in file order, each record as the
    // row named it.
    void theChangesAreThoseOfTheRowsInOrder()
    {
        auto report = import(m_mixed, false, Importer::OnError::Skip);
        QVERIFY(report);
        QStringList changes;
        for (const Importer::Change& change : report->changes) {
            changes << QStringLiteral("%1 %2 %3 %4")
                           .arg(change.entity->name)
                           .arg(change.id)
                           .arg(change.added ? QStringLiteral("added") : QStringLiteral("updated"))
                           .arg(QStringList(change.after.keys()).join(QLatin1Char(',')));
        }
        QCOMPARE(changes,
            QStringList({ QStringLiteral("account 8 added category,city,email,name,owner_id,phone,segment"),
                QStringLiteral("contact 3 added account_id,mobile,name,title"),
                QStringLiteral("account 6 updated email,name,owner_id,phone,segment"),
                QStringLiteral("contact 1 updated title"), QStringLiteral("account 7 updated category"),
                QStringLiteral("contact 4 added account_id,name,title"),
                QStringLiteral("account 9 added category,city,name,phone,segment"),
                QStringLiteral("account 10 added city,email,name"),
                QStringLiteral("account 11 added city,name,owner_id"),
                QStringLiteral("account 12 added category,city,email,name,owner_id"),
                QStringLiteral("contact 5 added account_id,name"), QStringLiteral("contact 5 updated title"),
                QStringLiteral("account 13 added city,email,name"),
                QStringLiteral("account 13 updated email,name"),
                QStringLiteral("account 13 updated name") }));
        QCOMPARE(report->changes.at(2).before.value(QStringLiteral("name")), QStringLiteral("Acme"));
        QCOMPARE(report->changes.at(2).before.value(QStringLiteral("owner_id")), QStringLiteral("1"));
        QCOMPARE(report->changes.at(2).after.value(QStringLiteral("owner_id")),
            QStringLiteral("rita@example.com"));
    }

    void oneRejectedRowWritesNothingAndADryRunNothingAtAll()
    {
        const QStringList before = contents(*m_db);
        auto aborted = import(m_mixed, false, Importer::OnError::Abort);
        QVERIFY(aborted);
        QVERIFY(!aborted->written);
        QVERIFY(aborted->changes.isEmpty());
        QCOMPARE(rejected(*aborted), m_reasons);
        QCOMPARE(aborted->added, 6);
        QCOMPARE(contents(*m_db), before);

        auto dry = import(m_mixed, true, Importer::OnError::Skip);
        QVERIFY(dry);
        QVERIFY(!dry->written);
        QCOMPARE(dry->added, 6);
        QCOMPARE(dry->updated, 5);
        QCOMPARE(dry->contactsAdded, 3);
        QCOMPARE(rejected(*dry), m_reasons);
        QCOMPARE(contents(*m_db), before);
        // The staging tables went with the transaction: the same connection imports again.
        auto again = import(m_mixed, false, Importer::OnError::Skip);
        QVERIFY2(again, qPrintable(again.error().message));
        QVERIFY(again->written);
    }

    void undoAndRedoGiveBackTheRecordsAsTheyWere()
    {
        // Without the rows that change a record a second time: undo takes each change back in turn and
        // refuses a record changed since the import, which its own first step has done (as before).
        QStringList lines = m_mixed.split(QLatin1Char('\n'));
        lines.remove(18, 4);
        const QStringList before = contents(*m_db, false);
        auto report = import(lines.join(QLatin1Char('\n')), false, Importer::OnError::Skip);
        QVERIFY(report);
        const QStringList after = contents(*m_db, false);
        auto mark = Importer::auditMark(*m_db);
        QVERIFY(mark);
        QCOMPARE(report->added, 5);
        QCOMPARE(report->updated, 2);
        const Error undone = Importer::undo(*m_db, report->changes, *mark);
        QVERIFY2(!undone, qPrintable(undone.message));
        QCOMPARE(contents(*m_db, false), before);
        QVERIFY(!Importer::redo(*m_db, report->changes));
        QCOMPARE(contents(*m_db, false), after);
    }

    void chineseNamesAreFoundByPinyinAndSortByIt()
    {
        QVERIFY(import(m_mixed, false, Importer::OnError::Skip));
        SearchIndex search(*m_db);
        auto titles = [&search](const QString& text) {
            QStringList found;
            const auto hits = search.find(text, 10);
            for (const SearchIndex::Hit& hit : hits ? *hits : QList<SearchIndex::Hit>()) {
                found << hit.entity + QLatin1Char(' ') + hit.title;
            }
            return found;
        };
        QVERIFY2(titles(QStringLiteral("wangfangmaoyi")).contains(QStringLiteral("account 王芳贸易")),
            qPrintable(titles(QStringLiteral("wangfangmaoyi")).join(QLatin1Char(','))));
        QVERIFY(titles(QStringLiteral("hangzhou")).contains(QStringLiteral("account 王芳贸易")));
        QVERIFY(titles(QStringLiteral("贸易")).contains(QStringLiteral("account 王芳贸易")));
        QVERIFY(titles(QStringLiteral("zhangwei")).contains(QStringLiteral("contact 张伟")));
        QVERIFY(titles(QStringLiteral("88881234")).contains(QStringLiteral("account 王芳贸易")));
        // Lists sort by the collator's key (pinyin for Chinese), the same a form writes.
        QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT sort_key FROM parties WHERE id = 8"))
                     ->toByteArray(),
            m_db->sortKey().of(QStringLiteral("王芳贸易")));
    }

    void cancellingWhileWritingLeavesTheDatabaseAsItWas()
    {
        const QStringList before = contents(*m_db);
        auto report = import(m_mixed, false, Importer::OnError::Skip,
            [](int done, int total) { return done < total * 3 / 4 + 1; });
        QVERIFY(!report);
        QCOMPARE(report.error().message, QStringLiteral("The import was cancelled; nothing was written."));
        QCOMPARE(contents(*m_db), before);
        QVERIFY(import(m_mixed, false, Importer::OnError::Skip));
    }
};

QTEST_GUILESS_MAIN(TestImportSets)
#include "tst_importsets.moc"
