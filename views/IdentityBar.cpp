#include "IdentityBar.h"

#include "RecordPicker.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace tandem {

IdentityBar::IdentityBar(Database& database, QWidget* parent)
    : QFrame(parent)
    , m_picker(new RecordPicker(database, { { QStringLiteral("staff") }, false, 0 }, this))
    , m_confirm(new QPushButton(tr("This Is Me"), this))
{
    setObjectName(QStringLiteral("identityBar"));
    // A message bar as desktop apps draw one: a soft tint of the highlight colour inside its border.
    const QColor highlight = palette().color(QPalette::Highlight);
    setStyleSheet(
        QStringLiteral("tandem--IdentityBar { background: rgba(%1, %2, %3, 40); border: 1px solid %4; "
                       "border-radius: 4px; }")
            .arg(highlight.red())
            .arg(highlight.green())
            .arg(highlight.blue())
            .arg(highlight.name()));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/person.svg")).pixmap(20, 20));
    // The sentence the modal question asked, so its translation carries over.
    auto* text = new QLabel(QCoreApplication::translate("tandem::MainWindow",
                                "Tandem credits your interactions to you and shows your accounts under My "
                                "accounts. Who are you?"),
        this);
    text->setWordWrap(true);
    m_picker->setObjectName(QStringLiteral("identityPicker"));
    m_picker->setOptional(false);
    m_picker->setPlaceholderText(tr("Type your name"));
    m_picker->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_confirm->setObjectName(QStringLiteral("thisIsMe"));
    m_confirm->setEnabled(false);
    auto* later = new QToolButton(this);
    later->setObjectName(QStringLiteral("notNow"));
    later->setAutoRaise(true);
    later->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    later->setToolTip(tr("Not now: ask again under Edit ▸ Who Am I..."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(9, 6, 6, 6);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    layout->addWidget(m_picker);
    layout->addWidget(m_confirm);
    layout->addWidget(later);

    connect(m_picker, &RecordPicker::idChanged, this, [this](qint64 id) { m_confirm->setEnabled(id != 0); });
    connect(m_confirm, &QPushButton::clicked, this, &IdentityBar::confirm);
    // Enter on a chosen name says "this is me", as the button does.
    connect(m_picker->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        if (m_picker->id()) {
            confirm();
        }
    });
    connect(later, &QToolButton::clicked, this, &IdentityBar::hide);
    hide();
}

void IdentityBar::ask(qint64 current)
{
    m_picker->setId(current);
    m_confirm->setEnabled(current != 0);
    show();
    m_picker->setFocus();
}

void IdentityBar::confirm()
{
    if (!m_picker->id()) {
        return;
    }
    hide();
    emit chosen(m_picker->id());
}

} // namespace tandem
