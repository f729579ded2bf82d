#pragma once

#include <QString>
#include <functional>

class QObject;

namespace tandem {

// Team server passwords in the desktop's keyring (Secret Service or KWallet, through QtKeychain), and
// nowhere else: without a keyring nothing is kept and the password is asked each time. The keyring
// answers asynchronously, so every call returns at once and reports later, from the event loop.
class PasswordKeyring
{
public:
    enum class Answer
    {
        Found, // the password kept for the address
        Missing, // the keyring works but keeps none for the address
        Unavailable, // no keyring on this desktop (or it refused): ask each time
    };
    using Read = std::function<void(Answer answer, const QString& password)>;
    using Done = std::function<void(bool kept)>;

    // The password kept for `address` (a server address as ServerAddress writes it). `done` is not called
    // once `context` is gone.
    static void read(const QString& address, QObject* context, const Read& done);
    // Keeps `password` for `address`; `done` (optional) says whether the keyring took it.
    static void store(
        const QString& address, const QString& password, QObject* context, const Done& done = {});
    // Forgets the password kept for `address`, if any.
    static void forget(const QString& address);

    // For tests: passwords live in this process's memory instead of the desktop's keyring (or, with
    // `available` false, there is no keyring at all), so that a test never touches the user's secrets.
    static void useMemoryForTests(bool available);
};

} // namespace tandem
