# Sourced by scripts/test after scripts/setup-env.sh (which defines apt_install): what the
# WordPress test server (tests/servers/wordpress.py) needs. Debian's WordPress, MariaDB and PHP's
# command line with the extensions WordPress uses; the tests run their own private MariaDB and
# PHP's built-in web server on 127.0.0.1 and never use the system's services or configuration
# (apt_install neither starts nor enables the Apache and MariaDB services the packages bring).

WORDPRESS_PACKAGES=(wordpress mariadb-server php-cli php-mysql php-gd php-xml php-mbstring php-curl)

setup_wordpress() {
    apt_install "${WORDPRESS_PACKAGES[@]}"
}
