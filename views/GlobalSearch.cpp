#include "GlobalSearch.h"

#include "Entities.h"
#include "SearchIndex.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QListWidget>
#include <QPainter>
#include <QScreen>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>

namespace tandem {

namespace {

enum Role
{
    EntityRole = Qt::UserRole + 1,
    IdRole,
    MarksRole, // QList<QVariant> of QPoint(start, length) in the title
    DetailRole,
};

// A hit's title with what matched in bold, and its detail greyed after it.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.data(IdRole).isNull()) {
            QStyledItemDelegate::paint(painter, option, index); // a group heading
            return;
        }
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString html = richText(index, option);
        item.text.clear();
        QStyle* style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);
        QTextDocument document;
        document.setDefaultFont(option.font);
        document.setDocumentMargin(0);
        document.setHtml(html);
        const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
        painter->save();
        painter->translate(text.left() + 4, text.top() + (text.height() - document.size().height()) / 2);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        context.palette.setColor(
            QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        document.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
        return size;
    }

private:
    static QString richText(const QModelIndex& index, const QStyleOptionViewItem& option)
    {
        const QString title = index.data(Qt::DisplayRole).toString();
        QString html;
        int at = 0;
        for (const QVariant& mark : index.data(MarksRole).toList()) {
            const QPoint span = mark.toPoint();
            if (span.x() < at) {
                continue;
            }
            html += title.mid(at, span.x() - at).toHtmlEscaped();
            html += QStringLiteral("<b><u>%1</u></b>").arg(title.mid(span.x(), span.y()).toHtmlEscaped());
            at = span.x() + span.y();
        }
        html += title.mid(at).toHtmlEscaped();
        const QString detail = index.data(DetailRole).toString();
        if (!detail.isEmpty()) {
            const bool selected = option.state & QStyle::State_Selected;
            const QColor grey
                = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
            html += QStringLiteral("&nbsp;&nbsp;<span style=\"color:%1\">%2</span>")
                        .arg(grey.name(), detail.toHtmlEscaped());
        }
        return html;
    }
};

QString groupHeading(const QString& entity)
{
    if (entity == QLatin1String("account")) {
        return GlobalSearch::tr("Accounts");
    }
    if (entity == QLatin1String("contact")) {
        return GlobalSearch::tr("Contacts");
    }
    if (entity == QLatin1String("staff")) {
        return GlobalSearch::tr("Colleagues");
    }
    if (entity == QLatin1String("department")) {
        return GlobalSearch::tr("Departments");
    }
    return GlobalSearch::tr("Requests");
}

QString shownDetail(const SearchIndex::Hit& hit)
{
    if (hit.entity == QLatin1String("request")) {
        return labels::choice(QStringLiteral("status"), hit.detail);
    }
    if (hit.inactive) {
        return hit.detail.isEmpty() ? GlobalSearch::tr("left the company")
                                    : GlobalSearch::tr("%1 · left the company").arg(hit.detail);
    }
    return hit.detail;
}

} // namespace

GlobalSearch::GlobalSearch(Database& database, QWidget* parent)
    : QLineEdit(parent)
    , m_database(database)
    , m_delay(new QTimer(this))
    , m_results(new QListWidget(this))
{
    setObjectName(QStringLiteral("globalSearch"));
    setPlaceholderText(tr("Find anything (Ctrl+K)"));
    setToolTip(tr("Accounts, contacts, colleagues, departments and requests: names, e-mails, phone digits, "
                  "cities and titles; Chinese by characters or pinyin"));
    setClearButtonEnabled(true);
    // A window of its own that never takes the focus: the user keeps typing in the box.
    m_results->setParent(this, Qt::ToolTip | Qt::FramelessWindowHint);
    m_results->setAttribute(Qt::WA_ShowWithoutActivating);
    m_results->setObjectName(QStringLiteral("globalSearchResults"));
    m_results->setFocusPolicy(Qt::NoFocus);
    m_results->setItemDelegate(new HitDelegate(m_results));
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setUniformItemSizes(false);
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (!item->data(IdRole).isNull()) {
            m_results->setCurrentItem(item);
            openSelected();
        }
    });
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &GlobalSearch::searchNow);
    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            m_delay->stop();
            hideResults();
        }
    });
}

