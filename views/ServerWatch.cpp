#include "ServerWatch.h"

#include "Database.h"

#include <QSqlDriver>
#include <QTimer>
#include <QVariant>

namespace tandem {

ServerWatch::ServerWatch(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_settle(new QTimer(this))
    , m_heartbeat(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        QStringList tables(m_tables.cbegin(), m_tables.cend());
        tables.sort();
        m_tables.clear();
        emit changed(tables);
    });
    // Asking the driver whether it is still connected costs nothing (libpq keeps the state, and the
    // subscription makes it notice a closed connection at once): no statement is sent.
    m_heartbeat->setInterval(1000);
    connect(m_heartbeat, &QTimer::timeout, this, &ServerWatch::checkConnection);
    subscribe();
}

void ServerWatch::subscribe()
{
    if (!m_database.isServer()) {
        return;
    }
    QSqlDriver* driver = m_database.connection().driver();
    m_watching = driver && driver->subscribeToNotification(QString::fromLatin1(channel));
    if (m_watching) {
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (name == QLatin1String(channel) && source != QSqlDriver::SelfSource) {
                    noticeChange(payload.toString());
                }
            });
    }
    m_heartbeat->start();
}

void ServerWatch::resume()
{
    m_lost = false;
    m_tables.clear();
    subscribe();
}

void ServerWatch::noticeChange(const QString& table)
{
    m_tables.insert(table);
    // Not restarted by each save: a steady stream of them still reloads once a second.
    if (!m_settle->isActive()) {
        m_settle->start();
    }
}

void ServerWatch::checkConnection()
{
    if (m_lost || m_database.connection().isOpen()) {
        return;
    }
    m_lost = true;
    m_heartbeat->stop();
    m_settle->stop();
    emit lost();
}

} // namespace tandem
