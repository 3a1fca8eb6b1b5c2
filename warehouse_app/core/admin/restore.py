"""Restoring a backup, checked, from any door: `warehouse-app restore FILE` and Settings ›
Backups › Restore. The safety order is `db/restore.restore_sqlite`'s; this adds the check
that the staged copy is ours, upgraded to this build's schema, and that its stock matches its
own ledger (`db check`), before it replaces anything."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from warehouse_app.core.stock.integrity import CheckReport, check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
from warehouse_app.db.restore import restore_sqlite
from warehouse_app.kernel.errors import BadInput


@dataclass(frozen=True)
class Restored:
    database: Path
    source: Path
    kept: Path | None  # the copy of the database it replaced (None: there was none)
    movements: int
    stock_levels: int


def restore_checked(source: Path, db_file: Path) -> Restored:
    """Replace ``db_file`` with a checked copy of ``source``; refused with a sentence (and
    nothing changed) when the file is not a good backup of this app or a station has the
    database open."""
    checked: list[CheckReport] = []
    try:
        kept = restore_sqlite(source, db_file, verify=lambda fresh: checked.append(_upgrade_and_check(fresh, source)))
    except OSError as exc:
        raise BadInput("Cannot restore into {path}: {reason}.", path=db_file, reason=exc.strerror or exc) from None
    except sqlite3.Error as exc:
        raise BadInput("{path} cannot be restored: {reason}.", path=source, reason=exc) from None
    report = checked[0]
    return Restored(db_file, source, kept, report.movements, report.stock_levels)


def _upgrade_and_check(fresh: Path, source: Path) -> CheckReport:
    """Bring the staged copy to the newest schema and recompute its stock, before it replaces
    anything: a file with our table names but not our tables, or whose stock does not match
    its own ledger, is refused here."""
    db = Database(str(fresh))
    try:
        upgrade(db)
        with db.read() as session:
            report = check_stock_levels(session)
    except (SQLAlchemyError, sqlite3.Error):
        raise BadInput("{path} looks like a database of Aid Warehouse but its tables are not; nothing was restored.",
                       path=source) from None
    finally:
        db.dispose()
    if not report.ok:
        raise BadInput("The stock in {path} does not match its own ledger; nothing was restored. "
                       "Choose another backup.", path=source)
    return report
