"""Derived views of a trace that every reader of it needs the same way: the GUI's trace
view, the donor impact report (PDF) and the impact sheet (xlsx).

Per item, what was received and where each unit is now, so a reader can check that the
parts add up to the whole; rows folded into the few lines a person reads (one per truck
and item, not one per lot and shelf); the share of the whole in some states.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from warehouse_app.core.trace.data import LEFT, STATES, Received, TraceRow, TraceSummary, TruckTraceRow, percent

WAITING = ("in_stock", "packed", "loaded")  # still in the warehouse (loaded: on a truck not yet gone)


def item_name(row: TraceRow | TruckTraceRow, lang: str) -> str:
    """The item as a reader of ``lang`` calls it: its Ukrainian or English name where it
    has one, else the name on the goods."""
    own = {"uk": row.item_uk, "en": row.item_en}.get(lang, "")
    return own or row.item


def add_kg(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    """Weights added up; unknown (None) when either part is unknown (never a silent 0)."""
    return None if a is None or b is None else a + b


@dataclass(frozen=True)
class ItemTotal:
    """One item (in one unit) over the donations read: received, and where it all is now.

    ``by_state`` adds up to ``received``: the check the report prints."""

    item_id: int
    item: str
    item_uk: str
    item_en: str
    unit: str
    received: Decimal
    received_kg: Decimal | None
    by_state: dict[str, Decimal] = field(default_factory=dict)

    def name(self, lang: str) -> str:
        return {"uk": self.item_uk, "en": self.item_en}.get(lang, "") or self.item

    def amount(self, *states: str) -> Decimal:
        return sum((self.by_state.get(state, Decimal(0)) for state in states), Decimal(0))

    @property
    def accounted(self) -> Decimal:
        """Every state added up: equals ``received`` when the trace is whole."""
        return self.amount(*STATES)


def item_totals(received: Iterable[Received], rows: Iterable[TraceRow]) -> tuple[ItemTotal, ...]:
    """Per (item, unit): the quantity received and the quantity in each state, by name."""
    totals: dict[tuple[int, str], ItemTotal] = {}
    for line in received:
        key = (line.item_id, line.unit)
        known = totals.get(key)
        if known is None:
            totals[key] = ItemTotal(line.item_id, line.item, "", "", line.unit, line.quantity, line.weight_kg, {})
        else:
            totals[key] = replace(known, received=known.received + line.quantity,
                                  received_kg=add_kg(known.received_kg, line.weight_kg))
    for row in rows:
        key = (row.item_id, row.unit)
        known = totals.get(key) or ItemTotal(row.item_id, row.item, "", "", row.unit, Decimal(0), Decimal(0), {})
        by_state = dict(known.by_state)
        by_state[row.state] = by_state.get(row.state, Decimal(0)) + row.quantity
        totals[key] = replace(known, item_uk=known.item_uk or row.item_uk, item_en=known.item_en or row.item_en,
                              by_state=by_state)
    return tuple(sorted(totals.values(), key=lambda t: (t.item.casefold(), t.unit)))


@dataclass(frozen=True)
class Folded:
    """Rows that differ only in what a reader does not need (lot, shelf), added up."""

    first: TraceRow  # the fields they share are read from here
    quantity: Decimal
    weight_kg: Decimal | None
    expiries: tuple[str, ...] = ()


def fold(rows: Iterable[TraceRow], key: Callable[[TraceRow], Hashable]) -> list[Folded]:
    """Rows with the same ``key`` as one, in the order their key first appears."""
    folded: dict[Hashable, Folded] = {}
    for row in rows:
        k = key(row)
        known = folded.get(k)
        expiry = (row.expiry.isoformat(),) if row.expiry else ()
        if known is None:
            folded[k] = Folded(row, row.quantity, row.weight_kg, expiry)
        else:
            folded[k] = Folded(known.first, known.quantity + row.quantity, add_kg(known.weight_kg, row.weight_kg),
                               tuple(sorted(set(known.expiries + expiry))))
    return list(folded.values())


def by_state_order(row: TraceRow) -> int:
    return STATES.index(row.state) if row.state in STATES else len(STATES)


def share(summary: TraceSummary, *states: str) -> Decimal:
    """The whole percent of the summary's amount (kg or units) in ``states``."""
    amounts = dict(summary.by_state)
    total = sum(amounts.values(), Decimal(0))
    part = sum((amounts.get(state, Decimal(0)) for state in states), Decimal(0))
    return percent(part, total)


def left_amount(summary: TraceSummary) -> Decimal:
    return sum((amount for state, amount in summary.by_state if state in LEFT), Decimal(0))


def count_reason(row: TraceRow) -> tuple[bool, str]:
    """(whether the units were counted out at a stocktake rather than written off, the
    person's own reason): each reader words the first in its own language."""
    return row.counted, row.reason or ""
