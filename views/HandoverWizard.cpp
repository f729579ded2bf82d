#include "HandoverWizard.h"

#include "Dialogs.h"
#include "EntityStore.h"
#include "HandoverCommands.h"
#include "Money.h"
#include "MultiLineDelegate.h"
#include "PickerQueries.h"
#include "RecordEditor.h"
#include "RecordList.h"
#include "RecordPicker.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tandem {

namespace {
QLabel* wrapping(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

HandoverWizard::HandoverWizard(Database& database, RecordEditor* editor, qint64 departing, QWidget* parent)
    : QWizard(parent)
    , m_database(database)
    , m_editor(editor)
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Hand Over"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Hand Over"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a1a;"));
    m_error->hide();

    const std::pair<QString, QWidget*> pages[] = {
        { tr("Who leaves, and what they hold"), makeWhoLeaves() },
        { tr("Who takes over"), makeWhoTakesOver() },
        { tr("Briefing notes"), makeBriefings() },
        { tr("Preview"), makePreview() },
    };
    for (const auto& [title, content] : pages) {
        auto* page = new QWizardPage(this);
        page->setTitle(title);
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(content, 1);
        addPage(page);
    }
    // The error shows under whichever page is current.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        m_error->hide();
        if (QWizardPage* current = page(id)) {
            current->layout()->addWidget(m_error);
        }
        if (id == Briefings && m_personToAsk) {
            m_personToAsk->setText(m_holdings.managerName.isEmpty()
                    ? tr("Write for each account what is not in the data: who decides, what they care about, "
                         "what was promised.")
                    : tr("Write for each account what is not in the data: who decides, what they care about, "
                         "what was promised. The person to ask afterwards is %1, %2's manager.")
                          .arg(m_holdings.managerName, m_holdings.name));
        }
        if (id == Preview) {
            updatePreview();
        }
    });
    // Room for the second page's lists and form in either language; never more than the screen holds.
    resize(QSize(1040, 780).boundedTo(screen()->availableSize() * 0.95));
    if (departing) {
        setDeparting(departing);
    } else {
        loadHoldings();
    }
}

QWidget* HandoverWizard::makeWhoLeaves()
{
    auto* content = new QWidget(this);
    // Everyone, those who have left included: what they still hold can be handed over later.
    PickerQueries::Scope everyone { { QStringLiteral("staff") }, true, 0 };
    m_departing = new RecordPicker(m_database, everyone, content);
    m_departing->setObjectName(QStringLiteral("departing"));
    m_held = makeRecordList(
        content, { tr("Held"), tr("Details"), tr("Last contact"), tr("Bought, last 12 months") });
    m_held->setRootIsDecorated(true);
    m_held->setObjectName(QStringLiteral("held"));
    m_held->setColumnWidth(0, 280);
    m_held->setColumnWidth(1, 200);
    m_heldSummary = wrapping(QString(), content);
    auto* form = new QFormLayout;
    form->addRow(tr("Departing colleague:"), m_departing);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_heldSummary);
    layout->addWidget(m_held, 1);
    connect(m_departing, &RecordPicker::idChanged, this, &HandoverWizard::loadHoldings);
    return content;
}

