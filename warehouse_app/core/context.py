"""Who did it and where: stamped on every movement."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    operator_id: int
    station: str
