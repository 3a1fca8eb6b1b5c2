"""export / import on the command line: files written whole or not at all, exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.cli.helpers import Cli
from tests.stock_fixtures import ean

CODE = ean("590000000041")
EVIL = '=HYPERLINK("http://x","y")'


def test_import_items_then_donation_then_export(cli: Cli, tmp_path: Path) -> None:
    items = tmp_path / "items.csv"
    items.write_bytes("\ufeffNazwa;Kategoria;J.m.;Kod kreskowy;Waga kg;Data ważności wymagana\r\n"
                      f"Konserwa;FOOD.CANNED;szt;{CODE};0,4;tak\r\nZła;NOPE;szt;;;\r\n".encode())
    code, out, err = cli("import", "items", str(items), "--dry-run")
    assert code == 2 and "There is no category NOPE." in out and "1 rows valid, 1 wrong." in out
    code, out, err = cli("import", "items", str(items))
    assert code == 2 and err.count("\n") == 1 and "line 3: There is no category NOPE" in err and out == ""
    assert cli.ledger() == 0
    code, out, err = cli("import", "items", str(items), "--skip-invalid")
    assert (code, out) == (0, "Imported 1 rows, skipped 1 wrong rows.\n"
                              "Not imported, unknown columns: F Data ważności wymagana\n")  # named, not dropped

    wb = openpyxl.Workbook()
    wb.active.append(["Штрихкод", "Кількість", "Термін придатності", "Донор"])
    wb.active.append([int(CODE), 12, "2027-06-30", "Caritas"])
    wb.save(tmp_path / "donation.xlsx")
    code, out, err = cli("import", "donation", str(tmp_path / "donation.xlsx"), "--dry-run")
    assert code == 0 and "1 rows valid, 0 wrong." in out and cli.ledger() == 0
    code, out, err = cli("import", "donation", str(tmp_path / "donation.xlsx"), "--donor", EVIL)
    assert code == 0 and out.startswith("Imported 1 rows into donation D-") and cli.ledger() == 1

    (tmp_path / "out").mkdir()
    code, out, err = cli("export", "stock", "--out", str(tmp_path / "out" / "stock.xlsx"), "--warehouse", "Przemyśl")
    assert (code, out) == (0, f"Wrote 1 stock rows to {tmp_path / 'out' / 'stock.xlsx'}\n")
    ws = openpyxl.load_workbook(tmp_path / "out" / "stock.xlsx")["Stock"]
    assert ws["B2"].value == "Przemyśl" and ws["B4"].value == "Marta"
    assert ws["G7"].value == 12 and ws["I7"].value == pytest.approx(4.8)

    out_file = tmp_path / "out" / "donations.xlsx"
    code, out, err = cli("export", "donations", "--from", "2020-01-01", "--to", "2099-12-31", "--out", str(out_file))
    assert code == 0 and "1 received lines from 1 donors" in out
    donor = openpyxl.load_workbook(out_file)["By donor"]["A6"]
    assert (donor.value, donor.data_type) == (EVIL, "s")


def test_bad_input_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = cli("export", "donations", "--from", "2026-12-31", "--to", "2026-01-01", "--out", str(out / "d.xlsx"))
    assert code == 2 and err.count("\n") == 1 and "ends" in err
    code, _, err = cli("import", "items", str(tmp_path / "missing.csv"))
    assert code == 3 and err == f"warehouse-app: There is no file {tmp_path / 'missing.csv'}.\n"
    (tmp_path / "bad.xlsx").write_bytes(b"junk")
    code, _, err = cli("import", "donation", str(tmp_path / "bad.xlsx"), "--donor", "X")
    assert code == 2 and "not an Excel workbook" in err
    assert not out.exists() or list(out.iterdir()) == []
