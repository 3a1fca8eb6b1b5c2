"""The command line as a manager's script uses it, on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import update

from tests.cli.helpers import BEANS, GS, Cli, add_beans
from warehouse_app.db.database import Database
from warehouse_app.db.models import CategoryExpiryTotal, StockLevel


def test_the_manager_scenario(cli: Cli) -> None:
    add_beans(cli)
    assert cli("item", "add", "--name", "Koc polarowy", "--category", "BEDDING", "--unit", "pcs",
               "--barcode", "96385074", "--weight-kg", "0.9")[0] == 0
    code, out, err = cli("receive", BEANS, "--qty", "12", "--expiry", "2027-03-31", "--donor", "Parafia św. Jana")
    assert code == 0, err
    assert "Received 12 pcs Fasola konserwowa 400 g" in out
    gs1 = cli.json("receive", f"]C10205901234123457{'17'}270630{'10'}L42{GS}3724")
    assert (gs1["quantity"], gs1["expiry"], gs1["lot_code"]) == (24, "2027-06-30", "L42")
    assert cli("receive", "96385074", "--qty", "3")[0] == 0

    stock = cli.json("stock")
    rows = {r["name"]: r for r in stock}
    assert rows["Fasola konserwowa 400 g"]["quantity"] == 36 and rows["Fasola konserwowa 400 g"]["unit"] == "pcs"
    assert rows["Fasola konserwowa 400 g"]["category"] == "Food/Canned food"
    assert rows["Koc polarowy"]["quantity"] == 3
    assert {"name", "category", "quantity", "unit"} <= set(stock[0])

    by_cat = {r["category"]: r for r in cli.json("stock", "--by-category")}
    food = by_cat["Food"]
    assert {"category", "quantity", "weight_kg", "below_minimum", "expiring_30d"} <= set(food)
    assert (food["quantity"], food["weight_kg"], food["below_minimum"]) == (36, 16.2, 1)
    assert [r["name"] for r in cli.json("stock", "--category", "FOOD")] == ["Fasola konserwowa 400 g"]

    code, out, _ = cli("db", "check")
    assert code == 0 and out.startswith("OK")


@pytest.mark.parametrize(
    ("args", "exit_code", "words"),
    [
        (("receive", "5901234123458", "--expiry", "2027-01-01"), 2, "wrong check digit"),
        (("receive", BEANS), 2, "needs an expiry date"),
        (("receive", BEANS, "--expiry", "tomorrow"), 2, "must look like"),
        (("receive", BEANS, "--expiry", "2027-01-01", "--qty", "-3"), 2, "more than zero"),
        (("receive", "4006381333931"), 3, "not in the catalogue"),
        (("write-off", BEANS, "--qty", "99", "--reason", "damaged"), 4, "Not enough"),
        (("move", BEANS, "--qty", "1", "--from", "Receiving", "--to", "Attic"), 3, "no location"),
        (("item", "add", "--name", "X", "--category", "Nope", "--unit", "pcs"), 3, "no category"),
        (("item", "add", "--name", "X", "--category", "FOOD", "--unit", "pcs", "--barcode", BEANS), 4, "already belongs"),
        (("reverse", "424242", "--reason", "x"), 3, "no movement"),
        (("receive",), 2, "required"),
        (("history", "--limit", "0"), 2, "limit must be 1 to 10000"),
    ],
)
def test_errors_are_one_line_exit_codes_and_change_nothing(cli: Cli, args, exit_code, words) -> None:
    add_beans(cli)
    assert cli("receive", BEANS, "--qty", "5", "--expiry", "2027-01-01")[0] == 0
    before = (cli.ledger(), cli.json("stock"))
    code, _out, err = cli(*args)  # argparse usage errors too: one sentence, exit code 2
    assert code == exit_code
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert (cli.ledger(), cli.json("stock")) == before


def test_move_adjust_write_off_reverse_and_history(cli: Cli) -> None:
    add_beans(cli)
    cli("receive", BEANS, "--qty", "10", "--expiry", "2027-01-31")
    code, out, err = cli("location", "add", "--name", "Rack B-02", "--kind", "bin", "--parent", "Storage")
    assert code == 0, err
    label = out.split()[-1]
    assert cli("move", BEANS, "--qty", "4", "--from", "Receiving", "--to", label)[0] == 0
    assert cli("adjust", BEANS, "--location", "Rack B-02", "--counted", "3", "--reason", "stocktake")[0] == 0
    assert cli("write-off", BEANS, "--qty", "1", "--reason", "dented", "--location", "Receiving")[0] == 0
    lots = cli.json("stock", "--item", BEANS)["lots"]
    assert sorted((x["location"], x["quantity"]) for x in lots) == [("Rack B-02", 3), ("Receiving", 5)]
    history = cli.json("history")
    assert [h["kind"] for h in history] == ["write_off", "adjust", "move", "receive"]
    assert {h["operator"] for h in history} == {"Marta"} and {h["station"] for h in history} == {"intake-1"}
    code, out, err = cli("reverse", str(history[0]["id"]), "--reason", "wrong item")
    assert code == 0, err
    assert cli.json("stock")[0]["quantity"] == 9


def test_db_check_reports_a_tampered_level(cli: Cli, db_url: str) -> None:
    add_beans(cli)
    cli("receive", BEANS, "--qty", "5", "--expiry", "2027-01-01")
    db = Database(db_url)
    with db.write() as s:
        s.execute(update(StockLevel).values(quantity=7))
    db.dispose()
    code, out, _ = cli("db", "check")
    assert code == 1 and "differ" in out


def test_db_check_reports_a_tampered_running_total(cli: Cli, db_url: str) -> None:
    add_beans(cli)
    cli("receive", BEANS, "--qty", "5", "--expiry", "2027-01-01")
    db = Database(db_url)
    with db.write() as s:
        s.execute(update(CategoryExpiryTotal).values(quantity=CategoryExpiryTotal.quantity + 1))
    db.dispose()
    code, out, _ = cli("db", "check")
    assert code == 1 and "category_expiry_total" in out and "1 running totals differ" in out
    assert "stock levels differ" not in out


def test_demo_loads_a_realistic_warehouse(cli: Cli) -> None:
    code, out, err = cli("demo")
    assert code == 0, err
    items = cli.json("item", "list")
    assert len(items) >= 200
    with_ean = [i for i in items if i["barcodes"]]
    assert len(with_ean) >= 150 and all(b["gtin"].startswith("0590") for i in with_ean for b in i["barcodes"][:1])
    assert any(ch in "".join(i["name"] for i in items) for ch in "ąęłńóśźż")
    assert len(cli.json("donation", "list")) >= 5
    assert cli.ledger() >= 2000
    assert cli("db", "check")[0] == 0
    assert cli("demo")[0] == 4  # only into an empty database
    from warehouse_app.core.admin.demo import is_demo

    db = Database(cli.url)
    with db.read() as s:
        assert is_demo(s)  # every station shows that this stock is not real
    db.dispose()


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "warehouse_app", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=120)


def test_real_process_uses_warehouse_db_and_stays_quiet_on_errors(tmp_path: Path) -> None:
    env = {"WAREHOUSE_DB": str(tmp_path / "env.sqlite3"), "WAREHOUSE_OPERATOR": "Ola", "WAREHOUSE_STATION": "s9"}
    done = run_cli("item", "add", "--name", "Świeca", "--category", "HOUSEHOLD", "--unit", "pcs",
                   "--barcode", BEANS, env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "env.sqlite3").exists()
    bad = run_cli("receive", "5901234123450", env=env)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    helped = run_cli("--help")
    assert helped.returncode == 0 and "desktop app" in helped.stdout  # no command opens the GUI (tests/ui)


def test_a_database_that_cannot_be_opened_is_one_sentence(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    done = run_cli("--db", str(blocked / "x.sqlite3"), "stock")
    assert done.returncode != 0 and "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    done = run_cli("--db", "mysql://nobody@localhost/x", "stock")
    assert done.returncode == 2 and "SQLite or PostgreSQL" in done.stderr


@pytest.mark.parametrize("real", [("donation", "open", "--donor", "Caritas"),
                                  ("truck", "create", "--destination", "Lviv", "--plate", "RZ 1")],
                         ids=["donation", "truck"])
def test_demo_refuses_a_database_with_real_data(cli: Cli, real: tuple[str, ...]) -> None:
    assert cli(*real)[0] == 0
    code, out, err = cli("demo")
    assert code == 4 and out == ""
    assert err.strip().startswith("warehouse-app: This database already holds data (0 items, ")
    assert err.strip().endswith("the demo warehouse is loaded only into an empty database.")
    assert cli.json("item", "list") == []
