"""A small ZPL II reader for the tests: labels, their size, their fields, graphic fields as pictures.

It reads the commands the label writer uses and checks their structure as a printer
would need it (every ``^XA`` closed by ``^XZ``, every field ended by ``^FS``); anything
else is an AssertionError naming what was wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PIL import Image

COMMAND = re.compile(r"\^([A-Z@][A-Z0-9@])")


@dataclass
class Field:
    x: int
    y: int
    kind: str  # text | barcode | graphic
    data: str = ""  # ^FD for text and barcodes
    height: int = 0  # dots: the font's or the bars' height
    module: int = 0  # ^BY's narrow bar, for barcodes
    block: tuple[int, str] | None = None  # ^FB width and alignment
    image: Image.Image | None = None  # a decoded ^GFA


@dataclass
class Label:
    commands: list[str]
    width: int = 0  # ^PW
    length: int = 0  # ^LL
    fields: list[Field] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [f.data for f in self.fields if f.kind == "text"]

    def barcodes(self) -> list[str]:
        return [f.data for f in self.fields if f.kind == "barcode"]

    def graphics(self) -> list[Field]:
        return [f for f in self.fields if f.kind == "graphic"]


def split_labels(zpl: str) -> list[str]:
    """The text of each ``^XA … ^XZ``; nothing but blank space may stand between them."""
    labels, rest = [], zpl
    while rest.strip():
        start = rest.index("^XA")
        assert not rest[:start].strip(), f"text outside a label: {rest[:start][:40]!r}"
        end = rest.find("^XZ", start)
        assert end > 0, "a label is never closed by ^XZ"
        body = rest[start + 3:end]
        assert "^XA" not in body, "a label opens inside another"
        labels.append(body)
        rest = rest[end + 3:]
    return labels


def _expand(data: str, row_bytes: int, total: int) -> bytes:
    """ZPL's ASCII-compressed hex (G–Y, g–z repeat counts, ',' zeros to row end, ':' the last row)."""
    rows: list[str] = []
    current, count = "", 0
    width = 2 * row_bytes

    def end_row(fill: str) -> None:
        nonlocal current
        rows.append(current + fill * (width - len(current)))
        current = ""

    for ch in data:
        if "G" <= ch <= "Y":
            count += ord(ch) - ord("G") + 1
        elif "g" <= ch <= "z":
            count += (ord(ch) - ord("g") + 1) * 20
        elif ch == ",":
            end_row("0")
        elif ch == "!":
            end_row("1")
        elif ch == ":":
            assert not current, "':' in the middle of a row"
            rows.append(rows[-1])
        else:
            assert ch in "0123456789ABCDEF", f"not hex: {ch!r}"
            current += ch * (count or 1)
            count = 0
            assert len(current) <= width, "a row longer than the field says"
            if len(current) == width:
                end_row("0")
    assert not current, "the data ends inside a row"
    out = bytes.fromhex("".join(rows))
    assert len(out) == total, f"^GFA says {total} bytes, its data holds {len(out)}"
    return out


def graphic(args: str) -> Image.Image:
    kind, total, field_total, row_bytes, data = args.split(",", 4)
    assert kind == "A" and total == field_total
    raw = _expand(data.strip(), int(row_bytes), int(total))
    height = int(total) // int(row_bytes)
    assert height * int(row_bytes) == int(total)
    return Image.frombytes("1", (int(row_bytes) * 8, height), raw)  # ink = 1 (white in PIL's "1" mode)


def read_label(body: str) -> Label:
    tokens = list(COMMAND.finditer(body))
    label = Label(commands=[t.group(1) for t in tokens])
    x = y = 0
    font = module = 0
    block: tuple[int, str] | None = None
    current: Field | None = None
    for i, token in enumerate(tokens):
        name = token.group(1)
        args = body[token.end():tokens[i + 1].start() if i + 1 < len(tokens) else len(body)].strip()
        if name == "PW":
            label.width = int(args)
        elif name == "LL":
            label.length = int(args)
        elif name == "FO":
            x, y = (int(v) for v in args.split(","))
        elif name == "A0":
            font = int(args.split(",")[1])
            current = Field(x, y, "text", height=font)
        elif name == "FB":
            width, _lines, _space, align, _indent = args.split(",")
            block = (int(width), align)
        elif name == "BY":
            module = int(args.split(",")[0])
        elif name == "BC":
            current = Field(x, y, "barcode", height=int(args.split(",")[1]), module=module)
        elif name == "GF":
            current = Field(x, y, "graphic", image=graphic(args))
        elif name == "FD":
            assert current is not None, "^FD outside a field"
            current.data = args
        elif name == "FS":
            assert current is not None, "^FS without a field"
            current.block = block
            label.fields.append(current)
            current, block = None, None
    assert current is None, "a field is never ended by ^FS"
    return label


def read_labels(zpl: bytes) -> list[Label]:
    return [read_label(body) for body in split_labels(zpl.decode("utf-8"))]
