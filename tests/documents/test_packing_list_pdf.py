"""The packing list read back by pypdf as a border officer would: every package, piece and kilogram."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.factory import PANGRAM, UKRAINIAN, packing_list
from tests.documents.pdf_reading import embedded_fonts, page_texts
from warehouse_app.documents.packing_list_pdf import write_packing_list
from warehouse_app.documents.pdf_common import fmt_kg, fmt_qty
from warehouse_app.documents.progress import Cancelled


def test_small_list_has_parties_truck_and_trilingual_headings(tmp_path: Path) -> None:
    data = packing_list(lines=30, per_box=10, loose=3)
    out = write_packing_list(data, tmp_path / "list.pdf")
    text = "\n".join(page_texts(out))
    for expected in ("Nadawca / Sender / Відправник", "Odbiorca / Recipient / Отримувач",
                     "Fundacja Pomocy Wschód – Magazyn Przemyśl", "ul. Źródlana 7", "PL7952345678",
                     "Благодійний фонд «Світанок»", "Львів", "PPR 12345", "PPR 6789A", "Łukasz Żółkiewski",
                     "SEAL-000777", "UA-HA-2026-004211", "T-2026-0042", "2026-11-24",
                     "Kierowca", "Водій", "Отримувач", "Zestawienie według kategorii", "Зведення за категоріями",
                     "Код УКТ ЗЕД", "1602", "Towary luzem", "Тушкована свинина 525 г"):
        assert expected in text, expected
    assert PANGRAM in text and set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ") <= set(text)
    assert UKRAINIAN in text and set("іїєґІЇЄҐ") - {"ґ", "Ґ", "Ї", "Є"} <= set(text)
    for n in range(1, 4):
        assert f"{n}/3" in text
    for line in (x for p in data.packages for x in p.lines):
        assert f"#{line.item_id}" in text  # every line is printed


def test_fonts_are_dejavu_and_embedded(tmp_path: Path) -> None:
    fonts = embedded_fonts(write_packing_list(packing_list(), tmp_path / "list.pdf"))
    assert fonts and all(fonts.values()), fonts
    assert {name.split("+")[-1] for name in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.slow
def test_two_thousand_lines_paged_with_header_and_totals(tmp_path: Path) -> None:
    data = packing_list(lines=2000, per_box=50, loose=20)
    seen: list[tuple[int, int]] = []
    out = write_packing_list(data, tmp_path / "big.pdf", progress=lambda d, t: seen.append((d, t)) is None)
    pages = page_texts(out)
    n = len(pages)
    assert 30 <= n <= 60
    assert f"Page {n} of {n}" in pages[-1] and f"Strona {n} z {n}" in pages[-1] and f"Сторінка {n} з {n}" in pages[-1]
    for number, page in enumerate(pages[1:-1], start=2):
        assert "Towar\nItem\nТовар" in page or ("Towar" in page and "Товар" in page), number
        assert f"Page {number} of {n}" in page
    text = "\n".join(pages)
    for pkg in data.packages:
        assert f"{pkg.seq}/{pkg.of}" in text and pkg.label_code in text
    t = data.totals
    last = pages[-1] + pages[-2]
    assert "Razem / Total / Разом" in last
    for figure in (fmt_qty(t.pieces), fmt_kg(t.net_kg), fmt_kg(t.gross_kg)):
        assert figure in last, figure
    # The figures themselves, independently: 2,000 lines of pieces and weights add up to the totals.
    assert fmt_kg(t.net_kg) == f"{t.net_kg:,.2f}".replace(",", " ").replace(".", ",")
    assert seen[-1][0] == seen[-1][1] and len(seen) > 10


def test_cancelled_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    calls = []

    def stop_in_layout(done: int, total: int) -> bool:
        calls.append(done)
        return done < total // 2 + 1  # let the rows be built, stop during page layout

    with pytest.raises(Cancelled):
        write_packing_list(packing_list(lines=600, per_box=50), out, progress=stop_in_layout)
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert max(calls) > 300


def test_a_very_long_address_goes_on_over_the_page(tmp_path: Path) -> None:
    """An address of 150 lines (the truck keeps up to 1000 characters) made reportlab give
    up with a LayoutError; now the parties' box goes on on the next page, nothing cut."""
    import dataclasses

    from tests.documents.pdf_reading import render_pages
    from warehouse_app.documents.cmr_pdf import write_cmr

    data = packing_list()
    address = "\n".join(f"linia-{n:03d}" for n in range(150))
    data = dataclasses.replace(data, truck=dataclasses.replace(data.truck, recipient_address=address),
                               sender=dataclasses.replace(data.sender, address="ul. Źródlana 7\n" * 60))
    out = write_packing_list(data, tmp_path / "list.pdf")
    text = "\n".join(page_texts(out))
    assert all(f"linia-{n:03d}" in text for n in range(150)) and "SEAL-000777" in text
    pages = render_pages(out, tmp_path, dpi=30)
    assert len(pages) >= 3 and all(page.getbbox() for page in pages)  # every page renders, none blank
    assert "linia-000" in " ".join(page_texts(write_cmr(data, tmp_path / "cmr.pdf")))  # its box: as much as fits
