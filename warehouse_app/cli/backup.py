"""`warehouse-app backup` and `restore`: they work on the SQLite file itself, before (and
instead of) opening it through SQLAlchemy, so a damaged database can still be restored."""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse_app.kernel.errors import BadInput

if TYPE_CHECKING:
    from warehouse_app.core.stock.integrity import CheckReport

COMMANDS = frozenset({"backup", "restore"})


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bk = sub.add_parser("backup", help="copy the SQLite database to a file (safe while the app runs)")
    bk.add_argument("--out", required=True, help="the backup file to write (must not exist)")
    rs = sub.add_parser("restore", help="replace the SQLite database with a checked backup (refused while a station has it open)")
    rs.add_argument("file", help="a backup made by `backup` or the app's own backups folder")


def _sqlite_file(url: str) -> Path:
    # not at import: `warehouse-app --help` loads no SQLAlchemy. The same reading of --db as
    # every other command's (a plain path is a SQLite file).
    from warehouse_app.db.database import normalise_url

    parsed = normalise_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise BadInput("Backups of a PostgreSQL database are made with pg_dump and pg_restore (see the README).")
    if parsed.database in (None, "", ":memory:"):
        raise BadInput("An in-memory database cannot be backed up.")
    return Path(parsed.database)


def run(args: argparse.Namespace, url: str) -> int:
    from warehouse_app.db.backup import backup_to
    from warehouse_app.db.restore import restore_sqlite
    from warehouse_app.kernel.paths import check_path

    db_file = _sqlite_file(url)
    if args.command == "backup":
        out = backup_to(db_file, args.out)
        print(f"Backed up {db_file} to {out}")
        return 0
    source = check_path(args.file, "backup file")
    checked: list[CheckReport] = []
    try:
        kept = restore_sqlite(source, db_file, verify=lambda fresh: checked.append(_upgrade_and_check(fresh, source)))
    except OSError as exc:
        raise BadInput("Cannot restore into {path}: {reason}.", path=db_file, reason=exc.strerror or exc) from None
    except sqlite3.Error as exc:
        raise BadInput("{path} cannot be restored: {reason}.", path=source, reason=exc) from None
    if kept is not None:
        print(f"Kept a copy of the replaced database: {kept}")
    print(f"Restored {db_file} from {source}")
    report = checked[0]
    print(f"Check: OK, {report.stock_levels} stock levels match {report.movements} ledger rows.")
    return 0


def _upgrade_and_check(fresh: Path, source: Path) -> CheckReport:
    """Bring the staged copy to the newest schema and recompute its stock, before it replaces
    anything: a file with our table names but not our tables, or whose stock does not match
    its own ledger, is refused here."""
    from sqlalchemy.exc import SQLAlchemyError

    from warehouse_app.core.stock.integrity import check_stock_levels
    from warehouse_app.db.database import Database
    from warehouse_app.db.migrate import upgrade

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
