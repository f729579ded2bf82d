#include "RelationshipsPage.h"

#include "Dialogs.h"
#include "EntityStore.h"
#include "ListPage.h"
#include "Lists.h"
#include "RecordCommands.h"
#include "RecordDialog.h"
#include "RecordEditor.h"
#include "RequestDialog.h"

#include <QAction>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tandem {

namespace {
const QStringList pairFields { QStringLiteral("kind"), QStringLiteral("a_party"), QStringLiteral("b_party"),
    QStringLiteral("a_to_b"), QStringLiteral("b_to_a"), QStringLiteral("pattern"), QStringLiteral("notes") };
}

RelationshipsPage::RelationshipsPage(
    Database& database, RecordEditor* editor, QAction* emptyAction, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_editor(editor)
{
    ListPage::Texts texts { tr("Customer/supplier pairs"),
        [](int n) { return tr("%Ln pair(s)", nullptr, n); },
        tr("No pairs yet. Record who serves whom with New Pair (Ctrl+N), or load the demo organization from "
           "the File menu."),
        tr("One-sided: service runs only one way in this pair.") };
    m_list = new ListPage(database, &lists::links, texts, this);
    m_list->setEmptyAction(emptyAction);

    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto action = [this, tools](
                      const QString& text, const QKeySequence& shortcut, void (RelationshipsPage::*slot)()) {
        QAction* made = tools->addAction(text, this, slot);
        made->setShortcut(shortcut);
        made->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        made->setToolTip(QStringLiteral("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
        addAction(made);
    };
    action(tr("New Pair..."), QKeySequence::New, &RelationshipsPage::newPair);
    action(tr("Edit..."), QKeySequence(Qt::Key_F2), &RelationshipsPage::editSelected);
    action(tr("Remove Pair"), QKeySequence::Delete, &RelationshipsPage::removeSelected);
    action(
        tr("New Request..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &RelationshipsPage::newRequest);
    connect(m_list->view(), &QTableView::doubleClicked, this, &RelationshipsPage::editSelected);

    // The list draws one-sided pairs in red; the legend says what red means.
    m_legend = new QLabel(
        QStringLiteral("<span style=\"color:#b02a1a\">■</span> %1")
            .arg(tr("Red rows are one-sided pairs: service runs only one way in them.").toHtmlEscaped()),
        this);
    m_legend->setObjectName(QStringLiteral("pairLegend"));
    m_legend->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_legend);
}

void RelationshipsPage::reload()
{
    m_list->reload();
}

qint64 RelationshipsPage::selectedPair() const
{
    const QModelIndex current = m_list->view()->currentIndex();
    return current.isValid() ? current.data(PagedListModel::IdRole).toLongLong() : 0;
}

void RelationshipsPage::newPair()
{
    RecordDialog dialog(m_database, entities::link(), 0,
        { { QStringLiteral("kind"), QStringLiteral("process") } }, pairFields, this);
    if (dialog.run() != QDialog::Accepted) {
        return;
    }
    const QMap<QString, QString> values = dialog.values();
    auto existing
        = EntityStore(m_database)
              .existingPair(values.value(QStringLiteral("a_party")).toLongLong(),
                  values.value(QStringLiteral("b_party")).toLongLong(), values.value(QStringLiteral("kind")));
    if (existing && *existing) {
        // Adding a pair that exists opens the existing one.
        editPair(*existing, tr("This pair exists already; here it is to edit."));
        return;
    }
    m_editor->run(new AddRecordCommand(m_database, entities::link(), values), window());
}

void RelationshipsPage::editPair(qint64 id, const QString& note)
{
    RecordDialog::editStored(m_database, *m_editor, entities::link(), id, pairFields, this, note);
}

void RelationshipsPage::editSelected()
{
    if (const qint64 id = selectedPair()) {
        editPair(id);
    }
}

void RelationshipsPage::removeSelected()
{
    if (const qint64 id = selectedPair()) {
        m_editor->run(new RemoveRecordCommand(m_database, entities::link(), id), window());
    }
}

void RelationshipsPage::newRequest()
{
    const qint64 id = selectedPair();
    if (!id) {
        RequestDialog::raise(m_database, m_editor, window());
        return;
    }
    EntityStore store(m_database);
    auto pair = store.get(entities::link(), id);
    if (!pair) {
        return;
    }
    const qint64 a = recordValue(*pair, QStringLiteral("a_party")).toLongLong();
    const qint64 b = recordValue(*pair, QStringLiteral("b_party")).toLongLong();
    const QString nameA = store.displayName(QStringLiteral("party"), a);
    const QString nameB = store.displayName(QStringLiteral("party"), b);
    // Service runs both ways in a pair: which side asks?
    const int chosen = Dialogs::choose(this, tr("New Request"), tr("Who asks whom for service?"),
        { tr("%1 asks %2").arg(nameA, nameB), tr("%1 asks %2").arg(nameB, nameA), tr("Cancel") }, 2);
    if (chosen == 0) {
        RequestDialog::raise(m_database, m_editor, window(), a, b);
    } else if (chosen == 1) {
        RequestDialog::raise(m_database, m_editor, window(), b, a);
    }
}

} // namespace tandem
