"""Labels straight to this station's thermal printer: ZPL through a printer queue or to a
network printer's raw port (no Qt: the command line sends the same way as the window).

A printer queue is CUPS's ``lp -o raw`` on Linux and macOS, and the Windows spooler's RAW
data type through pywin32 where it is installed. A network printer takes the bytes on its
raw port (9100 unless the address names another). Every failure is one sentence that says
what to check; the labels are rendered before anything is sent, so a label that cannot be
drawn never leaves half a job in the printer.
"""

from __future__ import annotations

import importlib
import shutil
import socket
import subprocess
import sys
from collections.abc import Sequence
from datetime import datetime

from warehouse_app.documents.jobs import Labels, labelled
from warehouse_app.documents.labels_zpl import (
    ZplPage,
    item_labels_zpl,
    labels_zpl,
    printer_test_code,
    printer_test_label,
)
from warehouse_app.documents.progress import Progress
from warehouse_app.kernel.errors import BadInput, PrinterFailed
from warehouse_app.kernel.station import RAW_PORT, LabelPrinter

PDF_ONLY = "This station prints labels as PDF; choose a label printer in Settings to print them directly."
#: Seconds to wait for a network printer to take the connection and the bytes.
NETWORK_TIMEOUT_S = 8.0
#: Seconds ``lp`` may take to hand a job to the queue.
QUEUE_TIMEOUT_S = 30.0


def page_of(printer: LabelPrinter) -> ZplPage:
    return ZplPage(size=printer.size, dpi=printer.dpi)


