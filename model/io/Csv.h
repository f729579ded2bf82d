#pragma once

#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

// A CSV file as read: its header, its rows, and the line each row began on (for one sentence that names the
// line), with what was detected about it.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines; // 1-based line of the file where each row begins; the header is line 1
    QString encoding; // "UTF-8", "UTF-16", "GB18030"
    QChar delimiter;
};

// Reads CSV as Excel and other tools write it (RFC 4180): fields quoted with double quotes may hold the
// delimiter, doubled quotes and line breaks; lines end in CRLF or LF. The encoding is detected: UTF-8 with or
// without a BOM, UTF-16 with a BOM (Excel's "Unicode text"), or else GB18030, which is what Chinese Excel
// saves (GBK is a subset). The delimiter is detected among comma, semicolon and tab.
class CsvReader
{
public:
    enum class Encoding
    {
        Auto,
        Utf8,
        Gb18030,
    };

    // `name` names the file in error sentences.
    static Result<CsvTable> read(
        const QByteArray& bytes, const QString& name, Encoding encoding = Encoding::Auto);
    // The text of the bytes, and the encoding it was in.
    static Result<QString> decode(
        const QByteArray& bytes, const QString& name, Encoding encoding, QString* detected = nullptr);
    // The delimiter the first lines use most consistently, outside quotes: comma, semicolon or tab.
    static QChar detectDelimiter(const QString& text);
    // Refuses text holding a NUL character, naming its line and field.
    static Result<CsvTable> parse(const QString& text, const QString& name, QChar delimiter);
    // A cell as it was before CsvWriter neutralised it: of a cell of apostrophes and then = + - @, a tab or a
    // carriage return, one apostrophe is taken off, so that a file Tandem wrote comes back as it went out.
    static QString unneutralised(const QString& cell);
};

// Writes CSV that Excel opens correctly in every language: UTF-8 with a BOM, CRLF line ends, fields quoted
// when needed. Cells that a spreadsheet would run as a formula (beginning with = + - @, a tab or a carriage
// return) are neutralised with a leading apostrophe unless `neutraliseFormulas` is false; a phone number such
// as "+44 113 496 0000" is left as it is.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = QLatin1Char(','), bool neutraliseFormulas = true);
    // The bytes that start a file: the UTF-8 BOM.
    static QByteArray start();
    QByteArray line(const QStringList& cells) const;
    QString field(const QString& cell) const;

private:
    QChar m_delimiter;
    bool m_neutralise;
};

} // namespace tandem
