"""A truck's load as plain data (core/packing_data.py), read from the ledger.

Before dispatch the load is the stock now lying in the truck's subtree; after it, the
dispatch rows of that shipment (less any reversed), so a dispatched truck's packing
list can still be printed and always equals what left the stock. Packages are the
boxes, and the pallets that carry goods directly, numbered 1/N … N/N in a stable order:
by pallet (the pallet's own goods first, then its boxes), then loose-standing boxes,
each group in the order the containers were made.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.core.shipping._rows import (
    find_container,
    find_shipment,
    packing_lines,
    path_ids,
    shipment_of_path,
    subtree_lines,
)
from warehouse_app.core.shipping.packing_data import (
    CategoryName,
    CategorySummary,
    MissingWeight,
    Package,
    PackingLine,
    PackingList,
    Totals,
    TruckInfo,
)
from warehouse_app.core.shipping.warehouse import max_payload_kg, warehouse_details
from warehouse_app.db.models import Container, Location, Shipment
from warehouse_app.kernel.errors import NotFound

_MILLI = Decimal("0.001")


def truck_info(session: Session, row: Shipment) -> TruckInfo:
    """The truck's details; its payload limit, or the warehouse's when it has none of its own."""
    limit = row.max_payload_kg if row.max_payload_kg is not None else max_payload_kg(session)
    return TruckInfo(
        number=row.number, status=row.status, recipient=row.recipient, recipient_address=row.recipient_address,
        city=row.city, country=row.country, contact=row.contact, driver=row.driver, driver_phone=row.driver_phone,
        vehicle_plate=row.vehicle_plate, trailer_plate=row.trailer_plate, seal_number=row.seal_number,
        planned_departure=row.planned_departure, aid_registration_code=row.aid_registration_code, notes=row.notes,
        dispatched_at=row.dispatched_at, max_payload_kg=limit,
    )


def _places(session: Session, path: str) -> dict[int, tuple[Location, Container | None]]:
    return {place.id: (place, box) for place, box in session.execute(
        select(Location, Container).outerjoin(Container, Container.location_id == Location.id)
        .where(Location.path.startswith(path)))}


def _order(place: Location, places: dict[int, tuple[Location, Container | None]]) -> tuple[int, int, int]:
    parent = places.get(place.parent_id or 0)
    if place.kind == "box" and parent is not None and parent[0].kind == "pallet":
        return (parent[0].id, 1, place.id)
    return (place.id, 0, place.id)


def _known(lines: list[PackingLine] | tuple[PackingLine, ...]) -> Decimal:
    """The net weight of the lines that have one."""
    return sum((line.net_kg for line in lines if line.net_kg is not None), Decimal(0))


def _package(place: Location, box: Container | None, parent: Location | None, lines: list[PackingLine],
             seq: int = 0, of: int = 0) -> Package:
    net = _known(lines)
    weighed = box is not None and box.gross_kg is not None
    return Package(
        seq=seq, of=of, label_code=place.code, kind=place.kind, name=place.name, lines=tuple(lines), net_kg=net,
        gross_kg=box.gross_kg if box is not None and box.gross_kg is not None else net, weighed=weighed,
        on_pallet=parent.code if parent is not None and parent.kind == "pallet" else None,
        sealed=box is not None and box.sealed_at is not None,
    )


def _packages(session: Session, path: str) -> tuple[tuple[Package, ...], list[PackingLine], dict[int, tuple[Location, Container | None]]]:
    """Numbered packages in the subtree at ``path`` and the lines lying loose at its top."""
    places = _places(session, path)
    packages, loose = packages_from(places, packing_lines(session, subtree_lines(session, path)), path_ids(path)[-1])
    return packages, loose, places


def packages_from(places: dict[int, tuple[Location, Container | None]], lines: list[tuple[int, PackingLine]],
                  top: int) -> tuple[tuple[Package, ...], list[PackingLine]]:
    """``_packages`` of the places in a subtree and its lines (location id, line) as read:
    the numbered packages, and the lines lying loose at ``top``."""
    by_place: dict[int, list[PackingLine]] = defaultdict(list)
    for location_id, line in lines:
        by_place[location_id].append(line)
    loose = [line for pid, lines in by_place.items() if pid == top or places[pid][1] is None for line in lines]
    holders = sorted((places[pid][0] for pid in by_place if pid != top and places[pid][1] is not None),
                     key=lambda p: _order(p, places))
    packages = tuple(
        _package(place, places[place.id][1], places.get(place.parent_id or 0, (None, None))[0],
                 by_place[place.id], seq, len(holders))
        for seq, place in enumerate(holders, start=1)
    )
    return packages, loose


def _shares(gross: Decimal, weights: dict[str, Decimal], weighed: bool, complete: bool) -> dict[str, Decimal]:
    """A package's gross weight shared out over its categories by net weight (to the gram,
    the rounding left on the last; equally when the net weights are not all known); an
    unweighed package's gross is its (known) net, exactly."""
    if not weighed:
        return dict(weights)
    codes = sorted(weights)
    total = sum(weights.values(), Decimal(0))
    shares: dict[str, Decimal] = {}
    for code in codes[:-1]:
        part = weights[code] / total if total and complete else Decimal(1) / len(codes)
        shares[code] = (gross * part).quantize(_MILLI)
    shares[codes[-1]] = gross - sum(shares.values(), Decimal(0))
    return shares


def missing_weights(packages: tuple[Package, ...], loose: list[PackingLine] | tuple[PackingLine, ...]
                    ) -> tuple[MissingWeight, ...]:
    """Lines without a weight that no weighed box covers, in packing-list order."""
    found = [MissingWeight(p.label_code, line) for p in packages if not p.weighed for line in p.lines
             if line.net_kg is None]
    return tuple(found + [MissingWeight("", line) for line in loose if line.net_kg is None])


