#include "Cli.h"

#include "Archive.h"
#include "Calendar.h"
#include "ChainDot.h"
#include "ChainGraph.h"
#include "Database.h"
#include "DemoOrganisation.h"
#include "DocumentWriter.h"
#include "Entities.h"
#include "EntityStore.h"
#include "ExportFile.h"
#include "Generator.h"
#include "Graphviz.h"
#include "Handover.h"
#include "ImportMapping.h"
#include "Importer.h"
#include "Lists.h"
#include "Maintenance.h"
#include "Paths.h"
#include "RequestQueries.h"
#include "RequestWorkflow.h"
#include "Satisfaction.h"
#include "SearchIndex.h"
#include "Translations.h"
#include "VCard.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <cstdio>

namespace tandem {

namespace {

QString usageText()
{
    return QCoreApplication::translate("tandem::Cli",
        "Usage: tandem-cli [--database PATH] [--json] COMMAND ...\n"
        "Commands:\n"
        "  init                     create the database (or upgrade it)\n"
        "  demo [--language en|zh_CN]  fill an empty database with the demo organization\n"
        "  generate --staff N --accounts N --contacts N --requests N [--seed S]\n"
        "                           fill an empty database with generated data\n"
        "  stats                    count what the database holds\n"
        "  check                    check integrity, references and schema version\n"
        "  backup FILE              write a consistent copy to a new FILE\n"
        "  restore FILE             replace the data with a backup (a copy of the current data is kept)\n"
        "  list departments|staff|links|accounts|contacts|interactions|purchases|requests [--FIELD VALUE] "
        "[--limit N]\n"
        "  list requests [--party REF] [--requester REF] [--provider REF]\n"
        "                [--department REF [--side requester|provider|either]]\n"
        "                [--status S[,S...]|active|closed] [--overdue] [--limit N]\n"
        "                           requests as the Requests page filters them, newest first\n"
        "  show department|staff|link|account|contact|request REF\n"
        "  add department|staff|link|account|contact|interaction|purchase|request --FIELD VALUE ...\n"
        "  search TEXT [--limit N]\n"
        "  chain REF [--format text|dot|svg] [--layout flow|pyramid] [--accounts N]\n"
        "                           whom REF serves, who supplies it, and its weakest link\n"
        "  chain --unconnected      departments and colleagues whose work reaches no external account\n"
        "  satisfaction [REF] [--days N]\n"
        "                           REF's satisfaction index over the last N days (90), or the departments "
        "ranked\n"
        "  request REF start|wait|done|reject|cancel|reopen [--note TEXT]\n"
        "          [--rating N] [--feedback TEXT] [--provider-rating N] [--provider-feedback TEXT]\n"
        "          [--delay-reason TEXT --corrective-action TEXT --corrective-owner REF]\n"
        "  request REF comment --note TEXT\n"
        "  request REF rate [--rating N] [--feedback TEXT] [--provider-rating N] [--provider-feedback TEXT]\n"
        "  request REF reassign --to REF [--note TEXT]\n"
        "                           move a request along its lifecycle; ratings are 1 to 5\n"
        "  handover --from REF --to REF [--split REF,REF...] [--end-pairs] [--reason TEXT] [--notes TEXT]\n"
        "           [--first-visit-days N] [--watch-days N] [--dry-run] [--brief FILE.pdf|FILE.html]\n"
        "                           pass what a departing colleague holds to successors and mark them\n"
        "                           departed; --split shares the accounts out evenly among REFs,\n"
        "                           --dry-run prints the plan and writes nothing\n"
        "  handover undo ID         take a handover back while nothing it moved has changed since\n"
        "  handover watch           handed-over accounts that may leave with the colleague\n"
        "REF is a numeric id, an exact name or an e-mail address.\n"
        "Exit codes: 0 done, 1 usage, 2 bad input, 3 database problem, 4 not found.\n");
}

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull() || !value.isValid()) {
        return QJsonValue::Null;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::Bool:
        return QJsonValue(value.toBool());
    default:
        return QJsonValue(value.toString());
    }
}

QJsonObject jsonObject(const Record& record)
{
    QJsonObject object;
    for (const auto& [name, value] : record) {
        object.insert(name, jsonValue(value));
    }
    return object;
}

int exitCode(const Error& error)
{
    return int(error.kind);
}

// A satisfaction score keyed as the JSON of `satisfaction` prints it: figures that do not exist are null.
QJsonObject scoreObject(const SatisfactionScore& score, int days)
{
    const std::optional<double> onTimeRate = score.onTimeRate();
    return QJsonObject { { QStringLiteral("party"), score.party }, { QStringLiteral("name"), score.name },
        { QStringLiteral("days"), days }, { QStringLiteral("rated"), score.rated },
        { QStringLiteral("average"), score.rated > 0 ? QJsonValue(score.average) : QJsonValue() },
        { QStringLiteral("done"), score.done }, { QStringLiteral("done_with_due"), score.doneWithDue },
        { QStringLiteral("on_time"), score.onTime },
        { QStringLiteral("on_time_rate"), onTimeRate ? QJsonValue(*onTimeRate) : QJsonValue() },
        { QStringLiteral("open"), score.open }, { QStringLiteral("overdue"), score.overdue },
        { QStringLiteral("rated_as_requester"), score.ratedAsRequester },
        { QStringLiteral("average_as_requester"),
            score.ratedAsRequester > 0 ? QJsonValue(score.averageAsRequester) : QJsonValue() } };
}

QString averageText(int rated, double average)
{
    return rated > 0 ? QString::number(average, 'f', 1)
                     : QCoreApplication::translate("tandem::Cli", "unrated");
}

QString onTimeText(const SatisfactionScore& score)
{
    const std::optional<double> rate = score.onTimeRate();
    return rate ? QStringLiteral("%1%").arg(qRound(*rate * 100))
                : QCoreApplication::translate("tandem::Cli", "no due dates");
}

} // namespace

Cli::Cli(QStringList arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word == QLatin1String("--json")) {
            m_json = true;
        } else if (word == QLatin1String("--database") && i + 1 < arguments.size()) {
            m_databasePath = arguments.at(++i);
        } else if (word.startsWith(QLatin1String("--database="))) {
            m_databasePath = word.mid(11);
        } else {
            m_arguments << word;
        }
    }
}

Cli::~Cli() = default;

void Cli::outJson(const QJsonValue& value) const
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out(QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

void Cli::out(const QString& text) const
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void Cli::err(const QString& text) const
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int Cli::run()
{
    const Error error = dispatch();
    std::fflush(stdout);
    if (error) {
        err(error.message + QLatin1Char('\n'));
        if (error.kind == ErrorKind::Usage) {
            err(usageText());
        }
        return exitCode(error);
    }
    return 0;
}

Error Cli::dispatch()
{
    if (m_arguments.isEmpty()) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "No command was given."));
    }
    const QString command = m_arguments.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out(usageText());
        return {};
    }
    if (command == QLatin1String("--version")) {
        out(QStringLiteral("tandem-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return {};
    }
    using Handler = Error (Cli::*)();
    static const QHash<QString, Handler> handlers {
        { QStringLiteral("init"), &Cli::init },
        { QStringLiteral("demo"), &Cli::demo },
        { QStringLiteral("generate"), &Cli::generate },
        { QStringLiteral("stats"), &Cli::stats },
        { QStringLiteral("check"), &Cli::check },
        { QStringLiteral("backup"), &Cli::backup },
        { QStringLiteral("restore"), &Cli::restore },
        { QStringLiteral("list"), &Cli::list },
        { QStringLiteral("show"), &Cli::show },
        { QStringLiteral("add"), &Cli::add },
        { QStringLiteral("search"), &Cli::search },
        { QStringLiteral("chain"), &Cli::chain },
        { QStringLiteral("import"), &Cli::importData },
        { QStringLiteral("export"), &Cli::exportData },
        { QStringLiteral("satisfaction"), &Cli::satisfaction },
        { QStringLiteral("request"), &Cli::request },
        { QStringLiteral("handover"), &Cli::handover },
    };
    const auto handler = handlers.find(command);
    if (handler == handlers.end()) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "Unknown command '%1'.").arg(command));
    }
    return (this->*handler.value())();
}

Result<Database*> Cli::openDatabase(Access access)
{
    const QString path = m_databasePath.isEmpty() ? paths::defaultDatabase() : m_databasePath;
    Database::Options options;
    // A database named on the command line is made only by the commands that make one, so that a typo
    // in --database is an error rather than a new, empty customer list; the default one is made as the
    // window makes it.
    options.create = access == Access::Create || (access == Access::Write && m_databasePath.isEmpty());
    options.createFolders = options.create && (access == Access::Create || m_databasePath.isEmpty());
    options.quickCheck = access != Access::Read;
    options.collation
        = translations::uiLanguage() == QLatin1String("zh_CN") ? QStringLiteral("zh_CN") : QString();
    auto database = Database::open(path, options);
    if (!database) {
        return database.error();
    }
    m_database = std::move(*database);
    if (!m_database->upgradeBackupPath().isEmpty()) {
        err(QCoreApplication::translate(
            "tandem::Cli", "The database was upgraded; the earlier version was kept at %1.\n")
                .arg(m_database->upgradeBackupPath()));
    }
    m_database->setActor(QString::fromLocal8Bit(qgetenv("USER")));
    return m_database.get();
}

