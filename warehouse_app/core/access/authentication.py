"""Who is at the command line: the operator named there, proven by their PIN when they have one.

The GUI's rule, for a door with no one watching: a person with a PIN always gives it
(``--pin-stdin`` or ``$WAREHOUSE_PIN``); a name never seen before is added (as staff) only
to receive goods; an operator without a PIN may do only what staff may, until they set one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import update
from sqlalchemy.orm import Session

from warehouse_app.core.access.operators import clean_station, find_operator, get_or_add_operator, verify_pin
from warehouse_app.core.context import Actor
from warehouse_app.db.models import Operator
from warehouse_app.kernel.errors import BadInput, NotAllowed, NotFound

T = TypeVar("T")
DEMO_OPERATOR = "Demo"


def authenticate(session: Session, name: str, station: str, pin: Callable[[], str | None], *,
                 may_add: bool = False) -> Actor:
    """The actor for ``name`` at ``station``; ``pin`` is asked only when the operator has one.

    ``may_add``: the command receives goods, so a new name becomes a staff member (as at a
    station's start-up); any other command refuses a name it does not know."""
    station = clean_station(station)
    try:
        person = find_operator(session, name)
    except NotFound:
        if not may_add:
            raise NotFound("There is no operator {name}; a manager adds them with: "
                           "warehouse-app operator add \"{name}\" --role ROLE.", name=" ".join(name.split())) from None
        return Actor(get_or_add_operator(session, name).id, station, verified=False)
    if not person.active:
        raise NotAllowed("{name} is retired; a manager can bring them back with: "
                         "warehouse-app operator restore \"{name}\".", name=person.name)
    if not person.has_pin:
        return Actor(person.id, station, verified=False)
    given = pin()
    if not given:
        raise BadInput("{name} has a PIN: give it with --pin-stdin or in WAREHOUSE_PIN.", name=person.name)
    verify_pin(session, person.name, given)
    return Actor(person.id, station, verified=True)


def as_demo(session: Session, station: str, work: Callable[[Actor], T]) -> T:
    """Run the demo warehouse's loading as its own operator, "Demo": a manager while it loads
    (it packs, loads and counts like staff of every role would), retired in the same
    transaction, so no one can sign in as it afterwards. The demo loads only into an empty
    database, where the person at the keyboard may not yet be anyone."""
    demo = get_or_add_operator(session, DEMO_OPERATOR, "manager")
    session.execute(update(Operator).where(Operator.id == demo.id).values(role="manager", active=True))
    done = work(Actor(demo.id, clean_station(station) if station.strip() else "demo"))
    session.execute(update(Operator).where(Operator.id == demo.id).values(active=False))
    return done
