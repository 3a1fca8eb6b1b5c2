"""Roles with meaning: what each role may do, asked of the database at every door.

Staff receive and put goods away; loaders also pack, load, unload and dispatch; managers
also count, adjust, write off, import, reverse, override the shelf life and administer.
Every service that changes stock, custody or people calls ``require`` in its own
transaction, so the GUI's disabled buttons and the CLI's refusals are the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from warehouse_app.core.context import Actor
from warehouse_app.db.models import ROLES, Operator
from warehouse_app.db.prepared import Prepared
from warehouse_app.kernel.errors import NotAllowed, NotFound

RANK = {role: rank for rank, role in enumerate(ROLES)}  # staff < loader < manager


@dataclass(frozen=True)
class Action:
    """A user action that needs a role: ``action`` completes "Only a manager can …"."""

    action: str
    role: str


RECEIVE = Action("receive goods", "staff")
MOVE = Action("move goods between shelves", "staff")
PACK = Action("pack boxes and pallets", "loader")
PLAN_TRUCKS = Action("plan trucks", "loader")
LOAD = Action("load or unload trucks", "loader")
DISPATCH = Action("dispatch a truck", "loader")
ARRIVE = Action("check in an arriving truck", "loader")
STOCKTAKE = Action("record a stocktake", "manager")
ADJUST = Action("adjust stock", "manager")
WRITE_OFF = Action("write off goods", "manager")
REVERSE = Action("reverse a movement", "manager")
IMPORT = Action("import items or donation lists", "manager")
OVERRIDE = Action("load goods under their minimum shelf life", "manager")
OPERATORS = Action("manage operators", "manager")
WAREHOUSE = Action("change the warehouse settings", "manager")
PLACES = Action("add, rename or archive places", "manager")

# The whole table, for the README and the tests: action -> the least role that may do it.
ACTIONS: tuple[Action, ...] = (RECEIVE, MOVE, PACK, PLAN_TRUCKS, LOAD, DISPATCH, ARRIVE, STOCKTAKE, ADJUST, WRITE_OFF,
                               REVERSE, IMPORT, OVERRIDE, OPERATORS, WAREHOUSE, PLACES)


def allows(role: str, action: Action) -> bool:
    """Whether ``role`` may do ``action``: the GUI asks this to enable its buttons."""
    return RANK.get(role, -1) >= RANK[action.role]


def role_of(session: Session, actor: Actor) -> str | None:
    """The actor's role as the database has it now (None for a retired or unknown operator)."""
    return session.scalar(select(Operator.role).where(Operator.id == actor.operator_id, Operator.active.is_(True)))


def may(session: Session, actor: Actor, action: Action) -> bool:
    role = role_of(session, actor)
    return role is not None and allows(role, action) and (actor.verified or action.role == "staff")


def has_manager(session: Session) -> bool:
    """A working manager exists (else the first one may be added by anyone: the bootstrap)."""
    return session.scalar(select(Operator.id).where(Operator.role == "manager", Operator.active.is_(True))
                          .limit(1)) is not None


def require(session: Session, actor: Actor, action: Action) -> None:
    """Refuse, with one sentence naming the action and the role it needs, unless the actor may do it.

    Asked of the database, not of the caller: a role changed or an operator retired at
    another station counts at once. An actor whose door could not check who they are
    (``Actor.verified`` False: the CLI for an operator without a PIN) may do only what staff may."""
    check(read_operator(session, actor), actor, action)


# The operator's name, role and whether they work here; read with other facts where a
# round trip counts (core/intake/receiving.py), then judged by ``check``.
OPERATOR = Prepared(select(Operator.name, Operator.role, Operator.active).where(Operator.id == bindparam("operator")))


def operator_params(actor: Actor) -> dict[str, int]:
    return {"operator": actor.operator_id}


def read_operator(session: Session, actor: Actor) -> tuple[str, str, bool] | None:
    found = OPERATOR.first(session, operator_params(actor))
    return (found[0], found[1], bool(found[2])) if found is not None else None


def check(found: tuple[str, str, bool] | None, actor: Actor, action: Action) -> None:
    """``require``'s rule, on the operator's row (None: no such operator) read already."""
    if found is None:
        raise NotFound("There is no operator number {id}.", id=actor.operator_id)
    name, role, active = found
    if not active:
        raise NotAllowed("{name} is retired and cannot {action}.", name=name, action=action.action)
    if not allows(role, action):
        if action.role == "manager":
            raise NotAllowed("Only a manager can {action}.", action=action.action)
        raise NotAllowed("Only a loader or a manager can {action}.", action=action.action)
    if action.role != "staff" and not actor.verified:
        raise NotAllowed("{name} has no PIN, and one is needed to {action}: set it with "
                         "warehouse-app operator pin \"{name}\".", name=name, action=action.action)
