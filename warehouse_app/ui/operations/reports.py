"""The Reports screen's actions: what it offers to pick from, and the spreadsheet imports.

The documents themselves are ``DocumentJob``s (documents/jobs.py), run by the ExportPanel.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from warehouse_app.core.context import Actor
from warehouse_app.core.intake.column_mapping import remember_mapping, saved_mapping
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
    source: SheetRead  # the sheet or encoding read, a sample, the header row and its columns, for the dialog


def _check(session: Session, kind: str, source: SheetRead, allow_expired: bool, progress: Progress | None,
           merge_names: bool, create_missing: NewGoodsChoice | None) -> ReadFile:
    rows = source.rows
    if kind == "items":
        return ReadFile(rows, preview_items(session, rows, merge_names=merge_names, progress=progress), source)
    return ReadFile(rows, preview_donation(session, rows, allow_expired=allow_expired, create_missing=create_missing,
                                           progress=progress), source)


def preview_import(owner: QObject, kind: str, path: Path, *, allow_expired: bool = False,
                   progress: Progress | None = None, encoding: str | None = None,
                   given: Mapping[str, str] | None = None, merge_names: bool = False,
                   create_missing: NewGoodsChoice | None = None) -> Op[ReadFile]:
    """The file's rows and what is wrong with each (goods already expired are a problem
    unless ``allow_expired``); writes nothing. The columns are matched by their names, by
    other systems' headers and by the mapping remembered for sheets with these headers,
    under the user's own choices (``given``).
    ``encoding`` forces a CSV file's encoding (else detected; ``EncodingUnsure`` when the
    user has to choose). ``progress`` hears the rows checked and stops the check by
    answering False (``ImportCancelled``). ``merge_names`` and ``create_missing`` as
    ``preview_items``/``preview_donation`` take them."""

    def work(session: Session) -> ReadFile:
        source = read_sheet(path, encoding=encoding, remembered=lambda stamp: saved_mapping(session, stamp))
        if given:
            source = source.remap(given=given)
        return _check(session, kind, source, allow_expired, progress, merge_names, create_missing)

    return Op(owner, work)


def preview_mapped(owner: QObject, kind: str, source: SheetRead, given: Mapping[str, str], *,
                   allow_expired: bool = False, progress: Progress | None = None, merge_names: bool = False,
                   create_missing: NewGoodsChoice | None = None) -> Op[ReadFile]:
    """The sheet already read, its columns as the user chose (``given``: normalised header ->
    field, or "" for not imported, over what was remembered), checked again; the file is not
    read again."""
    return Op(owner, lambda session: _check(session, kind, source.remap(given=given), allow_expired, progress,
                                            merge_names, create_missing))


def import_rows(owner: QObject, kind: str, actor: Actor, source: SheetRead, *, skip_invalid: bool,
                donor: str | None = None, allow_expired: bool = False, remember: bool = False,
                merge_names: bool = False, create_missing: NewGoodsChoice | None = None,
                progress: Progress | None = None) -> Op[ImportResult]:
    """Import the previewed rows in one transaction (the service checks every row again);
    ``remember``: keep the user's column choices for sheets with these headers, in the same
    transaction. ``progress`` answering False stops it: ``ImportCancelled``, and nothing is written."""
    rows = source.rows

    def work(session: Session) -> ImportResult:
        if kind == "items":
            result = import_items(session, actor, rows, skip_invalid=skip_invalid, merge_names=merge_names,
                                  progress=progress)
        else:
            result = import_donation(session, actor, rows, donor=donor, skip_invalid=skip_invalid,
                                     allow_expired=allow_expired, create_missing=create_missing, progress=progress)
        if remember:
            remember_mapping(session, actor, source.signature, source.chosen())
        return result

    changes = IMPORT_CHANGES[kind] | (Change.CATALOGUE if create_missing is not None else Change.NONE)
    return Op(owner, work, write=True, changes=changes)
