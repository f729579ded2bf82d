#include "Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace tandem::paths {

QString defaultDatabase()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("tandem.db"));
}

} // namespace tandem::paths
