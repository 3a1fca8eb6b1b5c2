"""Settings kept in the database for every station: the letterhead on the documents, the
truck payload, the layout of shops' in-store codes on weighed goods, and the minimum shelf
life at dispatch per category. Managers change them; everyone else sees them read-only."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.admin.warehouse_setup import WarehouseSetup
from warehouse_app.core.catalogue.instore import OFF, InstoreLayout
from warehouse_app.core.shipping.packing_data import WarehouseDetails
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.operations.settings import save_warehouse, warehouse_setup
from warehouse_app.ui.screens.settings.common import button, message_and_buttons, note

NAME, OWN, IN_EFFECT = range(3)


class WarehousePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warehousePage")
        self.ctx = ctx
        self.setup: WarehouseSetup | None = None
        editable = ctx.is_manager
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("Shared by every station; printed on the packing lists, labels and receipts.")
                              if editable else
                              self.tr("Only a manager can change these; you can look at them."), self))

        top = QHBoxLayout()
        details = QGroupBox(self.tr("The warehouse on the documents"), self)
        form = QFormLayout(details)
        self.name = QLineEdit(details)
        self.address = QPlainTextEdit(details)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.tax_id = QLineEdit(details)
        self.contact = QLineEdit(details)
        self.payload = QLineEdit(details)
        self.payload.setPlaceholderText(self.tr("empty: no limit"))
        for field, name in ((self.name, "whName"), (self.address, "whAddress"), (self.tax_id, "whTaxId"),
                            (self.contact, "whContact"), (self.payload, "maxPayload")):
            field.setObjectName(name)
            field.setReadOnly(not editable)
        self.contact.setPlaceholderText(self.tr("phone, e-mail"))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Tax id (NIP):"), self.tax_id)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Maximum truck payload (kg):"), self.payload)
        top.addWidget(details, 1)
        top.addWidget(self._instore_group(editable), 1)
        layout.addLayout(top)

        shelf = QGroupBox(self.tr("Minimum shelf life left when goods are loaded on a truck"), self)
        shelf_layout = QVBoxLayout(shelf)
        shelf_layout.addWidget(note(self.tr(
            "Days of shelf life an item must still have when it leaves. Empty: the same as the category above."),
            shelf))
        self.table = QTableWidget(0, 3, shelf)
        self.table.setObjectName("shelfLife")
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Own minimum (days)"),
                                              self.tr("In effect")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(IN_EFFECT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if editable
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        shelf_layout.addWidget(self.table)
        layout.addWidget(shelf, 1)

        self.save_button = button(self, self.tr("Save the warehouse settings"), "saveWarehouse", self.save)
        self.save_button.setEnabled(False)
        if not editable:
            self.save_button.setToolTip(self.tr("Only a manager can change the warehouse settings."))
        self.messages = message_and_buttons(self, layout, self.save_button)
        self.reload()

    def _instore_group(self, editable: bool) -> QGroupBox:
        group = QGroupBox(self.tr("Shops' codes on weighed goods"), self)
        box = QVBoxLayout(group)
        box.addWidget(note(self.tr(
            "Shop labels on weighed goods (13 digits starting 20 to 29) carry the item and its weight or "
            "price; the layout differs by shop. Choose the one on your donors' labels, then scan one bag "
            "into the item's barcodes: every bag then finds the item, and a weight is received as the "
            "quantity of an item counted in kg."), group))
        self.instore = QComboBox(group)
        self.instore.setObjectName("instoreLayout")
        self.instore.setEnabled(editable)
        self.instore.currentIndexChanged.connect(self._show_instore_example)
        box.addWidget(self.instore)
        self.instore_example = note("", group)
        self.instore_example.setObjectName("instoreExample")
        self.instore_example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.instore_example)
        box.addStretch(1)
        return group

    def _layout_text(self, layout: InstoreLayout) -> str:
        """The layout in words, built from what the core says of it (so a new layout reads too)."""
        if layout.weight and layout.check is None:
            text = self.tr("Weight in grams in the last {digits} digits")
        elif layout.weight:
            text = self.tr("Weight in grams in the last {digits} digits, after its own check digit")
        elif layout.check is None:
            text = self.tr("Price in the last {digits} digits")
        else:
            text = self.tr("Price in the last {digits} digits, after its own check digit")
        return text.format(digits=layout.measure_digits)

    def _show_instore_choices(self, setup: WarehouseSetup) -> None:
        self.instore.blockSignals(True)
        self.instore.clear()
        self.instore.addItem(self.tr("None: read shop codes as ordinary barcodes"), OFF)
        for name, layout in setup.instore_layouts:
            self.instore.addItem(self._layout_text(layout), name)
        self.instore.setCurrentIndex(max(0, self.instore.findData(setup.instore_layout)))
        self.instore.blockSignals(False)
        self._show_instore_example()

    def _show_instore_example(self) -> None:
        name = self.instore.currentData()
        layout = dict(self.setup.instore_layouts).get(name) if self.setup is not None else None
        if layout is None:
            self.instore_example.setText(self.tr(
                "A shop code is looked up whole, like any barcode: each bag with another weight is another code."))
            return
        example = layout.example()
        item = self.tr("item {item}").format(item=example.item)
        if layout.weight:
            measure = self.tr("{kg} kg received").format(kg=show_qty(example.measure))
        else:
            measure = self.tr("price {price}, one piece per scan").format(price=show_qty(example.measure))
        self.instore_example.setText(self.tr("For example {code}: {item}, {measure}.").format(
            code=example.code, item=item, measure=measure))

    def reload(self) -> None:
        warehouse_setup(self).success(self._show).failure(self.messages.error).run(self.ctx.runner)

    def _show(self, setup: WarehouseSetup) -> None:
        self.setup = setup
        d = setup.details
        self.name.setText(d.name)
        self.address.setPlainText(d.address)
        self.tax_id.setText(d.tax_id)
        self.contact.setText(d.contact)
        self.payload.setText("" if setup.max_payload_kg is None else _plain(setup.max_payload_kg))
        self._show_instore_choices(setup)
        self.table.setRowCount(len(setup.shelf_life))
        for index, row in enumerate(setup.shelf_life):
            name = QTableWidgetItem("    " * row.category.depth + row.category.name(self.ctx.lang))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setData(Qt.ItemDataRole.UserRole, row.category.id)
            own = QTableWidgetItem("" if row.days is None else str(row.days))
            own.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            effect_days = row.days if row.days is not None else row.inherited_days
            effect = QTableWidgetItem(self.tr("none") if effect_days is None else
                                      self.tr("%n day(s)", "", effect_days) if row.days is not None else
                                      self.tr("%n day(s), from above", "", effect_days))
            effect.setFlags(effect.flags() & ~Qt.ItemFlag.ItemIsEditable)
            for column, item in ((NAME, name), (OWN, own), (IN_EFFECT, effect)):
                self.table.setItem(index, column, item)
        self.save_button.setEnabled(self.ctx.is_manager)

    def _shelf_life_changes(self) -> dict[int, int | None]:
        """The rows whose own minimum was changed; a cell that is not a whole number raises."""
        assert self.setup is not None
        changes: dict[int, int | None] = {}
        for index, row in enumerate(self.setup.shelf_life):
            text = self.table.item(index, OWN).text().strip()
            if not text:
                days = None
            elif text.isdigit() and text.isascii():
                days = int(text)
            else:
                raise ValueError(self.tr("{text} is not a number of days (category {name}); nothing was saved.")
                                 .format(text=text, name=row.category.name(self.ctx.lang)))
            if days != row.days:
                changes[row.category.id] = days
        return changes

    def save(self) -> None:
        if self.setup is None:
            return
        try:
            shelf_life = self._shelf_life_changes()
        except ValueError as exc:
            self.messages.error(str(exc))
            return
        details = WarehouseDetails(self.name.text(), self.address.toPlainText(), self.tax_id.text(),
                                   self.contact.text())
        self.save_button.setEnabled(False)
        save_warehouse(self, self.ctx.actor, details, self.payload.text(), shelf_life, self.instore.currentData()) \
            .success(self._saved).failure(self._refused).run(self.ctx.runner)

    def _saved(self, setup: WarehouseSetup) -> None:
        self._show(setup)
        self.messages.success(self.tr("Saved for every station."))

    def _refused(self, sentence: str) -> None:
        self.save_button.setEnabled(self.ctx.is_manager)
        self.messages.error(sentence)


def _plain(kg: Decimal) -> str:
    return f"{kg.normalize():f}"
