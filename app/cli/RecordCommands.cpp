#include "RecordCommands.h"

#include "CliContext.h"
#include "CommandParser.h"
#include "Database.h"
#include "Entities.h"
#include "EntityStore.h"
#include "SearchIndex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tandem {

Error RecordCommands::show()
{
    const QStringList& words = m_context.words();
    const Entity* entity = words.size() == 3 ? entities::find(words.at(1)) : nullptr;
    if (words.size() == 3 && !entity) {
        return Error::usage(tr("Cannot show '%1'.").arg(words.at(1)));
    }
    auto database = m_context.openDatabase(
        CliContext::Access::Read, 3, tr("show needs a kind of record and a REF, such as: show account 12."));
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    auto id = store.resolve(entity->name, words.at(2));
    if (!id) {
        return id.error();
    }
    auto record = store.get(*entity, *id);
    if (!record) {
        return record.error();
    }
    if (m_context.json()) {
        m_context.out(QString::fromUtf8(
            QJsonDocument(CliContext::jsonObject(*record)).toJson(QJsonDocument::Indented)));
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
        m_context.out(
            QStringLiteral("%1: %2\n").arg(field ? labels::field(*field) : QStringLiteral("id"), text));
    }
    return {};
}

Error RecordCommands::add()
{
    const QStringList& words = m_context.words();
    if (words.size() < 2) {
        return Error::usage(tr("add needs a kind of record, such as account."));
    }
    const Entity* entity = entities::find(words.at(1));
    if (!entity) {
        return Error::usage(tr("Cannot add '%1'.").arg(words.at(1)));
    }
    // Every --FIELD VALUE is a column for the model to judge.
    CommandParser parser({});
    if (Error error = parser.acceptFields().parse(words.mid(2))) {
        return error;
    }
    if (!parser.positional().isEmpty()) {
        return Error::usage(
            tr("Unexpected word '%1'; give fields as --FIELD VALUE.").arg(parser.positional().first()));
    }
    auto database = m_context.openDatabase(CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    auto id = EntityStore(**database).add(*entity, parser.fields());
    if (!id) {
        return id.error();
    }
    m_context.out(
        m_context.json() ? QStringLiteral("{\"id\":%1}\n").arg(*id) : QStringLiteral("%1\n").arg(*id));
    return {};
}

Error RecordCommands::search()
{
    CommandParser parser([](const QString& option) { return tr("search has no option --%1.").arg(option); });
    if (Error error = parser.option(QStringLiteral("limit")).parse(m_context.words().mid(1))) {
        return error;
    }
    if (parser.positional().isEmpty()) {
        return Error::usage(tr("search needs some TEXT."));
    }
    int limit = 20;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            return Error::usage(tr("--limit needs a whole number."));
        }
    }
    auto database = m_context.openDatabase(CliContext::Access::Read);
    if (!database) {
        return database.error();
    }
    auto hits = SearchIndex(**database).find(parser.positional().join(QLatin1Char(' ')), limit);
    if (!hits) {
        return hits.error();
    }
    if (m_context.json()) {
        QJsonArray array;
        for (const auto& hit : *hits) {
            array.append(
                QJsonObject { { QStringLiteral("kind"), hit.entity }, { QStringLiteral("id"), hit.id },
                    { QStringLiteral("name"), hit.title }, { QStringLiteral("detail"), hit.detail } });
        }
        m_context.outJson(array);
    } else {
        for (const auto& hit : *hits) {
            m_context.out(
                QStringLiteral("%1\t%2\t%3\t%4\n").arg(hit.entity).arg(hit.id).arg(hit.title, hit.detail));
        }
    }
    return {};
}

} // namespace tandem
