"""`warehouse-app backup` and `restore`: they work on the SQLite file itself, before (and
instead of) opening it through SQLAlchemy, so a damaged database can still be restored."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from warehouse_app.kernel.errors import BadInput, WarehouseError

COMMANDS = frozenset({"backup", "restore"})


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bk = sub.add_parser("backup", help="copy the SQLite database to a file (safe while the app runs)")
    bk.add_argument("--out", required=True, type=Path, help="the backup file to write (must not exist)")
    rs = sub.add_parser("restore", help="replace the SQLite database with a backup (close the app first)")
    rs.add_argument("file", type=Path, help="a backup made by `backup` or the app's own backups folder")


def _sqlite_file(url: str) -> Path:
    from sqlalchemy import make_url  # not at import: `warehouse-app --help` loads no SQLAlchemy

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise BadInput("Backups of a PostgreSQL database are made with pg_dump and pg_restore (see the README).")
    if parsed.database in (None, "", ":memory:"):
        raise BadInput("An in-memory database cannot be backed up.")
    return Path(parsed.database)


def run(args: argparse.Namespace, url: str) -> int:
    from warehouse_app.db.backup import backup_sqlite, check_backup_file, restore_sqlite

    db_file = _sqlite_file(url)
    if args.command == "backup":
        out: Path = args.out
        if out.exists():
            raise BadInput("{path} already exists; choose a new file name.", path=out)
        if not db_file.exists():
            raise BadInput("There is no database at {path} to back up.", path=db_file)
        part = out.with_name(f".{out.name}.part")
        try:
            backup_sqlite(db_file, part)
            check_backup_file(part)
            os.replace(part, out)
        except OSError as exc:
            raise BadInput("Cannot write {path}: {reason}.", path=out, reason=exc.strerror or exc) from None
        finally:
            part.unlink(missing_ok=True)
        print(f"Backed up {db_file} to {out}")
        return 0
    kept = restore_sqlite(args.file, db_file)
    if kept is not None:
        print(f"Kept a copy of the replaced database: {kept}")
    print(f"Restored {db_file} from {args.file}")
    return _upgrade_and_check(url)


def _upgrade_and_check(url: str) -> int:
    from warehouse_app.core.stock.integrity import check_stock_levels
    from warehouse_app.db.database import Database
    from warehouse_app.db.migrate import upgrade

    db = Database(url)
    try:
        upgrade(db)
        with db.read() as session:
            report = check_stock_levels(session)
    finally:
        db.dispose()
    if report.ok:
        print(f"Check: OK, {report.stock_levels} stock levels match {report.movements} ledger rows.")
        return 0
    raise WarehouseError("The restored database does not match its own ledger; run `warehouse-app db check`.")