Error Cli::parseOptions(
    const QStringList& words, QMap<QString, QString>& options, QStringList& positional) const
{
    for (int i = 0; i < words.size(); ++i) {
        const QString& word = words.at(i);
        if (word.startsWith(QLatin1String("--"))) {
            QString name = word.mid(2);
            QString value;
            const int equals = name.indexOf(QLatin1Char('='));
            if (equals >= 0) {
                value = name.mid(equals + 1);
                name = name.left(equals);
            } else if (i + 1 < words.size()) {
                value = words.at(++i);
            } else {
                return Error::usage(
                    QCoreApplication::translate("tandem::Cli", "Option --%1 needs a value.").arg(name));
            }
            if (name.isEmpty()) {
                return Error::usage(QCoreApplication::translate("tandem::Cli", "An option has no name."));
            }
            options.insert(name, value);
        } else {
            positional << word;
        }
    }
    return {};
}

Error Cli::init()
{
    if (m_arguments.size() != 1) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "init takes no arguments."));
    }
    auto database = openDatabase(Access::Create);
    if (!database) {
        return database.error();
    }
    if (m_json) {
        outJson(QJsonObject { { QStringLiteral("database"), (*database)->path() },
            { QStringLiteral("schema_version"), (*database)->schemaVersion() } });
    } else {
        out(QCoreApplication::translate("tandem::Cli", "Database %1 is ready (schema %2).\n")
                .arg((*database)->path())
                .arg((*database)->schemaVersion()));
    }
    return {};
}

Error Cli::demo()
{
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(m_arguments.mid(1), options, positional)) {
        return error;
    }
    const QString language = options.take(QStringLiteral("language"));
    if (!positional.isEmpty() || !options.isEmpty()) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "demo takes only --language en|zh_CN."));
    }
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("zh_CN")
        && language != QLatin1String("zh")) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "--language must be en or zh_CN."));
    }
    auto database = openDatabase(Access::Create);
    if (!database) {
        return database.error();
    }
    const bool chinese = language.isEmpty() ? translations::uiLanguage() == QLatin1String("zh_CN")
                                            : language.startsWith(QLatin1String("zh"));
    if (Error error = DemoOrganisation::fill(**database,
            chinese ? DemoOrganisation::Language::Chinese : DemoOrganisation::Language::English)) {
        return error;
    }
    return stats();
}

Error Cli::generate()
{
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(m_arguments.mid(1), options, positional)) {
        return error;
    }
    if (!positional.isEmpty()) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "generate takes only options."));
    }
    Generator::Sizes sizes;
    const std::pair<const char*, int*> counts[] = {
        { "staff", &sizes.staff },
        { "accounts", &sizes.accounts },
        { "contacts", &sizes.contacts },
        { "requests", &sizes.requests },
    };
    for (const auto& [name, target] : counts) {
        const QString key = QString::fromLatin1(name);
        if (options.contains(key)) {
            bool ok = false;
            const int value = options.take(key).toInt(&ok);
            if (!ok || value < 0) {
                return Error::usage(
                    QCoreApplication::translate("tandem::Cli", "--%1 needs a whole number.").arg(key));
            }
            *target = value;
        }
    }
    if (options.contains(QStringLiteral("seed"))) {
        bool ok = false;
        sizes.seed = options.take(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            return Error::usage(QCoreApplication::translate("tandem::Cli", "--seed needs a whole number."));
        }
    }
    if (!options.isEmpty()) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "generate has no option --%1.")
                                .arg(options.firstKey()));
    }
    auto database = openDatabase(Access::Create);
    if (!database) {
        return database.error();
    }
    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    int lastPercent = -1;
    const Error error = Generator::run(**database, sizes, [&](int percent, const QString& stage) {
        if (percent / 5 != lastPercent / 5 || stage != lastStage) {
            err(QCoreApplication::translate("tandem::Cli", "generate: %1% %2\n").arg(percent).arg(stage));
            lastPercent = percent;
            lastStage = stage;
        }
        return true;
    });
    if (error) {
        return error;
    }
    err(QCoreApplication::translate("tandem::Cli", "generate: done in %1 s\n")
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return stats();
}

Error Cli::stats()
{
    if (!m_database) {
        if (m_arguments.size() != 1) {
            return Error::usage(QCoreApplication::translate("tandem::Cli", "stats takes no arguments."));
        }
        auto database = openDatabase(Access::Read);
        if (!database) {
            return database.error();
        }
    }
    auto counts = Maintenance(*m_database).counts();
    if (!counts) {
        return counts.error();
    }
    if (m_json) {
        QJsonObject object;
        for (const auto& [key, count] : *counts) {
            object.insert(key, count);
        }
        outJson(object);
    } else {
        for (const auto& [key, count] : *counts) {
            out(QStringLiteral("%1: %2\n").arg(key).arg(count));
        }
    }
    return {};
}

Error Cli::check()
{
    if (m_arguments.size() != 1) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "check takes no arguments."));
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    auto report = Maintenance(**database).check();
    if (!report) {
        return report.error();
    }
    if (m_json) {
        QJsonObject object { { QStringLiteral("ok"), report->ok },
            { QStringLiteral("schema_version"), report->schemaVersion },
            { QStringLiteral("integrity"), QJsonArray::fromStringList(report->integrityProblems) },
            { QStringLiteral("foreign_keys"), QJsonArray::fromStringList(report->foreignKeyProblems) },
            { QStringLiteral("schema"), QJsonArray::fromStringList(report->schemaProblems) } };
        outJson(object);
    } else {
        out(QCoreApplication::translate("tandem::Cli", "integrity: %1\n")
                .arg(report->integrityProblems.isEmpty()
                        ? QCoreApplication::translate("tandem::Cli", "ok")
                        : report->integrityProblems.join(QStringLiteral("; "))));
        out(QCoreApplication::translate("tandem::Cli", "references: %1\n")
                .arg(report->foreignKeyProblems.isEmpty()
                        ? QCoreApplication::translate("tandem::Cli", "ok")
                        : report->foreignKeyProblems.join(QStringLiteral("; "))));
        out(QCoreApplication::translate("tandem::Cli", "schema: %1\n")
                .arg(report->schemaProblems.isEmpty()
                        ? QCoreApplication::translate("tandem::Cli", "ok (version %1)")
                              .arg(report->schemaVersion)
                        : report->schemaProblems.join(QStringLiteral("; "))));
    }
    if (!report->ok) {
        return Error::database(QCoreApplication::translate("tandem::Cli",
            "The database has problems; restore it from a backup or run check again after fixing them."));
    }
    return {};
}

Error Cli::backup()
{
    if (m_arguments.size() != 2) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "backup takes one FILE."));
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    if (Error error = (*database)->backupTo(m_arguments.at(1))) {
        return error;
    }
    out(QCoreApplication::translate("tandem::Cli", "Backed up to %1.\n")
            .arg(QFileInfo(m_arguments.at(1)).absoluteFilePath()));
    return {};
}

Error Cli::restore()
{
    if (m_arguments.size() != 2) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "restore takes one FILE."));
    }
    // A bad backup is refused before the database is opened, so that nothing is made or changed.
    if (Error error = Database::checkBackup(m_arguments.at(1))) {
        return error;
    }
    auto database = openDatabase(Access::Create);
    if (!database) {
        return database.error();
    }
    QString kept;
    if (Error error = (*database)->restoreFrom(m_arguments.at(1), &kept)) {
        return error;
    }
    out(QCoreApplication::translate("tandem::Cli", "Restored from %1; the data it replaced was kept at %2.\n")
            .arg(m_arguments.at(1), kept));
    return {};
}

