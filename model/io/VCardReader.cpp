#include "VCard.h"
#include "VCardLines.h"
#include "VCardValues.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringDecoder>
#include <optional>

namespace tandem {

namespace {

using namespace vcard;

constexpr int maxWarnings = 100;

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
            if (!photoFromBase64(property.value, property.line, bytes)) {
                return;
            }
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
                warnPhotoLeftOut(property.line);
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
                if (!photoFromBase64(payload, property.line, bytes)) {
                    return;
                }
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

    void warnPhotoLeftOut(int line)
    {
        warn(QCoreApplication::translate(
            "tandem::VCard", "Line %1: The photo could not be decoded and was left out.")
                 .arg(line));
    }

    // The photo's bytes from base64; false, with a warning, when they do not decode.
    bool photoFromBase64(QByteArrayView encoded, int line, QByteArray& bytes)
    {
        auto decoded = decodeBase64(encoded);
        if (!decoded) {
            warnPhotoLeftOut(line);
            return false;
        }
        bytes = std::move(*decoded);
        return true;
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

} // namespace

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

} // namespace tandem
