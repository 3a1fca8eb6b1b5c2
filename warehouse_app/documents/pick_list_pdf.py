"""A truck's pick list (PDF): the rows in the order a picker walks the warehouse (place,
then item, first expiry first), each with a box to tick, and per item what was wanted,
what is on the truck already, what is on the list and what the shelves are short of.
Headings in Polish, English and Ukrainian, like the truck's other papers."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from warehouse_app.core.shipping.pick_list import PickList
from warehouse_app.core.stock.locations import default_place_name
from warehouse_app.documents.pdf_common import build_pdf, fmt_date, fmt_qty
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.pdf_texts import TEXTS
from warehouse_app.documents.progress import Progress, report

_TEXTS: dict[str, tuple[str, str, str]] = {
    "pick_list": ("Lista kompletacyjna", "Pick list", "Список комплектації"),
    "picked": ("Zebrano", "Picked", "Зібрано"),
    "wanted": ("Zamówiono", "Wanted", "Замовлено"),
    "on_truck": ("Już w transporcie", "On the truck", "Вже у вантажівці"),
    "to_pick": ("Do zebrania", "To pick", "Зібрати"),
    "listed": ("Na liście", "On the list", "У списку"),
    "short": ("Brakuje", "Short", "Бракує"),
    "rule": ("Tylko towar, który może jechać tym transportem (termin ważności w dniu wyjazdu); najpierw ten, "
             "który wcześniej traci ważność.",
             "Only goods that may go on this truck (shelf life on its departure), those expiring soonest first.",
             "Лише товар, який може їхати цією вантажівкою (термін придатності в день виїзду); спершу той, "
             "що раніше втрачає придатність."),
}
ROW_WIDTHS = [w * mm for w in (44, 56, 20, 20, 16, 12, 18)]  # place/item/lot/expiry/qty/unit/picked: 186 mm
SUM_WIDTHS = [w * mm for w in (66, 24, 24, 24, 24, 24)]  # item/wanted/on truck/to pick/listed/short


def _h(key: str, sep: str = " / ") -> str:
    return sep.join(_TEXTS.get(key) or TEXTS[key])


def _place(names: tuple[str, ...]) -> str:
    return " › ".join(default_place_name(name, "pl") for name in names)


def write_pick_list(data: PickList, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the pick list to ``out``: the rows to pick (header repeated), then the totals per item."""
    regular, bold = register_fonts()
    report(progress, 0, 2)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=9.5)
    grid: list[Any] = [("FONT", (0, 0), (-1, -1), regular, 8, 9.5), ("FONT", (0, 0), (-1, 0), bold, 6.5, 7.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("BOX", (0, 0), (-1, -1), 0.5, colors.black)]
    rows: list[list[object]] = [[_h(k, "\n") for k in ("place", "item", "lot", "expiry", "quantity", "unit",
                                                        "picked")]]
    for r in data.rows:
        rows.append([Paragraph(escape(f"{_place(r.place)} {r.place_code}"), small), Paragraph(escape(r.item_name), small),
                     Paragraph(escape(r.lot_code), small), fmt_date(r.expiry), fmt_qty(r.quantity), r.unit, "☐"])
    picks = LongTable(rows, colWidths=ROW_WIDTHS, repeatRows=1, style=[
        *grid, ("ALIGN", (4, 1), (4, -1), "RIGHT"), ("ALIGN", (6, 1), (6, -1), "CENTER"),
        ("FONT", (6, 1), (6, -1), regular, 12, 14)])
    sums: list[list[object]] = [[_h(k, "\n") for k in ("item", "wanted", "on_truck", "to_pick", "listed", "short")]]
    for i in data.items:
        sums.append([Paragraph(escape(f"{i.item_name} ({i.unit})"), small), fmt_qty(i.wanted), fmt_qty(i.on_truck),
                     fmt_qty(i.to_pick), fmt_qty(i.listed), fmt_qty(i.short) if i.short else "—"])
    summary = LongTable(sums, colWidths=SUM_WIDTHS, repeatRows=1, style=[
        *grid, ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        *[("TEXTCOLOR", (5, n), (5, n), colors.HexColor("#B00020")) for n, i in enumerate(data.items, 1) if i.short]])
    truck = data.truck
    where = ", ".join(x for x in (truck.city, truck.country, truck.recipient) if x)
    info = ParagraphStyle("info", fontName=regular, fontSize=9, leading=12)
    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16)
    note = ParagraphStyle("note", fontName=regular, fontSize=7, leading=8.5, textColor=colors.HexColor("#555555"))
    story: list[Flowable] = [
        Paragraph(escape(f"{_h('pick_list')} · {truck.number}"), title),
        Paragraph(escape(" · ".join(x for x in (f"{_h('destination')}: {where}" if where else "",
                                                f"{_h('departure')}: {fmt_date(data.departure)}",
                                                f"{_h('printed')}: {fmt_date(data.printed_on)}") if x)), info),
        Paragraph(escape(_h("rule")), note),
        Spacer(0, 3 * mm), picks, Spacer(0, 5 * mm), summary,
    ]
    report(progress, 1, 2)
    path = build_pdf(out, story, title=f"{_h('pick_list')} {truck.number}", footer_left=truck.number)
    report(progress, 2, 2)
    return path
