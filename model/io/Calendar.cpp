#include "Calendar.h"

#include "Clock.h"
#include "Database.h"
#include "Sql.h"
#include "Words.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace tandem {

namespace {

// Text as a property value: backslash, semicolon, comma and line breaks escaped.
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    text.replace(QLatin1Char(','), QStringLiteral("\\,"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\\n"));
    text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    text.remove(QLatin1Char('\r'));
    return text;
}

// One content line, folded at 75 octets without splitting a UTF-8 sequence, ended by CRLF.
QByteArray folded(const QString& line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        int length = 1;
        const auto lead = static_cast<unsigned char>(bytes.at(i));
        if (lead >= 0xF0) {
            length = 4;
        } else if (lead >= 0xE0) {
            length = 3;
        } else if (lead >= 0xC0) {
            length = 2;
        }
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += bytes.mid(i, length);
        width += length;
        i += length;
    }
    return out + "\r\n";
}

QString utcStamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

} // namespace

Result<QByteArray> Calendar::write(Database& database, const Contents& contents)
{
    const QSqlDatabase db = database.connection();
    const QString stamp = utcStamp(Clock::nowUtc());
    QByteArray out;
    for (const QString& line : { QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
             QStringLiteral("PRODID:-//Tandem//Tandem CRM//EN"), QStringLiteral("CALSCALE:GREGORIAN"),
             QStringLiteral("METHOD:PUBLISH") }) {
        out += folded(line);
    }
    if (contents.followUps) {
        auto rows = sql::run(db,
            QStringLiteral(
                "SELECT i.id, i.next_step, i.next_step_due, a.name, coalesce(s.name, '') FROM interactions i "
                "JOIN accounts a ON a.party_id = i.account_id LEFT JOIN staff s ON s.party_id = i.staff_id "
                "WHERE i.next_step_done = 0 AND i.next_step_due IS NOT NULL AND coalesce(i.next_step, '') <> "
                "'' AND (? = 0 OR i.staff_id = ?) ORDER BY i.next_step_due, i.id"),
            { contents.staff, contents.staff });
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            const QDate day = QDate::fromString(rows->value(2).toString().left(10), Qt::ISODate);
            if (!day.isValid()) {
                continue;
            }
            out += folded(QStringLiteral("BEGIN:VEVENT"));
            out += folded(QStringLiteral("UID:follow-up-%1@tandem").arg(rows->value(0).toLongLong()));
            out += folded(QStringLiteral("DTSTAMP:%1").arg(stamp));
            out += folded(
                QStringLiteral("DTSTART;VALUE=DATE:%1").arg(day.toString(QStringLiteral("yyyyMMdd"))));
            out += folded(QStringLiteral("DTEND;VALUE=DATE:%1")
                              .arg(day.addDays(1).toString(QStringLiteral("yyyyMMdd"))));
            out += folded(QStringLiteral("SUMMARY:%1")
                              .arg(escaped(QCoreApplication::translate("tandem::Calendar", "%1 – %2")
                                               .arg(rows->value(1).toString(), rows->value(3).toString()))));
            if (!rows->value(4).toString().isEmpty()) {
                out += folded(
                    QStringLiteral("DESCRIPTION:%1")
                        .arg(escaped(QCoreApplication::translate("tandem::Calendar", "Follow-up of %1")
                                         .arg(rows->value(4).toString()))));
            }
            out += folded(QStringLiteral("CATEGORIES:%1")
                              .arg(escaped(QCoreApplication::translate("tandem::Calendar", "Follow-up"))));
            out += folded(QStringLiteral("END:VEVENT"));
        }
    }
    if (contents.requests) {
        auto rows = sql::run(db,
            QStringLiteral(
                "SELECT r.id, r.title, r.due_at, rp.display_name, pp.display_name FROM service_requests r "
                "JOIN parties rp ON rp.id = r.requester JOIN parties pp ON pp.id = r.provider WHERE %1 AND "
                "r.due_at IS NOT NULL AND (? = 0 OR r.provider = ? OR r.requester = ?) ORDER BY r.due_at, "
                "r.id")
                .arg(requestIsOpenSql(QStringLiteral("r"))),
            { contents.staff, contents.staff, contents.staff });
        if (!rows) {
            return rows.error();
        }
        while (rows->next()) {
            const QDateTime due = QDateTime::fromString(rows->value(2).toString(), Qt::ISODate);
            if (!due.isValid()) {
                continue;
            }
            out += folded(QStringLiteral("BEGIN:VEVENT"));
            out += folded(QStringLiteral("UID:request-%1@tandem").arg(rows->value(0).toLongLong()));
            out += folded(QStringLiteral("DTSTAMP:%1").arg(stamp));
            out += folded(QStringLiteral("DTSTART:%1").arg(utcStamp(due)));
            out += folded(QStringLiteral("DURATION:PT30M"));
            out += folded(QStringLiteral("SUMMARY:%1")
                              .arg(escaped(QCoreApplication::translate("tandem::Calendar", "Due: %1")
                                               .arg(rows->value(1).toString()))));
            out += folded(QStringLiteral("DESCRIPTION:%1")
                              .arg(escaped(QCoreApplication::translate("tandem::Calendar", "%1 asks %2")
                                               .arg(rows->value(3).toString(), rows->value(4).toString()))));
            out += folded(
                QStringLiteral("CATEGORIES:%1")
                    .arg(escaped(QCoreApplication::translate("tandem::Calendar", "Service request"))));
            out += folded(QStringLiteral("END:VEVENT"));
        }
    }
    out += folded(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace tandem
