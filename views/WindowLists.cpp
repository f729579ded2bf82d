#include "WindowLists.h"

#include "AccountDialog.h"
#include "AccountsPage.h"
#include "DashboardPage.h"
#include "Database.h"
#include "EntityStore.h"
#include "HandoversPage.h"
#include "ListLayout.h"
#include "ListMenus.h"
#include "ListPage.h"
#include "MainWindow.h"
#include "OrganizationPage.h"
#include "RecordCommands.h"
#include "RecordEditor.h"
#include "RelationshipsPage.h"
#include "RequestDialog.h"
#include "RequestsPage.h"
#include "SavedViewsButton.h"

#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace tandem {

namespace {
template<typename PageType> PageType* pageOf(MainWindow* window, int page)
{
    return qobject_cast<PageType*>(window->page(page));
}

// The typed filter a saved view holds, or an empty one when it holds none (the whole list).
template<typename Filter> Filter filterOf(const lists::ListFilter& filter)
{
    return std::holds_alternative<Filter>(filter) ? std::get<Filter>(filter) : Filter();
}
} // namespace

WindowLists::WindowLists(Database& database, RecordEditor* editor, MainWindow* window)
    : QObject(window)
    , m_database(database)
    , m_editor(editor)
    , m_window(window)
{
    addAccounts();
    addRequests();
    addStaff();
    addLinks();
    addOthers();
}

ListMenus* WindowLists::add(ListPage* list, const QString& name, bool opens)
{
    m_layouts << new ListLayout(list, name);
    auto* menus = new ListMenus(list, opens);
    m_menus << menus;
    return menus;
}

ListMenus* WindowLists::menusOf(const ListPage* list) const
{
    for (ListMenus* menus : m_menus) {
        if (menus->parent() == list) {
            return menus;
        }
    }
    return nullptr;
}

QList<std::pair<QString, QSplitter*>> WindowLists::splitters() const
{
    QList<std::pair<QString, QSplitter*>> found;
    for (int page = 0; page < Page::Count; ++page) {
        const QList<QSplitter*> inPage = m_window->page(page)->findChildren<QSplitter*>();
        for (int i = 0; i < inPage.size(); ++i) {
            found.append({ QStringLiteral("window/splitters/%1-%2").arg(page).arg(i), inPage.at(i) });
        }
    }
    return found;
}

void WindowLists::restore()
{
    const QSettings settings;
    m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    for (const auto& [key, splitter] : splitters()) {
        splitter->restoreState(settings.value(key).toByteArray());
    }
}

void WindowLists::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    for (const auto& [key, splitter] : splitters()) {
        settings.setValue(key, splitter->saveState());
    }
    for (const ListLayout* layout : m_layouts) {
        layout->save();
    }
}

void WindowLists::addAccounts()
{
    AccountsPage* page = pageOf<AccountsPage>(m_window, Page::Accounts);
    ListPage* list = page->list();
    ListMenus* menus = add(list, QStringLiteral("accounts"), true);
    menus->addRowAction(tr("New Request..."), [page] { page->newRequest(); });
    menus->addRowAction(tr("Log Interaction..."), [this, page] {
        const QList<qint64> accounts = page->selectedAccounts();
        if (!accounts.isEmpty()) {
            logInteraction(accounts.first());
        }
    });
    menus->addRowAction(tr("Change Owner..."), [page] { page->changeOwner(); });
    menus->setRemove([this, page] { removeAccounts(page->selectedAccounts()); });
    list->addHeaderWidget(new SavedViewsButton(
        m_database, list, QStringLiteral("accounts"),
        [page](const lists::ListFilter& filter) { page->showFilter(filterOf<lists::AccountFilter>(filter)); },
        list));
}

