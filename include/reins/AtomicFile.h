#pragma once

// Writing a file so that it is either the whole new content or the old file untouched:
// a temporary file beside it, every write's result checked, flushed to disk, then renamed
// over the target. A full disk or any other failure leaves the previous file as it was.

#include <cstddef>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string_view>

#include <sys/types.h>

namespace reins {

class FileWriteError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The system calls the writer makes, replaceable in tests to simulate a full disk.
struct FileOperations {
    std::function<ssize_t(int fd, const void *data, std::size_t size)> write;
    std::function<int(int fd)> flush;
};

[[nodiscard]] const FileOperations &systemFileOperations();

// Throws FileWriteError naming the file and the reason; the target is then unchanged and
// no temporary file is left behind.
void writeFileAtomically(const std::filesystem::path &target, std::string_view content,
                         const FileOperations &operations = systemFileOperations());

// A temporary path beside `target` for writers that produce a file by other means (such
// as SQLite's backup); commitTemporaryFile then flushes and renames it into place.
[[nodiscard]] std::filesystem::path temporaryPathFor(const std::filesystem::path &target);
void commitTemporaryFile(const std::filesystem::path &temporary,
                         const std::filesystem::path &target);

} // namespace reins
