#include "DateField.h"

#include "Clock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>

namespace tandem {

namespace {
// The locale's short form with the whole year: a two-digit year typed into an editor is a guess.
QString editorFormat(DateField::Precision precision)
{
    const QLocale locale;
    QString format = precision == DateField::Precision::Day ? locale.dateFormat(QLocale::ShortFormat)
                                                            : locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy"))) {
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return format;
}

// Every form the model reads (EntityStore): an ISO time in UTC or local, a local time with a space, a day.
QDateTime parsedLocal(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    for (const QString& format :
        { QStringLiteral("yyyy-MM-dd HH:mm:ss"), QStringLiteral("yyyy-MM-dd HH:mm") }) {
        if (!time.isValid()) {
            time = QDateTime::fromString(text, format);
        }
    }
    if (time.isValid()) {
        return time.toLocalTime();
    }
    static const QRegularExpression day(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    const auto match = day.match(text);
    const QDate date = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
        : QDate();
    return date.isValid() ? date.startOfDay() : QDateTime();
}
} // namespace

DateField::DateField(Precision precision, Looking looking, bool optional, QWidget* parent)
    : QWidget(parent)
    , m_precision(precision)
    , m_editor(precision == Precision::Day ? new QDateEdit(this) : new QDateTimeEdit(this))
    , m_quick(new QToolButton(this))
{
    m_editor->setObjectName(QStringLiteral("dateEditor"));
    m_editor->setCalendarPopup(true);
    if (precision == Precision::Minute) {
        m_editor->setTimeSpec(Qt::LocalTime);
    }
    m_editor->setDisplayFormat(editorFormat(precision));
    m_editor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_editor, &QDateTimeEdit::dateTimeChanged, this, &DateField::changed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (optional) {
        m_given = new QCheckBox(this);
        m_given->setObjectName(QStringLiteral("dateGiven"));
        m_given->setToolTip(tr("Tick to give a date; untick for none"));
        m_given->setAccessibleName(tr("Date given"));
        connect(m_given, &QCheckBox::toggled, this, [this](bool given) {
            if (given && m_editor->date() == m_editor->minimumDate()) {
                setDateTime(Clock::nowUtc().toLocalTime());
            }
            showDate(given);
            emit changed();
        });
        layout->addWidget(m_given);
    }
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_quick);

    m_quick->setObjectName(QStringLiteral("quickChoices"));
    m_quick->setPopupMode(QToolButton::MenuButtonPopup);
    m_quick->setToolTip(tr("Quick choices"));
    auto* menu = new QMenu(m_quick);
    const bool minutes = precision == Precision::Minute;
    if (looking == Looking::Ahead) {
        addChoice(menu, minutes ? tr("Now") : tr("Today"), 0);
        addChoice(menu, tr("Tomorrow"), 1);
        addChoice(menu, tr("In a week"), 7);
    } else {
        addChoice(menu, minutes ? tr("Now") : tr("Today"), 0);
        addChoice(menu, tr("Yesterday"), -1);
        addChoice(menu, tr("A week ago"), -7);
    }
    if (optional) {
        menu->addSeparator();
        menu->addAction(tr("No date"), this, &DateField::clear);
    }
    m_quick->setMenu(menu);
    // A click on the button itself takes the first choice: the one wanted most often.
    m_quick->setDefaultAction(menu->actions().constFirst());
    setFocusProxy(m_given ? static_cast<QWidget*>(m_given) : m_editor);
    showDate(!optional);
    if (!optional) {
        setDateTime(Clock::nowUtc().toLocalTime());
    }
}

void DateField::addChoice(QMenu* menu, const QString& text, int days)
{
    menu->addAction(text, this, [this, days] {
        // A day from the date today in local time; a time keeps the time now.
        setDateTime(Clock::nowUtc().toLocalTime().addDays(days));
    });
}

void DateField::showDate(bool given)
{
    if (m_given) {
        const QSignalBlocker blocker(m_given);
        m_given->setChecked(given);
    }
    m_editor->setEnabled(given);
    // With no date the editor rests at its minimum, which it names instead of showing a date.
    m_editor->setSpecialValueText(given ? QString() : tr("No date"));
    if (!given) {
        const QSignalBlocker blocker(m_editor);
        // By its date: the minimum time is in UTC, and setting it would turn the editor to UTC.
        m_editor->setDate(m_editor->minimumDate());
    }
}

void DateField::setText(const QString& stored)
{
    const QDateTime shown
        = stored == QLatin1String("now") ? Clock::nowUtc().toLocalTime() : parsedLocal(stored);
    m_stored.clear();
    m_storedShown = QDateTime();
    if (shown.isValid()) {
        setDateTime(shown);
    } else if (m_given) {
        clear();
    }
    // Kept for text() while the editor shows what it gave, even a text the model will refuse: the form then
    // says what was wrong with it rather than quietly putting another date in its place.
    if (shown.isValid() || (!stored.isEmpty() && !m_given)) {
        m_stored = stored;
        m_storedShown = hasDate() ? dateTime() : QDateTime();
    }
}

QString DateField::text() const
{
    if (!hasDate()) {
        return QString();
    }
    if (m_storedShown.isValid() && dateTime() == m_storedShown) {
        return m_stored;
    }
    return m_precision == Precision::Day ? dateTime().date().toString(Qt::ISODate) : Clock::toIso(dateTime());
}

bool DateField::hasDate() const
{
    return !m_given || m_given->isChecked();
}

void DateField::clear()
{
    if (m_given) {
        showDate(false);
        emit changed();
    }
}

QDateTime DateField::dateTime() const
{
    return m_precision == Precision::Day ? m_editor->date().startOfDay() : m_editor->dateTime();
}

void DateField::setDateTime(const QDateTime& local)
{
    showDate(true);
    // A day editor keeps its days in UTC (QDateEdit's own choice), so a day is given to it as a date.
    const QDateTime shown = local.toLocalTime();
    if (m_precision == Precision::Day) {
        m_editor->setDate(shown.date());
    } else {
        m_editor->setDateTime(shown);
    }
}

} // namespace tandem
