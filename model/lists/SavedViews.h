#pragma once

#include "Error.h"
#include "ListFilter.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tandem {

class Database;

namespace lists {

// A list as someone chose to see it, kept under a name ("My overdue loyal accounts"): its typed filter,
// what was typed in its search field and its sort.
struct SavedView
{
    QString name;
    ListFilter filter;
    QString searchText;
    int sortColumn = -1; // -1: the list's own order
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
};

// The saved views of one list, kept in the database they were made in (its meta table, as JSON), so that
// each database has its own and a copied file brings them along.
class SavedViews
{
public:
    // `list` names the list, such as "accounts"; each list has its own views.
    SavedViews(Database& database, QString list);

    // In the order they were saved; an unreadable entry is left out rather than failing the rest.
    QList<SavedView> all() const;
    // Keeps `view`, replacing a view of the same name. A name must not be empty.
    Error save(const SavedView& view);
    Error remove(const QString& name);
    // Gives a view a new name; refused when another view has that name already.
    Error rename(const QString& from, const QString& to);

    static QJsonObject toJson(const SavedView& view);
    static SavedView fromJson(const QJsonObject& object);

private:
    Error store(const QList<SavedView>& views);
    QString key() const;

    Database& m_database;
    QString m_list;
};

} // namespace lists
} // namespace tandem
