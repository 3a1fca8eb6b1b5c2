"""Imports read what the user sees (issue 17): the visible, active sheet of a workbook, and a
CSV file in the encoding it was saved in, or a question when that is not clear."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from warehouse_app.documents.sheet_reader import LINE, read_rows, read_sheet
from warehouse_app.kernel.errors import BadInput, EncodingUnsure, NotFound

POLISH = "Nazwa;Ilość\r\nMąka pszenna;3\r\nŻółć, ćma, źrebię, łóżko;2\r\nŚruba nierdzewna;1\r\n"
UKRAINIAN = "Назва;Кількість\r\nКовдра;3\r\nМило їжачок;2\r\nҐудзик є і ї;1\r\n"


def workbook(path: Path, *, hidden_first: str = "hidden", active: int = 1) -> Path:
    """Sheets Stare (hidden as told), Darowizny and Zapas; ``active`` the one open on screen."""
    book = openpyxl.Workbook()
    old = book.active
    old.title = "Stare"
    old.append(["Nazwa", "Ilość"])
    old.append(["Old stuff", 99])
    old.sheet_state = hidden_first
    gifts = book.create_sheet("Darowizny")
    gifts.append(["Nazwa", "Ilość"])
    gifts.append(["Ковдра", 3])
    spare = book.create_sheet("Zapas")
    spare.append(["Nazwa", "Ilość"])
    spare.append(["Mydło", 5])
    book.active = active
    book.save(path)
    return path


def rewrite_workbook_xml(path: Path, old: str, new: str) -> None:
    """What openpyxl will not save (a hidden sheet left active, no sheet visible) but Excel files hold."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    text = parts["xl/workbook.xml"].decode()
    assert old in text
    parts["xl/workbook.xml"] = text.replace(old, new).encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def names(rows: list[dict[str, str]]) -> list[str]:
    return [row["name"] for row in rows]


def test_the_active_sheet_is_read_not_the_hidden_first_one(tmp_path: Path) -> None:
    read = read_sheet(workbook(tmp_path / "list.xlsx"))
    assert read.sheet == "Darowizny" and names(read.rows) == ["Ковдра"] and read.encoding is None
    assert read.sample == "Ковдра" and read.note() == "Read sheet 'Darowizny' \u00b7 sample: Ковдра"


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_never_read(tmp_path: Path, state: str) -> None:
    path = workbook(tmp_path / "list.xlsx", hidden_first=state, active=2)
    assert read_sheet(path).sheet == "Zapas"
    # the hidden sheet left the active one (a workbook saved so): the first visible one is read instead
    rewrite_workbook_xml(path, 'activeTab="2"', 'activeTab="0"')
    assert openpyxl.load_workbook(path).active.title == "Stare"
    assert read_sheet(path).sheet == "Darowizny"
    with pytest.raises(NotFound) as refused:
        read_rows(path, sheet="Stare")
    assert refused.value.message == "list.xlsx has no visible sheet named Stare; its sheets are: Darowizny, Zapas."


def test_a_sheet_picked_by_name(tmp_path: Path) -> None:
    read = read_sheet(workbook(tmp_path / "list.xlsx"), sheet="Zapas")
    assert read.sheet == "Zapas" and names(read.rows) == ["Mydło"]


def test_a_workbook_with_no_visible_sheet_is_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Nazwa"])
    book.create_sheet("B").sheet_state = "veryHidden"
    path = tmp_path / "none.xlsx"
    book.save(path)
    rewrite_workbook_xml(path, 'state="visible"', 'state="hidden"')
    with pytest.raises(BadInput, match="none.xlsx has no visible sheet to import."):
        read_rows(path)


@pytest.mark.parametrize(("text", "codec", "detected"), [
    (UKRAINIAN, "utf-8", "utf-8"),
    (UKRAINIAN, "utf-8-sig", "utf-8-sig"),
    (UKRAINIAN, "utf-16", "utf-16-le"),  # Python writes its BOM little-endian here
    (POLISH, "utf-16-le", "utf-16-le"),
    (POLISH, "utf-16-be", "utf-16-be"),
    (POLISH, "cp1250", "cp1250"),
    (UKRAINIAN, "cp1251", "cp1251"),
])
def test_csv_encodings_are_detected(tmp_path: Path, text: str, codec: str, detected: str) -> None:
    path = tmp_path / "list.csv"
    data = text.encode(codec)
    if codec in ("utf-16-le", "utf-16-be"):  # these codecs write no BOM: Windows "Unicode text" has one
        data = "\ufeff".encode(codec) + data
    path.write_bytes(data)
    read = read_sheet(path)
    assert read.encoding == detected
    expected = [line.split(";")[0] for line in text.splitlines()[1:]]
    assert names(read.rows) == expected and read.rows[0][LINE] == "2" and "quantity" in read.rows[0]
    assert read.sample.startswith(expected[0]) and read.sheet is None


def test_the_labels_say_which_code_page(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(UKRAINIAN.encode("cp1251"))
    assert read_sheet(path).note() == ("encoding Windows-1251 (Cyrillic) \u00b7 sample: Ковдра, Мило їжачок, "
                                       "Ґудзик є і ї")


def test_an_unclear_code_page_is_asked_for_and_can_be_forced(tmp_path: Path) -> None:
    path = tmp_path / "czech.csv"  # Czech letters: neither Polish nor Cyrillic words either way
    path.write_bytes("Nazwa;Ilość\r\nPřehled čištění;3\r\n".encode("cp1250"))
    with pytest.raises(EncodingUnsure) as unsure:
        read_rows(path)
    assert unsure.value.samples == {"cp1250": "Přehled čištění", "cp1251": "Pшehled иiљtмnн"}
    assert "--encoding cp1250|cp1251|utf-8|utf-16" in unsure.value.message
    forced = read_sheet(path, encoding="cp1250")
    assert forced.encoding == "cp1250" and names(forced.rows) == ["Přehled čištění"]
    assert names(read_rows(path, encoding="cp1251")) == ["Pшehled иiљtмnн"]


def test_forcing_a_wrong_unicode_encoding_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(POLISH.encode("cp1250"))
    with pytest.raises(BadInput, match="list.csv cannot be read as UTF-8"):
        read_rows(path, encoding="utf-8")
    path.write_bytes(POLISH.encode("utf-8-sig"))
    assert read_sheet(path, encoding="utf-8").encoding == "utf-8-sig"
