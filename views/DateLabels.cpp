#include "DateLabels.h"

#include <QList>

namespace tandem::dateLabels {

namespace {
struct Part
{
    QString text;
    bool field = false; // a run of one format letter: yyyy, MMMM, d, dddd
};

QList<Part> partsOf(const QString& format)
{
    static const QString letters = QStringLiteral("dMy");
    QList<Part> parts;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        qsizetype end = i + 1;
        if (letters.contains(c)) {
            while (end < format.size() && format.at(end) == c) {
                ++end;
            }
        } else {
            // Text up to the next format letter; a quoted stretch is text whatever it holds.
            bool quoted = c == QLatin1Char('\'');
            while (end < format.size() && (quoted || !letters.contains(format.at(end)))) {
                if (format.at(end) == QLatin1Char('\'')) {
                    quoted = !quoted;
                }
                ++end;
            }
        }
        const Part part { format.mid(i, end - i), letters.contains(c) };
        if (!part.field && !parts.isEmpty() && !parts.last().field) {
            parts.last().text += part.text;
        } else {
            parts << part;
        }
        i = end;
    }
    return parts;
}

// Spaces and commas between fields, not a word that belongs to one (年, 月, 日).
bool isSeparator(const QString& text)
{
    for (QChar c : text) {
        if (!c.isSpace() && !c.isPunct()) {
            return false;
        }
    }
    return true;
}

// The locale's long date format without the fields `drop` says, each taken with the text that follows
// it (its word or its separator), or, last in the format, with the separator before it.
QString longFormatWithout(const QLocale& locale, bool (*drop)(const QString& field))
{
    QList<Part> parts = partsOf(locale.dateFormat(QLocale::LongFormat));
    for (qsizetype i = 0; i < parts.size();) {
        if (!parts.at(i).field || !drop(parts.at(i).text)) {
            ++i;
            continue;
        }
        if (i + 1 < parts.size() && !parts.at(i + 1).field) {
            parts.remove(i, 2);
        } else if (i > 0 && !parts.at(i - 1).field && isSeparator(parts.at(i - 1).text)) {
            parts.remove(i - 1, 2);
            --i;
        } else {
            parts.remove(i);
        }
    }
    QString format;
    for (const Part& part : parts) {
        // A month's short name is enough on an axis.
        format += part.text == QLatin1String("MMMM") ? QStringLiteral("MMM") : part.text;
    }
    return format.trimmed();
}
} // namespace

QString monthFormat(const QLocale& locale)
{
    return longFormatWithout(locale, [](const QString& field) { return field.startsWith(QLatin1Char('d')); });
}

QString month(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, monthFormat(locale));
}

QString dayFormat(const QLocale& locale)
{
    return longFormatWithout(locale, [](const QString& field) {
        return field.startsWith(QLatin1Char('y')) || field.startsWith(QLatin1String("ddd"));
    });
}

QString day(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, dayFormat(locale));
}

} // namespace tandem::dateLabels
