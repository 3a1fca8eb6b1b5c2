"""A donor's details for their receipt: address and tax id (NIP), set once, printed on
every receipt after. Donors are made by name at intake (``donations.find_or_add_donor``);
here their details are read and changed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core import lengths
from warehouse_app.core.intake.donations import find_or_add_donor
from warehouse_app.db.models import Donor
from warehouse_app.kernel.errors import BadInput, NotFound

_NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)


@dataclass(frozen=True)
class DonorInfo:
    id: int
    name: str
    city: str | None
    contact: str | None
    address: str | None
    tax_id: str | None


def _info(row: Donor) -> DonorInfo:
    return DonorInfo(row.id, row.name, row.city, row.contact, row.address, row.tax_id)


def clean_tax_id(text: str | None) -> str | None:
    """A Polish NIP (10 digits, with or without "PL", dashes or spaces) is checked by its
    check digit and kept as ten digits; another country's tax id is kept as written."""
    raw = " ".join((text or "").split())
    if not raw:
        return None
    compact = raw.upper().replace("-", "").replace(" ", "")
    digits = compact[2:] if compact.startswith("PL") else compact
    if digits.isdigit() and (len(digits) == 10 or compact.startswith("PL")):
        check = sum(int(d) * w for d, w in zip(digits, _NIP_WEIGHTS)) % 11
        if len(digits) != 10 or check == 10 or check != int(digits[9]):
            raise BadInput("{nip} is not a valid NIP (ten digits with a check digit).", nip=raw)
        return digits
    if len(raw) > 20:
        raise BadInput("A tax id can be at most 20 characters long.")
    return raw


def get_donor(session: Session, name: str) -> DonorInfo:
    row = session.scalar(select(Donor).where(func.lower(Donor.name) == " ".join(name.split()).lower()))
    if row is None:
        raise NotFound("There is no donor {name}.", name=name)
    return _info(row)


def list_donors(session: Session) -> list[DonorInfo]:
    return [_info(row) for row in session.scalars(select(Donor).order_by(func.lower(Donor.name)))]


def set_donor_details(
    session: Session, name: str, *, address: str | None = None, tax_id: str | None = None,
    city: str | None = None, contact: str | None = None,
) -> DonorInfo:
    """Set what is given ("" clears it); a donor not known yet is added by this name."""
    row = session.get_one(Donor, find_or_add_donor(session, name))
    if address is not None:
        row.address = lengths.at_most("\n".join(line.strip() for line in address.strip().splitlines() if line.strip()),
                                      lengths.DONOR_ADDRESS, template="A donor's address can be at most {n} characters long (this one has {length}).") or None
    if tax_id is not None:
        row.tax_id = clean_tax_id(tax_id)
    if city is not None:
        row.city = lengths.at_most(" ".join(city.split()), lengths.DONOR_CITY,
                                   template="A donor's city can be at most {n} characters long (this one has {length}).") or None
    if contact is not None:
        row.contact = lengths.at_most(" ".join(contact.split()), lengths.DONOR_CONTACT,
                                      template="A donor's contact can be at most {n} characters long (this one has {length}).") or None
    session.flush()
    return _info(row)
