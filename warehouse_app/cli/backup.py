"""`warehouse-app backup` and `restore`: they work on the SQLite file itself, before (and
instead of) opening it through SQLAlchemy, so a damaged database can still be restored."""

from __future__ import annotations

import argparse
from pathlib import Path

from warehouse_app.kernel.errors import BadInput

COMMANDS = frozenset({"backup", "restore"})


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    bk = sub.add_parser("backup", help="copy the database to a file (safe while the app runs; PostgreSQL through pg_dump)")
    bk.add_argument("--out", required=True, help="the backup file to write (must not exist)")
    rs = sub.add_parser("restore", help="replace the SQLite database with a checked backup (refused while a station has it open)")
    rs.add_argument("file", help="a backup made by `backup` or the app's own backups folder")


def _sqlite_file(url: str) -> Path | None:
    """The SQLite file ``--db`` names; None for a PostgreSQL database. The same reading of
    --db as every other command's (a plain path is a SQLite file); not at import:
    `warehouse-app --help` loads no SQLAlchemy."""
    from warehouse_app.db.database import normalise_url

    parsed = normalise_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if parsed.database in (None, "", ":memory:"):
        raise BadInput("An in-memory database cannot be backed up.")
    return Path(parsed.database)


def run(args: argparse.Namespace, url: str) -> int:
    from warehouse_app.core.admin.restore import restore_checked
    from warehouse_app.db.backup import backup_to
    from warehouse_app.kernel.paths import check_path

    db_file = _sqlite_file(url)
    if args.command == "backup":
        if db_file is None:
            from warehouse_app.db.backup_pg import pg_dump_to
            from warehouse_app.db.database import normalise_url

            out = pg_dump_to(normalise_url(url).render_as_string(hide_password=False), args.out)
            print(f"Backed up the PostgreSQL database with pg_dump to {out} (pg_restore reads it back)")
            return 0
        out = backup_to(db_file, args.out)
        print(f"Backed up {db_file} to {out}")
        return 0
    if db_file is None:
        raise BadInput("A PostgreSQL database is restored on its server with pg_restore (see the README).")
    done = restore_checked(check_path(args.file, "backup file"), db_file)
    if done.kept is not None:
        print(f"Kept a copy of the replaced database: {done.kept}")
    print(f"Restored {db_file} from {done.source}")
    print(f"Check: OK, {done.stock_levels} stock levels match {done.movements} ledger rows.")
    return 0
