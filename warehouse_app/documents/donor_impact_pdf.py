"""Where a donor's gifts went (PDF), in the donor's language: Polish, English or Ukrainian.

A letter to one donor, so it speaks one language and plainly: the sentence they look
for first ("84 % of your donation has left for Kharkiv and Lviv on 3 trucks"), what
they gave, which truck took it where and whether the hub confirmed it, what still waits
here, what had to be written off and why, and per item a totals line whose parts add up
to what was received: an honest account, then a thank-you.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from warehouse_app.core.shipping.packing_data import WarehouseDetails
from warehouse_app.core.trace.data import LEFT, DonorTrace, TraceRow, TraceSummary
from warehouse_app.core.trace.rollup import WAITING, count_reason, fold, item_name, item_totals, share
from warehouse_app.documents.donation_receipt_pdf import UNITS, plural
from warehouse_app.documents.pdf_common import build_pdf, fmt_date, fmt_kg, fmt_qty
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.progress import Progress, report
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.station import LANGUAGES

IMPACT_TEXTS: dict[str, dict[str, str]] = {
    "pl": {
        "title": "Dokąd trafił Państwa dar", "donor": "Darczyńca", "no_donor": "(bez darczyńcy)",
        "period": "Okres", "all_time": "wszystkie darowizny", "printed": "Sporządzono",
        "greeting": "Szanowni Państwo,",
        "intro": "dziękujemy za zaufanie. Poniżej piszemy uczciwie, co stało się z każdą rzeczą, którą od "
                 "Państwa przyjęliśmy: co już wyjechało, dokąd i komu, co jeszcze czeka w magazynie i co "
                 "musieliśmy spisać ze stanu.",
        "left": "{share} % Państwa daru{measure} wyjechało już z magazynu – cel: {places}, {n} {trucks}.",
        "none_left": "Państwa dar{measure} jest jeszcze u nas – czeka w magazynie na najbliższy transport.",
        "nothing": "W tym okresie nie przyjęliśmy od Państwa darów.",
        "by_weight": " (wagowo)",
        "and": " i ",
        "delivered_share": "Odbiorca potwierdził już dostarczenie {share} %.",
        "waiting_share": "{share} % czeka jeszcze w magazynie na transport.",
        "gave": "Co Państwo przekazali", "went": "Dokąd pojechało", "waiting": "Co jeszcze czeka w magazynie",
        "written_off": "Spisane ze stanu", "totals": "Podsumowanie według towarów",
        "written_off_note": "Towary, których nie mogliśmy wysłać (np. uszkodzone lub przeterminowane), "
                            "spisujemy ze stanu i podajemy powód.",
        "totals_note": "W każdym wierszu: wyjechało + czeka w magazynie + spisane = przyjęto.",
        "donation": "Darowizna", "date": "Data", "item": "Towar", "quantity": "Ilość", "unit": "J.m.",
        "kg": "Masa kg", "truck": "Transport", "to": "Dokąd i do kogo", "status": "Stan", "where": "Gdzie",
        "reason": "Powód", "received": "Przyjęto", "gone": "Wyjechało", "delivered": "w tym dostarczone",
        "here": "Czeka w magazynie", "total": "Razem",
        "in_stock": "na półce w magazynie", "packed": "spakowane: {package}", "loaded": "załadowane na {truck}, "
        "czeka na wyjazd", "dispatched": "w drodze (wysłane {date})",
        "delivered_on": "dostarczone {date}{hub}", "to_hub": " do: {hub}", "damaged": " (uszkodzone)",
        "missing": "odbiorca zgłosił brak tej paczki", "no_reason": "bez podanego powodu", "counted": "brak stwierdzony przy spisie z natury",
        "thanks": "Jeszcze raz serdecznie dziękujemy. To dzięki Państwa hojności możemy nieść pomoc ludziom "
                  "w Ukrainie. Jeśli mają Państwo pytania o ten raport, prosimy o kontakt.",
        "regards": "Z wdzięcznością",
    },
    "en": {
        "title": "Where your donation went", "donor": "Donor", "no_donor": "(no donor)",
        "period": "Period", "all_time": "all donations", "printed": "Prepared on",
        "greeting": "Dear {donor},",
        "intro": "thank you for your trust. Below we tell you honestly what happened to everything we received "
                 "from you: what has left, where and for whom, what still waits in our warehouse, and what we "
                 "had to write off.",
        "left": "{share} % of your donation{measure} has left for {places} on {n} {trucks}.",
        "none_left": "Your donation{measure} is still with us, waiting in the warehouse for the next truck.",
        "nothing": "We received no donation from you in this period.",
        "by_weight": " (by weight)",
        "and": " and ",
        "delivered_share": "The receiving hub has already confirmed {share} % as delivered.",
        "waiting_share": "{share} % is still in our warehouse, waiting for a truck.",
        "gave": "What you gave", "went": "Where it went", "waiting": "Still in our warehouse",
        "written_off": "Written off", "totals": "Totals by item",
        "written_off_note": "Goods we could not send (for example damaged or expired) are written off; "
                            "the reason is given.",
        "totals_note": "On every line: left + still here + written off = received.",
        "donation": "Donation", "date": "Date", "item": "Item", "quantity": "Quantity", "unit": "Unit",
        "kg": "Weight kg", "truck": "Truck", "to": "To", "status": "Status", "where": "Where",
        "reason": "Reason", "received": "Received", "gone": "Left", "delivered": "of which delivered",
        "here": "Still here", "total": "Total",
        "in_stock": "on a shelf in the warehouse", "packed": "packed: {package}",
        "loaded": "loaded on {truck}, about to leave", "dispatched": "on its way (sent {date})",
        "delivered_on": "delivered {date}{hub}", "to_hub": " to {hub}", "damaged": " (damaged)",
        "missing": "the hub reported this package missing", "no_reason": "no reason given", "counted": "found missing at a stock count",
        "thanks": "Thank you once again. Your generosity is what lets us bring help to people in Ukraine. "
                  "If you have any questions about this report, please get in touch.",
        "regards": "With gratitude",
    },
    "uk": {
        "title": "Куди потрапила Ваша пожертва", "donor": "Благодійник", "no_donor": "(без благодійника)",
        "period": "Період", "all_time": "усі пожертви", "printed": "Складено",
        "greeting": "Шановні друзі,",
        "intro": "дякуємо за довіру. Нижче ми чесно розповідаємо, що сталося з усім, що ми від Вас отримали: що "
                 "вже вирушило, куди і для кого, що ще чекає на складі і що довелося списати.",
        "left": "{share} % Вашої пожертви{measure} вже вирушило зі складу — пункт призначення: {places}, "
                "{n} {trucks}.",
        "none_left": "Ваша пожертва{measure} ще в нас — чекає на складі найближчого рейсу.",
        "nothing": "У цей період ми не отримували від Вас пожертв.",
        "by_weight": " (за вагою)",
        "and": " і ",
        "delivered_share": "Отримувач уже підтвердив доставку {share} %.",
        "waiting_share": "{share} % ще чекає на складі на відправлення.",
        "gave": "Що Ви передали", "went": "Куди вирушило", "waiting": "Що ще чекає на складі",
        "written_off": "Списано", "totals": "Підсумок за товарами",
        "written_off_note": "Товари, які ми не змогли відправити (наприклад, пошкоджені чи прострочені), "
                            "списуємо і вказуємо причину.",
        "totals_note": "У кожному рядку: вирушило + чекає на складі + списано = отримано.",
        "donation": "Пожертва", "date": "Дата", "item": "Товар", "quantity": "Кількість", "unit": "Од.",
        "kg": "Вага, кг", "truck": "Вантажівка", "to": "Куди і кому", "status": "Стан", "where": "Де",
        "reason": "Причина", "received": "Отримано", "gone": "Вирушило", "delivered": "з них доставлено",
        "here": "Чекає на складі", "total": "Разом",
        "in_stock": "на полиці складу", "packed": "запаковано: {package}",
        "loaded": "завантажено на {truck}, чекає на виїзд", "dispatched": "у дорозі (відправлено {date})",
        "delivered_on": "доставлено {date}{hub}", "to_hub": " до: {hub}", "damaged": " (пошкоджено)",
        "missing": "отримувач повідомив, що цього місця немає", "no_reason": "причину не вказано", "counted": "нестача, виявлена під час інвентаризації",
        "thanks": "Ще раз щиро дякуємо. Саме Ваша щедрість дає нам змогу допомагати людям в Україні. Якщо у "
                  "Вас є запитання щодо цього звіту, будь ласка, зв'яжіться з нами.",
        "regards": "З вдячністю",
    },
}
TRUCK_FORMS = {"pl": ("ciężarówka", "ciężarówki", "ciężarówek"), "en": ("truck", "trucks", "trucks"),
               "uk": ("вантажівка", "вантажівки", "вантажівок")}
NO_WEIGHT = "\u2013"  # a weight nobody entered: a dash for the donor, never 0
GREY = colors.HexColor("#E6E6E6")
OPEN_END = "\u2026"  # a period without its first or last day


def join_places(places: Sequence[str], and_word: str) -> str:
    """"Kharkiv and Lviv", "Kharkiv, Lviv and Odesa"; "; " between places that hold commas
    themselves ("Lviv, Ukraine; Kharkiv, Ukraine")."""
    if len(places) < 2:
        return "".join(places)
    sep = "; " if any("," in p for p in places) else ", "
    return sep.join(places[:-1]) + and_word + places[-1]


def summary_sentences(summary: TraceSummary, has_goods: bool, lang: str) -> list[str]:
    """The sentences on top: how much has left, where to, on how many trucks; how much the
    hub confirmed; how much still waits."""
    t = IMPACT_TEXTS[lang]
    if not has_goods:
        return [t["nothing"]]
    measure = t["by_weight"] if summary.measure == "kg" else ""
    if not summary.trucks:
        return [t["none_left"].format(measure=measure)]
    n = len(summary.trucks)
    out = [t["left"].format(share=summary.share_left, measure=measure, n=n,
                            places=join_places(summary.destinations, t["and"]) or "?",
                            trucks=plural(n, TRUCK_FORMS[lang], lang))]
    if (delivered := share(summary, "delivered")) > 0:
        out.append(t["delivered_share"].format(share=delivered))
    if (waiting := share(summary, *WAITING)) > 0:
        out.append(t["waiting_share"].format(share=waiting))
    return out


def status_text(row: TraceRow, lang: str) -> str:
    """Where these units are, in the donor's words."""
    t = IMPACT_TEXTS[lang]
    if row.state == "delivered":
        hub = t["to_hub"].format(hub=row.hub) if row.hub else ""
        damaged = t["damaged"] if row.arrival == "damaged" else ""
        return t["delivered_on"].format(date=fmt_date(row.delivered_on), hub=hub) + damaged
    if row.state == "dispatched":
        if row.arrival == "missing":
            return t["missing"]
        return t["dispatched"].format(date=fmt_date(row.dispatched_at.date() if row.dispatched_at else None))
    if row.state == "packed":
        return t["packed"].format(package=row.package or row.place or "")
    if row.state == "loaded":
        return t["loaded"].format(truck=row.truck or "")
    return t.get(row.state, row.state)


