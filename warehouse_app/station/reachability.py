"""Whether a failure means "the PostgreSQL server cannot be reached" (the network dropped, the
server restarted) rather than "the server refused this": the first lets an offline station
keep scans on the laptop; the second is a sentence and is never queued."""

from __future__ import annotations

import sys

from sqlalchemy.exc import DBAPIError

from warehouse_app.kernel.errors import WarehouseError

# Connection failures (class 08) and a server going down (57P01 admin shutdown, 57P02 crash
# shutdown, 57P03 cannot connect now): the server is away, not refusing this scan.
_AWAY_STATES = ("57P01", "57P02", "57P03")


class ServerAway(Exception):
    """The station knows the server is away: the work was not tried (a server dropped off the
    network costs seconds per attempt); the next retry of the offline queue finds out."""


def is_unreachable(exc: BaseException) -> bool:
    """The server could not be reached or the connection broke: never a rule's refusal
    (a ``WarehouseError``) nor an error the server answered with (a deadlock, a constraint)."""
    if isinstance(exc, ServerAway):
        return True
    if isinstance(exc, WarehouseError):
        return False
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        exc = exc.orig if exc.orig is not None else exc
    psycopg = sys.modules.get("psycopg")  # not loaded: no PostgreSQL connection could have failed
    if psycopg is None or not isinstance(exc, psycopg.OperationalError):
        return False
    state = getattr(exc, "sqlstate", None)
    return state is None or state.startswith("08") or state in _AWAY_STATES
