"""A thank-you receipt for a donor (PDF), in the donor's language: Polish, English or Ukrainian.

Unlike the border papers this is a letter to one person, so it speaks one language:
who received the gift, from whom, when, what exactly arrived, and a short thank-you.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from warehouse_app.core.reports.donation_receipt import DonationReceipt
from warehouse_app.core.shipping.packing_data import WarehouseDetails
from warehouse_app.documents.pdf_common import build_pdf, fmt_date, fmt_kg, fmt_qty
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.progress import Progress, report
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.station import LANGUAGES

RECEIPT_TEXTS: dict[str, dict[str, Any]] = {
    "pl": {
        "title": "Potwierdzenie przyjęcia darowizny", "number": "Numer", "date": "Data przyjęcia",
        "warehouse": "Przyjmujący", "donor": "Darczyńca", "anonymous": "Darczyńca anonimowy", "source": "Źródło",
        "tax_id": "NIP", "no": "Lp.", "item": "Towar", "category": "Kategoria", "quantity": "Ilość",
        "unit": "J.m.", "expiry": "Ważne do", "net_kg": "Netto kg", "total": "Razem",
        "pieces": "szt.", "positions": ("pozycja", "pozycje", "pozycji"),
        "thanks": "Serdecznie dziękujemy za Państwa dar. Wymienione wyżej towary zostały przyjęte do naszego "
                  "magazynu i trafią do osób, które potrzebują pomocy w Ukrainie. To dzięki takiej hojności "
                  "nasza pomoc jest możliwa.",
        "signature": "Podpis i pieczęć przyjmującego",
        "value": "Wartość", "declared": "Zadeklarowana wartość darowizny",
        "sources": {"import": "import z arkusza", "demo": "dane pokazowe"},
    },
    "en": {
        "title": "Donation receipt", "number": "Number", "date": "Received on",
        "warehouse": "Received by", "donor": "Donor", "anonymous": "Anonymous donor", "source": "Source",
        "tax_id": "Tax ID", "no": "No.", "item": "Item", "category": "Category", "quantity": "Quantity",
        "unit": "Unit", "expiry": "Expiry", "net_kg": "Net kg", "total": "Total",
        "pieces": "pcs", "positions": ("line", "lines", "lines"),
        "thanks": "Thank you very much for your gift. The goods listed above have been received into our "
                  "warehouse and will reach people in need of help in Ukraine. It is generosity like yours "
                  "that makes our work possible.",
        "signature": "Signature and stamp of the recipient",
        "value": "Value", "declared": "Declared value of the donation",
        "sources": {"import": "spreadsheet import", "demo": "demo data"},
    },
    "uk": {
        "title": "Підтвердження отримання пожертви", "number": "Номер", "date": "Дата отримання",
        "warehouse": "Отримувач", "donor": "Благодійник", "anonymous": "Анонімний благодійник",
        "source": "Джерело", "tax_id": "Податковий номер", "no": "№", "item": "Товар", "category": "Категорія",
        "quantity": "Кількість", "unit": "Од.", "expiry": "Придатне до", "net_kg": "Нетто, кг", "total": "Разом",
        "pieces": "шт.", "positions": ("позиція", "позиції", "позицій"),
        "thanks": "Щиро дякуємо за Вашу пожертву. Перелічені вище товари прийнято на наш склад, і вони "
                  "потраплять до людей, які потребують допомоги в Україні. Саме завдяки такій щедрості наша "
                  "допомога можлива.",
        "signature": "Підпис і печатка отримувача",
        "value": "Вартість", "declared": "Задекларована вартість пожертви",
        "sources": {"import": "імпорт з таблиці", "demo": "демонстраційні дані"},
    },
}
UNITS = {
    "pl": {"pcs": "szt.", "pack": "opak.", "pair": "para", "set": "kpl.", "kg": "kg", "l": "l"},
    "en": {"pcs": "pcs", "pack": "pack", "pair": "pair", "set": "set", "kg": "kg", "l": "l"},
    "uk": {"pcs": "шт.", "pack": "уп.", "pair": "пара", "set": "компл.", "kg": "кг", "l": "л"},
}


def plural(n: int, forms: tuple[str, str, str], lang: str) -> str:
    """The noun form after ``n``: (one, few, many), by Polish, Ukrainian or English rules."""
    if lang == "en":
        return forms[0] if n == 1 else forms[1]
    if n == 1 or (lang == "uk" and n % 10 == 1 and n % 100 != 11):
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def source_text(source: str | None, lang: str) -> str:
    """The donation's source as the receipt prints it: a code in the reader's language
    (the pre-0005 English sentence too), a donor's own words as they wrote them."""
    if not source:
        return ""
    code = "import" if source == "spreadsheet import" else source
    return str(RECEIPT_TEXTS[lang]["sources"].get(code, source))


_MIN_WIDTHS = (9, 0, 30, 16, 12, 20, 16, 24)  # mm: No., item (the rest), category, quantity, unit, expiry, kg, value


