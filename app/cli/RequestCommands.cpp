#include "RequestCommands.h"

#include "CliContext.h"
#include "CommandParser.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "Satisfaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <algorithm>

namespace tandem {

namespace {

// The actions that change a request's status, and the status each leads to.
const QMap<QString, QString>& statusOf()
{
    static const QMap<QString, QString> statuses {
        { QStringLiteral("start"), QStringLiteral("in_progress") },
        { QStringLiteral("wait"), QStringLiteral("waiting") },
        { QStringLiteral("done"), QStringLiteral("done") },
        { QStringLiteral("reject"), QStringLiteral("rejected") },
        { QStringLiteral("cancel"), QStringLiteral("cancelled") },
        { QStringLiteral("reopen"), QStringLiteral("open") },
    };
    return statuses;
}

const QStringList& delayOptions()
{
    static const QStringList options { QStringLiteral("delay-reason"), QStringLiteral("corrective-action"),
        QStringLiteral("corrective-owner") };
    return options;
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

Error RequestCommands::request()
{
    const QStringList& words = m_context.words();
    if (words.size() < 3) {
        return Error::usage(tr("request needs a REF and what to do, such as: request 12 done."));
    }
    const QString action = words.at(2);
    CommandParser parser([&action](const QString& option) {
        return tr("request REF %1 has no option --%2.").arg(action, option);
    });
    if (Error error = declareOptions(parser, action)) {
        return error;
    }
    if (Error error = parser.parse(words.mid(3))) {
        return error;
    }
    if (!parser.positional().isEmpty()) {
        return Error::usage(tr("Unexpected word '%1'.").arg(parser.positional().first()));
    }
    if (action == QLatin1String("reassign") && !parser.isSet(QStringLiteral("to"))) {
        return Error::usage(tr("request REF reassign needs --to REF."));
    }
    if (action == QLatin1String("rate") && !parser.isSet(QStringLiteral("rating"))
        && !parser.isSet(QStringLiteral("provider-rating"))) {
        return Error::usage(tr("request REF rate needs --rating N or --provider-rating N."));
    }
    auto ratings = ratingsFrom(parser);
    if (!ratings) {
        return ratings.error();
    }
    auto database = m_context.openDatabase(CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    auto id = store.resolve(QStringLiteral("request"), words.at(1));
    if (!id) {
        return id.error();
    }
    auto step = takeStep(**database, *id, action, parser, *ratings);
    if (!step) {
        return step.error();
    }
    if (m_context.json()) {
        auto record = store.get(entities::request(), *id);
        if (!record) {
            return record.error();
        }
        m_context.outJson(QJsonObject { { QStringLiteral("id"), *id },
            { QStringLiteral("status"), recordValue(*record, QStringLiteral("status")).toString() } });
    }
    return {};
}

Error RequestCommands::declareOptions(CommandParser& parser, const QString& action)
{
    const QStringList ratingOptions { QStringLiteral("rating"), QStringLiteral("feedback"),
        QStringLiteral("provider-rating"), QStringLiteral("provider-feedback") };
    QStringList accepted;
    if (statusOf().contains(action)) {
        accepted << QStringLiteral("note") << ratingOptions << delayOptions();
    } else if (action == QLatin1String("comment")) {
        accepted << QStringLiteral("note");
    } else if (action == QLatin1String("reassign")) {
        accepted << QStringLiteral("to") << QStringLiteral("note");
    } else if (action == QLatin1String("rate")) {
        accepted << ratingOptions;
    } else {
        return Error::usage(
            tr("Unknown action '%1'; request takes start, wait, done, reject, cancel, reopen, "
               "comment, rate or reassign.")
                .arg(action));
    }
    for (const QString& option : std::as_const(accepted)) {
        parser.option(option);
    }
    return {};
}

Result<RequestWorkflow::Ratings> RequestCommands::ratingsFrom(const CommandParser& parser)
{
    RequestWorkflow::Ratings ratings;
    const std::tuple<QString, QString, std::optional<RequestWorkflow::Rating>*> sides[] = {
        { QStringLiteral("rating"), QStringLiteral("feedback"), &ratings.byRequester },
        { QStringLiteral("provider-rating"), QStringLiteral("provider-feedback"), &ratings.byProvider },
    };
    for (const auto& [ratingOption, feedbackOption, side] : sides) {
        if (!parser.isSet(ratingOption) && !parser.isSet(feedbackOption)) {
            continue;
        }
        RequestWorkflow::Rating rating;
        rating.feedback = parser.value(feedbackOption);
        if (parser.isSet(ratingOption)) {
            // The range is the model's to check; here only that it is a number at all.
            bool ok = false;
            const int number = parser.value(ratingOption).trimmed().toInt(&ok);
            if (!ok) {
                return Error::badInput(tr("Option --%1 must be a rating from 1 to 5, not '%2'.")
                                           .arg(ratingOption, parser.value(ratingOption)));
            }
            rating.rating = number;
        }
        *side = rating;
    }
    return ratings;
}

Result<RequestWorkflow::Step> RequestCommands::takeStep(Database& database, qint64 id, const QString& action,
    const CommandParser& parser, const RequestWorkflow::Ratings& ratings) const
{
    RequestWorkflow workflow(database);
    const QString note = parser.value(QStringLiteral("note"));
    if (statusOf().contains(action)) {
        auto change = statusChange(action, parser, ratings);
        if (!change) {
            return change.error();
        }
        return workflow.changeStatus(id, *change);
    }
    if (action == QLatin1String("comment")) {
        return workflow.comment(id, note);
    }
    if (action == QLatin1String("reassign")) {
        auto provider = m_context.resolveOption(
            QStringLiteral("party"), QStringLiteral("to"), parser.value(QStringLiteral("to")));
        if (!provider) {
            return provider.error();
        }
        return workflow.reassign(id, *provider, note);
    }
    // Both sides at once, or neither: one model call, one transaction.
    return workflow.rate(id, ratings);
}

Result<RequestWorkflow::StatusChange> RequestCommands::statusChange(
    const QString& action, const CommandParser& parser, const RequestWorkflow::Ratings& ratings) const
{
    RequestWorkflow::StatusChange change;
    change.to = statusOf().value(action);
    change.note = parser.value(QStringLiteral("note"));
    change.byRequester = ratings.byRequester.value_or(RequestWorkflow::Rating());
    change.byProvider = ratings.byProvider.value_or(RequestWorkflow::Rating());
    if (std::none_of(delayOptions().cbegin(), delayOptions().cend(),
            [&parser](const QString& option) { return parser.isSet(option); })) {
        return change;
    }
    RequestWorkflow::Delay delay;
    delay.reason = parser.value(QStringLiteral("delay-reason"));
    delay.correctiveAction = parser.value(QStringLiteral("corrective-action"));
    if (parser.isSet(QStringLiteral("corrective-owner"))) {
        if (Error error = m_context.resolveOption(QStringLiteral("staff"), QStringLiteral("corrective-owner"),
                parser.value(QStringLiteral("corrective-owner")), delay.owner)) {
            return error;
        }
    }
    change.delay = delay;
    return change;
}

Error RequestCommands::satisfaction()
{
    CommandParser parser(
        [](const QString& option) { return tr("satisfaction has no option --%1.").arg(option); });
    if (Error error = parser.option(QStringLiteral("days")).parse(m_context.words().mid(1))) {
        return error;
    }
    int days = 90;
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1) {
            return Error::usage(tr("--days needs a whole number of days, 1 or more."));
        }
    }
    const QStringList& positional = parser.positional();
    if (positional.size() > 1) {
        return Error::usage(tr("satisfaction takes at most one REF."));
    }
    auto database = m_context.openDatabase(CliContext::Access::Read);
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
        printRanking(*ranking, days);
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
    printScore(*score, days);
    return {};
}

void RequestCommands::printRanking(const QList<SatisfactionScore>& ranking, int days) const
{
    if (m_context.json()) {
        QJsonArray departments;
        for (const SatisfactionScore& score : ranking) {
            departments.append(scoreObject(score, days));
        }
        m_context.outJson(
            QJsonObject { { QStringLiteral("days"), days }, { QStringLiteral("departments"), departments } });
        return;
    }
    int rank = 0;
    for (const SatisfactionScore& score : ranking) {
        const QString average
            = score.rated > 0 ? tr("average %1").arg(score.average, 0, 'f', 1) : tr("unrated");
        const QString onTime
            = score.onTimeRate() ? tr("on time %1").arg(onTimeText(score)) : onTimeText(score);
        m_context.out(
            QStringList { QString::number(++rank), score.name, average, tr("rated %1").arg(score.rated),
                onTime, tr("open %1").arg(score.open), tr("overdue %1").arg(score.overdue) }
                .join(QLatin1Char('\t'))
            + QLatin1Char('\n'));
    }
}

void RequestCommands::printScore(const SatisfactionScore& score, int days) const
{
    if (m_context.json()) {
        m_context.outJson(scoreObject(score, days));
        return;
    }
    // One arg() call for all: a name with "%2" in it stays as it is.
    m_context.out(tr("Name: %1\n"
                     "Days: %2\n"
                     "Rated: %3\n"
                     "Average: %4\n"
                     "Done: %5\n"
                     "On time: %6\n"
                     "Open: %7\n"
                     "Overdue: %8\n"
                     "Rated as requester: %9\n")
                      .arg(score.name, QString::number(days), QString::number(score.rated),
                          averageText(score.rated, score.average), QString::number(score.done),
                          onTimeText(score), QString::number(score.open), QString::number(score.overdue),
                          QString::number(score.ratedAsRequester)));
    m_context.out(
        tr("Average as requester: %1\n").arg(averageText(score.ratedAsRequester, score.averageAsRequester)));
}

} // namespace tandem
