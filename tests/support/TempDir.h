#pragma once

#include <filesystem>
#include <string>

namespace reins::test {

// A fresh folder under the system temp folder, removed with everything in it at the end.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    [[nodiscard]] std::filesystem::path file(const std::string &name) const
    {
        return m_path / name;
    }

private:
    std::filesystem::path m_path;
};

} // namespace reins::test
