"""The UI tests' helpers for papers: open a paper's print preview with a real click, save it
from the preview's own "Save PDF…" button, or print it through Qt's printer to a PDF file."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QToolButton
from pytestqt.qtbot import QtBot

from warehouse_app.ui.base.export_job import ExportPanel
from warehouse_app.ui.base.printing import PrintPreview


def open_preview(qtbot: QtBot, panel: ExportPanel, click: Callable[[], object]) -> PrintPreview:
    """``click`` asks for a paper: its PDF is made in a worker, then the preview opens on it."""
    with qtbot.waitSignal(panel.preview_opened, timeout=60_000) as opened:
        click()
    preview = opened.args[0]
    assert isinstance(preview, PrintPreview)
    qtbot.waitUntil(preview.isVisible)
    return preview


def save_from_preview(qtbot: QtBot, preview: PrintPreview, out: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Press the preview's Save PDF…; the file dialog answers ``out``. The names it was offered."""
    offered: list[str] = []

    def answer(parent, caption, default, file_filter, *args, **kwargs):  # type: ignore[no-untyped-def]
        offered.append(default)
        return str(out), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    button = preview.findChild(QToolButton, "previewSavePdfButton")
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert out.is_file()
    return offered


def print_to_file(qtbot: QtBot, panel: ExportPanel, preview: PrintPreview, out: Path) -> None:
    """Print in the preview, then OK in Qt's print dialog, with Qt's PDF printer as the printer:
    the pages are painted in the print thread and the preview closes."""
    preview.target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.target.setOutputFileName(str(out))
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        accept_print_dialog(preview)
        qtbot.mouseClick(preview.findChild(QToolButton, "previewPrintButton"), Qt.MouseButton.LeftButton)
    assert panel.state == "done" and panel.label.text().endswith(f"sent to {out}."), panel.label.text()
    qtbot.waitUntil(lambda: panel.preview is None)
    assert out.is_file()


def accept_print_dialog(preview: PrintPreview) -> None:
    """OK in the print dialog once it shows (it runs its own loop, as a question does)."""

    def accept() -> None:
        dialog = preview.print_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, accept)
            return
        dialog.accept()

    QTimer.singleShot(0, accept)


RENDER_DPI = 40


def page_images(pdf: Path) -> list[Image.Image]:
    """Every page drawn by poppler (not by Qt, which printed it) in grey."""
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(RENDER_DPI), "-gray", "-png", str(pdf), str(stem)], check=True)
    pages = sorted(pdf.parent.glob(f"{stem.name}-*.png"))
    return [Image.open(page).convert("L") for page in pages]


def assert_same_pages(saved: Path, printed: Path) -> None:
    """The printed PDF has the saved one's pages, on the same paper, and they look the same (not blank)."""
    source, paper = PdfReader(saved), PdfReader(printed)
    assert len(paper.pages) == len(source.pages)
    for ours, theirs in zip(source.pages, paper.pages, strict=True):
        assert abs(float(ours.mediabox.width) - float(theirs.mediabox.width)) < 1.5
        assert abs(float(ours.mediabox.height) - float(theirs.mediabox.height)) < 1.5
    for ours_image, theirs_image in zip(page_images(saved), page_images(printed), strict=True):
        assert ink(theirs_image) > ink(ours_image) / 2 > 0, "a printed page is blank"
        size = (min(ours_image.width, theirs_image.width), min(ours_image.height, theirs_image.height))
        alike = correlation(ours_image.resize(size).reduce(4), theirs_image.resize(size).reduce(4))
        assert alike > 0.7, f"the printed page does not look like the saved one ({alike:.2f})"


def ink(page: Image.Image) -> float:
    """The share of a grey page that is not white paper."""
    return float(ImageStat.Stat(page.point(lambda v: 255 if v < 200 else 0)).mean[0]) / 255


def correlation(first: Image.Image, second: Image.Image) -> float:
    """How alike two grey pages are, 1 = the same picture (a page moved by 8 pixels is ~0.3)."""
    xs, ys = list(first.tobytes()), list(second.tobytes())  # grey: one byte a pixel
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    cov = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    var_x = sum((x - mean_x) ** 2 for x in xs)
    var_y = sum((y - mean_y) ** 2 for y in ys)
    return cov / ((var_x * var_y) ** 0.5 or 1.0)
