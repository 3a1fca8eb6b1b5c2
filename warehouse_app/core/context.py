"""Who did it and where: stamped on every movement."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    operator_id: int
    station: str
    # False when the door could not check who this is (the CLI, for an operator without a
    # PIN): such an actor may do only what staff may (core/access/roles.require).
    verified: bool = True
