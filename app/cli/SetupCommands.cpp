#include "SetupCommands.h"

#include "CliContext.h"
#include "CommandParser.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "Generator.h"
#include "MaintenanceCommands.h"
#include "Translations.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace tandem {

Error SetupCommands::init()
{
    auto database = m_context.openDatabase(CliContext::Access::Create, 1, tr("init takes no arguments."));
    if (!database) {
        return database.error();
    }
    if (m_context.json()) {
        m_context.outJson(QJsonObject { { QStringLiteral("database"), (*database)->path() },
            { QStringLiteral("schema_version"), (*database)->schemaVersion() } });
    } else {
        m_context.out(tr("Database %1 is ready (schema %2).\n")
                          .arg((*database)->path())
                          .arg((*database)->schemaVersion()));
    }
    return {};
}

Error SetupCommands::demo()
{
    CommandParser parser([](const QString&) { return tr("demo takes only --language en|zh_CN."); });
    parser.option(QStringLiteral("language"));
    if (Error error = parser.parse(m_context.words().mid(1))) {
        return error;
    }
    if (!parser.positional().isEmpty()) {
        return Error::usage(tr("demo takes only --language en|zh_CN."));
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("zh_CN")
        && language != QLatin1String("zh")) {
        return Error::usage(tr("--language must be en or zh_CN."));
    }
    auto database = m_context.openDatabase(CliContext::Access::Create);
    if (!database) {
        return database.error();
    }
    const bool chinese = language.isEmpty() ? translations::uiLanguage() == QLatin1String("zh_CN")
                                            : language.startsWith(QLatin1String("zh"));
    if (Error error = DemoOrganisation::fill(**database,
            chinese ? DemoOrganisation::Language::Chinese : DemoOrganisation::Language::English)) {
        return error;
    }
    return MaintenanceCommands(m_context).printStats(**database);
}

Error SetupCommands::generate()
{
    Generator::Sizes sizes;
    const std::pair<QString, int*> counts[] = {
        { QStringLiteral("staff"), &sizes.staff },
        { QStringLiteral("accounts"), &sizes.accounts },
        { QStringLiteral("contacts"), &sizes.contacts },
        { QStringLiteral("requests"), &sizes.requests },
    };
    CommandParser parser(
        [](const QString& option) { return tr("generate has no option --%1.").arg(option); });
    for (const auto& count : counts) {
        parser.option(count.first);
    }
    parser.option(QStringLiteral("seed"));
    parser.option(QStringLiteral("language"));
    if (Error error = parser.parse(m_context.words().mid(1))) {
        return error;
    }
    if (!parser.positional().isEmpty()) {
        return Error::usage(tr("generate takes only options."));
    }
    for (const auto& [key, target] : counts) {
        if (parser.isSet(key)) {
            bool ok = false;
            const int value = parser.value(key).toInt(&ok);
            if (!ok || value < 0) {
                return Error::usage(tr("--%1 needs a whole number.").arg(key));
            }
            *target = value;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        sizes.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            return Error::usage(tr("--seed needs a whole number."));
        }
    }
    if (parser.isSet(QStringLiteral("language"))) {
        const auto language = Generator::languageNamed(parser.value(QStringLiteral("language")));
        if (!language) {
            return Error::usage(tr("--language needs en, zh_CN or mixed."));
        }
        sizes.language = *language;
    }
    auto database = m_context.openDatabase(CliContext::Access::Create);
    if (!database) {
        return database.error();
    }
    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    int lastPercent = -1;
    const Error error = Generator::run(**database, sizes, [&](int percent, const QString& stage) {
        if (percent / 5 != lastPercent / 5 || stage != lastStage) {
            m_context.err(tr("generate: %1% %2\n").arg(percent).arg(stage));
            lastPercent = percent;
            lastStage = stage;
        }
        return true;
    });
    if (error) {
        return error;
    }
    m_context.err(tr("generate: done in %1 s\n").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return MaintenanceCommands(m_context).printStats(**database);
}

} // namespace tandem