Error Cli::list()
{
    if (m_arguments.size() < 2) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "list needs a kind of record, such as accounts."));
    }
    const Entity* entity = entities::find(m_arguments.at(1));
    if (!entity) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "Cannot list '%1'.").arg(m_arguments.at(1)));
    }
    const bool requests = entity->name == QLatin1String("request");
    QStringList words = m_arguments.mid(2);
    // --overdue is a flag, not a column: it takes no value.
    const bool overdue = requests && words.removeAll(QStringLiteral("--overdue")) > 0;
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(words, options, positional)) {
        return error;
    }
    if (!positional.isEmpty()) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "Unexpected word '%1'.").arg(positional.first()));
    }
    int limit = -1;
    if (options.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = options.take(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0) {
            return Error::usage(QCoreApplication::translate("tandem::Cli", "--limit needs a whole number."));
        }
    }
    // Requests filter as on the Requests page: by a party on either side, a department and its members,
    // several statuses at once, late work. Any other column filters by plain equality, as in every list,
    // in id order, and does not mix with what only the page knows.
    const QStringList pageFilters { QStringLiteral("party"), QStringLiteral("requester"),
        QStringLiteral("provider"), QStringLiteral("department"), QStringLiteral("side"),
        QStringLiteral("status") };
    QString pageOnly = overdue ? QStringLiteral("overdue") : QString();
    QString otherColumn;
    for (auto it = options.begin(); requests && it != options.end(); ++it) {
        const QString& value = it.value();
        if (!pageFilters.contains(it.key())) {
            otherColumn = it.key();
        } else if (it.key() != QLatin1String("requester") && it.key() != QLatin1String("provider")
            && (it.key() != QLatin1String("status") || value.contains(QLatin1Char(','))
                || value == QLatin1String("active") || value == QLatin1String("closed"))) {
            pageOnly = it.key();
        }
    }
    if (!pageOnly.isEmpty() && !otherColumn.isEmpty()) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "list requests cannot combine --%1 with --%2.")
                .arg(pageOnly, otherColumn));
    }
    const bool asOnThePage = requests && otherColumn.isEmpty();
    if (asOnThePage && options.contains(QStringLiteral("side"))
        && !options.contains(QStringLiteral("department"))) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "--side goes with --department."));
    }
    lists::RequestFilter::Side side = lists::RequestFilter::Side::Either;
    if (asOnThePage && options.contains(QStringLiteral("side"))) {
        const QString sideName = options.value(QStringLiteral("side"));
        if (sideName == QLatin1String("requester")) {
            side = lists::RequestFilter::Side::Requester;
        } else if (sideName == QLatin1String("provider")) {
            side = lists::RequestFilter::Side::Provider;
        } else if (sideName != QLatin1String("either")) {
            return Error::usage(
                QCoreApplication::translate("tandem::Cli", "--side must be requester, provider or either."));
        }
    }
    QStringList statuses;
    if (asOnThePage && options.contains(QStringLiteral("status"))) {
        const QString text = options.value(QStringLiteral("status")).trimmed().toLower();
        const QStringList known = entities::request().field(QStringLiteral("status"))->choices;
        if (text == QLatin1String("active")) {
            statuses = { QStringLiteral("open"), QStringLiteral("in_progress"), QStringLiteral("waiting") };
        } else if (text == QLatin1String("closed")) {
            statuses = { QStringLiteral("done"), QStringLiteral("rejected"), QStringLiteral("cancelled") };
        } else {
            for (const QString& status : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                statuses << status.trimmed();
            }
        }
        if (statuses.isEmpty()
            || std::any_of(statuses.cbegin(), statuses.cend(),
                [&known](const QString& status) { return !known.contains(status); })) {
            return Error::badInput(QCoreApplication::translate("tandem::Cli",
                "Option --status must be active, closed, or one or more of %1 separated by commas, not '%2'.")
                                       .arg(known.join(QStringLiteral(", ")),
                                           options.value(QStringLiteral("status"))));
        }
    }
    // --owner, --department and --account stand for the columns that end in _id.
    QMap<QString, QString> filters;
    for (auto it = options.begin(); !asOnThePage && it != options.end(); ++it) {
        const QString column = !entity->field(it.key()) && entity->field(it.key() + QStringLiteral("_id"))
            ? it.key() + QStringLiteral("_id")
            : it.key();
        filters.insert(column, it.value());
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    QList<lists::RequestFilter> requestFilters;
    if (asOnThePage) {
        lists::RequestFilter common;
        common.statuses = statuses;
        common.overdue = overdue;
        common.side = side;
        if (options.contains(QStringLiteral("department"))) {
            auto department = resolveOption(QStringLiteral("department"), QStringLiteral("department"),
                options.value(QStringLiteral("department")));
            if (!department) {
                return department.error();
            }
            common.department = *department;
        }
        requestFilters << common;
        const std::pair<const char*, lists::RequestFilter::Side> parties[] = {
            { "party", lists::RequestFilter::Side::Either },
            { "requester", lists::RequestFilter::Side::Requester },
            { "provider", lists::RequestFilter::Side::Provider },
        };
        for (const auto& [option, partySide] : parties) {
            const QString name = QString::fromLatin1(option);
            if (options.contains(name)) {
                auto party = resolveOption(QStringLiteral("party"), name, options.value(name));
                if (!party) {
                    return party.error();
                }
                lists::RequestFilter filter;
                filter.party = *party;
                filter.side = partySide;
                requestFilters << filter;
            }
        }
    }
    QHash<QString, QString> names;
    auto shown = [&](const Field* field, const QVariant& value) -> QString {
        if (value.isNull()) {
            return QString();
        }
        if (field && field->type == FieldType::Reference) {
            const QString key = field->references + QLatin1Char(':') + value.toString();
            if (!names.contains(key)) {
                names.insert(key, store.displayName(field->references, value.toLongLong()));
            }
            return names.value(key);
        }
        if (field && field->type == FieldType::Choice) {
            return labels::choice(field->name, value.toString());
        }
        return value.toString();
    };
    bool first = true;
    if (m_json) {
        out(QStringLiteral("["));
    } else {
        QStringList header { QStringLiteral("id") };
        for (const QString& column : entity->summary) {
            header << labels::field(*entity->field(column));
        }
        out(header.join(QLatin1Char('\t')) + QLatin1Char('\n'));
    }
    int count = 0;
    const auto print = [&](const Record& record) {
        if (m_json) {
            out((first ? QStringLiteral("\n") : QStringLiteral(",\n"))
                + QString::fromUtf8(QJsonDocument(jsonObject(record)).toJson(QJsonDocument::Compact)));
        } else {
            QStringList cells { record.first().second.toString() };
            for (const QString& column : entity->summary) {
                cells << shown(entity->field(column), recordValue(record, column));
            }
            out(cells.join(QLatin1Char('\t')) + QLatin1Char('\n'));
        }
        first = false;
        ++count;
        return true;
    };
    const Error error = asOnThePage ? RequestQueries(**database).list(requestFilters, limit, print)
                                    : store.list(*entity, filters, limit, print);
    if (m_json) {
        out(first ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
    }
    if (error) {
        return error.kind == ErrorKind::NotFound ? Error::badInput(error.message) : error;
    }
    return {};
}

Error Cli::show()
{
    if (m_arguments.size() != 3) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Cli", "show needs a kind of record and a REF, such as: show account 12."));
    }
    const Entity* entity = entities::find(m_arguments.at(1));
    if (!entity) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "Cannot show '%1'.").arg(m_arguments.at(1)));
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    auto id = store.resolve(entity->name, m_arguments.at(2));
    if (!id) {
        return id.error();
    }
    auto record = store.get(*entity, *id);
    if (!record) {
        return record.error();
    }
    if (m_json) {
        out(QString::fromUtf8(QJsonDocument(jsonObject(*record)).toJson(QJsonDocument::Indented)));
        return {};
    }
    for (const auto& [name, value] : *record) {
        const Field* field = entity->field(name);
        QString text = value.toString();
        if (field && field->type == FieldType::Reference && !value.isNull()) {
            text = QStringLiteral("%1 (%2)").arg(
                store.displayName(field->references, value.toLongLong()), text);
        } else if (field && field->type == FieldType::Choice && !value.isNull()) {
            text = labels::choice(name, text);
        }
        out(QStringLiteral("%1: %2\n").arg(field ? labels::field(*field) : QStringLiteral("id"), text));
    }
    return {};
}

Error Cli::add()
{
    if (m_arguments.size() < 2) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "add needs a kind of record, such as account."));
    }
    const Entity* entity = entities::find(m_arguments.at(1));
    if (!entity) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "Cannot add '%1'.").arg(m_arguments.at(1)));
    }
    QMap<QString, QString> values;
    QStringList positional;
    if (Error error = parseOptions(m_arguments.mid(2), values, positional)) {
        return error;
    }
    if (!positional.isEmpty()) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "Unexpected word '%1'; give fields as --FIELD VALUE.")
                .arg(positional.first()));
    }
    auto database = openDatabase(Access::Write);
    if (!database) {
        return database.error();
    }
    auto id = EntityStore(**database).add(*entity, values);
    if (!id) {
        return id.error();
    }
    out(m_json ? QStringLiteral("{\"id\":%1}\n").arg(*id) : QStringLiteral("%1\n").arg(*id));
    return {};
}