GlobalSearch::~GlobalSearch() = default;

void GlobalSearch::searchNow()
{
    m_delay->stop();
    m_results->clear();
    const QString typed = text().trimmed();
    if (typed.isEmpty()) {
        hideResults();
        return;
    }
    auto hits = SearchIndex(m_database).find(typed, maxResults);
    if (!hits) {
        auto* item = new QListWidgetItem(hits.error().message, m_results);
        item->setFlags(Qt::NoItemFlags);
        showResults();
        return;
    }
    QString group;
    for (const SearchIndex::Hit& hit : *hits) {
        if (hit.entity != group) {
            group = hit.entity;
            auto* heading = new QListWidgetItem(groupHeading(group), m_results);
            QFont bold = font();
            bold.setBold(true);
            heading->setFont(bold);
            heading->setFlags(Qt::NoItemFlags);
        }
        auto* item = new QListWidgetItem(hit.title, m_results);
        item->setData(EntityRole, hit.entity);
        item->setData(IdRole, hit.id);
        item->setData(DetailRole, shownDetail(hit));
        QVariantList marks;
        for (const auto& [start, length] : SearchIndex::highlights(hit.title, typed)) {
            marks << QPoint(start, length);
        }
        item->setData(MarksRole, marks);
        item->setToolTip(QStringLiteral("%1 — %2").arg(hit.title, shownDetail(hit)));
    }
    if (hits->isEmpty()) {
        auto* none = new QListWidgetItem(tr("Nothing matches “%1”.").arg(typed), m_results);
        none->setFlags(Qt::NoItemFlags);
    } else {
        moveSelection(1);
    }
    showResults();
}

void GlobalSearch::showResults()
{
    const int rows = m_results->count();
    int height = 4;
    for (int row = 0; row < rows && row < 16; ++row) {
        height += m_results->sizeHintForRow(row);
    }
    const int width = qMax(this->width(), fontMetrics().averageCharWidth() * 60);
    // Under the box, right edges aligned: the box sits at the window's right, and the wider list opens
    // leftwards over the window rather than past its edge.
    QPoint below = mapToGlobal(QPoint(this->width() - width, this->height()));
    if (const QScreen* screen = this->screen()) {
        below.setX(qMax(below.x(), screen->availableGeometry().left()));
    }
    m_results->setGeometry(QRect(below, QSize(width, height)));
    m_results->show();
}

void GlobalSearch::hideResults()
{
    m_results->hide();
}

void GlobalSearch::moveSelection(int step)
{
    const int rows = m_results->count();
    int row = m_results->currentRow();
    for (int tries = 0; tries < rows; ++tries) {
        row += step;
        if (row < 0 || row >= rows) {
            return;
        }
        if (!m_results->item(row)->data(IdRole).isNull()) {
            m_results->setCurrentRow(row);
            return;
        }
    }
}

void GlobalSearch::openSelected()
{
    QListWidgetItem* item = m_results->currentItem();
    if (!item || item->data(IdRole).isNull()) {
        return;
    }
    hideResults();
    emit openRequested(item->data(EntityRole).toString(), item->data(IdRole).toLongLong());
}

void GlobalSearch::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Down:
        if (m_results->isHidden() && !text().trimmed().isEmpty()) {
            searchNow();
        } else {
            moveSelection(1);
        }
        return;
    case Qt::Key_Up:
        moveSelection(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_delay->isActive() || m_results->isHidden()) {
            searchNow();
        }
        openSelected();
        return;
    case Qt::Key_Escape:
        if (m_results->isVisible()) {
            hideResults();
        } else {
            clear();
            clearFocus();
        }
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void GlobalSearch::focusOutEvent(QFocusEvent* event)
{
    // A click in the results keeps them (it opens one); a click anywhere else closes them.
    if (!m_results->underMouse()) {
        hideResults();
    }
    QLineEdit::focusOutEvent(event);
}

} // namespace tandem
