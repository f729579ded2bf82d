#include "VCard.h"
#include "VCardValues.h"

namespace tandem {

namespace {

using vcard::imageType;

constexpr qsizetype foldOctets = 75;

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
