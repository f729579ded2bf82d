#include "RequestsPage.h"

#include "EntityStore.h"
#include "ListPage.h"
#include "RecordPicker.h"
#include "RequestDialog.h"
#include "RequestQueries.h"
#include "Words.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace tandem {

namespace {
// The status filter's choices: one status, or a group of them.
struct StatusChoice
{
    const char* label;
    QStringList statuses;
};

// Requests are filtered by whoever asked or served: a department, a colleague (one who has left too, for
// their history) or an account.
PickerQueries::Scope partyScope()
{
    PickerQueries::Scope scope;
    scope.entities
        = QStringList { QStringLiteral("department"), QStringLiteral("staff"), QStringLiteral("account") };
    scope.departed = true;
    return scope;
}
} // namespace

RequestsPage::RequestsPage(Database& database, RecordEditor* editor, QAction* emptyAction, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_editor(editor)
    , m_party(new RecordPicker(database, partyScope(), this))
    , m_side(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_extraLabel(new QLabel(this))
    , m_clear(new QPushButton(tr("Show All"), this))
{
    ListPage::Texts texts { tr("Service requests"), [](int n) { return tr("%Ln request(s)", nullptr, n); },
        tr("No requests yet. Any department, colleague or account can ask another for service: choose New "
           "Request, or load the demo organization from the File menu."),
        tr("Overdue: the due date has passed and the request is still open.") };
    m_list = new ListPage(database, &lists::requests, texts, this);
    m_list->setEmptyAction(emptyAction);

    m_party->setObjectName(QStringLiteral("partyFilter"));
    m_party->setPlaceholderText(tr("Any party"));
    m_side->addItem(tr("either side"), int(lists::RequestFilter::Side::Either));
    m_side->addItem(tr("as requester"), int(lists::RequestFilter::Side::Requester));
    m_side->addItem(tr("as provider"), int(lists::RequestFilter::Side::Provider));
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    const StatusChoice choices[] = {
        { QT_TR_NOOP("Any status"), {} },
        { QT_TR_NOOP("Not closed"), words::storedTexts(openRequestStatuses()) },
        { QT_TR_NOOP("Closed"), words::storedTexts(closedRequestStatuses()) },
    };
    for (const StatusChoice& choice : choices) {
        m_status->addItem(tr(choice.label), choice.statuses);
    }
    for (RequestStatus status : words::all<RequestStatus>()) {
        m_status->addItem(words::label(status), QStringList { words::stored(status) });
    }
    m_extraLabel->setObjectName(QStringLiteral("extraFilter"));
    m_extraLabel->hide();
    m_clear->setAutoDefault(false);
    fillDepartments();

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(9, 0, 9, 0);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_party);
    filters->addWidget(m_side);
    filters->addWidget(m_department);
    filters->addWidget(m_status);
    filters->addWidget(m_overdue);
    filters->addWidget(m_extraLabel);
    filters->addWidget(m_clear);
    filters->addStretch();

    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* add = tools->addAction(tr("New Request..."), this, &RequestsPage::newRequest);
    add->setShortcut(QKeySequence::New);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(add);
    QAction* open = tools->addAction(tr("Open Request"), this, &RequestsPage::openSelected);
    open->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(open);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);

    for (QComboBox* box : { m_side, m_department, m_status }) {
        connect(box, &QComboBox::currentIndexChanged, this, &RequestsPage::applyFilter);
    }
    connect(m_party, &RecordPicker::idChanged, this, &RequestsPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &RequestsPage::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &RequestsPage::clearFilter);
    connect(m_list->view(), &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { openRequest(index.data(PagedListModel::IdRole).toLongLong()); });
    applyFilter();
}

void RequestsPage::fillDepartments()
{
    const QSignalBlocker departmentBlocker(m_department);
    const QVariant department = m_department->currentData();
    m_department->clear();
    m_department->addItem(tr("All departments"), 0);
    EntityStore(m_database).list(entities::department(), {}, -1, [&](const Record& record) {
        m_department->addItem(recordValue(record, QStringLiteral("name")).toString(), record.first().second);
        return true;
    });
    selectData(m_department, department);
}

void RequestsPage::selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(qMax(0, index));
}

void RequestsPage::reload()
{
    fillDepartments();
    m_list->reload();
}

lists::RequestFilter RequestsPage::filter() const
{
    lists::RequestFilter filter = m_extra;
    filter.party = m_party->id();
    filter.side = lists::RequestFilter::Side(m_side->currentData().toInt());
    filter.department = m_department->currentData().toLongLong();
    filter.statuses = m_status->currentData().toStringList();
    filter.overdue = m_overdue->isChecked();
    RequestQueries(m_database).scope(filter);
    return filter;
}

void RequestsPage::applyFilter()
{
    if (m_applying) {
        return;
    }
    const lists::RequestFilter shown = filter();
    m_list->setFilter(shown);
    m_clear->setVisible(lists::narrows(shown));
}

void RequestsPage::showFilter(const lists::RequestFilter& filter, const QString& description)
{
    m_applying = true;
    m_party->setId(filter.party);
    selectData(m_side, int(filter.side));
    selectData(m_department, filter.department);
    int status = 0;
    for (int i = 0; i < m_status->count(); ++i) {
        if (m_status->itemData(i).toStringList() == filter.statuses) {
            status = i;
        }
    }
    m_status->setCurrentIndex(status);
    m_overdue->setChecked(filter.overdue);
    m_extra = lists::RequestFilter();
    m_extra.createdFrom = filter.createdFrom;
    m_extra.createdUntil = filter.createdUntil;
    m_extra.closedFrom = filter.closedFrom;
    m_extra.closedUntil = filter.closedUntil;
    m_extra.rated = filter.rated;
    m_extraLabel->setText(description);
    m_extraLabel->setVisible(!description.isEmpty());
    m_applying = false;
    applyFilter();
}

void RequestsPage::clearFilter()
{
    showFilter(lists::RequestFilter());
}

void RequestsPage::newRequest()
{
    const lists::RequestFilter current = filter();
    const bool asProvider = current.side == lists::RequestFilter::Side::Provider;
    // The party in the filter asks (or is asked, when it is filtered as provider); otherwise the user asks.
    const qint64 requester = asProvider ? 0 : (current.party ? current.party : m_me);
    RequestDialog::raise(m_database, m_editor, window(), requester, asProvider ? current.party : 0);
}

void RequestsPage::openRequest(qint64 request)
{
    if (!request) {
        return;
    }
    RequestDialog dialog(m_database, m_editor, request, window());
    dialog.exec();
}

void RequestsPage::openSelected()
{
    const QModelIndex current = m_list->view()->currentIndex();
    if (current.isValid()) {
        openRequest(current.data(PagedListModel::IdRole).toLongLong());
    }
}

} // namespace tandem
