"""What every command needs from its run: the database URL, who is working and where.

One module owns these, so the command groups import it and never the parser module
(which imports them): no import circle.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import socket
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from warehouse_app.kernel.paths import default_db_url
from warehouse_app.kernel.safe_text import check_text, mask_passwords, one_line

if TYPE_CHECKING:  # the parser stays light: services load when a command runs
    from sqlalchemy.orm import Session

    from warehouse_app.core.context import Actor
    from warehouse_app.db.database import Database

# A command's handler: one unit of work on the open database; returns the exit code.
Handler = Callable[["Database", argparse.Namespace], int]


def database_url(args: argparse.Namespace) -> str:
    """--db, else $WAREHOUSE_DB, else the database chosen in the app's Settings, else the
    default file: the command line works on the same data as the window does."""
    return args.db or os.environ.get("WAREHOUSE_DB") or _settings_db_url() or default_db_url()


def _settings_db_url() -> str | None:
    from warehouse_app.station.store import stored_database_url  # QtCore only; no widgets

    return stored_database_url()


def actor_names(args: argparse.Namespace) -> tuple[str, str]:
    operator = args.operator or os.environ.get("WAREHOUSE_OPERATOR") or getpass.getuser() or "operator"
    station = args.station or os.environ.get("WAREHOUSE_STATION") or socket.gethostname() or "station"
    return check_text(operator, "operator name"), check_text(station, "station name")


def given_pin(args: argparse.Namespace) -> str | None:
    """The operator's PIN: one line of stdin with --pin-stdin, else $WAREHOUSE_PIN (automation)."""
    if getattr(args, "pin_stdin", False):
        if not hasattr(args, "pin_read"):  # read once: a later line may be a new PIN for someone
            args.pin_read = sys.stdin.readline().rstrip("\r\n") or None
        read: str | None = args.pin_read
        return read
    return os.environ.get("WAREHOUSE_PIN") or None


def actor(session: Session, args: argparse.Namespace, *, may_add: bool = False) -> Actor:
    """The operator and station that stamp this command's movements, proven by the operator's
    PIN when they have one; ``may_add`` (receiving goods only) adds a new name as staff."""
    from warehouse_app.core.access.authentication import authenticate

    name, station = actor_names(args)
    return authenticate(session, name, station, lambda: given_pin(args), may_add=may_add)


def fail(message: str, code: int, *, as_json: bool = False) -> int:
    """One sentence on stderr (with --json: {"error": ..., "code": ...}); the exit code the
    caller returns. A password in a database address never shows."""
    text = mask_passwords(one_line(message))
    _say(json.dumps({"error": text, "code": code}, ensure_ascii=False) if as_json else f"warehouse-app: {text}")
    return code


def notice(message: str, *, as_json: bool = False) -> None:
    """A word on stderr that is not an error (with --json: {"notice": ...})."""
    text = mask_passwords(one_line(message))
    _say(json.dumps({"notice": text}, ensure_ascii=False) if as_json else f"warehouse-app: {text}")


def _say(line: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # no stderr left to tell: the exit code still does
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
