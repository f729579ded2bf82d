#pragma once

#include "Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tandem::test {

// Opens (creating) a database in `dir`, failing the test with the model's own sentence if it cannot.
inline std::unique_ptr<Database> openIn(const QTemporaryDir& dir,
    const QString& name = QStringLiteral("test.db"), Database::Options options = Database::Options())
{
    auto database = Database::open(dir.filePath(name), options);
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
