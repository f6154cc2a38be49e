"""The Linux packages, made from a PyInstaller one-folder bundle (dist/kurzdraht):

- kurzdraht_VERSION_ARCH.deb: the app in /opt/kurzdraht, `kurzdraht` on PATH (/usr/bin), the .desktop file
  and the icon, and the system libraries Qt needs on a desktop as dependencies;
- kurzdraht-VERSION-linux-ARCH.tar.gz: the same folder to unpack anywhere and start (`./kurzdraht`),
  with the .desktop file and icon beside it.

    python packaging/linux/package.py [--fast] BUNDLE OUT

The .deb is compressed with xz (67 MB; gzip: 90 MB, a minute faster to make: --fast, for the tests).
Uses dpkg-deb (part of every Debian and Ubuntu) and the standard library only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from desktop import APP_NAME, __version__  # noqa: E402

# What Qt's X11 (xcb) and Wayland platform plugins need from the system: the libraries
# scripts/setup-env.sh installs for the tests (QT_PACKAGES) and Wayland's, under Debian 12's names, with
# Ubuntu 24.04's renamed ones as alternatives. tests/test_installers.py checks them in a fresh Debian.
DEPENDS = (
    "libegl1",
    "libgl1",
    "libglib2.0-0t64 | libglib2.0-0",
    "libfontconfig1",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libwayland-client0",
    "libwayland-cursor0",
    "libwayland-egl1",
    "fonts-dejavu-core | fonts-dejavu",
)
# A desktop brings a password store; without one Kurzdraht still drafts, but cannot connect accounts.
RECOMMENDS = ("gnome-keyring | kwalletmanager | keepassxc",)
DESCRIPTION = """social media manager for social organisations
 One inbox for the comments of Facebook, Instagram, Threads, X, LinkedIn,
 YouTube, Mastodon, Bluesky and WordPress; a composer that publishes a post
 to several networks in one click; a calendar of every scheduled post.
 Drafts, comments and history stay in a local database, passwords in the
 system's password store."""


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def _copy_bundle(bundle: Path, target: Path) -> None:
    shutil.copytree(bundle, target, symlinks=True)
    for path in [target, *target.rglob("*")]:  # readable by everyone, writable by its owner only
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def _installed_size_kib(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024 + 1


def make_deb(bundle: Path, out: Path, fast: bool = False) -> Path:
    arch = architecture()
    target = out / f"kurzdraht_{__version__}_{arch}.deb"
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "root"
        _copy_bundle(bundle, root / "opt" / "kurzdraht")
        (root / "usr" / "bin").mkdir(parents=True)
        (root / "usr" / "bin" / "kurzdraht").symlink_to("/opt/kurzdraht/kurzdraht")
        applications = root / "usr" / "share" / "applications"
        applications.mkdir(parents=True)
        shutil.copy(REPO / "resources" / "kurzdraht.desktop", applications / "kurzdraht.desktop")
        icons = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(REPO / "resources" / "icons" / "kurzdraht.svg", icons / "kurzdraht.svg")
        for path in (applications / "kurzdraht.desktop", icons / "kurzdraht.svg"):
            path.chmod(0o644)
        control = root / "DEBIAN"
        control.mkdir()
        (control / "control").write_text(
            f"Package: kurzdraht\n"
            f"Version: {__version__}\n"
            f"Architecture: {arch}\n"
            f"Maintainer: The {APP_NAME} developers <noreply@kurzdraht.invalid>\n"
            f"Installed-Size: {_installed_size_kib(root)}\n"
            f"Depends: {', '.join(DEPENDS)}\n"
            f"Recommends: {', '.join(RECOMMENDS)}\n"
            f"Section: net\n"
            f"Priority: optional\n"
            f"Description: {DESCRIPTION}\n",
            encoding="utf-8",
        )
        for path in [root, *root.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zgzip" if fast else "-Zxz", "--build", str(root), str(target)],
            check=True,
            capture_output=True,
        )
    return target


def make_tarball(bundle: Path, out: Path) -> Path:
    name = f"kurzdraht-{__version__}-linux-{architecture()}"
    target = out / f"{name}.tar.gz"
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / name
        _copy_bundle(bundle, folder)
        shutil.copy(REPO / "resources" / "kurzdraht.desktop", folder / "kurzdraht.desktop")
        shutil.copy(REPO / "resources" / "icons" / "kurzdraht.svg", folder / "kurzdraht.svg")

        def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
            info.uid = info.gid = 0
            info.uname = info.gname = "root"
            return info

        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            archive.add(folder, arcname=name, filter=owned_by_root)
    return target


def main() -> int:
    arguments = sys.argv[1:]
    fast = "--fast" in arguments
    arguments = [a for a in arguments if a != "--fast"]
    if len(arguments) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    bundle, out = Path(arguments[0]), Path(arguments[1])
    if not (bundle / "kurzdraht").is_file():
        print(f"{bundle} is not a PyInstaller bundle of Kurzdraht (no kurzdraht in it)", file=sys.stderr)
        return 1
    out.mkdir(parents=True, exist_ok=True)
    for made in (make_deb(bundle, out, fast), make_tarball(bundle, out)):
        print(made)
    return 0


if __name__ == "__main__":
    sys.exit(main())
