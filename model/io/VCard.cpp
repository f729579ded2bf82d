#include "VCard.h"

namespace tandem {

namespace {

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

} // namespace tandem
