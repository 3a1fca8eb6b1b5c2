"""Import a donor's spreadsheet: read it, show every row with its problem, import only when
the user has seen it and every row is valid or the bad rows are explicitly skipped.

The dialog says which row was taken as the column titles (or that none was found) and
shows each column with what it is imported as (``ColumnMap``): recognised by its title,
another system's header, remembered for sheets with these titles, or unknown (marked, not
dropped). Choosing a field for a column checks the rows again without reading the file
again; the choices are remembered for sheets with these titles when the import is done.

Reading the file and checking its rows run in a worker; so does the import itself, in one
transaction (the service re-checks every row and the manager role does not change in
between, so what the preview said is what gets written). Both show a progress bar, as
exports do (``ProgressRelay``); "Stop" ends an import with nothing written (the service
raises ``ImportCancelled`` and its transaction rolls back), and closing the dialog stops
a check still running.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.core.intake.column_mapping import FIELDS_BY_KIND
from warehouse_app.core.intake.imports import ImportCancelled, ImportResult, NewGoodsChoice, Progress
from warehouse_app.documents.sheet_reader import HEADER_SEARCH_ROWS, SheetRead
from warehouse_app.kernel.errors import EncodingUnsure
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ProgressRelay
from warehouse_app.ui.base.tasks import Op
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations.intake import new_item_categories
from warehouse_app.ui.operations.reports import IMPORT_KINDS, ReadFile, import_rows, preview_import, preview_mapped
from warehouse_app.ui.screens.reports.column_map import ColumnMap
from warehouse_app.ui.screens.reports.preview_model import PreviewModel


class ImportDialog(QDialog):
    """Preview, then import; the result is one line here and in the main message bar."""

    settled = Signal()  # the import started here has answered (imported or refused)

    def __init__(self, ctx: AppContext, kind: str, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert kind in IMPORT_KINDS
        self.ctx, self.kind, self.path = ctx, kind, path
        self.setObjectName("importDialog")
        self.file: ReadFile | None = None
        self.read: SheetRead | None = None  # the sheet as last read, kept while its rows are checked again
        self.result: ImportResult | None = None
        self.importing = False
        self.relay: ProgressRelay | None = None  # the check or import running now
        self._asked = 0
        self.given: dict[str, str] = {}  # the user's column choices: normalised title -> field ("" = not imported)
        self.setWindowTitle(self.tr("Import items") if kind == "items" else self.tr("Import a donation list"))
        self.resize(1100, 640)
        heading = QLabel(self.tr("File: {name}").format(name=path.name), self)
        heading.setToolTip(str(path))
        self.source = QLabel(self)  # what was read: the sheet or the encoding, and a sample (issue 17)
        self.source.setObjectName("importSource")
        self.source.setWordWrap(True)
        self.encoding = QComboBox(self)  # a CSV file's encoding: detected, or the user's choice
        self.encoding.setObjectName("importEncoding")
        self.encoding.addItem(self.tr("Encoding: detect"), None)
        for code in ("utf-8", "utf-16", "cp1250", "cp1251"):
            self.encoding.addItem(self.encoding_label(code), code)
        self.encoding.setVisible(path.suffix.lower() in (".csv", ".txt"))
        self.encoding.currentIndexChanged.connect(self._preview)
        self.header_note = QLabel(self)  # which row holds the column titles, or that none was found
        self.header_note.setObjectName("importHeader")
        self.header_note.setWordWrap(True)
        self.columns = ColumnMap(FIELDS_BY_KIND[kind], self)
        self.columns.chosen.connect(self._column_chosen)
        self.counts = QLabel(self.tr("Reading the file\u2026"), self)
        self.counts.setObjectName("importCounts")
        self.counts.setWordWrap(True)
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("importPreview")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.only_bad = QCheckBox(self.tr("Show only rows with a problem"), self)
        self.only_bad.setObjectName("importOnlyBad")
        self.only_bad.toggled.connect(self._filter_rows)
        self.skip = QCheckBox(self.tr("Skip the rows with a problem (they are not imported)"), self)
        self.skip.setObjectName("importSkip")
        self.skip.setEnabled(False)
        self.skip.toggled.connect(self._update_button)
        self.allow_expired = QCheckBox(self.tr("Expired goods may come in (they show as expired in the stock)"), self)
        self.allow_expired.setObjectName("importAllowExpired")
        self.allow_expired.setVisible(kind == "donation")
        self.allow_expired.toggled.connect(self._preview)
        self.merge = QCheckBox(self.tr("Rows with the same name become one item with all their barcodes "
                                       "(a name already in the catalogue gets the barcodes)"), self)
        self.merge.setObjectName("importMergeNames")
        self.merge.setVisible(kind == "items")
        self.merge.toggled.connect(self._preview)
        self.create = QCheckBox(self.tr("Create the goods that are not in the catalogue"), self)
        self.create.setObjectName("importCreateMissing")
        self.create.setVisible(kind == "donation")
        self.create.toggled.connect(self._create_toggled)
        self.default_category = QComboBox(self)  # for new goods whose line names no category that matches
        self.default_category.setObjectName("importDefaultCategory")
        self.default_category.addItem(self.tr("Category of new goods: from the file only"), None)
        self.default_category.setVisible(kind == "donation")
        self.default_category.setEnabled(False)
        self.default_category.currentIndexChanged.connect(self._preview)
        self.new_items_label = QLabel(self)
        self.new_items_label.setObjectName("importNewItemsLabel")
        self.new_items = QListWidget(self)  # what creating the goods will add to the catalogue
        self.new_items.setObjectName("importNewItems")
        self.new_items.setMaximumHeight(110)
        self.new_items_label.hide()
        self.new_items.hide()
        self.donor = QLineEdit(self)
        self.donor.setObjectName("importDonor")
        self.donor.setPlaceholderText(self.tr("Donor, if the file does not name one"))
        self.donor.setVisible(kind == "donation")
        self.outcome = QLabel(self)
        self.outcome.setObjectName("importOutcome")
        self.outcome.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.hide()
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setObjectName("importStop")
        self.stop_button.setToolTip(self.tr("Stop the import; nothing is imported."))
        self.stop_button.clicked.connect(self.stop_import)
        self.stop_button.hide()
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.clicked.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(self.only_bad)
        options.addWidget(self.skip)
        options.addWidget(self.allow_expired)
        options.addStretch(1)
        options.addWidget(self.donor, 1)
        creating = QHBoxLayout()  # how names given twice and unknown goods are treated
        creating.addWidget(self.merge)
        creating.addWidget(self.create)
        creating.addWidget(self.default_category, 1)
        creating.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        read_as = QHBoxLayout()
        read_as.addWidget(self.source, 1)
        read_as.addWidget(self.encoding)
        layout.addLayout(read_as)
        layout.addWidget(self.header_note)
        layout.addWidget(self.columns)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(options)
        layout.addLayout(creating)
        layout.addWidget(self.new_items_label)
        layout.addWidget(self.new_items)
        running = QHBoxLayout()
        running.addWidget(self.bar, 1)
        running.addWidget(self.stop_button)
        layout.addLayout(running)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self._preview()

    # --- preview ---

    def _preview(self) -> None:
        """Read the file and check every row (again after "expired goods may come in" or the
        encoding changed), the columns as the user chose them."""
        self._check(lambda progress: preview_import(
            self, self.kind, self.path, allow_expired=self.allow_expired.isChecked(), progress=progress,
            encoding=self.encoding.currentData(), given=self.given, merge_names=self.merge.isChecked(),
            create_missing=self.create_choice()))

    def _column_chosen(self, key: str, field: str) -> None:
        """A column's field chosen: the rows are checked again, the file is not read again."""
        if self.read is None or self.importing or self.result is not None:
            return
        self.given[key] = field
        source = self.read
        self._check(lambda progress: preview_mapped(self, self.kind, source, self.given,
                                                    allow_expired=self.allow_expired.isChecked(), progress=progress,
                                                    merge_names=self.merge.isChecked(),
                                                    create_missing=self.create_choice()))

    def _check(self, make: Callable[[Progress], Op[ReadFile]]) -> None:
        self.file = None
        self._update_button()
        self._asked += 1
        asked = self._asked  # a later preview (the box ticked again) wins over an earlier one
        relay = self._start_relay()

        def previewed(file: ReadFile) -> None:
            if asked == self._asked:
                self._end_relay(relay)
                self._previewed(file)

        def failed(exc: BaseException, sentence: str) -> None:
            if asked == self._asked:
                self._end_relay(relay)
                if isinstance(exc, EncodingUnsure):
                    self._ask_encoding(exc)
                elif not isinstance(exc, ImportCancelled):  # stopped by closing: nobody is looking
                    self._read_failed(sentence)

        make(relay.progress).success(previewed).failure_with(failed).run(self.ctx.runner)

    def create_choice(self) -> NewGoodsChoice | None:
        """Whether (and with which default category) a donation list's unknown goods are created."""
        if self.kind != "donation" or not self.create.isChecked():
            return None
        return NewGoodsChoice(self.default_category.currentData())

    def _create_toggled(self, on: bool) -> None:
        self.default_category.setEnabled(on)
        if on and self.default_category.count() == 1:  # the categories, read once, when first wanted
            new_item_categories(self).success(self._fill_categories).run(self.ctx.runner)
        self._preview()

    def _fill_categories(self, categories: list[CategoryInfo]) -> None:
        self.default_category.blockSignals(True)
        for cat in categories:
            self.default_category.addItem(cat.path(self.ctx.lang), cat.code)
        self.default_category.blockSignals(False)

    def _show_new_items(self, file: ReadFile) -> None:
        """The goods an import will create, listed before anything is written."""
        new = file.preview.new_items
        self.new_items.clear()
        for goods in new:
            self.new_items.addItem(self.tr("{name} · {category} · {unit} · lines {lines}").format(
                name=goods.name, category=goods.category.path(self.ctx.lang), unit=unit_label(goods.unit),
                lines=", ".join(map(str, goods.lines))))
        self.new_items_label.setText(self.tr("New items to create: %n (nothing is written before you press Import)",
                                             "", len(new)))
        self.new_items_label.setVisible(bool(new))
        self.new_items.setVisible(bool(new))

    def encoding_label(self, code: str) -> str:
        return {"utf-8": "UTF-8", "utf-8-sig": self.tr("UTF-8 (with BOM)"),  # names, the same in every language
                "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE",
                "cp1250": self.tr("Windows-1250 (Central European)"),
                "cp1251": self.tr("Windows-1251 (Cyrillic)")}.get(code, code)

    def _show_source(self, file: ReadFile) -> None:
        """One line: the sheet or encoding read and a sample, so a wrong sheet or mojibake shows."""
        read = file.source
        parts = [self.tr("Read sheet \u2018{sheet}\u2019").format(sheet=read.sheet)] if read.sheet is not None else []
        if read.encoding:
            parts.append(self.tr("encoding {encoding}").format(encoding=self.encoding_label(read.encoding)))
        if read.sample:
            parts.append(self.tr("sample: {sample}").format(sample=read.sample))
        self._say(self.source, " \u00b7 ".join(parts), "")

    def _ask_encoding(self, exc: EncodingUnsure) -> None:
        """Both code pages read as text, or neither: the user says which reads right."""
        self._say(self.source, self.tr("The file's encoding is not clear. As Windows-1250 (Polish) it reads: "
                                       "\u201c{cp1250}\u201d; as Windows-1251 (Cyrillic): \u201c{cp1251}\u201d. "
                                       "Choose the encoding that reads right.")
                  .format(cp1250=exc.samples.get("cp1250", ""), cp1251=exc.samples.get("cp1251", "")), "error")
        self._say(self.counts, self.tr("Choose the file's encoding to read it."), "error")
        self.encoding.setVisible(True)
        self.encoding.setFocus()

    def _start_relay(self) -> ProgressRelay:
        """A new check or import's progress; one still running (an earlier check) is stopped."""
        if self.relay is not None:
            self.relay.cancel()
        relay = self.relay = ProgressRelay(self)
        relay.progressed.connect(lambda done, total: self._progressed(relay, done, total))
        self.bar.setRange(0, 0)  # busy while the file is read
        self.bar.show()
        return relay

    def _end_relay(self, relay: ProgressRelay) -> None:
        if self.relay is relay:
            self.relay = None
            self.bar.hide()
            self.stop_button.hide()
        relay.deleteLater()

    def _progressed(self, relay: ProgressRelay, done: int, total: int) -> None:
        if relay is self.relay and not relay.cancelled:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(min(done, max(total, 1)))

    def done(self, result: int) -> None:
        """Closed while the file is still being checked: stop checking it (an import that
        runs is left to finish; the Reports screen keeps the dialog until it answers)."""
        if self.relay is not None and not self.importing:
            self.relay.cancel()
        super().done(result)

    def _show_header(self, file: ReadFile) -> None:
        """Which row holds the column titles (or that none was found), the system recognised,
        and the columns not imported because nothing knows them."""
        read = file.source
        if not read.header_found:
            text = self.tr("No row among the first {n} has column titles the import knows; row {line} was taken "
                           "as the titles. Choose below what each column is.").format(n=HEADER_SEARCH_ROWS,
                                                                                     line=read.header_line)
            self._say(self.header_note, text, "error")
        else:
            parts = [self.tr("Column titles: row {line}.").format(line=read.header_line)]
            if read.system:
                parts.append(self.tr("A sheet from {system}: its columns are read as {system} means them.")
                             .format(system=read.system))
            if read.unknown:
                parts.append(self.tr("Unknown columns, not imported: {columns}.").format(
                    columns=", ".join(c.header or c.letter for c in read.unknown)))
            no_quantity = self.kind == "donation" and not any(c.field == "quantity" for c in read.columns)
            if no_quantity:
                parts.append(self.tr("No column gives the quantity: each line is received as 1."))
            self._say(self.header_note, " ".join(parts), "error" if read.unknown or no_quantity else "")
        if self.given:
            self.header_note.setText(self.header_note.text() + " " + self.tr(
                "Your column choices are remembered for sheets with these titles when you import."))
        self.columns.show_columns(read.columns, read.system)

    def _previewed(self, file: ReadFile) -> None:
        self.file, self.read = file, file.source
        self._show_source(file)
        self._show_header(file)
        self._show_new_items(file)
        preview = file.preview
        self.model.set_preview(preview, {c.row_key: c.header for c in file.source.columns if not c.field})
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.problem_column, QHeaderView.ResizeMode.Stretch)
        if not preview.rows:
            self._say(self.counts, self.tr("The file has no rows to import."), "error")
        elif not any(c.field for c in file.source.columns):
            self._say(self.counts, self.tr("No column is one the import reads: choose above what each column is."),
                      "error")
        elif preview.invalid:
            self._say(self.counts, self.tr("{valid} rows can be imported; {invalid} have a problem (in red). "
                                           "Fix the file and open it again, or skip those rows.")
                      .format(valid=preview.valid, invalid=preview.invalid), "error")
        else:
            self._say(self.counts, self.tr("All {valid} rows can be imported.").format(valid=preview.valid), "ok")
        self.skip.setEnabled(preview.invalid > 0 and preview.valid > 0)
        self._update_button()

    def _read_failed(self, sentence: str) -> None:
        self.source.clear()
        self._say(self.counts, self.tr("The file cannot be read: {reason}").format(reason=sentence), "error")

    def _filter_rows(self, only_bad: bool) -> None:
        for row, preview_row in enumerate(self.model.rows):
            self.table.setRowHidden(row, only_bad and not preview_row.error)

    def can_import(self) -> bool:
        preview = self.file.preview if self.file else None
        return (self.ctx.is_manager and not self.importing and self.result is None and preview is not None
                and preview.valid > 0 and (preview.invalid == 0 or self.skip.isChecked()))

    def _update_button(self) -> None:
        self.import_button.setEnabled(self.can_import())
        creates = len(self.file.preview.new_items) if self.file is not None else 0
        self.import_button.setText(self.tr("Import and create %n items", "", creates) if creates else self.tr("Import"))
        if not self.ctx.is_manager:
            self.import_button.setToolTip(self.tr("Only a manager can import: it changes the catalogue and stock."))

    # --- import ---

    def start_import(self) -> None:
        if not self.can_import() or self.file is None:
            return
        self.importing = True
        self.import_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self._say(self.outcome, self.tr("Importing\u2026"), "")
        relay = self._start_relay()
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        import_rows(self, self.kind, self.ctx.actor, self.file.source, skip_invalid=self.skip.isChecked(),
                    donor=self.donor.text().strip() or None, allow_expired=self.allow_expired.isChecked(),
                    merge_names=self.merge.isChecked(), create_missing=self.create_choice(),
                    remember=bool(self.given), progress=relay.progress) \
            .success(lambda result: self._end_then(relay, self._imported, result)) \
            .failure_with(lambda exc, sentence: self._end_then(relay, self._import_failed, exc, sentence)) \
            .run(self.ctx.runner)

    def stop_import(self) -> None:
        """Stop the running import: its transaction rolls back, nothing is written."""
        if self.importing and self.relay is not None:
            self.relay.cancel()
            self.stop_button.setEnabled(False)
            self._say(self.outcome, self.tr("Stopping\u2026"), "")

    def _end_then(self, relay: ProgressRelay, then: Callable[..., None], *args: object) -> None:
        self._end_relay(relay)
        then(*args)

    def _imported(self, result: ImportResult) -> None:
        """Here and in the main message bar; the other screens hear of it by the change notice.
        Closed meanwhile, the dialog is kept until this answer came (see the Reports screen)."""
        if self.kind == "items":
            text = self.tr("Items imported: {n}. Rows skipped: {skipped}.").format(
                n=result.imported, skipped=result.skipped)
        else:
            text = self.tr("Lines received into donation {donation}: {n}. Rows skipped: {skipped}.").format(
                n=result.imported, skipped=result.skipped, donation=result.donation or "")
            if result.created:
                text += " " + self.tr("New items created: %n.", "", result.created)
        self.ctx.messages.success(text)
        self.result, self.importing = result, False
        self._say(self.outcome, text, "ok")
        self.close_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self._update_button()
        self.settled.emit()

    def _import_failed(self, exc: BaseException, sentence: str) -> None:
        self.importing = False
        if isinstance(exc, ImportCancelled):  # the sentence says nothing was imported
            self._say(self.outcome, sentence, "")
        else:
            self._say(self.outcome, self.tr("Nothing was imported: {reason}").format(reason=sentence), "error")
        self.close_button.setEnabled(True)
        self._update_button()
        self.settled.emit()

    @staticmethod
    def _say(label: QLabel, text: str, kind: str) -> None:
        colour = {"ok": "#0d5223", "error": "#a1281b"}.get(kind, "#1a3c6e")
        label.setStyleSheet(f"color:{colour}; font-weight:bold;")
        label.setText(text)
