"""`donor report` and `export impact`: where a donor's gifts went, as a PDF letter and a sheet."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.cli.helpers import Cli
from tests.trace_fixtures import DONOR, gift_journey
from warehouse_app.db.database import Database


def _journey(cli: Cli) -> None:
    db = Database(cli.url)
    try:
        gift_journey(db)
    finally:
        db.dispose()


def test_donor_report_in_ukrainian(cli: Cli, tmp_path: Path) -> None:
    _journey(cli)
    out = tmp_path / "report.pdf"
    code, printed, err = cli("donor", "report", DONOR, "--lang", "uk", "--out", str(out))
    assert (code, err) == (0, "")
    assert printed == f"Wrote the impact report of {DONOR} (1 donation, 5% left) to {out}\n"
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Куди потрапила Ваша пожертва" in text and "Мило" in text
    message = cli.json("donor", "report", DONOR, "--from", "2020-01-01", "--to", "2099-12-31", "--out", str(out))
    assert message == {"message": f"Wrote the impact report of {DONOR} (1 donation, 5% left) to {out}"}


def test_donor_report_refusals_are_one_sentence(cli: Cli, tmp_path: Path) -> None:
    _journey(cli)
    out = tmp_path / "x.pdf"
    for args, code, words in ((("Nikt",), 3, "There is no donor Nikt."),
                              ((DONOR, "--from", "2026-02-30"), 2, "2026-02-30"),
                              ((DONOR, "--from", "2026-12-10", "--to", "2026-12-01"), 2, "starts after it ends"),
                              ((DONOR, "--lang", "de"), 2, "invalid choice")):
        got, printed, err = cli("donor", "report", *args, "--out", str(out))
        assert (got, printed) == (code, "") and words in err and err.count("\n") == 1, (args, err)
        got, printed, err = cli("donor", "report", *args, "--out", str(out), "--json")
        assert got == code and json.loads(err)["code"] == code
    assert not out.exists()


def test_export_impact_sheet(cli: Cli, tmp_path: Path) -> None:
    import openpyxl

    _journey(cli)
    out = tmp_path / "impact.xlsx"
    code, printed, err = cli("--lang", "uk", "export", "impact", "--out", str(out))
    assert (code, err) == (0, "") and printed == f"Wrote where 1 donation of 1 donor went to {out}\n"
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["За донорами", "Подробиці"]
    code, printed, err = cli("export", "impact", "--from", "2099-01-01", "--out", str(out), "--lang", "pl")
    assert code == 0 and "0 donations of 0 donors" in printed
    assert openpyxl.load_workbook(out).sheetnames == ["Według darczyńców", "Szczegóły"]
