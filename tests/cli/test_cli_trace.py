"""`trace donation|donor|truck`: a coordinator answers "where did my gift go?" from the command line."""

from __future__ import annotations

import json
import re

from tests.cli.helpers import Cli
from tests.shipping_fixtures import BLANKET, TINS


def _ok(cli: Cli, *args: str) -> str:
    code, out, err = cli(*args)
    assert (code, err) == (0, ""), err
    return out


def test_a_donation_is_followed_into_a_box_and_onto_a_truck(cli: Cli) -> None:
    _ok(cli, "item", "add", "--name", "Konserwa", "--category", "FOOD.CANNED", "--unit", "pcs", "--barcode", TINS,
        "--weight-kg", "0.4", "--tracks-expiry")
    _ok(cli, "item", "add", "--name", "Koc", "--category", "BEDDING.BLANKETS", "--unit", "pcs", "--barcode",
        BLANKET, "--weight-kg", "1.25")
    anna = re.findall(r"D-\d{4}-\d{5}", _ok(cli, "donation", "open", "--donor", "Anna Kowalska"))[0]
    _ok(cli, "receive", TINS, "--qty", "30", "--expiry", "2028-06-30", "--donation", anna)
    _ok(cli, "receive", BLANKET, "--qty", "10", "--donation", anna)
    box = _ok(cli, "box", "create").split()[-1]
    _ok(cli, "box", "pack", box, TINS, "--qty", "20")
    truck = _ok(cli, "truck", "create", "--destination", "Kharkiv", "--recipient", "Kharkiv Aid Hub",
                "--plate", "PO 1").split()[-1]
    _ok(cli, "truck", "load", truck, box)
    _ok(cli, "truck", "dispatch", truck)
    _ok(cli, "write-off", BLANKET, "--qty", "2", "--reason", "wet")

    rows = cli.json("trace", "donation", anna)
    assert isinstance(rows, list)
    assert {(r["item"], r["state"], r["truck"], r["destination"]): r["quantity"] for r in rows} == {
        ("Konserwa", "dispatched", truck, "Kharkiv, Ukraine"): 20,
        ("Konserwa", "in_stock", None, None): 10,
        ("Koc", "in_stock", None, None): 8,
        ("Koc", "written_off", None, None): 2,
    }
    text = _ok(cli, "trace", "donation", anna)
    assert f"Donation {anna} from Anna Kowalska" in text
    assert "33 % of the donation (by weight) has left for Kharkiv, Ukraine on 1 truck." in text  # 8 of 24.5 kg
    totals = {line.split()[0]: line.split()[1:] for line in text.splitlines()[-2:]}
    assert totals == {"Konserwa": ["pcs", "30", "10", "20", "0"], "Koc": ["pcs", "10", "8", "0", "2"]}
    assert [r["donation"] for r in cli.json("trace", "donor", "Anna Kowalska", "--from", "2020-01-01")] == [anna] * 4
    on_truck = cli.json("trace", "truck", truck)
    assert on_truck == [{"donation": anna, "donor": "Anna Kowalska", "item": "Konserwa", "unit": "pcs",
                         "quantity": 20, "weight_kg": 8, "package": box, "item_id": 1, "item_uk": "", "item_en": "",
                         "state": "dispatched", "truck": truck,
                         "destination": "Kharkiv, Ukraine"}]
    assert "1 donations from 1 donors" in _ok(cli, "trace", "truck", truck)


def test_unknown_donations_donors_and_trucks_are_one_sentence(cli: Cli) -> None:
    for args, sentence in ((("trace", "donation", "D-2026-77777"), "There is no donation D-2026-77777."),
                           (("trace", "donor", "Nikt"), "There is no donor Nikt."),
                           (("trace", "donor", "Nikt", "--from", "2026-02-30"), "2026-02-30"),
                           (("trace", "truck", "T-2026-9999"), "T-2026-9999")):
        code, out, err = cli(*args)
        assert code in (2, 3) and out == "" and sentence in err and err.count("\n") == 1, (args, err)
        code, out, err = cli(*args, "--json")
        assert code in (2, 3) and "error" in json.loads(err)
