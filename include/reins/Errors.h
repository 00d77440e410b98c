#pragma once

#include <stdexcept>
#include <string>

namespace reins {

// A problem with stored data that the user must be told about. The message is written
// for a person: it names the file, record or field and what is wrong with it.
class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Why a database could not be opened; each asks for a different way out.
enum class OpenFailure {
    Unavailable,  // a missing folder, a read-only file, no permission
    NotReins,     // not an SQLite file, or another application's database
    NewerVersion, // saved by a newer Reins
    Damaged,      // fails SQLite's integrity checks
    InUse,        // another Reins holds it
};

// The database cannot be opened as a Reins database. Nothing was written to it.
class DatabaseOpenError : public StorageError {
public:
    explicit DatabaseOpenError(const std::string &message,
                               OpenFailure failure = OpenFailure::Unavailable)
        : StorageError(message)
        , m_failure(failure)
    {}
    [[nodiscard]] OpenFailure failure() const { return m_failure; }

private:
    OpenFailure m_failure;
};

// A write was refused because it would lose or orphan data (for example deleting a
// salesperson who still has sessions). Nothing was written.
class RefusedChange : public StorageError {
public:
    using StorageError::StorageError;
};

// Input the user supplied is not acceptable (an empty required field, a bad value).
class ValidationError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace reins
