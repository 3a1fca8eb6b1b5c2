"""Labels and the scan sheet: rendered by poppler at 300 dpi, the barcodes decode back to their codes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.documents.factory import packing_list
from tests.documents.pdf_reading import decoded_codes, embedded_fonts, page_texts, render_pages
from warehouse_app.documents.labels_pdf import LABEL_FORMATS, write_labels, write_scan_sheet
from warehouse_app.documents.progress import Cancelled
from warehouse_app.kernel.errors import BadInput


@pytest.mark.parametrize("page", LABEL_FORMATS)
def test_label_barcodes_decode_to_their_codes(tmp_path: Path, page: str) -> None:
    data = packing_list(lines=40, per_box=8, loose=0)  # 5 boxes: a4 needs two sheets
    out = write_labels(data.packages, tmp_path / "labels.pdf", truck=data.truck, page=page)
    images = render_pages(out, tmp_path)
    assert len(images) == (2 if page == "a4" else 5)
    decoded = [code for image in images for code in decoded_codes(image)]
    assert sorted(decoded) == sorted(p.label_code for p in data.packages)
    texts = page_texts(out)
    first = texts[0]
    pkg = data.packages[0]
    for expected in (pkg.label_code, "1 / 5", data.truck.number, "Żywność w puszkach", "Консерви", "Canned food",
                     "2027-01-01", "Sztuki / Штуки / Pieces", "Do / До / To: Львів, Україна",
                     "Благодійний фонд", "13,28 *", "* masa brutto niezważona, podano masę netto"):
        assert expected in first, expected
    assert page == "a4" or "*" not in texts[1]  # a weighed box: no asterisk, no footnote
    assert all(embedded_fonts(out).values())


def test_label_of_a_box_not_yet_on_a_truck_has_no_number(tmp_path: Path) -> None:
    pkg = replace(packing_list().packages[0], seq=0, of=0)
    text = page_texts(write_labels([pkg], tmp_path / "one.pdf", truck=packing_list().truck))[0]
    assert pkg.label_code in text and " / 0" not in text and "T-2026-0042" not in text and "Львів" not in text


def test_unknown_format_and_no_packages_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        write_labels(packing_list().packages, tmp_path / "x.pdf", page="letter")
    with pytest.raises(BadInput):
        write_labels([], tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_scan_sheet_codes_decode_and_captions_print(tmp_path: Path) -> None:
    entries = [(f"IT{n:06d}", f"Koszulka / Футболка rozmiar {size}") for n, size in enumerate("SMLX", start=1)]
    entries += [("5901234123457", "Koc polarowy / Ковдра"), ("it9", "Rękawiczki zimowe / Зимові рукавички")]
    out = write_scan_sheet(entries, tmp_path / "sheet.pdf", title="Odzież / Clothing / Одяг")
    (image,) = render_pages(out, tmp_path)
    assert sorted(decoded_codes(image)) == sorted([code for code, _ in entries[:-1]] + ["IT000009"])
    text = " ".join(page_texts(out)[0].split())  # a long caption wraps onto two lines
    assert "Rękawiczki zimowe / Зимові рукавички" in text and "Page 1 of 1" in text


def test_scan_sheet_spreads_over_pages(tmp_path: Path) -> None:
    entries = [(f"IT{n:06d}", f"#{n}") for n in range(1, 30)]
    out = write_scan_sheet(entries, tmp_path / "sheet.pdf")
    assert len(page_texts(out)) == 2
    images = render_pages(out, tmp_path, dpi=200)
    assert sorted(c for im in images for c in decoded_codes(im)) == sorted(code for code, _ in entries)


@pytest.mark.parametrize("code", ["12345", "5901234123458", "XX000001", ""])
def test_scan_sheet_refuses_codes_no_scanner_here_would_accept(tmp_path: Path, code: str) -> None:
    with pytest.raises(BadInput):
        write_scan_sheet([("IT000001", "ok"), (code, "bad")], tmp_path / "sheet.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cancelled_labels_leave_no_file(tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    with pytest.raises(Cancelled):
        write_labels(packing_list(lines=40, per_box=8).packages, out, progress=lambda done, total: done < 3)
    assert list(tmp_path.iterdir()) == []
