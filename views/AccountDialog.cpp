#include "AccountDialog.h"

#include "Clock.h"
#include "Database.h"
#include "Dialogs.h"
#include "DuplicateFinder.h"
#include "EntityStore.h"
#include "ListPage.h"
#include "Lists.h"
#include "Money.h"
#include "RecordCommands.h"
#include "RecordDialog.h"
#include "RecordEditor.h"
#include "RecordList.h"
#include "RequestDialog.h"
#include "SatisfactionPanel.h"
#include "SegmentAdvisor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tandem {

namespace {
QString money(qint64 minor, const QString& currency)
{
    return QStringLiteral("%1 %2").arg(currency, formatMinorUnits(minor));
}
} // namespace

AccountDialog::AccountDialog(
    Database& database, RecordEditor* editor, qint64 account, qint64 me, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_editor(editor)
    , m_account(account)
    , m_me(me)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_suggestion(new QLabel(this))
    , m_accept(new QPushButton(tr("Accept Suggestion"), this))
    , m_contacts(
          makeRecordList(this, { tr("Name"), tr("Job title"), tr("Phone"), tr("Mobile"), tr("E-mail") }))
    , m_timeline(makeRecordList(
          this, { tr("When"), tr("Kind"), tr("By"), tr("Summary"), tr("Next step"), tr("Due"), tr("Done") }))
    , m_purchases(
          makeRecordList(this, { tr("Date"), tr("Amount"), tr("Description"), tr("From a competitor") }))
    , m_history(makeRecordList(this, { tr("When"), tr("From"), tr("To"), tr("Reason"), tr("By") }))
    , m_owners(makeRecordList(this, { tr("When"), tr("From"), tr("To"), tr("By") }))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_suggestion->setObjectName(QStringLiteral("suggestion"));
    m_suggestion->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    const std::pair<QString, void (AccountDialog::*)()> buttons[] = {
        { tr("Edit Details..."), &AccountDialog::editDetails },
        { tr("Log Interaction..."), &AccountDialog::logInteraction },
        { tr("Add Contact..."), &AccountDialog::addContact },
        { tr("Add Purchase..."), &AccountDialog::addPurchase },
        { tr("Mark Follow-up Done"), &AccountDialog::markFollowUpDone },
        { tr("New Request..."), &AccountDialog::newRequest },
    };
    for (const auto& [text, slot] : buttons) {
        auto* button = new QPushButton(text, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        actions->addWidget(button);
    }
    actions->addStretch();

    auto* segment = new QHBoxLayout;
    segment->addWidget(m_suggestion, 1);
    segment->addWidget(m_accept);
    m_accept->setAutoDefault(false);
    connect(m_accept, &QPushButton::clicked, this, &AccountDialog::acceptSuggestion);

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_timeline, tr("Timeline"));
    tabs->addTab(m_contacts, tr("Contacts"));
    tabs->addTab(m_purchases, tr("Purchases"));
    tabs->addTab(m_history, tr("Segment history"));
    tabs->addTab(m_owners, tr("Owner history"));
    // The requests the account raised or was asked for, opened in full with a double-click.
    m_requests = new ListPage(database, &lists::requests,
        { tr("Requests"), [](int n) { return tr("%Ln request(s)", nullptr, n); },
            tr("This account has raised no requests yet: choose New Request."),
            tr("Overdue: the due date has passed and the request is still open.") },
        this);
    lists::RequestFilter mine;
    mine.party = account;
    m_requests->setFilter(mine);
    connect(m_requests->view(), &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        RequestDialog dialog(m_database, m_editor, index.data(PagedListModel::IdRole).toLongLong(), this);
        dialog.exec();
        refresh();
    });
    tabs->addTab(m_requests, tr("Requests"));
    // How the account rates the service it gets, and how it is rated as a customer who supplies what is
    // needed: satisfaction runs both ways for external customers too.
    auto* satisfaction = new SatisfactionPanel(database, account, this);
    connect(satisfaction, &SatisfactionPanel::requestsRequested, this,
        [tabs, this] { tabs->setCurrentWidget(m_requests); });
    tabs->addTab(satisfaction, tr("Satisfaction"));

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addLayout(segment);
    layout->addLayout(actions);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);
    resize(980, 620);

    // Undo and redo elsewhere change what this dialog shows.
    connect(m_editor->stack(), &QUndoStack::indexChanged, this, &AccountDialog::refresh);
    refresh();
}

QString AccountDialog::suggestionText() const
{
    return m_suggestion->text();
}

void AccountDialog::newRequest()
{
    auto account = EntityStore(m_database).get(entities::account(), m_account);
    const qint64 owner = account ? recordValue(*account, QStringLiteral("owner_id")).toLongLong() : 0;
    RequestDialog::raise(m_database, m_editor, this, m_account, owner);
    refresh();
}

