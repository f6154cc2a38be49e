"""A real WordPress (Debian's package) on 127.0.0.1, for tests of the WordPress client.

The session fixture ``wordpress_site`` starts a private MariaDB (own data folder, unix socket
only, no networking) and PHP's built-in web server on a free loopback port, installs WordPress
through ``wp-admin/install.php`` like a person would, and yields a :class:`WordPressSite`.
Nothing of the system's WordPress or MariaDB is used or changed: the site is a tree of symlinks
to /usr/share/wordpress in a temporary folder with its own wp-config.php and a writable
wp-content (uploads, a must-use plugin for the tests). Everything is stopped and deleted after
the session. Server output goes to log files there; failures quote their tails.

Load it with ``-p servers.wordpress`` (or ``pytest_plugins``). The packages come from
scripts/setup-wordpress.sh (sourced by scripts/test); without them the fixture skips, or fails
when CI is set.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from servers.processes import die_with_parent, free_port, reap_stale, tail

WORDPRESS = Path("/usr/share/wordpress")
# The PHP extensions WordPress needs here: the database, images (thumbnails), XML and
# multibyte strings (REST and formatting), curl for WP_Http.
PHP_EXTENSIONS = ("mysqli", "gd", "xml", "mbstring", "curl")
PACKAGES_HINT = "run the tests through scripts/test, which installs WordPress, MariaDB and PHP"
START_TIMEOUT = 30.0

# Same options for creating the data folder and running the server: small InnoDB files, no
# durability (the data is thrown away), no TCP.
MARIADB_OPTIONS = (
    "--innodb-log-file-size=8M",
    "--innodb-buffer-pool-size=32M",
    "--innodb-data-file-path=ibdata1:12M:autoextend",
    "--innodb-flush-log-at-trx-commit=0",
    "--innodb-doublewrite=0",
    "--skip-name-resolve",
    "--skip-log-bin",
    "--character-set-server=utf8mb4",
    "--collation-server=utf8mb4_unicode_ci",
)

PHP_INI = (
    "display_errors=0",
    "display_startup_errors=0",
    "log_errors=1",
    "upload_max_filesize=64M",
    "post_max_size=64M",
    "memory_limit=256M",
    "max_execution_time=60",
)

# Included first by every PHP script of the site (web requests and php()): WordPress must load
# our wp-config.php, not /usr/share/wordpress's, although its files' __DIR__ is the real folder.
PREPEND_PHP = """<?php
if (!defined('ABSPATH')) {
    define('ABSPATH', %(root)s . '/');
}
"""

# php -S router: real files are served as they are; everything else (pretty permalinks,
# /wp-json/...) goes to index.php, as Apache's rewrite rules for WordPress do.
ROUTER_PHP = """<?php
require %(prepend)s;
$root = %(root)s;
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = $root . $path;
if (strpos($path, '..') === false) {
    if (is_file($file)) {
        return false;
    }
    if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
        return false;
    }
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir($root);
require $root . '/index.php';
"""

WP_CONFIG_PHP = """<?php
// wp-config.php of a throwaway test site (tests/servers/wordpress.py).
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', %(db_host)s);
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
$table_prefix = 'wp_';
%(salts)s
define('WP_HOME', %(url)s);
define('WP_SITEURL', %(url)s);
define('WP_CONTENT_DIR', %(root)s . '/wp-content');
define('WP_CONTENT_URL', %(url)s . '/wp-content');
// 'local' makes Application Passwords available over plain http.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISALLOW_FILE_MODS', true);
define('WP_DISABLE_FATAL_ERROR_HANDLER', true);
define('WP_DEBUG', false);
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
"""

# Must-use plugin of the test site: no mail, no comment flood limit (all test requests come
# from 127.0.0.1, which WordPress would otherwise throttle to one comment per 15 s), and a
# switchable rate limit that answers REST requests with 429 + Retry-After like a proxy would.
MU_PLUGIN_PHP = r"""<?php
/*
 * Plugin Name: Kurzdraht test site
 */
add_filter('pre_wp_mail', '__return_false');
add_filter('comment_flood_filter', '__return_false', 99);

