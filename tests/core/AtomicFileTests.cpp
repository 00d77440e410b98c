#include "reins/AtomicFile.h"
#include "support/TempDir.h"

#include <catch2/catch.hpp>

#include <cerrno>
#include <fstream>
#include <iterator>

using namespace reins;

namespace {

std::string contentOf(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A disk that fills up after `room` bytes: short writes, then ENOSPC.
FileOperations diskWithRoomFor(std::size_t room)
{
    auto used = std::make_shared<std::size_t>(0);
    FileOperations operations = systemFileOperations();
    operations.write = [used, room, real = systemFileOperations().write](
                           int fd, const void *data, std::size_t size) -> ssize_t {
        if (*used >= room) {
            errno = ENOSPC;
            return -1;
        }
        const auto allowed = std::min(size, room - *used);
        const auto result = real(fd, data, allowed);
        if (result > 0)
            *used += static_cast<std::size_t>(result);
        return result;
    };
    return operations;
}

std::size_t filesIn(const std::filesystem::path &folder)
{
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(folder),
                                                  std::filesystem::directory_iterator()));
}

} // namespace

TEST_CASE("An atomic write replaces the file with the whole new content")
{
    test::TempDir dir;
    const auto target = dir.file("summary.md");
    writeFileAtomically(target, "first version\n");
    writeFileAtomically(target, "second version\n");
    CHECK(contentOf(target) == "second version\n");
    CHECK(filesIn(dir.path()) == 1); // no temporary file left behind
}

TEST_CASE("A full disk leaves the previous file untouched and says so")
{
    test::TempDir dir;
    const auto target = dir.file("team.reinsprep");
    writeFileAtomically(target, "the old, complete package");
    const std::string large(64 * 1024, 'x');
    CHECK_THROWS_WITH(writeFileAtomically(target, large, diskWithRoomFor(1000)),
                      Catch::Contains("The disk is full") &&
                          Catch::Contains("previous file is unchanged"));
    CHECK(contentOf(target) == "the old, complete package");
    CHECK(filesIn(dir.path()) == 1);
}

TEST_CASE("A failing flush is a failed write too")
{
    test::TempDir dir;
    const auto target = dir.file("export.csv");
    auto operations = systemFileOperations();
    operations.flush = [](int) {
        errno = EIO;
        return -1;
    };
    CHECK_THROWS_AS(writeFileAtomically(target, "data", operations), FileWriteError);
    CHECK_FALSE(std::filesystem::exists(target));
    CHECK(filesIn(dir.path()) == 0);
}

TEST_CASE("A missing folder is reported with the file's name")
{
    test::TempDir dir;
    CHECK_THROWS_WITH(writeFileAtomically(dir.path() / "missing" / "x.md", "data"),
                      Catch::Contains("x.md"));
}
