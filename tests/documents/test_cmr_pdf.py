"""The CMR note read back by pypdf: the 24 boxes titled in three languages, three copies
named with their colours, and box 7 and box 11 equal to the packing list's totals."""

from __future__ import annotations

from pathlib import Path

from tests.documents.factory import packing_list
from tests.documents.pdf_reading import embedded_fonts, page_texts
from tests.shipping_fixtures import Goods, border_truck
from warehouse_app.core.context import Actor
from warehouse_app.db.database import Database
from warehouse_app.documents.cmr_pdf import BOXES, write_cmr
from warehouse_app.documents.jobs import cmr_job, run_job
from warehouse_app.documents.pdf_common import fmt_kg


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_three_copies_with_every_box_in_three_languages(tmp_path: Path) -> None:
    data = packing_list(lines=30, per_box=10, loose=3)
    out = write_cmr(data, tmp_path / "cmr.pdf")
    pages = [_flat(p) for p in page_texts(out)]
    assert len(pages) == 3
    for page, colour in zip(pages, ("czerwony", "niebieski", "zielony")):
        for number, titles in BOXES.items():
            for title in titles:
                assert _flat(title)[:25] in page, (number, title)
        assert colour in page
    assert "Copy 1 for the sender – red" in pages[0] and "Примірник 1 для відправника – червоний" in pages[0]
    assert "Copy 2 for the consignee – blue" in pages[1] and "Copy 3 for the carrier – green" in pages[2]
    for expected in ("Fundacja Pomocy Wschód – Magazyn Przemyśl", "Благодійний фонд «Світанок»", "PPR 12345",
                     "T-2026-0042", "UA-HA-2026-004211", "Żywność w puszkach", "1602", "6301"):
        assert expected in pages[0], expected
    t = data.totals
    assert f"{t.packages} + {t.loose_pieces.normalize():f}" in pages[0] and fmt_kg(t.gross_kg) in pages[0]
    for row in data.summary:
        assert fmt_kg(row.gross_kg) in pages[0]
    fonts = embedded_fonts(out)
    assert fonts and all(fonts.values())


def test_cmr_of_a_real_truck_equals_its_packing_list(db: Database, actor: Actor, goods: Goods, tmp_path: Path) -> None:
    codes = border_truck(db, actor)
    written = run_job(db, cmr_job(codes["truck"]), tmp_path / "cmr.pdf")
    page = page_texts(written.path)[0]
    t = written.data.totals
    assert (t.packages, t.loose_pieces) == (5, 30)
    assert "5 + 30" in page and "67,53 + ?" in page  # box 7 and box 11 totals, the unknown weight said
    for marks in ("1/5, 5/5", "2/5", "3/5", "4/5, luzem/loose/без упаковки"):
        assert marks in _flat(page), marks
    assert "41,50 + ?" in page and "Харків" in page