Error Cli::search()
{
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(m_arguments.mid(1), options, positional)) {
        return error;
    }
    if (positional.isEmpty()) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "search needs some TEXT."));
    }
    int limit = 20;
    if (options.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = options.take(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            return Error::usage(QCoreApplication::translate("tandem::Cli", "--limit needs a whole number."));
        }
    }
    if (!options.isEmpty()) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "search has no option --%1.").arg(options.firstKey()));
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    auto hits = SearchIndex(**database).find(positional.join(QLatin1Char(' ')), limit);
    if (!hits) {
        return hits.error();
    }
    if (m_json) {
        QJsonArray array;
        for (const auto& hit : *hits) {
            array.append(
                QJsonObject { { QStringLiteral("kind"), hit.entity }, { QStringLiteral("id"), hit.id },
                    { QStringLiteral("name"), hit.title }, { QStringLiteral("detail"), hit.detail } });
        }
        outJson(array);
    } else {
        for (const auto& hit : *hits) {
            out(QStringLiteral("%1\t%2\t%3\t%4\n").arg(hit.entity).arg(hit.id).arg(hit.title, hit.detail));
        }
    }
    return {};
}

Error Cli::chain()
{
    QStringList words = m_arguments.mid(1);
    const bool unconnected = words.removeAll(QStringLiteral("--unconnected")) > 0;
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(words, options, positional)) {
        return error;
    }
    const QString format = options.take(QStringLiteral("format"));
    const QString layoutName = options.take(QStringLiteral("layout"));
    const QString accountsText = options.take(QStringLiteral("accounts"));
    if (!options.isEmpty()) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "chain has no option --%1.").arg(options.firstKey()));
    }
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("dot")
        && format != QLatin1String("svg")) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "--format must be text, dot or svg."));
    }
    if (!layoutName.isEmpty() && layoutName != QLatin1String("flow")
        && layoutName != QLatin1String("pyramid")) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "--layout must be flow or pyramid."));
    }
    int accountLimit = 10;
    if (!accountsText.isEmpty()) {
        bool ok = false;
        accountLimit = accountsText.toInt(&ok);
        if (!ok || accountLimit < 0) {
            return Error::usage(
                QCoreApplication::translate("tandem::Cli", "--accounts needs a whole number."));
        }
    }
    if (unconnected ? !positional.isEmpty() : positional.size() != 1) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "chain needs one REF, or --unconnected."));
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    auto graph = ChainGraph::load(**database);
    if (!graph) {
        return graph.error();
    }
    if (unconnected) {
        const QList<qint64> isolated = graph->reachingNoAccount();
        if (m_json) {
            QJsonArray array;
            for (qint64 id : isolated) {
                array.append(
                    QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("kind"), graph->kindOf(id) },
                        { QStringLiteral("name"), store.displayName(QStringLiteral("party"), id) } });
            }
            outJson(array);
        } else {
            for (qint64 id : isolated) {
                out(QStringLiteral("%1\t%2\t%3\n")
                        .arg(id)
                        .arg(labels::partyKind(graph->kindOf(id)),
                            store.displayName(QStringLiteral("party"), id)));
            }
        }
        return {};
    }
    auto id = store.resolve(QStringLiteral("party"), positional.first());
    if (!id) {
        return id.error();
    }
    const auto layout
        = layoutName == QLatin1String("pyramid") ? ChainDot::Layout::Pyramid : ChainDot::Layout::Flow;
    if (format == QLatin1String("dot") || format == QLatin1String("svg")) {
        auto dot = ChainDot::write(
            **database, *graph, ChainDot::neighbourhood(*graph, *id, accountLimit), layout, *id);
        if (!dot) {
            return dot.error();
        }
        if (format == QLatin1String("dot")) {
            out(*dot);
            return {};
        }
        auto svg = Graphviz::render(*dot, QStringLiteral("svg"));
        if (!svg) {
            return svg.error();
        }
        std::fwrite(svg->constData(), 1, size_t(svg->size()), stdout);
        return {};
    }

    const QString name = store.displayName(QStringLiteral("party"), *id);
    const QList<qint64> served = graph->servedAccounts(*id);
    const QList<QList<qint64>> paths = graph->pathsToAccounts(*id, accountLimit);
    const QList<qint64> suppliers = graph->suppliers(*id);
    auto weakestLink = ChainGraph::weakestLink(**database, *graph, *id, accountLimit);
    if (!weakestLink) {
        return weakestLink.error();
    }
    const ChainGraph::EdgeHealth* weakest = weakestLink->has_value() ? &**weakestLink : nullptr;
    QHash<qint64, QString> names;
    auto nameOf = [&](qint64 party) {
        if (!names.contains(party)) {
            names.insert(party, store.displayName(QStringLiteral("party"), party));
        }
        return names.value(party);
    };
    if (m_json) {
        QJsonArray pathArray;
        for (const auto& path : paths) {
            QJsonArray ids;
            for (qint64 party : path) {
                ids.append(party);
            }
            pathArray.append(ids);
        }
        QJsonArray supplierArray;
        for (qint64 supplier : suppliers) {
            supplierArray.append(supplier);
        }
        QJsonObject object { { QStringLiteral("id"), *id }, { QStringLiteral("kind"), graph->kindOf(*id) },
            { QStringLiteral("name"), name }, { QStringLiteral("serves_accounts"), served.size() },
            { QStringLiteral("paths"), pathArray }, { QStringLiteral("suppliers"), supplierArray } };
        if (weakest) {
            object.insert(QStringLiteral("weakest"),
                QJsonObject { { QStringLiteral("supplier"), weakest->edge.supplier },
                    { QStringLiteral("customer"), weakest->edge.customer },
                    { QStringLiteral("via"), ChainGraph::viaName(weakest->edge.via) },
                    { QStringLiteral("overdue"), weakest->overdue },
                    { QStringLiteral("rated"), weakest->rated },
                    { QStringLiteral("satisfaction"),
                        weakest->rated > 0 ? QJsonValue(weakest->satisfaction) : QJsonValue() } });
        } else {
            object.insert(QStringLiteral("weakest"), QJsonValue());
        }
        outJson(object);
        return {};
    }
    out(QStringLiteral("%1 (%2)\n").arg(name, labels::partyKind(graph->kindOf(*id))));
    if (served.isEmpty()) {
        out(QCoreApplication::translate("tandem::Cli", "Its work reaches no external account.\n"));
    } else {
        const int servedCount = int(served.size());
        out(QCoreApplication::translate(
            "tandem::Cli", "Serves %n external account(s), for example:\n", nullptr, servedCount));
        for (const auto& path : paths) {
            QStringList steps;
            for (qint64 party : path) {
                steps << nameOf(party);
            }
            out(QStringLiteral("  %1\n").arg(steps.join(QStringLiteral(" \u2192 "))));
        }
    }
    if (suppliers.isEmpty()) {
        out(QCoreApplication::translate("tandem::Cli", "Nobody supplies it.\n"));
    } else {
        QStringList supplierNames;
        for (qint64 supplier : suppliers.mid(0, 12)) {
            supplierNames << nameOf(supplier);
        }
        if (suppliers.size() > 12) {
            supplierNames << QStringLiteral("\u2026");
        }
        const int supplierCount = int(suppliers.size());
        out(QCoreApplication::translate(
            "tandem::Cli", "Supplied by %n part(y/ies): %1\n", nullptr, supplierCount)
                .arg(supplierNames.join(QStringLiteral(", "))));
    }
    if (weakest) {
        const QString satisfaction = weakest->rated > 0
            ? QCoreApplication::translate("tandem::Cli", "satisfaction %1 of 5")
                  .arg(weakest->satisfaction, 0, 'f', 1)
            : QCoreApplication::translate("tandem::Cli", "not rated");
        out(QCoreApplication::translate("tandem::Cli", "Weakest link: %1 \u2192 %2 (%3): %4 overdue, %5\n")
                .arg(nameOf(weakest->edge.supplier), nameOf(weakest->edge.customer),
                    labels::choice(QStringLiteral("via"), ChainGraph::viaName(weakest->edge.via)))
                .arg(weakest->overdue)
                .arg(satisfaction));
    } else {
        out(QCoreApplication::translate(
            "tandem::Cli", "No weak link: nothing overdue and no low ratings on this chain.\n"));
    }
    return {};
}

Result<qint64> Cli::resolveOption(const QString& entityName, const QString& option, const QString& ref) const
{
    auto id = EntityStore(*m_database).resolve(entityName, ref);
    if (!id) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Cli", "Option --%1: %2").arg(option, id.error().message));
    }
    return *id;
}

