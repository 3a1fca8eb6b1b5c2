"""The sender's goods in the hub's catalogue: match each truck-file item, or add it.

Two warehouses keep separate catalogues, so an item is matched by what both can know:

1. a GTIN (the barcode printed on the goods) that the hub has on an item of the same unit;
2. the sender's internal code (IT000042), but only when the hub's item with that code has
   the same name and unit: internal codes are numbered per database, so IT000042 at the
   hub is usually another item altogether;
3. the same name (any case) and unit;
4. else the item is added: names in Polish, Ukrainian and English, unit, unit weight, expiry
   tracking, customs data, the GTINs the hub does not use yet, under the category with
   the same code, else its nearest parent code, else the same name, else Other.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.arrival.envelope import dec_text
from warehouse_app.core.arrival.truck_file import FileItem
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue.categories import list_categories
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.shipping.packing_data import CategoryName
from warehouse_app.db.models import Barcode, Item

FALLBACK_CATEGORIES = ("OTHER.MISC", "OTHER")


def _category_code(session: Session, wanted: CategoryName) -> str:
    tree = list_categories(session)
    codes = {c.code for c in tree}
    parts = wanted.code.split(".")
    for n in range(len(parts), 0, -1):
        if ".".join(parts[:n]) in codes:
            return ".".join(parts[:n])
    for cat in tree:
        if (cat.name_pl.casefold(), cat.name_en.casefold()) == (wanted.pl.casefold(), wanted.en.casefold()):
            return cat.code
    for code in FALLBACK_CATEGORIES:
        if code in codes:
            return code
    return tree[0].code


def _same(item: Item, wanted: FileItem) -> bool:
    return item.unit == wanted.unit and item.name.casefold() == wanted.name.casefold()


def match_item(session: Session, wanted: FileItem) -> int | None:
    """The hub's item for these goods, if it has one (see the module's rules)."""
    gtins = [gtin for gtin, _ in wanted.gtins]
    if gtins:
        found = session.scalars(select(Item).join(Barcode, Barcode.item_id == Item.id)
                                .where(Barcode.gtin.in_(gtins), Item.unit == wanted.unit).order_by(Item.id)).first()
        if found is not None:
            return found.id
    if wanted.internal_code:
        coded = session.scalar(select(Item).where(Item.internal_code == wanted.internal_code))
        if coded is not None and _same(coded, wanted):
            return coded.id
    return session.scalars(select(Item.id).where(func.lower(Item.name) == wanted.name.lower(),
                                                 Item.unit == wanted.unit)
                           .order_by(Item.archived, Item.id)).first()


def hub_item(session: Session, wanted: FileItem, category: CategoryName) -> tuple[int, bool]:
    """The hub's item id for these goods, and whether it was added just now."""
    found = match_item(session, wanted)
    if found is not None:
        return found, False
    used = set(session.scalars(select(Barcode.gtin).where(Barcode.gtin.in_([g for g, _ in wanted.gtins]))))
    codes = [(gtin, dec_text(pack)) for gtin, pack in wanted.gtins  # (a GTIN that is not one is left out)
             if gtin not in used and barcodes.is_valid_gtin(gtin) and pack == pack.to_integral_value()]
    added = add_item(
        session, name=wanted.name, category=_category_code(session, category), unit=wanted.unit, barcodes_=codes,
        unit_weight_kg=wanted.unit_weight_kg, tracks_expiry=wanted.tracks_expiry, name_uk=wanted.name_uk,
        name_en=wanted.name_en, hs_code=wanted.hs_code, origin_country=wanted.origin_country,
    )
    return added.id, True
