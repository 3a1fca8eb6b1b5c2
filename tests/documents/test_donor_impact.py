"""The donor impact report (PDF) and the impact sheet (xlsx), read back: the donor's
language and letters, the summary sentence, and per item numbers that add up to what
was received."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests import trace_fixtures as real
from tests.documents.factory import SENDER
from tests.documents.pdf_reading import embedded_fonts, page_texts, render_pages
from tests.documents.trace_factory import DONOR, HUB, KHARKIV, PANGRAM, donor_trace
from tests.documents.xlsx_helpers import INJECTIONS, assert_table_layout, find_row, load, table
from tests.trace_fixtures import deliver, gift_journey
from warehouse_app.core.trace.data import DonorTrace, TraceRow
from warehouse_app.core.trace.rollup import item_totals
from warehouse_app.db.database import Database
from warehouse_app.documents.donor_impact_pdf import reason_text, summary_sentences, write_donor_impact
from warehouse_app.documents.impact_xlsx import write_impact_sheet
from warehouse_app.documents.jobs import donor_impact_job, impact_sheet_job, run_job
from warehouse_app.kernel.errors import BadInput, NotFound


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
    out = write_impact_sheet([anonymous, trace, sneaky], tmp_path / "impact.xlsx", date_from=trace.date_from,
                             date_to=trace.date_to, lang="uk")
    wb = load(out)
    assert wb.sheetnames == ["За донорами", "Подробиці"]
    ws = wb["За донорами"]
    row = find_row(ws, "Донор")
    titles, rows = table(ws, row)
    assert titles[:6] == ["Донор", "Пожертви", "Рахується в", "Отримано", "Вирушило", "Вирушило %"]
    assert_table_layout(ws, row, len(titles), 3)
    assert ws["B2"].value.date() == trace.date_from and ws["B3"].value.date() == trace.date_to
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


# --- from a real journey, through the jobs both front ends run, on both databases ---------------


def test_report_of_a_real_journey_in_polish_and_ukrainian(db: Database, tmp_path: Path) -> None:
    journey = gift_journey(db)
    pl = run_job(db, donor_impact_job(real.DONOR, lang="pl"), tmp_path / "pl.pdf")
    trace, sender = pl.data
    assert sender.name == real.WAREHOUSE and [d.number for d in trace.donations] == [journey.donation]
    text = _text(pl.path)
    flat = " ".join(text.split())
    # 11 kg received (10 soap × 0.1, 8 blankets × 1.25); 6 soap bars, 0.6 kg, left: 5 %
    assert "5 % Państwa daru (wagowo) wyjechało już z magazynu – cel: Харків, Ukraine, 1 ciężarówka." in flat
    assert real.REASON in flat and real.WAREHOUSE in text and "ul. Źródlana 7" in text
    assert f"załadowane na {journey.lviv}, czeka na wyjazd" in flat and f"spakowane: {journey.box}" in flat
    assert _totals_line(text, "Podsumowanie według towarów", "Koc polarowy") == ["8", "0", "0", "6", "2"]
    assert _totals_line(text, "Podsumowanie według towarów", "Mydło w kostce") == ["10", "6", "0", "4", "0"]
    uk = run_job(db, donor_impact_job(real.DONOR, date.today(), date.today(), lang="uk"), tmp_path / "uk.pdf")
    text = _text(uk.path)
    assert "Мило" in text and "Ковдра флісова" in text and "Mydło" not in text
    assert "Благодійний фонд «Світанок»" in " ".join(text.split())
    assert _totals_line(text, "Підсумок за товарами", "Ковдра флісова") == ["8", "0", "0", "6", "2"]
    page = render_pages(uk.path, tmp_path, dpi=50)[0]
    assert page.convert("L").getextrema()[0] < 100


def test_impact_sheet_of_a_real_journey(db: Database, tmp_path: Path) -> None:
    journey = gift_journey(db)
    written = run_job(db, impact_sheet_job(date.today(), date.today(), lang="pl"), tmp_path / "impact.xlsx")
    assert [d.donor for d in written.data] == [real.DONOR]
    ws = load(written.path)["Według darczyńców"]
    row = find_row(ws, real.DONOR)
    assert [c.value for c in ws[row]][1:8] == [1, "kg", 11, 0.6, 5, 0, 7.9]  # 2.9 + 3.75 + 1.25 kg still here
    ws = load(written.path)["Szczegóły"]
    titles, rows = table(ws, find_row(ws, "Darczyńca"))
    cells = {(r[3].value, r[5].value): (r[6].value, r[9].value, r[10].value) for r in rows
             if not str(r[0].value).startswith("Razem")}
    assert cells == {
        ("Koc polarowy", "na półce"): (2, None, None), ("Koc polarowy", "spakowane"): (3, None, None),
        ("Koc polarowy", "załadowane"): (1, journey.lviv, "Lviv, Ukraine"),
        ("Koc polarowy", "spisane"): (2, None, None),
        ("Mydło w kostce", "na półce"): (4, None, None),
        ("Mydło w kostce", "wysłane"): (6, journey.kharkiv, "Харків, Ukraine"),
    }


def test_a_donor_nobody_knows_is_one_sentence(db: Database, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        run_job(db, donor_impact_job("Nikt", lang="pl"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_stocktake_loss_is_worded_in_the_reader_language() -> None:
    lost = TraceRow(donation="D-2026-00001", donor=DONOR, item_id=1, item="Mydło", item_uk="", item_en="",
                    category="HYGIENE", unit="pcs", quantity=Decimal(1), state="written_off")
    assert reason_text(replace(lost, counted=True, reason="regał B"), "pl") == \
        "brak stwierdzony przy spisie z natury: regał B"
    assert reason_text(replace(lost, counted=True), "uk") == "нестача, виявлена під час інвентаризації"
    assert reason_text(replace(lost, reason="stock count: wet"), "en") == "stock count: wet"  # a person's own words
    assert reason_text(lost, "en") == "no reason given"


def test_goods_the_hub_confirmed_are_delivered_in_the_report(db: Database, tmp_path: Path,
                                                            sqlite_template: Path) -> None:
    journey = gift_journey(db)
    hub_file = tmp_path / "hub.sqlite3"
    shutil.copyfile(sqlite_template, hub_file)
    hub = Database(str(hub_file))
    try:
        deliver(db, hub, journey.kharkiv, (journey.soap_box,))
    finally:
        hub.dispose()
    written = run_job(db, donor_impact_job(real.DONOR, lang="en"), tmp_path / "en.pdf")
    text = _text(written.path)
    flat = " ".join(text.split())
    assert "The receiving hub has already confirmed 5 % as delivered." in flat
    assert f"delivered {date.today().isoformat()} to {real.HUB}" in flat
    assert _totals_line(text, "Totals by item", "Soap bar") == ["10", "6", "6", "4", "0"]
