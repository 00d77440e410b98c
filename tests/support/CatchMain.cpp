#define CATCH_CONFIG_MAIN
// Test names are listed one a line, unwrapped up to 160 characters: CTest registers each
// test from that list (a longer name would wrap, and "--warn NoTests" then fails it).
#define CATCH_CONFIG_CONSOLE_WIDTH 160
#include <catch2/catch.hpp>
