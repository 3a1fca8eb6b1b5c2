"""The truck file's round trip through the command line: the sender on each backend, the
receiving hub on a second SQLite database; the files are the only link between them."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.cli.helpers import MARTA_PIN, Cli, add_person, fails, ok, stock_tins_and_blankets
from tests.shipping_fixtures import BLANKET, TINS
from warehouse_app.db.database import Database
from warehouse_app.db.models import Item, ItemTotal


def _stock(cli: Cli) -> dict[str, Decimal]:
    db = Database(cli.url)
    try:
        with db.read() as s:
            return dict(s.execute(select(Item.name, ItemTotal.quantity).join(ItemTotal, ItemTotal.item_id == Item.id)).all())
    finally:
        db.dispose()


@pytest.fixture
def hub(tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    target = tmp_path / "hub.sqlite3"
    shutil.copyfile(sqlite_template, target)
    url = f"sqlite:///{target}"
    add_person(url, "Marta", "manager", MARTA_PIN)
    return Cli(url, capsys)


def _dispatched_truck(cli: Cli) -> dict[str, str]:
    stock_tins_and_blankets(cli)
    ok(cli, "warehouse", "set", "--name", "Magazyn Poznań")
    codes = {"pallet": ok(cli, "pallet", "create").split()[-1]}
    for name, goods, qty in (("b1", TINS, "12"), ("b2", BLANKET, "8"), ("b3", TINS, "6"), ("b4", BLANKET, "4")):
        codes[name] = ok(cli, "box", "create").split()[-1]
        ok(cli, "box", "pack", codes[name], goods, "--qty", qty)
        ok(cli, "box", "seal", codes[name], "--gross-kg", "11")
    ok(cli, "pallet", "add", codes["pallet"], codes["b1"])
    ok(cli, "pallet", "add", codes["pallet"], codes["b2"])
    codes["truck"] = ok(cli, "truck", "create", "--destination", "Lviv", "--plate", "WX 1").split()[-1]
    for code in (codes["pallet"], codes["b3"], codes["b4"]):
        ok(cli, "truck", "load", codes["truck"], code)
    ok(cli, "truck", "load", codes["truck"], BLANKET, "--qty", "2")
    ok(cli, "truck", "dispatch", codes["truck"])
    return codes


def test_arrival_round_trip_through_the_command_line(cli: Cli, hub: Cli, tmp_path: Path) -> None:
    codes = _dispatched_truck(cli)
    truck_file, answer, pdf = tmp_path / "truck.json", tmp_path / "arrival.json", tmp_path / "arrival.pdf"
    assert "is not dispatched yet" in fails(cli, 4, "truck", "file", ok(cli, "truck", "create", "--destination",
                                                                           "Lviv", "--plate", "X").split()[-1],
                                             "--out", str(tmp_path / "no.json"))
    out = ok(cli, "truck", "file", codes["truck"], "--out", str(truck_file))
    assert "4 packages, 1 loose line)" in out and json.loads(truck_file.read_text())["format"] == "aid-warehouse-truck"

    tampered = tmp_path / "tampered.json"
    tampered.write_text(truck_file.read_text().replace('"quantity": "12"', '"quantity": "13"'))
    assert "changed after it was written" in fails(hub, 2, "truck", "arrive", str(tampered))
    assert "no file" in fails(hub, 2, "truck", "arrive", str(tmp_path / "nothing.json"))
    arrived = ok(hub, "truck", "arrive", str(truck_file))
    number = arrived.split()[-1]  # the number is the last word
    assert number == codes["truck"] and "Registered 4 packages" in arrived
    assert "already registered here" in fails(hub, 4, "truck", "arrive", str(truck_file))

    assert "2 boxes on it checked in as received" in ok(hub, "truck", "check-in", number, f"]C0{codes['pallet']}")
    assert "checked in as damaged" in ok(hub, "truck", "check-in", number, codes["b3"], "--damaged", "--note", "wet")
    extra = hub.json("truck", "check-in", number, "BX099999")["message"]
    assert "not on the list" in extra and "1 of 4 packages still to check" in extra
    assert re.search(r"was already checked in at \d\d:\d\d", fails(hub, 4, "truck", "check-in", number, codes["b1"]))
    assert "is not a package label of truck" in fails(hub, 2, "truck", "check-in", number, TINS)

    report = hub.json("truck", "arrival-report", number)
    assert (report["received"], report["damaged"], report["missing"], report["extra"]) == (
        [codes["b1"], codes["b2"]], [codes["b3"]], [codes["b4"]], ["BX099999"])
    assert report["totals"]["packages"] == 3 and report["totals"]["loose_pieces"] == 2
    assert "Wrote the arrival report" in ok(hub, "truck", "arrival-report", number, "--out", str(pdf))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Protokół przyjęcia transportu" in text and "Акт приймання вантажу" in text and codes["b4"] in text

    closed = ok(hub, "truck", "close-arrival", number, "--out", str(answer))
    assert "2 received, 1 damaged, 1 missing, 1 extra" in closed and "Wrote the arrival confirmation" in closed
    assert _stock(hub) == {"Konserwa": Decimal(18), "Koc": Decimal(10)}  # b1 + b3 (damaged); b2 + loose; b4 missing
    assert "already closed" in fails(hub, 4, "truck", "close-arrival", number, "--out", str(tmp_path / "x.json"))
    again = tmp_path / "again.json"
    ok(hub, "truck", "confirmation-file", number, "--out", str(again))
    assert again.read_bytes() == answer.read_bytes()
    for side in (cli, hub):
        assert ok(side, "db", "check")

    listing = hub.json("truck", "arrivals")
    assert listing[0]["status"] == "closed" and listing[0]["donation"].startswith("D-")
    assert "delivered" not in ok(cli, "truck", "list")
    confirmed = ok(cli, "truck", "confirm", str(answer))
    assert f"Truck {codes['truck']} is delivered" in confirmed and "BX099999" in confirmed
    assert "already confirmed" in fails(cli, 4, "truck", "confirm", str(answer))
    assert "not a truck file" in fails(hub, 2, "truck", "arrive", str(answer))
    row = next(t for t in cli.json("truck", "list") if t["truck"]["number"] == codes["truck"])
    assert (row["delivery"]["received"], row["delivery"]["damaged"], row["delivery"]["missing"]) == (2, 1, 1)
    shown = ok(cli, "truck", "show", codes["truck"])
    assert f"Truck {codes['truck']} (delivered)" in shown and "2 received, 1 damaged, 1 missing" in shown
