"""The settings dialog's actions on the shared database (the warehouse page), the
database page's "Test connection", which probes another address and opens no unit of
work on the app's own database, and the demo warehouse offered at the first start.

The database page builds and reads addresses with the helpers of ``db.probe``, re-exported
here: a screen does not import the db layer itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from warehouse_app.core.access.authentication import as_demo
from warehouse_app.core.context import Actor
from warehouse_app.db.probe import PostgresParts, ProbeResult, describe_address, postgres_url, probe_database, sqlite_url
from warehouse_app.ui.base.tasks import Change, Op

if TYPE_CHECKING:  # the warehouse page's reads load when the settings dialog opens, not at every start
    from warehouse_app.core.admin.demo import DemoSummary
    from warehouse_app.core.admin.warehouse_setup import WarehouseSetup
    from warehouse_app.core.shipping.packing_data import WarehouseDetails

__all__ = ["PostgresParts", "ProbeResult", "describe_address", "postgres_url", "sqlite_url",
           "probe", "warehouse_setup", "save_warehouse", "warehouse_is_empty", "load_demo_warehouse", "is_demo_warehouse"]


def probe(owner: QObject | None, url: str) -> Op[ProbeResult]:
    """What is at ``url`` (reachable, ours, empty, or why not), in a few seconds at most."""
    return Op.detached_from_db(owner, lambda: probe_database(url))


def warehouse_setup(owner: QObject | None) -> Op[WarehouseSetup]:
    from warehouse_app.core.admin.warehouse_setup import load_warehouse_setup

    return Op(owner, load_warehouse_setup)


def save_warehouse(owner: QObject | None, actor: Actor, details: WarehouseDetails, payload: str,
                   shelf_life: dict[int, int | None], instore_layout: str) -> Op[WarehouseSetup]:
    """All or nothing; managers only (checked again in the transaction)."""
    from warehouse_app.core.admin.warehouse_setup import save_warehouse_setup

    return Op(owner, lambda s: save_warehouse_setup(s, actor, details, payload, shelf_life, instore_layout),
              write=True, changes=Change.WAREHOUSE)


# --- the first start on an empty database ---

def warehouse_is_empty(owner: QObject | None) -> Op[bool]:
    """No item, donation, movement or truck: the first start, where the demo is offered."""
    from warehouse_app.core.admin.demo import warehouse_contents

    return Op(owner, lambda s: warehouse_contents(s).empty)


def is_demo_warehouse(owner: QObject | None) -> Op[bool]:
    """Whether this database holds the demo (the title and status bar say so)."""
    from warehouse_app.core.admin.demo import is_demo

    return Op(owner, is_demo)


def load_demo_warehouse(owner: QObject | None, operator_name: str, station: str) -> Op[DemoSummary]:
    """A demo warehouse to learn on: goods, donations, stock, a truck; refused (in the same
    transaction) when the database holds anything real."""
    from warehouse_app.core.admin.demo import load_demo  # only ever needed once

    return Op(owner, lambda s: as_demo(s, station, lambda actor: load_demo(s, actor)), write=True,
              changes=Change.STOCK | Change.CATALOGUE | Change.DONATIONS | Change.TRUCKS | Change.OPERATORS)