QWidget* HandoverWizard::makeWhoTakesOver()
{
    auto* content = new QWidget(this);
    // Only colleagues who are still here can receive.
    const PickerQueries::Scope present { { QStringLiteral("staff") }, false, 0 };
    m_successor = new RecordPicker(m_database, present, content);
    m_successor->setObjectName(QStringLiteral("successor"));
    m_splitChoice = new QButtonGroup(content);
    auto* one = new QRadioButton(tr("One successor takes over everything"), content);
    auto* balanced = new QRadioButton(tr("Split the accounts evenly among these colleagues:"), content);
    auto* perAccount = new QRadioButton(tr("Choose a successor for each account:"), content);
    m_splitChoice->addButton(one, int(Split::OneSuccessor));
    m_splitChoice->addButton(balanced, int(Split::Balanced));
    m_splitChoice->addButton(perAccount, int(Split::PerAccount));
    one->setChecked(true);
    m_splitAmong = new QListWidget(content);
    m_splitAmong->setObjectName(QStringLiteral("splitAmong"));
    m_perAccount = new QTableWidget(0, 3, content);
    m_perAccount->setObjectName(QStringLiteral("perAccount"));
    m_perAccount->setHorizontalHeaderLabels({ tr("Account"), tr("Segment"), tr("Successor") });
    m_perAccount->horizontalHeader()->setStretchLastSection(true);
    m_perAccount->setColumnWidth(0, 260);
    m_perAccount->verticalHeader()->hide();
    m_perAccount->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_perAccount->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_giveTo = new RecordPicker(m_database, present, content);
    m_giveTo->setObjectName(QStringLiteral("giveSelectedTo"));
    RecordPicker* giveTo = m_giveTo;
    auto* give = new QPushButton(tr("Give Selected Accounts To"), content);
    give->setAutoDefault(false);
    connect(give, &QPushButton::clicked, this, [this, giveTo] {
        for (const QModelIndex& row : m_perAccount->selectionModel()->selectedRows()) {
            setAccountSuccessor(
                m_perAccount->item(row.row(), 0)->data(Qt::UserRole).toLongLong(), giveTo->id());
        }
    });
    m_pairs = makeRecordList(content, { tr("Pair"), tr("With"), tr("End it") });
    m_pairs->setObjectName(QStringLiteral("pairs"));
    m_pairs->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    m_firstVisitDays = new QSpinBox(content);
    m_firstVisitDays->setRange(Handover::minFirstVisitDays, Handover::maxFirstVisitDays);
    m_firstVisitDays->setValue(14);
    m_firstVisitDays->setSuffix(tr(" days"));
    m_watchDays = new QSpinBox(content);
    m_watchDays->setRange(Handover::minWatchDays, Handover::maxWatchDays);
    m_watchDays->setValue(90);
    m_watchDays->setSuffix(tr(" days"));
    m_reason = new QPlainTextEdit(content);
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(fontMetrics().lineSpacing() * 2 + 12);

    // The list of colleagues and the table of accounts show only for the way of splitting that uses them,
    // so that the page is not three lists squeezed into one.
    auto* among = new QWidget(content);
    auto* amongLayout = new QVBoxLayout(among);
    amongLayout->setContentsMargins(0, 0, 0, 0);
    amongLayout->addWidget(m_splitAmong);
    // Colleagues join the list through a picker: a list of every colleague would hold thousands.
    m_addToSplit = new RecordPicker(m_database, present, content);
    m_addToSplit->setObjectName(QStringLiteral("addToSplit"));
    m_addToSplit->setPlaceholderText(tr("Type a colleague's name"));
    auto* addRow = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("Add to the List"), content);
    addButton->setObjectName(QStringLiteral("addToSplitButton"));
    addButton->setAutoDefault(false);
    connect(addButton, &QPushButton::clicked, this, [this] {
        addToSplit(m_addToSplit->id());
        m_addToSplit->setId(0);
    });
    addRow->addWidget(m_addToSplit, 1);
    addRow->addWidget(addButton);
    amongLayout->addLayout(addRow);
    auto* each = new QWidget(content);
    auto* eachLayout = new QVBoxLayout(each);
    eachLayout->setContentsMargins(0, 0, 0, 0);
    eachLayout->addWidget(m_perAccount, 1);
    auto* giveRow = new QHBoxLayout;
    giveRow->addWidget(give);
    giveRow->addWidget(giveTo);
    giveRow->addStretch();
    eachLayout->addLayout(giveRow);
    auto showChoice = [among, each, balanced, perAccount] {
        among->setVisible(balanced->isChecked());
        each->setVisible(perAccount->isChecked());
    };
    connect(m_splitChoice, &QButtonGroup::idToggled, this, showChoice);
    showChoice();
    auto* form = new QFormLayout;
    form->addRow(tr("Successor:"), m_successor);
    form->addRow(tr("First in-person visit within:"), m_firstVisitDays);
    form->addRow(tr("Watch the accounts for:"), m_watchDays);
    form->addRow(tr("Reason:"), m_reason);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(one);
    layout->addWidget(balanced);
    layout->addWidget(among, 1);
    layout->addWidget(perAccount);
    layout->addWidget(each, 2);
    layout->addWidget(
        wrapping(tr("The successor takes the departing colleague's place in each pair, unless the "
                    "pair is ended:"),
            content));
    layout->addWidget(m_pairs, 1);
    return content;
}

