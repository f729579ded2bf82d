#pragma once

#include <QWidget>

class QAction;
class QLabel;

namespace tandem {

class Database;
class ListPage;
class RecordEditor;

// Every mutual customer/supplier pair, with both directions; pairs are added, edited and removed here.
class RelationshipsPage : public QWidget
{
    Q_OBJECT

public:
    RelationshipsPage(
        Database& database, RecordEditor* editor, QAction* emptyAction, QWidget* parent = nullptr);
    ListPage* list() const { return m_list; }
    // Says what the list's red rows mean.
    QLabel* legend() const { return m_legend; }
    void reload();

    void newPair();
    void editPair(qint64 id, const QString& note = QString());
    void editSelected();
    void removeSelected();
    void newRequest();

private:
    qint64 selectedPair() const;

    Database& m_database;
    RecordEditor* m_editor;
    ListPage* m_list;
    QLabel* m_legend;
};

} // namespace tandem
