#pragma once

#include <QByteArray>
#include <QString>

struct UCollator;

namespace tandem {

// Binary sort keys from ICU's collator, stored in an indexed column so that SQL sorts names the way people
// expect: Chinese by pinyin (in any locale), the locale's dictionary order for the rest.
// Byte order of UTF-8 is wrong for both. Not thread-safe: one instance per thread.
class SortKey
{
public:
    explicit SortKey(const QString& localeName);
    ~SortKey();
    SortKey(const SortKey&) = delete;
    SortKey& operator=(const SortKey&) = delete;

    QByteArray of(const QString& text) const;
    QString localeName() const { return m_localeName; }

private:
    QByteArray keyOf(const QString& text) const;

    QString m_localeName;
    UCollator* m_collator = nullptr;
};

} // namespace tandem
