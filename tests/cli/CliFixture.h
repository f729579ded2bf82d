#pragma once

#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace tandem::test {

// What every tandem-cli test class starts from: a throw-away home for its databases and files, and the
// helpers its tests run the command line with. A test class derives from it beside QObject.
class CliFixture
{
protected:
    using Run = CliRun;

    QTemporaryDir m_dir;

    Run cliOn(const QStringList& arguments, const QString& database)
    {
        return runCli(arguments, database, m_dir.path());
    }

    // A command line as a script writes it, its words one space apart.
    static QStringList words(const char* text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }

    // The record `--json show` prints; empty when there is none.
    QJsonObject shown(const QString& kind, const QString& ref, const QString& database)
    {
        const Run run = cliOn({ QStringLiteral("--json"), QStringLiteral("show"), kind, ref }, database);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
};

} // namespace tandem::test
