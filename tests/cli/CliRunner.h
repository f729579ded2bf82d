#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace tandem::test {

// What one run of tandem-cli did.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs tandem-cli as a script would: in English, with HOME and the XDG folders inside `home`, on
// `database` when it is not null. `inChild` runs in the child before it starts (limits, signals).
inline QProcess* startCli(const QStringList& arguments, const QString& database, const QString& home,
    const std::function<void()>& inChild = {})
{
    auto* process = new QProcess;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    process->setProcessEnvironment(environment);
    if (inChild) {
        process->setChildProcessModifier(inChild);
    }
    QStringList all;
    if (!database.isNull()) {
        all << QStringLiteral("--database") << database;
    }
    all << arguments;
    process->start(QStringLiteral(TANDEM_CLI_PATH), all);
    return process;
}

// Waits for a started run and tells what it did.
inline CliRun finishCli(QProcess* process)
{
    std::unique_ptr<QProcess> owned(process);
    if (!owned->waitForFinished(120000)) {
        return {};
    }
    return { owned->exitCode(), QString::fromUtf8(owned->readAllStandardOutput()),
        QString::fromUtf8(owned->readAllStandardError()) };
}

inline CliRun runCli(const QStringList& arguments, const QString& database, const QString& home,
    const std::function<void()>& inChild = {})
{
    return finishCli(startCli(arguments, database, home, inChild));
}

} // namespace tandem::test
