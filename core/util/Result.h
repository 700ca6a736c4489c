#pragma once
// A value or a message for the user: how core reports failures without exceptions.

#include <QString>
#include <QtGlobal>
#include <optional>
#include <utility>

namespace pardesk {

struct Error {
    QString message;
    // Another program held the store's lock past the busy timeout: the same write may succeed
    // later, so the caller keeps it and tries again rather than dropping it.
    bool retryable = false;
    // The server refused the write (or read) for the login's rights (SQLSTATE 42501: no privilege,
    // or a row-level security policy): trying again will not help, and nothing was written.
    bool refused = false;
    // A server asked for a password that ~/.pgpass did not give, or refused the one given: the GUI
    // asks the user for it and opens again (Database::Options::password).
    bool needsPassword = false;

    // The same failure told with more context ("The store was not replaced: …"); it keeps its kind
    // (retryable, refused, needing a password), so a caller further up still knows what happened.
    Error withMessage(QString text) const { return Error{std::move(text), retryable, refused, needsPassword}; }
};

namespace detail {
// Reading the value of a failed Result is a programming error; it stops here with the message
// instead of reading an empty optional (undefined behaviour) in a release build.
[[noreturn]] inline void valueOfFailure(const QString &message)
{
    qFatal("Result::value() called on a failure: %s", qUtf8Printable(message));
}
} // namespace detail

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return checked(); }
    T &value() & { return const_cast<T &>(checked()); }
    // By value: `for (auto &x : read().value())` must not iterate a dead temporary.
    T value() && { return std::move(const_cast<T &>(checked())); }
    const T *operator->() const { return &checked(); }
    T *operator->() { return &const_cast<T &>(checked()); }
    const QString &error() const { return m_error.message; }
    // The whole failure, to pass on unchanged: `return x.failure();` keeps it retryable.
    const Error &failure() const { return m_error; }
    bool isRetryable() const { return m_error.retryable; } // see Error::retryable
    bool isRefused() const { return m_error.refused; }     // see Error::refused

private:
    const T &checked() const
    {
        if (!m_value)
            detail::valueOfFailure(m_error.message);
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error.message; }
    const Error &failure() const { return m_error; } // see Result::failure
    bool isRetryable() const { return m_error.retryable; }
    bool isRefused() const { return m_error.refused; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace pardesk
