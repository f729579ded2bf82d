#include "Csv.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace tandem {

namespace {

bool startsWith(const QByteArray& bytes, std::initializer_list<unsigned char> prefix)
{
    if (bytes.size() < qsizetype(prefix.size())) {
        return false;
    }
    int i = 0;
    for (unsigned char byte : prefix) {
        if (static_cast<unsigned char>(bytes.at(i++)) != byte) {
            return false;
        }
    }
    return true;
}

// What a spreadsheet would run as a formula: a cell beginning with = + - @, a tab or a carriage return.
bool startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty()) {
        return false;
    }
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

// What the writer makes of such a cell: apostrophes, then what would start a formula.
bool looksNeutralised(QStringView cell)
{
    qsizetype apostrophes = 0;
    while (apostrophes < cell.size() && cell[apostrophes] == u'\'') {
        ++apostrophes;
    }
    return apostrophes > 0 && startsLikeFormula(cell.sliced(apostrophes));
}

// "+44 113 496 0000", "+1 (408) 555-0100": a plus, digits and the punctuation of phone numbers, which can
// call no function and is left as it is (an apostrophe would be written into the number).
bool isPhoneNumber(const QString& cell)
{
    static const QRegularExpression phone(QStringLiteral("^\\+[0-9 ().-]*[0-9][0-9 ().-]*$"));
    return phone.match(cell).hasMatch();
}

Error notValid(const QString& name, const char* what)
{
    return Error::badInput(QCoreApplication::translate("tandem::Csv", "%1 is not valid %2 text.")
                               .arg(name, QLatin1String(what)));
}

// The decoder must be Stateless: the whole file is decoded in one call, and a stateful decoder keeps a
// character cut off at the end as state for a next call that never comes, dropping it without an error.
Result<QString> decodeWith(
    QStringDecoder decoder, const QByteArray& bytes, const QString& name, const char* what)
{
    if (!decoder.isValid()) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Csv", "%1: this system cannot read %2 text.")
                .arg(name, QLatin1String(what)));
    }
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return notValid(name, what);
    }
    return text;
}

} // namespace

Result<QString> CsvReader::decode(
    const QByteArray& bytes, const QString& name, Encoding encoding, QString* detected)
{
    auto report = [detected](const char* used) {
        if (detected) {
            *detected = QLatin1String(used);
        }
    };
    if (startsWith(bytes, { 0xEF, 0xBB, 0xBF })) {
        report("UTF-8");
        return decodeWith(QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless), bytes.mid(3),
            name, "UTF-8");
    }
    if (startsWith(bytes, { 0xFF, 0xFE }) || startsWith(bytes, { 0xFE, 0xFF })) {
        report("UTF-16");
        const bool little = static_cast<unsigned char>(bytes.at(0)) == 0xFF;
        // Half a code unit at the end (a file cut short) is no error to Qt's UTF-16 decoder.
        if (bytes.size() % 2 != 0) {
            return notValid(name, "UTF-16");
        }
        return decodeWith(QStringDecoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                              QStringDecoder::Flag::Stateless),
            bytes.mid(2), name, "UTF-16");
    }
    if (encoding == Encoding::Gb18030) {
        report("GB18030");
        return decodeWith(QStringDecoder("GB18030", QStringDecoder::Flag::Stateless), bytes, name, "GB18030");
    }
    auto utf8 = decodeWith(
        QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless), bytes, name, "UTF-8");
    if (utf8 || encoding == Encoding::Utf8) {
        report("UTF-8");
        return utf8;
    }
    // Not UTF-8: what Chinese Excel saves.
    report("GB18030");
    auto gb18030
        = decodeWith(QStringDecoder("GB18030", QStringDecoder::Flag::Stateless), bytes, name, "GB18030");
    if (!gb18030) {
        // Neither guess fits: say so and how to get a file that reads, rather than blame one encoding.
        return Error::badInput(QCoreApplication::translate("tandem::Csv",
            "%1 is neither UTF-8 nor GB18030 text; save it again as \"CSV UTF-8\" (Excel: File › Save As) "
            "or choose its encoding.")
                                   .arg(name));
    }
    return gb18030;
}

