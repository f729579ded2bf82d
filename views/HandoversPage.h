#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;

namespace tandem {

class Database;
class ListPage;
class RecordEditor;

// Every handover with its items, the accounts still watched that show a risk of leaving with the colleague,
// and the handover wizard, undo and the briefing document.
class HandoversPage : public QWidget
{
    Q_OBJECT

public:
    HandoversPage(Database& database, RecordEditor* editor, QAction* emptyAction, QWidget* parent = nullptr);
    ListPage* list() const { return m_list; }
    QTreeWidget* risks() const { return m_risks; }
    void reload();

    // Opens the wizard, with the departing colleague chosen when given; returns the handover, 0 if none.
    qint64 newHandover(qint64 departing = 0);
    // Takes the selected handover back, after asking.
    void undoSelected();
    // Saves the selected handover's briefing as PDF or HTML, as the file name asks.
    void saveBriefing();
    // Writes the briefing of `handover` to `path` (.html or .pdf); the sentence of what went wrong, if so.
    QString writeBriefing(qint64 handover, const QString& path);

private:
    qint64 selectedHandover() const;
    // Asks where to save the briefing, offering the colleague's name and the day; empty when cancelled.
    QString chooseBriefingFile(qint64 handover);

    Database& m_database;
    RecordEditor* m_editor;
    ListPage* m_list;
    QTreeWidget* m_risks;
    QLabel* m_risksTitle;
};

} // namespace tandem
