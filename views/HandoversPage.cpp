#include "HandoversPage.h"

#include "Database.h"
#include "Dialogs.h"
#include "DocumentWriter.h"
#include "Handover.h"
#include "HandoverCommands.h"
#include "HandoverWizard.h"
#include "ListPage.h"
#include "Lists.h"
#include "RecordEditor.h"
#include "RecordList.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tandem {

HandoversPage::HandoversPage(Database& database, RecordEditor* editor, QAction* emptyAction, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_editor(editor)
    , m_risks(makeRecordList(this, { tr("Account"), tr("Now with"), tr("Risk") }))
    , m_risksTitle(new QLabel(this))
{
    ListPage::Texts texts { tr("Handovers"), [](int n) { return tr("%Ln handover(s)", nullptr, n); },
        tr("No handovers yet. When a colleague leaves, New Handover passes their clients and open work to "
           "successors, with a briefing for each account."),
        QString() };
    m_list = new ListPage(database, &lists::handovers, texts, this);
    m_list->setEmptyAction(emptyAction);
    m_risks->setObjectName(QStringLiteral("risks"));
    m_risks->setColumnWidth(0, 260);
    m_risks->setColumnWidth(1, 160);
    QFont bold = m_risksTitle->font();
    bold.setBold(true);
    m_risksTitle->setFont(bold);

    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* add = tools->addAction(tr("New Handover..."), this, [this] { newHandover(); });
    add->setShortcut(QKeySequence::New);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(add);
    tools->addAction(tr("Save Briefing..."), this, &HandoversPage::saveBriefing);
    tools->addAction(tr("Undo Handover..."), this, &HandoversPage::undoSelected);

    auto* risks = new QWidget(this);
    auto* risksLayout = new QVBoxLayout(risks);
    risksLayout->addWidget(m_risksTitle);
    risksLayout->addWidget(m_risks, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(risks);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(splitter, 1);
    reload();
}

void HandoversPage::reload()
{
    m_list->reload();
    m_risks->clear();
    auto flags = Handover(m_database).watchFlags();
    if (!flags) {
        m_risksTitle->setText(flags.error().message);
        return;
    }
    // Accounts, not risks, as the Dashboard counts them.
    const int count = Handover::accountsIn(*flags);
    m_risksTitle->setText(count == 0
            ? tr("No handed-over account under watch shows a risk of leaving.")
            : tr("Handed-over accounts at risk of leaving with the colleague: %Ln", nullptr, count));
    for (const Handover::WatchFlag& flag : *flags) {
        auto* item = new QTreeWidgetItem(m_risks, { flag.accountName, flag.successorName, flag.text });
        item->setToolTip(2, flag.text);
        item->setForeground(2, QColor(0xb0, 0x2a, 0x1a));
    }
}

qint64 HandoversPage::selectedHandover() const
{
    const QModelIndex current = m_list->view()->currentIndex();
    return current.isValid() ? current.data(PagedListModel::IdRole).toLongLong() : 0;
}

qint64 HandoversPage::newHandover(qint64 departing)
{
    HandoverWizard wizard(m_database, m_editor, departing, window());
    if (wizard.run() != QDialog::Accepted) {
        return 0;
    }
    reload();
    const qint64 handover = wizard.handoverId();
    if (handover
        && Dialogs::question(this, tr("Briefing document"),
               tr("The handover is done. Save its briefing document now, to print or send to the "
                  "successors?"))
            == QMessageBox::Yes) {
        const QString path = chooseBriefingFile(handover);
        if (!path.isEmpty()) {
            const QString error = writeBriefing(handover, path);
            if (!error.isEmpty()) {
                Dialogs::error(this, tr("Save Briefing"), error);
            }
        }
    }
    return handover;
}

QString HandoversPage::chooseBriefingFile(qint64 handover)
{
    // Offered under the colleague's name and the day, so that briefings sort and are found again.
    auto name = Handover(m_database).briefingFileName(handover);
    const QString suggestion
        = name ? QDir(QDir::homePath()).filePath(*name + QStringLiteral(".pdf")) : QDir::homePath();
    return Dialogs::saveFile(
        this, tr("Save Briefing"), suggestion, tr("PDF document (*.pdf);;Web page (*.html)"));
}

QString HandoversPage::writeBriefing(qint64 handover, const QString& path)
{
    auto html = Handover(m_database).briefingHtml(handover);
    if (!html) {
        return html.error().message;
    }
    const Error error = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
        ? render::writeHtml(*html, path)
        : render::writePdf(*html, path);
    return error ? error.message : QString();
}

void HandoversPage::saveBriefing()
{
    const qint64 handover = selectedHandover();
    if (!handover) {
        Dialogs::information(this, tr("Save Briefing"), tr("Choose a handover in the list first."));
        return;
    }
    const QString path = chooseBriefingFile(handover);
    if (path.isEmpty()) {
        return;
    }
    const QString error = writeBriefing(handover, path);
    if (!error.isEmpty()) {
        Dialogs::error(this, tr("Save Briefing"), error);
    }
}

void HandoversPage::undoSelected()
{
    const qint64 handover = selectedHandover();
    if (!handover) {
        Dialogs::information(this, tr("Undo Handover"), tr("Choose a handover in the list first."));
        return;
    }
    if (Dialogs::question(this, tr("Undo Handover"),
            tr("Give everything this handover moved back to the colleague who left, and mark them as still "
               "here "
               "if the handover marked them departed?"))
        != QMessageBox::Yes) {
        return;
    }
    // Through the undo stack, like every edit: when the handover is what Edit > Undo would take back
    // next, this is that step; otherwise taking it back is a step of its own, which Redo does again.
    QUndoStack* stack = m_editor->stack();
    std::shared_ptr<qint64> cell;
    for (int index = stack->count() - 1; index >= 0 && !cell; --index) {
        const auto* command = dynamic_cast<const HandoverCommand*>(stack->command(index));
        if (command && command->handoverId() == handover) {
            if (index == stack->index() - 1) {
                stack->undo();
                return;
            }
            cell = command->handoverIdCell();
        }
    }
    if (!cell) {
        cell = std::make_shared<qint64>(handover);
    }
    m_editor->run(new UndoHandoverCommand(m_database, cell), window());
}

} // namespace tandem
