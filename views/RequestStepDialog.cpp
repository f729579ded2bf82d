#include "RequestStepDialog.h"

#include "Database.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "RecordPicker.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

namespace {
QString stars(int rating)
{
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}
} // namespace

RequestStepDialog::RequestStepDialog(
    Database& database, const RequestWorkflow::State& state, Step step, RequestStatus status, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_state(state)
    , m_step(step)
    , m_status(status)
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
{
    setWindowTitle(stepName());
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto textEdit = [this](int lines) {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(fontMetrics().lineSpacing() * lines + 12);
        return edit;
    };
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    if (step == Step::ChangeStatus) {
        // The model says which fields this step needs; the dialog only shows them.
        m_needs = RequestWorkflow::needs(state, status);
    }
    if (m_needs.ratings || step == Step::Rate) {
        intro->setText(tr("Both sides can say how it went. A rating is optional: an unrated request stays "
                          "unrated and does not count in the satisfaction index."));
        m_requesterRating = ratingBox();
        m_requesterRating->setObjectName(QStringLiteral("requesterRating"));
        m_requesterFeedback = textEdit(2);
        m_providerRating = ratingBox();
        m_providerRating->setObjectName(QStringLiteral("providerRating"));
        m_providerFeedback = textEdit(2);
        m_form->addRow(tr("Requester rates the service:"), m_requesterRating);
        m_form->addRow(tr("Requester's feedback:"), m_requesterFeedback);
        m_form->addRow(tr("Provider rates what the requester supplied:"), m_providerRating);
        m_form->addRow(tr("Provider's feedback:"), m_providerFeedback);
    }
    if (m_needs.delay || step == Step::RecordDelay) {
        if (m_needs.delay) {
            intro->setText(intro->text() + (intro->text().isEmpty() ? QString() : QStringLiteral("\n\n"))
                + tr(
                    "This request is overdue. Before the work goes on, say why it is late, what will stop it "
                    "happening again, and who sees to that."));
        }
        m_delayReason = textEdit(2);
        m_delayReason->setObjectName(QStringLiteral("delayReason"));
        m_correctiveAction = textEdit(2);
        m_correctiveAction->setObjectName(QStringLiteral("correctiveAction"));
        m_correctiveOwner = partyPicker(true);
        m_correctiveOwner->setObjectName(QStringLiteral("correctiveOwner"));
        auto record = EntityStore(database).get(entities::request(), state.request);
        if (record) {
            m_delayReason->setPlainText(recordValue(*record, QStringLiteral("delay_reason")).toString());
            m_correctiveAction->setPlainText(
                recordValue(*record, QStringLiteral("corrective_action")).toString());
            setDelay(m_delayReason->toPlainText(), m_correctiveAction->toPlainText(),
                recordValue(*record, QStringLiteral("corrective_owner")).toLongLong());
        }
        m_form->addRow(tr("Why it is late:"), m_delayReason);
        m_form->addRow(tr("Corrective action:"), m_correctiveAction);
        m_form->addRow(tr("Owner of the action:"), m_correctiveOwner);
    }
    if (step == Step::Reassign) {
        intro->setText(tr("Give the request to another department or colleague. It then travels along their "
                          "pair with the requester, if they have one."));
        m_provider = partyPicker(false);
        m_provider->setObjectName(QStringLiteral("provider"));
        m_form->addRow(tr("New provider:"), m_provider);
    }
    if (step != Step::Rate && step != Step::RecordDelay) {
        m_note = textEdit(step == Step::Comment ? 4 : 2);
        m_note->setObjectName(QStringLiteral("note"));
        m_form->addRow(step == Step::Comment ? tr("Comment:") : tr("Note (optional):"), m_note);
    }
    intro->setVisible(!intro->text().isEmpty());

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(stepName());
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestStepDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString RequestStepDialog::nameOf(Step step, RequestStatus status)
{
    switch (step) {
    case Step::Comment:
        return tr("Comment");
    case Step::Reassign:
        return tr("Reassign");
    case Step::RecordDelay:
        return tr("Record Delay");
    case Step::Rate:
        return tr("Rate");
    case Step::ChangeStatus:
        break;
    }
    switch (status) {
    case RequestStatus::InProgress:
        return tr("Start Work");
    case RequestStatus::Waiting:
        return tr("Wait");
    case RequestStatus::Done:
        return tr("Mark Done");
    case RequestStatus::Rejected:
        return tr("Reject");
    case RequestStatus::Cancelled:
        return tr("Cancel Request");
    case RequestStatus::Open:
        break;
    }
    return tr("Reopen");
}

QComboBox* RequestStepDialog::ratingBox()
{
    auto* box = new QComboBox(this);
    box->addItem(tr("Not rated"), 0);
    const char* words[] = { QT_TR_NOOP("very poor"), QT_TR_NOOP("poor"), QT_TR_NOOP("acceptable"),
        QT_TR_NOOP("good"), QT_TR_NOOP("excellent") };
    for (int rating = 1; rating <= 5; ++rating) {
        box->addItem(
            QStringLiteral("%1  %2 – %3").arg(stars(rating)).arg(rating).arg(tr(words[rating - 1])), rating);
    }
    return box;
}

RecordPicker* RequestStepDialog::partyPicker(bool staffOnly)
{
    PickerQueries::Scope scope;
    scope.entities = staffOnly ? QStringList { QStringLiteral("staff") }
                               : QStringList { QStringLiteral("department"), QStringLiteral("staff") };
    auto* picker = new RecordPicker(m_database, scope, this);
    picker->setOptional(true);
    return picker;
}

void RequestStepDialog::setRequesterRating(int rating, const QString& feedback)
{
    if (m_requesterRating) {
        m_requesterRating->setCurrentIndex(qMax(0, m_requesterRating->findData(rating)));
        m_requesterFeedback->setPlainText(feedback);
    }
}

void RequestStepDialog::setProviderRating(int rating, const QString& feedback)
{
    if (m_providerRating) {
        m_providerRating->setCurrentIndex(qMax(0, m_providerRating->findData(rating)));
        m_providerFeedback->setPlainText(feedback);
    }
}

void RequestStepDialog::setNote(const QString& note)
{
    if (m_note) {
        m_note->setPlainText(note);
    }
}

void RequestStepDialog::setDelay(const QString& reason, const QString& action, qint64 owner)
{
    if (!m_delayReason) {
        return;
    }
    m_delayReason->setPlainText(reason);
    m_correctiveAction->setPlainText(action);
    // Whoever owns it already stays shown, even if they have left since.
    m_correctiveOwner->setId(owner);
}

void RequestStepDialog::setProvider(qint64 party)
{
    if (m_provider) {
        m_provider->setId(party);
    }
}

QString RequestStepDialog::errorText() const
{
    return m_error->text();
}

RequestWorkflow::Rating RequestStepDialog::rating(QComboBox* box, QPlainTextEdit* feedback) const
{
    RequestWorkflow::Rating result;
    if (!box) {
        return result;
    }
    const int value = box->currentData().toInt();
    if (value > 0) {
        result.rating = value;
    }
    result.feedback = feedback->toPlainText();
    return result;
}

std::optional<RequestWorkflow::Delay> RequestStepDialog::delay() const
{
    if (!m_delayReason) {
        return std::nullopt;
    }
    return RequestWorkflow::Delay { m_delayReason->toPlainText(), m_correctiveAction->toPlainText(),
        m_correctiveOwner->id() };
}

RequestWorkflow::Ratings RequestStepDialog::ratings() const
{
    // A side is rated when a rating or some feedback was given for it; the model checks the rest.
    RequestWorkflow::Ratings ratings;
    for (auto [box, feedback, side] :
        { std::tuple { m_requesterRating, m_requesterFeedback, &ratings.byRequester },
            std::tuple { m_providerRating, m_providerFeedback, &ratings.byProvider } }) {
        const RequestWorkflow::Rating given = rating(box, feedback);
        if (given.rating || !given.feedback.trimmed().isEmpty()) {
            *side = given;
        }
    }
    return ratings;
}

RequestWorkflow::StatusChange RequestStepDialog::statusChange() const
{
    RequestWorkflow::StatusChange change;
    change.to = words::stored(m_status);
    change.note = note();
    change.byRequester = rating(m_requesterRating, m_requesterFeedback);
    change.byProvider = rating(m_providerRating, m_providerFeedback);
    change.delay = delay();
    return change;
}

qint64 RequestStepDialog::chosenProvider() const
{
    return m_provider ? m_provider->id() : 0;
}

QString RequestStepDialog::note() const
{
    return m_note ? m_note->toPlainText() : QString();
}

Error RequestStepDialog::refusal() const
{
    switch (m_step) {
    case Step::Comment:
        return RequestWorkflow::checkComment(note());
    case Step::Reassign:
        if (!chosenProvider()) {
            return Error::badInput(tr("Choose the department or colleague to give the request to."));
        }
        return RequestWorkflow(m_database).checkReassign(m_state, chosenProvider());
    case Step::RecordDelay:
        return RequestWorkflow::checkDelay(*delay());
    case Step::Rate:
        return RequestWorkflow::checkRatings(m_state, ratings());
    case Step::ChangeStatus:
        break;
    }
    return RequestWorkflow(m_database).check(m_state, statusChange());
}

std::function<Result<RequestWorkflow::Step>(RequestWorkflow&)> RequestStepDialog::operation() const
{
    const qint64 request = m_state.request;
    switch (m_step) {
    case Step::Comment:
        return [request, note = note()](RequestWorkflow& workflow) {
            return workflow.comment(request, note);
        };
    case Step::Reassign:
        return [request, provider = chosenProvider(), note = note()](RequestWorkflow& workflow) {
            return workflow.reassign(request, provider, note);
        };
    case Step::RecordDelay:
        return [request, delay = *delay()](RequestWorkflow& workflow) {
            return workflow.recordDelay(request, delay);
        };
    case Step::Rate:
        return [request, ratings = ratings()](RequestWorkflow& workflow) {
            return workflow.rate(request, ratings);
        };
    case Step::ChangeStatus:
        break;
    }
    return [request, change = statusChange()](RequestWorkflow& workflow) {
        return workflow.changeStatus(request, change);
    };
}

void RequestStepDialog::accept()
{
    // Asked of the model on the state the step was opened with; the step itself asks again as it writes.
    if (Error error = refusal()) {
        m_error->setText(error.message);
        m_error->show();
        return;
    }
    m_error->clear();
    m_error->hide();
    QDialog::accept();
}

int RequestStepDialog::run()
{
    return execOrAnswer(*this);
}

void RequestStepDialog::setAnswer(std::function<void(RequestStepDialog&)> answer)
{
    dialogAnswer<RequestStepDialog>() = std::move(answer);
}

} // namespace tandem