QWidget* HandoverWizard::makeBriefings()
{
    auto* content = new QWidget(this);
    m_personToAsk = wrapping(QString(), content);
    m_briefings = new QTableWidget(0, 3, content);
    m_briefings->setObjectName(QStringLiteral("briefings"));
    m_briefings->setHorizontalHeaderLabels({ tr("Account"), tr("Segment"), tr("Briefing note") });
    m_briefings->horizontalHeader()->setStretchLastSection(true);
    m_briefings->setColumnWidth(0, 240);
    m_briefings->verticalHeader()->hide();
    m_briefings->setWordWrap(true);
    // A briefing is what only the departing colleague knows: often more than one line.
    m_briefings->setItemDelegateForColumn(2, new MultiLineDelegate(m_briefings));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_personToAsk);
    layout->addWidget(m_briefings, 1);
    return content;
}

QWidget* HandoverWizard::makePreview()
{
    auto* content = new QWidget(this);
    m_preview = makeRecordList(content, { tr("What"), tr("Goes to") });
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setRootIsDecorated(true);
    m_preview->setColumnWidth(0, 520);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        wrapping(tr("This is exactly what moves. Completed interactions, closed requests and ratings "
                    "stay credited to whoever did them. The departing colleague is marked as departed "
                    "today."),
            content));
    layout->addWidget(m_preview, 1);
    return content;
}

void HandoverWizard::setDeparting(qint64 staff)
{
    m_departing->setId(staff);
    loadHoldings();
}

void HandoverWizard::fillSuccessors()
{
    m_successor->setExcluded(m_holdings.staff);
    m_giveTo->setExcluded(m_holdings.staff);
    m_addToSplit->setExcluded(m_holdings.staff);
    m_splitAmong->clear();
}

