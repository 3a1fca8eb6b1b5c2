"""The units of work behind the Reports screen's buttons: each reads its data from the
session and calls a writer, in a worker (see ui/export_job.py). Plain functions of
(session, out, progress), so the screen, its tests and any later caller share them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from warehouse_app.core.reports.count_sheet import count_sheet as count_sheet_data
from warehouse_app.core.reports.donation_receipt import donation_receipt as receipt_data
from warehouse_app.core.reports.donation_report import donation_report
from warehouse_app.core.reports.stock_export import stock_sheet_data
from warehouse_app.core.shipping.warehouse import warehouse_details
from warehouse_app.documents.count_sheet_pdf import write_count_sheet
from warehouse_app.documents.donation_receipt_pdf import write_donation_receipt
from warehouse_app.documents.donations_xlsx import write_donations_report
from warehouse_app.documents.labels_pdf import write_scan_sheet
from warehouse_app.documents.progress import Progress
from warehouse_app.documents.stock_xlsx import write_stock_sheet
from warehouse_app.ui.base.export_job import Build


def stock_sheet(lang: str, operator: str) -> Build:
    def build(session: Any, out: Path, progress: Progress) -> Path:
        data = stock_sheet_data(session, lang=lang, operator=operator, warehouse=warehouse_details(session).name)
        return write_stock_sheet(data, out, progress=progress)

    return build


def donations_report(date_from: date, date_to: date, lang: str) -> Build:
    def build(session: Any, out: Path, progress: Progress) -> Path:
        return write_donations_report(donation_report(session, date_from, date_to, lang=lang), out, progress=progress)

    return build


def donation_receipt(number: str, lang: str) -> Build:
    def build(session: Any, out: Path, progress: Progress) -> Path:
        return write_donation_receipt(receipt_data(session, number), out, lang=lang,
                                      sender=warehouse_details(session), progress=progress)

    return build


def count_sheet(place: str | None, category: str | None) -> Build:
    def build(session: Any, out: Path, progress: Progress) -> Path:
        return write_count_sheet(count_sheet_data(session, location=place, category=category), out, progress=progress)

    return build


def scan_sheet(entries: Sequence[tuple[str, str]], title: str) -> Build:
    chosen = tuple(entries)

    def build(session: Any, out: Path, progress: Progress) -> Path:
        return write_scan_sheet(chosen, out, title=title, progress=progress)

    return build
