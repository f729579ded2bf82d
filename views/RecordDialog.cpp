#include "RecordDialog.h"

#include "DateField.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "RecordEditor.h"
#include "RecordPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

RecordDialog::RecordDialog(Database& database, const Entity& entity, qint64 id,
    const QMap<QString, QString>& initial, const QStringList& fields, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_entity(entity)
    , m_id(id)
    , m_initial(initial)
    , m_fields(fields)
    , m_form(new QFormLayout)
    , m_warning(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(
        id ? tr("Edit %1").arg(labels::entity(entity.name)) : tr("New %1").arg(labels::entity(entity.name)));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const QString& name : fields) {
        const Field* field = entity.field(name);
        if (!field) {
            continue;
        }
        QWidget* editor = editorFor(*field);
        editor->setObjectName(name);
        m_editors.insert(name, editor);
        m_form->addRow(labels::field(*field) + (field->required ? QStringLiteral(" *") : QString()), editor);
        setValue(name, initial.value(name));
    }
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_warning->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(id ? tr("Save") : tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    if (entity.name == QLatin1String("link")) {
        auto* kind = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("kind")));
        if (kind) {
            connect(kind, &QComboBox::currentIndexChanged, this, &RecordDialog::updateForKind);
        }
        for (const char* side : { "a_party", "b_party" }) {
            if (auto* picker = qobject_cast<RecordPicker*>(m_editors.value(QString::fromLatin1(side)))) {
                connect(picker, &RecordPicker::idChanged, this, &RecordDialog::updateForKind);
            }
        }
        updateForKind();
    }
}

QWidget* RecordDialog::referenceEditor(const Field& field)
{
    PickerQueries::Scope scope;
    if (field.references == QLatin1String("party")) {
        scope.entities = QStringList { QStringLiteral("department"), QStringLiteral("staff") };
    } else if (QStringList {
                   QStringLiteral("department"), QStringLiteral("staff"), QStringLiteral("account") }
                   .contains(field.references)) {
        scope.entities = QStringList { field.references };
    }
    if (scope.entities.isEmpty()) {
        // A contact or a pair: given by the window that opens the form, or typed as a REF.
        auto* box = new QComboBox(this);
        box->addItem(QString(), QString());
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return box;
    }
    // Only active colleagues can be chosen; one who has left keeps showing where they already are.
    auto* picker = new RecordPicker(m_database, scope, this);
    picker->setOptional(!field.required);
    return picker;
}

QWidget* RecordDialog::editorFor(const Field& field)
{
    switch (field.type) {
    case FieldType::Lines:
    case FieldType::LongText: {
        // Room for an address's few lines or the start of a note; Tab moves on, as in the other fields.
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(fontMetrics().lineSpacing() * (field.type == FieldType::Lines ? 3 : 4) + 12);
        return edit;
    }
    case FieldType::Choice: {
        auto* box = new QComboBox(this);
        if (!field.required && field.defaultValue.isEmpty()) {
            box->addItem(QString(), QString());
        }
        for (const QString& choice : field.choices) {
            box->addItem(labels::choice(field.name, choice), choice);
        }
        return box;
    }
    case FieldType::Reference:
        return referenceEditor(field);
    case FieldType::Date:
    case FieldType::DateTime:
        // A deadline is kept to the day (the model makes a day mean its end); what happened keeps its time.
        return new DateField(field.type == FieldType::Date || isDeadline(field)
                ? DateField::Precision::Day
                : DateField::Precision::Minute,
            isDeadline(field) ? DateField::Looking::Ahead : DateField::Looking::Behind, !field.required,
            this);
    default: {
        auto* edit = new QLineEdit(this);
        if (field.type == FieldType::Email) {
            edit->setPlaceholderText(QStringLiteral("name@example.com"));
        }
        return edit;
    }
    }
}

void RecordDialog::setValue(const QString& name, const QString& text)
{
    QWidget* editor = m_editors.value(name);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(text);
    } else if (auto* date = qobject_cast<DateField*>(editor)) {
        date->setText(text);
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        plain->setPlainText(text);
    } else if (auto* picker = qobject_cast<RecordPicker*>(editor)) {
        bool isId = false;
        const qint64 id = text.toLongLong(&isId);
        picker->setId(isId ? id : 0);
        if (!isId) {
            picker->lineEdit()->setText(text); // a REF (a name, an e-mail), checked by the model on saving
        }
    } else if (auto* box = qobject_cast<QComboBox*>(editor)) {
        const Field* field = m_entity.field(name);
        QString value = text;
        if (value.isEmpty() && field && !field->defaultValue.isEmpty()) {
            value = field->defaultValue;
        }
        int index = box->findData(value);
        if (index < 0 && field && field->type == FieldType::Reference && !value.isEmpty()) {
            // A record the list does not offer (an account, a colleague who has left) stays shown by name.
            const QString name = EntityStore(m_database).displayName(field->references, value.toLongLong());
            if (!name.isEmpty()) {
                box->addItem(name, value);
                index = box->count() - 1;
            }
        }
        if (index >= 0) {
            box->setCurrentIndex(index);
        } else if (box->isEditable()) {
            box->setEditText(value);
        }
    }
}

