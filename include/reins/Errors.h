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

// The database cannot be opened as a Reins database (missing folder, read-only file,
// not SQLite, another application's file, made by a newer Reins, damaged, in use).
class DatabaseOpenError : public StorageError {
public:
    using StorageError::StorageError;
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