def summarise(packages: tuple[Package, ...], loose: list[PackingLine]) -> tuple[tuple[CategorySummary, ...], Totals]:
    """The customs summary by category and the totals, from the packages and loose lines.

    Each package counts once, under its main category; loose goods count as loose pieces;
    so every column of the summary adds up to its total (see core/packing_data.py)."""
    names: dict[str, CategoryName] = {}
    count: dict[str, int] = defaultdict(int)
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * 5)  # pieces, kg goods, net, gross, loose
    net_missing: set[str] = set()
    gross_missing: set[str] = set()

    def add(line: PackingLine, covered: bool) -> None:
        code = line.category.code
        names[code] = line.category
        figures = sums[code]
        figures[0 if line.unit in WHOLE_UNITS else 1] += line.quantity
        if line.net_kg is None:
            net_missing.add(code)
            if not covered:
                gross_missing.add(code)
        else:
            figures[2] += line.net_kg

    for package in packages:
        nets: dict[str, Decimal] = defaultdict(Decimal)
        for line in package.lines:
            add(line, package.weighed)
            nets[line.category.code] += line.net_kg or 0
        for code, share in _shares(package.gross_kg, nets, package.weighed, package.net_complete).items():
            sums[code][3] += share
        main = package.main_category
        if main is not None:
            count[main.code] += 1
    for line in loose:
        add(line, False)
        sums[line.category.code][3] += line.net_kg or 0
        if line.unit in WHOLE_UNITS:
            sums[line.category.code][4] += line.quantity
    summary = tuple(
        CategorySummary(names[c], count[c], pieces=sums[c][0], kg_goods=sums[c][1], net_kg=sums[c][2],
                        gross_kg=sums[c][3], loose_pieces=sums[c][4], net_incomplete=c in net_missing,
                        gross_incomplete=c in gross_missing)
        for c in sorted(names))
    every = [line for p in packages for line in p.lines] + loose
    totals = Totals(
        packages=len(packages),
        pieces=sum((line.quantity for line in every if line.unit in WHOLE_UNITS), Decimal(0)),
        net_kg=_known(every),
        gross_kg=sum((p.gross_kg for p in packages), Decimal(0)) + _known(loose),
        loose_pieces=sum((line.quantity for line in loose if line.unit in WHOLE_UNITS), Decimal(0)),
        net_incomplete=bool(net_missing), gross_incomplete=bool(gross_missing),
    )
    return summary, totals


def load_of(
    session: Session, row: Shipment,
) -> tuple[tuple[Package, ...], tuple[PackingLine, ...], tuple[CategorySummary, ...], Totals]:
    """A truck's packages, loose goods, summary by category and totals."""
    load = session.get(Location, row.load_location_id)
    assert load is not None
    packages, loose, _ = _packages(session, load.path)
    summary, totals = summarise(packages, loose)
    return packages, tuple(loose), summary, totals


def packing_list(session: Session, truck: str, *, document_date: date | None = None) -> PackingList:
    row = find_shipment(session, truck)
    packages, loose, summary, totals = load_of(session, row)
    load = session.get(Location, row.load_location_id)
    assert load is not None
    pallets = tuple(session.scalars(select(Location.code).where(
        Location.path.startswith(load.path), Location.kind == "pallet").order_by(Location.id)))
    return PackingList(
        truck=truck_info(session, row), sender=warehouse_details(session),
        document_date=document_date or date.today(), packages=packages, loose=loose, summary=summary,
        totals=totals, pallets=pallets, missing_weight=missing_weights(packages, loose),
    )


def _whole(session: Session, place: Location, box: Container | None, numbered: dict[str, Package]) -> Package:
    """A label's view of a container: everything in or on it (a pallet's boxes included),
    numbered as on its truck's packing list (0 for a pallet carrying only boxes)."""
    inner, direct, _ = _packages(session, place.path)
    parent = session.get(Location, place.parent_id) if place.parent_id else None
    parts = list(inner) + ([_package(place, box, parent, direct)] if direct else [])
    own = numbered.get(place.code)
    return Package(
        seq=own.seq if own else 0, of=len(numbered), label_code=place.code, kind=place.kind, name=place.name,
        lines=tuple(line for p in parts for line in p.lines), net_kg=sum((p.net_kg for p in parts), Decimal(0)),
        gross_kg=sum((p.gross_kg for p in parts), Decimal(0)), weighed=bool(parts) and all(p.weighed for p in parts),
        on_pallet=parent.code if parent is not None and parent.kind == "pallet" else None,
        sealed=box is not None and box.sealed_at is not None,
    )


def label_packages(session: Session, ref: str) -> tuple[TruckInfo | None, tuple[Package, ...]]:
    """What the labels for a box, a pallet (its boxes, then itself) or a truck (every box and
    pallet on it) show; seq/of are the numbers on the truck's packing list, 0 off a truck."""
    try:
        place, box = find_container(session, ref)
        row = shipment_of_path(session, place.path)
    except NotFound:
        row = find_shipment(session, ref)
        place = None
    numbered = {p.label_code: p for p in load_of(session, row)[0]} if row is not None else {}
    info = truck_info(session, row) if row is not None else None
    top = place if place is not None else session.get(Location, row.load_location_id) if row is not None else None
    assert top is not None
    inside = [(loc, cont) for loc, cont in _places(session, top.path).values()
              if cont is not None and (place is None or loc.id != place.id)]
    inside.sort(key=lambda pair: (numbered[pair[0].code].seq if pair[0].code in numbered else 10**9, pair[0].id))
    labels = [_whole(session, loc, cont, numbered) for loc, cont in inside]
    if place is not None:
        labels.append(_whole(session, place, box, numbered))
    return info, tuple(labels)
