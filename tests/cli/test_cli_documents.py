"""Printing documents from the command line: receipt, count sheet, scan sheet; refusals leave no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import BEANS, Cli, add_beans
from tests.documents.pdf_reading import page_texts


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the documents go (the SQLite file lives in tmp_path itself)."""
    (tmp_path / "docs").mkdir()
    return tmp_path / "docs"


def closed_donation(cli: Cli) -> str:
    add_beans(cli)
    code, out, err = cli("receive", BEANS, "--qty", "12", "--expiry", "2027-03-31", "--donor", "Parafia św. Łukasza")
    assert code == 0, err
    code, out, err = cli("donation", "close")
    assert code == 0, err
    return out.split()[2]  # "Closed donation D-2026-00001 from ..."


def text_of(path: Path) -> str:
    return " ".join(" ".join(page_texts(path)).split())


def test_donation_receipt_in_ukrainian(cli: Cli, folder: Path) -> None:
    number = closed_donation(cli)
    out = folder / "receipt.pdf"
    code, stdout, err = cli("donation", "receipt", number, "--out", str(out), "--lang", "uk")
    assert code == 0, err
    assert str(out) in stdout
    text = text_of(out)
    for phrase in ("Підтвердження отримання пожертви", number, "Parafia św. Łukasza", "Fasola konserwowa 400 g",
                   "2027-03-31", "Щиро дякуємо", "5,40"):
        assert phrase in text, phrase


def test_receipt_refusals_exit_codes_and_no_file(cli: Cli, folder: Path) -> None:
    add_beans(cli)
    assert cli("receive", BEANS, "--donor", "Ktoś", "--expiry", "2027-01-31")[0] == 0
    out = folder / "r.pdf"
    code, _, err = cli("donation", "receipt", "D-2026-00001", "--out", str(out))
    assert code == 4 and "still open" in err and err.count("\n") == 1
    code, _, err = cli("donation", "receipt", "D-1999-00009", "--out", str(out))
    assert code == 3 and err.count("\n") == 1
    code, _, err = cli("donation", "receipt", "D-2026-00001", "--out", str(out), "--lang", "de")
    assert code == 2 and "invalid choice" in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_count_sheet_and_its_refusals(cli: Cli, folder: Path) -> None:
    closed_donation(cli)
    out = folder / "count.pdf"
    code, stdout, err = cli("count-sheet", "--category", "Food/Canned food", "--out", str(out))
    assert code == 0, err
    assert "1 lines" in stdout or "1 line" in stdout
    assert "Fasola konserwowa 400 g" in text_of(out) and BEANS in text_of(out)
    out.unlink()
    assert cli("count-sheet", "--out", str(out))[0] == 2
    assert cli("count-sheet", "--location", "Nowhere", "--out", str(out))[0] == 3
    assert list(folder.iterdir()) == []


def test_scan_sheet_validates_codes_and_entries(cli: Cli, folder: Path) -> None:
    out = folder / "scan.pdf"
    code, _, err = cli("scan-sheet", "--out", str(out), "--title", "Koce / Ковдри", "IT000001=Koc 150×200",
                       f"{BEANS}=Fasola")
    assert code == 0, err
    assert "Koc 150×200" in text_of(out) and "Koce / Ковдри" in text_of(out)
    out.unlink()
    for bad in ("5901234123458=zła cyfra kontrolna", "IT000001"):
        code, _, err = cli("scan-sheet", "--out", str(out), bad)
        assert code == 2 and err.startswith("warehouse-app: ") and err.count("\n") == 1
    blocker = folder / "a-file"
    blocker.write_text("x")
    code, _, err = cli("scan-sheet", "--out", str(blocker / "scan.pdf"), "IT000001=Koc")
    assert code == 2 and "cannot be saved there" in err
    assert sorted(p.name for p in folder.iterdir()) == ["a-file"]



def test_a_folder_that_does_not_exist_is_refused_not_made(cli: Cli, tmp_path: Path) -> None:
    """A mistyped --out folder is the user's to fix: one sentence, exit 2, nothing created."""
    missing = tmp_path / "no-such-folder"
    code, out, err = cli("scan-sheet", "--out", str(missing / "scan.pdf"), "IT000001=Koc")
    assert code == 2 and out == "" and "scan.pdf cannot be saved there" in err and err.count("\n") == 1
    assert not missing.exists()
