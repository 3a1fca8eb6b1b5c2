"""The command line's put-away and places: a donation's goods off Receiving in one go,
places renamed, archived and brought back, place labels as a PDF read back."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.cli.helpers import BEANS, Cli, add_beans, add_person


def test_all_of_a_donation_from_receiving(cli: Cli) -> None:
    add_beans(cli)
    code, out, err = cli("donation", "open", "--donor", "Caritas")
    assert code == 0, err
    number = next(word for word in out.replace(",", " ").split() if word.startswith("D-"))
    assert cli("receive", BEANS, "--qty", "7", "--expiry", "2027-03-31", "--donation", number)[0] == 0
    label = cli.json("location", "add", "--name", "Regał A", "--kind", "bin", "--parent", "Storage")
    rack = str(label["message"]).split()[-1]  # type: ignore[index]
    code, out, err = cli("move", "--all-from-receiving", "--donation", number, "--to", rack)
    assert code == 0, err
    assert out.splitlines() == [f"Moved 1 line(s) of donation {number} to Regał A:",
                                "  7.000 pcs Fasola konserwowa 400 g, expiry 2027-03-31"]
    lots = cli.json("stock", "--item", BEANS)["lots"]  # type: ignore[index]
    assert [(x["location"], x["quantity"]) for x in lots] == [("Regał A", 7)]
    code, _out, err = cli("move", "--all-from-receiving", "--donation", number, "--to", rack)
    assert code == 4 and f"Nothing of donation {number} is still at Receiving." in err
    code, _out, err = cli("move", "--to", rack)
    assert code == 2 and "Name the item, --qty and --from" in err
    code, _out, err = cli("move", BEANS, "--all-from-receiving", "--donation", number, "--to", rack)
    assert code == 2 and "--all-from-receiving takes --donation and --to" in err


def test_places_renamed_archived_brought_back_and_labelled(cli: Cli, tmp_path: Path, db_url: str) -> None:
    code, out, err = cli("location", "add", "--name", "Полиця 3", "--kind", "bin", "--parent", "Storage")
    assert code == 0, err
    shelf = out.split()[-1]
    code, out, err = cli("location", "rename", shelf, "--name", "Półka żółta 3")
    assert code == 0 and out.strip() == f"Renamed to bin Półka żółta 3, label {shelf}", err
    assert cli("location", "archive", shelf)[0] == 0
    assert [x["archived"] for x in cli.json("location", "list") if x["code"] == shelf] == [True]  # type: ignore[index,union-attr]
    code, _out, err = cli("location", "archive", "Receiving")
    assert code == 4 and "where intake puts what it receives" in err
    assert cli("location", "restore", shelf)[0] == 0
    pdf = tmp_path / "places.pdf"
    code, out, err = cli("location", "labels", "--out", str(pdf))
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Półka żółta 3" in text and shelf in text and "Przyjęcie towaru / Приймання" in text
    add_person(db_url, "Olena", "staff")
    code, _out, err = cli("--operator", "Olena", "location", "add", "--name", "X", "--kind", "bin", "--parent",
                          "Storage")
    assert code == 4 and "Only a manager can add, rename or archive places" in err


def test_a_trucks_pick_list_as_pdf(cli: Cli, tmp_path: Path) -> None:
    add_beans(cli)
    assert cli("receive", BEANS, "--qty", "12", "--expiry", "2031-03-31")[0] == 0
    assert cli("location", "add", "--name", "Półka Ż-1", "--kind", "bin", "--parent", "Storage")[0] == 0
    assert cli("move", BEANS, "--qty", "9", "--from", "Receiving", "--to", "Półka Ż-1")[0] == 0
    code, out, err = cli("truck", "create", "--destination", "Харків", "--plate", "PZ 1234A")
    assert code == 0, err
    truck = out.split()[-1]
    wanted = tmp_path / "wanted.txt"
    wanted.write_text("Fasola konserwowa 400 g = 10\n\n", encoding="utf-8")
    pdf = tmp_path / "pick.pdf"
    code, out, err = cli("truck", "pick-list", truck, "--from", str(wanted), "--want", f"{BEANS}=5", "--out", str(pdf))
    assert code == 0, err
    assert out.splitlines() == [f"Wrote the pick list of truck {truck} (2 rows) to {pdf}",
                                "Short: 3 pcs Fasola konserwowa 400 g"]
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Lista kompletacyjna / Pick list / Список комплектації" in text and "Харків" in text
    assert "Przyjęcie towaru" in text and "Półka Ż-1" in text
    rows = [line.split() for line in text.splitlines() if "Fasola" in line and "☐" in line]
    assert [row[-3] for row in rows] == ["3", "9"]  # Receiving, then Storage › Półka Ż-1: 12 in all
    code, _out, err = cli("truck", "pick-list", truck, "--want", "Fasola", "--out", str(pdf))
    assert code == 2 and "Line 1 should read item = quantity" in err
