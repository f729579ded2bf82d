#pragma once

#include <QDialog>

namespace tandem {

class Database;

// Who is loyal, floating or potential now, and how accounts moved between segments month by month.
class SegmentsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SegmentsDialog(Database& database, QWidget* parent = nullptr);
    // The figures drawn, for tests: segment counts, then the months' ups and downs summed.
    QList<int> figures() const { return m_figures; }

private:
    QList<int> m_figures;
};

} // namespace tandem
