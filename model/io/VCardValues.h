#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

// What the value of a vCard property holds beneath its text: transfer encodings, backslash escapes,
// structured parts, URIs and image types. Internal to model/io; the reader decodes with these and the
// writer names its photos' types with imageType().
namespace tandem::vcard {

// RFC 2045 quoted-printable, without the soft line breaks (unfolding already removed them).
QByteArray decodeQuotedPrintable(QByteArrayView in);
std::optional<QByteArray> decodeBase64(QByteArrayView in);
// Undoes the backslash escapes of vCard text: \n \N \\ \, \; (and \: which some phones write).
// Any other backslash is kept as it is.
QString unescape(QStringView text);
// Splits a structured value (N, ADR, ORG) on the semicolons that are not escaped.
QList<QStringView> splitStructured(QStringView text);
// A value given as a URI (vCard 4.0's "tel:+86…", "mailto:…") without its scheme.
QString withoutScheme(const QString& value, QLatin1StringView scheme);
// The non-blank lines of the text, each trimmed, joined by `separator`.
QString joinedLines(QString text, const QString& separator);
// A MIME type from what files write: "JPEG" (3.0), "image/jpeg" (4.0), "jpg"; else from the bytes.
QString imageType(const QString& declared, QByteArrayView bytes);

} // namespace tandem::vcard
