"""The CMR consignment note of a truck (PDF), on plain A4 in the standard layout.

The 24 numbered boxes of the form, each titled in Polish / English / Ukrainian, filled
from the truck and its packing list: one goods row per category of the packing list's
summary (marks = the package numbers counted under it, number of packages, method of
packing, nature of the goods, HS code, gross kg), so box 7 and box 11 add up to the
packing list's totals. Three copies, one a page, each named with its colour (1 sender –
red, 2 consignee – blue, 3 carrier – green) as text, for printing on plain paper.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from warehouse_app.core.shipping.packing_data import CategorySummary, PackingList
from warehouse_app.documents.packing_list_pdf import count_text
from warehouse_app.documents.pdf_common import MARGIN, fmt_date, fmt_qty, fmt_weight, unicode_canvas
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.pdf_texts import TEXTS, tri
from warehouse_app.documents.progress import Progress, atomic_output, report

BOXES: dict[int, tuple[str, str, str]] = {
    1: ("Nadawca (nazwisko lub nazwa, adres, kraj)", "Sender (name, address, country)",
        "Відправник (найменування, адреса, країна)"),
    2: ("Odbiorca (nazwisko lub nazwa, adres, kraj)", "Consignee (name, address, country)",
        "Отримувач (найменування, адреса, країна)"),
    3: ("Miejsce przeznaczenia", "Place of delivery of the goods", "Місце розвантаження"),
    4: ("Miejsce i data załadowania", "Place and date of taking over the goods", "Місце і дата завантаження"),
    5: ("Załączone dokumenty", "Documents attached", "Додані документи"),
    6: ("Cechy i numery", "Marks and numbers", "Знаки і номери"),
    7: ("Ilość sztuk", "Number of packages", "Кількість місць"),
    8: ("Sposób opakowania", "Method of packing", "Вид упаковки"),
    9: ("Rodzaj towaru", "Nature of the goods", "Найменування вантажу"),
    10: ("Numer statystyczny", "Statistical number", "Статистичний номер"),
    11: ("Waga brutto w kg", "Gross weight in kg", "Вага брутто, кг"),
    12: ("Objętość w m³", "Volume in m³", "Об'єм, м³"),
    13: ("Instrukcje nadawcy", "Sender's instructions", "Вказівки відправника"),
    14: ("Postanowienia odnośnie przewoźnego", "Instructions as to payment for carriage",
         "Вказівки щодо оплати перевезення"),
    15: ("Zapłata za towar przy dostawie", "Cash on delivery", "Післяплата"),
    16: ("Przewoźnik (nazwisko lub nazwa, adres, kraj)", "Carrier (name, address, country)",
         "Перевізник (найменування, адреса, країна)"),
    17: ("Kolejni przewoźnicy", "Successive carriers", "Наступні перевізники"),
    18: ("Zastrzeżenia i uwagi przewoźnika", "Carrier's reservations and observations",
         "Застереження і зауваження перевізника"),
    19: ("Postanowienia specjalne", "Special agreements", "Особливі умови"),
    20: ("Do zapłacenia", "To be paid by", "Підлягає оплаті"),
    21: ("Wystawiono w … dnia …", "Established in … on …", "Складено в … дата …"),
    22: ("Podpis i stempel nadawcy", "Signature and stamp of the sender", "Підпис і печатка відправника"),
    23: ("Podpis i stempel przewoźnika", "Signature and stamp of the carrier", "Підпис і печатка перевізника"),
    24: ("Przesyłkę otrzymano: miejsce, data, podpis i stempel odbiorcy",
         "Goods received: place, date, signature and stamp of the consignee",
         "Вантаж одержано: місце, дата, підпис і печатка отримувача"),
}
COPIES = (
    ("Egzemplarz 1 dla nadawcy – czerwony", "Copy 1 for the sender – red", "Примірник 1 для відправника – червоний"),
    ("Egzemplarz 2 dla odbiorcy – niebieski", "Copy 2 for the consignee – blue",
     "Примірник 2 для отримувача – синій"),
    ("Egzemplarz 3 dla przewoźnika – zielony", "Copy 3 for the carrier – green",
     "Примірник 3 для перевізника – зелений"),
)
TITLE = ("MIĘDZYNARODOWY SAMOCHODOWY LIST PRZEWOZOWY", "INTERNATIONAL CONSIGNMENT NOTE",
         "МІЖНАРОДНА ТОВАРНО-ТРАНСПОРТНА НАКЛАДНА")
FREE = ("Bezpłatnie – pomoc humanitarna", "Free of charge – humanitarian aid", "Безоплатно – гуманітарна допомога")
LOOSE = ("luzem", "loose", "без упаковки")
SEE_LIST = ("dalsze pozycje: patrz specyfikacja", "more rows: see the packing list", "інші позиції: див. пакувальний лист")
CONVENTION = ("Przewóz podlega Konwencji CMR", "This carriage is subject to the CMR Convention",
              "Перевезення здійснюється згідно з Конвенцією CMR")

WIDTH, HEIGHT = A4
LEFT, RIGHT = MARGIN, WIDTH - MARGIN
MID = (LEFT + RIGHT) / 2
# goods columns: 6 marks, 7 packages, 8 packing, 9 nature, 10 HS, 11 gross kg, 12 volume (186 mm)
GOODS_MM = (27, 22, 27, 58, 17, 22, 13)


def _tri(parts: tuple[str, str, str]) -> str:
    return " / ".join(parts)


def _method(data: PackingList, row: CategorySummary) -> tuple[str, str]:
    """Box 6 and box 8 of a summary row: the package numbers counted under its category
    and how they are packed (with the loose pieces, when some were loaded loose)."""
    mine = [p for p in data.packages if p.main_category is not None and p.main_category.code == row.category.code]
    marks = ", ".join(f"{p.seq}/{p.of}" for p in mine)
    kinds = Counter(p.kind for p in mine)
    methods = [f"{n} × {'/'.join(TEXTS[k]) if k in TEXTS else k}" for k, n in sorted(kinds.items())]
    if row.loose_pieces:
        marks = ", ".join(x for x in (marks, "/".join(LOOSE)) if x)
        methods.append(f"{fmt_qty(row.loose_pieces)} × {'/'.join(LOOSE)}")
    return marks, "; ".join(methods)


class _Form:
    """Draws one copy: boxes are rectangles with a number and a small trilingual title."""

    def __init__(self, c: Canvas) -> None:
        self.c = c
        self.regular, self.bold = register_fonts()

    def box(self, number: int | None, x: float, top: float, w: float, h: float, lines: list[str] | None = None,
            size: float = 8, title: str | None = None) -> None:
        c = self.c
        c.setLineWidth(0.6)
        c.rect(x, top - h, w, h)
        heading = title if title is not None else _tri(BOXES[number]) if number is not None else ""
        y = top - 7
        if number is not None:
            c.setFont(self.bold, 9)
            c.drawString(x + 1.5, y - 1, str(number))
        c.setFont(self.regular, 5.3)
        for part in simpleSplit(heading, self.regular, 5.3, w - 17)[:3]:
            c.drawString(x + (15 if number is not None and number > 9 else 12), y, part)
            y -= 6
        y -= 3
        for text in lines or []:
            for part in simpleSplit(text, self.regular, size, w - 6):
                if y - size + 2 < top - h + 3:
                    return
                c.setFont(self.regular, size)
                c.drawString(x + 3, y - size + 2, part)
                y -= size + 1.5

    def goods(self, data: PackingList, top: float, h: float) -> None:
        c = self.c
        widths = [w * mm for w in GOODS_MM]
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        c.setLineWidth(0.6)
        c.rect(LEFT, top - h, RIGHT - LEFT, h)
        head = 40.0
        for i, number in enumerate(range(6, 13)):
            if i:
                c.line(xs[i], top, xs[i], top - h + 16)  # not through the totals row
            c.setFont(self.bold, 9)
            c.drawString(xs[i] + 1.5, top - 8, str(number))
            c.setFont(self.regular, 5)
            y = top - 7
            for text in BOXES[number]:
                for part in simpleSplit(text, self.regular, 5, widths[i] - 12)[:2]:
                    c.drawString(xs[i] + 10, y, part)
                    y -= 5.4
        c.line(LEFT, top - head, RIGHT, top - head)
        total_h = 16.0
        bottom = top - h + total_h
        y = top - head - 3
        size = 7
        rows = list(data.summary)
        for n, row in enumerate(rows):
            marks, method = _method(data, row)
            count = str(row.packages) + (f" + {fmt_qty(row.loose_pieces)}" if row.loose_pieces else "")
            cells = [marks, count, method, f"{row.category.pl} / {row.category.en} / {row.category.uk}",
                     row.category.hs_code or "—", fmt_weight(row.gross_kg, not row.gross_incomplete), ""]
            wrapped = [simpleSplit(text, self.regular, size, widths[i] - 4) for i, text in enumerate(cells)]
            height = max(len(w) for w in wrapped) * (size + 1.5) + 3
            if y - height < bottom + (size + 4) and n < len(rows) - 1:
                c.setFont(self.regular, size)
                c.drawString(xs[3] + 2, y - size, f"+ {len(rows) - n}: {_tri(SEE_LIST)}"[:90])
                break
            for i, parts in enumerate(wrapped):
                line_y = y - size
                for part in parts:
                    c.setFont(self.regular, size)
                    if i in (1, 5):
                        c.drawRightString(xs[i + 1] - 2, line_y, part)
                    else:
                        c.drawString(xs[i] + 2, line_y, part)
                    line_y -= size + 1.5
            y -= height
            c.setLineWidth(0.2)
            c.line(LEFT, y + 1, RIGHT, y + 1)
        t = data.totals
        c.setLineWidth(0.8)
        c.line(LEFT, bottom, RIGHT, bottom)
        c.setFont(self.bold, 7.5)
        c.drawString(LEFT + 2, bottom - 10, "/".join(TEXTS["total"]))
        packages = str(t.packages) + (f" + {fmt_qty(t.loose_pieces)}" if t.loose_pieces else "")
        c.drawRightString(xs[2] - 2, bottom - 10, packages)
        c.setFont(self.regular, 6.5)
        c.drawString(xs[2] + 4, bottom - 10, count_text(t.packages, t.loose_pieces)[:110])
        c.setFont(self.bold, 7.5)
        c.drawRightString(xs[6] - 2, bottom - 10, fmt_weight(t.gross_kg, not t.gross_incomplete))


def _draw_copy(form: _Form, data: PackingList, copy: int) -> None:
    c, truck, sender = form.c, data.truck, data.sender
    top = HEIGHT - MARGIN
    half = MID - LEFT
    # the title block (right of box 1) and the copy's name and colour
    c.setFont(form.bold, 11)
    c.drawString(MID + 4, top - 14, "CMR")
    c.setFont(form.bold, 7)
    y = top - 24
    for text in TITLE:
        c.drawString(MID + 4, y, text)
        y -= 8.5
    c.setFont(form.bold, 8)
    c.drawString(MID + 4, y - 2, f"Nr / No. / № {truck.number}")
    c.setFont(form.regular, 6)
    for i, part in enumerate(simpleSplit(_tri(CONVENTION), form.regular, 6, half - 8)[:2]):
        c.drawString(MID + 4, y - 12 - i * 7, part)
    c.setFont(form.bold, 7.5)
    for i, text in enumerate(COPIES[copy]):
        c.drawString(MID + 4, top - 80 - i * 9, text)
    c.rect(MID, top - 106, half, 106)

    place = ", ".join(x for x in (truck.city, truck.country) if x)
    sender_lines = [sender.name, sender.address, f"{tri('tax_id')}: {sender.tax_id}" if sender.tax_id else "",
                    sender.contact]
    form.box(1, LEFT, top, half, 106, [x for x in sender_lines if x])
    y = top - 106
    form.box(2, LEFT, y, half, 70, [x for x in (truck.recipient, truck.recipient_address, place, truck.contact) if x])
    driver = " ".join(x for x in (truck.driver, truck.driver_phone and f"tel. {truck.driver_phone}") if x)
    plates = " / ".join(x for x in (truck.vehicle_plate, truck.trailer_plate) if x)
    form.box(16, MID, y, half, 70, [x for x in (driver, f"{tri('vehicle')}: {plates}" if plates else "") if x])
    y -= 70
    form.box(3, LEFT, y, half, 38, [x for x in (truck.recipient_address, place) if x])
    form.box(17, MID, y, half, 38)
    y -= 38
    taking_over = ", ".join(x for x in (sender.address.replace("\n", ", "),
                                        fmt_date(truck.planned_departure or data.document_date)) if x)
    form.box(4, LEFT, y, half, 38, [taking_over])
    form.box(18, MID, y, half, 76)
    y -= 38
    attached = [f"{tri('packing_list')} {truck.number} ({fmt_date(data.document_date)})"]
    form.box(5, LEFT, y, half, 38, attached)
    y -= 38
    goods_h = 250.0
    form.goods(data, y, goods_h)
    y -= goods_h
    instructions = [_tri(("Pomoc humanitarna", "Humanitarian aid", "Гуманітарна допомога"))]
    if truck.aid_registration_code:
        instructions.append(f"{tri('aid_code')}: {truck.aid_registration_code}")
    if truck.seal_number:
        instructions.append(f"{tri('seal')}: {truck.seal_number}")
    if data.totals.gross_incomplete:
        instructions.append(tri("no_weight_short"))  # the box is small: the packing list explains
    if truck.notes:
        instructions.append(truck.notes)
    form.box(13, LEFT, y, half, 54, instructions, size=7)
    form.box(19, MID, y, half, 54)
    y -= 54
    form.box(14, LEFT, y, half, 40, [_tri(FREE)], size=7)
    form.box(20, MID, y, half, 40, [_tri(("Nadawca", "Sender", "Відправник")) + ": —",
                                    _tri(("Odbiorca", "Consignee", "Отримувач")) + ": —"], size=7)
    y -= 40
    established = ", ".join(x for x in (sender.address.replace("\n", ", "), fmt_date(data.document_date)) if x)
    form.box(21, LEFT, y, half, 28, [established], size=7)
    form.box(15, MID, y, half, 28, ["—"])
    y -= 28
    third = (RIGHT - LEFT) / 3
    bottom = MARGIN + 12
    for i, number in enumerate((22, 23, 24)):
        form.box(number, LEFT + i * third, y, third, y - bottom)
    c.setFont(form.regular, 6.5)
    c.drawString(LEFT, MARGIN + 3, f"CMR {truck.number} · {_tri(COPIES[copy])}")


def write_cmr(data: PackingList, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the truck's CMR note, three copies (one a page), to ``out`` atomically."""
    regular, _ = register_fonts()
    report(progress, 0, len(COPIES))
    with atomic_output(out) as temp:
        c = unicode_canvas(str(temp), A4, regular)
        c.setTitle(f"CMR {data.truck.number}")
        c.setAuthor("Aid Warehouse")
        form = _Form(c)
        for copy in range(len(COPIES)):
            _draw_copy(form, data, copy)
            c.showPage()
            report(progress, copy + 1, len(COPIES))
        c.save()
    return Path(out)
