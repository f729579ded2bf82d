#include "Csv.h"

#include <QStringEncoder>
#include <QTest>

using namespace tandem;

// CSV as people have it: Excel's dialects and encodings, and the edge cases of hand-made files.
class TestCsv : public QObject
{
    Q_OBJECT

    static CsvTable read(const QByteArray& bytes)
    {
        auto table = CsvReader::read(bytes, QStringLiteral("accounts.csv"));
        if (!table) {
            qWarning("%s", qPrintable(table.error().message));
            return {};
        }
        return *table;
    }

private slots:
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("客户名称,城市\n苏州恒达机电,苏州\n");
        QTest::newRow("UTF-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << QStringLiteral("UTF-8");
        QStringEncoder gb("GB18030");
        QVERIFY(gb.isValid());
        QTest::newRow("GB18030 from Chinese Excel")
            << QByteArray(gb.encode(text)) << QStringLiteral("GB18030");
        // Excel's "Unicode text": UTF-16 little-endian with a BOM, tab-separated.
        QString tabbed = text;
        tabbed.replace(QLatin1Char(','), QLatin1Char('\t'));
        QStringEncoder utf16(QStringEncoder::Utf16LE);
        QTest::newRow("UTF-16 LE, tabs")
            << QByteArray("\xFF\xFE") + QByteArray(utf16.encode(tabbed)) << QStringLiteral("UTF-16");
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const CsvTable table = read(bytes);
        QCOMPARE(table.encoding, encoding);
        QCOMPARE(table.header, (QStringList { QStringLiteral("客户名称"), QStringLiteral("城市") }));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(
            table.rows.first(), (QStringList { QStringLiteral("苏州恒达机电"), QStringLiteral("苏州") }));
    }

