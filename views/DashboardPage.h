#pragma once

#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace tandem {

class Database;
class ListPage;
class RecordEditor;

// The first page: the figures a manager checks each morning, each opening the page behind it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Database& database, RecordEditor* editor, QWidget* parent = nullptr);
    // The Today panel: follow-ups due today or overdue.
    ListPage* today() const { return m_today; }
    void markFollowUpDone();
    // The colleague "My follow-ups" means; 0 hides that choice.
    void setMe(qint64 staff);
    QCheckBox* mineFilter() const { return m_mine; }
    void reload();
    // The text of every figure, for tests: "Open requests: 12".
    QStringList figureTexts() const;

signals:
    void pageRequested(int page);

private:
    void addCard(int row, int column, const QString& caption, int page);

    Database& m_database;
    RecordEditor* m_editor;
    ListPage* m_today;
    QCheckBox* m_mine;
    qint64 m_me = 0;
    QGridLayout* m_grid;
    QLabel* m_error;
    QList<std::pair<QLabel*, QLabel*>> m_cards; // value, caption
};

} // namespace tandem
