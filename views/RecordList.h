#pragma once

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStringList>
#include <QTreeWidget>

namespace tandem {

// A flat, read-only list of records with these column headers, as the detail dialogs show them.
inline QTreeWidget* makeRecordList(QWidget* parent, const QStringList& headers)
{
    auto* list = new QTreeWidget(parent);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

// A stored ISO 8601 UTC time as the reader's local date and time, in the locale's short form.
inline QString localDateTime(const QString& iso)
{
    if (iso.isEmpty()) {
        return QString();
    }
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate).toLocalTime();
    return QLocale().toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QLocale().toString(time.time(), QLocale::ShortFormat);
}

// A stored date, or the reader's local day of a stored time, in the locale's short form.
inline QString localDay(const QString& iso)
{
    if (iso.isEmpty()) {
        return QString();
    }
    // A time in UTC may fall on another day where the reader is: 23:00 UTC is the next morning in Beijing.
    const QDate day = iso.size() > 10 ? QDateTime::fromString(iso, Qt::ISODate).toLocalTime().date()
                                      : QDate::fromString(iso, Qt::ISODate);
    return QLocale().toString(day, QLocale::ShortFormat);
}

} // namespace tandem