Error Cli::satisfaction()
{
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(m_arguments.mid(1), options, positional)) {
        return error;
    }
    int days = 90;
    if (options.contains(QStringLiteral("days"))) {
        bool ok = false;
        days = options.take(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1) {
            return Error::usage(QCoreApplication::translate(
                "tandem::Cli", "--days needs a whole number of days, 1 or more."));
        }
    }
    if (!options.isEmpty()) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "satisfaction has no option --%1.")
                                .arg(options.firstKey()));
    }
    if (positional.size() > 1) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "satisfaction takes at most one REF."));
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    const SatisfactionWindow window = SatisfactionWindow::lastDays(days);
    Satisfaction satisfaction(**database);
    if (positional.isEmpty()) {
        auto ranking = satisfaction.departmentRanking(window);
        if (!ranking) {
            return ranking.error();
        }
        if (m_json) {
            QJsonArray departments;
            for (const SatisfactionScore& score : *ranking) {
                departments.append(scoreObject(score, days));
            }
            outJson(QJsonObject {
                { QStringLiteral("days"), days }, { QStringLiteral("departments"), departments } });
            return {};
        }
        int rank = 0;
        for (const SatisfactionScore& score : *ranking) {
            const QString average = score.rated > 0
                ? QCoreApplication::translate("tandem::Cli", "average %1").arg(score.average, 0, 'f', 1)
                : QCoreApplication::translate("tandem::Cli", "unrated");
            const QString onTime = score.onTimeRate()
                ? QCoreApplication::translate("tandem::Cli", "on time %1").arg(onTimeText(score))
                : onTimeText(score);
            out(QStringList { QString::number(++rank), score.name, average,
                    QCoreApplication::translate("tandem::Cli", "rated %1").arg(score.rated), onTime,
                    QCoreApplication::translate("tandem::Cli", "open %1").arg(score.open),
                    QCoreApplication::translate("tandem::Cli", "overdue %1").arg(score.overdue) }
                    .join(QLatin1Char('\t'))
                + QLatin1Char('\n'));
        }
        return {};
    }
    auto party = EntityStore(**database).resolve(QStringLiteral("party"), positional.first());
    if (!party) {
        return party.error();
    }
    auto score = satisfaction.forParty(*party, window);
    if (!score) {
        return score.error();
    }
    if (m_json) {
        outJson(scoreObject(*score, days));
        return {};
    }
    // One arg() call for all: a name with "%2" in it stays as it is.
    out(QCoreApplication::translate("tandem::Cli",
        "Name: %1\n"
        "Days: %2\n"
        "Rated: %3\n"
        "Average: %4\n"
        "Done: %5\n"
        "On time: %6\n"
        "Open: %7\n"
        "Overdue: %8\n"
        "Rated as requester: %9\n")
            .arg(score->name, QString::number(days), QString::number(score->rated),
                averageText(score->rated, score->average), QString::number(score->done), onTimeText(*score),
                QString::number(score->open), QString::number(score->overdue),
                QString::number(score->ratedAsRequester)));
    out(QCoreApplication::translate("tandem::Cli", "Average as requester: %1\n")
            .arg(averageText(score->ratedAsRequester, score->averageAsRequester)));
    return {};
}

Error Cli::request()
{
    if (m_arguments.size() < 3) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Cli", "request needs a REF and what to do, such as: request 12 done."));
    }
    const QString ref = m_arguments.at(1);
    const QString action = m_arguments.at(2);
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(m_arguments.mid(3), options, positional)) {
        return error;
    }
    if (!positional.isEmpty()) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "Unexpected word '%1'.").arg(positional.first()));
    }
    static const QMap<QString, QString> statusOf {
        { QStringLiteral("start"), QStringLiteral("in_progress") },
        { QStringLiteral("wait"), QStringLiteral("waiting") },
        { QStringLiteral("done"), QStringLiteral("done") },
        { QStringLiteral("reject"), QStringLiteral("rejected") },
        { QStringLiteral("cancel"), QStringLiteral("cancelled") },
        { QStringLiteral("reopen"), QStringLiteral("open") },
    };
    const QStringList ratingOptions { QStringLiteral("rating"), QStringLiteral("feedback"),
        QStringLiteral("provider-rating"), QStringLiteral("provider-feedback") };
    const QStringList delayOptions { QStringLiteral("delay-reason"), QStringLiteral("corrective-action"),
        QStringLiteral("corrective-owner") };
    QStringList accepted;
    if (statusOf.contains(action)) {
        accepted << QStringLiteral("note") << ratingOptions << delayOptions;
    } else if (action == QLatin1String("comment")) {
        accepted << QStringLiteral("note");
    } else if (action == QLatin1String("reassign")) {
        accepted << QStringLiteral("to") << QStringLiteral("note");
    } else if (action == QLatin1String("rate")) {
        accepted << ratingOptions;
    } else {
        return Error::usage(QCoreApplication::translate("tandem::Cli",
            "Unknown action '%1'; request takes start, wait, done, reject, cancel, reopen, comment, rate or "
            "reassign.")
                                .arg(action));
    }
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (!accepted.contains(it.key())) {
            return Error::usage(
                QCoreApplication::translate("tandem::Cli", "request REF %1 has no option --%2.")
                    .arg(action, it.key()));
        }
    }
    if (action == QLatin1String("reassign") && !options.contains(QStringLiteral("to"))) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "request REF reassign needs --to REF."));
    }
    if (action == QLatin1String("rate") && !options.contains(QStringLiteral("rating"))
        && !options.contains(QStringLiteral("provider-rating"))) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Cli", "request REF rate needs --rating N or --provider-rating N."));
    }
    // The range is the model's to check; here only that it is a number at all.
    auto ratingFrom = [&options](const QString& ratingOption,
                          const QString& feedbackOption) -> Result<RequestWorkflow::Rating> {
        RequestWorkflow::Rating rating;
        rating.feedback = options.value(feedbackOption);
        if (options.contains(ratingOption)) {
            bool ok = false;
            const int number = options.value(ratingOption).trimmed().toInt(&ok);
            if (!ok) {
                return Error::badInput(QCoreApplication::translate(
                    "tandem::Cli", "Option --%1 must be a rating from 1 to 5, not '%2'.")
                                           .arg(ratingOption, options.value(ratingOption)));
            }
            rating.rating = number;
        }
        return rating;
    };
    auto byRequester = ratingFrom(QStringLiteral("rating"), QStringLiteral("feedback"));
    if (!byRequester) {
        return byRequester.error();
    }
    auto byProvider = ratingFrom(QStringLiteral("provider-rating"), QStringLiteral("provider-feedback"));
    if (!byProvider) {
        return byProvider.error();
    }

    auto database = openDatabase(Access::Write);
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    auto id = store.resolve(QStringLiteral("request"), ref);
    if (!id) {
        return id.error();
    }
    RequestWorkflow workflow(**database);
    const QString note = options.value(QStringLiteral("note"));
    Result<RequestWorkflow::Step> step = Error();
    if (statusOf.contains(action)) {
        RequestWorkflow::StatusChange change;
        change.to = statusOf.value(action);
        change.note = note;
        change.byRequester = *byRequester;
        change.byProvider = *byProvider;
        if (std::any_of(delayOptions.cbegin(), delayOptions.cend(),
                [&options](const QString& option) { return options.contains(option); })) {
            RequestWorkflow::Delay delay;
            delay.reason = options.value(QStringLiteral("delay-reason"));
            delay.correctiveAction = options.value(QStringLiteral("corrective-action"));
            if (options.contains(QStringLiteral("corrective-owner"))) {
                auto owner = resolveOption(QStringLiteral("staff"), QStringLiteral("corrective-owner"),
                    options.value(QStringLiteral("corrective-owner")));
                if (!owner) {
                    return owner.error();
                }
                delay.owner = *owner;
            }
            change.delay = delay;
        }
        step = workflow.changeStatus(*id, change);
    } else if (action == QLatin1String("comment")) {
        step = workflow.comment(*id, note);
    } else if (action == QLatin1String("reassign")) {
        auto provider = resolveOption(
            QStringLiteral("party"), QStringLiteral("to"), options.value(QStringLiteral("to")));
        if (!provider) {
            return provider.error();
        }
        step = workflow.reassign(*id, *provider, note);
    } else {
        // Both sides at once, or neither: one model call, one transaction.
        RequestWorkflow::Ratings ratings;
        if (options.contains(QStringLiteral("rating")) || options.contains(QStringLiteral("feedback"))) {
            ratings.byRequester = *byRequester;
        }
        if (options.contains(QStringLiteral("provider-rating"))
            || options.contains(QStringLiteral("provider-feedback"))) {
            ratings.byProvider = *byProvider;
        }
        step = workflow.rate(*id, ratings);
    }
    if (!step) {
        return step.error();
    }
    if (m_json) {
        auto record = store.get(entities::request(), *id);
        if (!record) {
            return record.error();
        }
        outJson(QJsonObject { { QStringLiteral("id"), *id },
            { QStringLiteral("status"), recordValue(*record, QStringLiteral("status")).toString() } });
    }
    return {};
}

