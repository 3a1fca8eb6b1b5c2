"""Intake, driven as a volunteer would: scans, typed quantities, expiry, undo, the donation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.db.database import Database
from warehouse_app.db.models import Donation, Donor, Lot, Movement, StockLevel
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.intake.screen import IntakeScreen
from warehouse_app.ui.widgets.expiry_dialog import ExpiryDialog

SOAP = "5901234123457"
BEANS_BODY = "590000000001"
BEANS = BEANS_BODY + gtin_check_digit(BEANS_BODY)


@pytest.fixture
def screen(db: Database, ctx: AppContext, qtbot: QtBot) -> IntakeScreen:  # type: ignore[no-untyped-def]
    with db.write() as s:
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        catalogue.add_item(s, name="Fasola konserwowa 400 g", category="FOOD.CANNED", unit="pcs",
                           barcodes_=[BEANS], tracks_expiry=True)
    widget = IntakeScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.activated()
    ctx.runner.wait()
    return widget


def scan(qtbot: QtBot, screen: IntakeScreen, code: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(screen.received, timeout=10_000):
        screen.handle_scan(code)


def on_hand(db: Database) -> Decimal:
    with db.read() as s:
        return s.scalar(select(func.coalesce(func.sum(StockLevel.quantity), 0))) or Decimal(0)


def test_scan_commits_at_once_and_repeats_add_up_on_one_line(db: Database, screen: IntakeScreen, qtbot: QtBot) -> None:
    scan(qtbot, screen, SOAP)
    assert on_hand(db) == 1
    assert screen.panel.headline.text() == "Mydło w kostce 100 g"
    assert "+1" in screen.panel.quantity.text()
    assert screen.feedback.played[-1] == "scan_ok"
    scan(qtbot, screen, SOAP)
    assert on_hand(db) == 2
    assert screen.lines_model.rowCount() == 1
    assert screen.lines_model.index(0, 1).data() == "2"
    assert screen.header.donation is not None and screen.header.donation.number.startswith("D-")


def test_quantity_typed_before_the_scan_and_corrected_after(db: Database, screen: IntakeScreen, qtbot: QtBot) -> None:
    qtbot.keyClicks(screen.qty, "12")
    scan(qtbot, screen, SOAP)
    assert on_hand(db) == 12 and screen.qty.text() == ""
    qtbot.keyClicks(screen.qty, "10")
    qtbot.keyClick(screen.qty, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.lines_model.rowCount() == 1 and screen.lines_model.index(0, 1).data() == "10")
    assert on_hand(db) == 10
    with db.read() as s:
        kinds = list(s.scalars(select(Movement.kind).order_by(Movement.id)))
    assert kinds == ["receive", "reversal", "receive"]


def test_expiry_is_asked_for_and_typed_fast(db: Database, screen: IntakeScreen, qtbot: QtBot, monkeypatch) -> None:
    asked: list[str] = []

    def answer(dialog: ExpiryDialog) -> None:
        asked.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.field, "311227")
        assert dialog.value == date(2027, 12, 31)
        dialog.accept()

    monkeypatch.setattr(ExpiryDialog, "open", answer)
    scan(qtbot, screen, BEANS)
    assert asked and on_hand(db) == 1
    with db.read() as s:
        assert s.scalar(select(Lot.expiry).join(StockLevel, StockLevel.lot_id == Lot.id)) == date(2027, 12, 31)


def test_gs1_expiry_lot_and_count_need_no_questions(db: Database, screen: IntakeScreen, qtbot: QtBot, monkeypatch) -> None:
    monkeypatch.setattr(ExpiryDialog, "open", lambda self: pytest.fail("no dialog expected"))
    scan(qtbot, screen, f"]C101{'0' + BEANS}17271130" + "10L42\x1d3724")
    assert on_hand(db) == 24
    assert "L42" in screen.panel.details.text() and "2027-11-30" in screen.panel.details.text()


def test_a_refused_scan_is_red_loud_and_changes_nothing(db: Database, screen: IntakeScreen, qtbot: QtBot) -> None:
    with qtbot.waitSignal(screen.refused) as refused:
        screen.handle_scan("5901234123458")
    assert "check digit" in refused.args[0]
    assert screen.panel.state == "error" and screen.feedback.played[-1] == "scan_error"
    assert screen.ctx.messages.kind == "error" and "check digit" in screen.ctx.messages.label.text()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Movement)) == 0
        assert s.scalar(select(func.count()).select_from(Donation)) == 0


def test_cancelled_expiry_receives_nothing(db: Database, screen: IntakeScreen, qtbot: QtBot, monkeypatch) -> None:
    monkeypatch.setattr(ExpiryDialog, "open", ExpiryDialog.reject)
    with qtbot.waitSignal(screen.refused):
        screen.handle_scan(BEANS)
    assert on_hand(db) == 0


def test_undo_last_scan_is_an_audited_reversal(db: Database, screen: IntakeScreen, qtbot: QtBot) -> None:
    scan(qtbot, screen, SOAP)
    screen.undo_last()
    qtbot.waitUntil(lambda: screen.lines_model.rowCount() == 0)
    assert on_hand(db) == 0 and screen.panel.state == "undo"
    with db.read() as s:
        rows = s.execute(select(Movement.kind, Movement.reason).order_by(Movement.id)).all()
    assert rows[-1] == ("reversal", "scan undone at intake")


def test_donation_header_and_close(db: Database, screen: IntakeScreen, qtbot: QtBot, monkeypatch) -> None:
    screen.header.donor.setEditText("Parafia św. Jana")
    screen.header.donor.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: screen.header.donation is not None and screen.header.donation.donor == "Parafia św. Jana")
    scan(qtbot, screen, SOAP)
    first = screen.header.donation
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.header.close_button.click()
    qtbot.waitUntil(lambda: screen.header.donation is None)
    with db.read() as s:
        assert s.scalar(select(Donation.status).where(Donation.id == first.id)) == "closed"
        assert s.scalar(select(Donor.name)) == "Parafia św. Jana"
    scan(qtbot, screen, SOAP)
    assert screen.header.donation.id != first.id


def _name_new_item(qtbot: QtBot, name: str, category_filter: str, tracks_expiry: bool):  # type: ignore[no-untyped-def]
    from tests.ui.keyboard import type_text

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        type_text(dialog.name, name)
        type_text(dialog.picker.filter, category_filter)
        qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)
        dialog.unit.setCurrentIndex(dialog.unit.findData("pcs"))
        dialog.expiry.setChecked(tracks_expiry)
        dialog.submit()  # saves, then closes itself: its answer goes on from there

    return fill


def test_unknown_barcode_is_named_and_received_in_one_go(db: Database, screen: IntakeScreen, qtbot: QtBot,
                                                         monkeypatch) -> None:
    from warehouse_app.ui.widgets.item_dialog import ItemDialog

    unknown = "4006381333931"
    monkeypatch.setattr(ItemDialog, "open", _name_new_item(qtbot, "Świeca podgrzewacz", "gospodar", False))
    qtbot.keyClicks(screen.qty, "3")
    scan(qtbot, screen, unknown)
    assert on_hand(db) == 3 and screen.panel.headline.text() == "Świeca podgrzewacz"
    with db.read() as s:
        item = catalogue.find_item(s, unknown)
    assert item.category_code.startswith("HOUSEHOLD") and item.barcodes[0].gtin == "0" + unknown


def test_unknown_expiry_tracked_goods_are_saved_then_asked_for_a_date(db: Database, screen: IntakeScreen, qtbot: QtBot,
                                                                     monkeypatch) -> None:
    from warehouse_app.ui.widgets.item_dialog import ItemDialog

    unknown = "4006381333931"
    monkeypatch.setattr(ItemDialog, "open", _name_new_item(qtbot, "Konserwa rybna 170 g", "konserw", True))

    def date_typed(dialog: ExpiryDialog) -> None:
        dialog.field.setText("06/2027")
        dialog.accept()

    monkeypatch.setattr(ExpiryDialog, "open", date_typed)
    scan(qtbot, screen, unknown)
    assert on_hand(db) == 1 and "2027-06-30" in screen.panel.details.text()


def test_declining_the_new_item_receives_nothing(db: Database, screen: IntakeScreen, qtbot: QtBot, monkeypatch) -> None:
    from warehouse_app.ui.widgets.item_dialog import ItemDialog

    monkeypatch.setattr(ItemDialog, "open", ItemDialog.reject)
    with qtbot.waitSignal(screen.refused) as refused:
        screen.handle_scan("4006381333931")
    assert "not added" in refused.args[0] and on_hand(db) == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Movement)) == 0


def test_donation_lines_model_passes_the_model_tester(db: Database, screen: IntakeScreen, qtbot: QtBot,
                                                      qtmodeltester) -> None:
    scan(qtbot, screen, SOAP)
    qtmodeltester.check(screen.lines_model)


def test_a_donation_closed_elsewhere_does_not_block_scanning(db: Database, screen: IntakeScreen, qtbot: QtBot) -> None:
    from warehouse_app.core.intake.donations import close_donation

    scan(qtbot, screen, SOAP)
    shown = screen.header.donation
    with db.write() as s:  # a coordinator closes it from another station
        close_donation(s, shown.number)
    scan(qtbot, screen, SOAP)
    assert screen.header.donation.id != shown.id and screen.header.donation.status == "open"
    assert screen.lines_model.rowCount() == 1 and screen.lines_model.index(0, 1).data() == "1"
    assert on_hand(db) == 2


def test_a_rename_elsewhere_shows_in_the_lines_but_its_own_scans_do_not_reload(db: Database, screen: IntakeScreen,
                                                                               qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    from warehouse_app.ui.base.tasks import Change, Op

    scan(qtbot, screen, SOAP)
    item_id = screen.undo_stack[-1].item_id
    elsewhere = QObject()  # the catalogue screen, say
    renamed = "Mydło szare 100 g"
    with qtbot.waitSignal(screen.ctx.runner.changed, timeout=10_000):
        Op(elsewhere, lambda s: catalogue.edit_item(s, item_id, name=renamed), write=True,
           changes=Change.CATALOGUE).run(screen.ctx.runner)
    qtbot.waitUntil(lambda: screen.lines_model.index(0, 0).data() == renamed)
    reloads: list[object] = []
    screen.ctx.runner.busy_changed.connect(reloads.append)
    scan(qtbot, screen, SOAP)  # its own write answers with the lines: no second read follows
    screen.ctx.runner.wait()
    qtbot.wait(50)
    assert reloads == [True, False] and screen.lines_model.index(0, 1).data() == "2"


def test_expired_goods_are_asked_about_and_no_receives_nothing(db: Database, screen: IntakeScreen, qtbot: QtBot,
                                                               monkeypatch) -> None:
    expired = f"010{BEANS}17200101"  # GS1: the beans, expiry 2020-01-01
    asked: list[tuple[str, object]] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, buttons, default: asked.append((text, default)) or answer)
    with qtbot.waitSignal(screen.refused, timeout=10_000) as blocker:
        screen.handle_scan(expired)
    assert "expired on 2020-01-01" in asked[0][0] and asked[0][1] == QMessageBox.StandardButton.No
    assert "not received" in str(blocker.args[0]) and on_hand(db) == 0
    answer = QMessageBox.StandardButton.Yes
    scan(qtbot, screen, expired)
    assert on_hand(db) == 1 and len(asked) == 2
    with db.read() as s:
        assert s.scalar(select(Lot.expiry)) == date(2020, 1, 1)


def test_goods_without_a_unit_weight_are_received_with_one_line_saying_so(db: Database, ctx: AppContext,
                                                                          screen: IntakeScreen, qtbot: QtBot) -> None:
    scan(qtbot, screen, SOAP)  # the soap was added without a unit weight
    assert on_hand(db) == 1 and screen.panel.headline.text() == "Mydło w kostce 100 g"
    assert ctx.messages.kind == "warning"
    assert ctx.messages.label.text() == ("Mydło w kostce 100 g has no unit weight: add it in the Catalogue (F4), "
                                         "or the truck papers cannot weigh it.")
    with db.write() as s:
        item = catalogue.find_item(s, SOAP)
        catalogue.edit_item(s, item.id, unit_weight_kg="0.1")
    ctx.messages.clear()
    scan(qtbot, screen, SOAP)
    assert on_hand(db) == 2 and ctx.messages.label.text() == ""


def test_a_scan_changes_its_one_row_of_the_lines_never_the_whole_table(db: Database, screen: IntakeScreen,
                                                                      qtbot: QtBot) -> None:
    """A scan typed into the code field (real keys) inserts or updates the one line it
    changed; the table is never reset, so a long donation costs a scan no more than a short one."""
    from PySide6.QtTest import QSignalSpy

    from warehouse_app.core.intake.scanning import donation_view

    towel = "590000000002" + gtin_check_digit("590000000002")
    with db.write() as s:
        catalogue.add_item(s, name="Ręcznik 50x90", category="HYGIENE", unit="pcs", barcodes_=[towel])
    scan(qtbot, screen, SOAP)  # the first scan opens the donation: that one is shown whole
    model = screen.lines_model
    spies = {name: QSignalSpy(getattr(model, name)) for name in
             ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "dataChanged")}

    def counts() -> dict[str, int]:
        return {name: spy.count() for name, spy in spies.items()}

    def typed_scan(code: str) -> None:
        with qtbot.waitSignal(screen.received, timeout=10_000):
            qtbot.keyClicks(screen.code, code)
            qtbot.keyClick(screen.code, Qt.Key.Key_Return)

    typed_scan(SOAP)  # the same line again: one row's data changed, nothing else
    assert counts() == {"modelReset": 0, "layoutChanged": 0, "rowsInserted": 0, "rowsRemoved": 0, "dataChanged": 1}
    top_left, bottom_right = spies["dataChanged"].at(0)[:2]
    assert (top_left.row(), bottom_right.row()) == (0, 0) and model.index(0, 1).data() == "2"

    typed_scan(towel)  # a new line: one row inserted where a full read puts it; the old highlight repainted
    assert counts() == {"modelReset": 0, "layoutChanged": 0, "rowsInserted": 1, "rowsRemoved": 0, "dataChanged": 2}
    assert spies["rowsInserted"].at(0)[1:] == [1, 1]
    repaint = spies["dataChanged"].at(1)
    assert (repaint[0].row(), repaint[1].row()) == (0, 0) and Qt.ItemDataRole.DisplayRole not in repaint[2]
    assert model.highlight_item == screen.undo_stack[-1].item_id
    assert screen.lines_title.text().endswith("2 lines")

    screen.undo_last()  # the towel's only scan undone: its row goes, the rest stays
    qtbot.waitUntil(lambda: spies["rowsRemoved"].count() == 1)
    assert spies["rowsRemoved"].at(0)[1:] == [1, 1] and spies["modelReset"].count() == 0
    assert model.rowCount() == 1 and model.index(0, 1).data() == "2"
    with db.read() as s:
        assert screen.header.donation is not None
        assert tuple(model.lines) == donation_view(s, screen.header.donation.id).lines  # as a full read has it
