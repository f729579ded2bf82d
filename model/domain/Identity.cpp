#include "Identity.h"

#include <QCryptographicHash>
#include <QSettings>

namespace tandem::identity {

namespace {
QString keyFor(const QString& databasePath)
{
    return QStringLiteral("identity/")
        + QString::fromLatin1(
            QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha1).toHex());
}
} // namespace

qint64 staffFor(const QString& databasePath)
{
    return QSettings().value(keyFor(databasePath), 0).toLongLong();
}

void setStaffFor(const QString& databasePath, qint64 staff)
{
    QSettings settings;
    if (staff) {
        settings.setValue(keyFor(databasePath), staff);
    } else {
        settings.remove(keyFor(databasePath));
    }
}

} // namespace tandem::identity
