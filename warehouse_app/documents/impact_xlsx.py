"""Where every donor's gifts went in a period, as a spreadsheet: a summary per donor
(received, share left, delivered, still here, written off) and one row per donation,
item, state and truck, in the user's language.

Donor, item, place and reason texts are people's own words: written as text, never
formulas. The per-donor figures are each donor's trace summary (kg when every item
they gave has a unit weight, else units), so they match the donor's PDF report.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from warehouse_app.core.trace.data import LEFT, DonorTrace, Received, TraceRow, summarise
from warehouse_app.core.trace.rollup import WAITING, by_state_order, count_reason, fold, item_name, left_amount
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.documents.xlsx_table import Column, Table, streamed_workbook
from warehouse_app.documents.xlsx_texts import say

_SUMMARY = (("donor", 36, "text"), ("donations", 11, "int"), ("measure", 12, "text"), ("received", 13, "qty"),
            ("left", 13, "qty"), ("left_share", 11, "int"), ("delivered_on", 13, "qty"),
            ("in_warehouse", 13, "qty"), ("written_off", 13, "qty"), ("trucks", 11, "int"),
            ("destinations", 36, "text"))
_ROWS = (("donor", 30, "text"), ("donation", 14, "text"), ("donation_date", 12, "date"), ("item", 36, "text"),
         ("category", 14, "text"), ("state", 14, "text"), ("quantity", 11, "qty"), ("unit", 7, "text"),
         ("weight_kg", 12, "kg"), ("truck", 13, "text"), ("destination", 24, "text"), ("recipient", 28, "text"),
         ("dispatched", 12, "date"), ("delivered_on", 12, "date"), ("hub", 24, "text"), ("reason", 30, "text"))


def _columns(spec: Sequence[tuple[str, int, str]], lang: str) -> tuple[Column, ...]:
    return tuple(Column(say(key, lang), width, kind) for key, width, kind in spec)


def _donor_name(donor: str, lang: str) -> str:
    return donor or say("no_donor", lang)


def _figures(received: tuple[Received, ...], rows: tuple[TraceRow, ...], lang: str) -> tuple[object, ...]:
    """Measure, received, left, left %, delivered, in the warehouse, written off, trucks, destinations."""
    summary = summarise(received, rows)
    amounts = dict(summary.by_state)
    total = sum(amounts.values(), Decimal(0))
    return (say(f"measure_{summary.measure}", lang), total, left_amount(summary), int(summary.share_left),
            amounts.get("delivered", Decimal(0)), sum((amounts.get(s, Decimal(0)) for s in WAITING), Decimal(0)),
            amounts.get("written_off", Decimal(0)), len(summary.trucks), "; ".join(summary.destinations))


def _reason(row: TraceRow, lang: str) -> str | None:
    counted, words = count_reason(row)
    if counted:
        return say("stock_count", lang) + (f": {words}" if words else "")
    return words or None


def write_impact_sheet(data: Sequence[DonorTrace], out: str | os.PathLike[str], *, date_from: date | None = None,
                       date_to: date | None = None, lang: str = "en", progress: Progress | None = None) -> Path:
    """Write the impact sheet of ``data`` (every donor of the period ``date_from``..``date_to``)
    to ``out`` (atomically) in ``lang``."""
    donors = sorted(data, key=lambda d: (not d.donor, d.donor.casefold()))  # "(no donor)" last
    header = [(say("from", lang), date_from), (say("to", lang), date_to)]
    total = sum(len(d.rows) for d in donors) + 1
    with atomic_output(out) as temp, streamed_workbook(temp) as wb:
        summary = Table(wb, None, say("impact_by_donor", lang), _columns(_SUMMARY, lang), header,
                        heading=say("impact", lang))
        for donor in donors:
            summary.row((_donor_name(donor.donor, lang), len(donor.donations),
                         *_figures(donor.received, donor.rows, lang)))
        summary.finish()
        everything = (tuple(r for d in donors for r in d.received), tuple(r for d in donors for r in d.rows))
        figures = _figures(*everything, lang)
        summary.totals(say("total", lang), dict(enumerate((sum(len(d.donations) for d in donors), *figures), 1)))

        lines = Table(wb, summary.styles, say("impact_rows", lang), _columns(_ROWS, lang), header,
                      heading=say("impact_rows_heading", lang))
        done = 0
        weight: Decimal = Decimal(0)
        for donor in donors:
            for donation in donor.donations:
                folded = fold(donation.rows, lambda r: (r.item_id, r.unit, r.state, r.truck, r.destination,
                                                        r.delivered_on, r.hub, _reason(r, lang)))
                folded.sort(key=lambda f: (item_name(f.first, lang).casefold(),
                                           by_state_order(f.first), f.first.truck or ""))
                for f in folded:
                    r = f.first
                    lines.row((_donor_name(donor.donor, lang), donation.number, donation.opened_at.date(),
                               item_name(r, lang), r.category, say(f"state_{r.state}", lang), f.quantity, r.unit,
                               f.weight_kg, r.truck, r.destination, r.recipient,
                               r.dispatched_at.date() if r.dispatched_at and r.state in LEFT else None,
                               r.delivered_on, r.hub, _reason(r, lang)))
                    weight += f.weight_kg or Decimal(0)
                done += len(donation.rows)
                report(progress, done, total)
        lines.finish()
        lines.totals(say("total_rows", lang, n=lines.rows), {8: weight})
        report(progress, total, total)
        return Path(out)
