#include "Pinyin.h"

#include <QHash>
#include <QMutex>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

namespace tandem::pinyin {

namespace {

// One transliterator and the syllables read so far, shared by every thread under one lock: a character is
// looked up in the table far more often than it is read.
struct Reader
{
    QMutex lock;
    UTransliterator* transliterator = nullptr;
    QHash<char32_t, QString> syllables;

    Reader()
    {
        UErrorCode status = U_ZERO_ERROR;
        const QString id = QStringLiteral("Han-Latin/Names; Latin-ASCII; Lower");
        transliterator = utrans_openU(reinterpret_cast<const UChar*>(id.utf16()), int32_t(id.size()),
            UTRANS_FORWARD, nullptr, 0, nullptr, &status);
        if (U_FAILURE(status)) {
            transliterator = nullptr;
        }
    }
    ~Reader()
    {
        if (transliterator) {
            utrans_close(transliterator);
        }
    }

    QString read(char32_t c)
    {
        if (!transliterator) {
            return {};
        }
        UChar buffer[32];
        int32_t length = 0;
        UErrorCode status = U_ZERO_ERROR;
        U16_APPEND_UNSAFE(buffer, length, c);
        int32_t limit = length;
        utrans_transUChars(transliterator, buffer, &length, 32, 0, &limit, &status);
        if (U_FAILURE(status)) {
            return {};
        }
        QString result = QString::fromUtf16(reinterpret_cast<const char16_t*>(buffer), length).trimmed();
        // A character the transliterator does not know comes back as itself.
        for (QChar ch : result) {
            if (ch.unicode() > 0x7f || !ch.isLetter()) {
                return {};
            }
        }
        return result;
    }
};

Reader& reader()
{
    static Reader instance;
    return instance;
}

} // namespace

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

QString syllable(char32_t c)
{
    if (!isHan(c)) {
        return {};
    }
    Reader& shared = reader();
    QMutexLocker locked(&shared.lock);
    const auto known = shared.syllables.constFind(c);
    if (known != shared.syllables.constEnd()) {
        return known.value();
    }
    const QString read = shared.read(c);
    shared.syllables.insert(c, read);
    return read;
}

QString latin(const QString& text)
{
    QString out;
    out.reserve(text.size() * 4);
    bool lastWasHan = false;
    for (char32_t c : text.toUcs4()) {
        const QString reading = syllable(c);
        if (!reading.isEmpty()) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' '))) {
                out += QLatin1Char(' ');
            }
            out += reading;
            lastWasHan = true;
            continue;
        }
        if (lastWasHan && !QChar::isSpace(c)) {
            out += QLatin1Char(' ');
        }
        out += QString::fromUcs4(&c, 1);
        lastWasHan = false;
    }
    return out;
}

} // namespace tandem::pinyin
