"""``labels … --zpl FILE | --printer`` and ``label-printer-test``: the same labels as the PDF's, as ZPL
in a file or sent to the label printer of this station's settings (a real TCP server here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import Cli, ok, stock_tins_and_blankets
from tests.documents.zpl_reading import read_labels
from tests.raw_printer import raw_printer, refused_address
from tests.shipping_fixtures import TINS
from warehouse_app.kernel.station import LabelPrinter
from warehouse_app.station.store import load_label_printer, save_label_printer


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The station settings these commands read are the test's own, never the user's."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


@pytest.fixture
def box(cli: Cli) -> str:
    stock_tins_and_blankets(cli)
    code = ok(cli, "box", "create").split()[-1]
    ok(cli, "box", "pack", code, TINS, "--qty", "12")
    return code


def test_labels_as_a_zpl_file_in_the_stations_or_the_given_setup(cli: Cli, box: str, tmp_path: Path) -> None:
    out = tmp_path / "box.zpl"
    assert ok(cli, "labels", box, "--zpl", str(out)) == f"Wrote 1 label to {out}\n"
    (label,) = read_labels(out.read_bytes())
    assert (label.width, label.length, label.barcodes()) == (799, 1199, [box])  # the default: 203 dpi, 100×150
    ok(cli, "labels", box, "--zpl", str(out), "--dpi", "300", "--size", "a6")
    (label,) = read_labels(out.read_bytes())
    assert (label.width, label.length) == (1240, 1748)


def test_labels_to_the_label_printer_and_its_test_label(cli: Cli, box: str) -> None:
    code, _out, err = cli("labels", box, "--printer")
    assert code == 2 and "prints labels as PDF" in err
    with raw_printer() as printer:
        save_label_printer(LabelPrinter(kind="network", address=printer.address, dpi=300, size="100x150"))
        assert load_label_printer().address == printer.address
        assert ok(cli, "labels", box, "--printer") == (
            f"Sent 1 label to the label printer at {printer.address} (300 dpi, 100x150)\n")
        (label,) = read_labels(printer.wait_for_job())
        assert label.barcodes() == [box] and label.width == 1181
        assert "TEST-300-100X150" in ok(cli, "label-printer-test")
        (label,) = read_labels(printer.wait_for_job())
        assert label.barcodes() == ["TEST-300-100X150"]


def test_a_printer_nobody_answers_for_is_exit_5_and_one_sentence(cli: Cli, box: str) -> None:
    save_label_printer(LabelPrinter(kind="network", address=refused_address()))
    code, out, err = cli("labels", box, "--printer")
    assert (code, out) == (5, "") and err.count("\n") == 1 and "refused the connection" in err


def test_item_labels_from_the_scan_sheets_entries(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "items.zpl"
    assert ok(cli, "scan-sheet", "IT000012=Koc polarowy / Ковдра", "5901234123457=Mydło", "--zpl", str(out),
              "--size", "a6") == f"Wrote 2 labels to {out}\n"
    assert [label.barcodes() for label in read_labels(out.read_bytes())] == [["IT000012"], ["5901234123457"]]
    with raw_printer() as printer:
        save_label_printer(LabelPrinter(kind="network", address=printer.address))
        assert ok(cli, "scan-sheet", "it7=Rękawice", "--printer").startswith("Sent 1 label to the label printer")
        (label,) = read_labels(printer.wait_for_job())
    assert label.barcodes() == ["IT000007"]
