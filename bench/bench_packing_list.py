"""Packing list of 2,000 lines: ``write_packing_list`` against a bare reportlab LongTable.

    python bench/bench_packing_list.py [--lines 2000] [--repeats 5] [--json bench/results/packing_list.json]

Both sides render the same hand-made PackingList (tests/documents/factory.py; 50 lines a
box, 20 loose) to a PDF file in the same run, alternating, after one warm-up each:

* writer: the full document (header blocks, the goods LongTable with wrapping and package
  rows, the category summary, signature boxes, the two-pass "page X of Y" canvas).
* bare: one ``LongTable`` of the same rows as plain unwrapped strings in the same
  DejaVu fonts, ``repeatRows=1``, built by a plain ``SimpleDocTemplate`` (no styles but
  the font, no page numbers).

Targets (issue 4): writer median under 3 s, and at most 3x the bare median.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import LongTable, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.documents.factory import packing_list  # noqa: E402
from warehouse_app.core.shipping.packing_data import PackingList  # noqa: E402
from warehouse_app.documents.packing_list_pdf import COL_WIDTHS, write_packing_list  # noqa: E402
from warehouse_app.documents.pdf_common import MARGIN  # noqa: E402
from warehouse_app.documents.pdf_fonts import register_fonts  # noqa: E402


def bare_rows(data: PackingList) -> list[list[str]]:
    rows = [["Pkg", "Item", "Qty", "Unit", "Net kg", "Gross kg", "Expiry", "Lot"]]
    for pkg in data.packages:
        rows.append([f"{pkg.seq}/{pkg.of}", f"{pkg.label_code} {pkg.name}", "", "", str(pkg.net_kg),
                     str(pkg.gross_kg), "", ""])
        rows += [["", x.item_name, str(x.quantity), x.unit, str(x.net_kg), "", str(x.expiry or ""), x.lot_code]
                 for x in pkg.lines]
    rows += [["", x.item_name, str(x.quantity), x.unit, str(x.net_kg), "", str(x.expiry or ""), x.lot_code]
             for x in data.loose]
    return rows


def bare(data: PackingList, out: Path) -> None:
    regular, _ = register_fonts()
    table = LongTable(bare_rows(data), colWidths=COL_WIDTHS, repeatRows=1,
                      style=[("FONT", (0, 0), (-1, -1), regular, 7.5, 9)])
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN).build([table])


def timed(fn, *args) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", default="bench/results/packing_list.json")
    args = parser.parse_args()
    data = packing_list(lines=args.lines, per_box=50, loose=20)
    writer_s, bare_s = [], []
    with tempfile.TemporaryDirectory() as tmp:
        out_w, out_b = Path(tmp) / "writer.pdf", Path(tmp) / "bare.pdf"
        write_packing_list(data, out_w)  # warm-ups: font parsing, imports
        bare(data, out_b)
        for i in range(args.repeats):
            pair = [(writer_s, write_packing_list, out_w), (bare_s, bare, out_b)]
            for times, fn, out in (pair if i % 2 == 0 else pair[::-1]):
                times.append(timed(fn, data, out))
        from pypdf import PdfReader

        pages = (len(PdfReader(out_w).pages), len(PdfReader(out_b).pages))
    w, b = statistics.median(writer_s), statistics.median(bare_s)
    result = {
        "lines": args.lines, "repeats": args.repeats, "pages_writer": pages[0], "pages_bare": pages[1],
        "writer_median_s": round(w, 3), "bare_median_s": round(b, 3), "ratio": round(w / b, 2),
        "writer_runs_s": [round(x, 3) for x in writer_s], "bare_runs_s": [round(x, 3) for x in bare_s],
        "target_s": 3.0, "target_ratio": 3.0, "ok": w < 3.0 and w / b <= 3.0,
        "python": platform.python_version(), "machine": platform.machine(),
    }
    print(f"packing list, {args.lines} lines: writer {w:.2f} s ({pages[0]} pages), bare LongTable {b:.2f} s "
          f"({pages[1]} pages), ratio {w / b:.2f}x  [targets: < 3 s, <= 3x] {'OK' if result['ok'] else 'MISSED'}")
    path = Path(args.json)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"results: {path}")


if __name__ == "__main__":
    main()