void AccountDialog::refresh()
{
    m_requests->reload();
    EntityStore store(m_database);
    auto account = store.get(entities::account(), m_account);
    if (!account) {
        m_title->setText(account.error().message);
        return;
    }
    const QString name = recordValue(*account, QStringLiteral("name")).toString();
    const QString segment = recordValue(*account, QStringLiteral("segment")).toString();
    const QVariant owner = recordValue(*account, QStringLiteral("owner_id"));
    setWindowTitle(name);
    m_title->setText(name);
    QStringList facts { labels::choice(QStringLiteral("segment"), segment) };
    for (const char* field : { "category", "city", "phone", "email" }) {
        const QString value = recordValue(*account, QString::fromLatin1(field)).toString();
        if (!value.isEmpty()) {
            facts << (qstrcmp(field, "category") == 0 ? labels::choice(QStringLiteral("category"), value)
                                                      : value);
        }
    }
    facts << (owner.isNull()
            ? tr("no owner")
            : tr("owner: %1").arg(store.displayName(QStringLiteral("staff"), owner.toLongLong())));
    m_summary->setText(facts.join(QStringLiteral(" \u00b7 ")));

    auto suggestion = SegmentAdvisor::suggestFor(m_database, m_account);
    if (suggestion) {
        const bool differs = suggestion->segment != segment;
        m_suggestion->setText(
            tr("Suggested: %1, %2.")
                .arg(labels::choice(QStringLiteral("segment"), suggestion->segment), suggestion->reason()));
        m_suggestion->setStyleSheet(differs ? QStringLiteral("color: #8a5a00;") : QString());
        m_accept->setVisible(differs);
    }

    m_contacts->clear();
    store.list(entities::contact(), { { QStringLiteral("account_id"), QString::number(m_account) } }, -1,
        [this](const Record& r) {
            auto* item = new QTreeWidgetItem(m_contacts,
                { recordValue(r, QStringLiteral("name")).toString(),
                    recordValue(r, QStringLiteral("title")).toString(),
                    recordValue(r, QStringLiteral("phone")).toString(),
                    recordValue(r, QStringLiteral("mobile")).toString(),
                    recordValue(r, QStringLiteral("email")).toString() });
            item->setData(0, Qt::UserRole, r.first().second);
            return true;
        });

    m_timeline->clear();
    const QString today = Clock::today().toString(Qt::ISODate);
    QList<Record> interactions;
    store.list(entities::interaction(), { { QStringLiteral("account_id"), QString::number(m_account) } }, -1,
        [&](const Record& r) {
            interactions.prepend(r);
            return true;
        });
    std::stable_sort(interactions.begin(), interactions.end(), [](const Record& a, const Record& b) {
        return recordValue(a, QStringLiteral("occurred_at")).toString()
            > recordValue(b, QStringLiteral("occurred_at")).toString();
    });
    for (const Record& r : interactions) {
        const QVariant staff = recordValue(r, QStringLiteral("staff_id"));
        const QString due = recordValue(r, QStringLiteral("next_step_due")).toString();
        const bool done = recordValue(r, QStringLiteral("next_step_done")).toInt() != 0;
        auto* item = new QTreeWidgetItem(m_timeline,
            { localDateTime(recordValue(r, QStringLiteral("occurred_at")).toString()),
                labels::choice(QStringLiteral("kind"), recordValue(r, QStringLiteral("kind")).toString()),
                staff.isNull() ? QString() : store.displayName(QStringLiteral("staff"), staff.toLongLong()),
                recordValue(r, QStringLiteral("summary")).toString().simplified(),
                recordValue(r, QStringLiteral("next_step")).toString(), localDay(due),
                due.isEmpty() ? QString()
                    : done    ? tr("yes")
                              : tr("no") });
        item->setData(0, Qt::UserRole, r.first().second);
        item->setToolTip(3, recordValue(r, QStringLiteral("summary")).toString());
        if (!done && !due.isEmpty() && due < today) {
            for (int column = 4; column <= 6; ++column) {
                item->setForeground(column, QColor(0xb0, 0x2a, 0x1a));
            }
            item->setToolTip(5, tr("Overdue"));
        }
    }
    m_timeline->header()->resizeSection(0, 150);
    m_timeline->header()->resizeSection(3, 280);

    m_purchases->clear();
    store.list(entities::purchase(), { { QStringLiteral("account_id"), QString::number(m_account) } }, -1,
        [this](const Record& r) {
            new QTreeWidgetItem(m_purchases,
                { localDay(recordValue(r, QStringLiteral("purchased_on")).toString()),
                    money(recordValue(r, QStringLiteral("amount")).toLongLong(),
                        recordValue(r, QStringLiteral("currency")).toString()),
                    recordValue(r, QStringLiteral("description")).toString(),
                    recordValue(r, QStringLiteral("from_competitor")).toInt() ? tr("yes") : QString() });
            return true;
        });
    m_purchases->sortItems(0, Qt::DescendingOrder);

    m_owners->clear();
    if (auto changes = store.fieldHistory(entities::account(), m_account, QStringLiteral("owner_id"))) {
        auto ownerName = [&store](const QString& id) {
            return id.isEmpty() ? tr("nobody") : store.displayName(QStringLiteral("staff"), id.toLongLong());
        };
        for (const EntityStore::FieldChange& change : *changes) {
            new QTreeWidgetItem(m_owners,
                { localDateTime(change.at), ownerName(change.before), ownerName(change.after),
                    change.actor });
        }
    }

    m_history->clear();
    if (auto changes = SegmentAdvisor::history(m_database, m_account)) {
        for (const SegmentAdvisor::Change& change : *changes) {
            new QTreeWidgetItem(m_history,
                { localDateTime(change.changedAt),
                    change.from.isEmpty() ? QString()
                                          : labels::choice(QStringLiteral("segment"), change.from),
                    labels::choice(QStringLiteral("segment"), change.to), change.reason, change.changedBy });
        }
    }
}

