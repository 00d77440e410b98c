#define CATCH_CONFIG_MAIN
// Test names are listed one a line, unwrapped, however long: CTest registers each test
// from that list.
#define CATCH_CONFIG_CONSOLE_WIDTH 1000
#include <catch2/catch.hpp>
