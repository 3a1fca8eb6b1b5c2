"""Boxes & pallets: make them, pack a box by scanning goods, seal it, stack boxes on a pallet.

Scans on this tab go to the *active* container (the one picked in the list, just
created, or whose label was just scanned): goods are packed into it; a box label
scanned while a pallet is active puts that box on the pallet; any other box or
pallet label makes that container the active one (core/shipping/box_packing.py
decides which). The screen says which, above. A scan's write answers with what moved (the
feedback comes at once); the list and the contents are read after it committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from warehouse_app.core.shipping.box_packing import BoxesState, BoxOutcome, BoxScan, box_scan
from warehouse_app.core.shipping.containers import ContainerInfo, MixedCategory, PackResult
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.base.lifetime import Newest
from warehouse_app.ui.base.tasks import Op
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations import boxes as box_ops
from warehouse_app.ui.screens.trucks.rows_model import KEY_ROLE, Row, RowsModel, kg
from warehouse_app.ui.screens.trucks.truck_pane import push_button, table


@dataclass(frozen=True)
class DoneScan:
    """A scan that moved goods on the Trucks screen, as needed to take it back (Ctrl+Z):
    the same code and typed quantity, the other way."""

    where: str  # truck | box | pallet
    target: str  # the truck number or the container's label code
    code: str  # as scanned
    qty: str  # as typed before the scan ("" for one scan's worth)
    reverse: bool  # it was an unload / take-out / off the pallet
    name: str  # what it was, for the sentence


class ScanFeedback(Protocol):
    def scan_ok(self, headline: str, quantity: str, details: str) -> None: ...
    def scan_refused(self, sentence: str, code: str = "") -> None: ...


class BoxesPanel(QWidget):
    active_changed = Signal()
    print_label_requested = Signal(str)  # label code
    packed = Signal(object)  # PackResult or the pallet's ContainerInfo, once committed
    created = Signal(object)  # ContainerInfo of a new box or pallet
    scan_done = Signal(object)  # DoneScan of each committed pack, take-out and pallet move

    def __init__(self, ctx: AppContext, feedback: ScanFeedback, parent: QWidget | None = None, *,
                 initiator: QObject | None = None) -> None:
        """``initiator`` owns this tab's operations (the Trucks screen, so that it does not
        refresh for its own scans); the panel itself when None."""
        super().__init__(parent)
        self.ctx, self.feedback = ctx, feedback
        self.initiator: QObject = initiator or self
        self.active: ContainerInfo | None = None
        self.list_model = RowsModel(
            [self.tr("Label"), self.tr("Kind"), self.tr("Category"), self.tr("Pieces"), self.tr("Net kg"),
             self.tr("Gross kg"), self.tr("State")], {3, 4, 5}, self)
        self.list_view = table(self.list_model, self, "containerList", 2)
        self.list_view.selectionModel().selectionChanged.connect(self._picked)
        self.contents_model = RowsModel([self.tr("Item"), self.tr("Quantity"), self.tr("Net kg"), self.tr("Expiry")],
                                        {1, 2}, self)
        self.contents_view = table(self.contents_model, self, "containerContents", 0)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("activeContainerCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setStyleSheet("font-size:26pt; font-weight:bold; font-family:monospace;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.new_box = push_button(self, self.tr("New box"), "newBox", lambda: self.create("box"))
        self.new_pallet = push_button(self, self.tr("New pallet"), "newPallet", lambda: self.create("pallet"))
        self.seal_button = push_button(self, self.tr("Seal box\u2026"), "sealBox", self.ask_seal)
        self.reopen_button = push_button(self, self.tr("Reopen box"), "reopenBox", self.reopen_box)
        self.label_button = push_button(self, self.tr("Print label"), "printContainerLabel", self._print_label)
        bar = QHBoxLayout()
        for button in (self.new_box, self.new_pallet, self.seal_button, self.reopen_button, self.label_button):
            bar.addWidget(button)
        bar.addStretch(1)
        active_box = QVBoxLayout()
        active_box.addWidget(self.code_label)
        active_box.addWidget(self.summary)
        active_box.addWidget(self.contents_view, 1)
        body = QHBoxLayout()
        body.addWidget(self.list_view, 3)
        body.addLayout(active_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self._newest = Newest()
        self.seal_dialog: QInputDialog | None = None  # open while a gross weight is asked for
        self._show(BoxesState((), None, ()))

    # -- reading and showing -------------------------------------------------------------------

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Read the containers and the active one's contents (after a scan: ``then`` once read)."""
        code = self.active.code if self.active else None
        show = self._newest.refresh(self._show)

        def answer(state: BoxesState) -> None:
            show(state)
            if then is not None:
                then()

        box_ops.boxes(self.initiator, code).success(answer).run(self.ctx.runner)

    def _show(self, state: BoxesState) -> None:
        self.active = state.active
        rows = [Row((c.code, self.tr("pallet") if c.kind == "pallet" else self.tr("box"),
                     self.tr("mixed") if c.mixed else (c.category.name(self.ctx.lang) if c.category else ""),
                     show_qty(c.pieces), kg(c.net_kg), kg(c.gross_kg), self._state_text(c)), key=c.code)
                for c in state.containers]
        self.list_model.set_rows(rows, state.active.code if state.active else "")
        self.contents_model.set_rows([
            Row((line.item_name, f"{show_qty(line.quantity)} {unit_label(line.unit)}", kg(line.net_kg),
                 show_date(line.expiry) if line.expiry else ""))
            for line in state.contents])
        active = state.active
        self.code_label.setText(active.code if active else self.tr("No box chosen"))
        self.summary.setText(self._summary(active) if active else self.tr(
            "Press \u201cNew box\u201d, or scan a box label, or pick one in the list."))
        self.seal_button.setEnabled(bool(active and active.kind == "box" and not active.sealed))
        self.reopen_button.setEnabled(bool(active and active.kind == "box" and active.sealed))
        self.label_button.setEnabled(active is not None)
        self.active_changed.emit()

    def _state_text(self, c: ContainerInfo) -> str:
        pallet = c.kind == "pallet"  # the adjective agrees with box or pallet in Polish and Ukrainian
        if c.sealed:
            parts = [self.tr("sealed", "pallet") if pallet else self.tr("sealed", "box")]
        else:
            parts = [self.tr("open", "pallet") if pallet else self.tr("open", "box")]
        if c.kind == "pallet":
            parts.append(self.tr("%n box(es)", "", c.boxes))
        if c.parent_code:
            parts.append(self.tr("on {pallet}").format(pallet=c.parent_code))
        return ", ".join(parts)

    def _summary(self, c: ContainerInfo) -> str:
        kind = self.tr("Pallet") if c.kind == "pallet" else self.tr("Box")
        return self.tr("{kind} \u00b7 {state} \u00b7 {pieces} pieces \u00b7 {net} kg net").format(
            kind=kind, state=self._state_text(c), pieces=show_qty(c.pieces), net=kg(c.net_kg))

    def _print_label(self) -> None:
        if self.active is not None:
            self.print_label_requested.emit(self.active.code)

    def _picked(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            code = str(indexes[0].data(KEY_ROLE))
            if not self.active or self.active.code != code:
                box_ops.boxes(self.initiator, code).success(self._newest.action(self._show)).run(self.ctx.runner)

    def target_text(self, taking_out: bool = False) -> str:
        """Where the next scan goes, in one line for the banner."""
        active = self.active
        if active is None:
            return self.tr("Next scan: a box or pallet label chooses it. Make a new one with \u201cNew box\u201d.")
        if taking_out:
            if active.kind == "pallet":
                return self.tr("Next scan: box labels are TAKEN OFF PALLET {code}; goods are taken off it.").format(
                    code=active.code)
            return self.tr("Next scan: goods are TAKEN OUT of box {code}, back to the shelf.").format(code=active.code)
        if active.kind == "pallet":
            return self.tr("Next scan: box labels go ON PALLET {code}; goods go straight onto it.").format(
                code=active.code)
        if active.sealed:
            return self.tr("Box {code} is sealed. Scan another box label, or press \u201cNew box\u201d.").format(
                code=active.code)
        return self.tr("Next scan: goods are PACKED INTO BOX {code}.").format(code=active.code)

    # -- actions ------------------------------------------------------------------------------

    def create(self, kind: str) -> None:
        box_ops.new_container(self.initiator, self.ctx.actor, kind).success(self._newest.action(self._created)).failure(
            self.ctx.messages.error).run(self.ctx.runner)

    def _created(self, outcome: BoxOutcome[ContainerInfo]) -> None:
        self._show(outcome.state)
        made = outcome.result
        pallet = made.kind == "pallet"  # whole sentences per kind: Polish and Ukrainian agree in gender
        title = self.tr("New pallet") if pallet else self.tr("New box")
        self.feedback.scan_ok(made.code, title, self.tr("Write this code on it, or print its label."))
        question = (self.tr("<p>The new pallet has the label code</p><p style='font-size:28pt'><b>{code}</b></p>"
                            "<p>Print its label now?</p>") if pallet else
                    self.tr("<p>The new box has the label code</p><p style='font-size:28pt'><b>{code}</b></p>"
                            "<p>Print its label now?</p>"))
        answer = QMessageBox.question(self, title, question.format(code=made.code),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)  # Enter never opens a save dialog
        self.created.emit(made)
        if answer == QMessageBox.StandardButton.Yes:
            self.print_label_requested.emit(made.code)

    def handle_scan(self, code: str, qty: str, taking_out: bool = False) -> None:
        meaning = box_scan(code, self.active, taking_out)
        if meaning is BoxScan.ONTO_PALLET and self.active is not None:
            self.move_box(self.active.code, code, off=taking_out)
        elif meaning is BoxScan.CHOOSE:
            box_ops.boxes(self.initiator, code).success(self._newest.action(self._chosen)).failure(
                lambda sentence: self.feedback.scan_refused(sentence, code)).run(self.ctx.runner)
        elif meaning is BoxScan.TRUCK_LABEL:
            self.feedback.scan_refused(self.tr("That is a truck label. Trucks are loaded on the \u201cLoad truck\u201d "
                                               "tab."), code)
        elif meaning is BoxScan.NO_BOX:
            self.feedback.scan_refused(self.tr("Choose a box first: scan its label or press \u201cNew box\u201d."), code)
        elif meaning is BoxScan.TAKE_OUT:
            self.take_out(code, qty)
        else:
            self.pack_code(code, qty)

    def _chosen(self, state: BoxesState) -> None:
        self._show(state)
        assert state.active is not None
        self.feedback.scan_ok(state.active.code, self.tr("chosen"), self._summary(state.active))

    def move_box(self, pallet: str, box: str, *, off: bool = False) -> None:
        """Put a scanned box on the active pallet, or take it off again."""
        def done(info: ContainerInfo) -> None:
            where = self.tr("off pallet {pallet}") if off else self.tr("on pallet {pallet}")
            self.feedback.scan_ok(box, where.format(pallet=pallet),
                                  self.tr("The pallet now carries %n box(es).", "", info.boxes))
            self.scan_done.emit(DoneScan("pallet", pallet, box, "", off, box))
            self.refresh(lambda: self.packed.emit(info))

        box_ops.pallet_scan(self.initiator, self.ctx.actor, pallet, box, off=off).success(
            self._newest.action(done)).failure(lambda sentence: self.feedback.scan_refused(sentence, box)).run(
            self.ctx.runner)

    def take_out(self, code: str, qty: str) -> None:
        """A scan takes one out (as a scan packs one); a typed quantity takes that many."""
        assert self.active is not None
        box_ops.take_out_scan(self.initiator, self.ctx.actor, self.active.code, code, qty).success(
            self._newest.action(lambda result: self._packed(result, out=True, code=code, qty=qty))).failure(
            lambda sentence: self.feedback.scan_refused(sentence, code)).run(self.ctx.runner)

    def pack_code(self, code: str, qty: str, allow_mixed: bool = False) -> None:
        assert self.active is not None
        def refused(exc: BaseException, sentence: str) -> None:
            if isinstance(exc, MixedCategory) and self._may_mix(exc):
                self.pack_code(code, qty, allow_mixed=True)
            else:
                self.feedback.scan_refused(sentence, code)

        box_ops.pack_scan(self.initiator, self.ctx.actor, self.active.code, code, qty, allow_mixed=allow_mixed).success(
            self._newest.action(lambda result: self._packed(result, code=code, qty=qty))).failure_with(refused).run(
            self.ctx.runner)

    def _may_mix(self, exc: MixedCategory) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Mix categories?"),
            self.tr("Box {box} holds {held}; this is {new}. Border checks expect one category per box.\n\n"
                    "Put it in this box anyway?").format(box=exc.box_code, held=self._name(exc.box_category),
                                                         new=self._name(exc.item_category)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _name(self, category: object) -> str:
        name = getattr(category, "name", None)
        return name(self.ctx.lang) if callable(name) else str(category)

    def _packed(self, result: PackResult, out: bool = False, code: str = "", qty: str = "") -> None:
        details = [(self.tr("out of {box}, back to the shelf") if out else self.tr("into {box}")).format(
            box=result.box.code)]
        if result.expiry:
            details.append(self.tr("expiry {date}").format(date=show_date(result.expiry)))
        details.append(self.tr("box now {pieces} pieces, {net} kg net").format(
            pieces=show_qty(result.box.pieces), net=kg(result.box.net_kg)))
        amount = (self.tr("\u2212{qty} {unit} taken out") if out else self.tr("+{qty} {unit} packed")).format(
            qty=show_qty(result.quantity), unit=unit_label(result.unit))
        self.feedback.scan_ok(result.item_name, amount, " \u00b7 ".join(details))
        self.scan_done.emit(DoneScan("box", result.box.code, code, qty, out, result.item_name))
        self.refresh(lambda: self.packed.emit(result))

    def undo_scan(self, last: DoneScan, done: Callable[[], None], failed: Callable[[str], None]) -> None:
        """Take back a pack, take-out or pallet move of this tab: the same scan the other way."""
        actor = self.ctx.actor
        op: Op[Any]
        if last.where == "pallet":
            op = box_ops.pallet_scan(self.initiator, actor, last.target, last.code, off=not last.reverse)
        elif last.reverse:
            op = box_ops.pack_scan(self.initiator, actor, last.target, last.code, last.qty or None, allow_mixed=True)
        else:
            op = box_ops.take_out_scan(self.initiator, actor, last.target, last.code, last.qty or None)

        def shown(_result: object) -> None:
            done()
            self.refresh()

        op.success(self._newest.action(shown)).failure(failed).run(self.ctx.runner)

    def ask_seal(self) -> None:
        if self.active is None:
            return
        box = self.active.code
        # Window-modal and answered by signal: a scan meanwhile is held by the scan hub (never a
        # weight, never an OK) and packed after the box is sealed, in order.
        dialog = QInputDialog(self)
        dialog.setObjectName("sealDialog")
        dialog.setWindowTitle(self.tr("Seal box {box}").format(box=box))
        dialog.setLabelText(self.tr("Gross weight of box {box} in kg, as the scale shows it (leave empty if not "
                                    "weighed):").format(box=box))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._seal_answered(box, result, dialog.textValue()))
        self.seal_dialog = dialog
        dialog.open()

    def _seal_answered(self, box: str, result: int, text: str) -> None:
        self.seal_dialog = None
        if result:
            self.seal_box(box, text.strip())

    def seal_box(self, box: str, gross_kg: str) -> None:
        def done(outcome: BoxOutcome[ContainerInfo]) -> None:
            self._show(outcome.state)
            info = outcome.result
            self.feedback.scan_ok(box, self.tr("sealed"), self.tr("{gross} kg gross, {net} kg net").format(
                gross=kg(info.gross_kg) or "?", net=kg(info.net_kg)))

        box_ops.seal_box(self.initiator, self.ctx.actor, box, gross_kg).success(self._newest.action(done)).failure(
            lambda sentence: self.feedback.scan_refused(sentence)).run(self.ctx.runner)

    def reopen_box(self) -> None:
        if self.active is None:
            return
        box = self.active.code

        def done(outcome: BoxOutcome[ContainerInfo]) -> None:
            self._show(outcome.state)
            self.feedback.scan_ok(box, self.tr("open again"), self.tr("Pack or take out goods, then seal it again."))

        box_ops.reopen_box(self.initiator, self.ctx.actor, box).success(self._newest.action(done)).failure(
            lambda sentence: self.feedback.scan_refused(sentence)).run(self.ctx.runner)
