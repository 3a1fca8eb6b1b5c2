"""Choosing who works: a name from the list or a new one; never an empty name."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from warehouse_app.core.access.operators import OperatorInfo
from warehouse_app.ui.widgets.operator_dialog import OperatorDialog

PEOPLE = [OperatorInfo(1, "Anna Nowak", "manager", True), OperatorInfo(2, "Olena Kovalenko", "staff", True)]


def test_last_operator_is_preselected_and_a_typed_name_wins(qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = OperatorDialog(PEOPLE, "intake-1", last_name="Olena Kovalenko")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.new_name.setText("  Piotr   Wiśniewski ")
    dialog.accept()
    assert dialog.chosen_name == "Piotr Wiśniewski"


def test_no_name_cannot_start(qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = OperatorDialog([], "intake-1")
    qtbot.addWidget(dialog)
    dialog.new_name.setText("   ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert dialog.chosen_name == "" and dialog.result() == 0


def test_a_badge_scan_chooses_its_person_and_goods_are_held_with_one_sentence(qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = OperatorDialog(PEOPLE, "intake-1")
    qtbot.addWidget(dialog)
    assert dialog.take_scan("5901234123457") is False  # held by the scan hub for intake
    assert dialog.message.text() == ("5901234123457 is a goods barcode, not a badge: it is kept and will be "
                                     "received once someone is working.")
    assert dialog.result() == 0 and dialog.chosen_name == "" and dialog.new_name.text() == ""
    assert dialog.take_scan("op2") is True
    assert dialog.result() == 1 and dialog.chosen_badge == "OP000002" and dialog.chosen_name == ""


def test_a_badge_with_the_scanners_symbology_prefix_chooses_its_person(qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = OperatorDialog(PEOPLE, "intake-1")
    qtbot.addWidget(dialog)
    assert dialog.take_scan("]C0OP000002") is True
    assert dialog.result() == 1 and dialog.chosen_badge == "OP000002"


def test_the_first_start_asks_the_station_name(qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = OperatorDialog(PEOPLE, "laptop-7", "Olena Kovalenko", ask_station=True)
    qtbot.addWidget(dialog)
    assert dialog.station_name is not None and dialog.station_name.text() == "laptop-7"
    dialog.station_name.setText("  ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.take_scan("OP000001") and dialog.result() == 0  # not without a station name
    dialog.station_name.setText(" Intake   1 ")
    dialog.accept()
    assert dialog.chosen_station == "Intake 1" and dialog.chosen_name == "Olena Kovalenko"
