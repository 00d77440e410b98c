// libFuzzer target: any bytes given to the prep package reader are either a package that
// writes back to the same package, or a PackageError; nothing else.

#include "reins/PrepPackage.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    try {
        const auto package = reins::readPrepPackage(text);
        // A package that was accepted survives a round trip unchanged.
        if (!(reins::readPrepPackage(reins::writePrepPackage(package)) == package))
            __builtin_trap();
    } catch (const reins::PackageError &) {
    }
    return 0;
}
