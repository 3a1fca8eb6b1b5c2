"""Who may do what from the command line, on both databases: the operator proves who they
are with their PIN, a name never seen may only receive, and container moves and seals are
in ``history`` with operator, station and time."""

from __future__ import annotations

import io

import pytest

from tests.cli.helpers import MARTA_PIN, Cli, add_person
from tests.shipping_fixtures import BLANKET
from warehouse_app.db.database import Database
from warehouse_app.launch import main


@pytest.fixture
def stocked(cli: Cli) -> Cli:
    for args in (("item", "add", "--name", "Koc", "--category", "BEDDING.BLANKETS", "--unit", "pcs",
                  "--barcode", BLANKET, "--weight-kg", "1.25"),
                 ("receive", BLANKET, "--qty", "20")):
        code, _, err = cli(*args)
        assert code == 0, err
    return cli


def as_(cli: Cli, name: str, *args: str, station: str = "dock-2") -> tuple[int, str, str]:
    code = main(["--db", cli.url, "--operator", name, "--station", station, *args])
    out, err = cli.capsys.readouterr()
    return code, out, err


def _operators(url: str) -> list[str]:
    from warehouse_app.core.access.operators import list_operators

    db = Database(url)
    try:
        with db.read() as s:
            return [o.name for o in list_operators(s, include_inactive=True)]
    finally:
        db.dispose()


def test_staff_cannot_write_off_or_dispatch_and_nothing_changes(stocked: Cli) -> None:
    cli = stocked
    add_person(cli.url, "Olena", "staff")
    truck = cli("truck", "create", "--destination", "Lviv", "--plate", "WX 1")[1].split()[-1]
    assert cli("truck", "load", truck, BLANKET, "--qty", "2")[0] == 0
    before = cli.ledger()
    assert as_(cli, "Olena", "write-off", BLANKET, "--qty", "1", "--reason", "torn") == (
        4, "", "warehouse-app: Only a manager can write off goods.\n")
    assert as_(cli, "Olena", "truck", "dispatch", truck) == (
        4, "", "warehouse-app: Only a loader or a manager can dispatch a truck.\n")
    assert as_(cli, "Olena", "receive", BLANKET)[0] == 0  # staff receive
    assert cli.ledger() == before + 1


