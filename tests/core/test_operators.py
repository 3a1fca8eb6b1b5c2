"""Operators, roles and manager PINs, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from warehouse_app.core.access.operators import (
    add_operator,
    list_operators,
    set_active,
    set_pin,
    set_role,
    verify_pin,
)
from warehouse_app.core.access.pins import hash_pin, pin_matches
from warehouse_app.core.context import Actor
from warehouse_app.db.database import Database
from warehouse_app.db.models import Operator
from warehouse_app.kernel.errors import BadInput, Conflict


def test_pin_is_stored_salted_and_never_plain() -> None:
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first != second  # a fresh salt each time
    assert "4821" not in first and first.startswith("scrypt$")
    assert pin_matches(first, "4821") and pin_matches(second, " 4821 ")
    assert not pin_matches(first, "4822") and not pin_matches(None, "4821") and not pin_matches("junk", "4821")
    for bad in ("12", "abcd", "1234567890123", "١٢٣٤"):  # too short, letters, too long, Arabic-Indic digits
        with pytest.raises(BadInput, match="4 to 8 digits"):
            hash_pin(bad)


def test_set_and_verify_pins(db: Database) -> None:
    with db.write() as s:
        anna = add_operator(s, "Anna Nowak", "manager")
        add_operator(s, "Olena Kovalenko", "staff")
        assert set_pin(s, "anna nowak", "4821").has_pin
    with db.read() as s:
        assert verify_pin(s, "Anna Nowak", "4821").id == anna.id
        stored = s.scalar(select(Operator.pin_hash).where(Operator.id == anna.id))
        assert stored and "4821" not in stored
        with pytest.raises(BadInput, match="Wrong PIN for Anna Nowak"):
            verify_pin(s, "Anna Nowak", "0000")
        with pytest.raises(BadInput, match="no PIN yet"):
            verify_pin(s, "Olena Kovalenko", "0000")
    with db.write() as s:  # changing a PIN needs the current one ...
        with pytest.raises(BadInput, match="Wrong PIN"):
            set_pin(s, "Anna Nowak", "9371")
        set_pin(s, "Anna Nowak", "9371", current_pin="4821")
        set_pin(s, "Olena Kovalenko", "1605")
        # ... or a manager resetting it
        set_pin(s, "Olena Kovalenko", "2619", by=Actor(anna.id, "office"))
    with db.read() as s:
        assert verify_pin(s, "Anna Nowak", "9371") and verify_pin(s, "Olena Kovalenko", "2619")


def test_roles_are_managed_by_a_manager(db: Database) -> None:
    with db.write() as s:
        anna = add_operator(s, "Anna Nowak", "manager")
        olena = add_operator(s, "Olena Kovalenko", "staff")
    manager, staff = Actor(anna.id, "office"), Actor(olena.id, "intake-1")
    with db.write() as s:
        with pytest.raises(Conflict, match="Only a manager can change roles"):
            set_role(s, staff, "Olena Kovalenko", "manager")
        with pytest.raises(Conflict, match="only manager"):
            set_role(s, manager, "Anna Nowak", "staff")
        with pytest.raises(BadInput, match="not a role"):
            set_role(s, manager, "Olena Kovalenko", "boss")
        assert set_role(s, manager, "Olena Kovalenko", "loader").role == "loader"
        with pytest.raises(Conflict, match="cannot retire yourself"):
            set_active(s, manager, "Anna Nowak", False)
        set_active(s, manager, "Olena Kovalenko", False)
    with db.read() as s:
        assert [o.name for o in list_operators(s)] == ["Anna Nowak"]
        assert {o.name: o.role for o in list_operators(s, include_inactive=True)}["Olena Kovalenko"] == "loader"


@pytest.mark.parametrize("scanned", ["5901234123457", "05901234123457", "(01)05901234123457(17)270101",
                                     "BX000042", "op000003", "Anna 5901234123457", "\x1d0105901234123457"])
def test_a_scanned_code_is_never_a_persons_name(db: Database, scanned: str) -> None:
    from warehouse_app.core.access.operators import actor_for, get_or_add_operator

    with db.write() as s:
        for add in (lambda: add_operator(s, scanned), lambda: get_or_add_operator(s, scanned),
                    lambda: actor_for(s, scanned, "intake-1")):
            with pytest.raises(BadInput, match="looks like a barcode, not a person's name"):
                add()
        assert s.scalar(select(Operator.id)) is None
        for name in ("Anna Nowak", "Ołena Kowalenko-Źrebak", "worker2", "Iryna 2"):  # digits in a real name are fine
            add_operator(s, name)


def test_a_badge_names_one_person_and_a_retired_one_is_refused(db: Database) -> None:
    from warehouse_app.core.access.badges import badge_code, parse_badge
    from warehouse_app.core.access.operators import badge_holders, operator_by_badge
    from warehouse_app.kernel.errors import NotFound

    with db.write() as s:
        anna = add_operator(s, "Anna Nowak", "manager")
        olena = add_operator(s, "Olena Kovalenko")
        iryna = add_operator(s, "Iryna Bondar")
        set_active(s, Actor(anna.id, "t"), "Iryna Bondar", False)
    assert olena.badge == badge_code(olena.id) == f"OP{olena.id:06d}"
    assert parse_badge(f" op{olena.id} ") == olena.id and parse_badge("BX000001") is None
    assert parse_badge(f"]C0{olena.badge}\r\n") == olena.id  # a scanner sending symbology identifiers
    assert parse_badge(f"]C1{olena.badge}") is None and parse_badge(f"]9X{olena.badge}") is None  # GS1; no prefix
    with db.read() as s:
        assert operator_by_badge(s, olena.badge).name == "Olena Kovalenko"
        assert operator_by_badge(s, olena.badge.lower()).id == olena.id
        assert operator_by_badge(s, f"]C0{olena.badge}").id == olena.id
        with pytest.raises(Conflict, match="Iryna Bondar no longer works here"):
            operator_by_badge(s, iryna.badge)
        for nobody in ("OP999999", "OP99999999999", "5901234123457"):
            with pytest.raises(NotFound, match="No one has the badge"):
                operator_by_badge(s, nobody)
        assert [p.name for p in badge_holders(s)] == ["Anna Nowak", "Olena Kovalenko"]
        assert [p.name for p in badge_holders(s, ["olena kovalenko", "Anna Nowak"])] == ["Olena Kovalenko", "Anna Nowak"]
        with pytest.raises(Conflict, match="Iryna Bondar no longer works here"):
            badge_holders(s, ["Iryna Bondar"])
