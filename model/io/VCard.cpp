#include "VCard.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>
#include <optional>

namespace tandem {

namespace {

constexpr int maxWarnings = 100;
constexpr qsizetype maxTypesPerProperty = 16;
constexpr qsizetype foldOctets = 75;

bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

bool containsNoCase(QByteArrayView haystack, const char* needle)
{
    const qsizetype length = qstrlen(needle);
    for (qsizetype i = 0; i + length <= haystack.size(); ++i) {
        if (qstrnicmp(haystack.data() + i, needle, length) == 0) {
            return true;
        }
    }
    return false;
}

bool equalsNoCase(QByteArrayView text, const char* word)
{
    const qsizetype length = qstrlen(word);
    return text.size() == length && qstrnicmp(text.data(), word, length) == 0;
}

bool startsWithNoCase(QByteArrayView text, const char* word)
{
    const qsizetype length = qstrlen(word);
    return text.size() >= length && qstrnicmp(text.data(), word, length) == 0;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// RFC 2045 quoted-printable, without the soft line breaks (unfolding already removed them).
QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '=') {
            const int high = i + 1 < in.size() ? hexValue(in[i + 1]) : -1;
            const int low = i + 2 < in.size() ? hexValue(in[i + 2]) : -1;
            if (high >= 0 && low >= 0) {
                out += static_cast<char>(high * 16 + low);
                i += 2;
                continue;
            }
            if (i + 1 == in.size()) {
                break; // a soft line break at the very end of the file
            }
        }
        out += c;
    }
    return out;
}

std::optional<QByteArray> decodeBase64(QByteArrayView in)
{
    QByteArray compact;
    compact.reserve(in.size());
    for (const char c : in) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
            compact += c;
        }
    }
    auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return std::move(*decoded);
}

bool isCjk(char32_t code)
{
    return (code >= 0x1100 && code <= 0x11FF) // Hangul jamo
        || (code >= 0x2E80 && code <= 0x9FFF) // CJK radicals, kana, ideographs
        || (code >= 0xAC00 && code <= 0xD7AF) // Hangul syllables
        || (code >= 0xF900 && code <= 0xFAFF) // compatibility ideographs
        || (code >= 0x20000 && code <= 0x3FFFF);
}

bool hasCjk(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t code = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            code = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isCjk(code)) {
            return true;
        }
    }
    return false;
}

// Undoes the backslash escapes of vCard text: \n \N \\ \, \; (and \: which some phones write).
// Any other backslash is kept as it is.
QString unescape(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text[i + 1];
            if (next == u'n' || next == u'N') {
                out += u'\n';
                ++i;
                continue;
            }
            if (next == u'\\' || next == u',' || next == u';' || next == u':') {
                out += next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// Splits a structured value (N, ADR, ORG) on the semicolons that are not escaped.
QList<QStringView> splitStructured(QStringView text)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\') {
            ++i;
        } else if (text[i] == u';') {
            parts << text.sliced(start, i - start);
            start = i + 1;
        }
    }
    parts << text.sliced(std::min(start, text.size()));
    return parts;
}

// A value given as a URI (vCard 4.0's "tel:+86…", "mailto:…") without its scheme.
QString withoutScheme(const QString& value, QLatin1StringView scheme)
{
    return value.startsWith(scheme, Qt::CaseInsensitive) ? value.sliced(scheme.size()).trimmed() : value;
}

// The non-blank lines of the text, each trimmed, joined by `separator`.
QString joinedLines(QString text, const QString& separator)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty()) {
            kept << line.trimmed();
        }
    }
    return kept.join(separator);
}

QString sniffImageType(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF")) {
        return QStringLiteral("image/jpeg");
    }
    if (bytes.startsWith("\x89PNG")) {
        return QStringLiteral("image/png");
    }
    if (bytes.startsWith("GIF8")) {
        return QStringLiteral("image/gif");
    }
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP") {
        return QStringLiteral("image/webp");
    }
    return {};
}

bool hasLetterOrDigit(QStringView text)
{
    for (const QChar c : text) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            return true;
        }
    }
    return false;
}

