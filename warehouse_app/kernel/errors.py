"""Errors a user (or a file) can cause.

Each carries one clear sentence. The sentence is kept as a template plus
parameters so that the GUI can translate the template and fill it in, while the
CLI prints the English text. The class decides the CLI exit code.
"""

from __future__ import annotations

# C0 and C1 control characters (ESC, bell, CSI …) as visible escapes: typed or scanned text
# echoed in a sentence never moves the cursor, recolours a terminal or breaks a line.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))} | {0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}


def escape_controls(text: str) -> str:
    """``"a\\x1bb"`` for ``"a<ESC>b"``: control characters shown, never acted on."""
    return text.translate(_CONTROLS)


class WarehouseError(Exception):
    """Base of every error a user can cause; the operation changed nothing.

    Text parameters (usually the user's own input) have their control characters escaped
    here, once for every front end; the template itself is the app's."""

    exit_code = 1

    def __init__(self, template: str, **params: object) -> None:
        params = {key: escape_controls(value) if isinstance(value, str) else value for key, value in params.items()}
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

    @property
    def message(self) -> str:
        return str(self)


class BadInput(WarehouseError):
    """The input itself is wrong: a malformed code, a negative quantity, a missing field."""

    exit_code = 2


class NotFound(WarehouseError):
    """Something named by the user does not exist (item, barcode, location, movement)."""

    exit_code = 3


class Conflict(WarehouseError):
    """The input is well-formed but clashes with the state of the warehouse."""

    exit_code = 4


class PrinterFailed(WarehouseError):
    """The label printer could not be reached or refused the labels."""

    exit_code = 5


class NotAllowed(Conflict):
    """The operator's role (or a missing PIN) does not allow the action."""


class NotEnoughStock(Conflict):
    """A take of more than is left; stock never goes below zero."""


class ExpiryNeeded(BadInput):
    """An expiry-tracked item was scanned without a date: the GUI asks for one and retries."""

    def __init__(self, item_id: int, item_name: str) -> None:
        super().__init__("{item} needs an expiry date.", item=item_name)
        self.item_id = item_id


class UnknownBarcode(NotFound):
    """A valid barcode that no item carries yet: the GUI offers to add the item."""

    def __init__(self, gtin: str, shown: str) -> None:
        super().__init__("The barcode {code} is not in the catalogue yet.", code=shown)
        self.gtin = gtin


class DonationClosed(Conflict):
    """Scans were aimed at a donation that has been closed (perhaps at another station)."""

    def __init__(self, number: str) -> None:
        super().__init__("The donation {number} is closed; open a new one.", number=number)
        self.number = number


class Notice(str):
    """A warning that is not an error (the action was done): English text, with the
    template and parameters kept so the GUI can translate it like an error sentence."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Notice:
        made = super().__new__(cls, template.format(**params) if params else template)
        made.template, made.params = template, params
        return made


class EncodingUnsure(BadInput):
    """A CSV file whose 8-bit code page cannot be told apart: the CLI asks for ``--encoding``,
    the GUI shows each reading's sample and lets the user choose."""

    def __init__(self, file: str, samples: dict[str, str]) -> None:
        super().__init__("Cannot tell how {file} is encoded: read as Windows-1250 (Polish) it says \u201c{cp1250}\u201d, "
                         "as Windows-1251 (Cyrillic) \u201c{cp1251}\u201d. Choose one with "
                         "--encoding cp1250|cp1251|utf-8|utf-16.",
                         file=file, cp1250=samples.get("cp1250", ""), cp1251=samples.get("cp1251", ""))
        self.samples = dict(samples)
