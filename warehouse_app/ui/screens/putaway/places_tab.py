"""The Places tab: the warehouse's zones, racks, shelves and bins as a tree, with what lies
in each; a manager adds, renames, archives and brings back places; anyone prints their
labels (the same PDF as ``warehouse-app location labels``). The rules are core's
(``core.stock.places``): a place with goods in it is not archived, and says so."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.access import roles
from warehouse_app.core.stock.locations import LocationInfo
from warehouse_app.core.stock.places import PlaceRow
from warehouse_app.documents.jobs import place_labels_job
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel, default_file_name
from warehouse_app.ui.base.formats import place_name, show_qty
from warehouse_app.ui.base.tasks import Change
from warehouse_app.ui.operations.putaway import add_place, archive_place, place_tree, rename_place

CODE_ROLE = Qt.ItemDataRole.UserRole


class PlacesTab(QWidget):
    changed = Signal()  # a place was added, renamed, archived or brought back

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: dict[str, PlaceRow] = {}
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("placesTree")
        self.tree.setHeaderLabels([self.tr("Place"), self.tr("Label"), self.tr("Kind"), self.tr("Units here")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.show_archived = QCheckBox(self.tr("Show archived places"), self)
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(self.refresh)
        manager = ctx.may(roles.PLACES)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (
            ("addZone", self.tr("Add zone\u2026"), lambda: self.add("zone")),
            ("addBin", self.tr("Add rack or shelf\u2026"), lambda: self.add("bin")),
            ("renamePlace", self.tr("Rename\u2026"), self.rename),
            ("archivePlace", self.tr("Archive"), self.archive),
            ("printSelected", self.tr("Print label\u2026"), lambda: self.print_labels(True)),
            ("printAll", self.tr("Print all labels\u2026"), lambda: self.print_labels(False)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.show_archived)
        if not manager:
            for name in ("addZone", "addBin", "renamePlace", "archivePlace"):
                self.buttons[name].setEnabled(False)
                self.buttons[name].setToolTip(self.tr("Only a manager can add, rename or archive places."))
        self.manager = manager
        self.export_panel = ExportPanel(ctx, self)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.export_panel)
        # Out of sight it reads nothing (every scan elsewhere is a stock change): the tab is
        # read again whenever it is shown (the put-away screen's tab change and activation).
        ctx.watch(self, Change.STOCK, self._heard_change)
        self._enable()

    def _heard_change(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        place_tree(self, self.show_archived.isChecked()).success(self._show).run(self.ctx.runner)

    def _show(self, rows: list[PlaceRow]) -> None:
        chosen = self.current()
        self.tree.clear()
        self.rows = {r.place.code: r for r in rows}
        parents: dict[int, QTreeWidgetItem] = {}
        kinds = {"warehouse": self.tr("warehouse"), "zone": self.tr("zone"), "bin": self.tr("rack or shelf")}
        for r in rows:
            name = place_name(r.place.name)
            if r.place.archived:
                name = self.tr("{place} (archived)").format(place=name)
            texts = [name, r.place.code, kinds.get(r.place.kind, r.place.kind), show_qty(r.units) if r.units else ""]
            parent = parents.get(r.place.parent_id or -1)
            item = QTreeWidgetItem(parent, texts) if parent is not None else QTreeWidgetItem(self.tree, texts)
            item.setData(0, CODE_ROLE, r.place.code)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            parents[r.place.id] = item
            if chosen is not None and r.place.code == chosen.code:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)
        self._enable()

    def current(self) -> LocationInfo | None:
        item = self.tree.currentItem()
        row = self.rows.get(str(item.data(0, CODE_ROLE))) if item is not None else None
        return row.place if row is not None else None

    def _enable(self) -> None:
        place = self.current()
        self.buttons["printSelected"].setEnabled(place is not None and place.parent_id is not None)
        if not self.manager:
            return
        for name in ("addZone", "addBin", "renamePlace", "archivePlace"):
            self.buttons[name].setEnabled(place is not None)
        archive = self.buttons["archivePlace"]
        archive.setText(self.tr("Bring back") if place is not None and place.archived else self.tr("Archive"))

    # -- a manager's changes ---------------------------------------------------------------------

    def add(self, kind: str) -> None:
        parent = self.current()
        if parent is None:
            return
        title = self.tr("New zone") if kind == "zone" else self.tr("New rack or shelf")
        name, ok = QInputDialog.getText(self, title, self.tr("Name (inside {place}):").format(
            place=place_name(parent.name)))
        if ok and name.strip():
            add_place(self, self.ctx.actor, name, kind, parent.code).success(
                lambda info: self._done(self.tr("Added {place}, label {code}.").format(place=info.name, code=info.code))
            ).run(self.ctx.runner)

    def rename(self) -> None:
        place = self.current()
        if place is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename place"), self.tr("New name for {place}:").format(
            place=place_name(place.name)), text=place.name)
        if ok and name.strip() and name.strip() != place.name:
            rename_place(self, self.ctx.actor, place.code, name).success(
                lambda info: self._done(self.tr("Renamed to {place}; its label stays {code}.").format(
                    place=info.name, code=info.code))).run(self.ctx.runner)

    def archive(self) -> None:
        place = self.current()
        if place is None:
            return
        if place.archived:
            archive_place(self, self.ctx.actor, place.code, False).success(
                lambda info: self._done(self.tr("{place} is back in use.").format(place=info.name))
            ).run(self.ctx.runner)
            return
        answer = QMessageBox.question(
            self, self.tr("Archive place"),
            self.tr("Archive {place}? It leaves the lists and takes no goods until it is brought back.")
            .format(place=place_name(place.name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter keeps the place
        )
        if answer == QMessageBox.StandardButton.Yes:
            archive_place(self, self.ctx.actor, place.code, True).success(
                lambda info: self._done(self.tr("{place} is archived.").format(place=info.name))
            ).run(self.ctx.runner)

    def _done(self, sentence: str) -> None:
        self.ctx.messages.success(sentence)
        self.refresh()
        self.changed.emit()

    def print_labels(self, selected: bool) -> None:
        place = self.current()
        codes = [place.code] if selected and place is not None else []
        self.export_panel.export(self.tr("Place labels"), default_file_name("place-labels", ".pdf"),
                                 place_labels_job(codes, self.ctx.settings.label_format))