// A MIME type from what files write: "JPEG" (3.0), "image/jpeg" (4.0), "jpg"; else from the bytes.
QString imageType(const QString& declared, QByteArrayView bytes)
{
    QString type;
    for (const QChar c : declared.trimmed().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'+' || c == u'.'
            || c == u'/') {
            type += c;
        }
    }
    const qsizetype slash = type.indexOf(u'/');
    QString major = slash < 0 ? QString() : type.left(slash);
    QString minor = slash < 0 ? type : type.sliced(slash + 1);
    minor.remove(u'/');
    if (!hasLetterOrDigit(minor)) {
        return sniffImageType(bytes);
    }
    if (!hasLetterOrDigit(major)) {
        major = QStringLiteral("image");
    }
    if (major == u"image" && (minor == u"jpg" || minor == u"pjpeg")) {
        minor = QStringLiteral("jpeg");
    }
    return major + u'/' + minor;
}

// Physical lines, without their line ends. Lines end in LF (with any CRs before it dropped); a file
// without a single LF is taken to end its lines in CR alone.
class PhysicalLines
{
public:
    explicit PhysicalLines(QByteArrayView data)
        : m_data(data)
        , m_break(data.contains('\n') ? '\n' : '\r')
    {
        locate();
    }

    bool atEnd() const { return m_pos >= m_data.size(); }
    QByteArrayView current() const { return m_data.sliced(m_pos, m_end - m_pos); }
    int number() const { return m_number; }
    void advance()
    {
        m_pos = m_next;
        ++m_number;
        locate();
    }

private:
    void locate()
    {
        const qsizetype size = m_data.size();
        if (m_pos >= size) {
            m_end = m_next = size;
            return;
        }
        const char* start = m_data.data() + m_pos;
        const void* found = memchr(start, m_break, static_cast<size_t>(size - m_pos));
        qsizetype end = found ? static_cast<const char*>(found) - m_data.data() : size;
        m_next = found ? end + 1 : size;
        while (end > m_pos && m_data[end - 1] == '\r') {
            --end;
        }
        m_end = end;
    }

    QByteArrayView m_data;
    char m_break;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qsizetype m_next = 0;
    int m_number = 1;
};

struct Property
{
    int line = 0;
    QByteArray name; // uppercase, without its group
    QStringList types; // lowercase, from TYPE= and from 2.1's bare parameters
    QByteArray encoding; // uppercase
    QByteArray charset;
    QByteArray mediaType; // MEDIATYPE= (4.0)
    bool pref = false; // PREF=1 (4.0)
    QByteArrayView value;
};

QByteArrayView unquoted(QByteArrayView text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        return text.sliced(1, text.size() - 2);
    }
    return text;
}

void addType(Property& property, QByteArrayView type)
{
    const QString lower = QString::fromUtf8(type.trimmed()).toLower();
    if (!lower.isEmpty() && property.types.size() < maxTypesPerProperty && !property.types.contains(lower)) {
        property.types << lower;
    }
}

void parseParameter(QByteArrayView parameter, Property& property)
{
    parameter = parameter.trimmed();
    if (parameter.isEmpty()) {
        return;
    }
    const qsizetype equals = parameter.indexOf('=');
    if (equals < 0) {
        // vCard 2.1 writes bare values: TEL;CELL;VOICE, NOTE;QUOTED-PRINTABLE.
        if (equalsNoCase(parameter, "QUOTED-PRINTABLE") || equalsNoCase(parameter, "BASE64")
            || equalsNoCase(parameter, "B") || equalsNoCase(parameter, "8BIT")
            || equalsNoCase(parameter, "7BIT")) {
            property.encoding = parameter.toByteArray().toUpper();
        } else {
            addType(property, parameter);
        }
        return;
    }
    const QByteArrayView key = parameter.first(equals).trimmed();
    const QByteArrayView value = parameter.sliced(equals + 1).trimmed();
    if (equalsNoCase(key, "TYPE")) {
        // TYPE=cell,voice (3.0), TYPE="cell,voice" (4.0): quotes around the list or an item are dropped.
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            if (i == value.size() || value[i] == ',') {
                QByteArrayView item = value.sliced(start, i - start).trimmed();
                while (!item.isEmpty() && item.front() == '"') {
                    item = item.sliced(1);
                }
                while (!item.isEmpty() && item.back() == '"') {
                    item.chop(1);
                }
                addType(property, item);
                start = i + 1;
            }
        }
    } else if (equalsNoCase(key, "ENCODING")) {
        property.encoding = unquoted(value).toByteArray().toUpper();
    } else if (equalsNoCase(key, "CHARSET")) {
        property.charset = unquoted(value).toByteArray().toUpper();
    } else if (equalsNoCase(key, "MEDIATYPE")) {
        property.mediaType = unquoted(value).toByteArray();
    } else if (equalsNoCase(key, "PREF")) {
        property.pref = unquoted(value) == "1";
    }
}

