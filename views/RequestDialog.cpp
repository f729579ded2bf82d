#include "RequestDialog.h"

#include "Clock.h"
#include "Dialogs.h"
#include "EntityStore.h"
#include "RecordCommands.h"
#include "RecordDialog.h"
#include "RecordEditor.h"
#include "RecordList.h"
#include "RequestStepDialog.h"
#include "RequestWorkflow.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tandem {

namespace {
QString stars(const QVariant& rating)
{
    if (rating.isNull()) {
        return QString();
    }
    const int value = rating.toInt();
    return QString(value, QChar(0x2605)) + QString(5 - value, QChar(0x2606));
}

const QStringList requestFormFields { QStringLiteral("requester"), QStringLiteral("provider"),
    QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("acceptance"),
    QStringLiteral("priority"), QStringLiteral("due_at") };
} // namespace

RequestDialog::RequestDialog(Database& database, RecordEditor* editor, qint64 request, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_editor(editor)
    , m_request(request)
    , m_title(new QLabel(this))
    , m_parties(new QLabel(this))
    , m_status(new QLabel(this))
    , m_overdue(new QLabel(this))
    , m_details(new QFormLayout)
    , m_steps(new QHBoxLayout)
    , m_history(makeRecordList(this, { tr("When"), tr("Who"), tr("What"), tr("Note") }))
{
    setWindowTitle(tr("Service Request"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_parties->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_overdue->setObjectName(QStringLiteral("overdueLabel"));
    m_overdue->setWordWrap(true);
    m_overdue->setStyleSheet(QStringLiteral("color: #b02a1a; font-weight: bold;"));
    m_details->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setColumnWidth(0, fontMetrics().averageCharWidth() * 20);
    m_history->setColumnWidth(1, fontMetrics().averageCharWidth() * 14);
    m_history->setColumnWidth(2, fontMetrics().averageCharWidth() * 44);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_parties);
    layout->addWidget(m_status);
    layout->addWidget(m_overdue);
    layout->addLayout(m_steps);
    layout->addLayout(m_details);
    layout->addWidget(new QLabel(tr("History"), this));
    layout->addWidget(m_history, 1);
    layout->addWidget(close);
    resize(820, 640);
    refresh();
}

void RequestDialog::refresh()
{
    EntityStore store(m_database);
    auto record = store.get(entities::request(), m_request);
    if (!record) {
        m_title->setText(record.error().message);
        return;
    }
    auto value = [&](const char* column) {
        return recordValue(*record, QString::fromLatin1(column));
    };
    auto party = [&](const char* column) {
        return store.displayName(QStringLiteral("party"), value(column).toLongLong());
    };
    m_state = RequestWorkflow::stateOf(m_request, EntityStore::asText(entities::request(), *record));
    m_title->setText(value("title").toString());
    QString parties = tr("%1 asks %2").arg(party("requester"), party("provider"));
    if (!value("link_id").isNull()) {
        auto link = store.get(entities::link(), value("link_id").toLongLong());
        if (link) {
            parties += QStringLiteral(" · ")
                + labels::choice(
                    QStringLiteral("via"), recordValue(*link, QStringLiteral("kind")).toString());
        }
    }
    m_parties->setText(parties);
    m_status->setText(tr("Status: %1 · Priority: %2")
                          .arg(words::label(m_state.status),
                              labels::choice(QStringLiteral("priority"), value("priority").toString())));
    const QString due = value("due_at").toString();
    if (m_state.overdue) {
        const int days = RequestWorkflow::daysOverdue(due, Clock::nowUtc());
        const QString since = days == 0 ? tr("Overdue today") : tr("Overdue by %Ln day(s)", nullptr, days);
        m_overdue->setText(value("delay_reason").isNull()
                ? tr("%1. Record why it is late and the corrective action before the work goes on.")
                      .arg(since)
                : tr("%1; the delay and its corrective action are recorded.").arg(since));
    }
    m_overdue->setVisible(m_state.overdue);

    while (m_details->rowCount() > 0) {
        m_details->removeRow(0);
    }
    auto addDetail = [this](const QString& label, const QString& text) {
        if (text.trimmed().isEmpty()) {
            return;
        }
        auto* shown = new QLabel(text, this);
        shown->setWordWrap(true);
        // Wide enough to read: a wrapping label in a form otherwise settles for a few words a line.
        shown->setMinimumWidth(fontMetrics().averageCharWidth() * 70);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_details->addRow(label, shown);
    };
    auto rated = [&](const char* rating, const char* feedback) {
        if (value(rating).isNull()) {
            return isClosed(m_state.status) ? tr("Not rated") : QString();
        }
        const QString words = value(feedback).toString();
        return words.isEmpty() ? stars(value(rating))
                               : QStringLiteral("%1  %2").arg(stars(value(rating)), words);
    };
    addDetail(tr("Created:"), localDateTime(value("created_at").toString()));
    addDetail(tr("Due:"), localDateTime(due));
    addDetail(tr("Closed:"), localDateTime(value("closed_at").toString()));
    addDetail(tr("Description:"), value("description").toString());
    addDetail(tr("Done when:"), value("acceptance").toString());
    addDetail(tr("Why it was late:"), value("delay_reason").toString());
    if (!value("corrective_action").isNull()) {
        addDetail(tr("Corrective action:"),
            tr("%1 (owner: %2)")
                .arg(value("corrective_action").toString(),
                    store.displayName(QStringLiteral("staff"), value("corrective_owner").toLongLong())));
    }
    addDetail(tr("Requester's rating:"), rated("requester_rating", "requester_feedback"));
    addDetail(tr("Provider's rating:"), rated("provider_rating", "provider_feedback"));

    // The steps the lifecycle allows now.
    while (QLayoutItem* item = m_steps->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto addButton = [this](const QString& text, const std::function<void()>& action) {
        auto* button = new QPushButton(text, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, action);
        m_steps->addWidget(button);
    };
    for (RequestStatus next : RequestWorkflow::nextStatuses(m_state.status)) {
        addButton(RequestStepDialog::nameOf(RequestStepDialog::Step::ChangeStatus, next)
                + (RequestWorkflow::needs(m_state, next).asks() ? QStringLiteral("...") : QString()),
            [this, next] { changeStatus(next); });
    }
    addButton(tr("Comment..."), [this] { comment(); });
    if (isOpen(m_state.status)) {
        addButton(tr("Reassign..."), [this] { reassign(); });
        addButton(tr("Record Delay..."), [this] { recordDelay(); });
    } else {
        addButton(tr("Rate..."), [this] { rate(); });
    }
    addButton(tr("Edit Details..."), [this] { editDetails(); });
    m_steps->addStretch();

    m_history->clear();
    auto events = RequestWorkflow(m_database).history(m_request);
    if (events) {
        for (const RequestWorkflow::Event& event : *events) {
            auto* item = new QTreeWidgetItem(m_history,
                { localDateTime(event.at), event.actor, event.text, event.line.note.simplified() });
            item->setToolTip(3, event.line.note);
        }
    }
}

QString RequestDialog::statusText() const
{
    return m_status->text();
}

QStringList RequestDialog::stepButtons() const
{
    QStringList names;
    for (int i = 0; i < m_steps->count(); ++i) {
        if (auto* button = qobject_cast<QPushButton*>(m_steps->itemAt(i)->widget())) {
            names << button->text();
        }
    }
    return names;
}

void RequestDialog::runStep(int step, RequestStatus status)
{
    // The request as it is now, read once for this step: what the step needs and whether it is allowed
    // are decided on it, and the step checks again as it writes.
    auto state = RequestWorkflow(m_database).state(m_request);
    if (!state) {
        Dialogs::error(this, windowTitle(), state.error().message);
        return;
    }
    RequestStepDialog dialog(m_database, *state, RequestStepDialog::Step(step), status, this);
    // A plain move of work that is on time asks nothing.
    const bool asksNothing = step == int(RequestStepDialog::Step::ChangeStatus)
        && !RequestWorkflow::needs(*state, status).asks();
    if (!asksNothing && dialog.run() != QDialog::Accepted) {
        return;
    }
    m_editor->run(new RequestStepCommand(
                      m_database, dialog.operation(), tr("%1: %2").arg(dialog.stepName(), m_title->text())),
        this);
    refresh();
}

void RequestDialog::changeStatus(RequestStatus status)
{
    runStep(int(RequestStepDialog::Step::ChangeStatus), status);
}

void RequestDialog::comment()
{
    runStep(int(RequestStepDialog::Step::Comment));
}

void RequestDialog::reassign()
{
    runStep(int(RequestStepDialog::Step::Reassign));
}

void RequestDialog::recordDelay()
{
    runStep(int(RequestStepDialog::Step::RecordDelay));
}

void RequestDialog::rate()
{
    runStep(int(RequestStepDialog::Step::Rate));
}

void RequestDialog::editDetails()
{
    const QStringList fields { QStringLiteral("title"), QStringLiteral("description"),
        QStringLiteral("acceptance"), QStringLiteral("priority"), QStringLiteral("due_at") };
    RecordDialog::editStored(m_database, *m_editor, entities::request(), m_request, fields, this);
    // Also after a refusal: the request may have been changed by someone else meanwhile.
    refresh();
}

qint64 RequestDialog::raise(
    Database& database, RecordEditor* editor, QWidget* parent, qint64 requester, qint64 provider)
{
    QMap<QString, QString> initial;
    if (requester) {
        initial.insert(QStringLiteral("requester"), QString::number(requester));
    }
    if (provider) {
        initial.insert(QStringLiteral("provider"), QString::number(provider));
    }
    RecordDialog form(database, entities::request(), 0, initial, requestFormFields, parent);
    form.setWindowTitle(tr("New Service Request"));
    if (form.run() != QDialog::Accepted) {
        return 0;
    }
    auto* command = new AddRecordCommand(database, entities::request(), form.values());
    if (!editor->run(command, parent)) {
        return 0;
    }
    return command->recordId();
}

} // namespace tandem
