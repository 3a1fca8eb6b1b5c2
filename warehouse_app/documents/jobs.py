"""Every document the app writes, as one job that both front ends run the same way.

A ``DocumentJob`` reads its data in a read transaction (``read(session)``), and the
transaction closes before ``render`` writes the file, so a 40-page PDF holds no
connection and no snapshot while it draws. The one exception is a job marked
``streams``: the stock sheet streams its rows from the query into the workbook (a
large hub's 100,000 rows never sit in memory), so it renders inside the read.

The CLI calls ``run_job(db, job, out)``; the GUI runs ``job.read`` as an operation and
``render_job`` after it, in the worker, with progress and cancel. Either way a file
that cannot be written is the same one sentence, and nothing half-written is left.
Writers are imported when a job renders, so naming a job costs no reportlab import.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from warehouse_app.documents.progress import Progress, atomic_output
from warehouse_app.kernel.errors import BadInput, WarehouseError
from warehouse_app.kernel.paths import check_output_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from warehouse_app.core.access.operators import OperatorInfo
    from warehouse_app.core.arrival.report_data import ArrivalReport
    from warehouse_app.core.reports.count_sheet import CountSheet
    from warehouse_app.core.reports.donation_receipt import DonationReceipt
    from warehouse_app.core.reports.donation_report import DonationReport
    from warehouse_app.core.reports.stock_export import StockSheetData
    from warehouse_app.core.shipping.packing_data import Package, PackingList, TruckInfo, WarehouseDetails
    from warehouse_app.core.shipping.pick_list import PickList
    from warehouse_app.core.stock.history import LedgerFilter, LedgerRow
    from warehouse_app.core.stock.places import Target
    from warehouse_app.core.trace.data import DonorTrace
    from warehouse_app.db.database import Database

D = TypeVar("D")


@dataclass(frozen=True)
class DocumentJob(Generic[D]):
    """How to read one document's data, and how to write it to a file."""

    read: Callable[[Session], D]
    render: Callable[[D, Path, Progress | None], Path]
    streams: bool = False  # render inside the read transaction (rows streamed from the query)


@dataclass(frozen=True)
class Written(Generic[D]):
    """The file written and the data it shows (the CLI prints a summary of it)."""

    path: Path
    data: D


def file_error(out: str | os.PathLike[str], exc: OSError) -> WarehouseError:
    """A full disk, a folder that is gone or read-only: the user's path, one sentence."""
    return BadInput("The file {name} cannot be saved there: {reason}.", name=Path(out).name,
                    reason=exc.strerror or exc.__class__.__name__)


def render_job(job: DocumentJob[D], data: D, out: str | os.PathLike[str], progress: Progress | None = None) -> Written[D]:
    check_output_path(out)
    try:
        return Written(job.render(data, Path(out), progress), data)
    except OSError as exc:
        raise file_error(out, exc) from None


def read_and_render(session: Session, job: DocumentJob[D], out: str | os.PathLike[str],
                    progress: Progress | None = None) -> Written[D]:
    """A streaming job's whole run inside the caller's read transaction."""
    return render_job(job, job.read(session), out, progress)


def run_job(db: Database, job: DocumentJob[D], out: str | os.PathLike[str], progress: Progress | None = None) -> Written[D]:
    """Read in a transaction, close it, then render (the command line's way)."""
    check_output_path(out)  # before the read: a path no disk takes is refused at once
    with db.read() as session:
        if job.streams:
            return read_and_render(session, job, out, progress)
        data = job.read(session)
    return render_job(job, data, out, progress)


# --- the truck's papers -------------------------------------------------------------------