Error Cli::handover()
{
    if (m_arguments.size() >= 2 && m_arguments.at(1) == QLatin1String("undo")) {
        return handoverUndo();
    }
    if (m_arguments.size() >= 2 && m_arguments.at(1) == QLatin1String("watch")) {
        return handoverWatch();
    }
    QStringList words = m_arguments.mid(1);
    // --dry-run and --end-pairs are flags: they take no value.
    const bool dryRun = words.removeAll(QStringLiteral("--dry-run")) > 0;
    const bool endPairs = words.removeAll(QStringLiteral("--end-pairs")) > 0;
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(words, options, positional)) {
        return error;
    }
    if (!positional.isEmpty()) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "Unexpected word '%1'.").arg(positional.first()));
    }
    const QStringList accepted { QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("split"),
        QStringLiteral("reason"), QStringLiteral("notes"), QStringLiteral("first-visit-days"),
        QStringLiteral("watch-days"), QStringLiteral("brief") };
    for (auto it = options.begin(); it != options.end(); ++it) {
        if (!accepted.contains(it.key())) {
            return Error::usage(
                QCoreApplication::translate("tandem::Cli", "handover has no option --%1.").arg(it.key()));
        }
    }
    if (!options.contains(QStringLiteral("from")) || !options.contains(QStringLiteral("to"))) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Cli", "handover needs --from REF (who leaves) and --to REF (the successor)."));
    }
    Handover::Plan plan;
    plan.reason = options.value(QStringLiteral("reason"));
    plan.notes = options.value(QStringLiteral("notes"));
    const std::pair<const char*, int*> days[] = {
        { "first-visit-days", &plan.firstVisitDays },
        { "watch-days", &plan.watchDays },
    };
    for (const auto& [name, target] : days) {
        const QString key = QString::fromLatin1(name);
        if (options.contains(key)) {
            bool ok = false;
            // The bounds are the model's (Handover::check), the same as the window's.
            const int value = options.value(key).toInt(&ok);
            if (!ok) {
                return Error::usage(
                    QCoreApplication::translate("tandem::Cli", "--%1 needs a whole number of days.")
                        .arg(key));
            }
            *target = value;
        }
    }
    const QString brief = options.value(QStringLiteral("brief"));
    const bool briefAsHtml = brief.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || brief.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    if (options.contains(QStringLiteral("brief"))) {
        if (dryRun) {
            return Error::usage(QCoreApplication::translate(
                "tandem::Cli", "--brief cannot go with --dry-run: a briefing describes a handover done."));
        }
        if (!briefAsHtml && !brief.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            return Error::usage(QCoreApplication::translate(
                "tandem::Cli", "--brief needs a file name ending in .pdf or .html, not '%1'.")
                                    .arg(brief));
        }
        // Found out before anything is handed over, rather than after.
        if (!QFileInfo(brief).absoluteDir().exists()) {
            return Error::badInput(
                QCoreApplication::translate("tandem::Cli", "Option --brief: the folder of %1 does not exist.")
                    .arg(brief));
        }
    }

    auto database = openDatabase(dryRun ? Access::Read : Access::Write);
    if (!database) {
        return database.error();
    }
    // An unknown colleague is not found, as with show; an ambiguous name is bad input.
    EntityStore store(**database);
    auto from = store.resolve(QStringLiteral("staff"), options.value(QStringLiteral("from")));
    if (!from) {
        return from.error();
    }
    auto to = store.resolve(QStringLiteral("staff"), options.value(QStringLiteral("to")));
    if (!to) {
        return to.error();
    }
    plan.from = *from;
    plan.successor = *to;
    QList<qint64> split;
    if (options.contains(QStringLiteral("split"))) {
        for (const QString& ref :
            options.value(QStringLiteral("split")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto colleague = store.resolve(QStringLiteral("staff"), ref);
            if (!colleague) {
                return colleague.error();
            }
            if (!split.contains(*colleague)) {
                split << *colleague;
            }
        }
        if (split.isEmpty()) {
            return Error::usage(QCoreApplication::translate(
                "tandem::Cli", "--split needs the colleagues to share the accounts, as REF,REF,..."));
        }
    }
    Handover handover(**database);
    if (!split.isEmpty() || endPairs) {
        auto held = handover.holdings(plan.from);
        if (!held) {
            return held.error();
        }
        if (endPairs) {
            for (const Handover::Holdings::Pair& pair : held->pairs) {
                plan.endedPairs.insert(pair.id);
            }
        }
        if (!split.isEmpty()) {
            QList<qint64> accounts;
            for (const Handover::Holdings::Account& account : held->accounts) {
                accounts << account.id;
            }
            auto shared = handover.balanced(accounts, split);
            if (!shared) {
                return shared.error();
            }
            plan.accountSuccessor = *shared;
        }
    }
    auto moves = handover.preview(plan);
    if (!moves) {
        return moves.error();
    }
    if (dryRun) {
        if (m_json) {
            QJsonArray array;
            for (const Handover::Move& move : *moves) {
                array.append(QJsonObject { { QStringLiteral("kind"), move.kind },
                    { QStringLiteral("item"), move.item }, { QStringLiteral("what"), move.what },
                    { QStringLiteral("to"), move.to ? QJsonValue(move.to) : QJsonValue() },
                    { QStringLiteral("to_name"), move.to ? QJsonValue(move.toName) : QJsonValue() } });
            }
            outJson(array);
        } else {
            for (const Handover::Move& move : *moves) {
                out(QStringList { move.kind, move.what,
                        move.to ? move.toName
                                : QCoreApplication::translate("tandem::Cli", "(the pair ends)") }
                        .join(QLatin1Char('\t'))
                    + QLatin1Char('\n'));
            }
        }
        return {};
    }

    int accounts = 0, followUps = 0, requests = 0, pairs = 0, endedPairs = 0, visits = 0;
    QStringList successors;
    for (const Handover::Move& move : *moves) {
        if (move.kind == QLatin1String("account")) {
            ++accounts;
        } else if (move.kind == QLatin1String("follow_up")) {
            ++followUps;
        } else if (move.kind == QLatin1String("request")) {
            ++requests;
        } else if (move.kind == QLatin1String("visit")) {
            ++visits;
        } else if (move.kind == QLatin1String("link")) {
            ++(move.to ? pairs : endedPairs);
        }
        if (move.to && !successors.contains(move.toName)) {
            successors << move.toName;
        }
    }
    // The briefing's file is made sure of before anything moves: a name that cannot be written (a
    // folder, a device, the database itself, a read-only folder) stops the handover with nothing done.
    ExportFile briefFile(brief);
    if (!brief.isEmpty()) {
        if (Error error = briefFile.begin()) {
            return Error(error.kind,
                QCoreApplication::translate("tandem::Cli", "Option --brief: %1 Nothing was handed over.")
                    .arg(error.message));
        }
    }
    auto id = handover.execute(plan);
    if (!id) {
        return id.error();
    }
    if (m_json) {
        QJsonObject object { { QStringLiteral("id"), *id }, { QStringLiteral("accounts"), accounts },
            { QStringLiteral("follow_ups"), followUps }, { QStringLiteral("requests"), requests },
            { QStringLiteral("pairs"), pairs }, { QStringLiteral("ended_pairs"), endedPairs },
            { QStringLiteral("visits"), visits },
            { QStringLiteral("successors"), QJsonArray::fromStringList(successors) } };
        if (!brief.isEmpty()) {
            object.insert(QStringLiteral("brief"), QFileInfo(brief).absoluteFilePath());
        }
        outJson(object);
    } else {
        out(QCoreApplication::translate("tandem::Cli", "Handover %1: %2, %3, %4, %5 moved to %6")
                .arg(QString::number(*id),
                    QCoreApplication::translate("tandem::Cli", "%n account(s)", nullptr, accounts),
                    QCoreApplication::translate("tandem::Cli", "%n follow-up(s)", nullptr, followUps),
                    QCoreApplication::translate("tandem::Cli", "%n request(s)", nullptr, requests),
                    QCoreApplication::translate("tandem::Cli", "%n pair(s)", nullptr, pairs),
                    successors.join(QStringLiteral(", "))));
        if (endedPairs > 0) {
            out(QCoreApplication::translate("tandem::Cli", "; %n pair(s) ended", nullptr, endedPairs));
        }
        out(QStringLiteral(".\n"));
    }
    if (!brief.isEmpty()) {
        auto html = handover.briefingHtml(*id);
        Error error = html ? Error() : html.error();
        if (!error) {
            briefFile.write(
                briefAsHtml ? html->toUtf8() : render::pdf(*html, QFileInfo(brief).completeBaseName()));
            error = briefFile.commit();
        }
        if (error) {
            // The handover stands (it was printed above); only its briefing is missing: exit 3, not the
            // "nothing written" of bad input.
            return Error::database(QCoreApplication::translate("tandem::Cli",
                "Handover %1 was done, but its briefing could not be written: %2 Save it again with the "
                "Handovers page.")
                                       .arg(*id)
                                       .arg(error.message));
        }
        if (!m_json) {
            out(QCoreApplication::translate("tandem::Cli", "Briefing written to %1.\n")
                    .arg(QFileInfo(brief).absoluteFilePath()));
        }
    }
    return {};
}

