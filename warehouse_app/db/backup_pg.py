"""A copy of a PostgreSQL database with the server's own tool, `pg_dump` (custom format, the
one `pg_restore` reads), when it is installed on this machine: `warehouse-app backup --out`
and Settings › Backups on a PostgreSQL station. The server's own nightly backups stay the
rule (README, "Backups"); this is the copy a coordinator carries away."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import check_output_path
from warehouse_app.kernel.safe_write import atomic_output

DUMP_MAGIC = b"PGDMP"  # the first bytes of a custom-format dump


def pg_dump_path() -> str | None:
    """The `pg_dump` this machine has on its PATH, if any."""
    return shutil.which("pg_dump")


def libpq_target(url: str) -> tuple[str, dict[str, str]]:
    """The database as pg_dump's `--dbname` (without the password) and the environment that
    carries the password, so it is never on a command line other users can see."""
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def pg_dump_to(url: str, out: Path | str) -> Path:
    """A custom-format dump of the database at ``out`` (a new file), written under a temporary
    name and renamed once pg_dump has finished, owner-only."""
    tool = pg_dump_path()
    if tool is None:
        raise BadInput("pg_dump is not installed on this computer; install the PostgreSQL client tools, "
                       "or back up on the server.")
    target = check_output_path(str(out), "backup file")
    if target.exists():
        raise BadInput("{path} already exists; choose a new file name.", path=target)
    dbname, env = libpq_target(url)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(target, private=True) as part:
            done = subprocess.run([tool, "--format=custom", "--no-password", f"--file={part}", f"--dbname={dbname}"],
                                  env=env, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                reason = next((line for line in done.stderr.splitlines() if line.strip()), f"exit {done.returncode}")
                raise BadInput("pg_dump could not copy the database: {reason}", reason=reason.removeprefix("pg_dump: "))
            with part.open("rb") as handle:
                if handle.read(len(DUMP_MAGIC)) != DUMP_MAGIC:
                    raise BadInput("pg_dump wrote something that is not a database copy; nothing was kept.")
    except OSError as exc:
        raise BadInput("Cannot write {path}: {reason}.", path=target, reason=exc.strerror or exc) from None
    return target


def dump_name(database: str, stamp: str) -> str:
    """``warehouse-2026-12-05-1353.dump``: named by the database and when it was made."""
    return f"{database or 'warehouse'}-{stamp}.dump"
