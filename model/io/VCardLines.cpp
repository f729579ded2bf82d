#include "VCardLines.h"

#include <cstring>

namespace tandem::vcard {

namespace {

constexpr qsizetype maxTypesPerProperty = 16;

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

} // namespace

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

void PhysicalLines::locate()
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

} // namespace tandem::vcard
