#pragma once

#include "PickerQueries.h"

#include <QWidget>

class QAbstractItemModel;
class QCompleter;
class QLineEdit;
class QTimer;

namespace tandem {

class Database;
class PickerChoices;

// A field that chooses one department, colleague or account by typing part of its name (Chinese by
// characters, pinyin or initials): the list under it shows at most `shownAtMost` matches, each with what
// tells namesakes apart (a colleague's department and job title, an account's city), asked of the search
// index as the user types, so it stays quick with 2,000 colleagues and 100,000 accounts. Down or the arrow
// shows the first records by name. Type, arrows and Enter choose; Tab leaves; a text that names no one is
// put back to the choice it had.
class RecordPicker : public QWidget
{
    Q_OBJECT

public:
    static constexpr int shownAtMost = 50;

    RecordPicker(Database& database, const PickerQueries::Scope& scope, QWidget* parent = nullptr);

    qint64 id() const { return m_id; }
    // Shows the record's name (a colleague who has left too: they stay shown where they already are); 0
    // chooses none. Does not emit idChanged.
    void setId(qint64 id);
    // An optional field offers no choice at all, with a button that clears it.
    void setOptional(bool optional);
    // A record not to offer (the colleague who hands over cannot be their own successor).
    void setExcluded(qint64 id);
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }
    // A record as pickers show it: the name with what tells namesakes apart, and whether they left.
    static QString describe(const SearchIndex::Hit& hit);
    // What the list offers now: Qt::DisplayRole the name with its detail, Qt::EditRole the name, Qt::UserRole
    // the id.
    QAbstractItemModel* choices() const;
    // Fills the list for the text as it is now (the first records when empty) and shows it.
    void showChoices();

signals:
    // The user chose another record (0: none).
    void idChanged(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill();
    void choose(qint64 id, const QString& title);
    // After typing without choosing: the record the text names, or the choice there was.
    void settle();

    Database& m_database;
    PickerQueries::Scope m_scope;
    QLineEdit* m_edit;
    PickerChoices* m_choices;
    QCompleter* m_completer;
    QTimer* m_typing;
    qint64 m_id = 0;
    QString m_title; // the chosen record's name as shown
    bool m_optional = true;
};

} // namespace tandem
