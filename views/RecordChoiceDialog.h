#pragma once

#include "PickerQueries.h"

#include <QDialog>

class QPushButton;

namespace tandem {

class Database;
class RecordPicker;

// Asks for one department, colleague or account with a RecordPicker, for choices too many to list (the new
// owner of some accounts among 2,000 colleagues).
class RecordChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    RecordChoiceDialog(Database& database, const PickerQueries::Scope& scope, const QString& title,
        const QString& label, QWidget* parent = nullptr);
    qint64 chosen() const;

    // Shows the dialog and returns the id chosen, or 0 when cancelled. A test's Dialogs::setNextChoice(n)
    // answers it with the n-th record in name order.
    static qint64 choose(Database& database, QWidget* parent, const PickerQueries::Scope& scope,
        const QString& title, const QString& label);

private:
    RecordPicker* m_picker;
    QPushButton* m_ok;
};

} // namespace tandem
