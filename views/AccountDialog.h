#pragma once

#include "Entities.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tandem {

class Database;
class ListPage;
class RecordEditor;

// One external account in full: its details, who is who among its contacts, the timeline of visits and
// calls with their next steps, its purchases, and its segment with the suggestion and the history. Every
// change goes through the undo stack.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(
        Database& database, RecordEditor* editor, qint64 account, qint64 me, QWidget* parent = nullptr);
    void refresh();

    QTreeWidget* contacts() const { return m_contacts; }
    QTreeWidget* timeline() const { return m_timeline; }
    QTreeWidget* purchases() const { return m_purchases; }
    QTreeWidget* history() const { return m_history; }
    QTreeWidget* owners() const { return m_owners; }
    QString suggestionText() const;

    void editDetails();
    void addContact();
    void logInteraction();
    void addPurchase();
    void markFollowUpDone();
    void acceptSuggestion();
    // The account asks for service, of its owner unless the form says otherwise.
    void newRequest();
    ListPage* requests() const { return m_requests; }

    // Before an account's values are saved: when they match another account, says so and offers to open
    // it. True when the user goes on saving (`goOn` names that button).
    static bool goOnDespiteDuplicates(Database& database, RecordEditor* editor,
        const QMap<QString, QString>& values, qint64 self, qint64 me, const QString& goOn, QWidget* parent);

private:
    // Adds a contact, interaction or purchase of this account through a form showing `fields`.
    void addLinked(const Entity& entity, QMap<QString, QString> initial, const QStringList& fields);

    Database& m_database;
    RecordEditor* m_editor;
    qint64 m_account;
    qint64 m_me;
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_suggestion;
    QPushButton* m_accept;
    QTreeWidget* m_contacts;
    ListPage* m_requests = nullptr;
    QTreeWidget* m_timeline;
    QTreeWidget* m_purchases;
    QTreeWidget* m_history;
    QTreeWidget* m_owners;
};

} // namespace tandem
