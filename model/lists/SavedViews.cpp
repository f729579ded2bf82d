#include "SavedViews.h"

#include "Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace tandem::lists {

namespace {

QJsonArray idsToJson(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids) {
        array.append(QString::number(id));
    }
    return array;
}

QList<qint64> idsFromJson(const QJsonValue& value)
{
    QList<qint64> ids;
    for (const QJsonValue& id : value.toArray()) {
        ids << id.toString().toLongLong();
    }
    return ids;
}

// Ids as text: a JSON number is a double, which would round ids past 2^53.
QString idText(qint64 id)
{
    return QString::number(id);
}

qint64 idOf(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().toLongLong();
}

// Each typed filter as a JSON object whose "list" says which filter it is.
struct FilterToJson
{
    QJsonObject operator()(std::monostate) const { return {}; }
    QJsonObject operator()(const AccountFilter& filter) const
    {
        return { { QStringLiteral("list"), QStringLiteral("accounts") },
            { QStringLiteral("segment"), filter.segment }, { QStringLiteral("category"), filter.category },
            { QStringLiteral("owner"), idText(filter.owner) }, { QStringLiteral("city"), filter.city },
            { QStringLiteral("overdueFollowUps"), filter.overdueFollowUps } };
    }
    QJsonObject operator()(const StaffFilter& filter) const
    {
        return { { QStringLiteral("list"), QStringLiteral("staff") },
            { QStringLiteral("department"), idText(filter.department) } };
    }
    QJsonObject operator()(const FollowUpFilter& filter) const
    {
        return { { QStringLiteral("list"), QStringLiteral("followUps") },
            { QStringLiteral("owner"), idText(filter.owner) } };
    }
    QJsonObject operator()(const RequestFilter& filter) const
    {
        return { { QStringLiteral("list"), QStringLiteral("requests") },
            { QStringLiteral("party"), idText(filter.party) },
            { QStringLiteral("department"), idText(filter.department) },
            { QStringLiteral("departmentScope"), idsToJson(filter.departmentScope) },
            { QStringLiteral("side"), int(filter.side) },
            { QStringLiteral("statuses"), QJsonArray::fromStringList(filter.statuses) },
            { QStringLiteral("overdue"), filter.overdue },
            { QStringLiteral("createdFrom"), filter.createdFrom },
            { QStringLiteral("createdUntil"), filter.createdUntil },
            { QStringLiteral("closedFrom"), filter.closedFrom },
            { QStringLiteral("closedUntil"), filter.closedUntil },
            { QStringLiteral("rated"), filter.rated } };
    }
};

RequestFilter requestFilterFromJson(const QJsonObject& object)
{
    RequestFilter filter;
    filter.party = idOf(object, "party");
    filter.department = idOf(object, "department");
    filter.departmentScope = idsFromJson(object.value(QLatin1String("departmentScope")));
    const int side = object.value(QLatin1String("side")).toInt();
    filter.side = side >= int(RequestFilter::Side::Either) && side <= int(RequestFilter::Side::Provider)
        ? RequestFilter::Side(side)
        : RequestFilter::Side::Either;
    for (const QJsonValue& status : object.value(QLatin1String("statuses")).toArray()) {
        filter.statuses << status.toString();
    }
    filter.overdue = object.value(QLatin1String("overdue")).toBool();
    filter.createdFrom = object.value(QLatin1String("createdFrom")).toString();
    filter.createdUntil = object.value(QLatin1String("createdUntil")).toString();
    filter.closedFrom = object.value(QLatin1String("closedFrom")).toString();
    filter.closedUntil = object.value(QLatin1String("closedUntil")).toString();
    filter.rated = object.value(QLatin1String("rated")).toBool();
    return filter;
}

ListFilter filterFromJson(const QJsonObject& object)
{
    const QString list = object.value(QLatin1String("list")).toString();
    if (list == QLatin1String("accounts")) {
        AccountFilter filter;
        filter.segment = object.value(QLatin1String("segment")).toString();
        filter.category = object.value(QLatin1String("category")).toString();
        filter.owner = idOf(object, "owner");
        filter.city = object.value(QLatin1String("city")).toString();
        filter.overdueFollowUps = object.value(QLatin1String("overdueFollowUps")).toBool();
        return filter;
    }
    if (list == QLatin1String("staff")) {
        return StaffFilter { idOf(object, "department") };
    }
    if (list == QLatin1String("followUps")) {
        return FollowUpFilter { idOf(object, "owner") };
    }
    if (list == QLatin1String("requests")) {
        return requestFilterFromJson(object);
    }
    return std::monostate();
}

Error nameMissing()
{
    return Error::badInput(QCoreApplication::translate("tandem::SavedViews", "A view needs a name."));
}

} // namespace

SavedViews::SavedViews(Database& database, QString list)
    : m_database(database)
    , m_list(std::move(list))
{ }

QString SavedViews::key() const
{
    return QStringLiteral("views/") + m_list;
}

QJsonObject SavedViews::toJson(const SavedView& view)
{
    return { { QStringLiteral("name"), view.name },
        { QStringLiteral("filter"), std::visit(FilterToJson(), view.filter) },
        { QStringLiteral("search"), view.searchText }, { QStringLiteral("sortColumn"), view.sortColumn },
        { QStringLiteral("descending"), view.sortOrder == Qt::DescendingOrder } };
}

SavedView SavedViews::fromJson(const QJsonObject& object)
{
    SavedView view;
    view.name = object.value(QLatin1String("name")).toString();
    view.filter = filterFromJson(object.value(QLatin1String("filter")).toObject());
    view.searchText = object.value(QLatin1String("search")).toString();
    view.sortColumn = object.value(QLatin1String("sortColumn")).toInt(-1);
    view.sortOrder
        = object.value(QLatin1String("descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
    return view;
}

QList<SavedView> SavedViews::all() const
{
    QList<SavedView> views;
    const QJsonArray stored = QJsonDocument::fromJson(m_database.metaValue(key()).toUtf8()).array();
    for (const QJsonValue& entry : stored) {
        SavedView view = fromJson(entry.toObject());
        if (!view.name.trimmed().isEmpty()) {
            views << view;
        }
    }
    return views;
}

Error SavedViews::store(const QList<SavedView>& views)
{
    QJsonArray array;
    for (const SavedView& view : views) {
        array.append(toJson(view));
    }
    return m_database.setMetaValue(
        key(), QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

Error SavedViews::save(const SavedView& view)
{
    SavedView named = view;
    named.name = view.name.trimmed();
    if (named.name.isEmpty()) {
        return nameMissing();
    }
    QList<SavedView> views = all();
    const auto same = std::find_if(
        views.begin(), views.end(), [&](const SavedView& kept) { return kept.name == named.name; });
    if (same != views.end()) {
        *same = named;
    } else {
        views << named;
    }
    return store(views);
}

Error SavedViews::remove(const QString& name)
{
    QList<SavedView> views = all();
    views.removeIf([&](const SavedView& view) { return view.name == name; });
    return store(views);
}

Error SavedViews::rename(const QString& from, const QString& to)
{
    const QString name = to.trimmed();
    if (name.isEmpty()) {
        return nameMissing();
    }
    QList<SavedView> views = all();
    if (name != from && std::any_of(views.begin(), views.end(), [&](const SavedView& view) {
            return view.name == name;
        })) {
        return Error::badInput(
            QCoreApplication::translate("tandem::SavedViews", "There is a view named “%1” already.")
                .arg(name));
    }
    for (SavedView& view : views) {
        if (view.name == from) {
            view.name = name;
        }
    }
    return store(views);
}

} // namespace tandem::lists
