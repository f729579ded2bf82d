#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// Short labels for a month or a day on a chart's axis, in the words and order of a locale: never a bare
// "12/25" that reads as a month beside a "9/14" that is a day.
namespace tandem::dateLabels {

// "Dec 2025", "2025年12月": the locale's long date without its day and weekday, the month's name short.
QString monthFormat(const QLocale& locale = QLocale());
QString month(const QDate& date, const QLocale& locale = QLocale());
// "Dec 1", "12月1日": the locale's long date without its year and weekday.
QString dayFormat(const QLocale& locale = QLocale());
QString day(const QDate& date, const QLocale& locale = QLocale());

} // namespace tandem::dateLabels
