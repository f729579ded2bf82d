#include "HandoverCommands.h"

#include "CliContext.h"
#include "CommandParser.h"
#include "Database.h"
#include "DocumentWriter.h"
#include "EntityStore.h"
#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tandem {

namespace {

// What a handover moved, counted by kind for its summary.
struct Tally
{
    int accounts = 0, followUps = 0, requests = 0, pairs = 0, endedPairs = 0, visits = 0;
    QStringList successors;

    explicit Tally(const QList<Handover::Move>& moves)
    {
        for (const Handover::Move& move : moves) {
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
    }
};

QString riskName(Handover::WatchFlag::Risk risk)
{
    switch (risk) {
    case Handover::WatchFlag::Risk::NoContact:
        return QStringLiteral("no_contact");
    case Handover::WatchFlag::Risk::CompetitorPurchase:
        return QStringLiteral("competitor_purchase");
    case Handover::WatchFlag::Risk::SegmentDropped:
        return QStringLiteral("segment_dropped");
    }
    return QString();
}

} // namespace

Error HandoverCommands::handover()
{
    const QStringList& words = m_context.words();
    if (words.size() >= 2 && words.at(1) == QLatin1String("undo")) {
        return undo();
    }
    if (words.size() >= 2 && words.at(1) == QLatin1String("watch")) {
        return watch();
    }
    return handOver();
}

Error HandoverCommands::handOver()
{
    CommandParser parser(
        [](const QString& option) { return tr("handover has no option --%1.").arg(option); });
    parser.flag(QStringLiteral("dry-run")).flag(QStringLiteral("end-pairs"));
    for (const char* option :
        { "from", "to", "split", "reason", "notes", "first-visit-days", "watch-days", "brief" }) {
        parser.option(QString::fromLatin1(option));
    }
    if (Error error = parser.parse(m_context.words().mid(1))) {
        return error;
    }
    if (!parser.positional().isEmpty()) {
        return Error::usage(tr("Unexpected word '%1'.").arg(parser.positional().first()));
    }
    if (Error error = readOptions(parser)) {
        return error;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto database = m_context.openDatabase(dryRun ? CliContext::Access::Read : CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    if (Error error = resolvePlan(**database, parser)) {
        return error;
    }
    Handover handover(**database);
    auto moves = handover.preview(m_plan);
    if (!moves) {
        return moves.error();
    }
    if (dryRun) {
        printPreview(*moves);
        return {};
    }
    // The briefing's file is made sure of before anything moves: a name that cannot be written (a
    // folder, a device, the database itself, a read-only folder) stops the handover with nothing done.
    ExportFile briefFile(m_brief);
    if (!m_brief.isEmpty()) {
        if (Error error = briefFile.begin()) {
            return Error(error.kind, tr("Option --brief: %1 Nothing was handed over.").arg(error.message));
        }
    }
    auto id = handover.execute(m_plan);
    if (!id) {
        return id.error();
    }
    printDone(*id, *moves);
    return m_brief.isEmpty() ? Error() : writeBrief(handover, *id, briefFile);
}

Error HandoverCommands::readOptions(const CommandParser& parser)
{
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to"))) {
        return Error::usage(tr("handover needs --from REF (who leaves) and --to REF (the successor)."));
    }
    m_plan.reason = parser.value(QStringLiteral("reason"));
    m_plan.notes = parser.value(QStringLiteral("notes"));
    const std::pair<QString, int*> days[] = {
        { QStringLiteral("first-visit-days"), &m_plan.firstVisitDays },
        { QStringLiteral("watch-days"), &m_plan.watchDays },
    };
    for (const auto& [key, target] : days) {
        if (parser.isSet(key)) {
            bool ok = false;
            // The bounds are the model's (Handover::check), the same as the window's.
            const int value = parser.value(key).toInt(&ok);
            if (!ok) {
                return Error::usage(tr("--%1 needs a whole number of days.").arg(key));
            }
            *target = value;
        }
    }
    m_brief = parser.value(QStringLiteral("brief"));
    m_briefAsHtml = m_brief.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || m_brief.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    if (!parser.isSet(QStringLiteral("brief"))) {
        return {};
    }
    if (parser.isSet(QStringLiteral("dry-run"))) {
        return Error::usage(tr("--brief cannot go with --dry-run: a briefing describes a handover done."));
    }
    if (!m_briefAsHtml && !m_brief.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        return Error::usage(tr("--brief needs a file name ending in .pdf or .html, not '%1'.").arg(m_brief));
    }
    // Found out before anything is handed over, rather than after.
    if (!QFileInfo(m_brief).absoluteDir().exists()) {
        return Error::badInput(tr("Option --brief: the folder of %1 does not exist.").arg(m_brief));
    }
    return {};
}

Error HandoverCommands::resolvePlan(Database& database, const CommandParser& parser)
{
    // An unknown colleague is not found, as with show; an ambiguous name is bad input.
    EntityStore store(database);
    QList<qint64> staff;
    QStringList refs { parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")) };
    refs << parser.value(QStringLiteral("split")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& ref : std::as_const(refs)) {
        auto colleague = store.resolve(QStringLiteral("staff"), ref);
        if (!colleague) {
            return colleague.error();
        }
        staff << *colleague;
    }
    m_plan.from = staff.at(0);
    m_plan.successor = staff.at(1);
    QList<qint64> split;
    for (qint64 colleague : staff.mid(2)) {
        if (!split.contains(colleague)) {
            split << colleague;
        }
    }
    if (parser.isSet(QStringLiteral("split")) && split.isEmpty()) {
        return Error::usage(tr("--split needs the colleagues to share the accounts, as REF,REF,..."));
    }
    const bool endPairs = parser.isSet(QStringLiteral("end-pairs"));
    if (split.isEmpty() && !endPairs) {
        return {};
    }
    Handover handover(database);
    auto held = handover.holdings(m_plan.from);
    if (!held) {
        return held.error();
    }
    if (endPairs) {
        for (const Handover::Holdings::Pair& pair : held->pairs) {
            m_plan.endedPairs.insert(pair.id);
        }
    }
    if (split.isEmpty()) {
        return {};
    }
    QList<qint64> accounts;
    for (const Handover::Holdings::Account& account : held->accounts) {
        accounts << account.id;
    }
    auto shared = handover.balanced(accounts, split);
    if (!shared) {
        return shared.error();
    }
    m_plan.accountSuccessor = *shared;
    return {};
}

void HandoverCommands::printPreview(const QList<Handover::Move>& moves) const
{
    if (m_context.json()) {
        QJsonArray array;
        for (const Handover::Move& move : moves) {
            array.append(QJsonObject { { QStringLiteral("kind"), move.kind },
                { QStringLiteral("item"), move.item }, { QStringLiteral("what"), move.what },
                { QStringLiteral("to"), move.to ? QJsonValue(move.to) : QJsonValue() },
                { QStringLiteral("to_name"), move.to ? QJsonValue(move.toName) : QJsonValue() } });
        }
        m_context.outJson(array);
        return;
    }
    for (const Handover::Move& move : moves) {
        m_context.out(
            QStringList { move.kind, move.what, move.to ? move.toName : tr("(the pair ends)") }.join(
                QLatin1Char('\t'))
            + QLatin1Char('\n'));
    }
}

void HandoverCommands::printDone(qint64 id, const QList<Handover::Move>& moves) const
{
    const Tally tally(moves);
    if (m_context.json()) {
        QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("accounts"), tally.accounts },
            { QStringLiteral("follow_ups"), tally.followUps }, { QStringLiteral("requests"), tally.requests },
            { QStringLiteral("pairs"), tally.pairs }, { QStringLiteral("ended_pairs"), tally.endedPairs },
            { QStringLiteral("visits"), tally.visits },
            { QStringLiteral("successors"), QJsonArray::fromStringList(tally.successors) } };
        if (!m_brief.isEmpty()) {
            object.insert(QStringLiteral("brief"), QFileInfo(m_brief).absoluteFilePath());
        }
        m_context.outJson(object);
        return;
    }
    m_context.out(
        tr("Handover %1: %2, %3, %4, %5 moved to %6")
            .arg(QString::number(id), tr("%n account(s)", nullptr, tally.accounts),
                tr("%n follow-up(s)", nullptr, tally.followUps), tr("%n request(s)", nullptr, tally.requests),
                tr("%n pair(s)", nullptr, tally.pairs), tally.successors.join(QStringLiteral(", "))));
    if (tally.endedPairs > 0) {
        m_context.out(tr("; %n pair(s) ended", nullptr, tally.endedPairs));
    }
    m_context.out(QStringLiteral(".\n"));
}

Error HandoverCommands::writeBrief(Handover& handover, qint64 id, ExportFile& file) const
{
    auto html = handover.briefingHtml(id);
    Error error = html ? Error() : html.error();
    if (!error) {
        file.write(
            m_briefAsHtml ? html->toUtf8() : render::pdf(*html, QFileInfo(m_brief).completeBaseName()));
        error = file.commit();
    }
    if (error) {
        // The handover stands (it was printed above); only its briefing is missing: exit 3, not the
        // "nothing written" of bad input.
        return Error::database(tr("Handover %1 was done, but its briefing could not be written: %2 Save it "
                                  "again with the Handovers page.")
                                   .arg(id)
                                   .arg(error.message));
    }
    if (!m_context.json()) {
        m_context.out(tr("Briefing written to %1.\n").arg(QFileInfo(m_brief).absoluteFilePath()));
    }
    return {};
}

Error HandoverCommands::undo()
{
    const QStringList& words = m_context.words();
    if (words.size() != 3) {
        return Error::usage(tr("handover undo needs the handover's ID."));
    }
    bool ok = false;
    const qint64 id = words.at(2).toLongLong(&ok);
    if (!ok || id <= 0) {
        return Error::usage(tr("A handover's ID is a number, not '%1'.").arg(words.at(2)));
    }
    auto database = m_context.openDatabase(CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    if (Error error = Handover(**database).undo(id)) {
        return error;
    }
    if (m_context.json()) {
        m_context.outJson(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("undone"), true } });
    } else {
        m_context.out(tr("Handover %1 was undone.\n").arg(id));
    }
    return {};
}

Error HandoverCommands::watch()
{
    if (Error error = m_context.expectWords(2, tr("handover watch takes no arguments."))) {
        return error;
    }
    auto flags = m_context.ask(
        CliContext::Access::Read, [](Database& database) { return Handover(database).watchFlags(); });
    if (!flags) {
        return flags.error();
    }
    if (m_context.json()) {
        QJsonArray array;
        for (const Handover::WatchFlag& flag : *flags) {
            array.append(QJsonObject { { QStringLiteral("handover"), flag.handover },
                { QStringLiteral("account"), flag.account },
                { QStringLiteral("account_name"), flag.accountName },
                { QStringLiteral("successor_name"), flag.successorName },
                { QStringLiteral("risk"), riskName(flag.risk) }, { QStringLiteral("since"), flag.since },
                { QStringLiteral("text"), flag.text } });
        }
        m_context.outJson(array);
        return {};
    }
    for (const Handover::WatchFlag& flag : *flags) {
        m_context.out(QStringList { QString::number(flag.handover), riskName(flag.risk), flag.accountName,
                          flag.successorName, flag.text }
                          .join(QLatin1Char('\t'))
            + QLatin1Char('\n'));
    }
    return {};
}

} // namespace tandem
