#pragma once
// A value or a message for the user: how core reports failures without exceptions.

#include <QString>
#include <optional>
#include <utility>

namespace pardesk {

struct Error {
    QString message;
    // Another program held the store's lock past the busy timeout: the same write may succeed
    // later, so the caller keeps it and tries again rather than dropping it.
    bool retryable = false;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)), m_retryable(error.retryable) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (auto &x : read().value())` must not iterate a dead temporary.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }
    bool isRetryable() const { return m_retryable; } // see Error::retryable

private:
    std::optional<T> m_value;
    QString m_error;
    bool m_retryable = false;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error.message)), m_failed(true), m_retryable(error.retryable) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    bool isRetryable() const { return m_retryable; }

private:
    QString m_error;
    bool m_failed = false;
    bool m_retryable = false;
};

} // namespace pardesk
