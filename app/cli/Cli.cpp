#include "Cli.h"

#include "AdminCommands.h"
#include "ChainCommands.h"
#include "ExportCommands.h"
#include "HandoverCommands.h"
#include "ImportCommands.h"
#include "ListCommand.h"
#include "MaintenanceCommands.h"
#include "RecordCommands.h"
#include "RequestCommands.h"
#include "SetupCommands.h"

#include <QHash>

namespace tandem {

namespace {

// A command runs in a room made for it over the run's context.
template<typename Room, Error (Room::*command)()> Error enter(CliContext& context)
{
    Room room(context);
    return (room.*command)();
}

} // namespace

Cli::Cli(const QStringList& arguments, QIODevice& out, QIODevice& err)
    : m_context(arguments, out, err)
{ }

QString Cli::usageText()
{
    return tr(
        "Usage: tandem-cli [--database PATH|postgresql://USER@HOST:PORT/DB] [--json] COMMAND ...\n"
        "(on a team server the password comes from PGPASSWORD or ~/.pgpass)\n"
        "Commands:\n"
        "  init                     create the database (or upgrade it)\n"
        "  demo [--language en|zh_CN]  fill an empty database with the demo organization\n"
        "  generate --staff N --accounts N --contacts N --requests N [--seed S]\n"
        "           [--language en|zh_CN|mixed]\n"
        "                           fill an empty database with generated data (default: mixed)\n"
        "  stats                    count what the database holds\n"
        "  check                    check integrity, references and schema version\n"
        "  backup FILE              write a consistent copy to a new FILE\n"
        "  restore FILE             replace the data with a backup (a copy of the current data is kept)\n"
        "  migrate-to postgresql://USER@HOST:PORT/DB\n"
        "                           copy the whole database into an empty one on a team server\n"
        "  list departments|staff|links|accounts|contacts|interactions|purchases|requests [--FIELD VALUE] "
        "[--limit N]\n"
        "  list requests [--party REF] [--requester REF] [--provider REF]\n"
        "                [--department REF [--side requester|provider|either]]\n"
        "                [--status S[,S...]|active|closed] [--overdue] [--limit N]\n"
        "                           requests as the Requests page filters them, newest first\n"
        "  show department|staff|link|account|contact|request REF\n"
        "  add department|staff|link|account|contact|interaction|purchase|request --FIELD VALUE ...\n"
        "  set department|staff|link|account|contact REF --FIELD VALUE ... [--expect-version N]\n"
        "                           change fields (an empty VALUE clears one); with --expect-version,\n"
        "                           only while the record still has the version N that show --json gave\n"
        "  remove department|staff|link|account|contact REF\n"
        "                           delete a record nothing else refers to\n"
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
        "  admin add-user LOGIN --staff REF --role rep|manager|admin\n"
        "                           on a team server, let colleague REF sign in as LOGIN (a PostgreSQL\n"
        "                           login role); the password is one line of standard input\n"
        "  admin remove-user LOGIN  take the login away\n"
        "  admin users              the logins, the colleague each is, and whether they can sign in\n"
        "REF is a numeric id, an exact name or an e-mail address.\n"
        "Exit codes: 0 done, 1 usage, 2 bad input, 3 database problem, 4 not found,\n"
        "5 changed by someone else since it was read (nothing written).\n");
}

int Cli::run()
{
    const Error error = dispatch();
    m_context.flush();
    if (error) {
        m_context.err(error.message + QLatin1Char('\n'));
        if (error.kind == ErrorKind::Usage) {
            m_context.err(usageText());
        }
        return CliContext::exitCode(error);
    }
    return 0;
}

Error Cli::dispatch()
{
    const QStringList& words = m_context.words();
    if (words.isEmpty()) {
        return Error::usage(tr("No command was given."));
    }
    const QString command = words.first();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        m_context.out(usageText());
        return {};
    }
    if (command == QLatin1String("--version")) {
        m_context.out(QStringLiteral("tandem-cli %1\n").arg(QCoreApplication::applicationVersion()));
        return {};
    }
    // Each command name leads to its room.
    static const QHash<QString, Error (*)(CliContext&)> commands {
        { QStringLiteral("init"), &enter<SetupCommands, &SetupCommands::init> },
        { QStringLiteral("demo"), &enter<SetupCommands, &SetupCommands::demo> },
        { QStringLiteral("generate"), &enter<SetupCommands, &SetupCommands::generate> },
        { QStringLiteral("stats"), &enter<MaintenanceCommands, &MaintenanceCommands::stats> },
        { QStringLiteral("check"), &enter<MaintenanceCommands, &MaintenanceCommands::check> },
        { QStringLiteral("backup"), &enter<MaintenanceCommands, &MaintenanceCommands::backup> },
        { QStringLiteral("restore"), &enter<MaintenanceCommands, &MaintenanceCommands::restore> },
        { QStringLiteral("migrate-to"), &enter<MaintenanceCommands, &MaintenanceCommands::migrateTo> },
        { QStringLiteral("list"), &enter<ListCommand, &ListCommand::run> },
        { QStringLiteral("show"), &enter<RecordCommands, &RecordCommands::show> },
        { QStringLiteral("add"), &enter<RecordCommands, &RecordCommands::add> },
        { QStringLiteral("set"), &enter<RecordCommands, &RecordCommands::set> },
        { QStringLiteral("remove"), &enter<RecordCommands, &RecordCommands::remove> },
        { QStringLiteral("search"), &enter<RecordCommands, &RecordCommands::search> },
        { QStringLiteral("chain"), &enter<ChainCommands, &ChainCommands::chain> },
        { QStringLiteral("import"), &enter<ImportCommands, &ImportCommands::importData> },
        { QStringLiteral("export"), &enter<ExportCommands, &ExportCommands::exportData> },
        { QStringLiteral("satisfaction"), &enter<RequestCommands, &RequestCommands::satisfaction> },
        { QStringLiteral("request"), &enter<RequestCommands, &RequestCommands::request> },
        { QStringLiteral("handover"), &enter<HandoverCommands, &HandoverCommands::handover> },
        { QStringLiteral("admin"), &enter<AdminCommands, &AdminCommands::admin> },
    };
    const auto found = commands.find(command);
    if (found == commands.end()) {
        return Error::usage(tr("Unknown command '%1'.").arg(command));
    }
    return found.value()(m_context);
}

} // namespace tandem
