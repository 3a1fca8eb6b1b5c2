"""How long a typed name or detail may be: one limit per kind of text, refused with a
sentence when longer, never cut silently (a cut name no longer says what was typed)."""

from __future__ import annotations

from warehouse_app.kernel.errors import BadInput

OPERATOR_NAME = 120
DONOR_NAME = 200
ITEM_NAME = 200
CATEGORY_NAME = 120
LOCATION_NAME = 120
STATION_NAME = 64
DONOR_ADDRESS = 500
DONOR_CITY = 120
DONOR_CONTACT = 200
DONATION_SOURCE = 200
ITEM_SIZE = 16


def at_most(text: str, longest: int, template: str) -> str:
    """``text`` as it is, or ``BadInput(template)`` (a template with ``{n}``, the limit, and
    ``{length}``, what was typed) when it is longer than ``longest`` characters."""
    if len(text) > longest:
        raise BadInput(template, n=longest, length=len(text))
    return text
