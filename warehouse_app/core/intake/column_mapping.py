"""Column mappings remembered per source, in the shared database.

A donor who sends the same sheet every month, or a partner exporting from their own
system, sends the same headers each time. Once a manager has said which column is
which (``--map`` or the import dialog) and imported, the mapping is kept under the
sheet's header *signature* (``documents.sheet_columns.signature``: the set of its titled
headers) in the ``setting`` table, so it comes back on every station and at the next
import of such a sheet, whoever opens it. Only the user's own choices are kept (header ->
field, or "" for a column not imported); what the app recognises by itself is not.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.context import Actor
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import Setting
from warehouse_app.kernel.errors import BadInput

_PREFIX = "import_map."
_SIGNATURE = re.compile(r"[0-9a-f]{40}")
MAX_COLUMNS = 500  # more than any sheet a person makes; a bound on what is stored
MAX_TEXT = 200  # a header or a field name, normalised


def _key(signature: str) -> str:
    if not _SIGNATURE.fullmatch(signature):
        raise BadInput("“{signature}” is not a sheet's header signature.", signature=signature)
    return _PREFIX + signature


def saved_mapping(session: Session, signature: str) -> dict[str, str]:
    """The mapping remembered for sheets with these headers ({} when none)."""
    text = session.scalar(select(Setting.value).where(Setting.key == _key(signature)))
    if not text:
        return {}
    try:
        stored = json.loads(text)
    except ValueError:
        return {}  # a damaged setting is as good as none: the user maps the sheet again
    if not isinstance(stored, dict):
        return {}
    return {str(k): str(v) for k, v in stored.items() if isinstance(k, str) and isinstance(v, str)}


def remember_mapping(session: Session, actor: Actor, signature: str, mapping: Mapping[str, str]) -> None:
    """Keep ``mapping`` (normalised header -> field, or "" for not imported) for sheets with
    these headers, replacing what was kept; an empty mapping forgets it. A manager's act, as
    the import it goes with."""
    roles.require(session, actor, roles.IMPORT)
    key = _key(signature)
    if len(mapping) > MAX_COLUMNS or any(len(k) > MAX_TEXT or len(v) > MAX_TEXT for k, v in mapping.items()):
        raise BadInput("A column mapping can name at most {n} columns of {length} characters.", n=MAX_COLUMNS,
                       length=MAX_TEXT)
    if not mapping:
        session.execute(delete(Setting).where(Setting.key == key))
        return
    value = json.dumps(dict(sorted(mapping.items())), ensure_ascii=False)
    stmt = insert_for(session, Setting).values(key=key, value=value)
    session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))


#: The fields each import reads, in the order a mapping offers them (the rows' keys in imports.py).
ITEM_FIELDS = ("name", "category", "unit", "barcode", "weight_kg", "tracks_expiry", "min_stock", "name_uk", "name_en",
               "hs_code", "origin_country", "unit_value", "value_currency", "case_barcode", "pack_count")
DONATION_FIELDS = ("barcode", "name", "quantity", "pack_count", "expiry", "lot", "donor")
FIELDS_BY_KIND = {"items": ITEM_FIELDS, "donation": DONATION_FIELDS}