QChar CsvReader::detectDelimiter(const QString& text)
{
    // Counts per line outside quotes over the first lines; the delimiter that appears on every line, the
    // same number of times, wins; then the most frequent.
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    QList<QList<int>> counts(3);
    QList<int> current(3, 0);
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 20; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && (c == QLatin1Char('\n') || i + 1 == text.size())) {
            for (int k = 0; k < 3; ++k) {
                counts[k] << current[k];
                current[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                current[k] += c == candidates[k] ? 1 : 0;
            }
        }
    }
    int best = 0;
    std::pair<bool, int> bestScore { false, -1 };
    for (int k = 0; k < 3; ++k) {
        const QList<int>& perLine = counts[k];
        bool consistent = !perLine.isEmpty() && perLine.first() > 0;
        int total = 0;
        for (int count : perLine) {
            consistent = consistent && count == perLine.first();
            total += count;
        }
        const std::pair<bool, int> score { consistent, total };
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return bestScore.second > 0 ? candidates[best] : QLatin1Char(',');
}

Result<CsvTable> CsvReader::parse(const QString& text, const QString& name, QChar delimiter)
{
    CsvTable table;
    table.delimiter = delimiter;
    QStringList row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted = false; // the current field has content or quotes
    int line = 1;
    int rowLine = 1;
    int quoteLine = 0;
    auto endField = [&] {
        row << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        // A row of one empty field is a blank line: skipped.
        if (!(row.size() == 1 && row.first().isEmpty())) {
            if (table.header.isEmpty() && table.rows.isEmpty() && table.lines.isEmpty()) {
                table.header = row;
            } else {
                table.rows << row;
                table.lines << rowLine;
            }
        }
        row.clear();
    };
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isNull()) {
            // No text has one: the file is refused rather than a NUL stored inside a name.
            return Error::badInput(QCoreApplication::translate("tandem::Csv",
                "%1, line %2, field %3: holds a NUL character, which no text has (the file is damaged, or is "
                "UTF-16 saved without its byte order mark).")
                                       .arg(name)
                                       .arg(line)
                                       .arg(row.size() + 1));
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                // A CRLF inside a quoted field is one line break.
                if (!(c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n'))) {
                    field += c;
                }
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRow();
            ++line;
            rowLine = line;
        } else {
            // A quote inside an unquoted field is kept as it is, as Excel does.
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Error::badInput(QCoreApplication::translate(
            "tandem::Csv", "%1, line %2: a quoted field is never closed (a \" is missing).")
                                   .arg(name)
                                   .arg(quoteLine));
    }
    if (fieldStarted || !row.isEmpty()) {
        endRow();
    }
    if (table.header.isEmpty()) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Csv", "%1 is empty: it has no header line.").arg(name));
    }
    return table;
}

QString CsvReader::unneutralised(const QString& cell)
{
    if (looksNeutralised(cell)) {
        return cell.sliced(1);
    }
    return cell;
}

Result<CsvTable> CsvReader::read(const QByteArray& bytes, const QString& name, Encoding encoding)
{
    QString detected;
    auto text = decode(bytes, name, encoding, &detected);
    if (!text) {
        return text.error();
    }
    auto table = parse(*text, name, detectDelimiter(*text));
    if (!table) {
        return table.error();
    }
    table->encoding = detected;
    return table;
}

CsvWriter::CsvWriter(QChar delimiter, bool neutraliseFormulas)
    : m_delimiter(delimiter)
    , m_neutralise(neutraliseFormulas)
{ }

QByteArray CsvWriter::start()
{
    return QByteArray("\xEF\xBB\xBF");
}

QString CsvWriter::field(const QString& cell) const
{
    QString value = cell;
    // A spreadsheet runs a cell that begins like a formula: an apostrophe makes it plain text. A cell that
    // looks neutralised already gets one more, so that the reader's unneutralised() gives it back whole.
    if (m_neutralise && ((startsLikeFormula(value) && !isPhoneNumber(value)) || looksNeutralised(value))) {
        value.prepend(QLatin1Char('\''));
    }
    if (value.contains(m_delimiter) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QByteArray CsvWriter::line(const QStringList& cells) const
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells) {
        fields << field(cell);
    }
    return (fields.join(m_delimiter) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace tandem
