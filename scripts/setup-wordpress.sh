# Sourced by scripts/test after scripts/setup-env.sh (which defines apt_install): what the
# WordPress test server (tests/servers/wordpress.py) needs. Debian's WordPress, MariaDB and PHP's
# command line with the extensions WordPress uses; the tests run their own private MariaDB and
# PHP's built-in web server on 127.0.0.1 and never use the system's services or configuration.

WORDPRESS_PACKAGES=(wordpress mariadb-server php-cli php-mysql php-gd php-xml php-mbstring php-curl)

setup_wordpress() {
    local missing=() package
    for package in "${WORDPRESS_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    # The wordpress package pulls in Apache, and mariadb-server would start MariaDB: neither is
    # used, so on machines with an init system keep apt from starting them (a policy-rc.d that
    # refuses just these services, only while installing and only if there is none already).
    local policy="/usr/sbin/policy-rc.d" sudo="" own_policy=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    if command -v apt-get >/dev/null && [ ! -e "$policy" ] && [ -d /usr/sbin ]; then
        if printf '%s\n' '#!/bin/sh' \
            '# Written by Kurzdraht'"'"'s scripts/setup-wordpress.sh while it installs packages; removed afterwards.' \
            'for arg in "$@"; do case "$arg" in -*) continue ;; esac' \
            '  case "$arg" in apache2*|apache-htcacheclean*|mariadb*|mysql*) exit 101 ;; esac; break; done' \
            'exit 0' | $sudo tee "$policy" >/dev/null && $sudo chmod 755 "$policy"; then
            own_policy=1
        fi
    fi
    # In a subshell whose exit (also by Ctrl-C) removes our policy again.
    (
        [ -n "$own_policy" ] && trap '$sudo rm -f "$policy"' EXIT
        apt_install "${missing[@]}"
    )
}
