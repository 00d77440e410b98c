# Shared by scripts/run and scripts/test: installs the Debian packages Reins needs when
# any is missing, then configures and builds. Sourced, not run.

set -euo pipefail

REINS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
REINS_PRESET="${REINS_PRESET:-dev}"
REINS_BUILD_DIR="$REINS_ROOT/build/$REINS_PRESET"

# Everything comes from Debian 12's own packages; nothing is downloaded by the build.
REINS_PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev libsqlitecpp-dev libfmt-dev libcsv-dev nlohmann-json3-dev
    catch2 fonts-dejavu-core desktop-file-utils appstream dpkg-dev
    sqlite3
)

# The fuzzers are built with clang and its sanitizer runtime.
REINS_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

reins_say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

reins_missing_packages() {
    local package status
    for package in "$@"; do
        status="$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)"
        [[ "$status" == "install ok installed" ]] || printf '%s\n' "$package"
    done
}

reins_install_packages() {
    local missing
    mapfile -t missing < <(reins_missing_packages "$@")
    if ((${#missing[@]} == 0)); then
        return 0
    fi
    reins_say "Installing Debian packages: ${missing[*]}"
    local -a as_root=()
    if [[ "$(id -u)" -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "Reins needs these Debian packages: ${missing[*]}" >&2
            echo "Run this script as root, or install sudo, or install them yourself." >&2
            exit 1
        fi
        as_root=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -q
    "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

reins_build() {
    reins_say "Configuring ($REINS_PRESET)"
    cmake --preset "$REINS_PRESET" -S "$REINS_ROOT" >/dev/null
    reins_say "Building"
    cmake --build "$REINS_BUILD_DIR" "$@"
}

# Builds the libFuzzer targets and runs each for $1 seconds on its seed corpus (in a
# scratch copy, so the corpus in the repository only changes on purpose).
reins_run_fuzzers() {
    local seconds="$1" fuzzer corpus scratch
    reins_say "Building the fuzzers"
    cmake --preset fuzz -S "$REINS_ROOT" >/dev/null
    cmake --build "$REINS_ROOT/build/fuzz"
    for fuzzer in FuzzSalesCsv:csv FuzzPrepPackage:prep; do
        corpus="$REINS_ROOT/tests/data/fuzz/${fuzzer#*:}"
        scratch="$(mktemp -d)"
        reins_say "Fuzzing ${fuzzer%%:*} for ${seconds} s"
        "$REINS_ROOT/build/fuzz/tests/fuzz/${fuzzer%%:*}" -max_total_time="$seconds" \
            -max_len=8192 -print_final_stats=1 -artifact_prefix="$scratch/" \
            "$scratch" "$corpus" 2>&1 | grep -E "^(stat::number_of_executed_units|Done|==.*ERROR)" || true
        if compgen -G "$scratch/crash-*" >/dev/null; then
            echo "The fuzzer found an input that crashes Reins; it is in $scratch" >&2
            exit 1
        fi
        rm -rf "$scratch"
    done
}