// Splits "group.NAME;PARAM=x;PARAM:value". False when the line has no colon.
bool parseProperty(QByteArrayView line, Property& property)
{
    const qsizetype size = line.size();
    qsizetype nameEnd = 0;
    while (nameEnd < size && line[nameEnd] != ';' && line[nameEnd] != ':') {
        ++nameEnd;
    }
    if (nameEnd == size) {
        return false;
    }
    QByteArrayView name = line.first(nameEnd).trimmed();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        name = name.sliced(dot + 1);
    }
    property.name = name.toByteArray().toUpper();

    qsizetype colon = -1;
    if (line[nameEnd] == ':') {
        colon = nameEnd;
    } else {
        bool quoted = false;
        for (qsizetype i = nameEnd; i < size; ++i) {
            if (line[i] == '"') {
                quoted = !quoted;
            } else if (line[i] == ':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            colon = line.indexOf(':', nameEnd); // an unbalanced quote: 2.1 gives quotes no meaning
        }
        if (colon < 0) {
            return false;
        }
        bool quotedParameter = false;
        qsizetype start = nameEnd + 1;
        for (qsizetype i = start; i <= colon; ++i) {
            if (i < colon && line[i] == '"') {
                quotedParameter = !quotedParameter;
            } else if (i == colon || (line[i] == ';' && !quotedParameter)) {
                parseParameter(line.sliced(start, i - start), property);
                start = i + 1;
            }
        }
    }
    property.value = line.sliced(colon + 1);

    const qsizetype pref = property.types.indexOf(QStringLiteral("pref"));
    if (pref >= 0) {
        property.types.removeAt(pref);
        property.pref = true;
    }
    if (property.pref) {
        property.types << QStringLiteral("pref"); // always last, so that files round-trip
    }
    return true;
}

// How the next physical line may continue the current one.
enum class Continuation
{
    Unknown, // no colon seen yet
    Plain,
    QuotedPrintable, // also "=" at the end of the line
    Base64, // 2.1: also lines without a colon, up to a blank line
};

Continuation classify(const QByteArray& line, qsizetype& scanned)
{
    const qsizetype colon = line.indexOf(':', scanned);
    if (colon < 0) {
        scanned = line.size();
        return Continuation::Unknown;
    }
    // The transfer encoding as parseParameter() reads it: ENCODING=x or 2.1's bare value; the last wins.
    Continuation kind = Continuation::Plain;
    const QByteArrayView head(line.constData(), colon);
    qsizetype start = head.indexOf(';');
    while (start >= 0) {
        const qsizetype end = head.indexOf(';', start + 1);
        QByteArrayView parameter
            = head.sliced(start + 1, (end < 0 ? head.size() : end) - start - 1).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals >= 0) {
            if (!equalsNoCase(parameter.first(equals).trimmed(), "ENCODING")) {
                start = end;
                continue;
            }
            parameter = unquoted(parameter.sliced(equals + 1));
        }
        if (equalsNoCase(parameter, "QUOTED-PRINTABLE")) {
            kind = Continuation::QuotedPrintable;
        } else if (equalsNoCase(parameter, "BASE64")) {
            kind = Continuation::Base64;
        } else if (equalsNoCase(parameter, "B") || equalsNoCase(parameter, "8BIT")
            || equalsNoCase(parameter, "7BIT")) {
            kind = Continuation::Plain;
        }
        start = end;
    }
    return kind;
}