function kurzdraht_test_is_rest_request() {
    $uri = $_SERVER['REQUEST_URI'] ?? '';
    return strpos($uri, '/wp-json') === 0 || isset($_GET['rest_route']);
}

// Like many security plugins do, determine the user before WordPress reports Application
// Password errors (rest_authentication_errors, priority 90). Without this, core only looks at
// the password at priority 100, too late: a wrong one then reads as "not logged in".
add_filter('rest_authentication_errors', function ($result) {
    if (get_option('kurzdraht_test_early_user_check')) {
        is_user_logged_in();
    }
    return $result;
}, 5);

add_action('muplugins_loaded', function () {
    if (PHP_SAPI === 'cli' || wp_installing() || !kurzdraht_test_is_rest_request()) {
        return;
    }
    global $wpdb;
    // One atomic decrement, so parallel requests never get more 429s than asked for.
    $taken = $wpdb->query(
        "UPDATE {$wpdb->options} SET option_value = option_value - 1"
        . " WHERE option_name = 'kurzdraht_test_rate_limit_remaining' AND CAST(option_value AS SIGNED) > 0"
    );
    if (!$taken) {
        return;
    }
    $retry_after = (int) $wpdb->get_var(
        "SELECT option_value FROM {$wpdb->options} WHERE option_name = 'kurzdraht_test_rate_limit_retry_after'"
    );
    status_header(429);
    header('Content-Type: application/json; charset=UTF-8');
    header('Retry-After: ' . $retry_after);
    echo wp_json_encode(array(
        'code' => 'rest_rate_limited',
        'message' => 'Too many requests (test rate limit).',
        'data' => array('status' => 429),
    ));
    exit;
}, 0);
"""

# Runs one piece of PHP in the site's context (php()): loads WordPress as a request for the
# site's own host, then the code from the file given as the first argument.
RUN_PHP = """<?php
require %(prepend)s;
$_SERVER['HTTP_HOST'] = %(host)s;
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['SERVER_PORT'] = %(port)s;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
require ABSPATH . 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
$kurzdraht_code = file_get_contents($argv[1]);
eval($kurzdraht_code);
"""


def php_string(value: str | os.PathLike) -> str:
    """A PHP string literal (JSON strings are valid PHP double-quoted strings, minus $)."""
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def find_mariadb() -> tuple[str | None, str | None]:
    search = os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/usr/local/sbin", "/sbin"])
    server = shutil.which("mariadbd", path=search) or shutil.which("mysqld", path=search)
    install = shutil.which("mariadb-install-db", path=search) or shutil.which("mysql_install_db", path=search)
    return server, install


def missing_requirements() -> list[str]:
    missing = []
    php = shutil.which("php")
    if not php:
        missing.append("php (php-cli)")
    else:
        modules = subprocess.run([php, "-m"], capture_output=True, text=True).stdout.lower().split()
        missing += [f"PHP extension {name}" for name in PHP_EXTENSIONS if name not in modules]
    server, install = find_mariadb()
    if not server or not install:
        missing.append("mariadbd / mariadb-install-db (mariadb-server)")
    if not (WORDPRESS / "wp-settings.php").is_file():
        missing.append(f"WordPress in {WORDPRESS} (wordpress)")
    return missing


class SiteError(RuntimeError):
    pass


class WordPressSite:
    """A running WordPress: ``url``, the administrator, and helpers that change the site from
    inside (PHP in the site's context), so tests need not go through the API they test."""

    admin_user = "admin"
    admin_email = "admin@example.test"
    title = "Kurzdraht Test Site"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder / "site"  # document root and ABSPATH
        self.logs = folder / "logs"
        self.socket = folder / "mysqld.sock"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.admin_password = secrets.token_urlsafe(18)
        self.pretty_permalinks = False
        self.versions: dict[str, str] = {}
        self.timings: dict[str, float] = {}
        self._processes: list[subprocess.Popen] = []
        self._php = shutil.which("php") or "php"

    # ----------------------------------------------------------------- start and stop

    def start(self) -> None:
        started = time.monotonic()
        self.logs.mkdir(parents=True)
        self._write_site()
        self._start_mariadb()
        self.timings["mariadb"] = time.monotonic() - started
        self._start_php_server()
        self.timings["php"] = time.monotonic() - started
        self._install()
        self.timings["total"] = time.monotonic() - started

    def stop(self) -> None:
        for process in reversed(self._processes):
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        deadline = time.monotonic() + 10
        for process in self._processes:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            try:  # whatever is left of the group (php -S workers, a hung mariadbd)
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            process.wait()
        self._processes.clear()

    def log_tails(self, lines: int = 30) -> str:
        names = ("mariadb.log", "php-server.log", "php-errors.log")
        return "\n".join(tail(self.logs / name, lines) for name in names)

    def _spawn(self, command: list[str], log_name: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        with open(self.logs / log_name, "ab") as log:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.folder,
                env=env,
                start_new_session=True,  # own process group, stopped as a whole
                preexec_fn=die_with_parent,
            )
        self._processes.append(process)
        (self.folder / "owner.json").write_text(
            json.dumps({"pid": os.getpid(), "groups": [p.pid for p in self._processes]})
        )
        return process

    def _wait_until(self, ready, process: subprocess.Popen, what: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise SiteError(f"{what} exited with code {process.returncode}")
            if ready():
                return
            time.sleep(0.05)
        raise SiteError(f"{what} did not start within {START_TIMEOUT:.0f} s")

    def _write_site(self) -> None:
        self.root.mkdir()
        for entry in WORDPRESS.iterdir():
            if entry.name not in ("wp-config.php", "wp-content", ".htaccess"):
                (self.root / entry.name).symlink_to(entry)
        content = self.root / "wp-content"
        for name in ("uploads", "upgrade", "mu-plugins", "plugins", "themes", "languages"):
            (content / name).mkdir(parents=True)
        (content / "index.php").write_text("<?php\n// Silence is golden.\n")
        shipped = WORDPRESS / "wp-content"
        for kind in ("plugins", "themes"):
            if (shipped / kind).is_dir():
                for entry in (shipped / kind).iterdir():
                    if not (content / kind / entry.name).exists():
                        (content / kind / entry.name).symlink_to(entry)
        (content / "mu-plugins" / "kurzdraht-test.php").write_text(MU_PLUGIN_PHP)

        root = php_string(self.root)
        self._prepend = self.folder / "prepend.php"
        self._prepend.write_text(PREPEND_PHP % {"root": root})
        self._router = self.folder / "router.php"
        self._router.write_text(ROUTER_PHP % {"root": root, "prepend": php_string(self._prepend)})
        self._runner = self.folder / "run.php"
        self._runner.write_text(
            RUN_PHP
            % {
                "prepend": php_string(self._prepend),
                "host": php_string(f"127.0.0.1:{self.port}"),
                "port": php_string(str(self.port)),
            }
        )
        salts = "\n".join(
            f"define('{name}', '{secrets.token_hex(32)}');"
            for name in (
                "AUTH_KEY",
                "SECURE_AUTH_KEY",
                "LOGGED_IN_KEY",
                "NONCE_KEY",
                "AUTH_SALT",
                "SECURE_AUTH_SALT",
                "LOGGED_IN_SALT",
                "NONCE_SALT",
            )
        )
        (self.root / "wp-config.php").write_text(
            WP_CONFIG_PHP
            % {
                "db_host": php_string(f"localhost:{self.socket}"),
                "salts": salts,
                "url": php_string(self.url),
                "root": root,
            }
        )

    def _start_mariadb(self) -> None:
        server, install = find_mariadb()
        data = self.folder / "mysql"
        user = ["--user=root"] if os.geteuid() == 0 else []
        created = subprocess.run(
            [
                install,
                "--no-defaults",
                f"--datadir={data}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                *user,
                *MARIADB_OPTIONS,
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd=self.folder,
        )
        (self.logs / "mariadb-install-db.log").write_text(created.stdout)
        if created.returncode:
            raise SiteError(f"mariadb-install-db failed:\n{created.stdout[-3000:]}")
        init = self.folder / "init.sql"
        init.write_text("CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n")
        process = self._spawn(
            [
                server,
                "--no-defaults",
                f"--datadir={data}",
                f"--socket={self.socket}",
                f"--pid-file={self.folder / 'mysqld.pid'}",
                "--skip-networking",
                f"--init-file={init}",
                f"--log-error={self.logs / 'mariadb.log'}",
                *user,
                *MARIADB_OPTIONS,
            ],
            "mariadb.log",
        )

        def ready() -> bool:
            if not self.socket.exists():
                return False
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                try:
                    probe.connect(str(self.socket))
                    return bool(probe.recv(1))  # the server's greeting
                except OSError:
                    return False

        self._wait_until(ready, process, "MariaDB")
        version = subprocess.run([server, "--version"], capture_output=True, text=True).stdout.split()
        self.versions["mariadb"] = version[2] if len(version) > 2 else " ".join(version)

    def _start_php_server(self) -> None:
        env = dict(os.environ, PHP_CLI_SERVER_WORKERS="4")
        ini = [f"-d{setting}" for setting in PHP_INI]
        ini += [f"-derror_log={self.logs / 'php-errors.log'}", f"-dauto_prepend_file={self._prepend}"]
        process = self._spawn(
            [self._php, *ini, "-S", f"127.0.0.1:{self.port}", "-t", str(self.root), str(self._router)],
            "php-server.log",
            env=env,
        )

        def ready() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return True
            except OSError:
                return False

        self._wait_until(ready, process, "PHP's web server")

    def _install(self) -> None:
        form = urllib.parse.urlencode(
            {
                "weblog_title": self.title,
                "user_name": self.admin_user,
                "admin_password": self.admin_password,
                "admin_password2": self.admin_password,
                "pw_weak": "1",
                "admin_email": self.admin_email,
                "blog_public": "0",
                "language": "",
            }
        ).encode()
        request = urllib.request.Request(f"{self.url}/wp-admin/install.php?step=2", data=form)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                page = response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            raise SiteError(f"install.php answered {error.code}: {error.read()[:2000]!r}") from error
        if "Success!" not in page:
            raise SiteError(f"install.php did not report success:\n{page[-3000:]}")
        self.versions.update(
            json.loads(
                self.php("""
            update_option('comment_moderation', '0');
            update_option('comment_previously_approved', '0');
            update_option('default_comment_status', 'open');
            update_option('close_comments_for_old_posts', '0');
            update_option('show_avatars', '0');  // avatars would be fetched from gravatar.com
            update_option('comment_registration', '0');
            update_option('require_name_email', '1');
            echo json_encode(array('wordpress' => get_bloginfo('version'), 'php' => PHP_VERSION));
        """)
            )
        )
        self.set_pretty_permalinks(True)

    # ----------------------------------------------------------------- helpers for tests

    def php(self, code: str, timeout: float = 60) -> str:
        """Run PHP statements (no ``<?php``) with WordPress loaded; returns what they print."""
        script = self.folder / f"snippet-{secrets.token_hex(6)}.php"
        script.write_text(code)
        try:
            result = subprocess.run(
                [
                    self._php,
                    *(f"-d{setting}" for setting in PHP_INI),
                    f"-derror_log={self.logs / 'php-errors.log'}",
                    str(self._runner),
                    str(script),
                ],
                capture_output=True,
                text=True,
                timeout=timeout,
                cwd=self.root,
            )
        finally:
            script.unlink(missing_ok=True)
        if result.returncode:
            raise SiteError(
                f"PHP failed ({result.returncode}):\n{code}\n--- output ---\n{result.stdout[-2000:]}"
                f"{result.stderr[-2000:]}\n{tail(self.logs / 'php-errors.log', 15)}"
            )
        return result.stdout

    def application_password(self, user: str, name: str = "Kurzdraht", unique: bool = True) -> str:
        """A new application password of ``user`` (the 24 characters, without spaces).

        WordPress refuses a second password of the same name for a user; with ``unique`` a taken
        name gets a number ("Kurzdraht 2"), so tests can ask for as many as they like."""
        return self.php(f"""
            $user = get_user_by('login', {php_string(user)});
            if (!$user) {{ fwrite(STDERR, "no such user"); exit(1); }}
            $name = {php_string(name)};
            if ({"true" if unique else "false"}) {{
                for ($n = 2; WP_Application_Passwords::application_name_exists_for_user($user->ID, $name); $n++) {{
                    $name = {php_string(name)} . ' ' . $n;
                }}
            }}
            $created = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => $name));
            if (is_wp_error($created)) {{ fwrite(STDERR, $created->get_error_message()); exit(1); }}
            echo $created[0];
        """).strip()

    def create_user(self, login: str, role: str = "subscriber", email: str | None = None) -> tuple[str, str]:
        """A new user with a random password; returns (login, password)."""
        password = secrets.token_urlsafe(15)
        self.php(f"""
            $id = wp_insert_user(array(
                'user_login' => {php_string(login)},
                'user_pass' => {php_string(password)},
                'user_email' => {php_string(email or f"{login}@example.test")},
                'display_name' => {php_string(login)},
                'role' => {php_string(role)},
            ));
            if (is_wp_error($id)) {{ fwrite(STDERR, $id->get_error_message()); exit(1); }}
        """)
        return login, password

    def user_id(self, login: str) -> int:
        return int(self.php(f"echo get_user_by('login', {php_string(login)})->ID;"))

    def set_option(self, name: str, value) -> None:
        """update_option() with a JSON-able value."""
        self.php(f"update_option({php_string(name)}, json_decode({php_string(json.dumps(value))}, true));")

    def set_pretty_permalinks(self, enabled: bool) -> None:
        """/%postname%/ permalinks and /wp-json/ (True), or plain ones where only ?rest_route= works."""
        structure = "/%postname%/" if enabled else ""
        self.php(f"""
            global $wp_rewrite;
            $wp_rewrite->set_permalink_structure({php_string(structure)});
            flush_rewrite_rules(false);
        """)
        self.pretty_permalinks = enabled

    def rest_url(self, route: str = "/", **query) -> str:
        """The URL of a REST route (e.g. "/wp/v2/posts") in the form the site answers to now."""
        route = "/" + route.lstrip("/")
        if self.pretty_permalinks:
            url = f"{self.url}/wp-json{route}"
            return f"{url}?{urllib.parse.urlencode(query)}" if query else url
        return f"{self.url}/?{urllib.parse.urlencode({'rest_route': route, **query})}"

    def set_early_user_check(self, enabled: bool) -> None:
        """Whether REST requests determine the user before WordPress checks for Application
        Password errors, as sites with security plugins do. Off (plain WordPress 6.1): a wrong
        password or unknown user is treated as anonymous (GET /wp/v2/users/me → 401
        rest_not_logged_in, public GETs → 200). On: 401 incorrect_password / invalid_username."""
        self.php(f"update_option('kurzdraht_test_early_user_check', '{1 if enabled else 0}');")

    def rate_limit_next(self, requests: int, retry_after: int = 1) -> None:
        """The next ``requests`` REST requests get 429 with ``Retry-After: retry_after`` (seconds)
        and {"code": "rest_rate_limited", ...}, before authentication, like a proxy's limit."""
        self.php(f"""
            update_option('kurzdraht_test_rate_limit_retry_after', '{int(retry_after)}', false);
            update_option('kurzdraht_test_rate_limit_remaining', '{int(requests)}', false);
        """)


@pytest.fixture(scope="session")
def wordpress_site() -> Iterator[WordPressSite]:
    missing = missing_requirements()
    if missing:
        message = f"WordPress test server needs {', '.join(missing)}: {PACKAGES_HINT}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    reap_stale(Path(tempfile.gettempdir()), "kd-wp-")
    # Short: a unix socket's path must stay under 108 bytes.
    folder = Path(tempfile.mkdtemp(prefix="kd-wp-"))
    if len(str(folder)) > 60 and Path("/tmp").is_dir():
        folder.rmdir()
        folder = Path(tempfile.mkdtemp(prefix="kd-wp-", dir="/tmp"))
    site = WordPressSite(folder)
    try:
        try:
            site.start()
        except Exception as error:  # noqa: BLE001 - whatever stopped it, the test fails with its logs
            pytest.fail(f"The WordPress test server did not start: {error}\n{site.log_tails()}", pytrace=False)
        yield site
    finally:
        site.stop()
        shutil.rmtree(folder, ignore_errors=True)
