#pragma once

#include "Lists.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace tandem {

class Database;

// A party's satisfaction index as a supplier: its ratings over a chosen window, its on-time rate, what it
// has open and overdue, how its own requests were rated by those who served them, and a year month by month.
class SatisfactionPanel : public QWidget
{
    Q_OBJECT

public:
    SatisfactionPanel(Database& database, qint64 party, QWidget* parent = nullptr);
    void reload();
    // The figures as shown, for tests: "Rating as supplier: 4.2 of 5 (37 ratings)".
    QStringList figureTexts() const;
    QComboBox* windowChoice() const { return m_window; }

signals:
    // The requests behind a figure or a chart point were asked for.
    void requestsRequested(const tandem::lists::RequestFilter& filter, const QString& description);

private:
    Database& m_database;
    qint64 m_party;
    QComboBox* m_window;
    QList<QLabel*> m_figures;
    QLabel* m_error;
    QVBoxLayout* m_chartBox;
};

} // namespace tandem
