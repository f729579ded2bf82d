#include "PasswordKeyring.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>
#include <qt6keychain/keychain.h>

namespace tandem {

namespace {
const QString service = QStringLiteral("Tandem team server");

// Set by tests: the keyring is this map (or absent), never the desktop's.
struct MemoryKeyring
{
    bool available = true;
    QHash<QString, QString> passwords;
};
std::optional<MemoryKeyring>& memory()
{
    static std::optional<MemoryKeyring> keyring;
    return keyring;
}

// Calls `call` from the event loop, as the real keyring answers, unless `context` is gone by then.
void later(QObject* context, std::function<void()> call)
{
    QTimer::singleShot(0, context, std::move(call));
}
} // namespace

void PasswordKeyring::useMemoryForTests(bool available)
{
    memory() = MemoryKeyring { available, {} };
}

void PasswordKeyring::read(const QString& address, QObject* context, const Read& done)
{
    if (memory()) {
        const MemoryKeyring& keyring = *memory();
        const Answer answer = !keyring.available  ? Answer::Unavailable
            : keyring.passwords.contains(address) ? Answer::Found
                                                  : Answer::Missing;
        const QString password = keyring.passwords.value(address);
        later(context, [done, answer, password] { done(answer, password); });
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setKey(address);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, job] {
        switch (job->error()) {
        case QKeychain::NoError:
            done(Answer::Found, job->textData());
            break;
        case QKeychain::EntryNotFound:
            done(Answer::Missing, QString());
            break;
        default:
            done(Answer::Unavailable, QString());
            break;
        }
    });
    job->start();
}

void PasswordKeyring::store(
    const QString& address, const QString& password, QObject* context, const Done& done)
{
    if (memory()) {
        MemoryKeyring& keyring = *memory();
        if (keyring.available) {
            keyring.passwords.insert(address, password);
        }
        if (done) {
            later(context, [done, kept = keyring.available] { done(kept); });
        }
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setKey(address);
    job->setTextData(password);
    job->setAutoDelete(true);
    if (done) {
        QObject::connect(job, &QKeychain::Job::finished, context,
            [done, job] { done(job->error() == QKeychain::NoError); });
    }
    job->start();
}

void PasswordKeyring::forget(const QString& address)
{
    if (memory()) {
        memory()->passwords.remove(address);
        return;
    }
    auto* job = new QKeychain::DeletePasswordJob(service);
    job->setKey(address);
    job->setAutoDelete(true);
    job->start();
}

} // namespace tandem
