"""Labels to a thermal printer: the bytes a real TCP server on 127.0.0.1 receives on its raw port,
the sentence when nothing listens, and the printer queue's ``lp`` as CUPS is called."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from tests.documents.factory import packing_list
from tests.documents.zpl_reading import read_labels
from tests.raw_printer import raw_printer, refused_address
from warehouse_app.kernel.errors import BadInput, PrinterFailed
from warehouse_app.kernel.station import LabelPrinter
from warehouse_app.station.label_printer import (
    parse_address,
    print_labels,
    print_test_label,
    send_to_network,
    send_to_queue,
)


def test_addresses_are_host_and_port_with_the_raw_port_by_default() -> None:
    assert parse_address("192.168.1.50") == ("192.168.1.50", 9100)
    assert parse_address(" zebra-1:6101 ") == ("zebra-1", 6101)
    assert parse_address("[fe80::1]:9100") == ("fe80::1", 9100)
    assert parse_address("fe80::1") == ("fe80::1", 9100)
    for bad in ("", "zebra:", "zebra:http", "zebra:70000", ":9100"):
        with pytest.raises(BadInput):
            parse_address(bad)


def test_a_trucks_labels_arrive_whole_at_the_printers_raw_port() -> None:
    data = packing_list(lines=40, per_box=8, loose=0)
    with raw_printer() as printer:
        settings = LabelPrinter(kind="network", address=printer.address, dpi=300, size="a6")
        assert print_labels((data.truck, data.packages), settings, ref="T-2026-0042") == 5
        labels = read_labels(printer.wait_for_job())
    assert [label.barcodes() for label in labels] == [[p.label_code] for p in data.packages]
    assert {(label.width, label.length) for label in labels} == {(1240, 1748)}


def test_the_test_label_arrives_and_names_its_code() -> None:
    with raw_printer() as printer:
        settings = LabelPrinter(kind="network", address=printer.address)
        code = print_test_label(settings, warehouse="Magazyn", station="intake-1")
        (label,) = read_labels(printer.wait_for_job())
    assert code == "TEST-203-100X150" and label.barcodes() == [code]


def test_a_printer_that_refuses_the_connection_is_one_sentence() -> None:
    address = refused_address()
    with pytest.raises(PrinterFailed, match=r"refused the connection on port \d+: check the address") as caught:
        send_to_network(b"^XA^XZ", address)
    assert caught.value.exit_code == 5
    with pytest.raises(PrinterFailed, match="No printer called no-such-printer.invalid is known"):
        send_to_network(b"^XA^XZ", "no-such-printer.invalid:9100")


def test_pdf_labels_or_an_empty_box_send_nothing() -> None:
    data = packing_list()
    with pytest.raises(BadInput, match="prints labels as PDF"):
        print_labels((data.truck, data.packages), LabelPrinter(), ref="T-2026-0042")
    with raw_printer() as printer:
        with pytest.raises(BadInput, match="holds nothing to label"):
            print_labels((None, ()), LabelPrinter(kind="network", address=printer.address), ref="BX000001")
        assert printer.jobs == []


@pytest.mark.skipif(sys.platform == "win32", reason="the queue is the Windows spooler there")
def test_a_queue_is_lp_raw_and_its_refusal_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CUPS is not installed on the test machines: a stand-in ``lp`` on the PATH records how it
    is called and what it reads, and refuses an unknown queue as CUPS's does."""
    lp = tmp_path / "lp"
    lp.write_text('#!/bin/sh\necho "$@" > "$(dirname "$0")/args"\ncat > "$(dirname "$0")/job"\n'
                  'if [ "$2" != "Zebra" ]; then echo "lp: The printer or class does not exist." >&2; exit 1; fi\n')
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    send_to_queue(b"^XA^FDx^FS^XZ", "Zebra", title="Labels BX000001")
    assert (tmp_path / "args").read_text().split() == ["-d", "Zebra", "-o", "raw", "-t", "Labels", "BX000001"]
    assert (tmp_path / "job").read_bytes() == b"^XA^FDx^FS^XZ"
    with pytest.raises(PrinterFailed, match="The printer queue Nope refused the labels: lp: The printer or class"):
        send_to_queue(b"^XA^XZ", "Nope")
    with pytest.raises(BadInput, match="name of the printer queue"):
        send_to_queue(b"^XA^XZ", "  ")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    os.makedirs(tmp_path / "empty")
    with pytest.raises(PrinterFailed, match="no lp command"):
        send_to_queue(b"^XA^XZ", "Zebra")
