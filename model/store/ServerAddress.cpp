#include "ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>

namespace tandem {

Result<ServerAddress> ServerAddress::parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    const auto invalid = [&location](const QString& why) {
        return Error::usage(QCoreApplication::translate("tandem::ServerAddress",
            "%1 is not a team server address (%2); write postgresql://USER@HOST:PORT/DATABASE.")
                                .arg(location, why));
    };
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        return invalid(
            QCoreApplication::translate("tandem::ServerAddress", "it must start with postgresql://"));
    }
    if (!url.password().isEmpty()) {
        return invalid(QCoreApplication::translate(
            "tandem::ServerAddress", "leave the password out: it is read from PGPASSWORD or ~/.pgpass"));
    }
    ServerAddress address;
    address.user = url.userName();
    if (!url.host().isEmpty()) {
        address.host = url.host();
    }
    address.port = url.port(5432);
    address.database = url.path().mid(1);
    if (address.user.isEmpty()) {
        return invalid(QCoreApplication::translate("tandem::ServerAddress", "the user name is missing"));
    }
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/'))) {
        return invalid(QCoreApplication::translate("tandem::ServerAddress", "the database name is missing"));
    }
    return address;
}

QString ServerAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString ServerAddress::displayName() const
{
    return QCoreApplication::translate("tandem::ServerAddress", "%1 on %2").arg(database, host);
}

} // namespace tandem
