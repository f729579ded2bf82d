#include "RecordPicker.h"

#include <QAbstractItemView>
#include <QAbstractListModel>
#include <QAction>
#include <QCompleter>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOption>
#include <QTimer>
#include <algorithm>

namespace tandem {

// The records a picker offers for the text typed: refilled whole each time, never more than a screenful.
class PickerChoices : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchIndex::Hit>& hits)
    {
        beginResetModel();
        m_hits = hits;
        endResetModel();
    }
    const QList<SearchIndex::Hit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_hits.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        const SearchIndex::Hit& hit = m_hits.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return RecordPicker::describe(hit);
        case Qt::EditRole:
            return hit.title;
        case Qt::ToolTipRole:
            return hit.detail;
        case Qt::DecorationRole:
            return QIcon(hit.entity == QLatin1String("department") ? QStringLiteral(":/icons/department.svg")
                    : hit.entity == QLatin1String("account")       ? QStringLiteral(":/icons/account.svg")
                                                                   : QStringLiteral(":/icons/person.svg"));
        case Qt::UserRole:
            return hit.id;
        default:
            return {};
        }
    }

private:
    QList<SearchIndex::Hit> m_hits;
};

namespace {

// The arrow of a drop-down list as the style draws it.
QIcon dropDownIcon(const QWidget& widget)
{
    const int side = widget.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &widget);
    const qreal ratio = widget.devicePixelRatioF();
    QPixmap pixmap(QSize(side, side) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QStyleOption option;
    option.initFrom(&widget);
    option.rect = QRect(side / 4, side / 4, side / 2, side / 2);
    widget.style()->drawPrimitive(QStyle::PE_IndicatorArrowDown, &option, &painter, &widget);
    return QIcon(pixmap);
}

} // namespace

QString RecordPicker::describe(const SearchIndex::Hit& hit)
{
    QString text = hit.detail.isEmpty()
        ? hit.title
        : tr("%1 — %2", "a name and its department and job title, or its city").arg(hit.title, hit.detail);
    return hit.inactive ? tr("%1 (has left)").arg(text) : text;
}

RecordPicker::RecordPicker(Database& database, const PickerQueries::Scope& scope, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_scope(scope)
    , m_edit(new QLineEdit(this))
    , m_choices(new PickerChoices(this))
    , m_completer(new QCompleter(this))
    , m_typing(new QTimer(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);
    setOptional(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_edit->setMinimumWidth(m_edit->fontMetrics().averageCharWidth() * 24);

    // The list is the model's answer already: the completer shows it as it is, without filtering it again.
    m_completer->setModel(m_choices);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setMaxVisibleItems(12);
    // Attached to the field without QLineEdit::setCompleter, which would show the last list again on every
    // key before the new one is asked for, and put each highlighted name into the field.
    m_completer->setWidget(m_edit);
    m_edit->installEventFilter(this);
    m_completer->popup()->installEventFilter(this);

    QAction* open = m_edit->addAction(dropDownIcon(*m_edit), QLineEdit::TrailingPosition);
    open->setToolTip(tr("Show the choices"));
    connect(open, &QAction::triggered, this, [this] {
        m_edit->setFocus();
        showChoices();
    });

    // Typing never waits for the database: the list follows once the user pauses.
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_typing, &QTimer::timeout, this, [this] {
        if (m_edit->text().trimmed().isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        showChoices();
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.isEmpty() && m_optional) {
            choose(0, QString()); // cleared, by its button or by deleting the name
        }
        m_typing->start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) {
            m_typing->stop();
            choose(index.data(Qt::UserRole).toLongLong(), index.data(Qt::EditRole).toString());
        });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (m_completer->popup()->isVisible() && m_edit->hasFocus()) {
            return; // Enter in the list: the completer chooses
        }
        m_completer->popup()->hide();
        settle();
    });
}

QAbstractItemModel* RecordPicker::choices() const
{
    return m_choices;
}

void RecordPicker::setOptional(bool optional)
{
    m_optional = optional;
    m_edit->setClearButtonEnabled(optional);
}

