#include "Clock.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Handover.h"
#include "Money.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

// The briefing document of a handover: what the successors need that is not in the data.
namespace tandem {

Result<QString> Handover::briefingFileName(qint64 handover) const
{
    auto header = sql::row(m_database.connection(),
        QStringLiteral("SELECT f.name, h.at FROM handovers h JOIN staff f ON f.party_id = h.from_staff WHERE "
                       "h.id = ?"),
        { handover },
        QCoreApplication::translate("tandem::Handover", "There is no handover %1.").arg(handover));
    if (!header) {
        return header.error();
    }
    // A name may hold characters some file systems refuse; they become dashes.
    static const QRegularExpression refused(QStringLiteral("[/\\\\:*?\"<>|]"));
    const QString name = header->value(0).toString().replace(refused, QStringLiteral("-")).simplified();
    const QString day = QDateTime::fromString(header->value(1).toString(), Qt::ISODate)
                            .toLocalTime()
                            .date()
                            .toString(Qt::ISODate);
    return QCoreApplication::translate("tandem::Handover", "Briefing - %1 - %2").arg(name, day);
}

Result<QString> Handover::briefingHtml(qint64 handover) const
{
    const QSqlDatabase db = m_database.connection();
    auto header = sql::row(db,
        QStringLiteral(
            "SELECT f.name, s.name, h.at, h.reason, h.notes, h.watch_until, m.name FROM handovers h JOIN "
            "staff f ON f.party_id = h.from_staff LEFT JOIN staff s ON s.party_id = h.successor LEFT JOIN "
            "staff m ON m.party_id = f.manager_id WHERE h.id = ?"),
        { handover },
        QCoreApplication::translate("tandem::Handover", "There is no handover %1.").arg(handover));
    if (!header) {
        return header.error();
    }
    const QLocale locale;
    // Escaped, and a line break of an address or a note shown as one (HTML would run the lines together).
    auto esc = [](const QString& text) {
        return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    };
    auto day = [&](const QString& iso) {
        return iso.isEmpty()
            ? QString()
            : locale.toString(QDate::fromString(iso.left(10), Qt::ISODate), QLocale::ShortFormat);
    };
    QString html;
    html += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>")
                .arg(esc(QCoreApplication::translate("tandem::Handover", "Handover briefing")));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(esc(QCoreApplication::translate("tandem::Handover", "Handover briefing: %1")
                             .arg(header->value(0).toString())));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(QCoreApplication::translate(
                    "tandem::Handover", "Handed over on %1 to %2; watched until %3.")
                             .arg(day(header->value(2).toString()), header->value(1).toString(),
                                 day(header->value(5).toString()))));
    if (!header->value(3).toString().isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(QCoreApplication::translate("tandem::Handover", "Reason:")),
                        esc(header->value(3).toString()));
    }
    if (!header->value(4).toString().isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(QCoreApplication::translate("tandem::Handover", "Notes:")),
                        esc(header->value(4).toString()));
    }
    if (!header->value(6).toString().isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(QCoreApplication::translate("tandem::Handover", "Person to ask:")),
                        esc(header->value(6).toString()));
    }
    auto accounts = sql::run(db,
        QStringLiteral(
            "SELECT it.item_id, a.name, a.segment, s.name, it.briefing, a.city FROM handover_items it JOIN "
            "accounts a ON a.party_id = it.item_id LEFT JOIN staff s ON s.party_id = it.to_staff WHERE "
            "it.handover_id = ? AND it.item_kind = 'account' ORDER BY a.name"),
        { handover });
    if (!accounts) {
        return accounts.error();
    }
    while (accounts->next()) {
        const qint64 account = accounts->value(0).toLongLong();
        html += QStringLiteral("<h2>%1</h2>").arg(esc(accounts->value(1).toString()));
        html
            += QStringLiteral("<p>%1</p>")
                   .arg(esc(QCoreApplication::translate(
                       "tandem::Handover", "Segment: %1 · City: %2 · New owner: %3")
                                .arg(labels::choice(QStringLiteral("segment"), accounts->value(2).toString()),
                                    accounts->value(5).toString(), accounts->value(3).toString())));
        const QString briefing = accounts->value(4).toString();
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(QCoreApplication::translate("tandem::Handover", "Briefing:")),
                        briefing.isEmpty()
                            ? esc(QCoreApplication::translate("tandem::Handover", "(none written)"))
                            : esc(briefing));
        enum class Cell
        {
            Text,
            Date,
            Segment,
            Kind,
            Money,
        };
        const struct
        {
            const char* heading;
            const char* statement;
            QList<std::pair<const char*, Cell>> columns;
        } sections[] = {
            { QT_TRANSLATE_NOOP("tandem::Handover", "Contacts"),
                "SELECT name, coalesce(title, ''), coalesce(mobile, phone, ''), coalesce(email, '') FROM "
                "contacts "
                "WHERE account_id = ? ORDER BY sort_key",
                { { QT_TRANSLATE_NOOP("tandem::Handover", "Name"), Cell::Text },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "Job title"), Cell::Text },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "Phone"), Cell::Text },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "E-mail"), Cell::Text } } },
            { QT_TRANSLATE_NOOP("tandem::Handover", "Segment history"),
                "SELECT changed_at, from_segment, to_segment, coalesce(reason, '') FROM segment_changes "
                "WHERE "
                "account_id = ? ORDER BY changed_at",
                { { QT_TRANSLATE_NOOP("tandem::Handover", "Date"), Cell::Date },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "From"), Cell::Segment },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "To"), Cell::Segment },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "Why"), Cell::Text } } },
            { QT_TRANSLATE_NOOP("tandem::Handover", "Purchases by year"),
                "SELECT substr(purchased_on, 1, 4), currency, sum(CASE WHEN from_competitor = 0 THEN amount "
                "ELSE 0 "
                "END), sum(CASE WHEN from_competitor = 1 THEN amount ELSE 0 END) FROM purchases WHERE "
                "account_id = "
                "? GROUP BY 1, 2 ORDER BY 1 DESC, 2",
                { { QT_TRANSLATE_NOOP("tandem::Handover", "Year"), Cell::Text },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "Currency"), Cell::Text },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "From us"), Cell::Money },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "From competitors"), Cell::Money } } },
            { QT_TRANSLATE_NOOP("tandem::Handover", "Last interactions"),
                "SELECT occurred_at, kind, coalesce(summary, '') FROM interactions i WHERE account_id = ? "
                "AND "
                "coalesce(summary, '') <> '' AND NOT EXISTS (SELECT 1 FROM handover_items hi WHERE "
                "hi.item_kind = 'follow_up' AND hi.item_id = i.id) ORDER BY occurred_at DESC LIMIT 5",
                { { QT_TRANSLATE_NOOP("tandem::Handover", "Date"), Cell::Date },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "Kind"), Cell::Kind },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "Summary"), Cell::Text } } },
            { QT_TRANSLATE_NOOP("tandem::Handover", "Open items"),
                "SELECT coalesce(next_step_due, ''), next_step FROM interactions WHERE account_id = ? AND "
                "next_step_done = 0 AND coalesce(next_step, '') <> '' ORDER BY next_step_due",
                { { QT_TRANSLATE_NOOP("tandem::Handover", "Due"), Cell::Date },
                    { QT_TRANSLATE_NOOP("tandem::Handover", "Next step"), Cell::Text } } },
        };
        for (const auto& section : sections) {
            auto rows = sql::run(db, QString::fromLatin1(section.statement), { account });
            if (!rows) {
                return rows.error();
            }
            QString body;
            while (rows->next()) {
                QStringList cells;
                for (int i = 0; i < section.columns.size(); ++i) {
                    const QVariant value = rows->value(i);
                    QString cell = value.toString();
                    switch (section.columns.at(i).second) {
                    case Cell::Date:
                        cell = day(cell);
                        break;
                    case Cell::Segment:
                        cell = labels::choice(QStringLiteral("segment"), cell);
                        break;
                    case Cell::Kind:
                        cell = labels::choice(QStringLiteral("kind"), cell);
                        break;
                    case Cell::Money:
                        cell = value.toLongLong() ? formatMinorUnits(value.toLongLong()) : QString();
                        break;
                    case Cell::Text:
                        break;
                    }
                    cells << QStringLiteral("<td>%1</td>").arg(esc(cell));
                }
                body += QStringLiteral("<tr>%1</tr>").arg(cells.join(QString()));
            }
            html += QStringLiteral("<h3>%1</h3>")
                        .arg(esc(QCoreApplication::translate("tandem::Handover", section.heading)));
            if (body.isEmpty()) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(esc(QCoreApplication::translate("tandem::Handover", "None.")));
                continue;
            }
            QStringList headers;
            for (const auto& [header, kind] : section.columns) {
                headers << QStringLiteral("<th align=\"left\">%1</th>")
                               .arg(esc(QCoreApplication::translate("tandem::Handover", header)));
            }
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                   "width=\"100%\"><tr>%1</tr>%2</table>")
                        .arg(headers.join(QString()), body);
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace tandem
