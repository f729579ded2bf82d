#pragma once

#include <QLocale>
#include <QString>

namespace tandem {

// The largest amount Tandem keeps, in minor units: fifteen digits, which a JSON reader that holds numbers as
// doubles still reads exactly.
inline constexpr qint64 maxMinorUnits = 999'999'999'999'999;

// An amount of integer minor units as a person reads it, in the locale's digits: "1,280.00". Integer
// arithmetic all the way to the text; money never passes through floating point.
inline QString formatMinorUnits(qint64 minor)
{
    const QLocale locale;
    return QStringLiteral("%1%2%3")
        .arg(locale.toString(minor / 100), locale.decimalPoint())
        .arg(minor % 100, 2, 10, QLatin1Char('0'));
}

} // namespace tandem
