#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace tandem {

// What went wrong, in the categories the command line reports as exit codes.
enum class ErrorKind
{
    None = 0,
    Usage = 1,
    BadInput = 2,
    Database = 3,
    NotFound = 4,
    Conflict = 5, // changed by someone else since it was read; nothing written
};

// An error the model returns instead of showing it: one plain sentence for a person.
struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message;
    bool busy = false; // another connection holds the write lock: worth trying again later
    bool disconnected = false; // the team server cannot be reached: worth reconnecting

    Error() = default;
    Error(ErrorKind errorKind, QString text)
        : kind(errorKind)
        , message(std::move(text))
    { }

    bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }

    static Error usage(const QString& text) { return { ErrorKind::Usage, text }; }
    static Error badInput(const QString& text) { return { ErrorKind::BadInput, text }; }
    static Error database(const QString& text) { return { ErrorKind::Database, text }; }
    static Error notFound(const QString& text) { return { ErrorKind::NotFound, text }; }
    static Error conflict(const QString& text) { return { ErrorKind::Conflict, text }; }
};

// A value or the error that prevented it.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace tandem
