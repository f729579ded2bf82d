#include "ListCommand.h"

#include "CliContext.h"
#include "CommandParser.h"
#include "Database.h"
#include "EntityStore.h"
#include "RequestQueries.h"
#include "Words.h"

#include <QHash>
#include <QJsonDocument>
#include <algorithm>

namespace tandem {

Error ListCommand::run()
{
    if (Error error = readWords()) {
        return error;
    }
    if (Error error = readPageFilters()) {
        return error;
    }
    auto database = m_context.openDatabase(CliContext::Access::Read);
    if (!database) {
        return database.error();
    }
    QList<lists::RequestFilter> requestFilters;
    if (m_asOnThePage) {
        auto filters = pageFilters();
        if (!filters) {
            return filters.error();
        }
        requestFilters = *filters;
    }
    return print(**database, requestFilters);
}

Error ListCommand::readWords()
{
    const QStringList& words = m_context.words();
    if (words.size() < 2) {
        return Error::usage(tr("list needs a kind of record, such as accounts."));
    }
    m_entity = entities::find(words.at(1));
    if (!m_entity) {
        return Error::usage(tr("Cannot list '%1'.").arg(words.at(1)));
    }
    const bool requests = m_entity->name == QLatin1String("request");
    CommandParser parser({});
    parser.option(QStringLiteral("limit")).acceptFields();
    if (requests) {
        // --overdue is a flag, not a column: it takes no value.
        parser.flag(QStringLiteral("overdue"));
    }
    if (Error error = parser.parse(words.mid(2))) {
        return error;
    }
    if (!parser.positional().isEmpty()) {
        return Error::usage(tr("Unexpected word '%1'.").arg(parser.positional().first()));
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        m_limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || m_limit < 0) {
            return Error::usage(tr("--limit needs a whole number."));
        }
    }
    m_overdue = requests && parser.isSet(QStringLiteral("overdue"));
    m_options = parser.fields();
    return {};
}

Error ListCommand::readPageFilters()
{
    // Requests filter as on the Requests page: by a party on either side, a department and its members,
    // several statuses at once, late work. Any other column filters by plain equality, as in every list,
    // in id order, and does not mix with what only the page knows.
    const bool requests = m_entity->name == QLatin1String("request");
    const QStringList pageFilters { QStringLiteral("party"), QStringLiteral("requester"),
        QStringLiteral("provider"), QStringLiteral("department"), QStringLiteral("side"),
        QStringLiteral("status") };
    QString pageOnly = m_overdue ? QStringLiteral("overdue") : QString();
    QString otherColumn;
    for (auto it = m_options.cbegin(); requests && it != m_options.cend(); ++it) {
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
        return Error::usage(tr("list requests cannot combine --%1 with --%2.").arg(pageOnly, otherColumn));
    }
    m_asOnThePage = requests && otherColumn.isEmpty();
    if (!m_asOnThePage) {
        return {};
    }
    if (m_options.contains(QStringLiteral("side")) && !m_options.contains(QStringLiteral("department"))) {
        return Error::usage(tr("--side goes with --department."));
    }
    if (m_options.contains(QStringLiteral("side"))) {
        const QString sideName = m_options.value(QStringLiteral("side"));
        if (sideName == QLatin1String("requester")) {
            m_side = lists::RequestFilter::Side::Requester;
        } else if (sideName == QLatin1String("provider")) {
            m_side = lists::RequestFilter::Side::Provider;
        } else if (sideName != QLatin1String("either")) {
            return Error::usage(tr("--side must be requester, provider or either."));
        }
    }
    return readStatuses();
}

