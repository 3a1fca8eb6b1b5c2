"""Operators: the people whose name is stamped on every movement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.access.badges import badge_code, looks_like_code, parse_badge
from warehouse_app.core.access.pins import check_pin_format, hash_pin, pin_matches
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
    if len(cleaned) > 120:
        raise BadInput("An operator name can be at most 120 characters long.")
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


def add_person(session: Session, by: Actor | None, name: str, role: str = "staff") -> OperatorInfo:
    """What every door calls: a manager adds a person; while the warehouse has no working
    manager, anyone may (``by`` None): that is how the first manager is made."""
    if by is not None or roles.has_manager(session):
        if by is None:
            raise NotAllowed("Only a manager can {action}.", action="add operators")
        require_manager(session, by, "add operators")
    return add_operator(session, name, role)


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
    station = " ".join(station.split())[:64]
    if not station:
        raise BadInput("The station needs a name.")
    return Actor(get_or_add_operator(session, operator_name).id, station)


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
    """The operator, when ``pin`` is theirs; a wrong or missing PIN is one sentence."""
    row = _row(session, name)
    if not row.pin_hash:
        raise BadInput("{name} has no PIN yet; set one first.", name=row.name)
    if not pin_matches(row.pin_hash, pin):
        raise BadInput("Wrong PIN for {name}.", name=row.name)
    return _info(row)


def set_pin(session: Session, name: str, new_pin: str, *, current_pin: str | None = None,
            by: Actor | None = None) -> OperatorInfo:
    """Set an operator's PIN: the first time freely; later with the current PIN, or by a manager."""
    row = _row(session, name)
    check_pin_format(new_pin)
    if row.pin_hash and not (by is not None and is_manager(session, by)):
        if current_pin is None or not pin_matches(row.pin_hash, current_pin):
            raise BadInput("Wrong PIN for {name}.", name=row.name)
    row.pin_hash = hash_pin(new_pin)
    session.flush()
    return _info(row)


def set_role(session: Session, by: Actor, name: str, role: str) -> OperatorInfo:
    """A manager gives an operator another role (never leaving the warehouse without a manager)."""
    require_manager(session, by, "change roles")
    if role not in ROLES:
        raise BadInput("{role} is not a role; use one of: {roles}.", role=role, roles=", ".join(ROLES))
    row = _row(session, name)
    if row.role == "manager" and role != "manager":
        managers = session.scalar(select(func.count()).select_from(Operator).where(
            Operator.role == "manager", Operator.active.is_(True)))
        if (managers or 0) <= 1:
            raise Conflict("{name} is the only manager; make someone else a manager first.", name=row.name)
    row.role = role
    session.flush()
    return _info(row)


def set_active(session: Session, by: Actor, name: str, active: bool) -> OperatorInfo:
    """A manager retires an operator (their name stays on their movements) or brings them back."""
    require_manager(session, by, "change who can work")
    row = _row(session, name)
    if not active and row.id == by.operator_id:
        raise Conflict("You cannot retire yourself.")
    row.active = active
    session.flush()
    return _info(row)
