#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

namespace tandem::test {

// The throw-away PostgreSQL cluster the test run started (tests/pg/cluster.sh), as its admin's address,
// when this test runs on the server backend (the *_pg tests); empty for a file.
inline QString testServer()
{
    const QByteArray file = qgetenv("TANDEM_TEST_POSTGRES_FILE");
    if (file.isEmpty()) {
        return {};
    }
    QFile url(QString::fromLocal8Bit(file));
    return url.open(QIODevice::ReadOnly) ? QString::fromUtf8(url.readAll()).trimmed() : QString();
}

// A new, empty database on the test server for what a test calls `key` (a folder and a file name), the
// same one each time the test asks for that key again.
inline QString serverDatabaseFor(const QString& key)
{
    static QHash<QString, QString> made;
    if (made.contains(key)) {
        return made.value(key);
    }
    const QUrl admin(testServer());
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(made.size());
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tandem-test-admin"));
        db.setHostName(admin.host());
        db.setPort(admin.port());
        db.setUserName(admin.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open() || !QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            qWarning("cannot create the test database %s: %s", qPrintable(name),
                qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tandem-test-admin"));
    QUrl url = admin;
    url.setPath(QLatin1Char('/') + name);
    made.insert(key, url.toString());
    return url.toString();
}

// Where a test's database named `name` in `dir` lives: that file, or on the server backend a database of
// its own on the test server.
inline QString locationIn(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.db"))
{
    return testServer().isEmpty() ? dir.filePath(name) : serverDatabaseFor(dir.filePath(name));
}

// Opens (creating) a database in `dir`, failing the test with the model's own sentence if it cannot.
inline std::unique_ptr<Database> openIn(const QTemporaryDir& dir,
    const QString& name = QStringLiteral("test.db"), Database::Options options = Database::Options())
{
    auto database = Database::open(locationIn(dir, name), options);
    if (!database) {
        qWarning("%s", qPrintable(database.error().message));
        return nullptr;
    }
    return std::move(*database);
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace tandem::test
