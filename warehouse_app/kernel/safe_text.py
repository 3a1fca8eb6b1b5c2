"""Text from outside the app made safe to show: passwords masked, undecodable bytes refused.

Every front end shows these sentences, so the helpers live in the kernel: a database
address with a password is never printed in full, and an argument that the operating
system could not decode (POSIX hands undecodable bytes over as lone surrogates) is one
sentence instead of a crash when it is printed or stored.
"""

from __future__ import annotations

import re

from warehouse_app.kernel.errors import BadInput, escape_controls

MASK = "***"
# scheme://user:password@host — the password part, in any text (a URL alone or a sentence)
_PASSWORD_IN_URL = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.\-]*://[^:/?#@\s]*:)(?P<password>[^\s/]*)(?P<tail>@)")


def mask_passwords(text: str) -> str:
    """``postgresql://ann:secret@db/x`` -> ``postgresql://ann:***@db/x``, wherever it occurs."""
    return _PASSWORD_IN_URL.sub(lambda m: f"{m['head']}{MASK}{m['tail']}" if m["password"] else m[0], text)


def undecodable(text: str) -> bool:
    """True when ``text`` holds bytes the system could not decode (lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def shown(text: str) -> str:
    """Printable in any case: undecodable bytes as ``\\xff``, everything else as it is."""
    if not undecodable(text):
        return text
    return "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF  # a byte, as surrogateescape keeps it
                   else c.encode("utf-8", "backslashreplace").decode("ascii") if 0xD800 <= ord(c) <= 0xDFFF
                   else c for c in text)


def check_text(text: str, what: str = "text") -> str:
    """Refuse text with undecodable bytes before it is stored or printed."""
    if undecodable(text):
        raise BadInput("The {what} \u201c{value}\u201d is not valid text (UTF-8); type it again.", what=what, value=shown(text))
    return text


def one_line(text: str) -> str:
    """A sentence as one line: the user's own newlines and control characters shown escaped."""
    return escape_controls(shown(text))
