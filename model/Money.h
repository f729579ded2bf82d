#pragma once

#include <QLocale>
#include <QString>

namespace tandem {

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
