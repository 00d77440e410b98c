#include "reins/AtomicFile.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <random>

#include <fcntl.h>
#include <unistd.h>

namespace reins {

namespace {

[[noreturn]] void fail(const std::filesystem::path &target, std::string_view doing, int error)
{
    if (error == ENOSPC || error == EDQUOT)
        throw FileWriteError(fmt::format("The disk is full, so \u201c{}\u201d could not be "
                                         "written. The previous file is unchanged.",
                                         target.string()));
    throw FileWriteError(fmt::format("\u201c{}\u201d could not be written ({}: {}). The "
                                     "previous file is unchanged.",
                                     target.string(), doing, std::strerror(error)));
}

// Makes the rename itself durable, not only the file's content.
void flushFolder(const std::filesystem::path &folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::filesystem::path folderOf(const std::filesystem::path &target)
{
    return target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
}

} // namespace

const FileOperations &systemFileOperations()
{
    static const FileOperations operations{
        [](int fd, const void *data, std::size_t size) { return ::write(fd, data, size); },
        [](int fd) { return ::fsync(fd); }};
    return operations;
}

std::filesystem::path temporaryPathFor(const std::filesystem::path &target)
{
    std::random_device entropy;
    return folderOf(target) / fmt::format(".{}.{:08x}.tmp", target.filename().string(), entropy());
}

void writeFileAtomically(const std::filesystem::path &target, std::string_view content,
                         const FileOperations &operations)
{
    const auto temporary = temporaryPathFor(target);
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        fail(target, "creating a temporary file", errno);
    auto abandon = [&](std::string_view doing, int error) {
        ::close(fd);
        ::unlink(temporary.c_str());
        fail(target, doing, error);
    };
    std::size_t written = 0;
    while (written < content.size()) {
        const auto result =
            operations.write(fd, content.data() + written, content.size() - written);
        if (result < 0) {
            if (errno == EINTR)
                continue;
            abandon("writing", errno);
        }
        if (result == 0)
            abandon("writing", ENOSPC); // no progress: the device is out of space
        written += static_cast<std::size_t>(result);
    }
    if (operations.flush(fd) != 0)
        abandon("flushing to disk", errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        fail(target, "closing", error);
    }
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        fail(target, "replacing the file", error);
    }
    flushFolder(folderOf(target));
}

void commitTemporaryFile(const std::filesystem::path &temporary,
                         const std::filesystem::path &target)
{
    const int fd = ::open(temporary.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        ::unlink(temporary.c_str());
        fail(target, "flushing to disk", error);
    }
    ::close(fd);
    if (::rename(temporary.c_str(), target.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        fail(target, "replacing the file", error);
    }
    flushFolder(folderOf(target));
}

} // namespace reins