void RecordPicker::setExcluded(qint64 id)
{
    m_scope.excluded = id;
    if (m_id && m_id == id) {
        setId(0);
    }
}

void RecordPicker::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void RecordPicker::setId(qint64 id)
{
    m_typing->stop();
    const auto hit = id ? PickerQueries(m_database).byId(id) : std::nullopt;
    m_id = hit ? id : 0;
    m_title = hit ? hit->title : QString();
    m_edit->setText(m_title);
    m_edit->setToolTip(hit ? describe(*hit) : QString());
}

void RecordPicker::showChoices()
{
    m_typing->stop();
    refill();
    // As wide as the names with their details need, so that namesakes can be told apart.
    QAbstractItemView* popup = m_completer->popup();
    const int wanted = popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width()
        + 2 * popup->frameWidth() + 8;
    const int most = screen() ? screen()->availableSize().width() / 2 : 640;
    m_completer->complete(
        QRect(0, 0, qBound(m_edit->width(), wanted, qMax(m_edit->width(), most)), m_edit->height()));
    // The best match is the current row, so Enter takes it and Down goes to the next one.
    if (popup->isVisible() && popup->model()->rowCount() > 0) {
        popup->setCurrentIndex(popup->model()->index(0, 0));
    }
}

void RecordPicker::refill()
{
    const QString text = m_edit->text().trimmed();
    // The chosen name as shown offers the first records, as an empty field does: the user opened the list
    // to choose another.
    const bool all = text.isEmpty() || (m_id && text == m_title);
    PickerQueries queries(m_database);
    auto hits = all ? queries.first(m_scope, shownAtMost) : queries.matching(text, m_scope, shownAtMost);
    m_choices->setHits(hits ? *hits : QList<SearchIndex::Hit>());
}

void RecordPicker::choose(qint64 id, const QString& title)
{
    const bool changed = id != m_id;
    m_id = id;
    m_title = title;
    if (m_edit->text() != title) {
        m_edit->setText(title);
    }
    const auto hit = std::find_if(m_choices->hits().cbegin(), m_choices->hits().cend(),
        [id](const SearchIndex::Hit& h) { return h.id == id; });
    m_edit->setToolTip(hit != m_choices->hits().cend() ? describe(*hit) : QString());
    if (changed) {
        emit idChanged(id);
    }
}

void RecordPicker::settle()
{
    m_typing->stop();
    const QString text = m_edit->text().trimmed();
    if (text == m_title) {
        return;
    }
    if (text.isEmpty()) {
        if (m_optional) {
            choose(0, QString());
        } else {
            m_edit->setText(m_title);
        }
        return;
    }
    refill();
    // The one record named exactly, or the only one the text finds; else the text names no one.
    const QList<SearchIndex::Hit>& hits = m_choices->hits();
    QList<const SearchIndex::Hit*> exact;
    for (const SearchIndex::Hit& hit : hits) {
        if (hit.title.compare(text, Qt::CaseInsensitive) == 0) {
            exact << &hit;
        }
    }
    const SearchIndex::Hit* named = exact.size() == 1 ? exact.first()
        : exact.isEmpty() && hits.size() == 1         ? &hits.first()
                                                      : nullptr;
    if (named) {
        choose(named->id, named->title);
    } else {
        m_edit->setText(m_title);
    }
}

bool RecordPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent*>(event)->key();
    QAbstractItemView* popup = m_completer->popup();
    if (watched == m_edit && key == Qt::Key_Down && !popup->isVisible()) {
        showChoices();
        return true;
    }
    if (watched == popup && (key == Qt::Key_Tab || key == Qt::Key_Backtab)) {
        // Tab takes the highlighted record, or what the text names, and moves on as in any field (the
        // completer would keep the focus here).
        // While the list still shows the answer to an earlier text, its highlight means nothing.
        const QModelIndex current = m_typing->isActive() ? QModelIndex() : popup->currentIndex();
        popup->hide();
        if (current.isValid()) {
            choose(current.data(Qt::UserRole).toLongLong(), current.data(Qt::EditRole).toString());
        } else {
            settle();
        }
        QCoreApplication::sendEvent(m_edit, event);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tandem
