"""Which text encoding a CSV file was saved in (issue 17).

Donors' CSV files come from Polish and Ukrainian Windows: UTF-8 (with or without a BOM),
UTF-16 with a BOM ("Unicode text"), or the 8-bit code pages Windows-1250 (Polish) and
Windows-1251 (Ukrainian, Russian). The bytes of the two code pages decode either way
without an error, so the choice is made by which reading looks like text: Polish read as
Windows-1250 has its letters (ąćęłńóśźż) among Latin ones; Ukrainian read as Windows-1251
has whole Cyrillic words. Read the wrong way, Cyrillic becomes runs of odd accented Latin
letters (``Ęîâäđŕ``) and Polish becomes Cyrillic letters inside Latin words (``Mydіo``).
When both readings look right, or neither does, the caller is told (``EncodingUnsure``)
and asks the user rather than import mojibake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from warehouse_app.kernel.errors import BadInput, EncodingUnsure

FORCED = ("utf-8", "utf-16", "cp1250", "cp1251")  # what the user may force (CLI --encoding, the dialog)
LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
    "utf-16": "UTF-16",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
}

_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_WORD = re.compile(r"[^\W\d_]+")
_PLAUSIBLE = 0.9  # share of a reading's non-ASCII letters that must look right


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # a key of LABELS


def _cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def plausibility(text: str, codec: str) -> float | None:
    """The share of the non-ASCII letters that belong where they are in this reading; None
    when there are none (nothing to judge by)."""
    good = total = 0
    for word in _WORD.findall(text):
        odd = [ch for ch in word if ord(ch) > 0x7F]
        if not odd:
            continue
        total += len(odd)
        if codec == "cp1251":
            if not any(ch.isascii() for ch in word):  # a whole Cyrillic word, never a mixed one
                good += sum(1 for ch in odd if _cyrillic(ch))
        else:
            good += sum(1 for ch in odd if ch in _POLISH)
    return good / total if total else None


def _utf16_without_bom(data: bytes) -> str | None:
    """"Unicode text" saved without its BOM: every other byte of the ASCII parts is zero."""
    head = data[:4000]
    if len(head) < 4 or head.count(0) < len(head) // 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return "utf-16-le" if odd > even * 4 else "utf-16-be" if even > odd * 4 else None


def decode(data: bytes, name: str, forced: str | None = None) -> Decoded:
    """The file's text and the encoding it was read with; ``forced`` (a key of FORCED)
    skips the guess. Raises ``EncodingUnsure`` where the user has to say."""
    if forced is not None:
        if forced not in FORCED:
            raise BadInput("Unknown encoding {encoding}: use cp1250, cp1251, utf-8 or utf-16.", encoding=forced)
        codec = forced
        if forced == "utf-8":
            codec = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
        elif forced == "utf-16":
            codec = ("utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be" if data.startswith(b"\xfe\xff")
                     else _utf16_without_bom(data) or "utf-16-le")
        return Decoded(_strict(data, codec, name), codec)
    if data.startswith(b"\xef\xbb\xbf"):
        return Decoded(_strict(data, "utf-8-sig", name), "utf-8-sig")
    if data.startswith(b"\xff\xfe"):
        return Decoded(_strict(data, "utf-16-le", name), "utf-16-le")
    if data.startswith(b"\xfe\xff"):
        return Decoded(_strict(data, "utf-16-be", name), "utf-16-be")
    wide = _utf16_without_bom(data)
    if wide is not None:
        return Decoded(_strict(data, wide, name), wide)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    readings = {codec: data.decode(codec, errors="replace") for codec in ("cp1250", "cp1251")}
    scores = {codec: plausibility(text, codec) for codec, text in readings.items()}
    if scores["cp1250"] is None and scores["cp1251"] is None:  # no letters beyond ASCII: the old default
        return Decoded(readings["cp1250"], "cp1250")
    plausible = [codec for codec, score in scores.items() if score is not None and score >= _PLAUSIBLE]
    if len(plausible) == 1:
        return Decoded(readings[plausible[0]], plausible[0])
    raise EncodingUnsure(name, {codec: sample_of(text) for codec, text in readings.items()})


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise BadInput("{file} cannot be read as {encoding} ({why}).", file=name, encoding=LABELS.get(codec, codec),
                       why=exc.reason) from None
    return text[1:] if text.startswith("\ufeff") else text


def sample_of(text: str, limit: int = 3) -> str:
    """A few of the file's words that show its letters: the first values with letters
    beyond ASCII (else the first values at all), for the user to recognise."""
    values: list[str] = []
    plain: list[str] = []
    for line in text.splitlines()[1:]:  # under the header
        for value in re.split(r"[;,\t]", line):
            value = value.strip().strip('"').strip()
            if not value or not any(ch.isalpha() for ch in value):
                continue
            target = values if any(ord(ch) > 0x7F for ch in value) else plain
            if value not in target:
                target.append(value[:40])
        if len(values) > limit:
            break
    chosen = values or plain
    return ", ".join(chosen[:limit]) + ("\u2026" if len(chosen) > limit else "")