Error Cli::handoverUndo()
{
    if (m_arguments.size() != 3) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "handover undo needs the handover's ID."));
    }
    bool ok = false;
    const qint64 id = m_arguments.at(2).toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "A handover's ID is a number, not '%1'.")
                .arg(m_arguments.at(2)));
    }
    auto database = openDatabase(Access::Write);
    if (!database) {
        return database.error();
    }
    if (Error error = Handover(**database).undo(id)) {
        return error;
    }
    if (m_json) {
        outJson(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("undone"), true } });
    } else {
        out(QCoreApplication::translate("tandem::Cli", "Handover %1 was undone.\n").arg(id));
    }
    return {};
}

Error Cli::handoverWatch()
{
    if (m_arguments.size() != 2) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "handover watch takes no arguments."));
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    auto flags = Handover(**database).watchFlags();
    if (!flags) {
        return flags.error();
    }
    auto riskName = [](Handover::WatchFlag::Risk risk) {
        switch (risk) {
        case Handover::WatchFlag::Risk::NoContact:
            return QStringLiteral("no_contact");
        case Handover::WatchFlag::Risk::CompetitorPurchase:
            return QStringLiteral("competitor_purchase");
        case Handover::WatchFlag::Risk::SegmentDropped:
            return QStringLiteral("segment_dropped");
        }
        return QString();
    };
    if (m_json) {
        QJsonArray array;
        for (const Handover::WatchFlag& flag : *flags) {
            array.append(QJsonObject { { QStringLiteral("handover"), flag.handover },
                { QStringLiteral("account"), flag.account },
                { QStringLiteral("account_name"), flag.accountName },
                { QStringLiteral("successor_name"), flag.successorName },
                { QStringLiteral("risk"), riskName(flag.risk) }, { QStringLiteral("since"), flag.since },
                { QStringLiteral("text"), flag.text } });
        }
        outJson(array);
        return {};
    }
    for (const Handover::WatchFlag& flag : *flags) {
        out(QStringList { QString::number(flag.handover), riskName(flag.risk), flag.accountName,
                flag.successorName, flag.text }
                .join(QLatin1Char('\t'))
            + QLatin1Char('\n'));
    }
    return {};
}

Error Cli::importData()
{
    QStringList words = m_arguments.mid(1);
    // --dry-run is a flag: it takes no value.
    const bool dryRun = words.removeAll(QStringLiteral("--dry-run")) > 0;
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(words, options, positional)) {
        return error;
    }
    if (positional.size() != 2) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Cli", "import needs what to import and a FILE, such as: import accounts clients.csv."));
    }
    if (positional.first() == QLatin1String("all")) {
        QFile archive(positional.at(1));
        if (!archive.open(QIODevice::ReadOnly)) {
            return Error::badInput(QCoreApplication::translate("tandem::Cli", "Cannot read %1: %2")
                                       .arg(positional.at(1), archive.errorString()));
        }
        auto database = openDatabase(Access::Create);
        if (!database) {
            return database.error();
        }
        if (Error error
            = Archive::importAll(**database, archive.readAll(), QFileInfo(positional.at(1)).fileName())) {
            return error;
        }
        out(QCoreApplication::translate("tandem::Cli", "Imported the archive %1.\n").arg(positional.at(1)));
        return {};
    }
    const Entity* entity = entities::find(positional.first());
    const QStringList importable { QStringLiteral("department"), QStringLiteral("staff"),
        QStringLiteral("account"), QStringLiteral("contact") };
    if (!entity || !importable.contains(entity->name)) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Cli", "Cannot import '%1'; import departments, staff, accounts or contacts.")
                                .arg(positional.first()));
    }
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("encoding")
            && it.key() != QLatin1String("on-error")) {
            return Error::usage(
                QCoreApplication::translate("tandem::Cli", "import has no option --%1.").arg(it.key()));
        }
    }
    const QString format = options.value(QStringLiteral("format"),
        positional.at(1).endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive) ? QStringLiteral("vcard")
                                                                              : QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("vcard")) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "--format must be csv or vcard."));
    }
    if (format == QLatin1String("vcard") && entity->name != QLatin1String("contact")) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "vCards hold contacts: import contacts FILE.vcf."));
    }
    const QString onError = options.value(QStringLiteral("on-error"), QStringLiteral("abort"));
    if (onError != QLatin1String("abort") && onError != QLatin1String("skip")) {
        return Error::usage(QCoreApplication::translate("tandem::Cli", "--on-error must be abort or skip."));
    }
    const QString encodingName = options.value(QStringLiteral("encoding"), QStringLiteral("auto")).toLower();
    CsvReader::Encoding encoding = CsvReader::Encoding::Auto;
    if (encodingName == QLatin1String("utf-8") || encodingName == QLatin1String("utf8")) {
        encoding = CsvReader::Encoding::Utf8;
    } else if (encodingName == QLatin1String("gb18030") || encodingName == QLatin1String("gbk")) {
        encoding = CsvReader::Encoding::Gb18030;
    } else if (encodingName != QLatin1String("auto")) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "--encoding must be auto, utf-8 or gb18030."));
    }
    const QString path = positional.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::badInput(
            QCoreApplication::translate("tandem::Cli", "Cannot read %1: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (format == QLatin1String("vcard")) {
        return importVCards(bytes, path, dryRun, onError == QLatin1String("skip"));
    }
    auto table = CsvReader::read(bytes, QFileInfo(path).fileName(), encoding);
    if (!table) {
        return table.error();
    }
    const QHash<int, QString> mapping = importing::mapHeader(*entity, table->header);
    auto database = openDatabase(Access::Write);
    if (!database) {
        return database.error();
    }
    const QString fileName = QFileInfo(path).fileName();
    // Where the rejected rows go is made sure of before anything is imported: a folder that cannot take
    // the file stops the import with nothing written. The name is Tandem's own, so an earlier file (or a
    // link planted there) is left alone and the next free name taken.
    const bool keepRejected = onError == QLatin1String("skip") && !dryRun;
    ExportFile rejectedFile(path + QStringLiteral(".rejected.csv"), ExportFile::Existing::NewName);
    if (keepRejected) {
        if (Error error = rejectedFile.begin()) {
            return error;
        }
    }
    auto report
        = Importer(**database)
              .importTable(*entity, *table, mapping, dryRun,
                  onError == QLatin1String("skip") ? Importer::OnError::Skip : Importer::OnError::Abort,
                  [this, shown = -1](int done, int total) mutable {
                      // A line per tenth: a log of the run stays short, a terminal shows it moving.
                      const int tenths = total > 0 ? done * 10 / total : 10;
                      if (total >= 1000 && tenths != shown) {
                          shown = tenths;
                          err(QCoreApplication::translate("tandem::Cli", "import: %1 of %2 rows\r")
                                  .arg(done)
                                  .arg(total));
                      }
                      return true;
                  });
    if (!report) {
        return report.error();
    }
    reportRejected(fileName, *report);
    QString rejectedPath;
    Error rejectedError;
    if (keepRejected && !report->rejected.isEmpty()) {
        rejectedFile.write(Importer::rejectedCsv(table->header, *report));
        rejectedError = rejectedFile.commit();
        if (!rejectedError) {
            rejectedPath = rejectedFile.path();
        }
    } else {
        rejectedFile.cancel();
    }
    const int added = report->added;
    const int updated = report->updated;
    const int rejectedCount = int(report->rejected.size());
    if (m_json) {
        QJsonObject summary { { QStringLiteral("new"), added }, { QStringLiteral("updated"), updated },
            { QStringLiteral("rejected"), rejectedCount }, { QStringLiteral("written"), report->written },
            { QStringLiteral("encoding"), table->encoding } };
        if (!rejectedPath.isEmpty()) {
            summary.insert(QStringLiteral("rejected_file"), rejectedPath);
        }
        if (entity->name == QLatin1String("account")) {
            summary.insert(QStringLiteral("contacts_added"), report->contactsAdded);
        }
        outJson(summary);
    } else {
        out(QCoreApplication::translate("tandem::Cli", "%1 new, %2 updated, %3 rejected (%4, read as %5).\n")
                .arg(added)
                .arg(updated)
                .arg(rejectedCount)
                .arg(report->written ? QCoreApplication::translate("tandem::Cli", "written")
                                     : QCoreApplication::translate("tandem::Cli", "nothing written"),
                    table->encoding));
        if (report->contactsAdded > 0) {
            out(QCoreApplication::translate("tandem::Cli", "%n contact person(s) added to their accounts.\n",
                nullptr, report->contactsAdded));
        }
        if (!rejectedPath.isEmpty()) {
            out(QCoreApplication::translate("tandem::Cli", "The rejected rows, with the reason, are in %1.\n")
                    .arg(rejectedPath));
        }
    }
    if (rejectedError) {
        // The valid rows are in: say so, and that only the list of rejected rows is missing.
        return Error::database(QCoreApplication::translate(
            "tandem::Cli", "The valid rows were imported, but the rejected rows could not be saved: %1")
                                   .arg(rejectedError.message));
    }
    return importOutcome(fileName, *report, dryRun);
}

