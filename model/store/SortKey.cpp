#include "SortKey.h"

#include "Pinyin.h"

#include <unicode/ucol.h>
#include <vector>

namespace tandem {

SortKey::SortKey(const QString& localeName)
    : m_localeName(localeName)
{
    UErrorCode status = U_ZERO_ERROR;
    m_collator = ucol_open(localeName.toUtf8().constData(), &status);
    if (U_FAILURE(status)) {
        status = U_ZERO_ERROR;
        m_collator = ucol_open("", &status);
    }
    if (m_collator) {
        // Secondary strength: "apple" and "Apple" sort together, accents still count.
        ucol_setStrength(m_collator, UCOL_SECONDARY);
    }
}

SortKey::~SortKey()
{
    if (m_collator) {
        ucol_close(m_collator);
    }
}

QByteArray SortKey::of(const QString& text) const
{
    // Chinese characters sort by their pinyin under every locale, among Latin names ("张伟" beside
    // "Zhang Wei"); ICU's own order for Han outside a Chinese collation is by code point.
    const QString latin = pinyin::latin(text);
    if (latin != text) {
        return keyOf(latin) + '\x01' + keyOf(text);
    }
    return keyOf(text);
}

QByteArray SortKey::keyOf(const QString& text) const
{
    if (!m_collator) {
        return text.toCaseFolded().toUtf8();
    }
    const auto* chars = reinterpret_cast<const UChar*>(text.utf16());
    uint8_t buffer[256];
    int32_t length = ucol_getSortKey(m_collator, chars, int32_t(text.size()), buffer, sizeof buffer);
    if (length <= int32_t(sizeof buffer)) {
        // The key ends in a zero byte that adds nothing to the order.
        return QByteArray(reinterpret_cast<const char*>(buffer), qMax(0, length - 1));
    }
    std::vector<uint8_t> large(static_cast<size_t>(length));
    length = ucol_getSortKey(m_collator, chars, int32_t(text.size()), large.data(), length);
    return QByteArray(reinterpret_cast<const char*>(large.data()), qMax(0, length - 1));
}

} // namespace tandem