    void dialects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("comma, CRLF") << QByteArray("name,city\r\nAcme,Leeds\r\n") << QChar(QLatin1Char(','));
        QTest::newRow("semicolon (European Excel)")
            << QByteArray("name;city\nAcme;Leeds\n") << QChar(QLatin1Char(';'));
        QTest::newRow("tab") << QByteArray("name\tcity\nAcme\tLeeds") << QChar(QLatin1Char('\t'));
        QTest::newRow("commas inside quotes do not count")
            << QByteArray("name;city\n\"Acme, Ltd\";Leeds\n") << QChar(QLatin1Char(';'));
    }

    void dialects()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, delimiter);
        const CsvTable table = read(bytes);
        QCOMPARE(table.delimiter, delimiter);
        QCOMPARE(table.header, (QStringList { QStringLiteral("name"), QStringLiteral("city") }));
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.first().last(), QStringLiteral("Leeds"));
    }

    void quotedFields()
    {
        const CsvTable table = read(QByteArrayLiteral("name,notes,city\r\n\"Acme, Ltd\",\"He said "
                                                      "\"\"hello\"\"\r\nand left\",Leeds\r\nBeta,,\"\"\r\n"));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0),
            (QStringList { QStringLiteral("Acme, Ltd"), QStringLiteral("He said \"hello\"\nand left"),
                QStringLiteral("Leeds") }));
        QCOMPARE(table.rows.at(1), (QStringList { QStringLiteral("Beta"), QString(), QString() }));
        // The second row begins on line 4: the first spans lines 2 and 3.
        QCOMPARE(table.lines, (QList<int> { 2, 4 }));
    }

    void raggedRowsAndBlankLinesAreKeptAsTheyAre()
    {
        const CsvTable table = read(QByteArrayLiteral("a,b,c\n1,2\n\n1,2,3,4\n"));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows.at(0).size(), 2);
        QCOMPARE(table.rows.at(1).size(), 4);
        QCOMPARE(table.lines, (QList<int> { 2, 4 }));
    }

    void headerOnly()
    {
        const CsvTable table = read(QByteArrayLiteral("name,city\n"));
        QCOMPARE(table.header.size(), 2);
        QVERIFY(table.rows.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("accounts.csv is empty");
        QTest::newRow("only blank lines") << QByteArray("\r\n\n") << QStringLiteral("accounts.csv is empty");
        QTest::newRow("unterminated quote")
            << QByteArray("name,city\nAcme,Leeds\n\"Beta,York\n")
            << QStringLiteral("accounts.csv, line 3: a quoted field is never closed");
        // UTF-16 saved without its byte order mark reads as UTF-8 with a NUL after every letter.
        QTest::newRow("UTF-16 without a BOM")
            << QByteArrayLiteral("n\0a\0m\0e\0\n\0A\0\n\0")
            << QStringLiteral("accounts.csv, line 1, field 1: holds a NUL character");
    }

    void refusals()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, sentence);
        auto table = CsvReader::read(bytes, QStringLiteral("accounts.csv"));
        QVERIFY(!table);
        QCOMPARE(table.error().kind, ErrorKind::BadInput);
        QVERIFY2(table.error().message.startsWith(sentence), qPrintable(table.error().message));
    }

    void aTenMegabyteField()
    {
        const QByteArray big(10 * 1024 * 1024, 'x');
        const CsvTable table = read("name,notes\nAcme,\"" + big + "\"\n");
        QCOMPARE(table.rows.size(), 1);
        QCOMPARE(table.rows.first().last().size(), big.size());
    }

    void writerNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")")
                                << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        // A phone number is no formula: an apostrophe would be written into the number.
        QTest::newRow("phone number") << QStringLiteral("+86 512 1234") << QStringLiteral("+86 512 1234");
        QTest::newRow("phone number with punctuation")
            << QStringLiteral("+1 (408) 555-0100") << QStringLiteral("+1 (408) 555-0100");
        QTest::newRow("plus and a formula") << QStringLiteral("+A1*2") << QStringLiteral("'+A1*2");
        QTest::newRow("plus and a function")
            << QStringLiteral("+86 SUM(A1)") << QStringLiteral("'+86 SUM(A1)");
        QTest::newRow("plus alone") << QStringLiteral("+") << QStringLiteral("'+");
        // Kept apart from a neutralised cell, so that reading it back gives the apostrophe too.
        QTest::newRow("apostrophe and equals") << QStringLiteral("'=1") << QStringLiteral("''=1");
        QTest::newRow("apostrophe and text") << QStringLiteral("'quoted'") << QStringLiteral("'quoted'");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("comma is quoted") << QStringLiteral("Acme, Ltd") << QStringLiteral("\"Acme, Ltd\"");
        QTest::newRow("newline is quoted") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    }

    void writerNeutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter().field(cell), written);
    }

    // What the writer neutralised comes back as it was, and nothing else changes.
    void neutralisedCellsComeBackAsTheyWere()
    {
        const QStringList cells { QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+44 113 496 0000"),
            QStringLiteral("+A1"), QStringLiteral("-5 units\n+3 more"), QStringLiteral("@home"),
            QStringLiteral("\t=1"), QStringLiteral("'=1"), QStringLiteral("''+1"), QStringLiteral("''"),
            QStringLiteral("'quoted'"), QStringLiteral("it's"), QStringLiteral("1 High St\nFloor 2"),
            QString() };
        const CsvWriter writer;
        const CsvTable table = read(CsvWriter::start() + writer.line(cells) + writer.line(cells));
        QCOMPARE(table.rows.size(), 1);
        QStringList back;
        for (const QString& cell : table.rows.first()) {
            back << CsvReader::unneutralised(cell);
        }
        QCOMPARE(back, cells);
        QCOMPARE(CsvReader::unneutralised(QStringLiteral("'")), QStringLiteral("'"));
        QCOMPARE(CsvReader::unneutralised(QStringLiteral("'+86 512 1234")), QStringLiteral("+86 512 1234"));
    }

    void roundTrip()
    {
        const QList<QStringList> rows { { QStringLiteral("name"), QStringLiteral("notes") },
            { QStringLiteral("苏州恒达机电"), QStringLiteral("He said \"hi\",\nthen left") },
            { QStringLiteral("Acme"), QString() } };
        const CsvWriter writer(QLatin1Char(','), false);
        QByteArray bytes = CsvWriter::start();
        for (const QStringList& row : rows) {
            bytes += writer.line(row);
        }
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const CsvTable table = read(bytes);
        QCOMPARE(table.header, rows.first());
        QCOMPARE(table.rows, rows.mid(1));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
