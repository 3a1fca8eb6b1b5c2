"""Place labels: every format decodes back to the places' codes, names in their own letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.pdf_reading import decoded_codes, embedded_fonts, page_texts, render_pages
from warehouse_app.core.stock.locations import LocationInfo
from warehouse_app.core.stock.places import Target
from warehouse_app.documents.place_labels_pdf import write_place_labels
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.station import LABEL_FORMATS


def target(n: int, trail: tuple[str, ...]) -> Target:
    return Target(LocationInfo(n, 1, "bin", f"LC{n:06d}", trail[-1], f"/1/{n}/", False), trail)


PLACES = [target(2, ("Receiving",)), target(7, ("Strefa B – chemia", "Regał Ż-3 / półka 2")),
          target(12, ("Зберігання", "Стелаж 7")), target(15, ("Storage", "Regał A")),
          target(123456, ("Storage", "Bin 9"))]


@pytest.mark.parametrize("page", LABEL_FORMATS)
def test_place_labels_decode_to_their_codes(tmp_path: Path, page: str) -> None:
    out = write_place_labels(PLACES, tmp_path / "places.pdf", page=page)
    images = render_pages(out, tmp_path, dpi=200)
    assert len(images) == (2 if page == "a4" else 5)
    assert sorted(code for image in images for code in decoded_codes(image)) == sorted(p.place.code for p in PLACES)
    text = " ".join(page_texts(out))
    for expected in ("Przyjęcie towaru / Приймання", "Regał Ż-3 / półka 2", "Strefa B – chemia", "Стелаж 7",
                     "Зберігання", "LC123456"):
        assert expected in text, expected
    assert all(embedded_fonts(out).values())


def test_no_places_no_file(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no places to print labels for"):
        write_place_labels([], tmp_path / "none.pdf")
    with pytest.raises(BadInput, match="not a label format"):
        write_place_labels(PLACES, tmp_path / "none.pdf", page="a3")
    assert not (tmp_path / "none.pdf").exists()
