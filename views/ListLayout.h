#pragma once

#include <QObject>
#include <QString>

namespace tandem {

class ListPage;

// Remembers a list's columns between runs, in the user's settings under the list's name: their widths,
// order, which are hidden, and the sort. Restored when the list first shows its rows; until then, and for
// a list never arranged, the columns fit their contents.
class ListLayout : public QObject
{
    Q_OBJECT

public:
    ListLayout(ListPage* list, const QString& name);
    QString name() const { return m_name; }
    // Keeps the columns as they are now; a list whose rows were never shown keeps what it had.
    void save() const;

private:
    void restore();
    QString key() const;

    ListPage* m_list;
    QString m_name;
};

} // namespace tandem