class Parser
{
public:
    Parser(QByteArrayView data, bool keepPhotos)
        : m_data(data)
        , m_keepPhotos(keepPhotos)
    {
        // A file that is not UTF-8 and names no character set anywhere comes from a Chinese phone.
        m_chineseFile = !m_data.isValidUtf8() && !containsNoCase(m_data, "CHARSET=");
    }

    Result<VCardParse> run()
    {
        PhysicalLines lines(m_data);
        while (!lines.atEnd()) {
            const int number = lines.number();
            QByteArrayView first = lines.current();
            if (first.size() > VCardReader::maxLineBytes) {
                return tooLong(number);
            }
            QByteArray logical = first.toByteArray();
            lines.advance();
            qsizetype scanned = 0;
            Continuation kind = classify(logical, scanned);
            while (!lines.atEnd()) {
                const QByteArrayView next = lines.current();
                qsizetype skip = 0;
                if (kind == Continuation::QuotedPrintable && logical.endsWith('=')
                    && !equalsNoCase(next.trimmed(), "END:VCARD")) {
                    logical.chop(1);
                } else if (!next.isEmpty() && isSpaceOrTab(next.front())) {
                    skip = 1;
                } else if (kind == Continuation::Base64 && !next.trimmed().isEmpty() && !next.contains(':')) {
                    skip = 0;
                } else {
                    break;
                }
                if (logical.size() + next.size() - skip > VCardReader::maxLineBytes) {
                    return tooLong(number);
                }
                logical.append(next.sliced(skip));
                lines.advance();
                if (kind == Continuation::Unknown) {
                    kind = classify(logical, scanned);
                }
            }
            if (Error error = handle(number, logical)) {
                return error;
            }
        }
        if (m_card) {
            return Error::badInput(QCoreApplication::translate(
                "tandem::VCard", "The file ends inside a vCard that began on line %1.")
                                       .arg(m_card->line));
        }
        if (m_result.cards.isEmpty()) {
            return Error::badInput(QCoreApplication::translate("tandem::VCard", "The file holds no vCard."));
        }
        return std::move(m_result);
    }

private:
    static Error tooLong(int number)
    {
        return Error::badInput(
            QCoreApplication::translate("tandem::VCard", "Line %1: The line is longer than 10 MB.")
                .arg(number));
    }

    void warn(const QString& text)
    {
        if (m_result.warnings.size() < maxWarnings) {
            m_result.warnings << text;
        } else if (m_result.warnings.size() == maxWarnings) {
            m_result.warnings << QCoreApplication::translate("tandem::VCard", "More warnings were left out.");
        }
    }

    Error handle(int number, const QByteArray& line)
    {
        if (line.trimmed().isEmpty()) {
            return {};
        }
        Property property;
        property.line = number;
        if (!parseProperty(line, property)) {
            if (m_card) {
                warn(QCoreApplication::translate(
                    "tandem::VCard", "Line %1: The line has no colon and was ignored.")
                         .arg(number));
            } else {
                warn(
                    QCoreApplication::translate("tandem::VCard", "Line %1: Text outside a vCard was ignored.")
                        .arg(number));
            }
            return {};
        }
        const bool isVCard = equalsNoCase(property.value.trimmed(), "VCARD");
        if (property.name == "BEGIN" && isVCard) {
            if (m_card) {
                return Error::badInput(QCoreApplication::translate(
                    "tandem::VCard", "Line %1: BEGIN:VCARD inside the vCard that began on line %2.")
                                           .arg(number)
                                           .arg(m_card->line));
            }
            m_card = VCard();
            m_card->line = number;
            m_haveName = false;
            m_haveAddress = false;
            m_addressPref = false;
            return {};
        }
        if (property.name == "END" && isVCard) {
            if (!m_card) {
                return Error::badInput(
                    QCoreApplication::translate("tandem::VCard", "Line %1: END:VCARD without BEGIN:VCARD.")
                        .arg(number));
            }
            if (m_card->formattedName.isEmpty()) {
                m_card->formattedName = vCardFallbackName(*m_card);
            }
            m_result.cards << std::move(*m_card);
            m_card.reset();
            return {};
        }
        if (!m_card) {
            warn(QCoreApplication::translate("tandem::VCard", "Line %1: Text outside a vCard was ignored.")
                     .arg(number));
            return {};
        }
        apply(property, *m_card);
        return {};
    }