void AccountDialog::editDetails()
{
    RecordDialog::editStored(m_database, *m_editor, entities::account(), m_account,
        entities::account().fieldNames(), this, QString(), [this](const RecordDialog& form) {
            return goOnDespiteDuplicates(
                m_database, m_editor, form.values(), m_account, m_me, tr("Save Anyway"), this);
        });
}

void AccountDialog::addLinked(const Entity& entity, QMap<QString, QString> initial, const QStringList& fields)
{
    const QString account = QString::number(m_account);
    initial.insert(QStringLiteral("account_id"), account);
    RecordDialog form(m_database, entity, 0, initial, fields, this);
    if (form.run() == QDialog::Accepted) {
        QMap<QString, QString> values = form.values();
        values.insert(QStringLiteral("account_id"), account);
        m_editor->run(new AddRecordCommand(m_database, entity, values), window());
    }
}

void AccountDialog::addContact()
{
    addLinked(entities::contact(), {},
        { QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("mobile"),
            QStringLiteral("email"), QStringLiteral("notes") });
}

void AccountDialog::logInteraction()
{
    QMap<QString, QString> initial { { QStringLiteral("kind"), QStringLiteral("visit") },
        { QStringLiteral("occurred_at"), Clock::nowIso() } };
    if (m_me) {
        initial.insert(QStringLiteral("staff_id"), QString::number(m_me));
    }
    addLinked(entities::interaction(), initial,
        { QStringLiteral("kind"), QStringLiteral("occurred_at"), QStringLiteral("staff_id"),
            QStringLiteral("summary"), QStringLiteral("next_step"), QStringLiteral("next_step_due") });
}

void AccountDialog::addPurchase()
{
    addLinked(entities::purchase(),
        { { QStringLiteral("purchased_on"), Clock::today().toString(Qt::ISODate) } },
        { QStringLiteral("purchased_on"), QStringLiteral("amount"), QStringLiteral("currency"),
            QStringLiteral("description"), QStringLiteral("from_competitor") });
}

bool AccountDialog::goOnDespiteDuplicates(Database& database, RecordEditor* editor,
    const QMap<QString, QString>& values, qint64 self, qint64 me, const QString& goOn, QWidget* parent)
{
    auto matches = DuplicateFinder::find(database, values.value(QStringLiteral("name")),
        values.value(QStringLiteral("city")), values.value(QStringLiteral("email")),
        values.value(QStringLiteral("phone")), self);
    if (!matches || matches->isEmpty()) {
        return true;
    }
    const auto& match = matches->first();
    const int answer = Dialogs::choose(parent, tr("Possible duplicate"),
        tr("%1 looks like the same customer (%2).").arg(match.name, match.reason),
        { tr("Open %1").arg(match.name), goOn, tr("Cancel") }, 2);
    if (answer == 0) {
        AccountDialog other(database, editor, match.account, me, parent);
        other.exec();
    }
    return answer == 1;
}

void AccountDialog::markFollowUpDone()
{
    QTreeWidgetItem* item = m_timeline->currentItem();
    if (!item) {
        Dialogs::information(this, tr("Mark Follow-up Done"),
            tr("Choose the interaction whose next step is done in the timeline first."));
        return;
    }
    m_editor->run(
        new EditRecordCommand(m_database, entities::interaction(), item->data(0, Qt::UserRole).toLongLong(),
            { { QStringLiteral("next_step_done"), QStringLiteral("1") } }, tr("Mark follow-up done")),
        window());
}

void AccountDialog::acceptSuggestion()
{
    auto suggestion = SegmentAdvisor::suggestFor(m_database, m_account);
    if (!suggestion) {
        Dialogs::error(this, tr("Accept Suggestion"), suggestion.error().message);
        return;
    }
    m_editor->run(new AcceptSegmentCommand(m_database, m_account, *suggestion, m_me), window());
}

} // namespace tandem
