"""Which column of a sheet is which: our own header names, other systems' headers, the user's say.

A sheet's header row is matched column by column to the fields the importers read
(``name``, ``barcode``, ``quantity``…). Three sources, the later winning:

1. our own names in Polish, English and Ukrainian (``sheet_reader``'s aliases), or, when
   the sheet is recognised as an export or template of another system (Human Essentials,
   InvenTree, Sahana Eden, Odoo: ``resources/import_headers.json``), that system's meaning
   of its headers, where it differs (Human Essentials' "Barcodes" is a count, not codes);
2. a mapping remembered for sheets with the same headers (the *signature*, kept by
   ``core.intake.column_mapping`` in the shared database, so a donor's monthly sheet is
   mapped once for every station);
3. what the user says now (``--map "Nazwa=name"``, or the import dialog's column choices).

A column none of them names is *unknown*: it is listed, never silently dropped, and its
values stay in the rows under its normalised title (where the importers do not look).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import resource_path

IGNORE = ""  # the field of a column that is known but not imported
IGNORE_WORDS = frozenset({"", "-", "ignore", "skip", "none"})
SYSTEM_SHARE = 0.75  # the share of a row's headers a system must know to be taken as its sheet

# How a column got its field (Column.how).
OURS, SYSTEM, SAVED, GIVEN, UNKNOWN, IGNORED = "ours", "system", "saved", "given", "unknown", "ignored"


def normalise_header(text: str) -> str:
    """Lower case, no accents (Polish ł too), punctuation and spaces collapsed."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 -> A, 27 -> AB)."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class KnownSystem:
    key: str
    name: str  # as people know it: "Human Essentials"
    headers: Mapping[str, str]  # normalised header -> our field, or IGNORE


@cache
def known_systems() -> tuple[KnownSystem, ...]:
    """The systems of resources/import_headers.json, headers normalised."""
    data = json.loads(resource_path("import_headers.json").read_text(encoding="utf-8"))
    return tuple(
        KnownSystem(key, spec["name"], {normalise_header(h): f for h, f in spec["headers"].items()})
        for key, spec in data["systems"].items()
    )


def _own_headers(system: KnownSystem, ours: Mapping[str, str]) -> set[str]:
    """The headers that point at this system: no other system writes them, and ours either
    does not know them or reads them otherwise."""
    others = {h for s in known_systems() if s is not system for h in s.headers}
    return {h for h, f in system.headers.items() if h not in others and ours.get(h) != (f or None)}


def recognise_system(keys: Sequence[str], ours: Mapping[str, str]) -> KnownSystem | None:
    """The system whose sheet this header row is, if any: it knows at least three quarters
    of the row's headers and one of them is its own."""
    named = [k for k in keys if k]
    best: tuple[int, int, KnownSystem] | None = None
    for system in known_systems():
        known = sum(1 for k in named if k in system.headers)
        own = len(set(named) & _own_headers(system, ours))
        if own and named and known >= SYSTEM_SHARE * len(named) and (best is None or (known, own) > best[:2]):
            best = (known, own, system)
    return best[2] if best else None


@dataclass(frozen=True)
class Column:
    """One column of the sheet and what the import makes of it."""

    index: int  # 0-based, in the sheet
    header: str  # its title as written ("" when it has none)
    key: str  # the normalised title (or "column N"): what a mapping and the signature name it by
    field: str | None  # the importers' field its values fill; None: not imported
    how: str  # OURS, SYSTEM, SAVED, GIVEN, UNKNOWN or IGNORED

    @property
    def letter(self) -> str:
        return column_letter(self.index)

    @property
    def row_key(self) -> str:
        """Where the values go in each row: the field, else the normalised title."""
        return self.field or self.key


def column_key(index: int, header: str) -> str:
    return normalise_header(header) or f"column {index + 1}"


def signature(keys: Iterable[str]) -> str:
    """What a mapping is remembered by: the set of titled headers, in any order (a donor's
    monthly sheet has the same columns, perhaps moved)."""
    titled = sorted({k for k in keys if not k.startswith("column ")})
    return hashlib.sha1("\x1f".join(titled).encode("utf-8")).hexdigest()


def match_columns(headers: Sequence[str], ours: Mapping[str, str], *, saved: Mapping[str, str] | None = None,
                  given: Mapping[str, str] | None = None) -> tuple[tuple[Column, ...], KnownSystem | None]:
    """Each header's field (see the module's docstring) and the system recognised, if any.
    ``ours``: our own names, normalised -> field; ``saved`` and ``given``: normalised
    header -> field or IGNORE."""
    keys = [column_key(i, h) for i, h in enumerate(headers)]
    system = recognise_system(keys, ours)
    columns = []
    for index, (header, key) in enumerate(zip(headers, keys, strict=True)):
        if given is not None and key in given:
            field, how = given[key] or None, GIVEN
        elif saved is not None and key in saved:
            field, how = saved[key] or None, SAVED
        elif system is not None and key in system.headers:
            field, how = system.headers[key] or None, SYSTEM
        elif key in ours:
            field, how = ours[key], OURS
        else:
            field, how = None, UNKNOWN
        if field is None and how != UNKNOWN:
            how = IGNORED if how in (SYSTEM, OURS) else how
        columns.append(Column(index, header.strip(), key, field, how))
    return tuple(columns), system


def parse_mapping(texts: Iterable[str], ours: Mapping[str, str]) -> list[tuple[str, str]]:
    """``--map`` options ("Nazwa=name", "C=barcode", "Uwagi=ignore") as (header or column
    letter, field or IGNORE); the field may be given by any of our names for it."""
    pairs = []
    fields = sorted(set(ours.values()))
    for text in texts:
        header, sep, target = text.rpartition("=")
        if not sep or not header.strip():
            raise BadInput("“{text}” is not a column mapping; write it as COLUMN=FIELD, e.g. \"Nazwa=name\".",
                           text=text)
        word = normalise_header(target)
        if word in IGNORE_WORDS:
            pairs.append((header.strip(), IGNORE))
            continue
        field = ours.get(word) or ours.get(word.replace(" ", "_"))
        if field is None:
            raise BadInput("“{target}” is not a field the import reads; use one of: {fields}, or ignore.",
                           target=target.strip(), fields=", ".join(fields))
        pairs.append((header.strip(), field))
    return pairs


def resolve_mapping(pairs: Iterable[tuple[str, str]], headers: Sequence[str]) -> dict[str, str]:
    """The pairs of ``parse_mapping`` keyed by the columns of this header row: a header's
    title, else a column letter (for a sheet without titles)."""
    keys = [column_key(i, h) for i, h in enumerate(headers)]
    resolved: dict[str, str] = {}
    for name, field in pairs:
        key = normalise_header(name)
        if key not in keys:
            letter = name.strip().upper()
            at = next((i for i in range(len(keys)) if column_letter(i) == letter), None)
            if at is None:
                raise BadInput("The sheet has no column “{header}”; its columns are: {headers}.", header=name,
                               headers=", ".join(h.strip() or column_letter(i) for i, h in enumerate(headers)))
            key = keys[at]
        resolved[key] = field
    return resolved
