#include "Clock.h"

#include <QTimeZone>

namespace tandem {

namespace {
QDateTime& fixedTime()
{
    static QDateTime fixed;
    return fixed;
}
} // namespace

QDateTime Clock::nowUtc()
{
    return fixedTime().isValid() ? fixedTime() : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return nowUtc().toLocalTime().date();
}

void Clock::setFixed(const QDateTime& fixedUtc)
{
    fixedTime() = fixedUtc.toUTC();
}

QString Clock::toIso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace tandem
