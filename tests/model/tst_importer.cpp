#include "Archive.h"
#include "Calendar.h"
#include "Csv.h"
#include "DemoOrganisation.h"
#include "EntityStore.h"
#include "ImportMapping.h"
#include "Importer.h"
#include "Maintenance.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "TestSupport.h"
#include "VCard.h"

#include <QJsonDocument>
#include <QStringEncoder>
#include <QTest>

using namespace tandem;

// Spreadsheets come in: checked row by row, all or nothing by default, matched to what is there already.
class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_rita = 0;

    int count(const char* table) const
    {
        return sql::scalar(
            m_db->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            ->toInt();
    }

    Result<Importer::Report> import(const QString& csv, bool dryRun = false,
        Importer::OnError onError = Importer::OnError::Abort, const Entity& entity = entities::account())
    {
        auto table = CsvReader::read(csv.toUtf8(), QStringLiteral("clients.csv"));
        if (!table) {
            return table.error();
        }
        return Importer(*m_db).importTable(
            entity, *table, importing::mapHeader(entity, table->header), dryRun, onError);
    }

    // What `tandem-cli export` writes: the key and every field, formulas neutralised.
    QByteArray exported(const Entity& entity) const
    {
        const CsvWriter writer;
        const QStringList header = QStringList { entity.key } + entity.fieldNames();
        QByteArray bytes = CsvWriter::start() + writer.line(header);
        EntityStore(*m_db).list(entity, {}, -1, [&](const Record& record) {
            QStringList cells;
            for (const QString& column : header) {
                const QVariant value = recordValue(record, column);
                cells << (value.isNull() ? QString() : value.toString());
            }
            bytes += writer.line(cells);
            return true;
        });
        return bytes;
    }

    // Every record of `entity` in `database` as text, in name order.
    static QList<QMap<QString, QString>> records(Database& database, const Entity& entity)
    {
        QList<QMap<QString, QString>> out;
        EntityStore(database).list(entity, {}, -1, [&](const Record& record) {
            out << EntityStore::asText(entity, record);
            return true;
        });
        return out;
    }

    qint64 addAccount(const QMap<QString, QString>& values)
    {
        auto id = EntityStore(*m_db).add(entities::account(), values);
        if (!id) {
            qWarning("%s", qPrintable(id.error().message));
            return 0;
        }
        return *id;
    }

private slots:
    void init()
    {
        static int serial = 0;
        m_db = test::openIn(m_dir, QStringLiteral("import%1.db").arg(++serial));
        QVERIFY(m_db);
        EntityStore store(*m_db);
        m_rita = *store.add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Rita Rep") },
                { QStringLiteral("email"), QStringLiteral("rita@example.com") } });
        QVERIFY(store.add(entities::staff(),
            { { QStringLiteral("name"), QStringLiteral("Gone Guy") },
                { QStringLiteral("status"), QStringLiteral("departed") } }));
    }

    void chineseHeadersAndWords()
    {
        auto report = import(QStringLiteral("客户名称,城市,邮箱,客户类型,类别,负责人\n"
                                            "苏州恒达机电,苏州,info@hengda.example,忠诚,经销商,Rita Rep\n"
                                            "无锡新材料,无锡,,潜在客户,最终使用者,rita@example.com\n"));
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 2);
        QVERIFY(report->rejected.isEmpty());
        QVERIFY(report->written);
        QCOMPARE(sql::scalar(m_db->connection(),
                     QStringLiteral(
                         "SELECT segment || ' ' || category || ' ' || owner_id FROM accounts WHERE name = ?"),
                     { QStringLiteral("苏州恒达机电") })
                     ->toString(),
            QStringLiteral("loyal distributor %1").arg(m_rita));
        QCOMPARE(sql::scalar(
                     m_db->connection(), QStringLiteral("SELECT owner_id FROM accounts WHERE city = '无锡'"))
                     ->toLongLong(),
            m_rita);
    }

    void oneBadRowWritesNothing()
    {
        const int before = count("accounts");
        const int audit = count("audit_log");
        auto report = import(QStringLiteral("name,email,segment\nGood Ltd,good@example.com,loyal\n"
                                            "Bad Ltd,not-an-email,loyal\nOther Ltd,,vip\n"));
        QVERIFY(report);
        QCOMPARE(report->added, 1);
        QCOMPARE(report->rejected.size(), 2);
        QCOMPARE(report->rejected.at(0).line, 3);
        // In the words of the spreadsheet: fields and values by their labels.
        QCOMPARE(report->rejected.at(0).reason,
            QStringLiteral("Field E-mail: 'not-an-email' is not an e-mail address."));
        QCOMPARE(report->rejected.at(1).line, 4);
        QCOMPARE(report->rejected.at(1).reason,
            QStringLiteral("Field Segment must be one of Loyal, Floating, Potential, not 'vip'."));
        QVERIFY(!report->written);
        QCOMPARE(count("accounts"), before);
        QCOMPARE(count("audit_log"), audit);
    }

    void skipWritesTheValidRowsAndReportsTheRest()
    {
        auto report = import(QStringLiteral("name,email\nGood Ltd,good@example.com\nBad Ltd,not-an-email\n"),
            false, Importer::OnError::Skip);
        QVERIFY(report);
        QVERIFY(report->written);
        QCOMPARE(count("accounts"), 1);
        const QByteArray rejected
            = Importer::rejectedCsv({ QStringLiteral("name"), QStringLiteral("email") }, *report);
        auto table = CsvReader::read(rejected, QStringLiteral("rejected.csv"));
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.first().first(), QStringLiteral("Bad Ltd"));
        QVERIFY(table->rows.first().last().startsWith(QStringLiteral("Line 3: ")));
    }

    // Usually a value with a comma nobody put in quotes: its row is refused, not cut short.
    void aRowLongerThanItsHeaderIsRejected()
    {
        auto report = import(QStringLiteral("name,city\nAcme, Ltd,Leeds\nBeta\nGamma,York,\n"));
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected.first().line, 2);
        QCOMPARE(report->rejected.first().reason, QStringLiteral("the row has 3 fields, the header has 2."));
        QVERIFY(!report->written);
        QCOMPARE(count("accounts"), 0);
        // A shorter row leaves its missing cells empty; an empty field past the header loses nothing.
        QCOMPARE(report->added, 2);
    }

    // An export brought back into its own database changes nothing: phone numbers keep no apostrophe, and
    // cells neutralised as formulas match the records they came from instead of adding them again.
    void anExportComesBackUnchangedIntoItsOwnDatabase()
    {
        QVERIFY(addAccount({ { QStringLiteral("name"), QStringLiteral("Acme Ltd") },
            { QStringLiteral("city"), QStringLiteral("Leeds") },
            { QStringLiteral("phone"), QStringLiteral("+44 113 496 0000") } }));
        QVERIFY(addAccount({ { QStringLiteral("name"), QStringLiteral("@Home Ltd") },
            { QStringLiteral("phone"), QStringLiteral("+1 (408) 555-0100") } }));
        QVERIFY(addAccount({ { QStringLiteral("name"), QStringLiteral("=Sum & Co") },
            { QStringLiteral("email"), QStringLiteral("sum@example.com") },
            { QStringLiteral("notes"), QStringLiteral("-5 units\n+3 more") } }));
        QVERIFY(addAccount({ { QStringLiteral("name"), QStringLiteral("-Minus") },
            { QStringLiteral("website"), QStringLiteral("+A1") } }));
        const auto before = records(*m_db, entities::account());
        const QByteArray file = exported(entities::account());
        QVERIFY2(file.contains(",+44 113 496 0000,"), file);
        QVERIFY2(file.contains(",'@Home Ltd,"), file);

        auto report = import(QString::fromUtf8(file));
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->rejected.size(), 0);
        QCOMPARE(report->added, 0);
        QCOMPARE(report->updated, 4);
        QVERIFY(report->changes.isEmpty());
        QCOMPARE(records(*m_db, entities::account()), before);
    }

    // A multi-line address or note goes out in quotes and comes back with its lines.
    void multiLineValuesRoundTripThroughCsv()
    {
        QVERIFY(addAccount({ { QStringLiteral("name"), QStringLiteral("Harbour Freight") },
            { QStringLiteral("address"), QStringLiteral("Unit 5, Block B\n1 Quayside Road") },
            { QStringLiteral("notes"), QStringLiteral("Prefers mornings.\n\nAsk for the loading bay.") } }));
        const QByteArray file = exported(entities::account());
        QVERIFY2(file.contains("\"Unit 5, Block B\n1 Quayside Road\""), file);
        auto other = test::openIn(m_dir, QStringLiteral("csv-round-trip.db"));
        QVERIFY(other);
        auto table = CsvReader::read(file, QStringLiteral("accounts.csv"));
        QVERIFY2(table, qPrintable(table.error().message));
        auto report = Importer(*other).importTable(entities::account(), *table,
            importing::mapHeader(entities::account(), table->header), false, Importer::OnError::Abort);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 1);
        const auto back = records(*other, entities::account());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().value(QStringLiteral("address")),
            QStringLiteral("Unit 5, Block B\n1 Quayside Road"));
        QCOMPARE(back.first().value(QStringLiteral("notes")),
            QStringLiteral("Prefers mornings.\n\nAsk for the loading bay."));
    }

    void multiLineValuesRoundTripThroughTheArchive()
    {
        const qint64 account = addAccount({ { QStringLiteral("name"), QStringLiteral("Harbour Freight") },
            { QStringLiteral("address"), QStringLiteral("Unit 5, Block B\n1 Quayside Road") },
            { QStringLiteral("notes"), QStringLiteral("Line one\n\nLine \"three\"") } });
        QVERIFY(account);
        auto archive = Archive::exportAll(*m_db);
        QVERIFY(archive);
        auto other = test::openIn(m_dir, QStringLiteral("archive-lines.db"));
        QVERIFY(other);
        QVERIFY(!Archive::importAll(*other, *archive, QStringLiteral("all.json")));
        QCOMPARE(records(*other, entities::account()), records(*m_db, entities::account()));
        QCOMPARE(records(*other, entities::account()).first().value(QStringLiteral("address")),
            QStringLiteral("Unit 5, Block B\n1 Quayside Road"));
    }

    void contactNotesKeepTheirLinesThroughVCards()
    {
        const qint64 account = addAccount({ { QStringLiteral("name"), QStringLiteral("Lee Farms") } });
        QVERIFY(EntityStore(*m_db).add(entities::contact(),
            { { QStringLiteral("account_id"), QString::number(account) },
                { QStringLiteral("name"), QStringLiteral("Ann Lee") },
                { QStringLiteral("notes"),
                    QStringLiteral("Calls back after six.\nNot on Fridays; ever.") } }));
        auto cards = Importer(*m_db).contactsAsVCards();
        QVERIFY(cards);
        auto read = VCardReader::read(VCardWriter::write(*cards, VCardWriter::Version::V3));
        QVERIFY(read);
        auto other = test::openIn(m_dir, QStringLiteral("vcard-lines.db"));
        QVERIFY(other);
        auto report = Importer(*other).importVCards(read->cards, false, Importer::OnError::Abort);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(records(*other, entities::contact()).value(0).value(QStringLiteral("notes")),
            QStringLiteral("Calls back after six.\nNot on Fridays; ever."));
    }

    void aDryRunCountsAndWritesNothing()
    {
        auto report = import(QStringLiteral("name\nA\nB\nA\n"), true);
        QVERIFY(report);
        // The third row matches the first (same name, no city): one update, even in a dry run.
        QCOMPARE(report->added, 2);
        QCOMPARE(report->updated, 1);
        QVERIFY(!report->written);
        QCOMPARE(count("accounts"), 0);
    }

    void matchesByEmailThenByNameAndCity()
    {
        QVERIFY(import(QStringLiteral("name,city,email\nAcme,Leeds,acme@example.com\nBeta,York,\n")));
        auto again
            = import(QStringLiteral("name,city,email,phone\nACME Limited,Leeds,ACME@example.com,0113 1\n"
                                    "Beta,York,,0190 2\nBeta,Hull,,\n"));
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(again->updated, 2);
        QCOMPARE(again->added, 1); // Beta in another city is another customer
        QCOMPARE(sql::scalar(m_db->connection(),
                     QStringLiteral("SELECT name || ' ' || phone FROM accounts WHERE city = 'Leeds'"))
                     ->toString(),
            QStringLiteral("ACME Limited 0113 1"));
        QCOMPARE(count("accounts"), 3);
    }

    void rowsRepeatedInTheFileUpdateTheFirst()
    {
        // Matching keeps up with the rows the import itself adds: the second Acme is the first one again.
        auto report = import(QStringLiteral("name,city,email\nAcme,Leeds,\nAcme,Leeds,a@acme.example\n"
                                            "Other,York,A@ACME.example\n"));
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 1);
        QCOMPARE(report->updated, 2);
        QCOMPARE(count("accounts"), 1);
    }

    void emptyRowsExcelLeavesAreSkipped()
    {
        auto report = import(QStringLiteral("name,city\r\nAcme,Leeds\r\n,\r\n , \r\nBeta,York\r\n,,\r\n"));
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 2);
        QVERIFY(report->rejected.isEmpty());
        QCOMPARE(count("accounts"), 2);
    }

    void aCustomerListsContactPersonBecomesAContact()
    {
        const QString csv = QStringLiteral("客户名称,城市,联系人,职务,联系人手机\n"
                                           "苏州恒达机电,苏州,周杰,采购经理,13912345678\n"
                                           "无锡新材料,无锡,,,\n"
                                           "常州精工,常州,,,13800000000\n");
        auto report = import(csv, false, Importer::OnError::Skip);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 2);
        QCOMPARE(report->contactsAdded, 1);
        QCOMPARE(report->rejected.size(), 1);
        QCOMPARE(report->rejected.first().line, 4);
        QCOMPARE(report->rejected.first().reason,
            QStringLiteral("Contact's mobile is given without a Contact person."));
        // The rejected row wrote nothing: no account without its contact.
        QCOMPARE(count("accounts"), 2);
        QCOMPARE(
            sql::scalar(m_db->connection(),
                QStringLiteral(
                    "SELECT c.name || ' ' || c.title || ' ' || c.mobile || ' ' || a.name FROM contacts c "
                    "JOIN accounts a ON a.party_id = c.account_id"))
                ->toString(),
            QStringLiteral("周杰 采购经理 13912345678 苏州恒达机电"));
        // The same person again is brought up to date, not added twice.
        auto again = import(QStringLiteral("客户名称,城市,联系人,职务\n苏州恒达机电,苏州,周杰,总经理\n"));
        QVERIFY(again);
        QCOMPARE(again->updated, 1);
        QCOMPARE(again->contactsAdded, 0);
        QCOMPARE(count("contacts"), 1);
        QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT title FROM contacts"))->toString(),
            QStringLiteral("总经理"));
    }

    void anImportIsTakenBackAndDoneAgain()
    {
        QVERIFY(import(QStringLiteral("name,city,phone\nAcme,Leeds,0113 1\n")));
        const QString before
            = sql::scalar(m_db->connection(), QStringLiteral("SELECT party_id || ' ' || phone FROM accounts"))
                  ->toString();
        const int audit = count("audit_log");
        auto report
            = import(QStringLiteral("name,city,phone,联系人\nAcme,Leeds,0113 2,Ann\nBeta,York,,Bob\n"));
        QVERIFY(report);
        QCOMPARE(report->changes.size(), 4); // Acme updated, Ann added, Beta added, Bob added
        auto mark = Importer::auditMark(*m_db);
        QVERIFY(mark);

        QVERIFY(!Importer::undo(*m_db, report->changes, *mark));
        QCOMPARE(count("accounts"), 1);
        QCOMPARE(count("contacts"), 0);
        QCOMPARE(
            sql::scalar(m_db->connection(), QStringLiteral("SELECT party_id || ' ' || phone FROM accounts"))
                ->toString(),
            before);
        QVERIFY(count("audit_log") > audit); // the taking back is on the record too
        QCOMPARE(SearchIndex(*m_db).find(QStringLiteral("Beta"), 10)->size(), 0);

        QVERIFY(!Importer::redo(*m_db, report->changes));
        QCOMPARE(count("accounts"), 2);
        QCOMPARE(count("contacts"), 2);
        QCOMPARE(SearchIndex(*m_db).find(QStringLiteral("Beta"), 10)->size(), 1); // found again
        QCOMPARE(
            sql::scalar(m_db->connection(), QStringLiteral("SELECT phone FROM accounts WHERE name = 'Acme'"))
                ->toString(),
            QStringLiteral("0113 2"));

        // Built on since: a contact edited after the import keeps the import where it is.
        mark = Importer::auditMark(*m_db);
        const qint64 ann
            = sql::scalar(m_db->connection(), QStringLiteral("SELECT id FROM contacts WHERE name = 'Ann'"))
                  ->toLongLong();
        QVERIFY(EntityStore(*m_db).update(
            entities::contact(), ann, { { QStringLiteral("title"), QStringLiteral("Buyer") } }));
        const Error refused = Importer::undo(*m_db, report->changes, *mark);
        QCOMPARE(
            refused.message, QStringLiteral("The import cannot be taken back: Ann was changed after it."));
        QCOMPARE(count("accounts"), 2);
        QCOMPARE(count("contacts"), 2);
    }

    void cancellingLeavesTheDatabaseAsItWas()
    {
        QVERIFY(import(QStringLiteral("name,city\nAcme,Leeds\n")));
        QString csv = QStringLiteral("name,city\n");
        for (int row = 0; row < 1000; ++row) {
            csv += QStringLiteral("Customer %1,York\n").arg(row);
        }
        csv += QStringLiteral("Acme,Leeds\n");
        auto table = CsvReader::read(csv.toUtf8(), QStringLiteral("clients.csv"));
        QVERIFY(table);
        int asked = 0;
        auto report = Importer(*m_db).importTable(entities::account(), *table,
            importing::mapHeader(entities::account(), table->header), false, Importer::OnError::Abort,
            [&asked](int done, int) {
                ++asked;
                return done < 600; // Cancel pressed while the rows are going in
            });
        QVERIFY(!report);
        QCOMPARE(report.error().message, QStringLiteral("The import was cancelled; nothing was written."));
        QVERIFY(asked > 1);
        QCOMPARE(count("accounts"), 1);
        QCOMPARE(count("parties"), 3); // Acme and the two colleagues
        // The client's own entries; a team server adds rows of its own (row_insert...) for every change.
        QCOMPARE(sql::scalar(m_db->connection(),
                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action NOT LIKE 'row_%'"))
                     ->toInt(),
            3);
    }

    void anOwnerWhoLeftIsRefused()
    {
        auto report = import(QStringLiteral("name,owner\nAcme,Gone Guy\n"));
        QVERIFY(report);
        QCOMPARE(report->rejected.size(), 1);
        QVERIFY2(report->rejected.first().reason.contains(QStringLiteral("left")),
            qPrintable(report->rejected.first().reason));
    }

    void aNameColumnIsNeeded()
    {
        auto report = import(QStringLiteral("city\nLeeds\n"));
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::BadInput);
    }

    void contactsFindTheirAccount()
    {
        QVERIFY(import(QStringLiteral("客户名称\n苏州恒达机电\n")));
        auto report
            = import(QStringLiteral("联系人,公司,手机,职务\n周杰,苏州恒达机电,13912345678,采购经理\n"), false,
                Importer::OnError::Abort, entities::contact());
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 1);
        QCOMPARE(
            sql::scalar(m_db->connection(), QStringLiteral("SELECT mobile FROM contacts WHERE name = '周杰'"))
                ->toString(),
            QStringLiteral("13912345678"));
    }

    void vCardsFindOrCreateTheirAccountAndRoundTrip()
    {
        QVERIFY(import(QStringLiteral("客户名称\n苏州恒达机电\n")));
        const QByteArray cards
            = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:周杰\r\nORG:苏州恒达机电\r\nTEL;TYPE=CELL:13912345678\r\n"
              "TEL;TYPE=WORK:0512 1234\r\nEMAIL:zhou@hengda.example\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nORG:Lee Farms\r\nEND:VCARD\r\n"
              "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Solo Person\r\nEND:VCARD\r\n";
        auto parsed = VCardReader::read(cards);
        QVERIFY(parsed);
        int accounts = 0;
        auto report = Importer(*m_db).importVCards(parsed->cards, false, Importer::OnError::Abort, &accounts);
        QVERIFY2(report, qPrintable(report.error().message));
        QCOMPARE(report->added, 3);
        // Lee Farms is created; a card without ORG is a person who is their own account.
        QCOMPARE(accounts, 2);
        QCOMPARE(
            sql::scalar(m_db->connection(),
                QStringLiteral(
                    "SELECT a.name || ' ' || c.mobile || ' ' || c.phone FROM contacts c JOIN accounts a ON "
                    "a.party_id = c.account_id WHERE c.name = '周杰'"))
                ->toString(),
            QStringLiteral("苏州恒达机电 13912345678 0512 1234"));
        QCOMPARE(sql::scalar(m_db->connection(),
                     QStringLiteral("SELECT kind FROM accounts WHERE name = 'Solo Person'"))
                     ->toString(),
            QStringLiteral("person"));
        // Out and in again: the same contacts, matched rather than added twice.
        auto out = Importer(*m_db).contactsAsVCards();
        QVERIFY(out);
        QCOMPARE(out->size(), 3);
        auto again = VCardReader::read(VCardWriter::write(*out));
        QVERIFY(again);
        auto second = Importer(*m_db).importVCards(again->cards, false, Importer::OnError::Abort);
        QVERIFY(second);
        QCOMPARE(second->added, 0);
        QCOMPARE(second->updated, 3);
        QCOMPARE(count("contacts"), 3);
    }

    void aDryRunOfVCardsCreatesNoAccounts()
    {
        auto parsed
            = VCardReader::read("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Lee\r\nORG:Lee Farms\r\nEND:VCARD\r\n");
        QVERIFY(parsed);
        auto report = Importer(*m_db).importVCards(parsed->cards, true, Importer::OnError::Abort);
        QVERIFY(report);
        QCOMPARE(report->added, 1);
        QCOMPARE(count("accounts"), 0);
        QCOMPARE(count("contacts"), 0);
    }

    void anArchiveRoundTripsExactly()
    {
        auto source = test::openIn(m_dir, QStringLiteral("archive-source.db"));
        QVERIFY(!DemoOrganisation::fill(*source, DemoOrganisation::Language::Chinese));
        auto first = Archive::exportAll(*source);
        QVERIFY(first);
        auto empty = test::openIn(m_dir, QStringLiteral("archive-target.db"));
        QVERIFY(!Archive::importAll(*empty, *first, QStringLiteral("demo.json")));
        auto second = Archive::exportAll(*empty);
        QVERIFY(second);
        if (m_db->isServer()) {
            // A team server adds audit rows of its own as the tables fill: the same data, a longer log.
            QCOMPARE(Maintenance(*empty).counts()->size(), Maintenance(*source).counts()->size());
            QVERIFY(*Maintenance(*empty).counts() == *Maintenance(*source).counts());
        } else {
            QCOMPARE(*second, *first);
        }
        // Only into an empty database, and nothing half-written from a broken file.
        QCOMPARE(Archive::importAll(*empty, *first, QStringLiteral("demo.json")).kind, ErrorKind::BadInput);
        auto third = test::openIn(m_dir, QStringLiteral("archive-broken.db"));
        const Error broken
            = Archive::importAll(*third, first->left(first->size() / 2), QStringLiteral("demo.json"));
        QCOMPARE(broken.kind, ErrorKind::BadInput);
        QVERIFY(broken.message.startsWith(QStringLiteral("demo.json")));
        QCOMPARE(
            sql::scalar(third->connection(), QStringLiteral("SELECT count(*) FROM parties"))->toInt(), 0);
        // Read row by row, the archive may be laid out any way JSON allows.
        const QByteArray compact = QJsonDocument::fromJson(*first).toJson(QJsonDocument::Compact);
        auto fourth = test::openIn(m_dir, QStringLiteral("archive-compact.db"));
        QVERIFY(!Archive::importAll(*fourth, compact, QStringLiteral("demo.json")));
        if (m_db->isServer()) {
            QVERIFY(*Maintenance(*fourth).counts() == *Maintenance(*source).counts());
        } else {
            QCOMPARE(*Archive::exportAll(*fourth), *first);
        }
        // A row that is not JSON stops the lot, naming the byte.
        QByteArray damaged = *first;
        const qsizetype row = damaged.indexOf("\"display_name\"", damaged.size() / 2);
        damaged.replace(row, 14, "\"display_name ");
        auto fifth = test::openIn(m_dir, QStringLiteral("archive-damaged.db"));
        const Error refused = Archive::importAll(*fifth, damaged, QStringLiteral("demo.json"));
        QVERIFY2(refused.message.startsWith(QStringLiteral("demo.json is not valid JSON (at byte ")),
            qPrintable(refused.message));
        QCOMPARE(
            sql::scalar(fifth->connection(), QStringLiteral("SELECT count(*) FROM parties"))->toInt(), 0);
        QCOMPARE(Archive::importAll(*fifth, R"({"tables": {}})", QStringLiteral("other.json")).message,
            QStringLiteral("other.json is not a Tandem archive."));
    }

    void aCalendarOfWhatIsDue()
    {
        EntityStore store(*m_db);
        const qint64 account
            = *store.add(entities::account(), { { QStringLiteral("name"), QStringLiteral("苏州恒达机电") } });
        QVERIFY(store.add(entities::interaction(),
            { { QStringLiteral("account_id"), QString::number(account) },
                { QStringLiteral("kind"), QStringLiteral("call") },
                { QStringLiteral("staff_id"), QString::number(m_rita) },
                { QStringLiteral("occurred_at"), QStringLiteral("2026-11-20T09:00:00Z") },
                { QStringLiteral("next_step"), QStringLiteral("Send the quote, with prices; and terms") },
                { QStringLiteral("next_step_due"), QStringLiteral("2026-12-01") } }));
        QVERIFY(store.add(entities::request(),
            { { QStringLiteral("requester"), QString::number(account) },
                { QStringLiteral("provider"), QString::number(m_rita) },
                { QStringLiteral("title"),
                    QStringLiteral("Commission a pump whose very long title goes well past the "
                                   "seventy-five octets a content line may hold") },
                { QStringLiteral("created_at"), QStringLiteral("2026-11-20T09:00:00Z") },
                { QStringLiteral("due_at"), QStringLiteral("2026-12-03T10:00:00Z") } }));
        auto calendar = Calendar::write(*m_db, {});
        QVERIFY(calendar);
        const QByteArray text = *calendar;
        QVERIFY(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(text.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(text.count("BEGIN:VEVENT"), 2);
        QVERIFY(text.contains("DTSTART;VALUE=DATE:20261201\r\n"));
        QVERIFY(text.contains("DTSTART:20261203T100000Z\r\n"));
        QVERIFY(text.contains("UID:request-"));
        // Commas and semicolons escaped; every line at most 75 octets and ended by CRLF.
        QVERIFY(text.contains("Send the quote\\, with prices\\; and terms"));
        for (const QByteArray& line : text.split('\n')) {
            if (!line.isEmpty()) {
                QVERIFY(line.endsWith('\r'));
                QVERIFY2(line.size() - 1 <= 75, line.constData());
            }
        }
        // Unfolded, the long title is whole again.
        QVERIFY(QByteArray(text).replace("\r\n ", "").contains("goes well past the seventy-five octets"));
    }

    void gb18030FromChineseExcel()
    {
        QStringEncoder gb("GB18030");
        const QByteArray bytes = gb.encode(QStringLiteral("客户名称,城市\r\n苏州恒达机电,苏州\r\n"));
        auto table = CsvReader::read(bytes, QStringLiteral("clients.csv"));
        QVERIFY(table);
        auto report = Importer(*m_db).importTable(entities::account(), *table,
            importing::mapHeader(entities::account(), table->header), false, Importer::OnError::Abort);
        QVERIFY(report);
        QCOMPARE(sql::scalar(m_db->connection(), QStringLiteral("SELECT city FROM accounts"))->toString(),
            QStringLiteral("苏州"));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
