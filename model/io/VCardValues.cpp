#include "VCardValues.h"

#include <QStringList>

namespace tandem::vcard {

namespace {

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

} // namespace

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

QString withoutScheme(const QString& value, QLatin1StringView scheme)
{
    return value.startsWith(scheme, Qt::CaseInsensitive) ? value.sliced(scheme.size()).trimmed() : value;
}

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

} // namespace tandem::vcard
