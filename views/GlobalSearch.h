#pragma once

#include <QLineEdit>

class QListWidget;
class QTimer;

namespace tandem {

class Database;

// The one box that finds anything (Ctrl+K): accounts, contacts, colleagues, departments and requests by
// name, e-mail, phone digits, city or title, Chinese by characters or pinyin. Results show under the box as
// the user types, grouped by kind with what matched in bold; the arrow keys move through them, Enter opens
// one where it lives, Escape closes them. The results window never takes the focus, so typing goes on.
class GlobalSearch : public QLineEdit
{
    Q_OBJECT

public:
    explicit GlobalSearch(Database& database, QWidget* parent = nullptr);
    ~GlobalSearch() override;

    // The results as shown, for tests: group headings and hits.
    QListWidget* results() const { return m_results; }
    // Searches now rather than when typing pauses.
    void searchNow();
    // Opens the selected result, as Enter does.
    void openSelected();

    static constexpr int maxResults = 40;

signals:
    // entity: account, contact, staff, department or request.
    void openRequested(const QString& entity, qint64 id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void showResults();
    void hideResults();
    void moveSelection(int step);

    Database& m_database;
    QTimer* m_delay;
    QListWidget* m_results;
};

} // namespace tandem
