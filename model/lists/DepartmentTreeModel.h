#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace tandem {

class Database;

// The departments as a tree with how many active colleagues each has. Departments number in the hundreds
// at most, so the whole tree is loaded at once.
class DepartmentTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StaffColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit DepartmentTreeModel(Database& database, QObject* parent = nullptr);
    ~DepartmentTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    int departmentCount() const { return int(m_nodes.size()); }
    QString lastError() const { return m_lastError; }

private:
    struct Node
    {
        qint64 id = 0;
        QString name;
        int staff = 0;
        Node* parent = nullptr;
        std::vector<Node*> children;
        int row = 0;
    };
    Node* nodeOf(const QModelIndex& index) const;

    Database& m_database;
    std::vector<std::unique_ptr<Node>> m_nodes;
    std::vector<Node*> m_roots;
    QString m_lastError;
};

} // namespace tandem
