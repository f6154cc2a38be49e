"""The Linux installers as a user gets them: `packaging/build` makes a .deb and a .tar.gz; the .deb is
installed with apt into a fresh Debian root (debootstrap, minbase: nothing of a desktop but what the
package asks for) and started there; the portable folder starts from wherever it is unpacked.

Slow (a PyInstaller build, a Debian root): about three minutes. Needs root, debootstrap and chroot for
the .deb; in CI these are there (scripts/test installs debootstrap), elsewhere the .deb test is skipped.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from desktop import __version__

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 900


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("packages")
    result = subprocess.run(
        [str(REPO / "packaging" / "build"), "--fast", str(out)],
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    (deb,) = out.glob("kurzdraht_*.deb")
    (tarball,) = out.glob("kurzdraht-*.tar.gz")
    return {"deb": deb, "tarball": tarball}


def _apt_mirror(suite: str) -> str:
    """This system's Debian mirror for `suite`, from its apt sources (as .ci/run finds it)."""
    for sources in sorted(Path("/etc/apt/sources.list.d").glob("*.sources")):
        for stanza in sources.read_text().split("\n\n"):
            fields = dict(re.findall(r"^(\w[\w-]*):\s*(.*)$", stanza, re.MULTILINE))
            if suite in fields.get("Suites", "").split() and fields.get("URIs"):
                return fields["URIs"].split()[0]
    listed = Path("/etc/apt/sources.list")
    if listed.exists():
        for line in listed.read_text().splitlines():
            parts = line.split()
            if len(parts) >= 3 and parts[0] == "deb" and parts[2] == suite:
                return parts[1]
    pytest.fail(f"no Debian mirror for {suite} in this system's apt sources")


def _suite() -> str:
    release = dict(re.findall(r'^(\w+)="?([^"\n]*)"?$', Path("/etc/os-release").read_text(), re.MULTILINE))
    if release.get("ID") != "debian":
        pytest.skip("the fresh root is made with debootstrap from this Debian system's mirror")
    return release["VERSION_CODENAME"]


def _can_make_roots() -> None:
    missing = [tool for tool in ("debootstrap", "chroot", "mount") if shutil.which(tool) is None]
    if os.geteuid() != 0 or missing:
        why = "not root" if os.geteuid() != 0 else f"{', '.join(missing)} missing"
        if os.environ.get("CI"):
            pytest.fail(f"the .deb must be tried in a fresh Debian root in CI ({why})")
        pytest.skip(f"a fresh Debian root needs root, debootstrap and chroot ({why})")


