#pragma once

#include <QFrame>

class QPushButton;

namespace tandem {

class Database;
class RecordPicker;

// Asks who the user is without stopping them: a bar across the top of the window with a searchable
// picker of the colleagues still here, "This is me" and a button that puts the question off. The window
// keeps working while it shows; Edit ▸ Who Am I... shows it again.
class IdentityBar : public QFrame
{
    Q_OBJECT

public:
    IdentityBar(Database& database, QWidget* parent = nullptr);

    // Shows the bar with `current` (0: nobody yet) in the picker and the cursor in it.
    void ask(qint64 current);
    RecordPicker* picker() const { return m_picker; }
    // Takes the colleague in the picker as the user, as "This is me" does.
    void confirm();

signals:
    void chosen(qint64 staff);

private:
    RecordPicker* m_picker;
    QPushButton* m_confirm;
};

} // namespace tandem
