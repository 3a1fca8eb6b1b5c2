"""Shelf life, first expiry first out, payload and expired receipts from the command line."""

from __future__ import annotations

import re

import pytest

from tests.cli.helpers import Cli
from tests.shipping_fixtures import BLANKET, TINS


@pytest.fixture
def stocked(cli: Cli) -> Cli:
    for args in (
        ("item", "add", "--name", "Konserwa", "--category", "FOOD.CANNED", "--unit", "pcs", "--barcode", TINS,
         "--weight-kg", "0.4", "--tracks-expiry"),
        ("receive", TINS, "--qty", "10", "--expiry", "2027-03-31", "--lot", "L1"),
        ("receive", TINS, "--qty", "10", "--expiry", "2027-12-22", "--lot", "L2"),
        ("item", "add", "--name", "Koc", "--category", "BEDDING.BLANKETS", "--unit", "pcs", "--barcode", BLANKET,
         "--weight-kg", "1.25"),
        ("receive", BLANKET, "--qty", "20"),
    ):
        code, _, err = cli(*args)
        assert code == 0, err
    return cli


def _ok(cli: Cli, *args: str) -> str:
    code, out, err = cli(*args)
    assert (code, err) == (0, ""), err
    return out


def _fails(cli: Cli, exit_code: int, *args: str) -> str:
    before = cli.ledger()
    code, out, err = cli(*args)
    assert code == exit_code and out == "" and err.count("\n") == 1 and "Traceback" not in err, (code, out, err)
    assert cli.ledger() == before
    return err


def _truck(cli: Cli, departure: str) -> str:
    return _ok(cli, "truck", "create", "--destination", "Lviv", "--plate", "WX1",
               "--departure", departure).split()[-1].rstrip(".")


def test_a_departure_moved_later_stops_the_dispatch_of_goods_now_too_short(stocked: Cli) -> None:
    truck = _truck(stocked, "2026-12-10")
    _ok(stocked, "truck", "load", truck, TINS, "--qty", "5", "--lot", "L2")
    _ok(stocked, "truck", "update", truck, "--departure", "2027-12-01")
    err = _fails(stocked, 4, "truck", "dispatch", truck)
    assert "Konserwa (2027-12-22) would leave with less than their minimum shelf life" in err


def test_fefo_skips_short_dated_lots_and_says_so_and_a_lot_can_be_named(stocked: Cli) -> None:
    truck = _truck(stocked, "2027-01-15")  # L1 (2027-03-31) is short-dated for it
    out = _ok(stocked, "truck", "load", truck, TINS, "--qty", "3")
    assert "(expiry 2027-12-22)" in out
    assert "Skipped the lot expiring 2027-03-31 (10 pcs): less than 90 days left" in out
    err = _fails(stocked, 4, "truck", "load", truck, TINS, "--qty", "1", "--lot", "L1")
    assert "expires on 2027-03-31, less than 90 days after the departure" in err
    assert "(expiry 2027-12-22)" in _ok(stocked, "truck", "load", truck, TINS, "--expiry", "2027-12-22")


def test_expired_goods_need_allow_expired_to_be_received_and_never_load(stocked: Cli) -> None:
    err = _fails(stocked, 4, "receive", TINS, "--qty", "2", "--expiry", "2020-01-01")
    assert "expired on 2020-01-01; receive it only if you mean to" in err
    assert "expiry 2020-01-01" in _ok(stocked, "receive", TINS, "--qty", "2", "--expiry", "2020-01-01",
                                      "--allow-expired")
    truck = _truck(stocked, "2027-01-15")
    err = _fails(stocked, 4, "truck", "load", truck, TINS, "--expiry", "2020-01-01", "--override-reason", "x")
    assert "expired goods cannot go on a truck" in err


def test_an_overweight_truck_needs_allow_overweight(stocked: Cli) -> None:
    _ok(stocked, "warehouse", "set", "--max-payload-kg", "10")
    truck = _truck(stocked, "2027-01-15")
    assert "Warning: The load weighs 12.5 kg" in _ok(stocked, "truck", "load", truck, BLANKET, "--qty", "10")
    err = _fails(stocked, 4, "truck", "dispatch", truck)
    assert re.search(r"carries 12\.5 kg, more than its maximum payload of 10 kg", err)
    assert "Dispatched" in _ok(stocked, "truck", "dispatch", truck, "--allow-overweight")
