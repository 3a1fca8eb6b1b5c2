"""The truck file and the arrival at a receiving hub, from the Trucks screen.

At the sender: write a dispatched truck's truck file, import the hub's arrival
confirmation. At the hub: register a truck file, check each package label in, read
what was found, close the arrival and save the confirmation. The files' bytes are made
inside the transaction and saved after it committed (``Op.after``), as the command line
does (docs/truck-file.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from warehouse_app.core.arrival import confirmation, incoming
from warehouse_app.core.arrival.envelope import read_file
from warehouse_app.core.arrival.incoming import CheckIn, ClosedArrival, Registered
from warehouse_app.core.arrival.report_data import ArrivalReport
from warehouse_app.core.arrival.truck_file import truck_file
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.delivered import Delivery
from warehouse_app.documents.jobs import save_file
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.ui.base.tasks import Change, Op
from warehouse_app.ui.base.texts import error_text

ARRIVAL_CLOSED = Change.STOCK | Change.TRUCKS  # the goods come into this hub's stock


@dataclass(frozen=True)
class CheckedIn:
    """A check-in and the arrival as it is after it (the same transaction)."""

    result: CheckIn
    report: ArrivalReport


@dataclass(frozen=True)
class Closed:
    """A committed close and what became of its confirmation file."""

    closed: ClosedArrival
    path: Path | None  # where the confirmation was saved; None when it could not be
    error: str = ""  # why not, one sentence (the arrival is closed all the same)


# --- at the sender -----------------------------------------------------------------------------

def write_truck_file(owner: QObject | None, number: str, out: Path) -> Op[Path]:
    """The truck file of a dispatched truck, saved to ``out``. A write: the warehouse's id
    is made on first use; the file is saved after the transaction committed."""
    return Op(owner, lambda s: truck_file(s, number), write=True).after(lambda written: save_file(written.content, out))


def import_confirmation(owner: QObject | None, actor: Actor, path: Path) -> Op[Delivery]:
    """The hub's arrival confirmation: the truck is then delivered."""
    return Op(owner, lambda s: confirmation.import_confirmation(s, actor, read_file(path)),
              write=True, changes=Change.TRUCKS)


# --- at the receiving hub ----------------------------------------------------------------------

def arrivals(owner: QObject | None) -> Op[list[ArrivalReport]]:
    """Every truck registered here, newest first, with what was found so far."""
    return Op(owner, incoming.list_arrivals)


def register(owner: QObject | None, actor: Actor, path: Path) -> Op[Registered]:
    return Op(owner, lambda s: incoming.register_arrival(s, actor, read_file(path)), write=True,
              changes=Change.TRUCKS)


def check_in(owner: QObject | None, actor: Actor, truck: str, code: str, *, damaged: bool = False,
             note: str = "") -> Op[CheckedIn]:
    def work(s: Session) -> CheckedIn:
        done = incoming.check_in(s, actor, truck, code, damaged=damaged, note=note or None)
        return CheckedIn(done, incoming.arrival_report(s, truck))

    return Op(owner, work, write=True, changes=Change.TRUCKS)


def undo_check_in(owner: QObject | None, actor: Actor, truck: str, code: str) -> Op[CheckedIn]:
    def work(s: Session) -> CheckedIn:
        return CheckedIn(incoming.undo_check_in(s, actor, truck, code), incoming.arrival_report(s, truck))

    return Op(owner, work, write=True, changes=Change.TRUCKS)


def close(owner: QObject | None, actor: Actor, truck: str, out: Path) -> Op[Closed]:
    """Close the arrival (goods into stock), then save the confirmation to ``out``."""
    return Op(owner, lambda s: incoming.close_arrival(s, actor, truck), write=True,
              changes=ARRIVAL_CLOSED).after(lambda closed: _saved(closed, out))


def _saved(closed: ClosedArrival, out: Path) -> Closed:
    try:
        return Closed(closed, save_file(closed.confirmation.content, out))
    except WarehouseError as exc:  # committed already: say so, and how to write it again
        return Closed(closed, None, error_text(exc))


def save_confirmation(owner: QObject | None, truck: str, out: Path) -> Op[Path]:
    """The confirmation of a closed arrival written again (the same file, byte for byte)."""
    return Op(owner, lambda s: incoming.arrival_confirmation(s, truck)).after(
        lambda written: save_file(written.content, out))
