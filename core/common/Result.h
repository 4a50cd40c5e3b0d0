// Errors as values at module boundaries (design §9): a Result holds either a
// value or a human-readable Error, never both.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace lectern {

// What a caller may act on, beyond telling the user: most failures are
// General; the rest are set where they are found (SQLite's result codes, the
// catalog's page check), never read back from the words of a message.
enum class ErrorKind {
    General,
    DiskFull,        // a write failed for lack of space, quota or a file-size limit
    CatalogDamaged,  // the catalog file is not, or no longer, a sound database
    ReadOnly,        // the catalog or the folder it is in cannot be written
    ClaimLost,       // a worker's claim on an item lapsed and another took it (AnalysisLeases.h)
    ConnectionLost,  // the school library's server cannot be reached now
};

struct Error {
    std::string message;
    ErrorKind kind = ErrorKind::General;
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}
    Result(Error error) : state_(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(state_); }
    const T& value() const& { return std::get<T>(state_); }
    T&& value() && { return std::get<T>(std::move(state_)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(state_); }

    T valueOr(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> state_;
};

// For operations that produce nothing but may fail.
struct Done {};
using Status = Result<Done>;

inline Status success() { return Done{}; }
inline Error failure(std::string message, ErrorKind kind = ErrorKind::General)
{
    return Error{std::move(message), kind};
}

}  // namespace lectern
