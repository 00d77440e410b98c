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
    qt6-tools-dev qt6-l10n-tools
    libsqlite3-dev libsqlitecpp-dev libfmt-dev libcsv-dev nlohmann-json3-dev
    catch2 fonts-dejavu-core
)

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
