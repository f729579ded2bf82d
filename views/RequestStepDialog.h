#pragma once

#include "RequestWorkflow.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace tandem {

class Database;
class RecordPicker;

// Asks what one step of a request needs: the two ratings and feedback when it closes, the delay reason,
// corrective action and its owner when the work is late, a comment, or the new provider. Only the parts the
// step needs are shown. Both are the model's to say, from the request's state read once for the step: the
// fields through RequestWorkflow::needs(), a refusal through its check functions (nothing is written until
// the step runs), shown under the form.
class RequestStepDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step
    {
        ChangeStatus, // to `status`; ratings when it closes, a delay when the work is late
        Comment,
        Reassign,
        RecordDelay,
        Rate, // rate a closed request afterwards
    };

    RequestStepDialog(Database& database, const RequestWorkflow::State& state, Step step,
        RequestStatus status = RequestStatus::Open, QWidget* parent = nullptr);

    // Performs the step through the workflow; on success returns what undo needs. Used by the command, so
    // that redo repeats exactly this answer.
    std::function<Result<RequestWorkflow::Step>(RequestWorkflow&)> operation() const;
    QString stepName() const { return nameOf(m_step, m_status); }
    // "Mark Done", "Reassign": what a step is called on its button and in the undo history.
    static QString nameOf(Step step, RequestStatus status);

    // Setters and getters for the fields, also used by tests.
    void setRequesterRating(int rating, const QString& feedback = QString()); // 0: not rated
    void setProviderRating(int rating, const QString& feedback = QString());
    void setNote(const QString& note);
    void setDelay(const QString& reason, const QString& action, qint64 owner);
    void setProvider(qint64 party);
    QString errorText() const;

    void accept() override;
    // Shows the dialog and waits; under a test hook the hook answers it instead.
    int run();
    static void setAnswer(std::function<void(RequestStepDialog&)> answer);

private:
    QComboBox* ratingBox();
    RecordPicker* partyPicker(bool staffOnly);
    RequestWorkflow::Rating rating(QComboBox* box, QPlainTextEdit* feedback) const;
    RequestWorkflow::Ratings ratings() const;
    std::optional<RequestWorkflow::Delay> delay() const;
    RequestWorkflow::StatusChange statusChange() const;
    qint64 chosenProvider() const;
    QString note() const;
    // The model's answer to the form as it stands: empty when the step may run.
    Error refusal() const;

    Database& m_database;
    RequestWorkflow::State m_state;
    Step m_step;
    RequestStatus m_status;
    RequestWorkflow::StepNeeds m_needs;
    QFormLayout* m_form;
    QComboBox* m_requesterRating = nullptr;
    QPlainTextEdit* m_requesterFeedback = nullptr;
    QComboBox* m_providerRating = nullptr;
    QPlainTextEdit* m_providerFeedback = nullptr;
    QPlainTextEdit* m_delayReason = nullptr;
    QPlainTextEdit* m_correctiveAction = nullptr;
    RecordPicker* m_correctiveOwner = nullptr;
    RecordPicker* m_provider = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error;
};

} // namespace tandem
