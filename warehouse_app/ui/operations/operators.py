"""Who works here: the list at start-up and on the Operators page, the start-up login
(the name, a manager's PIN), and a manager's changes to people, roles and PINs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from warehouse_app.core.access import operators as people
from warehouse_app.core.access.operators import (
    OperatorInfo,
    get_or_add_operator,
    list_operators,
    operator_by_badge,
    require_manager,
    set_active,
    set_pin,
    set_role,
    verify_pin,
)
from warehouse_app.core.context import Actor
from warehouse_app.ui.base.tasks import Change, Op


def operators(owner: QObject | None, *, include_inactive: bool = False) -> Op[list[OperatorInfo]]:
    return Op(owner, lambda s: list_operators(s, include_inactive=include_inactive))


# --- start-up ---

def sign_in(owner: QObject | None, name: str) -> Op[OperatorInfo]:
    """The name chosen at start; a new name is added as staff."""
    return Op(owner, lambda s: get_or_add_operator(s, name), write=True, changes=Change.OPERATORS)


def sign_in_with_badge(owner: QObject | None, code: str) -> Op[OperatorInfo]:
    """The person whose badge was scanned; nobody's badge, or a retired person's, is one sentence."""
    return Op(owner, lambda s: operator_by_badge(s, code))


def check_pin(owner: QObject | None, name: str, pin: str) -> Op[OperatorInfo]:
    """Fails with one sentence when the PIN is wrong."""
    return Op(owner, lambda s: verify_pin(s, name, pin))


def first_pin(owner: QObject | None, name: str, pin: str) -> Op[OperatorInfo]:
    """A manager without a PIN chooses one before working as a manager."""
    return Op(owner, lambda s: set_pin(s, name, pin), write=True, changes=Change.OPERATORS)


# --- a manager's changes (the role is checked again in the same transaction) ---

def _by_manager(owner: QObject | None, actor: Actor, change: Callable[[Session], OperatorInfo]) -> Op[OperatorInfo]:
    def work(session: Session) -> OperatorInfo:
        require_manager(session, actor, "manage operators")
        return change(session)

    return Op(owner, work, write=True, changes=Change.OPERATORS)


def add_person(owner: QObject | None, actor: Actor, name: str, role: str) -> Op[OperatorInfo]:
    return _by_manager(owner, actor, lambda s: people.add_person(s, actor, name, role))


def give_role(owner: QObject | None, actor: Actor, name: str, role: str) -> Op[OperatorInfo]:
    return _by_manager(owner, actor, lambda s: set_role(s, actor, name, role))


def set_working(owner: QObject | None, actor: Actor, name: str, active: bool) -> Op[OperatorInfo]:
    """Retire (False) or bring back (True); a retired name stays on what they did."""
    return _by_manager(owner, actor, lambda s: set_active(s, actor, name, active))


def reset_pin(owner: QObject | None, actor: Actor, name: str, pin: str) -> Op[OperatorInfo]:
    return _by_manager(owner, actor, lambda s: set_pin(s, name, pin, by=actor))
