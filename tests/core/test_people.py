"""Issue 17, people: a retired person is refused at every door, the last manager stays, a
manager has a PIN from the start, PIN guesses slow down (and the slowing survives the
refusal), trivial PINs are refused. On SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from tests.cli.helpers import quick_pin_hash
from warehouse_app.core.access.authentication import authenticate
from warehouse_app.core.access.operators import (
    add_operator,
    add_person,
    find_operator,
    operator_by_badge,
    set_active,
    set_pin,
    set_role,
    sign_in,
    verify_pin,
)
from warehouse_app.core.access.pin_attempt import PinRefused, wait_after
from warehouse_app.core.access.pin_tries import attempt_pin, record_attempt
from warehouse_app.core.access.pins import check_pin_format
from warehouse_app.core.context import Actor
from warehouse_app.db.database import Database
from warehouse_app.db.models import Operator
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import BadInput, Conflict, NotAllowed


def _person(db: Database, name: str, role: str, pin: str | None = None) -> Actor:
    with db.write() as s:
        person = add_operator(s, name, role)
        if pin:
            s.execute(update(Operator).where(Operator.id == person.id).values(pin_hash=quick_pin_hash(pin)))
    return Actor(person.id, "office")


def test_a_retired_person_is_refused_at_every_door(db: Database) -> None:
    anna = _person(db, "Anna Nowak", "manager", "4821")
    _person(db, "Olek", "manager", "6301")
    with db.write() as s:
        olek = find_operator(s, "Olek")
        set_active(s, anna, "Olek", False)
    with db.write() as s, pytest.raises(Conflict, match="Olek no longer works here"):
        sign_in(s, "olek")  # the name typed at a station's start-up
    with db.read() as s, pytest.raises(Conflict, match="Olek no longer works here"):
        operator_by_badge(s, olek.badge)
    with db.read() as s, pytest.raises(NotAllowed, match="Olek is retired"):
        authenticate(s, "Olek", "cli", lambda: "6301")
    with db.write() as s, pytest.raises(NotAllowed, match="Olek is retired and cannot change who can work"):
        set_active(s, Actor(olek.id, "office", verified=True), "Anna Nowak", False)  # a station still running
    with db.read() as s:
        assert not find_operator(s, "Olek").active and find_operator(s, "Anna Nowak").active


def test_the_last_manager_is_never_retired_or_demoted(db: Database) -> None:
    anna = _person(db, "Anna Nowak", "manager", "4821")
    olek = _person(db, "Olek", "manager", "6301")
    with db.write() as s:
        set_active(s, anna, "Olek", False)
    with db.write() as s, pytest.raises(Conflict, match="Anna Nowak is the only manager"):
        set_role(s, anna, "Anna Nowak", "loader")
    with db.write() as s, pytest.raises(Conflict, match="cannot retire yourself"):
        set_active(s, anna, "Anna Nowak", False)
    with db.write() as s:  # back, and demoted: Anna is the last again
        set_active(s, anna, "Olek", True)
        set_role(s, anna, "Olek", "staff")
    with db.write() as s, pytest.raises(NotAllowed, match="Only a manager can change roles"):
        set_role(s, olek, "Anna Nowak", "staff")  # Olek is no manager any more
    with db.write() as s, pytest.raises(Conflict, match="Anna Nowak is the only manager"):
        set_role(s, anna, "Anna Nowak", "staff")


def test_two_managers_retiring_each_other_at_once_leave_one(db: Database) -> None:
    """The race that left no manager: each sees the other still working. The managers' rows
    are locked first, so the second waits and then finds itself retired."""
    anna = _person(db, "Anna Nowak", "manager", "4821")
    olek = _person(db, "Olek", "manager", "6301")
    outcome: list[object] = []
    first = db.write()
    s1 = first.__enter__()
    set_active(s1, anna, "Olek", False)  # not committed yet

    def second() -> None:
        try:
            with db.write() as s2:
                set_active(s2, olek, "Anna Nowak", False)
            outcome.append("retired")
        except Exception as exc:  # noqa: BLE001 - what the second station was told
            outcome.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(0.5)  # it waits for the first (PostgreSQL: the row lock; SQLite: the write lock)
    first.__exit__(None, None, None)
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], NotAllowed), outcome
    with db.read() as s:
        assert s.scalars(select(Operator.name).where(Operator.role == "manager", Operator.active.is_(True))).all() \
            == ["Anna Nowak"]


def test_a_manager_gets_a_pin_in_the_same_step(db: Database) -> None:
    anna = _person(db, "Anna Nowak", "manager", "4821")
    _person(db, "Olena", "staff")
    with db.write() as s:
        with pytest.raises(BadInput, match="A manager needs a PIN: choose one for Petro in the same step"):
            add_person(s, anna, "Petro", "manager")
        with pytest.raises(BadInput, match="A manager needs a PIN: choose one for Olena"):
            set_role(s, anna, "Olena", "manager")
        with pytest.raises(BadInput, match="too easy"):
            add_person(s, anna, "Petro", "manager", pin="1234")
    with db.write() as s:
        assert add_person(s, anna, "Petro", "manager", pin="5093").has_pin
        assert set_role(s, anna, "Olena", "manager", pin="7162").has_pin
    with db.read() as s:
        assert verify_pin(s, "Petro", "5093").role == "manager" and verify_pin(s, "Olena", "7162").role == "manager"


def test_a_manager_without_a_pin_is_not_claimed_by_whoever_picks_the_name(db: Database) -> None:
    """Made before managers came with a PIN: the first person to choose the name at start-up
    chose the PIN too. Now another manager sets it; on its own (the bootstrap) it still may."""
    _person(db, "Legacy", "manager")
    with db.write() as s:
        assert set_pin(s, "Legacy", "5093").has_pin  # the only manager: it sets its own
    _person(db, "Anna Nowak", "manager", "4821")
    _person(db, "Olek", "manager")
    with db.write() as s, pytest.raises(NotAllowed, match="Olek is a manager without a PIN; another manager sets it"):
        set_pin(s, "Olek", "7162")
    with db.write() as s:
        anna = find_operator(s, "Anna Nowak")
        assert set_pin(s, "Olek", "7162", by=Actor(anna.id, "office", verified=True)).has_pin


@pytest.mark.parametrize("pin", ["0000", "7777", "1234", "4321", "0123", "8901", "9876", "1212", "2580", "1004",
                                 "123456789", "12", "123456789012"])
def test_trivial_and_too_long_pins_are_refused(pin: str) -> None:
    with pytest.raises(BadInput, match="4 to 8 digits|too easy"):
        check_pin_format(pin)


def test_a_pin_stored_under_the_old_rule_still_works(db: Database) -> None:
    _person(db, "Anna Nowak", "manager", "123456789012")  # 12 digits, a run: refused as a new PIN today
    with db.write() as s:
        assert attempt_pin(s, "Anna Nowak", "123456789012").ok


def _tries(db: Database, pin: str, now_offset: int = 0) -> tuple[bool, bool, int]:
    """One try through the door's own write transaction; (ok, heard, wait)."""
    with db.write() as s:
        tried = attempt_pin(s, "Anna Nowak", pin, now=utcnow() + timedelta(seconds=now_offset))
    return tried.ok, tried.heard, tried.wait


