# Sourced by scripts/start and scripts/test: installs what Kurzdraht needs on Debian/Ubuntu
# (only what is missing) and a virtual environment with the project in it.
# KURZDRAHT_VENV overrides where the environment lives (default: .venv in the checkout).

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${KURZDRAHT_VENV:-$ROOT/.venv}"
# Downloads the test servers need (npm packages, Node.js) are kept here between runs.
export KURZDRAHT_TEST_CACHE="${KURZDRAHT_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kurzdraht-tests}"

# System services that come with the test servers' packages (PostgreSQL and Redis for Bluesky,
# MariaDB and Apache for WordPress). The tests start private instances of their own, so installing
# these packages must neither start the system's services nor enable them at boot.
TEST_ONLY_SERVICES=(postgresql redis-server mariadb apache2 apache-htcacheclean)

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
    # Which of those services the system had before: the user's own, left as they are.
    local service had=()
    for service in "${TEST_ONLY_SERVICES[@]}"; do
        service_installed "$service" && had+=("$service")
    done
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    # apt starts a newly installed service unless /usr/sbin/policy-rc.d refuses: while installing
    # (and only if the system has no such policy of its own) ours refuses just these services, and
    # D-Bus's system bus (Kurzdraht and its tests use a session bus only; where the system bus was
    # missing, it starts at the next boot as usual).
    local policy="/usr/sbin/policy-rc.d" own_policy=""
    if [ ! -e "$policy" ] && [ -d /usr/sbin ]; then
        if printf '%s\n' '#!/bin/sh' \
            "# Written by Kurzdraht's scripts/setup-env.sh while it installs packages; removed afterwards." \
            'for arg in "$@"; do case "$arg" in -*) continue ;; esac' \
            '  case "$arg" in postgresql*|redis*|mariadb*|mysql*|apache2*|apache-htcacheclean*|dbus) exit 101 ;; esac; break; done' \
            'exit 0' | $sudo tee "$policy" >/dev/null && $sudo chmod 755 "$policy"; then
            own_policy=1
        fi
    fi
    # In a subshell whose exit (also by Ctrl-C) removes our policy again.
    (
        [ -n "$own_policy" ] && trap '$sudo rm -f "$policy"' EXIT
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    )
    # What was installed just now is not enabled at boot (nor running, if something started it).
    for service in "${TEST_ONLY_SERVICES[@]}"; do
        [[ " ${had[*]} " == *" $service "* ]] && continue
        service_installed "$service" || continue
        if [ -d /run/systemd/system ]; then
            $sudo systemctl disable --now --quiet "$service.service" 2>/dev/null || true
        elif command -v deb-systemd-helper >/dev/null; then
            $sudo deb-systemd-helper disable "$service.service" >/dev/null 2>&1 || true
        fi
        if [ -e "/etc/init.d/$service" ] && command -v update-rc.d >/dev/null; then
            $sudo update-rc.d "$service" disable >/dev/null 2>&1 || true
        fi
    done
}

service_installed() {
    [ -e "/lib/systemd/system/$1.service" ] || [ -e "/usr/lib/systemd/system/$1.service" ] || [ -e "/etc/init.d/$1" ]
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

# PyInstaller (a test dependency) bundles Python's shared library. Debian's and Ubuntu's own Python
# keep it in the package libpython3.X, for the X of python3; other Pythons bring their own.
python_library_package() {
    dpkg-query -S "$(readlink -f "$(command -v python3)")" >/dev/null 2>&1 || return 0
    python3 -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])'
}

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
