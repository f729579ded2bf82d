#include "ListPage.h"

#include "AttentionProxyModel.h"
#include "ColumnWidths.h"
#include "Csv.h"
#include "Dialogs.h"
#include "ExportFile.h"
#include "ListPlace.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tandem {

namespace {
// A table whose keyboard search asks its page instead of matching every row: QAbstractItemView would call
// match() over the whole model, which for a paged list of 100,000 rows means loading every page.
class PagedTableView : public QTableView
{
public:
    PagedTableView(std::function<void(const QString&)> search, QWidget* parent)
        : QTableView(parent)
        , m_search(std::move(search))
    { }

    void keyboardSearch(const QString& typed) override { m_search(typed); }

private:
    std::function<void(const QString&)> m_search;
};
} // namespace

ListPage::ListPage(Database& database, std::function<ListSpec()> spec, Texts texts, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_spec(std::move(spec))
    , m_texts(std::move(texts))
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new PagedTableView([this](const QString& typed) { searchFromKeyboard(typed); }, this))
    , m_empty(new QLabel(this))
    , m_emptyButton(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_export(new QPushButton(tr("Export..."), this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
{
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    m_note->hide();
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(m_texts.title);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search this list"));
    m_search->setToolTip(tr("Names, e-mails, phone digits, cities and titles; Chinese by characters or "
                            "pinyin (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 28);
    m_search->setVisible(!m_spec().searchTargets.isEmpty());
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { setSearchText(m_search->text()); });
    // Down from the field goes into the rows, and Enter too when there are some.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        setSearchText(m_search->text());
        if (m_model && m_model->rowCount() > 0) {
            m_view->setFocus();
            m_view->selectRow(0);
        }
    });

    auto* header = new QHBoxLayout;
    m_headerRow = header;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_search);
    header->addWidget(m_count);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the list as shown, for Excel (CSV)"));
    m_export->setAutoDefault(false);
    connect(m_export, &QPushButton::clicked, this, [this] { exportList(); });
    header->addWidget(m_export);

    m_view->setObjectName(QStringLiteral("listView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: measuring 100,000 rows to fit their contents would take seconds.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // Columns as wide as their contents, not the last one stretched across the page.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto* emptyPage = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(m_texts.empty);
    m_emptyButton->setObjectName(QStringLiteral("emptyButton"));
    m_emptyButton->hide();
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack->addWidget(m_view);
    m_stack->addWidget(emptyPage);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
}

void ListPage::setEmptyAction(QAction* action)
{
    m_emptyAction = action;
    m_emptyButton->setText(
        action->text().remove(QLatin1Char('&')).remove(QStringLiteral("...")).remove(QChar(0x2026)));
    connect(m_emptyButton, &QPushButton::clicked, action, &QAction::trigger);
    updateState();
}

void ListPage::setHeading(const QString& title)
{
    m_title->setText(title);
}

QString ListPage::heading() const
{
    return m_title->text();
}

void ListPage::setFilter(const lists::ListFilter& filter)
{
    m_filter = filter;
    if (m_model) {
        m_model->setFilter(filter);
        updateState();
    }
}

PagedListModel* ListPage::model()
{
    ensureModel();
    return m_model;
}

void ListPage::ensureModel()
{
    if (m_model) {
        return;
    }
    ListSpec spec = m_spec();
    const int sortColumn = spec.sortColumn;
    const Qt::SortOrder sortOrder = spec.sortOrder;
    m_model = new PagedListModel(m_database, std::move(spec), m_filter, this);
    if (!m_search->text().isEmpty()) {
        m_model->setSearchText(m_search->text());
    }
    auto* proxy = new AttentionProxyModel(PagedListModel::AttentionRole, m_texts.attention, this);
    proxy->setSourceModel(m_model);
    m_view->setModel(proxy);
    m_view->horizontalHeader()->setSortIndicator(sortColumn, sortOrder);
    m_view->setSortingEnabled(true);
    columns::fit(m_view, *m_model);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListPage::updateState);
    connect(m_model, &PagedListModel::sortRefused, this, [this](int column) {
        // Put the indicator back where the rows really are, and say why.
        m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        const QString current = m_model->headerData(m_model->sortColumn(), Qt::Horizontal).toString();
        m_note->setText(m_model->isSortable(column)
                ? tr("Sorting %1 rows by %2 would take too long; they stay sorted by %3.")
                      .arg(QLocale().toString(m_model->rowCount()), header, current)
                : tr("The list cannot be sorted by %1; it stays sorted by %2.").arg(header, current));
        m_note->show();
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (m_model->canSortQuickly(column)) {
            m_note->hide();
        }
    });
    updateState();
    emit modelCreated();
}

QList<int> ListPage::shownColumns() const
{
    const QHeaderView* header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual))) {
            columns << header->logicalIndex(visual);
        }
    }
    return columns;
}

