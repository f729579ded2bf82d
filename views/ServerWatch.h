#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace tandem {

class Database;

// Keeps a window in step with a team server. Colleagues' saves arrive as notifications (the server's
// triggers NOTIFY tandem_changes with the table's name after each commit), gathered into one `changed` a
// second however many come; this window's own saves are left out, since it reloads after them already.
// A lost connection (the server restarted, the network went) is noticed within a second, without waiting
// for the next statement to fail. On a local file there is nothing to watch: it stays quiet.
class ServerWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr auto channel = "tandem_changes";
    static constexpr int settleMs = 1000; // a burst of saves reloads once, at most this long after the first

    explicit ServerWatch(Database& database, QObject* parent = nullptr);

    bool isWatching() const { return m_watching; }
    bool isLost() const { return m_lost; }
    // Watches again once the database reconnected: the connection, and so the subscription, is new.
    void resume();
    // A colleague changed `table`: `changed` follows once the burst settles. Public for tests, which have
    // no colleague to save.
    void noticeChange(const QString& table);

signals:
    // Colleagues changed these tables since the last time.
    void changed(const QStringList& tables);
    // The connection to the server is gone; the window should offer to reconnect.
    void lost();

private:
    void subscribe();
    void checkConnection();

    Database& m_database;
    QTimer* m_settle;
    QTimer* m_heartbeat;
    QSet<QString> m_tables;
    bool m_watching = false;
    bool m_lost = false;
};

} // namespace tandem
