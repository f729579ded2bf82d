#include "RecordChoiceDialog.h"

#include "Dialogs.h"
#include "RecordPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

RecordChoiceDialog::RecordChoiceDialog(Database& database, const PickerQueries::Scope& scope,
    const QString& title, const QString& label, QWidget* parent)
    : QDialog(parent)
    , m_picker(new RecordPicker(database, scope, this))
{
    setWindowTitle(title);
    m_picker->setObjectName(QStringLiteral("choice"));
    m_picker->setOptional(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    connect(m_picker, &RecordPicker::idChanged, this, [this](qint64 id) { m_ok->setEnabled(id != 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(label, this));
    layout->addWidget(m_picker);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

qint64 RecordChoiceDialog::chosen() const
{
    return m_picker->id();
}

qint64 RecordChoiceDialog::choose(Database& database, QWidget* parent, const PickerQueries::Scope& scope,
    const QString& title, const QString& label)
{
    if (const int answer = Dialogs::takeNextChoice(); answer >= 0) {
        const auto first = PickerQueries(database).first(scope, answer + 1);
        return first && answer < first->size() ? first->at(answer).id : 0;
    }
    if (Dialogs::unattended()) {
        return 0;
    }
    RecordChoiceDialog dialog(database, scope, title, label, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosen() : 0;
}

} // namespace tandem