void WindowLists::addRequests()
{
    RequestsPage* page = pageOf<RequestsPage>(m_window, Page::Requests);
    ListPage* list = page->list();
    add(list, QStringLiteral("requests"), true);
    list->addHeaderWidget(new SavedViewsButton(
        m_database, list, QStringLiteral("requests"),
        [page](const lists::ListFilter& filter) {
            if (std::holds_alternative<lists::RequestFilter>(filter)) {
                page->showFilter(std::get<lists::RequestFilter>(filter));
            } else {
                page->clearFilter();
            }
        },
        list));
}

void WindowLists::addStaff()
{
    OrganizationPage* page = pageOf<OrganizationPage>(m_window, Page::Organization);
    ListPage* list = page->staffList();
    ListMenus* menus = add(list, QStringLiteral("staff"), true);
    menus->addRowAction(tr("New Request..."), [this, list] {
        const QModelIndex current = list->view()->currentIndex();
        if (current.isValid()) {
            RequestDialog::raise(
                m_database, m_editor, m_window, current.data(PagedListModel::IdRole).toLongLong(), 0);
        }
    });
    menus->setRemove([page] { page->removeColleague(); });
    list->addHeaderWidget(new SavedViewsButton(
        m_database, list, QStringLiteral("staff"),
        [page](
            const lists::ListFilter& filter) { page->showStaffFilter(filterOf<lists::StaffFilter>(filter)); },
        list));
}

void WindowLists::addLinks()
{
    RelationshipsPage* page = pageOf<RelationshipsPage>(m_window, Page::Relationships);
    ListPage* list = page->list();
    ListMenus* menus = add(list, QStringLiteral("links"), true);
    menus->addRowAction(tr("New Request..."), [page] { page->newRequest(); });
    menus->setRemove([page] { page->removeSelected(); });
    list->addHeaderWidget(new SavedViewsButton(
        m_database, list, QStringLiteral("links"),
        [list](const lists::ListFilter& filter) { list->setFilter(filter); }, list));
}

void WindowLists::addOthers()
{
    // Lists whose rows open nothing (the chain's edges, the handovers): they are read, copied and exported.
    ListPage* chain = m_window->page(Page::ChainMap)->findChild<ListPage*>();
    ListPage* handovers = pageOf<HandoversPage>(m_window, Page::Handovers)->list();
    for (const auto& [list, name] : { std::pair { chain, QStringLiteral("chain") },
             std::pair { handovers, QStringLiteral("handovers") } }) {
        add(list, name, false);
        list->addHeaderWidget(new SavedViewsButton(
            m_database, list, name, [list](const lists::ListFilter& filter) { list->setFilter(filter); },
            list));
    }
    addFollowUps();
}

void WindowLists::addFollowUps()
{
    // A follow-up due opens its account, where the visit or call is logged and the step marked done.
    ListPage* list = pageOf<DashboardPage>(m_window, Page::Dashboard)->today();
    add(list, QStringLiteral("followUps"), true);
    AccountsPage* accounts = pageOf<AccountsPage>(m_window, Page::Accounts);
    connect(
        list->view(), &QAbstractItemView::doubleClicked, this, [this, accounts](const QModelIndex& index) {
            const auto followUp
                = EntityStore(m_database)
                      .get(entities::interaction(), index.data(PagedListModel::IdRole).toLongLong());
            if (followUp) {
                accounts->openAccount(recordValue(*followUp, QStringLiteral("account_id")).toLongLong());
            }
        });
}

void WindowLists::logInteraction(qint64 account)
{
    // The account's own window logs it, with the same form and the same defaults; it is not shown.
    AccountDialog dialog(m_database, m_editor, account, m_database.actorParty(), m_window);
    dialog.logInteraction();
}

void WindowLists::removeAccounts(const QList<qint64>& accounts)
{
    if (accounts.size() == 1) {
        m_editor->run(new RemoveRecordCommand(m_database, entities::account(), accounts.first()), m_window);
    } else if (accounts.size() > 1) {
        m_editor->run(new RemoveRecordsCommand(m_database, entities::account(), accounts,
                          tr("Delete %Ln account(s)", nullptr, int(accounts.size()))),
            m_window);
    }
}

} // namespace tandem