Error Cli::exportData()
{
    QMap<QString, QString> options;
    QStringList positional;
    if (Error error = parseOptions(m_arguments.mid(1), options, positional)) {
        return error;
    }
    if (positional.size() != 2) {
        return Error::usage(QCoreApplication::translate(
            "tandem::Cli", "export needs what to export and a FILE, such as: export accounts accounts.csv."));
    }
    if (positional.first() == QLatin1String("all")) {
        if (options.value(QStringLiteral("format"), QStringLiteral("json")) != QLatin1String("json")) {
            return Error::usage(
                QCoreApplication::translate("tandem::Cli", "export all writes --format json."));
        }
        auto database = openDatabase(Access::Read);
        if (!database) {
            return database.error();
        }
        ExportFile archive(positional.at(1));
        if (Error error = archive.begin()) {
            return error;
        }
        const Error error
            = Archive::exportAll(**database, archive, [this, shown = -1](qint64 done, qint64 total) mutable {
                  const int tenths = total > 0 ? int(done * 10 / total) : 10;
                  if (total >= 10000 && tenths != shown) {
                      shown = tenths;
                      err(QCoreApplication::translate("tandem::Cli", "export: %1 of %2 rows\r")
                              .arg(done)
                              .arg(total));
                  }
                  return true;
              });
        if (error) {
            archive.cancel();
            return archive.failure() ? archive.failure() : error;
        }
        return archive.commit();
    }
    const Entity* entity = entities::find(positional.first());
    if (!entity) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "Cannot export '%1'.").arg(positional.first()));
    }
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("formulas")
            && it.key() != QLatin1String("vcard-version")) {
            return Error::usage(
                QCoreApplication::translate("tandem::Cli", "export has no option --%1.").arg(it.key()));
        }
    }
    const QString path = positional.at(1);
    const QString format = options.value(QStringLiteral("format"),
        path.endsWith(QLatin1String(".vcf"), Qt::CaseInsensitive)       ? QStringLiteral("vcard")
            : path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive) ? QStringLiteral("ics")
                                                                        : QStringLiteral("csv"));
    if (format != QLatin1String("csv") && format != QLatin1String("vcard")
        && format != QLatin1String("ics")) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "--format must be csv, vcard or ics."));
    }
    if (format == QLatin1String("ics")) {
        // A calendar of what is due: open requests' due dates, or the follow-ups logged with interactions.
        if (entity->name != QLatin1String("request") && entity->name != QLatin1String("interaction")) {
            return Error::usage(QCoreApplication::translate(
                "tandem::Cli", "A calendar holds due dates: export requests or interactions FILE.ics."));
        }
        auto database = openDatabase(Access::Read);
        if (!database) {
            return database.error();
        }
        Calendar::Contents contents;
        contents.followUps = entity->name == QLatin1String("interaction");
        contents.requests = entity->name == QLatin1String("request");
        auto calendar = Calendar::write(**database, contents);
        if (!calendar) {
            return calendar.error();
        }
        return ExportFile::writeWhole(path, *calendar);
    }
    if (format == QLatin1String("vcard") && entity->name != QLatin1String("contact")) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "vCards hold contacts: export contacts FILE.vcf."));
    }
    // Cells that look like formulas are neutralised unless asked to keep them as they are.
    const QString formulas = options.value(QStringLiteral("formulas"), QStringLiteral("neutralise"));
    if (formulas != QLatin1String("neutralise") && formulas != QLatin1String("keep")) {
        return Error::usage(
            QCoreApplication::translate("tandem::Cli", "--formulas must be neutralise or keep."));
    }
    auto database = openDatabase(Access::Read);
    if (!database) {
        return database.error();
    }
    if (format == QLatin1String("vcard")) {
        // vCard 4.0 (RFC 6350), or 3.0 for older address books.
        const QString version = options.value(QStringLiteral("vcard-version"), QStringLiteral("4"));
        if (version != QLatin1String("3") && version != QLatin1String("4")) {
            return Error::usage(
                QCoreApplication::translate("tandem::Cli", "--vcard-version must be 3 or 4."));
        }
        auto cards = Importer(**database).contactsAsVCards();
        if (!cards) {
            return cards.error();
        }
        const bool three = version == QLatin1String("3");
        if (Error error = ExportFile::writeWhole(path,
                VCardWriter::write(*cards, three ? VCardWriter::Version::V3 : VCardWriter::Version::V4))) {
            return error;
        }
        const int written = int(cards->size());
        err(QCoreApplication::translate("tandem::Cli", "%n contact(s) written to %1.\n", nullptr, written)
                .arg(path));
        return {};
    }
    ExportFile file(path);
    if (Error error = file.begin()) {
        return error;
    }
    const CsvWriter writer(QLatin1Char(','), formulas == QLatin1String("neutralise"));
    file.write(CsvWriter::start());
    QStringList header { entity->key };
    header << entity->fieldNames();
    file.write(writer.line(header));
    EntityStore store(**database);
    int rows = 0;
    const Error error = store.list(*entity, {}, -1, [&](const Record& record) {
        QStringList cells;
        for (const auto& [column, value] : record) {
            cells << (value.isNull() ? QString() : value.toString());
        }
        ++rows;
        // A failed write (a full disk) stops the listing at once.
        return file.write(writer.line(cells)) >= 0;
    });
    if (error || file.failure()) {
        file.cancel();
        return file.failure() ? file.failure() : error;
    }
    if (Error committed = file.commit()) {
        return committed;
    }
    const int written = rows;
    err(QCoreApplication::translate("tandem::Cli", "%n row(s) written to %1.\n", nullptr, written).arg(path));
    return {};
}

void Cli::reportRejected(const QString& fileName, const Importer::Report& report) const
{
    for (const Importer::Rejected& rejected : report.rejected) {
        err(QCoreApplication::translate("tandem::Cli", "%1, line %2: %3\n")
                .arg(fileName)
                .arg(rejected.line)
                .arg(rejected.reason));
    }
}

Error Cli::importOutcome(const QString& fileName, const Importer::Report& report, bool dryRun) const
{
    // Rows were refused and, all or nothing, nothing was written: bad input, exit 2.
    if (!report.written && !dryRun && !report.rejected.isEmpty()) {
        return Error::badInput(QCoreApplication::translate("tandem::Cli",
            "%1: rows were rejected, so nothing was written; fix them, or import with --on-error skip.")
                                   .arg(fileName));
    }
    return {};
}

Error Cli::importVCards(const QByteArray& bytes, const QString& path, bool dryRun, bool skip)
{
    const QString fileName = QFileInfo(path).fileName();
    auto parsed = VCardReader::read(bytes, false);
    if (!parsed) {
        return Error(parsed.error().kind, QStringLiteral("%1: %2").arg(fileName, parsed.error().message));
    }
    for (const QString& warning : parsed->warnings) {
        err(QStringLiteral("%1: %2\n").arg(fileName, warning));
    }
    auto database = openDatabase(Access::Write);
    if (!database) {
        return database.error();
    }
    int accounts = 0;
    auto report = Importer(**database)
                      .importVCards(parsed->cards, dryRun,
                          skip ? Importer::OnError::Skip : Importer::OnError::Abort, &accounts);
    if (!report) {
        return report.error();
    }
    reportRejected(fileName, *report);
    const int rejectedCount = int(report->rejected.size());
    if (m_json) {
        outJson(QJsonObject { { QStringLiteral("new"), report->added },
            { QStringLiteral("updated"), report->updated }, { QStringLiteral("rejected"), rejectedCount },
            { QStringLiteral("accounts_created"), accounts },
            { QStringLiteral("written"), report->written } });
    } else {
        out(QCoreApplication::translate(
            "tandem::Cli", "%1 new, %2 updated, %3 rejected; %4 accounts created (%5).\n")
                .arg(report->added)
                .arg(report->updated)
                .arg(rejectedCount)
                .arg(accounts)
                .arg(report->written ? QCoreApplication::translate("tandem::Cli", "written")
                                     : QCoreApplication::translate("tandem::Cli", "nothing written")));
    }
    return importOutcome(fileName, *report, dryRun);
}

} // namespace tandem