def reason_text(row: TraceRow, lang: str) -> str:
    """Why units were written off: the person's words, a stocktake's loss in the donor's language."""
    t = IMPACT_TEXTS[lang]
    counted, words = count_reason(row)
    if counted:
        return f"{t['counted']}: {words}" if words else t["counted"]
    return words or t["no_reason"]


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _kg(value: Decimal | None) -> str:
    return NO_WEIGHT if value is None else fmt_kg(value)


def _period(trace: DonorTrace, lang: str) -> str:
    t = IMPACT_TEXTS[lang]
    if trace.date_from is None and trace.date_to is None:
        return t["all_time"]
    return f"{fmt_date(trace.date_from) or OPEN_END} \u2013 {fmt_date(trace.date_to) or OPEN_END}"


class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14)
        self.small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10)
        self.note = ParagraphStyle("note", fontName=regular, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
        self.label = ParagraphStyle("label", fontName=bold, fontSize=8, leading=10)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22)
        self.heading = ParagraphStyle("heading", fontName=bold, fontSize=12, leading=16, spaceBefore=8, spaceAfter=4)
        self.lead = ParagraphStyle("lead", fontName=bold, fontSize=13, leading=18, textColor=colors.HexColor("#1A3C6E"))


def _table(rows: list[list[object]], widths_mm: Sequence[float], st: _Styles, numeric: Sequence[int],
           total: bool = False) -> Table:
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), st.regular, 8, 10), ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
    ]
    style += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in numeric]
    if total:
        style += [("FONT", (0, -1), (-1, -1), st.bold, 8, 10), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    return Table(rows, colWidths=[w * mm for w in widths_mm], repeatRows=1, style=style)


def _header(keys: Sequence[str], t: dict[str, str], st: _Styles) -> list[object]:
    return [_p(t[k], st.label) for k in keys]


def _widths(keys: Sequence[str], t: dict[str, str], st: _Styles, least_mm: Sequence[float]) -> list[float]:
    """Column widths in mm: each at least ``least_mm`` and as wide as the longest word of
    its header (a Polish "dostarczone" is never broken in two); the first column takes
    what is left of the 186 mm line."""
    pad = 12  # reportlab's cell padding, both sides, in points
    widths = [max(least, (max(stringWidth(w, st.bold, 8) for w in t[k].split()) + pad) / mm)
              for k, least in zip(keys, least_mm)]
    widths[0] = 186 - sum(widths[1:])
    return widths


def write_donor_impact(
    data: DonorTrace, out: str | os.PathLike[str], *, lang: str = "pl",
    sender: WarehouseDetails | None = None, today: date | None = None, progress: Progress | None = None,
) -> Path:
    """Write the impact report of ``data`` (one donor, one period) in ``lang`` to ``out``."""
    if lang not in LANGUAGES:
        raise BadInput("{lang} is not a report language; use pl, en or uk.", lang=lang)
    sender = sender or WarehouseDetails()
    t, units, st = IMPACT_TEXTS[lang], UNITS[lang], _Styles()
    steps = 6
    report(progress, 0, steps)
    donor = data.donor or t["no_donor"]
    rows = data.rows

    def unit(code: str) -> str:
        return str(units.get(code, code))

    head = Table(
        [[[_p(sender.name or "\u2014", st.label),
           _p("\n".join(x for x in (sender.address, sender.contact) if x), st.small)],
          [_p(f"{t['donor']}: {donor}", st.label),
           _p(f"{t['period']}: {_period(data, lang)}\n{t['printed']}: {fmt_date(today or date.today())}", st.small)]]],
        colWidths=[93 * mm, 93 * mm],
        style=[("FONT", (0, 0), (-1, -1), st.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
               ("LINEAFTER", (0, 0), (0, 0), 0.5, colors.black)])
    story: list[Flowable] = [_p(t["title"], st.title), Spacer(0, 3 * mm), head, Spacer(0, 5 * mm)]
    story += [_p(s, st.lead) for s in summary_sentences(data.summary, bool(data.received), lang)]
    story += [Spacer(0, 4 * mm), _p(t["greeting"].format(donor=donor), st.body), _p(t["intro"], st.body)]
    report(progress, 1, steps)

    # what they gave, donation by donation
    gave: list[list[object]] = [_header(("donation", "date", "item", "quantity", "unit", "kg"), t, st)]
    names = {row.item_id: item_name(row, lang) for row in rows}
    weights: Decimal | None = Decimal(0)
    for donation in data.donations:
        for line in donation.received:
            gave.append([donation.number, fmt_date(donation.opened_at.date()),
                         _p(names.get(line.item_id, line.item), st.small), fmt_qty(line.quantity), unit(line.unit),
                         _kg(line.weight_kg)])
            weights = None if weights is None or line.weight_kg is None else weights + line.weight_kg
    if len(gave) > 1:
        known = sum((line.weight_kg or Decimal(0) for line in data.received), Decimal(0))
        gave.append([t["total"], "", "", "", "", fmt_kg(known) + ("" if weights is not None else " + ?")])
        story += [_p(t["gave"], st.heading), _table(gave, (28, 20, 80, 22, 14, 22), st, (3, 5), total=True)]
    report(progress, 2, steps)

    # where it went: one line per truck, item and what the hub said
    gone = fold((r for r in rows if r.state in LEFT),
                lambda r: (r.truck, r.item_id, r.unit, r.state, r.delivered_on, r.hub, r.arrival))
    if gone:
        went: list[list[object]] = [_header(("truck", "to", "item", "quantity", "kg", "status"), t, st)]
        for f in sorted(gone, key=lambda f: (f.first.truck or "", names.get(f.first.item_id, "").casefold())):
            r = f.first
            sent = fmt_date(r.dispatched_at.date() if r.dispatched_at else None)
            went.append([_p(f"{r.truck or ''}\n{sent}", st.small),
                         _p("\n".join(x for x in (r.destination, r.recipient) if x), st.small),
                         _p(names.get(r.item_id, r.item), st.small), f"{fmt_qty(f.quantity)} {unit(r.unit)}",
                         _kg(f.weight_kg), _p(status_text(r, lang), st.small)])
        story += [_p(t["went"], st.heading), _table(went, (26, 42, 38, 20, 18, 42), st, (3, 4))]
    report(progress, 3, steps)

    # what still waits here
    here = fold((r for r in rows if r.state in WAITING),
                lambda r: (r.item_id, r.unit, r.state, r.package if r.state == "packed" else r.truck))
    if here:
        wait: list[list[object]] = [_header(("item", "quantity", "unit", "kg", "where"), t, st)]
        for f in sorted(here, key=lambda f: (WAITING.index(f.first.state), names.get(f.first.item_id, "").casefold())):
            wait.append([_p(names.get(f.first.item_id, f.first.item), st.small), fmt_qty(f.quantity),
                         unit(f.first.unit), _kg(f.weight_kg), _p(status_text(f.first, lang), st.small)])
        story += [_p(t["waiting"], st.heading), _table(wait, (70, 22, 14, 20, 60), st, (1, 3))]

    # what was written off, and why
    lost = fold((r for r in rows if r.state == "written_off"), lambda r: (r.item_id, r.unit, r.counted, r.reason or ""))
    if lost:
        off: list[list[object]] = [_header(("item", "quantity", "unit", "kg", "reason"), t, st)]
        for f in lost:
            off.append([_p(names.get(f.first.item_id, f.first.item), st.small), fmt_qty(f.quantity),
                        unit(f.first.unit), _kg(f.weight_kg), _p(reason_text(f.first, lang), st.small)])
        story += [_p(t["written_off"], st.heading), _p(t["written_off_note"], st.note), Spacer(0, 2 * mm),
                  _table(off, (70, 22, 14, 20, 60), st, (1, 3))]
    report(progress, 4, steps)

    # per item: the parts add up to what was received
    totals = item_totals(data.received, rows)
    if totals:
        keys = ("item", "unit", "received", "gone", "delivered", "here", "written_off")
        table: list[list[object]] = [_header(keys, t, st)]
        for it in sorted(totals, key=lambda it: it.name(lang).casefold()):
            table.append([_p(it.name(lang), st.small), unit(it.unit), fmt_qty(it.received), fmt_qty(it.amount(*LEFT)),
                          fmt_qty(it.amount("delivered")), fmt_qty(it.amount(*WAITING)),
                          fmt_qty(it.amount("written_off"))])
        story += [KeepTogether([_p(t["totals"], st.heading), _p(t["totals_note"], st.note),
                                Spacer(0, 2 * mm), _table(table, _widths(keys, t, st, (0, 12, 18, 18, 18, 18, 18)), st, (2, 3, 4, 5, 6))])]
    report(progress, 5, steps)

    story += [Spacer(0, 6 * mm), KeepTogether([_p(t["thanks"], st.body), Spacer(0, 6 * mm),
                                               _p(t["regards"], st.body), _p(sender.name, st.label)])]
    path = build_pdf(out, story, title=f"{t['title']} \u2013 {donor}", footer_left=f"{sender.name} \u2013 {donor}")
    report(progress, steps, steps)
    return path
