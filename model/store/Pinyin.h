#pragma once

#include <QString>

namespace tandem::pinyin {

// Whether `c` is a Chinese character (Han script), the characters that have a pinyin reading.
bool isHan(char32_t c);

// The toneless lower-case pinyin of one Han character ("张" → "zhang"), read by ICU's Han-Latin
// transliterator with its surname readings (单 → shan); empty for any other character. Characters are read
// one at a time and remembered, since the transliterator costs about 10 µs a character: a word's context
// (重庆 read as chong-qing) is not considered. Thread-safe.
QString syllable(char32_t c);

// The text with each Han character replaced by its syllable between spaces ("张伟 Ltd" → "zhang wei Ltd"):
// what sorts a Chinese name among Latin ones by its pinyin, whatever the collation's locale.
QString latin(const QString& text);

} // namespace tandem::pinyin