    void apply(const Property& property, VCard& card)
    {
        const QByteArray& name = property.name;
        if (name == "FN") {
            if (card.formattedName.isEmpty()) {
                card.formattedName = joinedLines(text(property), QStringLiteral(" "));
            }
        } else if (name == "N") {
            if (!m_haveName) {
                const QStringList parts = components(property);
                card.familyName = joinedLines(parts.value(0), QStringLiteral(" "));
                card.givenName = joinedLines(parts.value(1), QStringLiteral(" "));
                m_haveName = !card.familyName.isEmpty() || !card.givenName.isEmpty();
            }
        } else if (name == "ORG") {
            if (card.organization.isEmpty()) {
                card.organization = joinedLines(components(property).value(0), QStringLiteral(" "));
            }
        } else if (name == "TITLE") {
            if (card.title.isEmpty()) {
                card.title = joinedLines(text(property), QStringLiteral(" "));
            }
        } else if (name == "TEL") {
            if (const QString number
                = withoutScheme(joinedLines(text(property), QStringLiteral(" ")), QLatin1String("tel:"));
                !number.isEmpty()) {
                card.phones << VCard::Phone { number, property.types };
            }
        } else if (name == "EMAIL") {
            if (const QString address
                = withoutScheme(joinedLines(text(property), QStringLiteral(" ")), QLatin1String("mailto:"));
                !address.isEmpty()) {
                card.emails << VCard::EmailAddress { address, property.types };
            }
        } else if (name == "ADR") {
            readAddress(property, card);
        } else if (name == "NOTE") {
            const QString note = text(property);
            if (!note.isEmpty()) {
                card.note = card.note.isEmpty() ? note : card.note + u'\n' + note;
            }
        } else if (name == "PHOTO") {
            if (m_keepPhotos && card.photo.isEmpty()) {
                readPhoto(property, card);
            }
        }
    }

    void readAddress(const Property& property, VCard& card)
    {
        const QStringList parts = components(property);
        QStringList lines;
        for (const int index : { 2, 1, 0 }) { // street, extended address, post office box
            const QString part = joinedLines(parts.value(index), QStringLiteral("\n"));
            if (!part.isEmpty()) {
                lines << part;
            }
        }
        VCard read;
        read.address = lines.join(QLatin1Char('\n'));
        read.city = joinedLines(parts.value(3), QStringLiteral(" "));
        read.region = joinedLines(parts.value(4), QStringLiteral(" "));
        read.postalCode = joinedLines(parts.value(5), QStringLiteral(" "));
        read.country = joinedLines(parts.value(6), QStringLiteral(" "));
        if (read.address.isEmpty() && read.city.isEmpty() && read.region.isEmpty()
            && read.postalCode.isEmpty() && read.country.isEmpty()) {
            return;
        }
        if (m_haveAddress && (m_addressPref || !property.pref)) {
            warn(QCoreApplication::translate(
                "tandem::VCard", "Line %1: A further address was left out; a contact keeps one address.")
                     .arg(property.line));
            return;
        }
        if (m_haveAddress) {
            warn(QCoreApplication::translate("tandem::VCard",
                "Line %1: An earlier address was left out for this preferred one; a contact keeps "
                "one address.")
                     .arg(property.line));
        }
        m_haveAddress = true;
        m_addressPref = property.pref;
        card.address = read.address;
        card.city = read.city;
        card.region = read.region;
        card.postalCode = read.postalCode;
        card.country = read.country;
    }

