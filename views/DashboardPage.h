#pragma once

#include "Dashboard.h"
#include "Lists.h"

#include <QPointer>
#include <QWidget>
#include <atomic>
#include <memory>

class QChartView;
class QCheckBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QThread;
class QTreeWidget;

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
    ~DashboardPage() override;
    // The Today panel: follow-ups due today or overdue.
    ListPage* today() const { return m_today; }
    void markFollowUpDone();
    // The colleague "My follow-ups" means; 0 hides that choice. A new colleague ticks it.
    void setMe(qint64 staff);
    QCheckBox* mineFilter() const { return m_mine; }
    // Shows the follow-ups at once; the figures, charts and ranking follow from a worker thread.
    void reload();
    // The text of every figure, for tests: "Open requests: 12".
    QStringList figureTexts() const;

    // Departments ranked by their satisfaction index over the last 90 days.
    QTreeWidget* ranking() const { return m_ranking; }
    // The three charts: satisfaction trend, open and overdue by department, raised and closed per week.
    QList<QChartView*> chartViews() const { return m_charts; }
    // What a click on a chart opens, as the chart's callbacks do it; for tests and keyboard users alike.
    void openTrendMonth(int month);
    void openDepartmentLoad(int index, bool overdue);
    void openWeek(int week, bool closed);

signals:
    void pageRequested(int page);
    void requestsRequested(const tandem::lists::RequestFilter& filter, const QString& description);
    // The cards, the charts and the ranking show fresh figures (gathered on a worker thread after reload()).
    void figuresShown();

private:
    void addCard(int row, int column, const QString& caption, const std::function<void()>& open);
    void addCard(int row, int column, const QString& caption, int page);
    // Shows the follow-ups of everyone, or the user's own when "My follow-ups only" is ticked.
    void filterToday();
    void showFigures(const DashboardFigures& figures);
    void showService(const Satisfaction::Overview& overview);

    Database& m_database;
    RecordEditor* m_editor;
    ListPage* m_today;
    QCheckBox* m_mine;
    qint64 m_me = 0;
    QGridLayout* m_grid;
    QLabel* m_error;
    QList<std::pair<QLabel*, QLabel*>> m_cards; // value, caption
    QHBoxLayout* m_chartRow;
    QList<QChartView*> m_charts;
    QTreeWidget* m_ranking;
    QList<Satisfaction::MonthPoint> m_months;
    QList<SatisfactionScore> m_busiest;
    QList<Satisfaction::WeekFlow> m_weeks;
    QPointer<QThread> m_worker; // gathering the figures, while it runs
    std::shared_ptr<std::atomic<bool>> m_stop; // tells the worker to leave the rest undone
    bool m_reloadAgain = false; // a reload was asked for while the worker ran
};

} // namespace tandem
