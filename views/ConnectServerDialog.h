#pragma once

#include "Error.h"
#include "PasswordKeyring.h"
#include "ServerAddress.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tandem {

// File ▸ Connect to Team Server...: where the server is (host, port, database), who signs in (user name,
// password), and whether the desktop's keyring keeps the password. Connect tries at once, and the dialog
// stays open with the server's answer until it lets the user in or they give up: a mistyped password is
// typed again, not the whole form.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens the server, or says in one sentence why it could not.
    using Connector = std::function<Error(const ServerAddress& address, const QString& password)>;

    explicit ConnectServerDialog(Connector connector, QWidget* parent = nullptr);

    // Fills in a server used before and puts the cursor in the password.
    void setAddress(const ServerAddress& address);
    // What the keyring said about the address: a password it keeps fills the field; without a keyring
    // the password cannot be remembered, and a line says it is asked each time.
    void setKeyringAnswer(PasswordKeyring::Answer answer, const QString& password = QString());
    // A sentence under the fields: why the last try failed.
    void showProblem(const QString& sentence);

    // The address the fields make, or a sentence naming the field still empty.
    Result<ServerAddress> address() const;
    QString password() const;
    void setPassword(const QString& password);
    // Whether the keyring is to keep the password once the server let the user in.
    bool remembersPassword() const;
    QString problem() const;

    // Checks the fields and connects; accepts once the server let the user in, else says why and stays.
    void connectToServer();

    // Shows the dialog and waits; under a test's answer the answer fills it in and connects instead.
    int run();
    // For tests: answers every following dialog without showing it; an empty function ends that.
    static void setAnswer(std::function<void(ConnectServerDialog&)> answer);

private:
    void fieldEdited();
    void fitHeight();

    Connector m_connector;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_keyringNote;
    QLabel* m_problem;
    QPushButton* m_connect;
    bool m_passwordFromKeyring = false; // cleared when the address it belongs to is edited
};

} // namespace tandem
