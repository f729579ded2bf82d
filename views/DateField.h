#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QMenu;
class QToolButton;

namespace tandem {

// A date, or a date and time, picked from a calendar in the reader's locale and time zone, with a few
// quick choices beside it, and read and written as the model stores it: yyyy-MM-dd for a day, ISO 8601 UTC
// for a time. An optional one can hold no date at all.
class DateField : public QWidget
{
    Q_OBJECT

public:
    enum class Precision
    {
        Day,
        Minute,
    };
    // Where the quick choices look: ahead for what falls due, behind for what happened.
    enum class Looking
    {
        Ahead,
        Behind,
    };

    DateField(Precision precision, Looking looking, bool optional, QWidget* parent = nullptr);

    // The stored text: yyyy-MM-dd, an ISO 8601 time (UTC or local), "now", or empty for no date.
    void setText(const QString& stored);
    // As the model takes it; the text given to setText() while the shown value is still the one it gave,
    // so that opening and saving a form changes nothing (a time keeps its seconds, a due day its hour).
    QString text() const;

    bool hasDate() const;
    void clear();
    // The shown value, in local time.
    QDateTime dateTime() const;
    void setDateTime(const QDateTime& local);

    QDateTimeEdit* editor() const { return m_editor; }
    QToolButton* quickChoices() const { return m_quick; }
    // Optional fields only: unticked means no date.
    QCheckBox* dateGiven() const { return m_given; }

signals:
    void changed();

private:
    void addChoice(QMenu* menu, const QString& text, int days);
    void showDate(bool given);

    Precision m_precision;
    QDateTimeEdit* m_editor;
    QToolButton* m_quick;
    QCheckBox* m_given = nullptr;
    QString m_stored;
    QDateTime m_storedShown;
};

} // namespace tandem
