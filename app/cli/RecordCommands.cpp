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
        const QString label = field            ? labels::field(*field)
            : name == QLatin1String("version") ? tr("Version")
                                               : QStringLiteral("id");
        m_context.out(QStringLiteral("%1: %2\n").arg(label, text));
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

Result<const Entity*> RecordCommands::editable(const QString& command) const
{
    const QStringList& words = m_context.words();
    const Entity* entity = words.size() >= 2 ? entities::find(words.at(1)) : nullptr;
    // Requests change through their lifecycle (request REF ...); interactions and purchases are history.
    if (!entity || !entity->isVersioned() || entity->name == QLatin1String("request")) {
        return Error::usage(
            tr("%1 needs a kind of record: department, staff, link, account or contact.").arg(command));
    }
    return entity;
}

Error RecordCommands::set()
{
    auto entity = editable(QStringLiteral("set"));
    if (!entity) {
        return entity.error();
    }
    // Every --FIELD VALUE is a column for the model to judge; an empty VALUE clears it.
    CommandParser parser({});
    const QString usage = tr("set needs a kind of record, a REF and the fields to change, such as: set "
                             "account 12 --city Suzhou.");
    if (Error error = parser.option(QStringLiteral("expect-version"))
                          .acceptFields()
                          .parse(m_context.words().mid(2), 1, usage)) {
        return error;
    }
    if (parser.fields().isEmpty()) {
        return Error::usage(usage);
    }
    qint64 expected = 0;
    if (parser.isSet(QStringLiteral("expect-version"))) {
        bool ok = false;
        expected = parser.value(QStringLiteral("expect-version")).toLongLong(&ok);
        if (!ok || expected <= 0) {
            return Error::usage(tr("--expect-version needs the version a record was read at, a whole number "
                                   "from 1 (show --json prints it)."));
        }
    }
    auto database = m_context.openDatabase(CliContext::Access::Write);
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    auto id = store.resolve((*entity)->name, parser.positional().first());
    if (!id) {
        return id.error();
    }
    auto edited = store.update(**entity, *id, parser.fields(), { expected, RecordVersion::Purpose::Save });
    if (!edited) {
        return edited.error();
    }
    if (m_context.json()) {
        auto record = store.get(**entity, *id);
        if (!record) {
            return record.error();
        }
        m_context.outJson(CliContext::jsonObject(*record));
    }
    return {};
}

Error RecordCommands::remove()
{
    auto entity = editable(QStringLiteral("remove"));
    if (!entity) {
        return entity.error();
    }
    auto database = m_context.openDatabase(CliContext::Access::Write, 3,
        tr("remove needs a kind of record and a REF, such as: remove contact 12."));
    if (!database) {
        return database.error();
    }
    EntityStore store(**database);
    auto id = store.resolve((*entity)->name, m_context.words().at(2));
    if (!id) {
        return id.error();
    }
    return store.remove(**entity, *id);
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
