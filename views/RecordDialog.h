#pragma once

#include "Entities.h"

#include <QDialog>
#include <QMap>
#include <functional>

class QFormLayout;
class QLabel;
class QWidget;

namespace tandem {

class Database;
class RecordEditor;

// A form for one record of any entity: a field a row, checked by the model before it closes, so a mistake
// gets one sentence under the form and nothing is saved half-way.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    // `id` 0 adds a record; `initial` prefills fields (references as ids); only `fields` are shown.
    RecordDialog(Database& database, const Entity& entity, qint64 id, const QMap<QString, QString>& initial,
        const QStringList& fields, QWidget* parent = nullptr);

    // The shown fields as the model takes them (references as ids).
    QMap<QString, QString> values() const;
    // For an edit: the fields whose value differs from what the record holds.
    QMap<QString, QString> changes() const;
    void setValue(const QString& field, const QString& text);
    QString errorText() const;
    QString warningText() const;

    void accept() override;
    // Shows the form and waits; under a test hook the hook fills and answers it instead.
    int run();
    // For tests: answers every following form without showing it; an empty function ends that.
    static void setAnswer(std::function<void(RecordDialog&)> answer);

    // Opens the form on stored record `id` with its `fields` shown, and saves what changed through `editor`
    // as one undoable step made from the version the form was opened at. When someone else saved the record
    // meanwhile and the person asks to reload, the form opens again on the values stored now. `title`
    // replaces the form's own; `check`, when given, may still stop a save (a possible duplicate). True when
    // something was saved.
    static bool editStored(Database& database, RecordEditor& editor, const Entity& entity, qint64 id,
        const QStringList& fields, QWidget* parent, const QString& title = QString(),
        const std::function<bool(const RecordDialog&)>& check = {});

private:
    QWidget* editorFor(const Field& field);
    QString valueOf(const Field& field) const;
    // A picker for a department, colleague or account; an editable box for the rest.
    QWidget* referenceEditor(const Field& field);
    void updateForKind();

    Database& m_database;
    const Entity& m_entity;
    qint64 m_id;
    QMap<QString, QString> m_initial;
    QStringList m_fields;
    QFormLayout* m_form;
    QMap<QString, QWidget*> m_editors;
    QLabel* m_warning;
    QLabel* m_error;
};

} // namespace tandem