def parse_address(address: str) -> tuple[str, int]:
    """``host``, ``host:port``, ``[v6]:port`` → (host, port); the raw port 9100 by default."""
    text = address.strip()
    if not text:
        raise BadInput("Enter the label printer's network address, e.g. 192.168.1.50 or zebra-1:9100.")
    host, port = text, str(RAW_PORT)
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest.startswith(":"):
            port = rest[1:]
    elif text.count(":") == 1:
        host, port = text.split(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise BadInput("{address} is not a printer address; write it as host or host:port, e.g. 192.168.1.50:9100.",
                       address=address)
    return host, int(port)


def send_to_network(data: bytes, address: str, *, timeout: float = NETWORK_TIMEOUT_S) -> None:
    """The bytes to ``address``'s raw port, all of them or a sentence saying why not."""
    host, port = parse_address(address)
    try:
        with socket.create_connection((host, port), timeout=timeout) as conn:
            conn.sendall(data)
            conn.shutdown(socket.SHUT_WR)
    except socket.gaierror:
        raise PrinterFailed("No printer called {host} is known on this network; check the label printer's address "
                            "in Settings. Nothing was printed.", host=host) from None
    except ConnectionRefusedError:
        raise PrinterFailed("The label printer at {host} refused the connection on port {port}: check the address, and "
                            "that the printer is on and takes raw print jobs on that port. Nothing was printed.",
                            host=host, port=port) from None
    except TimeoutError:
        raise PrinterFailed("The label printer at {host}:{port} did not answer within {seconds} seconds: check that it is "
                            "on and on this network. Nothing was printed.", host=host, port=port,
                            seconds=f"{timeout:g}") from None
    except OSError as exc:
        raise PrinterFailed("The label printer at {host}:{port} cannot be reached ({reason}): check that it is on and "
                            "on this network.", host=host, port=port,
                            reason=exc.strerror or exc.__class__.__name__) from None


def send_to_queue(data: bytes, queue: str, *, title: str = "Labels") -> None:
    """The bytes to the printer queue ``queue``, untouched by any driver (raw)."""
    name = queue.strip()
    if not name:
        raise BadInput("Enter the name of the printer queue the labels go to.")
    if sys.platform == "win32":
        _send_to_windows_queue(data, name, title)
        return
    lp = shutil.which("lp")
    if lp is None:
        raise PrinterFailed("This computer has no lp command (CUPS), so labels cannot go to a printer queue; choose a "
                            "network label printer or PDF labels in Settings.")
    try:
        done = subprocess.run([lp, "-d", name, "-o", "raw", "-t", title], input=data, capture_output=True,
                              timeout=QUEUE_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        raise PrinterFailed("The printer queue {queue} did not take the labels within {seconds} seconds.", queue=name,
                            seconds=f"{QUEUE_TIMEOUT_S:g}") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PrinterFailed("The printer queue {queue} refused the labels: {reason}", queue=name,
                            reason=said[-1] if said else f"lp exit {done.returncode}")


def _send_to_windows_queue(data: bytes, queue: str, title: str) -> None:
    try:
        win32print = importlib.import_module("win32print")
    except ImportError:
        raise PrinterFailed("Printing labels to a printer queue needs pywin32, which this station does not have; "
                            "choose a network label printer (host:port) or PDF labels in Settings.") from None
    try:
        handle = win32print.OpenPrinter(queue)
    except Exception as exc:  # pywintypes.error: the queue's name is unknown or not ours to use
        raise PrinterFailed("There is no printer queue called {queue} on this computer ({reason}).", queue=queue,
                            reason=str(exc)) from None
    try:
        win32print.StartDocPrinter(handle, 1, (title, None, "RAW"))
        try:
            win32print.StartPagePrinter(handle)
            win32print.WritePrinter(handle, data)
            win32print.EndPagePrinter(handle)
        finally:
            win32print.EndDocPrinter(handle)
    except Exception as exc:
        raise PrinterFailed("The printer queue {queue} refused the labels: {reason}", queue=queue,
                            reason=str(exc)) from None
    finally:
        win32print.ClosePrinter(handle)


def send(data: bytes, printer: LabelPrinter, *, title: str = "Labels") -> None:
    """ZPL to the printer this station's settings name."""
    if printer.kind == "network":
        send_to_network(data, printer.address)
    elif printer.kind == "queue":
        send_to_queue(data, printer.queue, title=title)
    else:
        raise BadInput(PDF_ONLY)


def describe(printer: LabelPrinter) -> str:
    """Where the labels went, for the command line's last line."""
    if printer.kind == "queue":
        return f"the printer queue {printer.queue} ({printer.dpi} dpi, {printer.size})"
    return f"the label printer at {printer.address} ({printer.dpi} dpi, {printer.size})"


def print_labels(data: Labels, printer: LabelPrinter, *, ref: str, progress: Progress | None = None) -> int:
    """The labels read for ``ref`` (a box, a pallet, a truck) to the station's label printer,
    drawn first and sent in one job; returns how many were sent."""
    if not printer.zpl:
        raise BadInput(PDF_ONLY)
    truck, packages = labelled(ref, data)
    send(labels_zpl(packages, page_of(printer), truck=truck, progress=progress), printer, title=f"Labels {ref}")
    return len(packages)


def print_item_labels(entries: Sequence[tuple[str, str]], printer: LabelPrinter) -> int:
    """The scan sheet's (code, caption) entries as one label each on the station's label printer."""
    if not printer.zpl:
        raise BadInput(PDF_ONLY)
    send(item_labels_zpl(entries, page_of(printer)), printer, title="Item labels")
    return len(entries)


def test_label_bytes(printer: LabelPrinter, *, warehouse: str, station: str, now: datetime | None = None) -> bytes:
    when = (now or datetime.now()).strftime("%Y-%m-%d %H:%M")
    return printer_test_label(page_of(printer), warehouse=warehouse, station=station, printed=when)


def print_test_label(printer: LabelPrinter, *, warehouse: str, station: str, now: datetime | None = None) -> str:
    """The test label (warehouse, station, date, resolution and size, a barcode) to ``printer``;
    returns the code its barcode carries."""
    send(test_label_bytes(printer, warehouse=warehouse, station=station, now=now), printer, title="Test label")
    return printer_test_code(page_of(printer))
