"""The envelope both arrival files share, and the checked reading of their fields.

``{"format", "version", "body", "sha256"}``: ``sha256`` is taken over the body's canonical
JSON (keys sorted, no spaces, UTF-8 unescaped), so a file damaged on a USB stick or edited
by hand is refused. It is not a signature: anyone who edits the body can compute a new
checksum (docs/truck-file.md). Quantities and weights are decimal strings, never floats.
A field that is missing or of the wrong kind is one sentence naming it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from warehouse_app.core.quantities import MAX_NUMBER
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import check_path

TRUCK_FORMAT = "aid-warehouse-truck"
ARRIVAL_FORMAT = "aid-warehouse-arrival"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024  # a full truck of 2,000 lines is well under 2 MB

T = TypeVar("T")


def canonical(body: Mapping[str, Any]) -> bytes:
    """The bytes the checksum is taken over: keys sorted, no spaces, UTF-8 (not escaped)."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def checksum(body: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()


def seal_envelope(kind: str, body: Mapping[str, Any]) -> tuple[bytes, str]:
    """The file's bytes (indented for a person to read) and its checksum."""
    sha = checksum(body)
    envelope = {"format": kind, "version": VERSION, "body": body, "sha256": sha}
    return (json.dumps(envelope, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"), sha


def _refusal(kind: str, problem: str, **params: object) -> BadInput:
    """One sentence per kind of file and problem (whole sentences, so each translates whole)."""
    return _truck_refusal(problem, **params) if kind == TRUCK_FORMAT else _arrival_refusal(problem, **params)


def _truck_refusal(problem: str, **params: object) -> BadInput:
    if problem == "json":
        return BadInput("The truck file is damaged or incomplete: it is not readable JSON.")
    if problem == "other":
        return BadInput("This is an arrival confirmation file, not a truck file.")
    if problem == "format":
        return BadInput("This is not a truck file of Aid Warehouse.")
    if problem == "version":
        return BadInput("This truck file has version {version}; this app reads version {known}: update the app.",
                        **params)
    if problem == "parts":
        return BadInput("The truck file is damaged or incomplete: its body or checksum is missing.")
    return BadInput("The truck file is damaged or was changed after it was written: its checksum does not match.")


def _arrival_refusal(problem: str, **params: object) -> BadInput:
    if problem == "json":
        return BadInput("The arrival confirmation file is damaged or incomplete: it is not readable JSON.")
    if problem == "other":
        return BadInput("This is a truck file, not an arrival confirmation file.")
    if problem == "format":
        return BadInput("This is not an arrival confirmation file of Aid Warehouse.")
    if problem == "version":
        return BadInput("This arrival confirmation file has version {version}; this app reads version {known}: "
                        "update the app.", **params)
    if problem == "parts":
        return BadInput("The arrival confirmation file is damaged or incomplete: its body or checksum is missing.")
    return BadInput("The arrival confirmation file is damaged or was changed after it was written: its checksum "
                    "does not match.")


def open_envelope(data: bytes, kind: str) -> tuple[dict[str, Any], str]:
    """The body of a file of ``kind`` and its checksum, after checking both; else one sentence."""
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refusal(kind, "json") from None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("format"), str):
        raise _refusal(kind, "format")
    if envelope["format"] != kind:
        raise _refusal(kind, "other" if envelope["format"] in (TRUCK_FORMAT, ARRIVAL_FORMAT) else "format")
    if envelope.get("version") != VERSION:
        raise _refusal(kind, "version", version=str(envelope.get("version")), known=VERSION)
    body, sha = envelope.get("body"), envelope.get("sha256")
    if not isinstance(body, dict) or not isinstance(sha, str):
        raise _refusal(kind, "parts")
    if checksum(body) != sha.lower():
        raise _refusal(kind, "checksum")
    return body, sha.lower()


def read_file(path: str | os.PathLike[str], what: str = "file") -> bytes:
    """The bytes of a file the user named, or one sentence (no file, unreadable, too big)."""
    checked = check_path(path, what)
    try:
        if checked.stat().st_size > MAX_FILE_BYTES:
            raise BadInput("The file {name} is too big to be a truck or arrival file.", name=checked.name)
        return checked.read_bytes()
    except FileNotFoundError:
        raise BadInput("There is no file {path}.", path=str(checked)) from None
    except OSError as exc:
        raise BadInput("The file {name} cannot be read: {reason}.", name=checked.name,
                       reason=exc.strerror or exc.__class__.__name__) from None


# --- reading a body's fields ----------------------------------------------------------------

def bad_field(name: str) -> BadInput:
    return BadInput("The file is not a valid truck or arrival file: {field} is missing or wrong.", field=name)


def field(obj: Mapping[str, Any], key: str, where: str, kind: type[T] | tuple[type, ...]) -> Any:
    value = obj.get(key) if isinstance(obj, Mapping) else None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise bad_field(f"{where}.{key}" if where else key)
    return value


def text(obj: Mapping[str, Any], key: str, where: str, longest: int = 200) -> str:
    value: str = field(obj, key, where, str)
    if len(value) > longest:
        raise bad_field(f"{where}.{key}")
    return value


def optional_text(obj: Mapping[str, Any], key: str, where: str, longest: int = 200) -> str | None:
    return None if obj.get(key) is None else text(obj, key, where, longest)


def decimal(obj: Mapping[str, Any], key: str, where: str, *, positive: bool = False) -> Decimal:
    raw: str = field(obj, key, where, str)
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise bad_field(f"{where}.{key}") from None
    if (not value.is_finite() or value < 0 or (positive and value == 0) or value >= MAX_NUMBER
            or value != value.quantize(Decimal("0.001"))):
        raise bad_field(f"{where}.{key}")
    return value


def optional_decimal(obj: Mapping[str, Any], key: str, where: str) -> Decimal | None:
    return None if obj.get(key) is None else decimal(obj, key, where)


def day(obj: Mapping[str, Any], key: str, where: str, *, optional: bool = True) -> date | None:
    if obj.get(key) is None and optional:
        return None
    try:
        return date.fromisoformat(field(obj, key, where, str))
    except ValueError:
        raise bad_field(f"{where}.{key}") from None


def moment(obj: Mapping[str, Any], key: str, where: str) -> datetime:
    try:
        value = datetime.fromisoformat(field(obj, key, where, str))
    except ValueError:
        raise bad_field(f"{where}.{key}") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def items_of(obj: Mapping[str, Any], key: str, where: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
    values: list[Any] = field(obj, key, where, list)
    return tuple(read(value, f"{where}.{key}[{n}]") for n, value in enumerate(values))


def dec_text(value: Decimal) -> str:
    """An exact decimal as the file writes it: "12", "2.5", "0.333" (never a float, never 1E+1)."""
    return f"{value.normalize():f}"
