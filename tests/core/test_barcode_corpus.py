"""Real-world barcode strings (tests/data/barcodes.json, each with its source) through the
real receive service on both databases: each is received with the right item, quantity,
expiry and lot, or refused with its sentence and nothing written."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.instore import set_instore_layout
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement
from warehouse_app.kernel.errors import BadInput, NotFound, WarehouseError

CORPUS = json.loads((Path(__file__).parent.parent / "data" / "barcodes.json").read_text(encoding="utf-8"))
KINDS: dict[str, type[WarehouseError]] = {"BadInput": BadInput, "NotFound": NotFound}


def _id(case: dict[str, Any]) -> str:
    return f"{case['expect']}:{case['code']!r}:{case.get('layout') or ''}:{case.get('scans') or ''}"


def test_the_corpus_is_big_and_cited() -> None:
    cases = CORPUS["cases"]
    assert len(cases) >= 80 and all(case["source"] for case in cases)
    assert len({_id(case) for case in cases}) == len(cases)


@pytest.fixture
def catalogue_items(db: Database) -> dict[str, str]:
    """Every item of the corpus; key -> name."""
    with db.write() as s:
        for item in CORPUS["items"]:
            catalogue.add_item(s, name=item["name"], category="FOOD.CANNED", unit=item["unit"],
                               barcodes_=[(code, pack) for code, pack in item["barcodes"]])
    return {item["key"]: item["name"] for item in CORPUS["items"]}


def _ledger_rows(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


@pytest.mark.parametrize("case", CORPUS["cases"], ids=_id)
def test_real_codes_through_receive(db: Database, actor: Actor, catalogue_items: dict[str, str],
                                    case: dict[str, Any]) -> None:
    if case.get("layout"):
        with db.write() as s:
            set_instore_layout(s, case["layout"])
    before = _ledger_rows(db)
    if case["expect"] == "refused":
        with pytest.raises(KINDS[case["kind"]]) as info:
            with db.write() as s:
                receive(s, actor, case["code"], qty=case.get("scans"), donor="Corpus", allow_expired=True)
        assert case["error"] in info.value.message, info.value.message
        assert "Failed to" not in info.value.message and "pattern" not in info.value.message
        assert _ledger_rows(db) == before
        return
    with db.write() as s:
        result = receive(s, actor, case["code"], qty=case.get("scans"), donor="Corpus", allow_expired=True)
    expiry = date.fromisoformat(case["expiry"]) if case["expiry"] else None
    assert (result.item_name, result.quantity, result.expiry, result.lot_code) == (
        catalogue_items[case["item"]], Decimal(case["quantity"]), expiry, case["lot"])
    assert _ledger_rows(db) == before + 1
