"""Operator badges: name and role read back as text, the OP code decodes from the rendered page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.documents.pdf_reading import decoded_codes, embedded_fonts, page_texts, render_pages
from warehouse_app.core.access.operators import OperatorInfo
from warehouse_app.documents.badges_pdf import write_badges
from warehouse_app.kernel.errors import BadInput

PEOPLE = [OperatorInfo(1, "Anna Nowak", "manager", True), OperatorInfo(2, "Ołena Kowalenko", "staff", True),
          OperatorInfo(12, "Мирослава Шевченко-Ковальчук", "loader", True)]


def test_badges_show_name_role_and_a_scannable_code(tmp_path: Path) -> None:
    out = write_badges(PEOPLE * 4, tmp_path / "badges.pdf", warehouse="Magazyn Rzeszów")  # 12: two sheets
    texts = page_texts(out)
    assert len(texts) == 2
    for expected in ("Anna Nowak", "Ołena Kowalenko", "Мирослава", "Kierownik / Керівник / Manager",
                     "Pracownik / Працівник / Staff", "Załadowca / Вантажник / Loader", "OP000001", "OP000012",
                     "Magazyn Rzeszów"):
        assert expected in texts[0], expected
    assert all(embedded_fonts(out).values())
    images = render_pages(out, tmp_path)
    decoded = [code for image in images for code in decoded_codes(image)]
    assert sorted(decoded) == sorted(p.badge for p in PEOPLE * 4)


def test_no_one_to_print_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="no one to print a badge for"):
        write_badges([], tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
