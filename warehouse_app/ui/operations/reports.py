"""The Reports screen's actions: what it offers to pick from, and the spreadsheet imports.

The documents themselves are ``DocumentJob``s (documents/jobs.py), run by the ExportPanel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from warehouse_app.core.context import Actor
from warehouse_app.core.intake.imports import (
    ImportPreview,
    ImportResult,
    NewGoodsChoice,
    Progress,
    import_donation,
    import_items,
    preview_donation,
    preview_items,
)
from warehouse_app.core.reports.choices import ReportChoices, load_choices
from warehouse_app.documents.sheet_reader import SheetRead, read_sheet
from warehouse_app.ui.base.tasks import Change, Op

IMPORT_KINDS = ("items", "donation")
# What an import changes: new items in the catalogue; or a donation received into stock.
IMPORT_CHANGES = {"items": Change.CATALOGUE, "donation": Change.STOCK | Change.DONATIONS}
# What the pickers show: donations, places, categories and the goods without a barcode.
CHOICES_CHANGE = Change.STOCK | Change.CATALOGUE | Change.DONATIONS


def report_choices(owner: QObject) -> Op[ReportChoices]:
    return Op(owner, load_choices)


@dataclass(frozen=True)
class ReadFile:
    rows: list[dict[str, str]]
    preview: ImportPreview
    source: SheetRead  # the sheet or encoding read, and a sample, for the dialog's note


def preview_import(owner: QObject, kind: str, path: Path, *, allow_expired: bool = False,
                   progress: Progress | None = None, encoding: str | None = None, merge_names: bool = False,
                   create_missing: NewGoodsChoice | None = None) -> Op[ReadFile]:
    """The file's rows and what is wrong with each (goods already expired are a problem
    unless ``allow_expired``); writes nothing. ``encoding`` forces a CSV file's encoding
    (else detected; ``EncodingUnsure`` when the user has to choose). ``progress`` hears the rows checked and
    stops the check by answering False (``ImportCancelled``). ``merge_names`` and ``create_missing``
    as ``preview_items``/``preview_donation`` take them."""

    def work(session: Session) -> ReadFile:
        source = read_sheet(path, encoding=encoding)
        rows = source.rows
        if kind == "items":
            return ReadFile(rows, preview_items(session, rows, merge_names=merge_names, progress=progress), source)
        return ReadFile(rows, preview_donation(session, rows, allow_expired=allow_expired, create_missing=create_missing,
                                               progress=progress), source)

    return Op(owner, work)


def import_rows(owner: QObject, kind: str, actor: Actor, rows: list[dict[str, str]], *, skip_invalid: bool,
                donor: str | None = None, allow_expired: bool = False, merge_names: bool = False,
                create_missing: NewGoodsChoice | None = None, progress: Progress | None = None) -> Op[ImportResult]:
    """Import the previewed rows in one transaction (the service checks every row again).
    ``progress`` answering False stops it: ``ImportCancelled``, and nothing is written."""
    if kind == "items":
        return Op(owner, lambda s: import_items(s, actor, rows, skip_invalid=skip_invalid, merge_names=merge_names,
                                                progress=progress),
                  write=True, changes=IMPORT_CHANGES[kind])
    changes = IMPORT_CHANGES[kind] | (Change.CATALOGUE if create_missing is not None else Change.NONE)
    return Op(owner, lambda s: import_donation(s, actor, rows, donor=donor, skip_invalid=skip_invalid,
                                               allow_expired=allow_expired, create_missing=create_missing,
                                               progress=progress),
              write=True, changes=changes)
