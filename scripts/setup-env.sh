# Sourced by scripts/start and scripts/test: installs what Kurzdraht needs on Debian/Ubuntu
# (only what is missing) and a virtual environment with the project in it.
# KURZDRAHT_VENV overrides where the environment lives (default: .venv in the checkout).

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${KURZDRAHT_VENV:-$ROOT/.venv}"
# Downloads the test servers need (npm packages, Node.js) are kept here between runs.
export KURZDRAHT_TEST_CACHE="${KURZDRAHT_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kurzdraht-tests}"

apt_install() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "Please install these packages with your system's package manager: ${missing[*]}" >&2
        return 0
    fi
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Qt's runtime libraries (xcb for a real screen, EGL/fontconfig for offscreen too), D-Bus and a
# Secret Service for the keyring, and Python's venv module.
QT_PACKAGES=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
    libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
    libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core)
KEYRING_PACKAGES=(dbus gnome-keyring)
if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
    QT_PACKAGES+=(python3-venv)
fi

make_venv() {
    local extras="$1"
    if [ ! -x "$VENV/bin/python" ]; then
        python3 -m venv "$VENV"
    fi
    # Reinstall only when the project's dependencies changed; pip's download cache is reused.
    local stamp="$VENV/.kurzdraht-installed$extras"
    local wanted
    wanted="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
        echo "Installing Kurzdraht's Python packages into $VENV ..."
        local log="$VENV/install.log"
        if ! { "$VENV/bin/python" -m pip install --upgrade pip &&
               "$VENV/bin/python" -m pip install -e "$ROOT$extras"; } >"$log" 2>&1; then
            tail -n 30 "$log" >&2
            echo "Installing the Python packages failed; the whole log is in $log" >&2
            exit 1
        fi
        echo "$wanted" > "$stamp"
    fi
}