QString RecordDialog::valueOf(const Field& field) const
{
    QWidget* editor = m_editors.value(field.name);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        return line->text();
    }
    if (auto* date = qobject_cast<DateField*>(editor)) {
        return date->text();
    }
    if (auto* plain = qobject_cast<QPlainTextEdit*>(editor)) {
        return plain->toPlainText();
    }
    if (auto* picker = qobject_cast<RecordPicker*>(editor)) {
        return picker->id() ? QString::number(picker->id()) : picker->lineEdit()->text().trimmed();
    }
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        if (box->isEditable()) {
            // A name picked or typed exactly as listed is that record; anything else goes to the model as a
            // REF (an id, a name or an e-mail) and is checked there.
            const int index = box->findText(box->currentText(), Qt::MatchFixedString);
            return index >= 0 ? box->itemData(index).toString() : box->currentText();
        }
        return box->currentData().toString();
    }
    return {};
}

QMap<QString, QString> RecordDialog::values() const
{
    QMap<QString, QString> result;
    for (const QString& name : m_fields) {
        if (const Field* field = m_entity.field(name)) {
            result.insert(name, valueOf(*field));
        }
    }
    return result;
}

QMap<QString, QString> RecordDialog::changes() const
{
    QMap<QString, QString> result;
    const QMap<QString, QString> current = values();
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (it.value() != m_initial.value(it.key())) {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

QString RecordDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

QString RecordDialog::warningText() const
{
    return m_warning->text();
}

void RecordDialog::updateForKind()
{
    auto* kind = qobject_cast<QComboBox*>(m_editors.value(QStringLiteral("kind")));
    if (!kind) {
        return;
    }
    const QString value = kind->currentData().toString();
    // The directions of a pair read differently for each kind of pair.
    QString a = tr("Party A"), b = tr("Party B"), aToB = tr("What A supplies B"),
            bToA = tr("What B supplies A");
    if (value == QLatin1String("rank")) {
        a = tr("Superior");
        b = tr("Subordinate");
        aToB = tr("Superior to subordinate");
        bToA = tr("Subordinate to superior");
    } else if (value == QLatin1String("process")) {
        a = tr("Upstream step");
        b = tr("Downstream step");
        aToB = tr("Upstream step to downstream step");
        bToA = tr("Downstream step to upstream step");
    } else if (value == QLatin1String("function")) {
        a = tr("Peer A");
        b = tr("Peer B");
        aToB = tr("Peer A to peer B");
        bToA = tr("Peer B to peer A");
    }
    const std::pair<const char*, QString> rows[] = { { "a_party", a + QStringLiteral(" *") },
        { "b_party", b + QStringLiteral(" *") }, { "a_to_b", aToB }, { "b_to_a", bToA } };
    for (const auto& [field, text] : rows) {
        if (QWidget* editor = m_editors.value(QString::fromLatin1(field))) {
            if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(editor))) {
                label->setText(text);
            }
        }
    }
    m_warning->clear();
    if (value == QLatin1String("rank")) {
        bool okA = false, okB = false;
        const qint64 partyA = valueOf(*m_entity.field(QStringLiteral("a_party"))).toLongLong(&okA);
        const qint64 partyB = valueOf(*m_entity.field(QStringLiteral("b_party"))).toLongLong(&okB);
        if (okA && okB && partyA != partyB) {
            m_warning->setText(EntityStore(m_database).rankPairWarning(partyA, partyB));
        }
    }
    m_warning->setVisible(!m_warning->text().isEmpty());
}

void RecordDialog::setAnswer(std::function<void(RecordDialog&)> answer)
{
    dialogAnswer<RecordDialog>() = std::move(answer);
}

int RecordDialog::run()
{
    return execOrAnswer(*this);
}

bool RecordDialog::editStored(Database& database, RecordEditor& editor, const Entity& entity, qint64 id,
    const QStringList& fields, QWidget* parent, const QString& title,
    const std::function<bool(const RecordDialog&)>& check)
{
    QWidget* window = parent ? parent->window() : nullptr;
    for (;;) {
        auto record = EntityStore(database).get(entity, id);
        if (!record) {
            Dialogs::error(window, tr("Edit %1").arg(labels::entity(entity.name)), record.error().message);
            return false;
        }
        RecordDialog dialog(database, entity, id, EntityStore::asText(entity, *record), fields, parent);
        if (!title.isEmpty()) {
            dialog.setWindowTitle(title);
        }
        if (dialog.run() != QDialog::Accepted || dialog.changes().isEmpty() || (check && !check(dialog))) {
            return false;
        }
        switch (editor.saveChanges(entity, id, dialog.changes(), EntityStore::versionOf(*record), window)) {
        case RecordEditor::Saving::Saved:
            return true;
        case RecordEditor::Saving::Stopped:
            return false;
        case RecordEditor::Saving::Reload:
            break; // the form again, on what the other person saved
        }
    }
}

void RecordDialog::accept()
{
    EntityStore store(m_database);
    QMap<QString, QString> merged = m_initial;
    const QMap<QString, QString> shown = values();
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        merged.insert(it.key(), it.value());
    }
    if (m_entity.name == QLatin1String("link") && !m_id) {
        // A pair that exists already is not an error: the page opens it instead.
        auto existing = store.existingPair(merged.value(QStringLiteral("a_party")).toLongLong(),
            merged.value(QStringLiteral("b_party")).toLongLong(), merged.value(QStringLiteral("kind")));
        if (existing && *existing) {
            QDialog::accept();
            return;
        }
    }
    auto checked = store.normalise(m_entity, merged, m_id);
    if (!checked) {
        m_error->setText(labels::explained(m_entity, checked.error().message));
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    QDialog::accept();
}

} // namespace tandem
