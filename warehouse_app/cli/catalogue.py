"""``warehouse-app item`` and ``category``: the catalogue of goods and its category tree."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from warehouse_app.cli.output import print_json, print_table
from warehouse_app.kernel.errors import BadInput

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from warehouse_app.cli.runtime import Handler
    from warehouse_app.core.catalogue.items import ItemInfo
    from warehouse_app.db.database import Database


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    item = sub.add_parser("item", help="the catalogue of goods").add_subparsers(dest="action", required=True, metavar="ACTION")
    add = item.add_parser("add", help="add a kind of goods")
    add.add_argument("--name", required=True)
    add.add_argument("--category", required=True, help="a path like 'Food/Canned food' or a code like FOOD.CANNED")
    add.add_argument("--unit", required=True, help="pcs, kg, l, pack, pair or set (or a common word: szt., Each, шт, Stück…)")
    add.add_argument("--barcode", action="append", default=[], help="EAN/UPC/GTIN; CODE:N for a case of N units")
    add.add_argument("--weight-kg", help="weight of one unit in kg")
    add.add_argument("--tracks-expiry", action="store_true", help="every receipt needs an expiry date")
    add.add_argument("--min-stock", help="warn when stock falls below this")
    add.add_argument("--size")
    add.add_argument("--gender", help="male, female, unisex or child")
    _goods_arguments(add)
    lst = item.add_parser("list", help="list items")
    lst.add_argument("--category")
    lst.add_argument("--search")
    lst.add_argument("--archived", action="store_true", help="include archived items")
    lst.add_argument("--json", action="store_true")
    show = item.add_parser("show", help="one item with its barcodes and lots")
    show.add_argument("item", help="barcode, label code, #number or exact name")
    show.add_argument("--json", action="store_true")
    edit = item.add_parser("edit", help="change an item")
    edit.add_argument("item")
    for flag in ("--name", "--category", "--unit", "--weight-kg", "--min-stock", "--size", "--gender"):
        edit.add_argument(flag)
    edit.add_argument("--tracks-expiry", choices=("yes", "no"))
    _goods_arguments(edit, clear=' ("" clears it)')
    arch = item.add_parser("archive", help="hide an item from intake and lists (its history stays)")
    arch.add_argument("item")
    arch.add_argument("--restore", action="store_true")
    bc = item.add_parser("barcode", help="attach another barcode to an item")
    bc.add_argument("item")
    bc.add_argument("code")
    bc.add_argument("--pack", default="1", help="units one scan of this code means (a case of 12: 12)")

    cat = sub.add_parser("category", help="the category tree").add_subparsers(dest="action", required=True, metavar="ACTION")
    clist = cat.add_parser("list")
    clist.add_argument("--json", action="store_true")
    cadd = cat.add_parser("add")
    cadd.add_argument("--code", required=True)
    cadd.add_argument("--parent")
    cadd.add_argument("--name-en")
    cadd.add_argument("--name-pl")
    cadd.add_argument("--name-uk")
    cadd.add_argument("--hs-code")
    cadd.add_argument("--min-shelf-life-days", type=int)


def _goods_arguments(parser: argparse.ArgumentParser, clear: str = "") -> None:
    """The names in other languages and the customs and value data, shared by add and edit."""
    parser.add_argument("--name-uk", help="the name in Ukrainian, printed on the border papers" + clear)
    parser.add_argument("--name-en", help="the name in English" + clear)
    parser.add_argument("--hs-code", help="the item's own HS code, instead of its category's" + clear)
    parser.add_argument("--origin", help="country of origin, two letters such as PL or DE" + clear)
    parser.add_argument("--value", help="declared value of one unit, e.g. 12.50" + clear)
    parser.add_argument("--currency", choices=("PLN", "EUR"), type=str.upper, help="the value's currency (PLN)")


def _goods_values(args: argparse.Namespace) -> dict[str, Any]:
    return {"name_uk": args.name_uk, "name_en": args.name_en, "hs_code": args.hs_code,
            "origin_country": args.origin, "unit_value": args.value, "value_currency": args.currency}


def _item_rows(items: list[ItemInfo]) -> list[tuple[Any, ...]]:
    return [
        (i.id, i.name, i.category_path, i.unit, i.unit_weight_kg, "yes" if i.tracks_expiry else "", i.min_stock,
         " ".join(b.gtin.lstrip("0") if b.pack_qty == 1 else f"{b.gtin}:{b.pack_qty.normalize():f}" for b in i.barcodes),
         i.internal_code)
        for i in items
    ]


def _print_goods_details(item: ItemInfo) -> None:
    value = f"{item.unit_value:.2f} {item.value_currency}" if item.unit_value is not None else ""
    hs = item.hs_code or (f"{item.category_hs_code} (category)" if item.category_hs_code else "")
    for label, text in (("name uk", item.name_uk), ("name en", item.name_en), ("HS code", hs),
                        ("origin", item.origin_country), ("value per unit", value)):
        if text:
            print(f"{label}: {text}")


ITEM_HEADERS = ["#", "name", "category", "unit", "kg/unit", "expiry", "min", "barcodes", "label"]


def cmd_item(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.catalogue import items as catalogue
    from warehouse_app.core.stock import query as stock_query

    if args.action in ("list", "show"):
        with db.read() as session:
            if args.action == "list":
                if args.search:
                    items = catalogue.search_items(session, args.search, limit=10_000, include_archived=args.archived)
                else:
                    items = catalogue.list_items(session, args.category, include_archived=args.archived)
                lots = None
            else:
                items = [catalogue.find_item(session, args.item)]
                lots = stock_query.item_lots(session, items[0].id)
        if args.json:
            print_json(items if lots is None else {"item": items[0], "lots": lots})
        else:
            print_table(ITEM_HEADERS, _item_rows(items), numeric=(0, 4, 6))
            if lots is not None:
                _print_goods_details(items[0])
                print()
                print_table(["expiry", "lot", "location", "quantity"],
                            [(lot.expiry, lot.lot_code, lot.location, lot.quantity) for lot in lots], numeric=(3,))
        return 0
    with db.write() as session:
        if args.action == "add":
            item = catalogue.add_item(
                session, name=args.name, category=args.category, unit=args.unit, barcodes_=args.barcode,
                unit_weight_kg=args.weight_kg, tracks_expiry=args.tracks_expiry, min_stock=args.min_stock,
                size=args.size, gender=args.gender, **_goods_values(args),
            )
            verb = "Added"
        elif args.action == "edit":
            changes = {k: v for k, v in {
                "name": args.name, "category": args.category, "unit": args.unit, "unit_weight_kg": args.weight_kg,
                "min_stock": args.min_stock, "size": args.size, "gender": args.gender, **_goods_values(args),
            }.items() if v is not None}
            if args.tracks_expiry:
                changes["tracks_expiry"] = args.tracks_expiry == "yes"
            if not changes:
                raise BadInput("Say what to change, e.g. --name or --min-stock.")
            item = catalogue.edit_item(session, catalogue.find_item(session, args.item).id, **changes)
            verb = "Changed"
        elif args.action == "archive":
            item = catalogue.edit_item(session, catalogue.find_item(session, args.item).id, archived=not args.restore)
            verb = "Restored" if args.restore else "Archived"
        else:
            item = catalogue.attach_barcode(session, catalogue.find_item(session, args.item).id, args.code, args.pack)
            verb = "Added a barcode to"
    print(f"{verb} item #{item.id} {item.name} ({item.category_path}, {item.unit}), label {item.internal_code}")
    return 0


def cmd_category(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.catalogue import categories

    if args.action == "add":
        with db.write() as session:
            cat = categories.add_category(
                session, code=args.code, parent=args.parent, name_en=args.name_en, name_pl=args.name_pl,
                name_uk=args.name_uk, hs_code=args.hs_code, min_shelf_life_days=args.min_shelf_life_days,
            )
        print(f"Added category {cat.code}: {cat.path(args.lang)}")
        return 0
    with db.read() as session:
        tree = categories.list_categories(session)
    if args.json:
        print_json(tree)
    else:
        print_table(["code", "category", "HS", "min shelf life (days)"],
                    [(c.code, "  " * c.depth + c.name(args.lang), c.hs_code, c.min_shelf_life_days) for c in tree])
    return 0


HANDLERS: dict[str, Handler] = {"item": cmd_item, "category": cmd_category}