def _column_widths(headers: list[str], font: str, with_value: bool) -> list[float]:
    """Each column at least as wide as its header word in bold 8 pt (a Ukrainian
    "Кількість" is never broken in two), the item column takes what is left of 186 mm."""
    pad = 12  # reportlab's default cell padding, both sides
    widths = [max(m * mm, stringWidth(h, font, 8) + pad) for m, h in zip(_MIN_WIDTHS, headers)]
    widths[1] = 0
    if not with_value:
        widths = widths[:7]
    widths[1] = 186 * mm - sum(widths)
    return widths


def fmt_money(value: Decimal | None) -> str:
    """Money as the weights are printed: two decimals after a comma, 1 234,50."""
    return fmt_kg(value)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def write_donation_receipt(
    data: DonationReceipt, out: str | os.PathLike[str], *, lang: str = "pl",
    sender: WarehouseDetails | None = None, progress: Progress | None = None,
) -> Path:
    """Write the donor's receipt in ``lang`` (pl, en or uk) to ``out``."""
    if lang not in LANGUAGES:
        raise BadInput("{lang} is not a receipt language; use pl, en or uk.", lang=lang)
    sender = sender or WarehouseDetails()
    t, units = RECEIPT_TEXTS[lang], UNITS[lang]
    regular, bold = register_fonts()
    report(progress, 0, len(data.lines) + 1)
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=14)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10)
    label = ParagraphStyle("label", fontName=bold, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
    warehouse = [sender.name, sender.address, f"{t['tax_id']}: {sender.tax_id}" if sender.tax_id else "",
                 sender.contact]
    donor = [data.donor or t["anonymous"], data.donor_address or "",
             f"{t['tax_id']}: {data.donor_tax_id}" if data.donor_tax_id else "",
             f"{t['source']}: {source_text(data.source, lang)}" if data.source else ""]
    head = Table(
        [[[_p(t["warehouse"], label), _p("\n".join(x for x in warehouse if x) or "—", body)],
          [_p(t["donor"], label), _p("\n".join(x for x in donor if x), body)]]],
        colWidths=[93 * mm, 93 * mm], splitInRow=1,  # a very long address goes on over the page
        style=[("FONT", (0, 0), (-1, -1), regular), ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("LINEAFTER", (0, 0), (0, 0), 0.5, colors.black)],
    )
    values = data.values
    keys = ["no", "item", "category", "quantity", "unit", "expiry", "net_kg"] + (["value"] if values else [])
    widths = _column_widths([t[k] for k in keys], bold, bool(values))
    rows: list[list[object]] = [[_p(t[k], label) for k in keys]]
    for n, x in enumerate(data.lines, start=1):
        row: list[object] = [str(n), _p(x.name(lang), small), _p(x.category.name(lang), small), fmt_qty(x.quantity),
                             units.get(x.unit, x.unit), fmt_date(x.expiry), fmt_kg(x.net_kg)]
        if values:
            row.append(f"{fmt_money(x.value)} {x.value_currency}" if x.value is not None else "")
        rows.append(row)
        report(progress, n, len(data.lines) + 1)
    count = len(data.lines)
    total_row: list[object] = ["", f"{t['total']}: {count} {plural(count, t['positions'], lang)}", "",
                               fmt_qty(data.pieces), t["pieces"], "", fmt_kg(data.net_kg)]
    if values:
        total_row.append("\n".join(f"{fmt_money(v)} {c}" for c, v in sorted(values.items())))
    rows.append(total_row)
    goods = Table(rows, colWidths=widths, repeatRows=1,
                  style=[("FONT", (0, 0), (-1, -1), regular, 8, 10), ("FONT", (0, 0), (-1, 0), bold, 8, 10),
                         ("FONT", (0, -1), (-1, -1), bold, 8, 10), ("SPAN", (1, -1), (2, -1)),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
                         ("ALIGN", (3, 0), (3, -1), "RIGHT"), ("ALIGN", (6, 0), (-1, -1), "RIGHT"),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.25, colors.grey)])
    declared = [_p(f"{t['declared']}: " + ", ".join(f"{fmt_money(v)} {c}" for c, v in sorted(values.items())), body)
                ] if values else []
    signature = Table([[_p(t["signature"], small)]], colWidths=[80 * mm], style=[
        ("FONT", (0, 0), (-1, -1), regular), ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black)])
    title = ParagraphStyle("title", fontName=bold, fontSize=16, leading=20)
    story: list[Flowable] = [
        _p(f"{t['title']} {data.number}", title),
        _p(f"{t['number']}: {data.number}    {t['date']}: {fmt_date(data.received_on)}", body),
        Spacer(0, 5 * mm), head, Spacer(0, 5 * mm), goods, Spacer(0, 3 * mm), *declared, Spacer(0, 4 * mm),
        KeepTogether([_p(t["thanks"], body), Spacer(0, 18 * mm), signature]),
    ]
    path = build_pdf(out, story, title=f"{t['title']} {data.number}", footer_left=data.number)
    report(progress, len(data.lines) + 1, len(data.lines) + 1)
    return path
