#pragma once

#include "Lists.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTreeWidget;

namespace tandem {

class Database;
class RecordEditor;
class SatisfactionPanel;

// "My customers, my suppliers": side by side, whom a party serves and with what, and who serves it with
// what, with the open and overdue requests on each pair. Everyone is both a customer and a supplier. A second
// tab shows the party's satisfaction index.
class PartyRelationsDialog : public QDialog
{
    Q_OBJECT

public:
    // With an editor, requests can be raised from here: the party asks a supplier, or a customer asks it.
    PartyRelationsDialog(
        Database& database, qint64 party, RecordEditor* editor = nullptr, QWidget* parent = nullptr);
    QTreeWidget* customers() const { return m_customers; }
    QTreeWidget* suppliers() const { return m_suppliers; }
    SatisfactionPanel* satisfaction() const { return m_satisfaction; }
    QTabWidget* tabs() const { return m_tabs; }
    void newRequest();
    // Fills both sides again with the requests as they stand.
    void reloadRelations();

signals:
    // The requests behind a figure were asked for; the window shows them.
    void requestsRequested(const tandem::lists::RequestFilter& filter, const QString& description);

private:
    Database& m_database;
    qint64 m_party;
    RecordEditor* m_editor;
    QTreeWidget* m_customers;
    QTreeWidget* m_suppliers;
    SatisfactionPanel* m_satisfaction;
    QTabWidget* m_tabs;
    // One side of the dialog: its list, the heading with its count, and what it says when empty.
    struct Side
    {
        QTreeWidget* list = nullptr;
        QLabel* title = nullptr;
        QLabel* emptyHint = nullptr;
        QString heading;
    };
    Side m_customerSide;
    Side m_supplierSide;
    QLabel* m_error;
    QTreeWidget* m_picked = nullptr; // the side last clicked, for New Request
};

} // namespace tandem
