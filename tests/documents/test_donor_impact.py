"""The donor impact report (PDF) and the impact sheet (xlsx), read back: the donor's
language and letters, the summary sentence, and per item numbers that add up to what
was received."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.documents.factory import SENDER
from tests.documents.pdf_reading import embedded_fonts, page_texts, render_pages
from tests.documents.trace_factory import DONOR, HUB, KHARKIV, PANGRAM, donor_trace
from tests.documents.xlsx_helpers import INJECTIONS, assert_table_layout, find_row, load, table
from warehouse_app.core.trace.data import DonorTrace
from warehouse_app.core.trace.rollup import item_totals
from warehouse_app.documents.donor_impact_pdf import summary_sentences, write_donor_impact
from warehouse_app.documents.impact_xlsx import write_impact_sheet
from warehouse_app.kernel.errors import BadInput


def _text(path: Path) -> str:
    return "\n".join(page_texts(path))


def _totals_line(text: str, heading: str, item: str) -> list[str]:
    """The numbers printed after ``item`` in the totals table under ``heading``."""
    after = text[text.index(heading):]
    lines = after[after.index(item) + len(item):].split("\n")
    return [w for w in lines[:8] if w.strip().isdigit()][:5]


def test_the_parts_add_up_to_what_was_received() -> None:
    trace = donor_trace()
    for total in item_totals(trace.received, trace.rows):
        assert total.accounted == total.received, total.item
    soap = next(t for t in item_totals(trace.received, trace.rows) if t.item_id == 1)
    assert (soap.amount("dispatched", "delivered"), soap.amount("in_stock", "packed", "loaded"),
            soap.amount("written_off")) == (60, 35, 5)


def test_polish_report_speaks_polish_and_adds_up(tmp_path: Path) -> None:
    out = write_donor_impact(donor_trace(), tmp_path / "impact-pl.pdf", lang="pl", sender=SENDER)
    text = _text(out)
    flat = " ".join(text.split())
    assert "Dokąd trafił Państwa dar" in text and SENDER.name in text and f"Darczyńca: {DONOR}" in text
    assert "Okres: 2026-11-01 – 2026-11-30" in text
    # 142 units received, 40 + 20 soap and 12 pairs of socks left: 72 / 142 = 51 %
    assert "51 % Państwa daru wyjechało już z magazynu" in flat and "2 ciężarówki." in flat
    assert PANGRAM in text  # the write-off reason, Polish letters intact
    assert "Mydło w kostce" in text and "Kasza gryczana 1 kg" in text
    assert f"dostarczone 2026-11-22 do: {HUB}" in flat and "(uszkodzone)" in flat
    assert "załadowane na T-2026-0045" in flat
    # received, left, of which delivered, still here, written off
    assert _totals_line(text, "Podsumowanie według towarów", "Mydło w kostce") == ["100", "60", "40", "35", "5"]
    assert _totals_line(text, "Podsumowanie według towarów", "Skarpety wełniane") == ["12", "12", "12", "0", "0"]
    assert "Razem" in text and "42,50 + ?" in text  # the socks have no weight: never a silent 0
    assert "Strona 1 z 2" in text
    assert all(embedded_fonts(out).values()) and any("DejaVu" in name for name in embedded_fonts(out))


def test_ukrainian_report_uses_ukrainian_item_names(tmp_path: Path) -> None:
    out = write_donor_impact(donor_trace(), tmp_path / "impact-uk.pdf", lang="uk", sender=SENDER)
    text = _text(out)
    flat = " ".join(text.split())
    assert "Куди потрапила Ваша пожертва" in text and "Шановні друзі," in text
    assert "51 % Вашої пожертви вже вирушило зі складу" in flat and "2 вантажівки." in flat
    assert KHARKIV in flat and "Благодійний фонд «Світанок»" in flat
    assert "Мило" in text and "Гречка 1 кг" in text and "Mydło" not in text
    assert "Skarpety wełniane" in text  # no Ukrainian name: the name on the goods
    assert _totals_line(text, "Підсумок за товарами", "Мило") == ["100", "60", "40", "35", "5"]
    assert "Ще раз щиро дякуємо" in flat


def test_report_pages_render(tmp_path: Path) -> None:
    out = write_donor_impact(donor_trace(), tmp_path / "impact-en.pdf", lang="en", sender=SENDER)
    text = _text(out)
    assert "Dear Piekarnia Żółć sp. z o.o.," in text and "Soap bar" in text
    pages = render_pages(out, tmp_path, dpi=60)
    assert len(pages) == 2
    assert all(page.convert("L").getextrema()[0] < 100 for page in pages)  # ink on every page


def test_summary_sentence_by_weight_waiting_and_empty() -> None:
    by_weight = donor_trace(with_socks=False)  # every item weighed: the share is of kg
    assert by_weight.summary.measure == "kg"
    assert summary_sentences(by_weight.summary, True, "en")[0] == (
        "18 % of your donation (by weight) has left for Lviv, Ukraine and Харків, Україна on 2 trucks.")
    waiting = DonorTrace(DONOR, None, None, tuple(replace(d, rows=tuple(r for r in d.rows if r.state == "in_stock"),
                                                             received=d.received[:1]) for d in by_weight.donations[:1]))
    assert summary_sentences(waiting.summary, True, "pl") == [
        "Państwa dar (wagowo) jest jeszcze u nas – czeka w magazynie na najbliższy transport."]
    empty = DonorTrace(DONOR, None, None, ())
    assert summary_sentences(empty.summary, False, "uk") == ["У цей період ми не отримували від Вас пожертв."]


def test_report_refuses_an_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(BadInput):
        write_donor_impact(donor_trace(), tmp_path / "x.pdf", lang="de")
    assert not (tmp_path / "x.pdf").exists()


def test_impact_sheet_in_ukrainian(tmp_path: Path) -> None:
    trace = donor_trace()
    anonymous = DonorTrace("", trace.date_from, trace.date_to,
                           tuple(replace(d, donor=None, number="D-2026-00060") for d in trace.donations[:1]))
    sneaky = DonorTrace(INJECTIONS[0], trace.date_from, trace.date_to, ())
    out = write_impact_sheet([anonymous, trace, sneaky], tmp_path / "impact.xlsx", lang="uk")
    wb = load(out)
    assert wb.sheetnames == ["За донорами", "Подробиці"]
    ws = wb["За донорами"]
    row = find_row(ws, "Донор")
    titles, rows = table(ws, row)
    assert titles[:6] == ["Донор", "Пожертви", "Рахується в", "Отримано", "Вирушило", "Вирушило %"]
    assert_table_layout(ws, row, len(titles), 3)
    by_donor = {r[0].value: [c.value for c in r] for r in rows if r[0].value != "Разом"}
    assert list(by_donor) == [INJECTIONS[0], DONOR, "(без донора)"]  # "(no donor)" last; the formula stays text
    assert by_donor[DONOR][1:9] == [2, "одиницях", 142, 72, 51, 52, 65, 5]
    assert by_donor["(без донора)"][2:6] == ["кг", 12.5, 7.5, 60]  # soap only: every unit weighed
    total = find_row(ws, "Разом")
    assert [c.value for c in ws[total]][1:5] == [3, "одиницях", 242, 132]

    ws = wb["Подробиці"]
    row = find_row(ws, "Донор")
    titles, rows = table(ws, row)
    rows = [r for r in rows if not str(r[0].value).startswith("Разом")]
    assert titles[:9] == ["Донор", "Пожертва", "Дата пожертви", "Товар", "Категорія", "Стан", "Кількість", "Од.",
                          "Вага, кг"]
    assert_table_layout(ws, row, len(titles), 12)
    soap = [[c.value for c in r] for r in rows if r[1].value == "D-2026-00042"]
    assert {r[5]: r[6] for r in soap} == {"на полиці": 25, "запаковано": 10, "відправлено": 20, "доставлено": 40,
                                          "списано": 5}
    assert sum(r[6] for r in soap) == 100  # the parts add up to the 100 received
    written_off = next(r for r in soap if r[5] == "списано")
    assert written_off[3] == "Мило" and written_off[15] == PANGRAM
    assert ws.cell(find_row(ws, "Разом: 12 рядків"), 9).value == 55  # 2 × 12.5 soap + 30 groats; socks unknown
