#pragma once

#include "Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tandem {

// One contact as a vCard file carries it, reduced to the fields Tandem keeps.
struct VCard
{
    struct Phone
    {
        QString number;
        QStringList types; // lowercase, as written: cell, work, home, voice, fax, pref (always last), ...
        bool operator==(const Phone&) const = default;
    };
    struct EmailAddress
    {
        QString address;
        QStringList types; // lowercase: internet, work, home, pref (always last), ...
        bool operator==(const EmailAddress&) const = default;
    };

    QString formattedName; // FN; made from N (or ORG, an e-mail address, a number) when the file has none
    QString familyName, givenName;
    QString organization; // the first component of ORG
    QString title;
    QList<Phone> phones;
    QList<EmailAddress> emails;
    QString address; // the street's lines, then the extended address and the post office box, one a line
    QString city, region, postalCode, country;
    QString note;
    QByteArray photo; // the image file's bytes; only when read with keepPhotos
    QString photoType; // a MIME type such as "image/jpeg"; empty when unknown
    int line = 0; // the line of BEGIN:VCARD in the file read, counting from 1

    // Compares every field, line included.
    bool operator==(const VCard&) const = default;
};

struct VCardParse
{
    QList<VCard> cards;
    QStringList warnings; // sentences naming the line, for what was read in part or left out
};

// Reads vCard 2.1 (old phones), 3.0 (RFC 2426) and 4.0 (RFC 6350). Lenient about what phones really
// write; fails only on a file that is not vCard at all or whose BEGIN and END lines do not pair up.
// Never downloads anything: a photo given as a link is left out with a warning.
class VCardReader
{
public:
    static constexpr qsizetype maxLineBytes = 10 * 1024 * 1024; // one unfolded line

    static Result<VCardParse> read(const QByteArray& data, bool keepPhotos = false);
};

// Writes UTF-8 vCards with CRLF line ends, folded at 75 octets.
class VCardWriter
{
public:
    enum class Version
    {
        V3, // RFC 2426
        V4, // RFC 6350
    };

    static QByteArray write(const QList<VCard>& cards, Version version = Version::V4);
};

// The name to show for a card without FN: "given family" ("familygiven" for Chinese, Japanese and Korean
// names), else the organisation, the first e-mail address or the first number.
QString vCardFallbackName(const VCard& card);

} // namespace tandem
