#include "Cli.h"
#include "Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tandem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TANDEM_VERSION));
    tandem::translations::install();
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return tandem::Cli(arguments).run();
}
