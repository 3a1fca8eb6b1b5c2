"""Arrival: a truck from another warehouse comes off at this hub (docs/truck-file.md).

Register its truck file, choose it, then scan each package label as it comes off: a
scan on this tab checks the package in on the chosen truck, as received (or, in the
Damaged mode, as damaged). The counter and the table say what is checked, damaged,
extra and still to check; "Close arrival…" puts the goods into this hub's stock and
writes the confirmation the sender imports. Every action is one operation
(ui/operations/arrival.py) owned by the Trucks screen, which gives the scan feedback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.access import roles
from warehouse_app.core.arrival.incoming import Registered
from warehouse_app.core.arrival.report_data import ArrivalPackage, ArrivalReport
from warehouse_app.documents.jobs import arrival_report_job
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel, ask_output_path, export_folder
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.base.language import file_dialog_options
from warehouse_app.ui.base.lifetime import Newest
from warehouse_app.ui.base.texts import notice_text
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations import arrival as arrival_ops
from warehouse_app.ui.screens.trucks.boxes_panel import ScanFeedback
from warehouse_app.ui.screens.trucks.load_rows import contents_text
from warehouse_app.ui.screens.trucks.rows_model import Row, RowsModel
from warehouse_app.ui.screens.trucks.truck_pane import push_button, table

STATUS_COLOURS = {"received": "#e3f5e8", "damaged": "#fdebd0", "extra": "#e8f0fe"}
LOOSE_SHOWN = 6  # loose lines named in the line under the table; the rest are counted


class ArrivalPanel(QWidget):
    changed = Signal()  # another arriving truck chosen, or its state changed: the banner follows
    checked_in = Signal(object)  # arrival_ops.CheckedIn, once committed

    def __init__(self, ctx: AppContext, feedback: ScanFeedback, export_panel: ExportPanel,
                 parent: QWidget | None = None, *, initiator: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.feedback, self.export_panel = ctx, feedback, export_panel
        self.initiator: QObject = initiator or self
        self.reports: list[ArrivalReport] = []
        self.current: ArrivalReport | None = None
        self._newest = Newest()
        self.done_scans: list[tuple[str, str]] = []  # (truck, label) checked in here, newest last: Ctrl+Z
        may = ctx.may(roles.ARRIVE)

        self.register_button = push_button(self, self.tr("Register a truck file\u2026"), "registerTruckFile",
                                           self.ask_register)
        self.picker = QComboBox(self)
        self.picker.setObjectName("arrivalPicker")
        self.picker.setMinimumWidth(320)
        self.picker.currentIndexChanged.connect(self._picked)
        self.counter = QLabel(self)
        self.counter.setObjectName("arrivalCounter")
        self.counter.setWordWrap(True)
        self.model = RowsModel([self.tr("No."), self.tr("Label"), self.tr("Kind"), self.tr("On pallet"),
                                self.tr("Contents"), self.tr("Status"), self.tr("Checked at"), self.tr("By"),
                                self.tr("Note")], set(), self)
        self.packages = table(self.model, self, "arrivalPackages", 4)
        self.loose = QLabel(self)
        self.loose.setObjectName("arrivalLoose")
        self.loose.setWordWrap(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("damagedNote")
        self.note.setPlaceholderText(self.tr("Note for the next damaged package, e.g. wet corner"))
        self.note.setToolTip(self.tr("Kept with the next package scanned in the Damaged mode, then cleared."))
        self.report_button = push_button(self, self.tr("Arrival report (PDF)\u2026"), "arrivalReport",
                                         self.export_report)
        self.print_button = push_button(self, self.tr("Print arrival report\u2026"), "printArrivalReport",
                                        lambda: self.export_report(printing=True))
        self.close_button = push_button(self, self.tr("Close arrival\u2026"), "closeArrival", self.ask_close)
        self.close_button.setStyleSheet("font-weight:bold;")
        self.again_button = push_button(self, self.tr("Save confirmation again\u2026"), "saveConfirmation",
                                        self.save_again)
        for button in (self.register_button, self.close_button):
            button.setEnabled(may)
            if not may:
                button.setToolTip(self.tr("Only a loader or a manager can check in an arriving truck."))
        self.may_arrive = may

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Arriving truck:"), self))
        top.addWidget(self.picker, 1)
        top.addWidget(self.register_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        for button in (self.print_button, self.report_button, self.close_button, self.again_button):
            # whole words on the buttons (Ukrainian at 1366 pixels): the note field gives way
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counter)
        layout.addWidget(self.packages, 1)
        layout.addWidget(self.loose)
        layout.addLayout(bottom)
        self._show_current(None)

    # -- reading and showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        arrival_ops.arrivals(self.initiator).success(self._newest.refresh(self._show_list)).failure(
            self.ctx.messages.error).run(self.ctx.runner)

    def _show_list(self, reports: list[ArrivalReport], chosen: str | None = None) -> None:
        """Trucks still being checked in first (newest first), then the closed ones."""
        wanted = chosen or (self.current.number if self.current else None)
        self.reports = sorted(reports, key=lambda r: r.status == "closed")
        self.picker.blockSignals(True)
        self.picker.clear()
        for r in self.reports:
            self.picker.addItem(self._picker_text(r), r.number)
        index = next((i for i, r in enumerate(self.reports) if r.number == wanted), 0 if self.reports else -1)
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)
        self._show_current(self.reports[index] if index >= 0 else None)

    def _picker_text(self, r: ArrivalReport) -> str:
        state = self.tr("closed") if r.status == "closed" else self.tr("checking {done} of {all}").format(
            done=len(r.received) + len(r.damaged), all=r.expected)
        return f"{r.number} \u00b7 {r.sender.name or '?'} \u00b7 {state}"

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self.reports):
            self._show_current(self.reports[index])

    def _replace(self, report: ArrivalReport, highlight_codes: tuple[str, ...] = ()) -> None:
        """One arrival read again after a check-in or the close: the rest of the list stays."""
        self.reports = [report if r.number == report.number else r for r in self.reports]
        index = next((i for i, r in enumerate(self.reports) if r.number == report.number), None)
        if index is not None:
            self.picker.setItemText(index, self._picker_text(report))
        self._show_current(report, highlight_codes)

    def _show_current(self, report: ArrivalReport | None, highlight_codes: tuple[str, ...] = ()) -> None:
        self.current = report
        closed = report is not None and report.status == "closed"
        self.counter.setText(self.counter_text(report))
        self.counter.setStyleSheet("font-size:15pt; font-weight:bold; padding:4px; border-radius:4px;"
                                   + ("background:#eceff1;" if closed or report is None else "background:#e8f0fe;"))
        self.model.set_rows([self._row(p) for p in report.packages] if report else [],
                            highlight_codes[0] if highlight_codes else "")
        if highlight_codes and (row := self.model.row_of(highlight_codes[0])) is not None:
            self.packages.scrollTo(self.model.index(row, 0))
        self.loose.setText(self._loose_text(report) if report else "")
        self.loose.setVisible(bool(report and report.loose))
        self.report_button.setEnabled(report is not None)
        self.print_button.setEnabled(report is not None)
        self.close_button.setEnabled(report is not None and not closed and self.may_arrive)
        self.again_button.setVisible(closed)
        self.note.setEnabled(report is not None and not closed)
        self.changed.emit()

    def counter_text(self, r: ArrivalReport | None) -> str:
        if r is None:
            return self.tr("No arriving truck yet: press \u201cRegister a truck file\u2026\u201d and choose the file "
                           "the sender gave the driver.")
        if r.status == "closed":
            return self.tr("Closed: {received} received \u00b7 {damaged} damaged \u00b7 {missing} missing \u00b7 "
                           "{extra} extra (of %n package(s))", "", r.expected).format(
                received=len(r.received), damaged=len(r.damaged), missing=len(r.missing), extra=len(r.extra))
        return self.tr("{checked} of %n package(s) checked in \u00b7 {damaged} damaged \u00b7 {extra} extra \u00b7 "
                       "{left} still to check", "", r.expected).format(
            checked=len(r.received) + len(r.damaged), damaged=len(r.damaged), extra=len(r.extra),
            left=len(r.missing))

    def _row(self, p: ArrivalPackage) -> Row:
        kind = self.tr("pallet") if p.kind == "pallet" else self.tr("box")
        status = {"received": self.tr("received"), "damaged": self.tr("damaged"), "extra": self.tr("extra"),
                  "missing": self.tr("not checked yet") if self.current and self.current.status != "closed"
                  else self.tr("missing")}[p.status]
        if p.status == "extra" and p.damaged:
            status = self.tr("extra, damaged")
        checked = ""
        if p.checked_at is not None:
            moment = QDateTime.fromSecsSinceEpoch(int(p.checked_at.timestamp()))
            checked = QLocale().toString(moment, QLocale.FormatType.ShortFormat)
        colour = STATUS_COLOURS.get("damaged" if p.damaged else p.status)
        return Row((f"{p.seq} / {p.of}" if p.seq else self.tr("extra"), p.label_code, kind, p.on_pallet or "",
                    contents_text(p.lines) if p.lines else self.tr("(not in the truck file)"), status, checked,
                    p.operator or "", p.note), key=p.label_code, colour=colour)

    def _loose_text(self, r: ArrivalReport) -> str:
        names = [f"{show_qty(line.quantity)} {unit_label(line.unit)} {line.item_name}" for line in r.loose]
        shown = ", ".join(names[:LOOSE_SHOWN])
        if len(names) > LOOSE_SHOWN:
            shown += " " + self.tr("and %n more", "", len(names) - LOOSE_SHOWN)
        return self.tr("Loose goods, not checked by label (counted as received at close): {goods}").format(goods=shown)

    def target(self, damaged: bool) -> tuple[str, str, bool]:
        """The banner over the tabs: its sentence, its colour, whether Received/Damaged show."""
        r = self.current
        if r is None:
            return self.tr("Choose an arriving truck below, or register its truck file."), "none", False
        if r.status == "closed":
            return self.tr("The arrival of truck {number} is closed: nothing more can be checked in.").format(
                number=r.number), "locked", False
        if damaged:
            return self.tr("Next scan checks in a DAMAGED package of truck {number} from {sender}.").format(
                number=r.number, sender=r.sender.name or "?"), "unload", True
        return self.tr("Next scan checks in a package of truck {number} from {sender}.").format(
            number=r.number, sender=r.sender.name or "?"), "load", True

    # -- scans ---------------------------------------------------------------------------------------

    def handle_scan(self, code: str, damaged: bool = False) -> None:
        r = self.current
        if r is None:
            self.feedback.scan_refused(self.tr("Choose an arriving truck first."), code)
            return
        note = self.note.text().strip() if damaged else ""
        if note:
            self.note.clear()  # for the next damaged package only

        def done(answer: arrival_ops.CheckedIn) -> None:
            result = answer.result
            if answer.report.number == (self.current.number if self.current else None):
                self._replace(answer.report, result.codes)
            word = (self.tr("Extra package") if result.extra else
                    self.tr("Damaged") if result.status == "damaged" else self.tr("Received"))
            codes = ", ".join(result.codes[:3]) + (" \u2026" if len(result.codes) > 3 else "")
            self.feedback.scan_ok(codes, word, notice_text(result.message) + "\n" + self.counter_text(answer.report))
            self.done_scans.append((r.number, code))
            self.checked_in.emit(answer)

        arrival_ops.check_in(self.initiator, self.ctx.actor, r.number, code, damaged=damaged, note=note).success(
            self._newest.action(done)).failure(lambda sentence: self.feedback.scan_refused(sentence, code)).run(
            self.ctx.runner)

    def undo_last(self) -> None:
        """Ctrl+Z: the last check-in made here taken back (the package counts as not there
        until it is scanned again)."""
        if not self.done_scans:
            self.ctx.messages.show_message(self.tr("There is no check-in to take back."), "info")
            return
        number, code = self.done_scans.pop()

        def done(answer: arrival_ops.CheckedIn) -> None:
            if answer.report.number == (self.current.number if self.current else None):
                self._replace(answer.report, answer.result.codes)
            self.feedback.scan_ok(", ".join(answer.result.codes[:3]), self.tr("Taken back"),
                                  notice_text(answer.result.message) + "\n" + self.counter_text(answer.report))

        def failed(sentence: str) -> None:
            self.done_scans.append((number, code))
            self.feedback.scan_refused(sentence, code)

        arrival_ops.undo_check_in(self.initiator, self.ctx.actor, number, code).success(
            self._newest.action(done)).failure(failed).run(self.ctx.runner)

    # -- files and the close -------------------------------------------------------------------------

    def ask_register(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window(), self.tr("Choose the truck file"), export_folder(),
                                              self.tr("Truck files (*.json)"), options=file_dialog_options())
        if name:
            self.register(Path(name))

    def register(self, path: Path) -> None:
        def done(registered: Registered) -> None:
            self.ctx.messages.success(self.tr(
                "Truck {number} from {sender} is registered here with %n package(s): scan each label as it comes "
                "off.", "", registered.packages).format(number=registered.number,
                                                       sender=registered.sender_name or "?"))
            arrival_ops.arrivals(self.initiator).success(
                self._newest.action(lambda reports: self._show_list(reports, registered.number))).run(self.ctx.runner)

        arrival_ops.register(self.initiator, self.ctx.actor, path).success(done).failure(
            self.ctx.messages.error).run(self.ctx.runner)

    def export_report(self, printing: bool = False) -> None:
        """Save the arrival report, or (``printing``) open it in the print preview."""
        if self.current is not None:
            number = self.current.number
            what, name, job = self.tr("Arrival report"), f"{number}-arrival-report.pdf", arrival_report_job(number)
            if printing:
                self.export_panel.print_document(what, "arrival-report", name, job)
            else:
                self.export_panel.export(what, name, job)

    def close_question(self, r: ArrivalReport) -> str:
        arrived = len(r.received) + len(r.damaged)
        parts = [self.tr("%n package(s) are still missing.", "", len(r.missing))] if r.missing else []
        parts.append(self.tr("Closing puts the goods of %n received and damaged package(s){loose} into this hub's "
                             "stock and writes the confirmation for the sender.", "", arrived).format(
            loose=self.tr(", and the truck's loose goods,") if r.loose else ""))
        parts.append(self.tr("After that nothing more can be checked in on truck {number}. Close now?").format(
            number=r.number))
        return "\n\n".join(parts)

    def ask_close(self) -> None:
        r = self.current
        if r is None or r.status == "closed":
            return
        answer = QMessageBox.question(self.window(), self.tr("Close arrival"), self.close_question(r),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)  # Enter never closes it
        if answer != QMessageBox.StandardButton.Yes:
            return
        out = ask_output_path(self.window(), f"{r.truck.number}.arrival.json",
                              self.tr("Save the arrival confirmation for the sender"))
        if out is None:
            self.ctx.messages.show_message(self.tr("Nothing was closed: the confirmation needs a place to be saved."),
                                           "info")
            return
        arrival_ops.close(self.initiator, self.ctx.actor, r.number, out).success(self._closed).failure(
            self.ctx.messages.error).run(self.ctx.runner)

    def _closed(self, answer: arrival_ops.Closed) -> None:
        closed = answer.closed
        r = closed.report
        if self.current is not None and self.current.number == r.number:
            self._replace(r)
        text = self.tr("Closed the arrival of truck {number}: %n line(s) of goods received into stock under "
                       "donation {donation}.", "", closed.lines_received).format(
            number=r.number, donation=closed.donation_number)
        if r.extra:
            text += " " + self.tr("Extra packages are not in the truck file: open them and receive their goods by "
                                  "scanning.")
        if answer.path is None:
            self.ctx.messages.error(text + " " + self.tr(
                "The confirmation could not be saved: {reason} Press \u201cSave confirmation again\u2026\u201d.").format(
                reason=answer.error))
            return
        self.ctx.messages.success(text)
        self.export_panel.show_saved(self.tr("Arrival confirmation"), answer.path)

    def save_again(self) -> None:
        r = self.current
        if r is None or r.status != "closed":
            return
        out = ask_output_path(self.window(), f"{r.truck.number}.arrival.json",
                              self.tr("Save the arrival confirmation for the sender"))
        if out is not None:
            arrival_ops.save_confirmation(self.initiator, r.number, out).success(
                lambda path: self.export_panel.show_saved(self.tr("Arrival confirmation"), path)).failure(
                self.ctx.messages.error).run(self.ctx.runner)
