"""Manager PINs: kept only as a salted scrypt hash, compared in constant time.

A PIN is short (4 to 12 digits), so the hash must be slow to guess offline: scrypt
with n=2**14, r=8, p=1 costs ~16 MB and ~50 ms per try here, enough for a laptop
that might be stolen, quick enough for a person at a station.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from warehouse_app.kernel.errors import BadInput

_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


def check_pin_format(pin: str) -> str:
    cleaned = pin.strip()
    if not (cleaned.isdigit() and cleaned.isascii() and 4 <= len(cleaned) <= 12):
        raise BadInput("A PIN is 4 to 12 digits.")
    return cleaned


def _derive(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32)


def hash_pin(pin: str) -> str:
    """``scrypt$n$r$p$salt$hash`` (hex): what is stored, never the PIN itself."""
    pin = check_pin_format(pin)
    salt = secrets.token_bytes(16)
    return f"{_SCHEME}${_N}${_R}${_P}${salt.hex()}${_derive(pin, salt, _N, _R, _P).hex()}"


def pin_matches(stored: str | None, pin: str) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != _SCHEME:
            return False
        derived = _derive(pin.strip(), bytes.fromhex(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(derived, bytes.fromhex(expected))
