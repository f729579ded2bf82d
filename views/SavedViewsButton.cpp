#include "SavedViewsButton.h"

#include "Dialogs.h"
#include "ListPage.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QTableView>

namespace tandem {

SavedViewsButton::SavedViewsButton(
    Database& database, ListPage* list, const QString& listName, ShowFilter show, QWidget* parent)
    : QPushButton(parent)
    , m_views(database, listName)
    , m_list(list)
    , m_show(std::move(show))
{
    setObjectName(QStringLiteral("viewsButton"));
    setText(tr("Views"));
    setToolTip(tr("Save this list's filters, search and sort under a name, and pick them again"));
    // A push button leaves room for its menu's arrow beside the text, which a tool button draws over it.
    setAutoDefault(false);
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &SavedViewsButton::fillMenu);
}

lists::SavedView SavedViewsButton::current(const QString& name) const
{
    lists::SavedView view;
    view.name = name;
    view.filter = m_list->filter();
    view.searchText = m_list->searchText();
    const PagedListModel* model = m_list->model();
    view.sortColumn = model->sortColumn();
    view.sortOrder = model->sortOrder();
    return view;
}

bool SavedViewsButton::done(const Error& error, const QString& title)
{
    if (error) {
        Dialogs::error(window(), title, error.message);
    }
    return !error;
}

bool SavedViewsButton::saveAs(const QString& name)
{
    return done(m_views.save(current(name)), tr("Save View"));
}

bool SavedViewsButton::apply(const QString& name)
{
    for (const lists::SavedView& view : m_views.all()) {
        if (view.name != name) {
            continue;
        }
        m_show(view.filter);
        m_list->setSearchText(view.searchText);
        if (view.sortColumn >= 0 && view.sortColumn < m_list->model()->columnCount()) {
            m_list->view()->sortByColumn(view.sortColumn, view.sortOrder);
        }
        return true;
    }
    return false;
}

bool SavedViewsButton::rename(const QString& from, const QString& to)
{
    return done(m_views.rename(from, to), tr("Rename View"));
}

bool SavedViewsButton::remove(const QString& name)
{
    return done(m_views.remove(name), tr("Delete View"));
}

QString SavedViewsButton::askName(const QString& title, const QString& initial)
{
    QInputDialog dialog(window());
    dialog.setWindowTitle(title);
    dialog.setLabelText(tr("Name of the view:"));
    dialog.setTextValue(initial);
    return execOrAnswer(dialog) == QDialog::Accepted ? dialog.textValue().trimmed() : QString();
}

void SavedViewsButton::fillMenu()
{
    QMenu* views = menu();
    views->clear();
    const QList<lists::SavedView> saved = m_views.all();
    if (saved.isEmpty()) {
        views->addAction(tr("No saved views yet"))->setEnabled(false);
    }
    for (const lists::SavedView& view : saved) {
        views->addAction(view.name, this, [this, name = view.name] { apply(name); });
    }
    views->addSeparator();
    views->addAction(tr("Save View As..."), this, [this] {
        const QString name = askName(tr("Save View"), QString());
        if (!name.isEmpty()) {
            saveAs(name);
        }
    });
    QMenu* renaming = views->addMenu(tr("Rename View"));
    QMenu* removing = views->addMenu(tr("Delete View"));
    renaming->setEnabled(!saved.isEmpty());
    removing->setEnabled(!saved.isEmpty());
    for (const lists::SavedView& view : saved) {
        renaming->addAction(view.name, this, [this, name = view.name] {
            const QString to = askName(tr("Rename View"), name);
            if (!to.isEmpty()) {
                rename(name, to);
            }
        });
        removing->addAction(view.name, this, [this, name = view.name] {
            if (Dialogs::question(window(), tr("Delete View"), tr("Delete the view “%1”?").arg(name))
                == QMessageBox::Yes) {
                remove(name);
            }
        });
    }
}

} // namespace tandem
