"""Secrets are redacted from everything that is logged."""

from __future__ import annotations

from desktop.logs import REDACTED, SecretRedactor


def test_known_secrets_and_token_like_values_are_redacted():
    redactor = SecretRedactor()
    redactor.add("app-pass-word-1234")
    text = (
        "login with app-pass-word-1234 failed; Authorization: Bearer abc.def.ghi; "
        '{"accessJwt": "eyJhbGciOi", "handle": "lindenhof.bsky.social"}; url?code_verifier=xyz&state=ok'
    )
    cleaned = redactor.redact(text)
    for secret in ("app-pass-word-1234", "abc.def.ghi", "eyJhbGciOi", "xyz"):
        assert secret not in cleaned
    assert cleaned.count(REDACTED) == 4
    assert "lindenhof.bsky.social" in cleaned and "state=ok" in cleaned


def test_the_log_and_each_file_after_a_rotation_are_readable_by_the_user_alone(tmp_path):
    import logging
    import os
    import stat
    import sys

    import pytest

    from desktop.logs import setup_logging

    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    old_umask = os.umask(0o022)  # a usual umask, which would make new files readable by everyone
    try:
        folder = tmp_path / "logs"
        path = setup_logging(folder)
        assert path is not None
        log = logging.getLogger("kurzdraht.test")
        for number in range(3_000):  # about 2.6 MB: past the 2 MB at which the log is rotated
            log.info("line %d %s", number, "x" * 800)
        assert (folder / "kurzdraht.log.1").exists()
        for file in (folder / "kurzdraht.log", folder / "kurzdraht.log.1"):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    finally:
        os.umask(old_umask)
        setup_logging(tmp_path / "after")  # leave no handler on the test's folder