Error ListCommand::readStatuses()
{
    if (!m_options.contains(QStringLiteral("status"))) {
        return {};
    }
    const QString text = m_options.value(QStringLiteral("status")).trimmed().toLower();
    const QStringList known = entities::request().field(QStringLiteral("status"))->choices;
    if (text == QLatin1String("active")) {
        m_statuses = words::storedTexts(openRequestStatuses());
    } else if (text == QLatin1String("closed")) {
        m_statuses = words::storedTexts(closedRequestStatuses());
    } else {
        for (const QString& status : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            m_statuses << status.trimmed();
        }
    }
    if (m_statuses.isEmpty()
        || std::any_of(m_statuses.cbegin(), m_statuses.cend(),
            [&known](const QString& status) { return !known.contains(status); })) {
        return Error::badInput(
            tr("Option --status must be active, closed, or one or more of %1 separated by commas, not '%2'.")
                .arg(known.join(QStringLiteral(", ")), m_options.value(QStringLiteral("status"))));
    }
    return {};
}

Result<QList<lists::RequestFilter>> ListCommand::pageFilters() const
{
    lists::RequestFilter common;
    common.statuses = m_statuses;
    common.overdue = m_overdue;
    common.side = m_side;
    if (m_options.contains(QStringLiteral("department"))) {
        if (Error error = m_context.resolveOption(QStringLiteral("department"), QStringLiteral("department"),
                m_options.value(QStringLiteral("department")), common.department)) {
            return error;
        }
    }
    QList<lists::RequestFilter> filters { common };
    const std::pair<const char*, lists::RequestFilter::Side> parties[] = {
        { "party", lists::RequestFilter::Side::Either },
        { "requester", lists::RequestFilter::Side::Requester },
        { "provider", lists::RequestFilter::Side::Provider },
    };
    for (const auto& [option, partySide] : parties) {
        const QString name = QString::fromLatin1(option);
        if (m_options.contains(name)) {
            auto party = m_context.resolveOption(QStringLiteral("party"), name, m_options.value(name));
            if (!party) {
                return party.error();
            }
            lists::RequestFilter filter;
            filter.party = *party;
            filter.side = partySide;
            filters << filter;
        }
    }
    return filters;
}

Error ListCommand::print(Database& database, const QList<lists::RequestFilter>& requestFilters)
{
    EntityStore store(database);
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
    const bool json = m_context.json();
    bool first = true;
    if (json) {
        m_context.out(QStringLiteral("["));
    } else {
        QStringList header { QStringLiteral("id") };
        for (const QString& column : m_entity->summary) {
            header << labels::field(*m_entity->field(column));
        }
        m_context.out(header.join(QLatin1Char('\t')) + QLatin1Char('\n'));
    }
    const auto printRecord = [&](const Record& record) {
        if (json) {
            m_context.out((first ? QStringLiteral("\n") : QStringLiteral(",\n"))
                + QString::fromUtf8(
                    QJsonDocument(CliContext::jsonObject(record)).toJson(QJsonDocument::Compact)));
        } else {
            QStringList cells { record.first().second.toString() };
            for (const QString& column : m_entity->summary) {
                cells << shown(m_entity->field(column), recordValue(record, column));
            }
            m_context.out(cells.join(QLatin1Char('\t')) + QLatin1Char('\n'));
        }
        first = false;
        return true;
    };
    // --owner, --department and --account stand for the columns that end in _id.
    QMap<QString, QString> filters;
    for (auto it = m_options.cbegin(); !m_asOnThePage && it != m_options.cend(); ++it) {
        const QString column = !m_entity->field(it.key()) && m_entity->field(it.key() + QStringLiteral("_id"))
            ? it.key() + QStringLiteral("_id")
            : it.key();
        filters.insert(column, it.value());
    }
    const Error error = m_asOnThePage ? RequestQueries(database).list(requestFilters, m_limit, printRecord)
                                      : store.list(*m_entity, filters, m_limit, printRecord);
    if (json) {
        m_context.out(first ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
    }
    if (error) {
        return error.kind == ErrorKind::NotFound ? Error::badInput(error.message) : error;
    }
    return {};
}

} // namespace tandem
