"""Typed search text is matched literally (issue 17): ``%`` and ``_`` are characters, a lone
backslash is no error (PostgreSQL refused it as a LIKE escape). And a sentence never
echoes a control character from the input. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from warehouse_app.core.catalogue.items import add_item, search_items
from warehouse_app.core.catalogue.search import search_page
from warehouse_app.core.intake.donations import find_or_add_donor, search_donors
from warehouse_app.core.stock import browse
from warehouse_app.core.stock.query import stock_by_item
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import BadInput, NotFound
from warehouse_app.kernel.safe_text import one_line

NAMES = ("Koc 100% wełna", "Mydło_do_rąk", "Ścierka \\ ręcznik", "Koc 1000 wełna", "Mydło do rąk")


@pytest.fixture
def named(db: Database) -> Database:
    with db.write() as s:
        for name in NAMES:
            add_item(s, name=name, category="FOOD.CANNED", unit="pcs")
            find_or_add_donor(s, name)
    return db


@pytest.mark.parametrize(("typed", "found"), [("%", ["Koc 100% wełna"]), ("100%", ["Koc 100% wełna"]),
                                              ("_", ["Mydło_do_rąk"]), ("o_d", ["Mydło_do_rąk"]),
                                              ("\\", ["Ścierka \\ ręcznik"]), ("%_\\", [])])
def test_wildcards_and_backslash_are_searched_literally(named: Database, typed: str, found: list[str]) -> None:
    with named.read() as s:
        assert [i.name for i in search_items(s, typed)] == found
        assert [i.name for i in search_page(s, typed).items] == found
        assert sorted(search_donors(s, typed)) == found


def test_stock_search_is_literal_too(named: Database) -> None:
    with named.read() as s:
        assert stock_by_item(s, search="%") == [] and stock_by_item(s, search="\\") == []  # no goods; no error
        for typed in ("%", "_", "\\", "ą"):  # the stock browser, whole catalogue: one item each
            assert browse.count_items(s, browse.BrowseFilter(search=typed, in_stock_only=False)) \
                == (2 if typed == "ą" else 1), typed


def test_a_control_character_is_shown_escaped_in_a_sentence(db: Database) -> None:
    from warehouse_app.core.access.operators import find_operator

    with db.read() as s, pytest.raises(NotFound) as refused:
        find_operator(s, "Ann\x1b[2J\x07a")
    assert refused.value.message == "There is no operator Ann\\x1b[2J\\x07a."
    assert refused.value.params["name"] == "Ann\\x1b[2J\\x07a"  # the GUI's translation gets it escaped too
    assert BadInput("{x}", x="\x9b31m").message == "\\x9b31m"
    assert one_line("a\x1bb") == "a\\x1bb"
