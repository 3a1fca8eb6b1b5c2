"""Choosing who works: a name from the list or a new one; never an empty name."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from warehouse_app.core.access.operators import OperatorInfo
from warehouse_app.ui.widgets.operator_dialog import OperatorDialog

PEOPLE = [OperatorInfo(1, "Anna Nowak", "manager", True), OperatorInfo(2, "Olena Kovalenko", "staff", True)]


def test_last_operator_is_preselected_and_a_typed_name_wins(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = OperatorDialog(PEOPLE, "intake-1", last_name="Olena Kovalenko")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.new_name.setText("  Piotr   Wiśniewski ")
    dialog.accept()
    assert dialog.chosen_name == "Piotr Wiśniewski"


def test_no_name_cannot_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = OperatorDialog([], "intake-1")
    qtbot.addWidget(dialog)
    dialog.new_name.setText("   ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert dialog.chosen_name == "" and dialog.result() == 0