void HandoverWizard::addToSplit(qint64 staff)
{
    if (!staff || staff == m_holdings.staff) {
        return;
    }
    for (int i = 0; i < m_splitAmong->count(); ++i) {
        if (m_splitAmong->item(i)->data(Qt::UserRole).toLongLong() == staff) {
            m_splitAmong->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    const std::optional<SearchIndex::Hit> colleague = PickerQueries(m_database).byId(staff);
    if (!colleague) {
        return;
    }
    auto* item = new QListWidgetItem(RecordPicker::describe(*colleague), m_splitAmong);
    item->setData(Qt::UserRole, staff);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}

void HandoverWizard::loadHoldings()
{
    const qint64 staff = m_departing->id();
    m_held->clear();
    m_perAccount->setRowCount(0);
    m_briefings->setRowCount(0);
    m_pairs->clear();
    m_chosen.clear();
    m_holdings = Handover::Holdings();
    if (!staff) {
        m_heldSummary->setText(tr("Choose the colleague who leaves; Tandem lists everything they hold."));
        fillSuccessors();
        return;
    }
    auto held = Handover(m_database).holdings(staff);
    if (!held) {
        m_heldSummary->setText(held.error().message);
        return;
    }
    m_holdings = *held;
    fillSuccessors();
    const int accounts = int(m_holdings.accounts.size());
    const int followUps = int(m_holdings.followUps.size());
    const int requests = int(m_holdings.requests.size());
    const int pairs = int(m_holdings.pairs.size());
    m_heldSummary->setText(m_holdings.isEmpty()
            ? tr("%1 holds nothing to hand over.").arg(m_holdings.name)
            : tr("%1 holds %2, %3, %4 and %5.")
                  .arg(m_holdings.name, tr("%n account(s)", nullptr, accounts),
                      tr("%n open follow-up(s)", nullptr, followUps),
                      tr("%n open request(s)", nullptr, requests), tr("%n pair(s)", nullptr, pairs)));
    auto group = [this](const QString& title, int count) {
        auto* item = new QTreeWidgetItem(
            m_held, { QStringLiteral("%1 (%2)").arg(title, QLocale().toString(count)) });
        item->setExpanded(true);
        return item;
    };
    QTreeWidgetItem* accountGroup = group(tr("Accounts"), accounts);
    const int shownAccounts = qMin(accounts, 2000); // a list of thousands is summarised by its count
    for (int i = 0; i < accounts; ++i) {
        const Handover::Holdings::Account& account = m_holdings.accounts.at(i);
        if (i < shownAccounts) {
            new QTreeWidgetItem(accountGroup,
                { account.name, labels::choice(QStringLiteral("segment"), account.segment),
                    localDay(account.lastContact),
                    account.boughtLastYear ? QStringLiteral("%1 %2").arg(
                        account.currency, formatMinorUnits(account.boughtLastYear))
                                           : QString() });
        }
        const int row = m_perAccount->rowCount();
        m_perAccount->insertRow(row);
        auto* name = new QTableWidgetItem(account.name);
        name->setData(Qt::UserRole, account.id);
        m_perAccount->setItem(row, 0, name);
        m_perAccount->setItem(
            row, 1, new QTableWidgetItem(labels::choice(QStringLiteral("segment"), account.segment)));
        m_perAccount->setItem(row, 2, new QTableWidgetItem());
        m_briefings->insertRow(row);
        auto* briefed = new QTableWidgetItem(account.name);
        briefed->setData(Qt::UserRole, account.id);
        briefed->setFlags(briefed->flags() & ~Qt::ItemIsEditable);
        m_briefings->setItem(row, 0, briefed);
        auto* segment = new QTableWidgetItem(labels::choice(QStringLiteral("segment"), account.segment));
        segment->setFlags(segment->flags() & ~Qt::ItemIsEditable);
        m_briefings->setItem(row, 1, segment);
        m_briefings->setItem(row, 2, new QTableWidgetItem());
    }
    QTreeWidgetItem* followUpGroup = group(tr("Open follow-ups"), followUps);
    for (const auto& followUp : m_holdings.followUps) {
        new QTreeWidgetItem(
            followUpGroup, { followUp.nextStep, followUp.accountName, localDay(followUp.due) });
    }
    QTreeWidgetItem* requestGroup = group(tr("Open requests"), requests);
    for (const auto& request : m_holdings.requests) {
        new QTreeWidgetItem(requestGroup,
            { request.title, (request.asRequester ? tr("asked of %1") : tr("for %1")).arg(request.otherSide),
                localDay(request.due) });
    }
    QTreeWidgetItem* pairGroup = group(tr("Pairs"), pairs);
    for (const auto& pair : m_holdings.pairs) {
        const QString kind = labels::choice(QStringLiteral("via"), pair.kind);
        new QTreeWidgetItem(pairGroup, { kind, pair.otherName });
        auto* item = new QTreeWidgetItem(m_pairs, { kind, pair.otherName });
        item->setData(0, Qt::UserRole, pair.id);
        item->setCheckState(2, Qt::Unchecked);
    }
}

void HandoverWizard::setSuccessor(qint64 staff)
{
    m_successor->setId(staff);
}

void HandoverWizard::setSplit(Split split, const QList<qint64>& colleagues)
{
    m_splitChoice->button(int(split))->setChecked(true);
    for (const qint64 colleague : colleagues) {
        addToSplit(colleague);
    }
    for (int i = 0; i < m_splitAmong->count(); ++i) {
        QListWidgetItem* item = m_splitAmong->item(i);
        item->setCheckState(
            colleagues.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void HandoverWizard::setAccountSuccessor(qint64 account, qint64 staff)
{
    m_splitChoice->button(int(Split::PerAccount))->setChecked(true);
    m_chosen.insert(account, staff);
    for (int row = 0; row < m_perAccount->rowCount(); ++row) {
        if (m_perAccount->item(row, 0)->data(Qt::UserRole).toLongLong() == account) {
            m_perAccount->item(row, 2)->setText(
                EntityStore(m_database).displayName(QStringLiteral("staff"), staff));
        }
    }
}

void HandoverWizard::setBriefing(qint64 account, const QString& note)
{
    for (int row = 0; row < m_briefings->rowCount(); ++row) {
        if (m_briefings->item(row, 0)->data(Qt::UserRole).toLongLong() == account) {
            m_briefings->item(row, 2)->setText(note);
        }
    }
}

void HandoverWizard::setPairEnded(qint64 pair, bool ended)
{
    for (int i = 0; i < m_pairs->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_pairs->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toLongLong() == pair) {
            item->setCheckState(2, ended ? Qt::Checked : Qt::Unchecked);
        }
    }
}

void HandoverWizard::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

Handover::Plan HandoverWizard::plan() const
{
    Handover::Plan plan;
    plan.from = m_holdings.staff;
    plan.successor = m_successor->id();
    plan.reason = m_reason->toPlainText();
    plan.firstVisitDays = m_firstVisitDays->value();
    plan.watchDays = m_watchDays->value();
    const Split split = Split(m_splitChoice->checkedId());
    if (split == Split::PerAccount) {
        plan.accountSuccessor = m_chosen;
    } else if (split == Split::Balanced) {
        QList<qint64> among;
        for (int i = 0; i < m_splitAmong->count(); ++i) {
            if (m_splitAmong->item(i)->checkState() == Qt::Checked) {
                among << m_splitAmong->item(i)->data(Qt::UserRole).toLongLong();
            }
        }
        QList<qint64> accounts;
        for (const auto& account : m_holdings.accounts) {
            accounts << account.id;
        }
        if (auto shares = Handover(m_database).balanced(accounts, among)) {
            plan.accountSuccessor = *shares;
        }
    }
    for (int row = 0; row < m_briefings->rowCount(); ++row) {
        const QString note = m_briefings->item(row, 2)->text().trimmed();
        if (!note.isEmpty()) {
            plan.briefings.insert(m_briefings->item(row, 0)->data(Qt::UserRole).toLongLong(), note);
        }
    }
    for (int i = 0; i < m_pairs->topLevelItemCount(); ++i) {
        if (m_pairs->topLevelItem(i)->checkState(2) == Qt::Checked) {
            plan.endedPairs.insert(m_pairs->topLevelItem(i)->data(0, Qt::UserRole).toLongLong());
        }
    }
    return plan;
}

void HandoverWizard::updatePreview()
{
    m_preview->clear();
    auto moves = Handover(m_database).preview(plan());
    if (!moves) {
        m_error->setText(moves.error().message);
        m_error->show();
        return;
    }
    const std::pair<QString, QString> kinds[] = {
        { QStringLiteral("account"), tr("Accounts, with their contacts") },
        { QStringLiteral("visit"), tr("First visits planned") },
        { QStringLiteral("follow_up"), tr("Open follow-ups") },
        { QStringLiteral("request"), tr("Open requests") },
        { QStringLiteral("link"), tr("Pairs") },
    };
    for (const auto& [kind, title] : kinds) {
        auto* group = new QTreeWidgetItem(m_preview, { title });
        int count = 0;
        for (const Handover::Move& move : *moves) {
            if (move.kind == kind) {
                ++count;
                new QTreeWidgetItem(group, { move.what, move.to ? move.toName : tr("ends") });
            }
        }
        group->setText(0, QStringLiteral("%1 (%2)").arg(title, QLocale().toString(count)));
        group->setExpanded(count <= 200);
    }
}

QStringList HandoverWizard::previewLines() const
{
    QStringList lines;
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
        QTreeWidgetItem* group = m_preview->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j) {
            lines << QStringLiteral("%1 → %2").arg(group->child(j)->text(0), group->child(j)->text(1));
        }
    }
    return lines;
}

QString HandoverWizard::errorText() const
{
    return m_error->isVisibleTo(this) || !m_error->isHidden() ? m_error->text() : QString();
}

bool HandoverWizard::validateCurrentPage()
{
    // QWizard validates once more as it closes, when the handover is already done.
    if (m_handover) {
        return true;
    }
    m_error->hide();
    if (currentId() == WhoLeaves) {
        if (!m_holdings.staff) {
            m_error->setText(tr("Choose the colleague who leaves."));
            m_error->show();
            return false;
        }
        if (m_holdings.isEmpty()) {
            m_error->setText(
                tr("%1 holds no accounts, follow-ups, open requests or pairs: there is nothing to hand over.")
                    .arg(m_holdings.name));
            m_error->show();
            return false;
        }
    } else if (currentId() == WhoTakesOver || currentId() == Preview) {
        auto moves = Handover(m_database).preview(plan());
        if (!moves) {
            m_error->setText(moves.error().message);
            m_error->show();
            return false;
        }
    }
    return true;
}

void HandoverWizard::accept()
{
    if (!validateCurrentPage()) {
        return;
    }
    auto* command = new HandoverCommand(m_database, plan(), tr("Hand over from %1").arg(m_holdings.name));
    if (!m_editor->run(command, this)) {
        return;
    }
    m_handover = command->handoverId();
    QWizard::accept();
}

int HandoverWizard::run()
{
    return execOrAnswer(*this);
}

void HandoverWizard::setAnswer(std::function<void(HandoverWizard&)> answer)
{
    dialogAnswer<HandoverWizard>() = std::move(answer);
}

} // namespace tandem
