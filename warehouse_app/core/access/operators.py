"""Operators: the people whose name is stamped on every movement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from warehouse_app.core import lengths
from warehouse_app.core.access import roles
from warehouse_app.core.access.badges import badge_code, looks_like_code, parse_badge
from warehouse_app.core.access.pin_attempt import PinRefused
from warehouse_app.core.access.pin_tries import judge_pin, record_attempt
from warehouse_app.core.access.pins import check_pin_format, hash_pin
from warehouse_app.core.context import Actor
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import ROLES, Operator
from warehouse_app.kernel.errors import BadInput, Conflict, NotAllowed, NotFound


@dataclass(frozen=True)
class OperatorInfo:
    id: int
    name: str
    role: str
    active: bool
    has_pin: bool = False

    @property
    def badge(self) -> str:
        """The code printed on this person's badge (scanned at start to log in)."""
        return badge_code(self.id)


def _info(row: Operator) -> OperatorInfo:
    return OperatorInfo(row.id, row.name, row.role, row.active, bool(row.pin_hash))


def _clean(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise BadInput("An operator needs a name.")
    lengths.at_most(cleaned, lengths.OPERATOR_NAME, template="An operator name can be at most {n} characters long.")
    return cleaned


def _new_name(name: str) -> str:
    """A new person's name: a scanned barcode or label code is never one."""
    cleaned = _clean(name)
    if looks_like_code(cleaned):
        raise BadInput("{name} looks like a barcode, not a person's name; type a first and last name.",
                       name=cleaned)
    return cleaned


def list_operators(session: Session, include_inactive: bool = False) -> list[OperatorInfo]:
    query = select(Operator).order_by(func.lower(Operator.name))
    if not include_inactive:
        query = query.where(Operator.active.is_(True))
    return [_info(r) for r in session.scalars(query)]


def find_operator(session: Session, name: str) -> OperatorInfo:
    return _info(_row(session, name))


def add_operator(session: Session, name: str, role: str = "staff") -> OperatorInfo:
    if role not in ROLES:
        raise BadInput("{role} is not a role; use one of: {roles}.", role=role, roles=", ".join(ROLES))
    row = Operator(name=_new_name(name), role=role, active=True)
    session.add(row)
    session.flush()
    return _info(row)


def add_person(session: Session, by: Actor | None, name: str, role: str = "staff", *,
               pin: str | None = None) -> OperatorInfo:
    """What every door calls: a manager adds a person; while the warehouse has no working
    manager, anyone may (``by`` None): that is how the first manager is made.

    A manager gets their PIN in the same step: a manager without one could be claimed by
    the first person who picks that name at start-up."""
    if by is not None or roles.has_manager(session):
        if by is None:
            raise NotAllowed("Only a manager can {action}.", action="add operators")
        require_manager(session, by, "add operators")
    if role == "manager" and not pin:
        raise BadInput("A manager needs a PIN: choose one for {name} in the same step.", name=_clean(name))
    pin_hash = hash_pin(pin) if pin else None
    info = add_operator(session, name, role)
    if pin_hash:
        session.execute(update(Operator).where(Operator.id == info.id).values(pin_hash=pin_hash))
    return replace(info, has_pin=bool(pin_hash))


def sign_in(session: Session, name: str) -> OperatorInfo:
    """The name chosen at a station's start-up; a retired person is refused, as their badge
    is. A new name is added as staff, except on a warehouse without a working manager: there
    the first person to start is its manager (and chooses a PIN before working), so a new
    warehouse can be run from the window alone (the same bootstrap ``roles.require`` allows
    the command line's first `operator add --role manager`)."""
    role = "staff" if roles.has_manager(session) else "manager"
    person = get_or_add_operator(session, name, role)
    if not person.active:
        raise Conflict("{name} no longer works here; a manager can bring them back on the Operators page.",
                       name=person.name)
    return person


def get_or_add_operator(session: Session, name: str, role: str = "staff") -> OperatorInfo:
    """The operator of that name, added on first use (safe when two stations race)."""
    try:
        return find_operator(session, name)
    except NotFound:
        session.execute(insert_for(session, Operator).values(name=_new_name(name), role=role, active=True)
                        .on_conflict_do_nothing())
        return find_operator(session, name)


def operator_by_badge(session: Session, code: str) -> OperatorInfo:
    """Whose badge this is; a badge of nobody, or of someone retired, is one sentence."""
    number = parse_badge(code)
    row = session.get(Operator, number) if number is not None and number < 2**31 else None
    if row is None:
        raise NotFound("No one has the badge {code}.", code=code.strip())
    if not row.active:
        raise Conflict("{name} no longer works here; a manager can bring them back on the Operators page.",
                       name=row.name)
    return _info(row)


def badge_holders(session: Session, names: Sequence[str] = ()) -> list[OperatorInfo]:
    """Whose badges to print: the people named (in that order), or everyone working here."""
    if not names:
        return list_operators(session)
    people = [_info(_row(session, name)) for name in names]
    for person in people:
        if not person.active:
            raise Conflict("{name} no longer works here; a badge is printed only for people who do.",
                           name=person.name)
    return people


def actor_for(session: Session, operator_name: str, station: str) -> Actor:
    """The operator (made on first use) and station to stamp on movements."""
    return Actor(get_or_add_operator(session, operator_name).id, clean_station(station))


def clean_station(station: str) -> str:
    """A station's name as stamped on movements: one line, 1 to 64 characters."""
    station = lengths.at_most(" ".join(station.split()), lengths.STATION_NAME,
                              template="A station name can be at most {n} characters long (this one has {length}).")
    if not station:
        raise BadInput("The station needs a name.")
    return station


def _row(session: Session, name: str) -> Operator:
    row = session.scalar(select(Operator).where(func.lower(Operator.name) == _clean(name).lower()))
    if row is None:
        raise NotFound("There is no operator {name}.", name=name)
    return row


def is_manager(session: Session, actor: Actor) -> bool:
    """Asked of the database, not of the caller: a role changed elsewhere counts at once."""
    return roles.may(session, actor, roles.OPERATORS)


def require_manager(session: Session, actor: Actor, action: str) -> None:
    roles.require(session, actor, roles.Action(action, "manager"))


def verify_pin(session: Session, name: str, pin: str) -> OperatorInfo:
    """The operator, when ``pin`` is theirs (and they need not wait after wrong tries); else
    ``PinRefused``, whose try the door records in a transaction of its own
    (``pin_tries.record_attempt``). A right PIN clears the wrong tries here."""
    attempt = judge_pin(session, name, pin)
    if not attempt.ok:
        raise PinRefused(attempt)
    record_attempt(session, attempt)
    return _info(_row(session, name))


def set_pin(session: Session, name: str, new_pin: str, *, current_pin: str | None = None,
            by: Actor | None = None) -> OperatorInfo:
    """Set an operator's PIN: the first time freely; later with the current PIN, or by a manager.

    A manager without a PIN (made before managers came with one) is not claimed by whoever
    picks the name: while another working manager has a PIN, that manager sets it."""
    row = _row(session, name)
    check_pin_format(new_pin)
    by_manager = by is not None and is_manager(session, by)
    if row.pin_hash and not by_manager:
        verify_pin(session, row.name, current_pin or "")  # a guess here is slowed down like any other
    if not row.pin_hash and row.role == "manager" and not by_manager and session.scalar(
            select(Operator.id).where(Operator.role == "manager", Operator.active.is_(True), Operator.id != row.id,
                                      Operator.pin_hash.is_not(None)).limit(1)) is not None:
        raise NotAllowed("{name} is a manager without a PIN; another manager sets it on the Operators page.",
                         name=row.name)
    row.pin_hash = hash_pin(new_pin)
    session.flush()
    return _info(row)


def _working_managers(session: Session) -> list[int]:
    """The working managers, their rows locked (PostgreSQL) until the transaction ends, so
    two stations retiring or demoting each other at once cannot both leave one."""
    return list(session.scalars(select(Operator.id).where(Operator.role == "manager", Operator.active.is_(True))
                                .order_by(Operator.id).with_for_update()))


def _keep_a_manager(row: Operator, managers: list[int]) -> None:
    if row.id in managers and len(managers) <= 1:
        raise Conflict("{name} is the only manager; make someone else a manager first.", name=row.name)


def set_role(session: Session, by: Actor, name: str, role: str, *, pin: str | None = None) -> OperatorInfo:
    """A manager gives an operator another role (never leaving the warehouse without a
    manager); a new manager has a PIN already or gets one (``pin``) in the same step."""
    if role not in ROLES:
        raise BadInput("{role} is not a role; use one of: {roles}.", role=role, roles=", ".join(ROLES))
    managers = _working_managers(session)  # locked before anyone's role is read
    require_manager(session, by, "change roles")
    row = _row(session, name)
    if role != "manager":
        _keep_a_manager(row, managers)
    if role == "manager" and pin:
        row.pin_hash = hash_pin(pin)
    elif role == "manager" and not row.pin_hash:
        raise BadInput("A manager needs a PIN: choose one for {name} in the same step.", name=row.name)
    row.role = role
    session.flush()
    return _info(row)


def set_active(session: Session, by: Actor, name: str, active: bool) -> OperatorInfo:
    """A manager retires an operator or brings them back. Retiring takes away the login and
    every role at once (``roles.require`` reads ``active``); their name stays on what they did.
    The last working manager cannot be retired."""
    managers = _working_managers(session)  # locked before anyone's role is read
    require_manager(session, by, "change who can work")
    row = _row(session, name)
    if not active and row.id == by.operator_id:
        raise Conflict("You cannot retire yourself.")
    if not active:
        _keep_a_manager(row, managers)
    row.active = active
    session.flush()
    return _info(row)
