"""The History screen's reads (ledger pages) and its one write (reverse a movement)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from warehouse_app.core.context import Actor
from warehouse_app.core.stock.changes import StockChange
from warehouse_app.core.stock.changes import reverse as core_reverse
from warehouse_app.core.stock.history import LedgerFilter, LedgerPage, ledger_page
from warehouse_app.ui.base.tasks import Change, Op


def page(owner: QObject, filters: LedgerFilter, before: int | None, size: int) -> Op[LedgerPage]:
    """The next ``size`` matching rows older than row ``before`` (None: the newest)."""
    return Op(owner, lambda s: ledger_page(s, filters, before=before, limit=size))


def reverse(owner: QObject, actor: Actor, movement_id: int, reason: str) -> Op[StockChange]:
    """Undo one ledger row with a reversal row (the CLI's ``reverse``: same rules, same refusals)."""
    return Op(owner, lambda s: core_reverse(s, actor, movement_id, reason), write=True, changes=Change.STOCK)
