"""Manager PINs: kept only as a salted scrypt hash, compared in constant time.

A PIN is short (4 to 8 digits), so the hash must be slow to guess offline: scrypt
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


# The PINs people choose first (after runs and repeats, which are refused by rule).
COMMON_PINS = frozenset({"1212", "2580", "1004", "0000", "1122", "6969", "2000", "2001", "1010",
                         "7777", "1313", "4444", "2222", "0852", "5683", "123123", "121212", "112233"})


def check_pin_format(pin: str) -> str:
    """The rule for a new PIN: 4 to 8 digits, not one a thief tries first.

    A PIN stored before this rule still works (``pin_matches`` never asks it)."""
    cleaned = pin.strip()
    if not (cleaned.isdigit() and cleaned.isascii() and 4 <= len(cleaned) <= 8):
        raise BadInput("A PIN is 4 to 8 digits.")
    if is_trivial(cleaned):
        raise BadInput("This PIN is too easy to guess (the same digit, a run like 1234, or a common one); "
                       "choose another.")
    return cleaned


def is_trivial(pin: str) -> bool:
    """All one digit, a run up or down (1234, 4321, 0123, 8901), or among the most common."""
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    return pin in COMMON_PINS or steps in ({0}, {1}, {9})


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
