#include "ConnectServerDialog.h"

#include "Dialogs.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tandem {

ConnectServerDialog::ConnectServerDialog(Connector connector, QWidget* parent)
    : QDialog(parent)
    , m_connector(std::move(connector))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keyring"), this))
    , m_keyringNote(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to Team Server"));

    auto* intro = new QLabel(tr("Work in your team's shared database on a PostgreSQL server. Your "
                                "administrator tells you the server, the database and your user name."),
        this);
    intro->setWordWrap(true);

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(QStringLiteral("db.example.com"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerAddress().port);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Left empty, the password comes from PGPASSWORD or ~/.pgpass, as for psql."));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    m_keyringNote->setObjectName(QStringLiteral("keyringNote"));
    m_keyringNote->setWordWrap(true);
    m_keyringNote->hide();
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_keyringNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* field : { m_host, m_database, m_user }) {
        connect(field, &QLineEdit::textEdited, this, &ConnectServerDialog::fieldEdited);
    }
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectServerDialog::fieldEdited);
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordFromKeyring = false; });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    // Measured in Latin letters: a Chinese font's average character is a wide one.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('n')) * 66);
    // As narrow as that: left to itself a wrapped Chinese sentence would stretch the dialog across the
    // screen.
    layout->activate();
    resize(minimumWidth(), hasHeightForWidth() ? heightForWidth(minimumWidth()) : sizeHint().height());
}

void ConnectServerDialog::setAddress(const ServerAddress& address)
{
    const QSignalBlocker quiet(m_port);
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    m_password->setFocus();
}

void ConnectServerDialog::setKeyringAnswer(PasswordKeyring::Answer answer, const QString& password)
{
    const bool available = answer != PasswordKeyring::Answer::Unavailable;
    m_remember->setEnabled(available);
    m_remember->setChecked(available);
    m_keyringNote->setVisible(!available);
    m_keyringNote->setText(
        tr("There is no keyring on this desktop to keep the password in, so Tandem asks for it each time."));
    if (answer == PasswordKeyring::Answer::Found && m_password->text().isEmpty()) {
        m_password->setText(password);
        m_passwordFromKeyring = true;
    }
    fitHeight();
}

void ConnectServerDialog::fitHeight()
{
    // A shown dialog does not grow by itself for a wrapped sentence that appears: it would squeeze it.
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (isVisible() && needed > height()) {
        resize(width(), needed);
    }
}

void ConnectServerDialog::fieldEdited()
{
    // A kept password belongs to the address it was kept for.
    if (m_passwordFromKeyring) {
        m_password->clear();
        m_passwordFromKeyring = false;
    }
}

void ConnectServerDialog::showProblem(const QString& sentence)
{
    m_problem->setText(sentence);
    m_problem->setVisible(!sentence.isEmpty());
    fitHeight();
}

Result<ServerAddress> ConnectServerDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    if (address.host.isEmpty()) {
        return Error::usage(tr("Enter the server's name or address under Host."));
    }
    if (address.database.isEmpty()) {
        return Error::usage(tr("Enter the name of your team's database on the server under Database."));
    }
    if (address.user.isEmpty()) {
        return Error::usage(tr("Enter your user name on the server."));
    }
    // What cannot be written as an address (a space in the host name) is refused here, in the model's words.
    auto checked = ServerAddress::parse(address.toString());
    if (!checked) {
        return checked.error();
    }
    return address;
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

void ConnectServerDialog::setPassword(const QString& password)
{
    m_password->setText(password);
    m_passwordFromKeyring = false;
}

bool ConnectServerDialog::remembersPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

QString ConnectServerDialog::problem() const
{
    return m_problem->text();
}

void ConnectServerDialog::connectToServer()
{
    const auto target = address();
    if (!target) {
        showProblem(target.error().message);
        QLineEdit* empty = m_host->text().trimmed().isEmpty() ? m_host
            : m_database->text().trimmed().isEmpty()          ? m_database
                                                              : m_user;
        empty->setFocus();
        return;
    }
    showProblem(tr("Connecting to %1...").arg(target->displayName()));
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Error error = m_connector(*target, m_password->text());
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (error) {
        showProblem(error.message);
        m_password->setFocus();
        m_password->selectAll();
        return;
    }
    showProblem(QString());
    accept();
}

int ConnectServerDialog::run()
{
    // Nobody can answer a dialog under the tests' offscreen platform unless the test does.
    if (!dialogAnswer<ConnectServerDialog>() && Dialogs::unattended()) {
        return QDialog::Rejected;
    }
    return execOrAnswer(*this);
}

void ConnectServerDialog::setAnswer(std::function<void(ConnectServerDialog&)> answer)
{
    dialogAnswer<ConnectServerDialog>() = std::move(answer);
}

} // namespace tandem