    void readPhoto(const Property& property, VCard& card)
    {
        QByteArray bytes;
        QString declared;
        if (property.encoding == "B" || property.encoding == "BASE64") {
            auto decoded = decodeBase64(property.value);
            if (!decoded) {
                warn(QCoreApplication::translate(
                    "tandem::VCard", "Line %1: The photo could not be decoded and was left out.")
                         .arg(property.line));
                return;
            }
            bytes = std::move(*decoded);
            declared = QString::fromUtf8(property.mediaType);
            for (const QString& type : property.types) {
                if (type != u"pref") {
                    declared = type;
                    break;
                }
            }
        } else {
            const QByteArrayView value = property.value.trimmed();
            if (value.isEmpty()) {
                return;
            }
            if (!startsWithNoCase(value, "data:")) {
                warn(QCoreApplication::translate(
                    "tandem::VCard", "Line %1: The photo is a link; it was not downloaded.")
                         .arg(property.line));
                return;
            }
            // data:[<media type>][;base64],<data>
            const qsizetype comma = value.indexOf(',');
            if (comma < 0) {
                warn(QCoreApplication::translate(
                    "tandem::VCard", "Line %1: The photo could not be decoded and was left out.")
                         .arg(property.line));
                return;
            }
            const QByteArrayView header = value.sliced(5, comma - 5);
            bool base64 = false;
            qsizetype start = 0;
            for (qsizetype i = 0; i <= header.size(); ++i) {
                if (i == header.size() || header[i] == ';') {
                    const QByteArrayView part = header.sliced(start, i - start).trimmed();
                    if (equalsNoCase(part, "base64")) {
                        base64 = true;
                    } else if (start == 0) {
                        declared = QString::fromUtf8(part);
                    }
                    start = i + 1;
                }
            }
            const QByteArray payload = QByteArray::fromPercentEncoding(value.sliced(comma + 1).toByteArray());
            if (base64) {
                auto decoded = decodeBase64(payload);
                if (!decoded) {
                    warn(QCoreApplication::translate(
                        "tandem::VCard", "Line %1: The photo could not be decoded and was left out.")
                             .arg(property.line));
                    return;
                }
                bytes = std::move(*decoded);
            } else {
                bytes = payload;
            }
            if (declared.isEmpty()) {
                declared = QString::fromUtf8(property.mediaType);
            }
        }
        if (bytes.isEmpty()) {
            return;
        }
        card.photoType = imageType(declared, bytes);
        card.photo = std::move(bytes);
    }

