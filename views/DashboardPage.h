#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace tandem {

class Database;

// The first page: the figures a manager checks each morning, each opening the page behind it.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Database& database, QWidget* parent = nullptr);
    void reload();
    // The text of every figure, for tests: "Open requests: 12".
    QStringList figureTexts() const;

signals:
    void pageRequested(int page);

private:
    void addCard(int row, int column, const QString& caption, int page);

    Database& m_database;
    QGridLayout* m_grid;
    QLabel* m_error;
    QList<std::pair<QLabel*, QLabel*>> m_cards; // value, caption
};

} // namespace tandem