def test_a_loader_with_a_pin_loads_and_dispatches(stocked: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = stocked
    add_person(cli.url, "Olek", "loader", "2468")
    monkeypatch.setenv("WAREHOUSE_PIN", "2468")
    code, out, err = as_(cli, "Olek", "truck", "create", "--destination", "Lviv", "--plate", "WX 1")
    assert code == 0, err
    truck = out.split()[-1]
    assert as_(cli, "Olek", "truck", "load", truck, BLANKET, "--qty", "3")[0] == 0
    assert as_(cli, "Olek", "truck", "dispatch", truck)[0] == 0
    code, _out, err = as_(cli, "Olek", "adjust", BLANKET, "--location", "Receiving", "--counted", "1",
                          "--reason", "count")
    assert (code, err) == (4, "warehouse-app: Only a manager can adjust stock.\n")


def test_an_operator_with_a_pin_must_give_it(stocked: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = stocked
    monkeypatch.delenv("WAREHOUSE_PIN")
    before = cli.ledger()
    code, _out, err = cli("write-off", BLANKET, "--qty", "1", "--reason", "torn")
    assert (code, err) == (2, "warehouse-app: Marta has a PIN: give it with --pin-stdin or in WAREHOUSE_PIN.\n")
    monkeypatch.setattr("sys.stdin", io.StringIO("9999\n"))
    code, _out, err = cli("--pin-stdin", "write-off", BLANKET, "--qty", "1", "--reason", "torn")
    assert (code, err) == (2, "warehouse-app: Wrong PIN for Marta.\n")
    code, _out, err = cli("receive", BLANKET)  # even a receipt: a person with a PIN always proves it
    assert code == 2 and "Marta has a PIN" in err
    assert cli.ledger() == before
    monkeypatch.setattr("sys.stdin", io.StringIO(MARTA_PIN + "\n"))
    assert main(["--db", cli.url, "--operator", "Marta", "--pin-stdin", "write-off", BLANKET, "--qty", "1",
                 "--reason", "torn"]) == 0
    assert cli.ledger() == before + 1


def test_an_unknown_name_cannot_write_off_and_is_not_created(stocked: Cli) -> None:
    cli = stocked
    before = cli.ledger()
    code, out, err = as_(cli, "Mallory", "write-off", BLANKET, "--qty", "20", "--reason", "gone")
    assert (code, out) == (3, "") and err == (
        'warehouse-app: There is no operator Mallory; a manager adds them with: '
        'warehouse-app operator add "Mallory" --role ROLE.\n')
    assert as_(cli, "Mallory", "operator", "add", "Mallory", "--role", "manager")[0] == 3
    assert "Mallory" not in _operators(cli.url) and cli.ledger() == before
    assert as_(cli, "Iryna", "receive", BLANKET)[0] == 0  # a new volunteer at intake: added as staff
    assert "Iryna" in _operators(cli.url)
    code, _out, err = as_(cli, "Iryna", "truck", "create", "--destination", "Lviv", "--plate", "WX 1")
    assert code == 4 and "Only a loader or a manager can plan trucks" in err


def test_privileged_commands_need_a_pin_set_first(stocked: Cli) -> None:
    cli = stocked
    add_person(cli.url, "Anna Nowak", "manager")  # a manager without a PIN
    code, _out, err = as_(cli, "Anna Nowak", "write-off", BLANKET, "--qty", "1", "--reason", "torn")
    assert (code, err) == (4, 'warehouse-app: Anna Nowak has no PIN, and one is needed to write off goods: '
                              'set it with warehouse-app operator pin "Anna Nowak".\n')


def test_the_first_manager_of_an_empty_database(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    monkeypatch.delenv("WAREHOUSE_PIN", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO("4821\n4821\n"))  # the PIN is chosen in the same step
    assert main(["--db", url, "--operator", "Anna", "operator", "add", "Anna", "--role", "manager"]) == 0
    capsys.readouterr()
    assert main(["--db", url, "--operator", "Mallory", "operator", "add", "Mallory", "--role", "manager"]) == 3
    assert main(["--db", url, "--operator", "Anna", "operator", "add", "Olek", "--role", "loader"]) == 2  # no PIN
    monkeypatch.setenv("WAREHOUSE_PIN", "4821")
    assert main(["--db", url, "--operator", "Anna", "operator", "add", "Olek", "--role", "loader"]) == 0
    assert "Added operator Olek (loader)" in capsys.readouterr().out


def test_a_container_load_and_a_seal_appear_in_history(stocked: Cli) -> None:
    cli = stocked
    box = cli("box", "create")[1].split()[-1]
    truck = cli("truck", "create", "--destination", "Lviv", "--plate", "WX 1")[1].split()[-1]
    assert cli("box", "pack", box, BLANKET, "--qty", "4")[0] == 0
    assert cli("box", "seal", box)[0] == 0
    assert cli("truck", "load", truck, box)[0] == 0
    events = cli.json("history", "--events")
    assert [(e["kind"], e["container"], e["truck"], e["operator"], e["station"]) for e in events] == [
        ("load", box, truck, "Marta", "intake-1"), ("seal", box, None, "Marta", "intake-1")]
    assert all(e["time"] for e in events)
    code, out, _err = cli("history")
    assert code == 0 and "Boxes, pallets and trucks:" in out and f"Truck {truck}" in out


def test_reverse_of_a_packing_row_of_a_sealed_box_is_refused(stocked: Cli) -> None:
    cli = stocked
    box = cli("box", "create")[1].split()[-1]
    out = cli("box", "pack", box, BLANKET, "--qty", "4")[1]
    assert cli("box", "seal", box)[0] == 0
    packing = [h for h in cli.json("history") if h["kind"] == "move"][0]["id"]
    before = cli.ledger()
    code, out, err = cli("reverse", str(packing), "--reason", "wrong box")
    assert (code, out) == (4, "") and err == (
        f"warehouse-app: Reversing movement {packing} would change the sealed {box}; reopen it first.\n")
    assert cli.ledger() == before
    assert [line["quantity"] for line in cli.json("box", "show", box)["lines"]] == [4]