def test_wrong_pins_slow_down_and_the_right_one_resets(db: Database) -> None:
    _person(db, "Anna Nowak", "manager", "4821")
    assert [_tries(db, "1111") for _ in range(3)] == [(False, True, 0), (False, True, 0), (False, True, 5)]
    assert _tries(db, "4821") == (False, False, 5)  # even the right PIN waits: a guesser cannot tell
    assert _tries(db, "1111", 6) == (False, True, 10)  # the 4th wrong try, heard after the wait: 10 s next
    assert _tries(db, "1111", 17) == (False, True, 20)
    with db.write() as s:
        refused = attempt_pin(s, "Anna Nowak", "4821").refusal()
    assert refused is not None and refused.message.startswith("Too many wrong PINs for Anna Nowak; try again in ")
    assert _tries(db, "4821", 40) == (True, True, 0)
    assert _tries(db, "1111", 41) == (False, True, 0)  # reset: three free tries again
    assert [wait_after(n) for n in (2, 3, 4, 5, 10, 30)] == [0, 5, 10, 20, 640, 900]


def test_the_slowing_down_survives_the_refusal(db: Database, db_url: str) -> None:
    """The command line proves the PIN inside the command's transaction, which the refusal
    rolls back: the try is recorded after it, and another connection sees it."""
    _person(db, "Anna Nowak", "manager", "4821")
    for _ in range(3):
        with pytest.raises(PinRefused) as refused, db.write() as s:
            authenticate(s, "Anna Nowak", "cli", lambda: "9113")
        with db.write() as s:
            record_attempt(s, refused.value.attempt)
    with db.write() as s, pytest.raises(BadInput, match="Too many wrong PINs for Anna Nowak"):
        set_pin(s, "Anna Nowak", "5093", current_pin="4821")  # changing the PIN is no way round it
    other = Database(db_url)
    try:
        with other.read() as s:
            row = s.scalars(select(Operator).where(Operator.name == "Anna Nowak")).one()
            assert row.pin_failures == 3 and row.pin_wait_until is not None
    finally:
        other.dispose()
