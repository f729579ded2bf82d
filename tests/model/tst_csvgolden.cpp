#include "Csv.h"
#include "Entities.h"
#include "ImportMapping.h"
#include "Importer.h"
#include "Sql.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace tandem;

namespace {

const QString expectedSuffix = QStringLiteral(".expected.json");

QDir goldenDir()
{
    return QDir(QStringLiteral(TANDEM_CSV_DIR));
}

// Every file in the folder that is not itself an expected result (hidden files such as .gitattributes are
// not listed).
QStringList inputFiles()
{
    QStringList inputs;
    const QStringList files = goldenDir().entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        if (!file.endsWith(expectedSuffix)) {
            inputs << file;
        }
    }
    return inputs;
}

QJsonObject expectedFor(const QString& input)
{
    const QByteArray json = test::fileBytes(goldenDir().filePath(input + expectedSuffix));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        qWarning(
            "%s%s: %s", qPrintable(input), qPrintable(expectedSuffix), qPrintable(parseError.errorString()));
        return {};
    }
    return document.object();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray()) {
        out << item.toString();
    }
    return out;
}

// A row as JSON on one line, so that a failing comparison shows line breaks and quotes in the cells.
QString describeRow(const QStringList& cells)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact));
}

QStringList describeRows(const QList<QStringList>& rows)
{
    QStringList out;
    for (const QStringList& row : rows) {
        out << describeRow(row);
    }
    return out;
}

QStringList describeRows(const QJsonValue& rows)
{
    QStringList out;
    for (const QJsonValue& row : rows.toArray()) {
        out << describeRow(strings(row));
    }
    return out;
}

QList<int> integers(const QJsonValue& value)
{
    QList<int> out;
    for (const QJsonValue& item : value.toArray()) {
        out << item.toInt();
    }
    return out;
}

} // namespace

