"""Boxes, pallets and trucks from the command line, as a loader's script would drive them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.cli.helpers import Cli, stock_tins_and_blankets
from tests.shipping_fixtures import BLANKET, GENERATOR, TINS, assert_ledger_consistent
from warehouse_app.db.database import Database


@pytest.fixture
def stocked(cli: Cli) -> Cli:  # noqa: F811
    return stock_tins_and_blankets(cli)


def _ok(cli: Cli, *args: str) -> str:  # noqa: F811
    code, out, err = cli(*args)
    assert (code, err) == (0, ""), err
    return out


def _fails(cli: Cli, exit_code: int, *args: str) -> str:  # noqa: F811
    before = cli.ledger()
    code, out, err = cli(*args)
    assert code == exit_code and out == "" and err.count("\n") == 1 and "Traceback" not in err, (code, out, err)
    assert cli.ledger() == before
    return err


def test_a_loader_packs_boxes_builds_a_pallet_loads_and_dispatches_a_truck(stocked: Cli) -> None:
    cli = stocked
    box = _ok(cli, "box", "create").split()[-1]
    named = _ok(cli, "box", "create", "--name", "Koce 1").split()[-1]
    pallet = _ok(cli, "pallet", "create").split()[-1]
    assert re.fullmatch(r"BX\d{6}", box) and re.fullmatch(r"BX\d{6}", named) and re.fullmatch(r"PL\d{6}", pallet)

    assert "Packed 12 pcs Konserwa (expiry 2028-06-30)" in _ok(cli, "box", "pack", box.lower(), TINS, "--qty", "12")
    assert "mix categories" in _fails(cli, 4, "box", "pack", box, BLANKET)
    assert "mixed goods" in _ok(cli, "box", "pack", box, BLANKET, "--allow-mixed")
    assert "Took out 1 pcs Koc" in _ok(cli, "box", "unpack", box, BLANKET)
    _ok(cli, "box", "pack", "Koce 1", BLANKET, "--qty", "8")
    assert "5.2 kg gross, sealed" in _ok(cli, "box", "seal", box, "--gross-kg", "5.2")
    assert "sealed; reopen it first" in _fails(cli, 4, "box", "pack", box, TINS)
    _ok(cli, "pallet", "add", pallet, box)
    _ok(cli, "pallet", "add", pallet, named)
    shown = cli.json("box", "show", box)
    assert (shown["box"]["parent_code"], shown["box"]["pieces"], shown["lines"][0]["quantity"]) == (pallet, 12, 12)
    assert {b["code"] for b in cli.json("box", "list")} == {box, named}
    assert cli.json("pallet", "show", pallet)["pallet"]["boxes"] == 2

    out = _ok(cli, "truck", "create", "--destination", "Lviv", "--plate", "wx 1234", "--driver", "Jan Nowak",
              "--recipient", "Fundacja", "--departure", "2027-02-01", "--seal", "S-1", "--aid-code", "UA-1")
    truck = out.split()[-1]
    assert re.fullmatch(r"T-\d{4}-\d{4}", truck)
    _ok(cli, "truck", "update", truck, "--trailer", "wx 999", "--notes", "call before arrival")
    loaded = _ok(cli, "truck", "load", truck, pallet)
    assert "Loaded pallet" in loaded and f"Warning: {named} on {pallet} is not sealed." in loaded
    assert "Not enough Koc" in _fails(cli, 4, "truck", "load", truck, BLANKET, "--qty", "13")
    assert "2 packages + 3 loose pieces, 23 pieces" in _ok(cli, "truck", "load", truck, BLANKET, "--qty", "3")
    _ok(cli, "truck", "unload", truck, BLANKET, "--qty", "1")

    details = cli.json("truck", "show", truck)
    assert (details["truck"]["trailer_plate"], details["truck"]["status"]) == ("WX 999", "loading")
    assert (details["totals"]["packages"], details["totals"]["pieces"]) == (2, 22)
    assert details["totals"]["net_kg"] == 4.8 + 10 + 2.5 and details["warnings"] == [f"{named} is not sealed."]
    text = _ok(cli, "truck", "show", truck)
    assert "1/2" in text and "2/2" in text and "Canned food" in text and "6301" in text

    _ok(cli, "warehouse", "set", "--name", "Magazyn Pomocy", "--tax-id", "PL 1", "--max-payload-kg", "10")
    assert "Magazyn Pomocy" in _ok(cli, "warehouse", "show")
    assert "Over the maximum payload" in _ok(cli, "truck", "show", truck)

    assert "its load has left the stock" in _ok(cli, "truck", "dispatch", truck, "--allow-overweight")
    assert "dispatched; nothing on it can change" in _fails(cli, 4, "truck", "load", truck, BLANKET)
    assert "dispatched" in _fails(cli, 4, "box", "reopen", box)
    assert [t["truck"]["status"] for t in cli.json("truck", "list")] == ["dispatched"]
    assert cli.json("truck", "show", truck)["totals"]["pieces"] == 22  # still printable after dispatch
    assert _ok(cli, "db", "check").startswith("OK")
    db = Database(cli.url)
    try:
        assert_ledger_consistent(db)
    finally:
        db.dispose()


def test_border_papers_count_each_package_once_and_never_print_zero_kg(stocked: Cli, tmp_path: Path) -> None:
    """Issue 13 as a loader meets it: a mixed box, loose generators with no unit weight."""
    from tests.documents.pdf_reading import page_texts

    cli = stocked
    _ok(cli, "item", "add", "--name", "Agregat", "--category", "POWER.GENERATORS", "--unit", "pcs",
        "--barcode", GENERATOR)
    _ok(cli, "receive", GENERATOR, "--qty", "30")
    box = _ok(cli, "box", "create").split()[-1]
    _ok(cli, "box", "pack", box, TINS, "--qty", "10")  # 4 kg
    _ok(cli, "box", "pack", box, BLANKET, "--qty", "1", "--allow-mixed")  # 1.25 kg
    truck = _ok(cli, "truck", "create", "--destination", "Kharkiv", "--plate", "PO 1").split()[-1]
    _ok(cli, "truck", "load", truck, box)
    loaded = _ok(cli, "truck", "load", truck, GENERATOR, "--qty", "30")
    assert "1 packages + 30 loose pieces, 41 pieces, 5.25 kg + ? net" in loaded
    shown = _ok(cli, "truck", "show", truck)
    assert "Warning: 1 line has no weight: enter them or state the gross weight" in shown
    generators = next(line for line in shown.splitlines() if line.startswith("Generators"))
    assert generators.split()[-2:] == ["?", "?"]  # no weight known for them: "?", never a bare 0
    listed = next(line for line in _ok(cli, "truck", "list").splitlines() if line.startswith(truck))
    assert "+ ?" in listed
    summary = cli.json("truck", "show", truck)["totals"]["by_category"]
    assert [(c["category"]["code"], c["packages"], c["loose_pieces"]) for c in summary] == [
        ("BEDDING.BLANKETS", 0, 0), ("FOOD.CANNED", 1, 0), ("POWER.GENERATORS", 0, 30)]
    out = _ok(cli, "truck", "packing-list", truck, "--out", str(tmp_path / "list.pdf"))
    assert out.splitlines()[0].startswith("1 line has no weight: enter them or state the gross weight")
    assert "(1 packages + 30 loose pieces, 41 pieces, 5.25 + ? kg gross)" in out
    text = "\n".join(page_texts(tmp_path / "list.pdf"))
    assert "1 × Opak./Pkg/Місце + 30 × Szt. luzem/Loose" in text
    assert "Wrote the CMR consignment note" in _ok(cli, "truck", "cmr", truck, "--out", str(tmp_path / "cmr.pdf"))
    cmr = page_texts(tmp_path / "cmr.pdf")
    assert len(cmr) == 3 and "1 + 30" in cmr[0] and "Copy 3 for the carrier – green" in cmr[2]


def test_mistakes_are_one_sentence_and_an_exit_code(stocked: Cli) -> None:
    cli = stocked
    box = _ok(cli, "box", "create").split()[-1]
    assert "no box or pallet" in _fails(cli, 3, "box", "pack", "BX999999", TINS)
    assert "no truck" in _fails(cli, 3, "truck", "load", "T-2020-0001", box)
    assert "more than zero" in _fails(cli, 2, "box", "pack", box, TINS, "--qty", "0")
    assert "empty; pack something" in _fails(cli, 4, "box", "seal", box)
    code, _, err = cli("truck", "create", "--plate", "X")
    assert code == 2 and "--destination" in err
    truck = _ok(cli, "truck", "create", "--destination", "Kyiv", "--plate", "P").split()[-1]
    assert "is empty" in _fails(cli, 4, "truck", "load", truck, box)
    assert "not a detail" not in _fails(cli, 2, "truck", "update", truck, "--departure", "soon")
    assert "nothing loaded" in _fails(cli, 4, "truck", "dispatch", truck)
    assert "between 0 and 100000" in _fails(cli, 2, "warehouse", "set", "--max-payload-kg", "-1")


def test_the_demo_has_a_truck_being_loaded_with_a_pallet_of_boxes(cli: Cli) -> None:  # noqa: F811
    _ok(cli, "demo")
    (truck,) = cli.json("truck", "list")
    assert (truck["truck"]["status"], truck["totals"]["packages"]) == ("loading", 3)
    boxes = cli.json("box", "list")
    assert len(boxes) == 4 and sum(1 for b in boxes if b["truck_number"] == truck["truck"]["number"]) == 3
    assert all(b["category"] is not None for b in boxes)
