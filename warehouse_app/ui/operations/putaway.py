"""Put-away and places: the Put away screen's user actions, each an ``Op`` for the task runner.

The rules are in ``core.intake.putaway`` (what a scan moves, from where, the undo, a
donation's goods off Receiving) and ``core.stock.places`` (add, rename, archive); these
say whether an action writes and what it changes, so the other screens hear about it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from warehouse_app.core.context import Actor
from warehouse_app.core.intake import putaway as core
from warehouse_app.core.stock import places
from warehouse_app.core.stock.locations import LocationInfo
from warehouse_app.ui.base.tasks import Change, Op


def target_place(owner: QObject, code: str) -> Op[places.Target]:
    """The place a scanned label names, if goods may be put away there."""
    return Op(owner, lambda s: core.target_place(s, code))


def put_away(owner: QObject, actor: Actor, code: str, target: str, *, qty: str | None,
             source: str | None = None) -> Op[core.PutAway]:
    """Move the scanned goods to the target (fails with ``SeveralPlaces`` when the screen must ask)."""
    return Op(owner, lambda s: core.put_away(s, actor, code, target, qty=qty, source=source),
              write=True, changes=Change.STOCK)


def undo_put_away(owner: QObject, actor: Actor, movement_ids: tuple[int, ...]) -> Op[core.Undone]:
    return Op(owner, lambda s: core.undo_put_away(s, actor, movement_ids), write=True, changes=Change.STOCK)


def waiting_donations(owner: QObject) -> Op[tuple[core.WaitingDonation, ...]]:
    return Op(owner, core.waiting_donations)


def waiting(owner: QObject, number: str) -> Op[core.Waiting]:
    return Op(owner, lambda s: core.waiting(s, number))


def move_donation(owner: QObject, actor: Actor, number: str, target: str) -> Op[core.DonationPutAway]:
    return Op(owner, lambda s: core.move_donation(s, actor, number, target), write=True, changes=Change.STOCK)


def place_tree(owner: QObject, include_archived: bool) -> Op[list[places.PlaceRow]]:
    return Op(owner, lambda s: places.place_tree(s, include_archived=include_archived))


def add_place(owner: QObject, actor: Actor, name: str, kind: str, parent: str) -> Op[LocationInfo]:
    return Op(owner, lambda s: places.add_place(s, actor, name=name, kind=kind, parent=parent),
              write=True, changes=Change.STOCK)


def rename_place(owner: QObject, actor: Actor, code: str, name: str) -> Op[LocationInfo]:
    return Op(owner, lambda s: places.rename_place(s, actor, code, name), write=True, changes=Change.STOCK)


def archive_place(owner: QObject, actor: Actor, code: str, archived: bool) -> Op[LocationInfo]:
    return Op(owner, lambda s: places.set_archived(s, actor, code, archived), write=True, changes=Change.STOCK)
