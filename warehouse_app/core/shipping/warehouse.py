"""The sender printed on every truck's documents, and the payload a truck may carry.

Kept in the shared ``setting`` table so every station prints the same letterhead.
"""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from warehouse_app.core.quantities import parse_decimal
from warehouse_app.core.shipping.packing_data import WarehouseDetails
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import Setting
from warehouse_app.db.prepared import Prepared
from warehouse_app.kernel.errors import BadInput

_FIELDS = {"name": 200, "address": 500, "tax_id": 40, "contact": 200}  # field: longest text kept
_PREFIX = "warehouse."
_PAYLOAD = "warehouse.max_payload_kg"
_UID = "warehouse_uid"


def _get(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def _put(session: Session, key: str, value: str | None) -> None:
    if value is None:
        session.execute(delete(Setting).where(Setting.key == key))
        return
    stmt = insert_for(session, Setting).values(key=key, value=value)
    session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))


def warehouse_details(session: Session) -> WarehouseDetails:
    rows = dict(session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(_PREFIX))).all())
    return WarehouseDetails(**{f: rows.get(_PREFIX + f, "") for f in _FIELDS})


def set_warehouse_details(
    session: Session, *, name: str | None = None, address: str | None = None,
    tax_id: str | None = None, contact: str | None = None,
) -> WarehouseDetails:
    """Change the fields given (None leaves one as it is; an empty text clears it)."""
    for field, value in (("name", name), ("address", address), ("tax_id", tax_id), ("contact", contact)):
        if value is None:
            continue
        # An address keeps its line breaks; the one-line fields are tidied.
        text = value.strip() if field == "address" else " ".join(value.split())
        if len(text) > _FIELDS[field]:
            raise BadInput("The warehouse {field} can be at most {n} characters long.",
                           field=field.replace("_", " "), n=_FIELDS[field])
        _put(session, _PREFIX + field, text)
    return warehouse_details(session)


def parse_payload(kg: str | Decimal | None) -> Decimal | None:
    """A maximum payload in kg: positive, or None (empty) for no limit."""
    if kg is None or (isinstance(kg, str) and not kg.strip()):
        return None
    value = parse_decimal(kg, "maximum payload")
    if value <= 0 or value > 100_000:
        raise BadInput("A maximum payload must be between 0 and 100000 kg, not {kg}.", kg=kg)
    return value


def max_payload_kg(session: Session) -> Decimal | None:
    return payload_of(_get(session, _PAYLOAD))


# The warehouse's payload limit as stored, to read with other facts (``payload_of`` reads it).
PAYLOAD_READ = (Prepared(select(Setting.value).where(Setting.key == bindparam("key"))), {"key": _PAYLOAD})


def payload_of(stored: str | None) -> Decimal | None:
    return Decimal(stored) if stored else None


def set_max_payload_kg(session: Session, kg: str | Decimal | None) -> None:
    value = parse_payload(kg)
    _put(session, _PAYLOAD, None if value is None else f"{value.normalize():f}")


def warehouse_uid(session: Session) -> str:
    """This warehouse's own random id (a UUID), made on first use and kept in settings.

    Truck files carry it, so a receiving hub can tell senders apart and a sender can tell
    that an arrival confirmation answers one of its own trucks. Made in the caller's
    transaction: call it in a write (a read's new id would be rolled back)."""
    found = _get(session, _UID)
    if found:
        return found
    session.execute(insert_for(session, Setting).values(key=_UID, value=str(uuid4())).on_conflict_do_nothing())
    made = _get(session, _UID)  # ours, or a concurrent station's
    assert made is not None
    return made
