#pragma once

#include <QDialog>

class QTreeWidget;

namespace tandem {

class Database;

// "My customers, my suppliers": side by side, whom a party serves and with what, and who serves it with
// what, with the open and overdue requests on each pair. Everyone is both a customer and a supplier.
class PartyRelationsDialog : public QDialog
{
    Q_OBJECT

public:
    PartyRelationsDialog(Database& database, qint64 party, QWidget* parent = nullptr);
    QTreeWidget* customers() const { return m_customers; }
    QTreeWidget* suppliers() const { return m_suppliers; }

private:
    QTreeWidget* m_customers;
    QTreeWidget* m_suppliers;
};

} // namespace tandem