void ListPage::addHeaderWidget(QWidget* widget)
{
    m_headerRow->insertWidget(m_headerRow->indexOf(m_count), widget);
}

void ListPage::setSearchText(const QString& text)
{
    if (m_search->text() != text) {
        m_search->setText(text);
    }
    m_searchDelay->stop();
    if (m_model && m_model->searchText() != text) {
        m_model->setSearchText(text);
        updateState();
    }
}

QString ListPage::searchText() const
{
    return m_search->text();
}

void ListPage::focusSearch()
{
    if (m_search->isVisible()) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    }
}

void ListPage::searchFromKeyboard(const QString& typed)
{
    if (m_search->isHidden() || typed.trimmed().isEmpty()) {
        return;
    }
    // The first letter starts a new search; letters that still reach the rows add to it.
    if (!m_search->hasFocus()) {
        m_search->setFocus(Qt::OtherFocusReason);
        m_search->clear();
    }
    m_search->insert(typed);
}

void ListPage::reload()
{
    if (m_model) {
        // The user stays on the records they were on, scrolled as they were.
        const ListPlace place = ListPlace::of(*m_view);
        m_model->reload();
        place.restore(*m_view);
    }
    updateState();
}

QString ListPage::countText() const
{
    return m_count->text();
}

void ListPage::updateState()
{
    if (!m_model) {
        return;
    }
    const int rows = m_model->rowCount();
    m_count->setText(m_texts.count(rows));
    m_export->setEnabled(rows > 0);
    const bool filtered = lists::narrows(m_filter);
    const bool searched = !m_model->searchText().trimmed().isEmpty();
    m_stack->setCurrentIndex(rows == 0 && (!filtered || searched) ? 1 : 0);
    m_emptyButton->setVisible(m_emptyAction && m_emptyAction->isEnabled() && !searched);
    if (!m_model->lastError().isEmpty()) {
        m_empty->setText(m_model->lastError());
        m_stack->setCurrentIndex(1);
    } else if (searched) {
        m_empty->setText(tr("Nothing in this list matches “%1”.").arg(m_model->searchText().trimmed()));
    } else {
        m_empty->setText(m_texts.empty);
    }
}

void ListPage::showEvent(QShowEvent* event)
{
    ensureModel();
    QWidget::showEvent(event);
}

void ListPage::exportList(const QList<int>& rows)
{
    if (!m_model || m_model->rowCount() == 0) {
        return;
    }
    const QString path = Dialogs::saveFile(this, tr("Export the List"),
        QDir::homePath() + QLatin1Char('/') + m_title->text() + QStringLiteral(".csv"),
        tr("CSV for Excel (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const int choice = Dialogs::choose(this, tr("Export the List"),
        tr("Cells that begin with = + - or @ can run as formulas when a spreadsheet opens the file. Tandem "
           "puts "
           "an apostrophe in front of them so that they stay plain text; export them as they are only for a "
           "program that needs the exact text."),
        { tr("Export Safely"), tr("Export As Is"), tr("Cancel") }, 2);
    if (choice == 2) {
        return;
    }
    const QString error = exportTo(path, choice == 0, rows);
    if (!error.isEmpty()) {
        Dialogs::error(this, tr("Export the List"), error);
    }
}

QString ListPage::exportTo(const QString& path, bool neutralise, const QList<int>& only)
{
    ensureModel();
    ExportFile file(path);
    if (Error error = file.begin()) {
        return error.message;
    }
    const CsvWriter writer(QLatin1Char(','), neutralise);
    file.write(CsvWriter::start());
    const QList<int> columns = shownColumns();
    QStringList header;
    for (int column : columns) {
        header << m_model->headerData(column, Qt::Horizontal).toString();
    }
    file.write(writer.line(header));
    const int rows = only.isEmpty() ? m_model->rowCount() : int(only.size());
    QProgressDialog progress(tr("Exporting %n row(s)...", nullptr, rows), tr("Cancel"), 0, rows, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int done = 0; done < rows; ++done) {
        const int row = only.isEmpty() ? done : only.at(done);
        if (done % PagedListModel::pageSize == 0) {
            progress.setValue(done);
            if (progress.wasCanceled()) {
                file.cancel();
                return QString();
            }
        }
        QStringList cells;
        for (int column : columns) {
            cells << m_model->data(m_model->index(row, column)).toString();
        }
        if (file.write(writer.line(cells)) < 0) {
            break; // a full disk: commit() says so and leaves nothing behind
        }
    }
    progress.setValue(rows);
    if (Error error = file.commit()) {
        return error.message;
    }
    return QString();
}

} // namespace tandem
