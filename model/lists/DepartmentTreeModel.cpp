#include "DepartmentTreeModel.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace tandem {

DepartmentTreeModel::DepartmentTreeModel(Database& database, QObject* parent)
    : QAbstractItemModel(parent)
    , m_database(database)
{
    reload();
}

DepartmentTreeModel::~DepartmentTreeModel() = default;

void DepartmentTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    auto rows = sql::run(m_database.connection(),
        QStringLiteral("SELECT d.party_id, d.name, d.parent_id, (SELECT count(*) FROM staff s WHERE "
                       "s.department_id = d.party_id "
                       "AND s.status = 'active') FROM departments d JOIN parties p ON p.id = d.party_id "
                       "ORDER BY p.sort_key, d.party_id"));
    if (!rows) {
        m_lastError = rows.error().message;
    } else {
        m_lastError.clear();
        QHash<qint64, Node*> byId;
        QList<std::pair<Node*, qint64>> parents;
        while (rows->next()) {
            auto node = std::make_unique<Node>();
            node->id = rows->value(0).toLongLong();
            node->name = rows->value(1).toString();
            node->staff = rows->value(3).toInt();
            byId.insert(node->id, node.get());
            parents.append({ node.get(), rows->value(2).isNull() ? 0 : rows->value(2).toLongLong() });
            m_nodes.push_back(std::move(node));
        }
        for (const auto& [node, parentId] : parents) {
            Node* parentNode = byId.value(parentId, nullptr);
            node->parent = parentNode;
            auto& siblings = parentNode ? parentNode->children : m_roots;
            node->row = int(siblings.size());
            siblings.push_back(node);
        }
    }
    endResetModel();
}

DepartmentTreeModel::Node* DepartmentTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : nullptr;
}

QModelIndex DepartmentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    const Node* parentNode = nodeOf(parent);
    const auto& siblings = parentNode ? parentNode->children : m_roots;
    if (row >= int(siblings.size())) {
        return {};
    }
    return createIndex(row, column, siblings.at(size_t(row)));
}

QModelIndex DepartmentTreeModel::parent(const QModelIndex& child) const
{
    const Node* node = nodeOf(child);
    if (!node || !node->parent) {
        return {};
    }
    return createIndex(node->parent->row, 0, node->parent);
}

int DepartmentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    const Node* node = nodeOf(parent);
    return int(node ? node->children.size() : m_roots.size());
}

int DepartmentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DepartmentTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* node = nodeOf(index);
    if (!node) {
        return {};
    }
    if (role == IdRole) {
        return node->id;
    }
    if (role == Qt::DisplayRole) {
        return index.column() == NameColumn ? QVariant(node->name) : QVariant(node->staff);
    }
    if (role == Qt::TextAlignmentRole && index.column() == StaffColumn) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant DepartmentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == NameColumn ? QCoreApplication::translate("tandem::DepartmentTreeModel", "Department")
                                 : QCoreApplication::translate("tandem::DepartmentTreeModel", "Active staff");
}

} // namespace tandem
