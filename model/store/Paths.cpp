#include "Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace tandem::paths {

namespace {
const QString adoptedKey = QStringLiteral("settings/adoptedEarlier");
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tandem"));
    QCoreApplication::setApplicationName(QStringLiteral("tandem"));
}

void adoptEarlierSettings()
{
    QSettings settings;
    if (settings.value(adoptedKey).toBool()) {
        return;
    }
    // Where QSettings put them while the organisation had no name. The old file is left as it was.
    const QSettings earlier(QSettings::NativeFormat, QSettings::UserScope,
        QStringLiteral("Unknown Organization"), QCoreApplication::applicationName());
    if (earlier.fileName() != settings.fileName()) {
        for (const QString& key : earlier.allKeys()) {
            if (!settings.contains(key)) {
                settings.setValue(key, earlier.value(key));
            }
        }
    }
    settings.setValue(adoptedKey, true);
}

QString defaultDatabase()
{
    // The folder AppDataLocation named before the organisation had a name (~/.local/share/tandem): with the
    // name it would be ~/.local/share/Tandem/tandem, and every existing user would open an empty database.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QCoreApplication::applicationName() + QStringLiteral("/tandem.db"));
}

} // namespace tandem::paths
