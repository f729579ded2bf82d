#include "Cli.h"
#include "Paths.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {

QtMessageHandler qtMessages = nullptr;

// PostgreSQL's driver warns when it frees a prepared statement in a transaction that a failed statement
// already ended; the failure itself is reported in one sentence, so the driver's echo of it is noise.
void withoutDriverEchoes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("Unable to free statement"))) {
        return;
    }
    qtMessages(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    qtMessages = qInstallMessageHandler(withoutDriverEchoes);
    // Printing a briefing lays out text, which needs Qt Gui and its fonts (no screen: the offscreen
    // platform). Every other command starts without them.
    bool printing = false;
    for (int i = 1; i < argc; ++i) {
        printing = printing || qstrcmp(argv[i], "--brief") == 0 || qstrncmp(argv[i], "--brief=", 8) == 0;
    }
    std::unique_ptr<QCoreApplication> app;
    if (printing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    tandem::paths::setApplicationNames();
    tandem::paths::adoptEarlierSettings();
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    tandem::translations::install(QString(), printing); // a printed briefing lays out Qt text too
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    // Through stdio, whose buffer keeps a long listing fast; the context flushes it before an error.
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    return tandem::Cli(arguments, out, err).run();
}
