"""Who may work here and as what: add people, change roles, retire or bring back, set or
reset a PIN. Managers only; each service checks the role again in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.access.operators import OperatorInfo
from warehouse_app.documents.jobs import badges_job
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel
from warehouse_app.ui.base.message_bar import MessageBar
from warehouse_app.ui.base.tasks import Op
from warehouse_app.ui.operations.operators import add_person, give_role, operators, reset_pin, set_working
from warehouse_app.ui.screens.settings.common import button, note
from warehouse_app.ui.widgets.pin_dialog import PinDialog

NAME, ROLE, WORKING, PIN = range(4)


class OperatorsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorsPage")
        self.ctx = ctx
        self.operators: list[OperatorInfo] = []
        self.roles = {"staff": self.tr("staff"), "loader": self.tr("loader"), "manager": self.tr("manager")}
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "Staff receive and move goods; loaders also load trucks; managers also write off, count stock, "
            "change settings and manage people. A manager types a PIN at start."), self))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("operatorTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Works here"), self.tr("PIN")])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ROLE, WORKING, PIN):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.role_choice = self._role_combo("roleChoice")
        self.role_button = button(self, self.tr("Give this role"), "giveRole", self.change_role)
        self.active_button = button(self, self.tr("Retire"), "retire", self.toggle_active)
        self.pin_button = button(self, self.tr("Set or reset PIN\u2026"), "setPin", self.choose_pin)
        self.badge_button = button(self, self.tr("Print badges for those chosen\u2026"), "printBadge",
                                   lambda: self.print_badges(True))
        actions.addWidget(QLabel(self.tr("The person chosen above:"), self))
        for widget in (self.role_choice, self.role_button, self.active_button, self.pin_button, self.badge_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)

        adding = QGroupBox(self.tr("Add a person"), self)
        add_row = QHBoxLayout(adding)
        self.new_name = QLineEdit(adding)
        self.new_name.setObjectName("newName")
        self.new_name.setPlaceholderText(self.tr("First and last name"))
        self.new_role = self._role_combo("newRole")
        add_button = button(self, self.tr("Add"), "addOperator", self.add)
        self.new_name.returnPressed.connect(self.add)
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.new_role)
        add_row.addWidget(add_button)
        layout.addWidget(adding)
        badges_row = QHBoxLayout()
        badges_row.addWidget(note(self.tr(
            "A badge carries the person's name, role and a barcode: scanning it at start logs them in "
            "(a manager still types the PIN)."), self), 1)
        badges_row.addWidget(button(self, self.tr("Print badges for everyone\u2026"), "printBadges",
                                    lambda: self.print_badges(False)))
        layout.addLayout(badges_row)
        self.export_panel = ExportPanel(ctx, self)
        layout.addWidget(self.export_panel)
        self.messages = MessageBar(self)
        layout.addWidget(self.messages)
        self._update_buttons()
        self.reload()

    def _role_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, text in self.roles.items():
            combo.addItem(text, code)
        return combo

    def reload(self, select: str | None = None) -> None:
        operators(self, include_inactive=True).success(lambda ops: self._show(ops, select)) \
            .failure(self.messages.error).run(self.ctx.runner)

    def _show(self, operators: list[OperatorInfo], select: str | None) -> None:
        keep = select or (self.selected().name if self.selected() else None)
        self.operators = operators
        self.table.setRowCount(len(operators))
        for index, op in enumerate(operators):
            cells = (op.name, self.roles.get(op.role, op.role), self.tr("yes") if op.active else self.tr("retired"),
                     self.tr("set") if op.has_pin else self.tr("none"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not op.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(index, column, item)
            if op.name == keep:
                self.table.selectRow(index)
        self._update_buttons()

    def chosen(self) -> list[OperatorInfo]:
        """Everyone chosen in the table (Ctrl or Shift and a click chooses several), in its order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.operators[row] for row in rows if row < len(self.operators)]

    def selected(self) -> OperatorInfo | None:
        """The one person the role, retire and PIN buttons act on (None unless exactly one is chosen)."""
        chosen = self.chosen()
        return chosen[0] if len(chosen) == 1 else None

    def _update_buttons(self) -> None:
        op = self.selected()
        for widget in (self.role_button, self.active_button, self.pin_button, self.role_choice):
            widget.setEnabled(op is not None)
        self.badge_button.setEnabled(any(person.active for person in self.chosen()))
        if op is not None:
            self.active_button.setText(self.tr("Retire") if op.active else self.tr("Bring back"))
            self.role_choice.setCurrentIndex(max(0, self.role_choice.findData(op.role)))

    def _write(self, op: Op[OperatorInfo], done_text: str) -> None:
        """A manager's change (the operation checks the role again in the same transaction)."""

        def done(person: OperatorInfo) -> None:
            self.messages.success(done_text.format(name=person.name))
            self.reload(person.name)

        op.success(done).failure(self.messages.error).run(self.ctx.runner)

    def add(self) -> None:
        name, role = self.new_name.text(), str(self.new_role.currentData())
        if not name.strip():
            self.messages.error(self.tr("Type the new person's name first."))
            return
        pin = self._manager_pin(name) if role == "manager" else None
        if role == "manager" and pin is None:
            return
        self.new_name.clear()
        self._write(add_person(self, self.ctx.actor, name, role, pin), self.tr("{name} can now choose their name at start."))

    def _manager_pin(self, name: str) -> str | None:
        """A new manager's PIN, chosen in the same step (None: cancelled, nothing changes):
        a manager without one could be claimed by whoever picks the name at start-up."""
        dialog = PinDialog(" ".join(name.split()), choosing=True, parent=self, intro=self.tr(
            "A manager needs a PIN. Let {name} type a PIN of 4 to 8 digits now (twice); "
            "they will type it at every start.").format(name=" ".join(name.split())))
        return dialog.pin() if dialog.exec() else None

    def change_role(self) -> None:
        op, role = self.selected(), str(self.role_choice.currentData())
        if op is None:
            return
        pin = self._manager_pin(op.name) if role == "manager" and not op.has_pin else None
        if role == "manager" and not op.has_pin and pin is None:
            return
        self._write(give_role(self, self.ctx.actor, op.name, role, pin),
                    self.tr("{name} is now: {role}.").replace("{role}", self.roles[role]))

    def toggle_active(self) -> None:
        op = self.selected()
        if op is None:
            return
        active = not op.active
        if not active and QMessageBox.question(
                self, self.tr("Retire"),
                self.tr("Retire {name}? They can no longer sign in; their name stays on what they did, "
                        "and Bring back undoes this.").format(name=op.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self._write(set_working(self, self.ctx.actor, op.name, active),
                    self.tr("{name} works here again.") if active else
                    self.tr("{name} is retired; their name stays on what they did."))

    def choose_pin(self) -> None:
        op = self.selected()
        if op is None:
            return
        dialog = PinDialog(op.name, choosing=True, parent=self)
        if not dialog.exec():
            return
        self._write(reset_pin(self, self.ctx.actor, op.name, dialog.pin()), self.tr("{name} has a new PIN."))

    def print_badges(self, chosen_only: bool) -> None:
        """A sheet of badges in the print preview (Save PDF… there keeps it as a file): those chosen
        above who work here, or everyone who works here."""
        people = [person for person in self.chosen() if person.active] if chosen_only else []
        if chosen_only and not people:
            return
        names = [person.name for person in people]
        default = f"badge-{people[0].badge}.pdf" if len(people) == 1 else "badges.pdf"
        self.export_panel.print_document(self.tr("Badges"), "badges", default, badges_job(names))
