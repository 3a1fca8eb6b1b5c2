"""The Stock screen on a real database: lazy table, filters, refresh after stock changes, manager actions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, select

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.catalogue.categories import resolve_category
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.browse import BrowseFilter
from warehouse_app.core.stock.changes import move
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.database import Database
from warehouse_app.db.models import Item, Movement, StockLevel
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.tasks import Change, ChangeNotice, Op
from warehouse_app.ui.screens.stock import StockScreen
from warehouse_app.ui.screens.stock.category_model import CATEGORY_ID_ROLE
from warehouse_app.ui.screens.stock.item_model import PLACEHOLDER, StockTableModel

TODAY = date.today()


def ean(n: int) -> str:
    body = f"5900000{n:05d}"
    return body + gtin_check_digit(body)


MEAT, RICE, SOAP = ean(1), ean(2), ean(3)


@pytest.fixture
def stock(db: Database, actor: Actor) -> None:
    """Canned meat (one lot expired, one soon), rice, and soap below its minimum, part of it on a rack."""
    with db.write() as s:
        add_location(s, name="Rack A-01", kind="bin", parent="Storage")
        catalogue.add_item(s, name="Canned meat 300 g", category="FOOD.CANNED", unit="pcs", barcodes_=[MEAT],
                           unit_weight_kg="0.330", tracks_expiry=True, min_stock=10)
        catalogue.add_item(s, name="Rice 1 kg", category="FOOD.DRY", unit="pcs", barcodes_=[RICE],
                           unit_weight_kg="1", tracks_expiry=True)
        catalogue.add_item(s, name="Soap 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP],
                           unit_weight_kg="0.1", min_stock=20)
        receive(s, actor, MEAT, qty=12, expiry=TODAY + timedelta(days=200))
        receive(s, actor, MEAT, qty=3, expiry=TODAY - timedelta(days=2), allow_expired=True)
        receive(s, actor, RICE, qty=7, expiry=TODAY + timedelta(days=10))
        receive(s, actor, SOAP, qty=8)
        move(s, actor, SOAP, 3, "Receiving", "Rack A-01")


def shown_screen(ctx: AppContext, qtbot: QtBot) -> StockScreen:  # type: ignore[no-untyped-def]
    screen = StockScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1280, 760)
    screen.show()
    screen.activated()
    qtbot.waitUntil(lambda: screen.tree_model.rowCount() == 1 and screen.table_model.loaded_pages() == [0])
    return screen


def settle(ctx: AppContext, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """Every read and write done and its answer delivered, before the widgets go."""
    ctx.runner.wait()
    qtbot.waitUntil(lambda: not ctx.runner.busy)


def table_names(screen: StockScreen) -> list[str]:
    model = screen.table_model
    return [model.index(row, StockTableModel.NAME).data() for row in range(model.rowCount())]


def ledger(db: Database) -> list[tuple[str, Decimal, str | None]]:
    with db.read() as s:
        return [(m.kind, m.quantity, m.reason) for m in s.scalars(select(Movement).order_by(Movement.id))]


def test_models_pass_the_model_tester(ctx: AppContext, stock, qtbot: QtBot, qtmodeltester) -> None:
    screen = shown_screen(ctx, qtbot)
    qtmodeltester.check(screen.tree_model)
    qtmodeltester.check(screen.table_model)
    root = screen.tree_model.root_index()
    assert root.data() == "All categories" and root.siblingAtColumn(1).data() == "30"
    assert table_names(screen) == ["Canned meat 300 g", "Rice 1 kg", "Soap 100 g"]
    assert [name for name, _ in screen.chart.values][:2] == ["Baby and child products", "Bedding and sleeping gear"]
    settle(ctx, qtbot)


@pytest.fixture
def many_items(db: Database) -> Iterator[int]:
    """500 catalogue items (none in stock), inserted in one go."""
    with db.write() as s:
        food = resolve_category(s, "FOOD").id
        s.execute(insert(Item), [{"name": f"Item {n:03d}", "category_id": food, "unit": "pcs",
                                  "tracks_expiry": False, "archived": False} for n in range(500)])
    yield 500


def test_the_table_loads_pages_only_when_they_are_looked_at(ctx: AppContext, many_items, qtbot: QtBot,
                                                              qtmodeltester) -> None:
    model = StockTableModel(ctx.runner, page_size=200, max_pages=2)
    with qtbot.waitSignal(model.count_changed):
        model.set_filter(BrowseFilter(in_stock_only=False))
    assert model.rowCount() == 500 and model.loaded_pages() == [0]
    assert model.index(199, 0).data() == "Item 199"
    assert model.index(450, 0).data() == PLACEHOLDER  # not here yet: asked for, shown as "…"
    qtbot.waitUntil(lambda: 2 in model.loaded_pages())
    assert model.loaded_pages() == [0, 2]
    assert model.index(450, 0).data() == "Item 450"
    model.index(250, 0).data()
    qtbot.waitUntil(lambda: 1 in model.loaded_pages())
    assert len(model.loaded_pages()) == 2  # the least recently used page made room
    qtmodeltester.check(model)
    settle(ctx, qtbot)


def test_search_as_you_type(ctx: AppContext, stock, qtbot: QtBot) -> None:
    screen = shown_screen(ctx, qtbot)
    qtbot.keyClicks(screen.search, "RICE")
    qtbot.waitUntil(lambda: table_names(screen) == ["Rice 1 kg"])
    assert screen.count_label.text() == "1 item"
    screen.search.clear()
    qtbot.waitUntil(lambda: len(table_names(screen)) == 3)
    settle(ctx, qtbot)


def test_selecting_a_category_shows_its_subtree(ctx: AppContext, stock, qtbot: QtBot) -> None:
    screen = shown_screen(ctx, qtbot)
    with ctx.runner.db.read() as s:
        food = resolve_category(s, "FOOD").id
    index = screen.tree_model.index_of(food)
    assert index.data(CATEGORY_ID_ROLE) == food and index.siblingAtColumn(1).data() == "22"
    screen.tree.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: table_names(screen) == ["Canned meat 300 g", "Rice 1 kg"])
    screen.in_stock.setChecked(False)  # the whole catalogue of the category: still only food
    qtbot.waitUntil(lambda: screen.table_model.filter.in_stock_only is False)
    qtbot.waitUntil(lambda: table_names(screen) == ["Canned meat 300 g", "Rice 1 kg"])
    screen.tree.selectionModel().setCurrentIndex(screen.tree_model.root_index(),
                                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: len(table_names(screen)) == 3)
    settle(ctx, qtbot)


def test_rows_are_highlighted(ctx: AppContext, stock, qtbot: QtBot) -> None:
    screen = shown_screen(ctx, qtbot)
    model = screen.table_model
    meat_expiry = model.index(0, StockTableModel.EXPIRY)
    assert meat_expiry.data() == (TODAY - timedelta(days=2)).isoformat()
    assert meat_expiry.data(Qt.ItemDataRole.BackgroundRole) is not None  # expired: red
    rice_expiry = model.index(1, StockTableModel.EXPIRY)
    assert rice_expiry.data(Qt.ItemDataRole.BackgroundRole).color() != meat_expiry.data(
        Qt.ItemDataRole.BackgroundRole).color()  # within 30 days: amber
    assert model.index(2, StockTableModel.NAME).data(Qt.ItemDataRole.BackgroundRole) is not None  # soap below minimum
    assert model.index(1, StockTableModel.NAME).data(Qt.ItemDataRole.BackgroundRole) is None
    settle(ctx, qtbot)


def stock_notice(notice: ChangeNotice) -> bool:
    return notice.touches(Change.STOCK)


def test_a_receive_elsewhere_shows_up_after_its_change_notice(ctx: AppContext, actor: Actor, stock, qtbot: QtBot) -> None:
    screen = shown_screen(ctx, qtbot)
    rice_row = table_names(screen).index("Rice 1 kg")
    screen.table.selectRow(rice_row)
    qtbot.waitUntil(lambda: screen.detail.detail is not None and screen.detail.detail.item.name == "Rice 1 kg")
    receive_rice = Op(None, lambda s: receive(s, actor, RICE, qty=5, expiry=TODAY + timedelta(days=300)),
                      write=True, changes=Change.STOCK)  # as another station's screen would
    with qtbot.waitSignal(ctx.runner.changed, check_params_cb=stock_notice):
        receive_rice.run(ctx.runner)
    root = screen.tree_model.root_index()
    qtbot.waitUntil(lambda: root.siblingAtColumn(1).data() == "35")
    qtbot.waitUntil(lambda: screen.table_model.index(rice_row, StockTableModel.QUANTITY).data() == "12")
    qtbot.waitUntil(lambda: screen.detail.lots.rowCount() == 2)
    food = dict(screen.chart.values)["Food"]
    assert food == Decimal("16.950")  # 15 x 0.33 kg + 12 x 1 kg, a bar of the chart
    settle(ctx, qtbot)


def test_a_scan_shows_the_item(ctx: AppContext, stock, qtbot: QtBot) -> None:
    screen = shown_screen(ctx, qtbot)
    with qtbot.waitSignal(screen.detail.loaded):
        screen.handle_scan(SOAP)
    assert screen.detail.title.text() == "Soap 100 g"
    assert [screen.detail.lots.item(r, 2).text() for r in range(2)] == ["Receiving", "Rack A-01"]
    assert screen.detail.facts["codes"].text() == SOAP
    settle(ctx, qtbot)


def test_a_manager_records_a_stocktake(manager_ctx: AppContext, db: Database, stock, qtbot: QtBot) -> None:
    screen = shown_screen(manager_ctx, qtbot)
    assert screen.stocktake_button.isEnabled()
    dialog = screen.open_stocktake()
    assert dialog is not None
    receiving = next(n for n in range(dialog.place.count()) if dialog.place.itemData(n).name == "Receiving")
    with qtbot.waitSignal(dialog.list_loaded):
        dialog.place.setCurrentIndex(receiving)
    assert [line.lot.item_name for line in dialog.model.lines] == [
        "Canned meat 300 g", "Canned meat 300 g", "Rice 1 kg", "Soap 100 g"]
    for _ in range(2):  # the scanner keeps working while the dialog is open
        with qtbot.waitSignal(dialog.scan_counted):
            screen.handle_scan(SOAP)
    soap = dialog.model.lines[3]
    assert (soap.lot.expected, soap.counted) == (5, 2)
    rice = dialog.model.index(2, dialog.model.COUNTED)
    assert not dialog.model.setData(rice, "seven")  # not a number: refused, said in one sentence
    assert "number" in dialog.messages.text()
    assert dialog.model.setData(rice, "7")  # counted, but the same: no adjustment
    before = len(ledger(db))
    qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)  # no reason yet
    qtbot.waitUntil(lambda: "reason" in dialog.messages.text())
    assert len(ledger(db)) == before
    qtbot.keyClicks(dialog.reason, "monthly count")
    with qtbot.waitSignal(manager_ctx.runner.changed, check_params_cb=stock_notice), \
            qtbot.waitSignal(dialog.recorded) as recorded:
        qtbot.mouseClick(dialog.record_button, Qt.MouseButton.LeftButton)
    assert recorded.args == [1]
    assert ledger(db)[-1] == ("adjust", 3, "monthly count")
    assert len(ledger(db)) == before + 1
    with db.read() as s:
        soap_total = s.scalar(select(func.sum(StockLevel.quantity)).join(Item).where(Item.name == "Soap 100 g"))
    assert soap_total == 5  # 2 counted at Receiving + 3 on the rack
    assert "Stocktake of Receiving recorded" in manager_ctx.messages.text()
    settle(manager_ctx, qtbot)


def test_staff_cannot_count_or_write_off(ctx: AppContext, db: Database, stock, qtbot: QtBot) -> None:
    screen = shown_screen(ctx, qtbot)
    assert not screen.stocktake_button.isEnabled()
    assert "manager" in screen.stocktake_button.toolTip()
    assert screen.open_stocktake() is None
    assert "Only a manager" in ctx.messages.text()
    with qtbot.waitSignal(screen.detail.loaded):
        screen.handle_scan(SOAP)
    assert not screen.detail.write_off_button.isEnabled()
    assert screen.open_write_off() is None
    assert [kind for kind, _, _ in ledger(db)].count("adjust") == 0
    settle(ctx, qtbot)


def test_write_off_needs_a_reason_and_enough_stock(manager_ctx: AppContext, db: Database, stock, qtbot: QtBot) -> None:
    screen = shown_screen(manager_ctx, qtbot)
    with qtbot.waitSignal(screen.detail.loaded):
        screen.handle_scan(MEAT)
    dialog = screen.open_write_off()
    assert dialog is not None
    before = ledger(db)
    dialog.quantity.setText("2")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.messages.text() == "A write-off needs a reason.")
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))  # "other" without saying what is no reason
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(manager_ctx, qtbot)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled())
    assert dialog.messages.text() == "A write-off needs a reason."
    dialog.reason.setCurrentIndex(dialog.reason.findData("expired"))
    dialog.quantity.setText("16")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "left" in dialog.messages.text())  # not enough stock: one sentence
    assert "\n" not in dialog.messages.text()
    assert ledger(db) == before
    expired = next(n for n in range(dialog.lot.count()) if dialog.lot.itemData(n)
                   and dialog.lot.itemData(n)[0] == TODAY - timedelta(days=2))
    dialog.lot.setCurrentIndex(expired)
    dialog.quantity.setText("3")
    with qtbot.waitSignal(dialog.written_off):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert ledger(db)[-1] == ("write_off", 3, "expired")
    qtbot.waitUntil(lambda: screen.detail.lots.rowCount() == 1)
    settle(manager_ctx, qtbot)