    // The value as text: transfer encoding and character set undone, line ends as \n, escapes kept.
    QString decoded(const Property& property)
    {
        QByteArray bytes;
        if (property.encoding == "QUOTED-PRINTABLE") {
            bytes = decodeQuotedPrintable(property.value);
        } else if (property.encoding == "B" || property.encoding == "BASE64") {
            auto base64 = decodeBase64(property.value);
            if (!base64) {
                warn(QCoreApplication::translate(
                    "tandem::VCard", "Line %1: The value could not be decoded from base64 and was left out.")
                         .arg(property.line));
                return {};
            }
            bytes = std::move(*base64);
        } else {
            bytes = property.value.toByteArray();
        }
        QString text = toUnicode(bytes, property);
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text.replace(u'\r', u'\n');
        // Other control characters have no place in a vCard (and the writer leaves them out).
        text.removeIf(
            [](QChar c) { return (c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7F; });
        return text;
    }

    QString text(const Property& property) { return unescape(decoded(property)).trimmed(); }

    QStringList components(const Property& property)
    {
        const QString value = decoded(property);
        QStringList parts;
        for (const QStringView part : splitStructured(value)) {
            parts << unescape(part).trimmed();
        }
        return parts;
    }

    QString toUnicode(const QByteArray& bytes, const Property& property)
    {
        QByteArray charset = property.charset;
        // Phones label text by the narrower standard they meant; decode with the superset.
        if (charset == "GB2312" || charset == "GBK" || charset == "CP936" || charset == "EUC-CN"
            || charset == "X-GBK") {
            charset = "GB18030";
        } else if (charset == "ISO-8859-1" || charset == "ISO8859-1" || charset == "LATIN1") {
            charset = "windows-1252";
        } else if (charset == "UTF8") {
            charset = "UTF-8";
        } else if (charset == "US-ASCII" || charset == "ASCII") {
            charset.clear();
        }
        if (charset == "UTF-8") {
            return QString::fromUtf8(bytes);
        }
        if (!charset.isEmpty()) {
            QStringDecoder decoder(charset.constData());
            if (decoder.isValid()) {
                return decoder.decode(bytes);
            }
            if (!m_unknownCharsets.contains(charset) && m_unknownCharsets.size() < maxWarnings) {
                m_unknownCharsets << charset;
                warn(QCoreApplication::translate("tandem::VCard",
                    "Line %1: The character set %2 is unknown; the text was read without it.")
                         .arg(property.line)
                         .arg(QString::fromLatin1(charset)));
            }
        }
        if (isAscii(bytes) || (!m_chineseFile && bytes.isValidUtf8())) {
            return QString::fromUtf8(bytes);
        }
        if (!m_warnedChinese) {
            m_warnedChinese = true;
            warn(QCoreApplication::translate("tandem::VCard",
                "Line %1: The text is not UTF-8 and names no character set; it was read as "
                "Chinese (GB18030).")
                     .arg(property.line));
        }
        QStringDecoder decoder("GB18030");
        return decoder.decode(bytes);
    }

    QByteArrayView m_data;
    bool m_keepPhotos = false;
    bool m_chineseFile = false;
    bool m_warnedChinese = false;
    QList<QByteArray> m_unknownCharsets;
    VCardParse m_result;
    std::optional<VCard> m_card;
    bool m_haveName = false;
    bool m_haveAddress = false;
    bool m_addressPref = false;
};

// Text escaped for a vCard value: backslash, comma, semicolon and line ends; other control characters,
// which no vCard may hold, are dropped.
QByteArray escaped(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n') {
                ++i;
            }
            out += QLatin1String("\\n");
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if ((c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7F) {
            continue;
        } else {
            out += c;
        }
    }
    return out.toUtf8();
}

// A TYPE value as a token: letters, digits and hyphens only.
QByteArray typeToken(const QString& type, bool upper)
{
    QByteArray token;
    for (const QChar c : type) {
        if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-') {
            token += static_cast<char>(c.unicode());
        }
    }
    return upper ? token.toUpper() : token.toLower();
}

QByteArray typeParameters(const QStringList& types, VCardWriter::Version version)
{
    const bool v4 = version == VCardWriter::Version::V4;
    QList<QByteArray> tokens;
    bool pref = false;
    for (const QString& type : types) {
        const QByteArray token = typeToken(type, !v4);
        if (token.isEmpty() || tokens.contains(token)) {
            continue;
        }
        if (v4 && token == "pref") {
            pref = true;
            continue;
        }
        tokens << token;
    }
    QByteArray parameters;
    if (!tokens.isEmpty()) {
        parameters += ";TYPE=" + tokens.join(',');
    }
    if (pref) {
        parameters += ";PREF=1";
    }
    return parameters;
}

// Appends one content line, folded so that no physical line is longer than 75 octets, never inside a
// UTF-8 sequence.
void appendLine(QByteArray& out, QByteArrayView line)
{
    qsizetype pos = 0;
    bool first = true;
    for (;;) {
        const qsizetype room = first ? foldOctets : foldOctets - 1;
        if (!first) {
            out += ' ';
        }
        if (line.size() - pos <= room) {
            out += line.sliced(pos);
            break;
        }
        qsizetype end = pos + room;
        while (end > pos + 1 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) {
            --end;
        }
        out += line.sliced(pos, end - pos);
        out += "\r\n";
        pos = end;
        first = false;
    }
    out += "\r\n";
}

} // namespace

