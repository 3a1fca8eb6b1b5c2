"""One PIN try's outcome and the sentence a door says for it (no database here, so the
command line's error handling can name ``PinRefused`` without loading SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_app.kernel.errors import BadInput, Conflict, WarehouseError

FREE_TRIES = 3
FIRST_WAIT = 5  # seconds, doubled at every further wrong try
LONGEST_WAIT = 15 * 60


@dataclass(frozen=True)
class PinAttempt:
    """How one try went. ``ok``: the right PIN. ``heard`` False: refused unheard, the person
    still has ``wait`` seconds to wait. ``wait``: seconds before the next try is heard."""

    operator_id: int
    name: str
    ok: bool
    heard: bool = True
    has_pin: bool = True
    wait: int = 0
    failures: int = 0  # wrong tries in a row before this one

    def refusal(self) -> WarehouseError | None:
        """The sentence a door shows for this try (None: let them in)."""
        if self.ok:
            return None
        if not self.has_pin:
            return BadInput("{name} has no PIN yet; set one first.", name=self.name)
        if not self.heard:
            return Conflict("Too many wrong PINs for {name}; try again in {seconds} s.",
                            name=self.name, seconds=self.wait)
        if self.wait:
            return BadInput("Wrong PIN for {name}; the next try is possible in {seconds} s.",
                            name=self.name, seconds=self.wait)
        return BadInput("Wrong PIN for {name}.", name=self.name)


class PinRefused(BadInput):
    """A refused try raised inside a transaction that will roll back: the door records
    ``attempt`` in one of its own (``record_attempt``) and then says ``refusal()``."""

    def __init__(self, attempt: PinAttempt) -> None:
        refusal = attempt.refusal()
        assert refusal is not None
        super().__init__(refusal.template, **refusal.params)
        self.exit_code = refusal.exit_code
        self.attempt = attempt


def wait_after(failures: int) -> int:
    """Seconds before the next try after ``failures`` wrong ones in a row."""
    if failures < FREE_TRIES:
        return 0
    return int(min(LONGEST_WAIT, FIRST_WAIT * 2 ** min(failures - FREE_TRIES, 20)))