def packing_list_job(truck: str) -> DocumentJob[PackingList]:
    from warehouse_app.core.shipping.packing_list import packing_list

    def render(data: PackingList, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.packing_list_pdf import write_packing_list

        return write_packing_list(data, out, progress=progress)

    return DocumentJob(lambda s: packing_list(s, truck), render)


def manifest_job(truck: str, *, lang: str = "en", trilingual: bool = False) -> DocumentJob[PackingList]:
    """The manifest in ``lang``; ``trilingual`` titles its columns in PL, EN and UK."""
    from warehouse_app.core.shipping.packing_list import packing_list

    def render(data: PackingList, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.manifest_xlsx import write_truck_manifest

        return write_truck_manifest(data, out, lang=lang, trilingual=trilingual, progress=progress)

    return DocumentJob(lambda s: packing_list(s, truck), render)


def cmr_job(truck: str) -> DocumentJob[PackingList]:
    """The CMR consignment note, filled from the truck and its packing list."""
    from warehouse_app.core.shipping.packing_list import packing_list

    def render(data: PackingList, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.cmr_pdf import write_cmr

        return write_cmr(data, out, progress=progress)

    return DocumentJob(lambda s: packing_list(s, truck), render)


Labels = tuple["TruckInfo | None", "tuple[Package, ...]"]


def labelled(ref: str, data: Labels) -> Labels:
    """The labels read for ``ref``, refused with a sentence when there is nothing to label."""
    if not data[1]:
        raise BadInput("{ref} holds nothing to label yet.", ref=ref)
    return data


def labels_job(ref: str, page: str) -> DocumentJob[Labels]:
    """Labels of a box, a pallet (its boxes, then itself) or a whole truck."""
    from warehouse_app.core.shipping.packing_list import label_packages

    def render(data: Labels, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.labels_pdf import write_labels

        truck, packages = labelled(ref, data)
        return write_labels(packages, out, truck=truck, page=page, progress=progress)

    return DocumentJob(lambda s: label_packages(s, ref), render)


def pick_list_job(truck: str, wanted: Sequence[tuple[str, str]]) -> DocumentJob[PickList]:
    """A truck's pick list: where to take what it should still carry, by place then item."""
    from warehouse_app.core.shipping.pick_list import pick_list

    chosen = tuple(wanted)

    def render(data: PickList, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.pick_list_pdf import write_pick_list

        return write_pick_list(data, out, progress=progress)

    return DocumentJob(lambda s: pick_list(s, truck, chosen), render)


def place_labels_job(refs: Sequence[str], page: str) -> DocumentJob[tuple[Target, ...]]:
    """Labels for racks, shelves and bins: those named, or every place in use."""
    from warehouse_app.core.stock.places import labelled_places

    chosen = tuple(refs)

    def render(data: tuple[Target, ...], out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.place_labels_pdf import write_place_labels

        return write_place_labels(data, out, page=page, progress=progress)

    return DocumentJob(lambda s: labelled_places(s, chosen), render)


def zpl_labels_job(ref: str, *, size: str, dpi: int) -> DocumentJob[Labels]:
    """The same labels as ZPL for a thermal printer, saved to a file (to send later)."""
    from warehouse_app.core.shipping.packing_list import label_packages
    from warehouse_app.documents.labels_zpl import ZplPage

    page = ZplPage(size=size, dpi=dpi)  # a wrong size or resolution is refused before any read

    def render(data: Labels, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.labels_zpl import labels_zpl, write_zpl

        truck, packages = labelled(ref, data)
        return write_zpl(labels_zpl(packages, page, truck=truck, progress=progress), out)

    return DocumentJob(lambda s: label_packages(s, ref), render)


# --- the truck file's far end: arrivals at a receiving hub ----------------------------------

def save_file(content: bytes, out: str | os.PathLike[str]) -> Path:
    """A data file the core made (a truck file, an arrival confirmation) saved as documents are:
    under a temporary name, renamed at the end; a file that cannot be written is one sentence."""
    check_output_path(out)
    try:
        with atomic_output(out) as temp:
            temp.write_bytes(content)
    except OSError as exc:
        raise file_error(out, exc) from None
    return Path(out)


def arrival_report_job(truck: str) -> DocumentJob[ArrivalReport]:
    """The arrival report of an incoming truck (what the hub found, package by package)."""
    from warehouse_app.core.arrival.incoming import arrival_report

    def render(data: ArrivalReport, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.arrival_pdf import write_arrival_report

        return write_arrival_report(data, out, progress=progress)

    return DocumentJob(lambda s: arrival_report(s, truck), render)


# --- stock and donations ------------------------------------------------------------------

def stock_sheet_job(*, lang: str, operator: str, warehouse: str | None = None) -> DocumentJob[StockSheetData]:
    """The stock sheet; ``warehouse`` None prints the warehouse's own name."""
    from warehouse_app.core.reports.stock_export import stock_sheet_data
    from warehouse_app.core.shipping.warehouse import warehouse_details

    def read(s: Session) -> StockSheetData:
        name = warehouse if warehouse is not None else warehouse_details(s).name
        return stock_sheet_data(s, lang=lang, operator=operator, warehouse=name)

    def render(data: StockSheetData, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.stock_xlsx import write_stock_sheet

        return write_stock_sheet(data, out, progress=progress)

    return DocumentJob(read, render, streams=True)


def history_job(filters: LedgerFilter, *, lang: str, described: str = "") -> DocumentJob[tuple[LedgerRow, ...]]:
    """Every ledger row that matches ``filters`` (the History screen's), newest first."""
    from warehouse_app.core.stock.history import ledger_rows

    def render(data: tuple[LedgerRow, ...], out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.history_xlsx import write_history

        return write_history(data, out, lang=lang, filters=described, progress=progress)

    return DocumentJob(lambda s: ledger_rows(s, filters), render)


def donations_report_job(date_from: date, date_to: date, *, lang: str) -> DocumentJob[DonationReport]:
    from warehouse_app.core.reports.donation_report import donation_report

    def render(data: DonationReport, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.donations_xlsx import write_donations_report

        return write_donations_report(data, out, lang=lang, progress=progress)

    return DocumentJob(lambda s: donation_report(s, date_from, date_to, lang=lang), render)


Receipt = tuple["DonationReceipt", "WarehouseDetails"]


def donation_receipt_job(number: str, *, lang: str) -> DocumentJob[Receipt]:
    """A donor's receipt, with the warehouse as its sender."""
    from warehouse_app.core.reports.donation_receipt import donation_receipt
    from warehouse_app.core.shipping.warehouse import warehouse_details

    def render(data: Receipt, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.donation_receipt_pdf import write_donation_receipt

        receipt, sender = data
        return write_donation_receipt(receipt, out, lang=lang, sender=sender, progress=progress)

    return DocumentJob(lambda s: (donation_receipt(s, number), warehouse_details(s)), render)


DonorReport = tuple["DonorTrace", "WarehouseDetails"]


def donor_impact_job(donor: str, date_from: date | None = None, date_to: date | None = None, *,
                     lang: str) -> DocumentJob[DonorReport]:
    """Where one donor's gifts of a period went, a letter in ``lang``, with the warehouse as its sender."""
    from warehouse_app.core.shipping.warehouse import warehouse_details
    from warehouse_app.core.trace.journey import trace_donor

    def render(data: DonorReport, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.donor_impact_pdf import write_donor_impact

        trace, sender = data
        return write_donor_impact(trace, out, lang=lang, sender=sender, progress=progress)

    return DocumentJob(lambda s: (trace_donor(s, donor, date_from, date_to), warehouse_details(s)), render)


def impact_sheet_job(date_from: date | None = None, date_to: date | None = None, *,
                     lang: str) -> DocumentJob[list[DonorTrace]]:
    """Where every donor's gifts of a period went, as a sheet in ``lang``."""
    from warehouse_app.core.trace.journey import trace_donors

    def render(data: list[DonorTrace], out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.impact_xlsx import write_impact_sheet

        return write_impact_sheet(data, out, date_from=date_from, date_to=date_to, lang=lang, progress=progress)

    return DocumentJob(lambda s: trace_donors(s, date_from, date_to), render)


def count_sheet_job(*, location: str | None, category: str | None) -> DocumentJob[CountSheet]:
    from warehouse_app.core.reports.count_sheet import count_sheet

    def render(data: CountSheet, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.count_sheet_pdf import write_count_sheet

        return write_count_sheet(data, out, progress=progress)

    return DocumentJob(lambda s: count_sheet(s, location=location, category=category), render)


# --- scan sheets: codes a station without goods at hand can scan ---------------------------

ScanEntries = tuple[tuple[str, str], ...]


def parse_scan_entries(entries: Sequence[str], *, lines: bool = False) -> ScanEntries:
    """``CODE=CAPTION`` entries: the command line's arguments, or (``lines``) the lines
    typed on the Reports screen, where blank lines are skipped and a bare code is its own
    caption. A bad entry is one sentence."""
    pairs = []
    for number, entry in enumerate(entries, 1):
        if lines and not entry.strip():
            continue
        code, sep, caption = entry.partition("=")
        code, caption = code.strip(), caption.strip()
        if lines and not code:
            raise BadInput("Line {number} has no code before the = sign.", number=number)
        if not lines and (not sep or not code):
            raise BadInput("Write each scan-sheet entry as CODE=CAPTION, e.g. IT000012=Koc polarowy; got {entry}.",
                           entry=entry)
        pairs.append((code, (caption or code) if lines else caption))
    return tuple(pairs)


def scan_sheet_job(entries: Sequence[tuple[str, str]], *, title: str = "") -> DocumentJob[ScanEntries]:
    chosen: ScanEntries = tuple(entries)

    def render(data: ScanEntries, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.labels_pdf import write_scan_sheet

        return write_scan_sheet(data, out, title=title, progress=progress)

    def read(_session: Session) -> ScanEntries:
        return chosen

    return DocumentJob(read, render)


# --- operator badges ------------------------------------------------------------------------

Badges = tuple[tuple["OperatorInfo", ...], str]


def badges_job(names: Sequence[str] = ()) -> DocumentJob[Badges]:
    """Badges of the people named, or of everyone who works here, with the warehouse's name."""
    from warehouse_app.core.access.operators import badge_holders
    from warehouse_app.core.shipping.warehouse import warehouse_details

    chosen = tuple(names)

    def render(data: Badges, out: Path, progress: Progress | None) -> Path:
        from warehouse_app.documents.badges_pdf import write_badges

        people, warehouse = data
        return write_badges(people, out, warehouse=warehouse, progress=progress)

    return DocumentJob(lambda s: (tuple(badge_holders(s, chosen)), warehouse_details(s).name), render)