QString vCardFallbackName(const VCard& card)
{
    const QString family = card.familyName.trimmed();
    const QString given = card.givenName.trimmed();
    if (!family.isEmpty() || !given.isEmpty()) {
        if (hasCjk(family) || hasCjk(given)) {
            return family + given;
        }
        if (family.isEmpty() || given.isEmpty()) {
            return family + given;
        }
        return given + u' ' + family;
    }
    if (!card.organization.trimmed().isEmpty()) {
        return card.organization.trimmed();
    }
    for (const VCard::EmailAddress& email : card.emails) {
        if (!email.address.trimmed().isEmpty()) {
            return email.address.trimmed();
        }
    }
    for (const VCard::Phone& phone : card.phones) {
        if (!phone.number.trimmed().isEmpty()) {
            return phone.number.trimmed();
        }
    }
    return {};
}

Result<VCardParse> VCardReader::read(const QByteArray& data, bool keepPhotos)
{
    QByteArrayView bytes(data);
    QByteArray converted;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    } else if (bytes.size() >= 2
        && (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
            || (bytes.size() >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0)
            || (bytes.size() >= 4 && bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0))) {
        // UTF-16, as some Windows programs export; the decoder takes the byte order from a BOM.
        const bool bigEndian = bytes.startsWith("\xFE\xFF") || bytes[0] == 0;
        QStringDecoder decoder(bigEndian ? QStringDecoder::Utf16BE : QStringDecoder::Utf16LE);
        QString text = decoder.decode(bytes);
        if (text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        converted = text.toUtf8();
        bytes = converted;
    }
    return Parser(bytes, keepPhotos).run();
}

QByteArray VCardWriter::write(const QList<VCard>& cards, Version version)
{
    const bool v4 = version == Version::V4;
    QByteArray out;
    for (const VCard& card : cards) {
        appendLine(out, "BEGIN:VCARD");
        appendLine(out, v4 ? "VERSION:4.0" : "VERSION:3.0");
        const QString name = card.formattedName.isEmpty() ? vCardFallbackName(card) : card.formattedName;
        appendLine(out, "FN:" + escaped(name));
        // 3.0 requires N; 4.0 leaves it out when there is nothing to say.
        if (!v4 || !card.familyName.isEmpty() || !card.givenName.isEmpty()) {
            appendLine(out, "N:" + escaped(card.familyName) + ';' + escaped(card.givenName) + ";;;");
        }
        if (!card.organization.isEmpty()) {
            appendLine(out, "ORG:" + escaped(card.organization));
        }
        if (!card.title.isEmpty()) {
            appendLine(out, "TITLE:" + escaped(card.title));
        }
        for (const VCard::Phone& phone : card.phones) {
            appendLine(out, "TEL" + typeParameters(phone.types, version) + ':' + escaped(phone.number));
        }
        for (const VCard::EmailAddress& email : card.emails) {
            appendLine(out, "EMAIL" + typeParameters(email.types, version) + ':' + escaped(email.address));
        }
        if (!card.address.isEmpty() || !card.city.isEmpty() || !card.region.isEmpty()
            || !card.postalCode.isEmpty() || !card.country.isEmpty()) {
            appendLine(out,
                "ADR:;;" + escaped(card.address) + ';' + escaped(card.city) + ';' + escaped(card.region) + ';'
                    + escaped(card.postalCode) + ';' + escaped(card.country));
        }
        if (!card.note.isEmpty()) {
            appendLine(out, "NOTE:" + escaped(card.note));
        }
        if (!card.photo.isEmpty()) {
            const QByteArray type = imageType(card.photoType, card.photo).toUtf8();
            if (v4) {
                appendLine(out, "PHOTO:data:" + type + ";base64," + card.photo.toBase64());
            } else {
                const qsizetype slash = type.indexOf('/');
                const QByteArray subtype = typeToken(QString::fromUtf8(type.sliced(slash + 1)), true);
                appendLine(out,
                    "PHOTO;ENCODING=b" + (subtype.isEmpty() ? QByteArray() : ";TYPE=" + subtype) + ':'
                        + card.photo.toBase64());
            }
        }
        appendLine(out, "END:VCARD");
    }
    return out;
}

} // namespace tandem
