#include "AppController.h"
#include "Paths.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tandem::paths::setApplicationNames();
    tandem::paths::adoptEarlierSettings();
    QApplication::setApplicationDisplayName(QStringLiteral("Tandem"));
    QApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("tandem"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tandem.svg")));
    tandem::translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Tandem: internal and external customers in one CRM."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("main",
            "Open the database at PATH, or the team server at postgresql://USER@HOST:PORT/DBNAME "
            "(the password from the keyring, PGPASSWORD or ~/.pgpass, else asked)."),
        QStringLiteral("PATH"));
    parser.addOption(database);
    parser.addPositionalArgument(
        QStringLiteral("file"), QCoreApplication::translate("main", "A database file to open."));
    parser.process(app);
    QString path = parser.value(database);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty()) {
        path = parser.positionalArguments().first();
    }

    tandem::AppController controller;
    if (!controller.start(path)) {
        return 3;
    }
    return app.exec();
}
