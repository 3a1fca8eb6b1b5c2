"""Operators: the people whose name is stamped on every movement."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.context import Actor
from warehouse_app.core.errors import BadInput, NotFound
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import ROLES, Operator


@dataclass(frozen=True)
class OperatorInfo:
    id: int
    name: str
    role: str
    active: bool


def _info(row: Operator) -> OperatorInfo:
    return OperatorInfo(row.id, row.name, row.role, row.active)


def _clean(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise BadInput("An operator needs a name.")
    if len(cleaned) > 120:
        raise BadInput("An operator name can be at most 120 characters long.")
    return cleaned


def list_operators(session: Session, include_inactive: bool = False) -> list[OperatorInfo]:
    query = select(Operator).order_by(func.lower(Operator.name))
    if not include_inactive:
        query = query.where(Operator.active.is_(True))
    return [_info(r) for r in session.scalars(query)]


def find_operator(session: Session, name: str) -> OperatorInfo:
    row = session.scalar(select(Operator).where(func.lower(Operator.name) == _clean(name).lower()))
    if row is None:
        raise NotFound("There is no operator {name}.", name=name)
    return _info(row)


def add_operator(session: Session, name: str, role: str = "staff") -> OperatorInfo:
    if role not in ROLES:
        raise BadInput("{role} is not a role; use one of: {roles}.", role=role, roles=", ".join(ROLES))
    row = Operator(name=_clean(name), role=role, active=True)
    session.add(row)
    session.flush()
    return _info(row)


def get_or_add_operator(session: Session, name: str, role: str = "staff") -> OperatorInfo:
    """The operator of that name, added on first use (safe when two stations race)."""
    try:
        return find_operator(session, name)
    except NotFound:
        session.execute(insert_for(session, Operator).values(name=_clean(name), role=role, active=True)
                        .on_conflict_do_nothing())
        return find_operator(session, name)


def actor_for(session: Session, operator_name: str, station: str) -> Actor:
    """The operator (made on first use) and station to stamp on movements."""
    station = " ".join(station.split())[:64]
    if not station:
        raise BadInput("The station needs a name.")
    return Actor(get_or_add_operator(session, operator_name).id, station)