class FreshDebian:
    """A minimal Debian root made with debootstrap, with /proc, /sys and /dev while it is used."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.mounts: list[Path] = []

    def make(self) -> None:
        suite = _suite()
        cache = Path("/var/cache/apt/archives")  # the downloads apt keeps (CI keeps this between runs)
        if not os.access(cache, os.W_OK):
            cache = Path(os.environ.get("KURZDRAHT_TEST_CACHE", "/var/tmp")) / "debootstrap"
            cache.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            ["debootstrap", "--variant=minbase", f"--cache-dir={cache}", suite, str(self.path), _apt_mirror(suite)],
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        # This system's apt settings (validity checks, proxies) and name resolution.
        for conf in Path("/etc/apt/apt.conf.d").glob("*"):
            if conf.is_file() and "Acquire::" in conf.read_text(errors="replace"):
                shutil.copy(conf, self.path / "etc/apt/apt.conf.d" / conf.name)
        for name in ("resolv.conf", "hosts"):
            if Path("/etc", name).exists():
                shutil.copy(Path("/etc", name), self.path / "etc" / name)
        # No service an install step brings may start (as in a container).
        policy = self.path / "usr/sbin/policy-rc.d"
        policy.write_text("#!/bin/sh\nexit 101\n")
        policy.chmod(0o755)
        for kind, source, target in (("proc", "proc", "proc"), ("sysfs", "sysfs", "sys"), ("bind", "/dev", "dev")):
            where = self.path / target
            options = ["--bind", source] if kind == "bind" else ["-t", kind, source]
            subprocess.run(["mount", *options, str(where)], check=True)
            self.mounts.append(where)

    def run(self, *command: str, env: dict[str, str] | None = None, timeout: int = 600):
        environment = {"HOME": "/root", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}
        environment.update(env or {})
        for name in ("http_proxy", "https_proxy", "no_proxy"):
            if name in os.environ:
                environment[name] = os.environ[name]
        return subprocess.run(
            ["chroot", str(self.path), "env", "-i", *(f"{k}={v}" for k, v in environment.items()), *command],
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def close(self) -> None:
        for where in reversed(self.mounts):
            if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.fixture
def fresh_debian(tmp_path: Path):
    _can_make_roots()
    root = FreshDebian(tmp_path / "debian")
    try:
        root.make()
        yield root
    finally:
        root.close()


def test_the_deb_installs_into_a_fresh_debian_with_what_it_needs_and_starts(packages, fresh_debian):
    deb = packages["deb"]
    shutil.copy(deb, fresh_debian.path / "tmp" / deb.name)
    assert fresh_debian.run("apt-get", "update", "-qq").returncode == 0
    installed = fresh_debian.run(
        "apt-get", "install", "-y", "-qq", "--no-install-recommends", f"/tmp/{deb.name}",
        env={"DEBIAN_FRONTEND": "noninteractive"},
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]

    # `kurzdraht` is on PATH, the menu entry and icon are where desktops look for them.
    version = fresh_debian.run("kurzdraht", "--version")
    assert version.returncode == 0 and __version__ in version.stdout, version.stderr
    assert (fresh_debian.path / "usr/share/applications/kurzdraht.desktop").is_file()
    assert (fresh_debian.path / "usr/share/icons/hicolor/scalable/apps/kurzdraht.svg").is_file()
    shown = fresh_debian.run(
        "kurzdraht", "--demo", "--exit-when-shown", env={"QT_QPA_PLATFORM": "offscreen"}, timeout=120
    )
    assert shown.returncode == 0 and "shown after" in shown.stdout, shown.stdout + shown.stderr
    # On a desktop Qt draws through X11 (xcb) or Wayland: every library those plugins need is there, as
    # the package's dependencies brought them.
    platforms = fresh_debian.path / "opt/kurzdraht/_internal/PySide6/Qt/plugins/platforms"
    plugins = [platforms / "libqxcb.so", platforms / "libqwayland.so"]
    for plugin in plugins:
        inside = "/" + str(plugin.relative_to(fresh_debian.path))
        linked = fresh_debian.run("ldd", inside)
        missing = [line.split()[0] for line in linked.stdout.splitlines() if "not found" in line]
        assert linked.returncode == 0 and not missing, f"{plugin.name} needs {missing} {linked.stderr}"

    removed = fresh_debian.run("apt-get", "remove", "-y", "-qq", "kurzdraht", env={"DEBIAN_FRONTEND": "noninteractive"})
    assert removed.returncode == 0 and not (fresh_debian.path / "opt/kurzdraht").exists()


def test_the_menu_entry_is_valid():
    if shutil.which("desktop-file-validate") is None:
        if os.environ.get("CI"):
            pytest.fail("desktop-file-validate is missing (scripts/test installs desktop-file-utils)")
        pytest.skip("desktop-file-validate is not installed (desktop-file-utils)")
    result = subprocess.run(
        ["desktop-file-validate", str(REPO / "resources" / "kurzdraht.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_portable_folder_starts_where_it_is_unpacked(packages, tmp_path):
    with tarfile.open(packages["tarball"]) as archive:
        names = archive.getnames()
    (tmp_path / "Programme").mkdir()
    # Unpacked as a user does (Debian 12's Python has no tarfile filters yet).
    subprocess.run(["tar", "-xzf", str(packages["tarball"]), "-C", str(tmp_path / "Programme")], check=True)
    top = {name.split("/")[0] for name in names}
    assert len(top) == 1  # one folder, not files all over the place
    folder = tmp_path / "Programme" / top.pop()
    assert (folder / "kurzdraht.desktop").is_file() and (folder / "kurzdraht.svg").is_file()
    environment = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "KURZDRAHT_HOME": str(tmp_path / "daten"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    shown = subprocess.run(
        [str(folder / "kurzdraht"), "--demo", "--exit-when-shown"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0 and "shown after" in shown.stdout, shown.stdout + shown.stderr


def test_the_windows_and_macos_icons_are_drawn_from_the_svg(tmp_path):
    from PIL import Image

    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "icons.py"), str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "kurzdraht.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    with Image.open(tmp_path / "kurzdraht.icns") as icns:
        assert icns.size == (1024, 1024)
    with Image.open(tmp_path / "kurzdraht.png") as png:
        corner, middle = png.getpixel((2, 2)), png.getpixel((128, 128))
    assert corner[3] == 0 and middle[3] == 255  # drawn, with its rounded corners see-through