// Golden files in tests/model/csv: CSV in each encoding and dialect Tandem reads, and the edge cases of
// hand-made and cut-off files, each with <file>.expected.json saying what reading it gives: the table
// (encoding, delimiter, header, rows, lines), or part of the sentence that refuses it and the line that
// sentence names (no "line": it names none); with "import", what importing it as that entity adds and
// which lines it rejects, and why. The expected results were written from RFC 4180, Csv.h and Importer.h, not
// from the reader's output. (The 10 MB field is made in memory by tst_csv rather than kept here.)
class TestCsvGolden : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // A new golden file without an expected result would otherwise be skipped in silence.
    void everyInputHasAnExpectedResult()
    {
        const QStringList inputs = inputFiles();
        // None at all: TANDEM_CSV_DIR is wrong, and every other check would pass on nothing.
        QVERIFY2(!inputs.isEmpty(), qPrintable(QStringLiteral("no golden files in ") + goldenDir().path()));
        QStringList missing;
        for (const QString& input : inputs) {
            if (!goldenDir().exists(input + expectedSuffix)) {
                missing << input;
            }
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("no expected result for ") + missing.join(QStringLiteral(", "))));
    }

    // And an expected result whose input was renamed or removed checks nothing.
    void everyExpectedResultHasAnInput()
    {
        QStringList orphans;
        const QStringList expected
            = goldenDir().entryList({ QLatin1Char('*') + expectedSuffix }, QDir::Files);
        for (const QString& file : expected) {
            if (!goldenDir().exists(file.chopped(expectedSuffix.size()))) {
                orphans << file;
            }
        }
        QVERIFY2(orphans.isEmpty(),
            qPrintable(QStringLiteral("no input for ") + orphans.join(QStringLiteral(", "))));
    }

    void readsAsExpected_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString& input : inputFiles()) {
            if (goldenDir().exists(input + expectedSuffix)) {
                QTest::addRow("%s", qPrintable(input)) << input;
            }
        }
    }

    void readsAsExpected()
    {
        QFETCH(QString, fileName);
        const QJsonObject expected = expectedFor(fileName);
        QVERIFY2(!expected.isEmpty(), "the expected result is not a JSON object");
        const QByteArray bytes = test::fileBytes(goldenDir().filePath(fileName));
        auto table = CsvReader::read(bytes, fileName);

        if (expected.contains(QStringLiteral("error"))) {
            QVERIFY2(!table,
                qPrintable(QStringLiteral("read, with %1 rows, but should have been refused")
                               .arg(table ? table->rows.size() : 0)));
            const QString sentence = table.error().message;
            QCOMPARE(table.error().kind, ErrorKind::BadInput);
            // The user sees this sentence alone: it must say which file.
            QVERIFY2(sentence.startsWith(fileName), qPrintable(sentence));
            QVERIFY2(
                sentence.contains(expected.value(QStringLiteral("error")).toString()), qPrintable(sentence));
            static const QRegularExpression lineNumber(QStringLiteral("\\bline (\\d+)"));
            const QRegularExpressionMatch named = lineNumber.match(sentence);
            if (expected.contains(QStringLiteral("line"))) {
                QVERIFY2(named.hasMatch(), qPrintable(sentence));
                QCOMPARE(named.captured(1).toInt(), expected.value(QStringLiteral("line")).toInt());
            } else {
                QVERIFY2(!named.hasMatch(), qPrintable(sentence));
            }
            return;
        }

        QVERIFY2(table, qPrintable(table.error().message));
        QCOMPARE(table->encoding, expected.value(QStringLiteral("encoding")).toString());
        QCOMPARE(QString(table->delimiter), expected.value(QStringLiteral("delimiter")).toString());
        QCOMPARE(table->header, strings(expected.value(QStringLiteral("header"))));
        QCOMPARE(describeRows(table->rows), describeRows(expected.value(QStringLiteral("rows"))));
        QCOMPARE(table->lines, integers(expected.value(QStringLiteral("lines"))));
    }

    void importsAsExpected_data()
    {
        QTest::addColumn<QString>("fileName");
        for (const QString& input : inputFiles()) {
            if (expectedFor(input).contains(QStringLiteral("import"))) {
                QTest::addRow("%s", qPrintable(input)) << input;
            }
        }
    }

    // Rows are rejected through the usual report: all or nothing writes nothing; skipping writes the rest,
    // and the rejected rows go to their file with the reason in the last column.
    void importsAsExpected()
    {
        QFETCH(QString, fileName);
        const QJsonObject expected = expectedFor(fileName).value(QStringLiteral("import")).toObject();
        const Entity* entity = entities::find(expected.value(QStringLiteral("entity")).toString());
        QVERIFY(entity);
        QStringList rejected;
        for (const QJsonValue& row : expected.value(QStringLiteral("rejected")).toArray()) {
            rejected << QStringLiteral("line %1: %2")
                            .arg(row[QStringLiteral("line")].toInt())
                            .arg(row[QStringLiteral("reason")].toString());
        }
        static int serial = 0;
        auto database = test::openIn(m_dir, QStringLiteral("imported%1.db").arg(++serial));
        QVERIFY(database);
        auto table = CsvReader::read(test::fileBytes(goldenDir().filePath(fileName)), fileName);
        QVERIFY2(table, qPrintable(table.error().message));
        const QHash<int, QString> mapping = importing::mapHeader(*entity, table->header);
        auto stored = [&] {
            return sql::scalar(
                database->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(entity->table))
                ->toInt();
        };
        auto reasons = [](const Importer::Report& report) {
            QStringList out;
            for (const Importer::Rejected& row : report.rejected) {
                out << QStringLiteral("line %1: %2").arg(row.line).arg(row.reason);
            }
            return out;
        };

        auto abort
            = Importer(*database).importTable(*entity, *table, mapping, false, Importer::OnError::Abort);
        QVERIFY2(abort, qPrintable(abort.error().message));
        QCOMPARE(reasons(*abort), rejected);
        QCOMPARE(abort->written, rejected.isEmpty());
        if (!rejected.isEmpty()) {
            QCOMPARE(stored(), 0);
            auto skip
                = Importer(*database).importTable(*entity, *table, mapping, false, Importer::OnError::Skip);
            QVERIFY2(skip, qPrintable(skip.error().message));
            QCOMPARE(reasons(*skip), rejected);
            QVERIFY(skip->written);
            auto file = CsvReader::read(
                Importer::rejectedCsv(table->header, *skip), QStringLiteral("rejected.csv"));
            QVERIFY2(file, qPrintable(file.error().message));
            QCOMPARE(file->rows.size(), rejected.size());
            for (int row = 0; row < file->rows.size(); ++row) {
                // Every cell as the file had it, and why, under the header's last column.
                const Importer::Rejected& refused = skip->rejected.at(row);
                QCOMPARE(file->rows.at(row).size(), file->header.size());
                QCOMPARE(file->rows.at(row).mid(0, refused.cells.size()), refused.cells);
                QCOMPARE(file->rows.at(row).last(),
                    QStringLiteral("Line %1: %2").arg(refused.line).arg(refused.reason));
            }
        }
        QCOMPARE(stored(), expected.value(QStringLiteral("added")).toInt());
    }

    // What Chinese Excel saves, through the importer as a user would bring it in: headers and segment
    // words in Chinese find their fields and stored values.
    void chineseSpreadsheetsImportAsAccounts_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("updated");
        QTest::addColumn<QStringList>("segmentsByName"); // "name=stored segment"

        // The fourth row repeats the first account (same name and city): an update, not a new account.
        QTest::addRow("gb18030.csv") << QStringLiteral("gb18030.csv") << 3 << 1
                                     << QStringList { QStringLiteral("苏州恒达机电=loyal"),
                                            QStringLiteral("无锡新材料有限公司=potential"),
                                            QStringLiteral("常州精工,有限公司=floating") };
        QTest::addRow("utf16le-tab.txt")
            << QStringLiteral("utf16le-tab.txt") << 3 << 0
            << QStringList { QStringLiteral("无锡新材料=potential"), QStringLiteral("Acme Ltd=loyal"),
                   QStringLiteral("常州精工=floating") };
    }

    void chineseSpreadsheetsImportAsAccounts()
    {
        QFETCH(QString, fileName);
        QFETCH(int, added);
        QFETCH(int, updated);
        QFETCH(QStringList, segmentsByName);

        static int serial = 0;
        auto database = test::openIn(m_dir, QStringLiteral("golden%1.db").arg(++serial));
        QVERIFY(database);
        auto table = CsvReader::read(test::fileBytes(goldenDir().filePath(fileName)), fileName);
        QVERIFY2(table, qPrintable(table.error().message));
        const Entity& account = entities::account();
        const QHash<int, QString> mapping = importing::mapHeader(account, table->header);
        QVERIFY2(mapping.values().contains(QStringLiteral("segment")), "客户类型 maps to no field");
        auto accounts = [&] {
            return sql::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM accounts"))
                ->toInt();
        };

        auto dryRun
            = Importer(*database).importTable(account, *table, mapping, true, Importer::OnError::Abort);
        QVERIFY2(dryRun, qPrintable(dryRun.error().message));
        QStringList reasons;
        for (const Importer::Rejected& rejected : dryRun->rejected) {
            reasons << QStringLiteral("line %1: %2").arg(rejected.line).arg(rejected.reason);
        }
        QVERIFY2(reasons.isEmpty(), qPrintable(reasons.join(QStringLiteral("; "))));
        QCOMPARE(dryRun->added, added);
        QCOMPARE(dryRun->updated, updated);
        QVERIFY(!dryRun->written);
        QCOMPARE(accounts(), 0);

        // A dry run stores nothing to look at: the same import for real shows what the words became.
        auto import
            = Importer(*database).importTable(account, *table, mapping, false, Importer::OnError::Abort);
        QVERIFY2(import, qPrintable(import.error().message));
        QVERIFY(import->written);
        QCOMPARE(import->added, added);
        QCOMPARE(accounts(), added);
        for (const QString& pair : segmentsByName) {
            const QString name = pair.section(QLatin1Char('='), 0, 0);
            const QString segment = pair.section(QLatin1Char('='), 1);
            auto stored = sql::scalar(database->connection(),
                QStringLiteral("SELECT segment FROM accounts WHERE name = ?"), { name });
            QVERIFY2(stored, qPrintable(stored.error().message));
            QCOMPARE(stored->toString(), segment);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvGolden)
#include "tst_csvgolden.moc"
