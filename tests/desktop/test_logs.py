"""Secrets are redacted from everything that is logged."""

from __future__ import annotations

from desktop.logs import REDACTED, SecretRedactor


def test_known_secrets_and_token_like_values_are_redacted():
    redactor = SecretRedactor()
    redactor.add("app-pass-word-1234")
    text = ("login with app-pass-word-1234 failed; Authorization: Bearer abc.def.ghi; "
            '{"accessJwt": "eyJhbGciOi", "handle": "lindenhof.bsky.social"}; url?code_verifier=xyz&state=ok')
    cleaned = redactor.redact(text)
    for secret in ("app-pass-word-1234", "abc.def.ghi", "eyJhbGciOi", "xyz"):
        assert secret not in cleaned
    assert cleaned.count(REDACTED) == 4
    assert "lindenhof.bsky.social" in cleaned and "state=ok" in cleaned
