"""Scanner input -> Scan: real codes, real biip, no mocks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warehouse_app.core.catalogue.barcodes import (
    DEFAULT_SEPARATORS,
    INTERNAL_PREFIXES,
    InternalKind,
    Scan,
    gtin_check_digit,
    interpret,
    is_valid_gtin,
    make_internal_code,
    normalise_gtin,
    parse_internal_code,
)
from warehouse_app.kernel.errors import BadInput

GS = "\x1d"


def mod10(body: str) -> str:
    """Independent GS1 check digit: weights 3,1,3,... from the right."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return str(-total % 10)


def with_check(body: str) -> str:
    return body + mod10(body)


def wrong_last_digit(code: str) -> str:
    return code[:-1] + str((int(code[-1]) + 1) % 10)


EAN13 = with_check("590123412345")  # 5901234123457
EAN8 = with_check("9638507")  # 96385074
UPCA = with_check("03600029145")  # 036000291452
GTIN14 = with_check("1590123412345")  # 15901234123454
CASE = GTIN14  # a case of 5901234123457


def test_independent_check_digits_match_the_published_examples() -> None:
    assert (EAN13, EAN8, UPCA, GTIN14) == (
        "5901234123457", "96385074", "036000291452", "15901234123454")


@pytest.mark.parametrize(
    ("code", "gtin14"),
    [(EAN13, "0" + EAN13), (EAN8, "000000" + EAN8), (UPCA, "00" + UPCA), (GTIN14, GTIN14)],
)
def test_plain_gtins(code: str, gtin14: str) -> None:
    scan = interpret(code)
    assert scan == Scan(raw=code, gtin=gtin14)
    assert not scan.is_internal
    assert normalise_gtin(code) == gtin14
    assert is_valid_gtin(code)


@pytest.mark.parametrize("code", [EAN13, EAN8, UPCA, GTIN14])
def test_wrong_check_digit_is_rejected_not_repaired(code: str) -> None:
    bad = wrong_last_digit(code)
    with pytest.raises(BadInput, match="check digit") as info:
        interpret(bad)
    assert bad in info.value.message
    with pytest.raises(BadInput, match="check digit"):
        normalise_gtin(bad)
    assert not is_valid_gtin(bad)


def test_surrounding_whitespace_and_line_endings_are_stripped() -> None:
    scan = interpret(f"  {EAN13}\r\n\t")
    assert scan.raw == EAN13 and scan.gtin == "0" + EAN13


@pytest.mark.parametrize("text", ["", "   ", "\r\n", "\t"])
def test_empty_scan(text: str) -> None:
    with pytest.raises(BadInput, match="Nothing was scanned"):
        interpret(text)


@pytest.mark.parametrize(("prefix", "code"), [("]E0", EAN13), ("]E4", EAN8)])
def test_ean_symbology_prefix(prefix: str, code: str) -> None:
    assert interpret(prefix + code).gtin == normalise_gtin(code)


def test_gs1_128_with_group_separators() -> None:
    raw = "]C1" + "01" + "0" + EAN13 + "17261231" + "10LOT42" + GS + "3712"
    scan = interpret(raw)
    assert scan == Scan(raw=raw, gtin="0" + EAN13, expiry=date(2026, 12, 31), lot="LOT42",
                        count=12)


def test_gs1_without_symbology_prefix_and_leading_separator() -> None:
    scan = interpret(GS + "01" + "0" + EAN13 + "10ABC" + GS + "17270115")
    assert (scan.gtin, scan.lot, scan.expiry) == ("0" + EAN13, "ABC", date(2027, 1, 15))


def test_substitute_separator() -> None:
    raw = "]C1|01" + "0" + EAN13 + "10LOT42|3712"
    scan = interpret(raw, separators="|~")
    assert (scan.lot, scan.count) == ("LOT42", 12)
    assert interpret(raw.replace("|", "~"), separators="|~").lot == "LOT42"
    # Unconfigured, "|" is not a separator (nor valid lot text): an error, not a guess.
    with pytest.raises(BadInput, match="could not be read"):
        interpret(raw, separators=DEFAULT_SEPARATORS)


def test_best_before_used_as_expiry_when_no_17() -> None:
    scan = interpret("]C101" + "0" + EAN13 + "15260615")
    assert scan.best_before == scan.expiry == date(2026, 6, 15)


def test_expiry_17_wins_over_best_before_15() -> None:
    scan = interpret("]C101" + "0" + EAN13 + "15260615" + "17260701")
    assert (scan.best_before, scan.expiry) == (date(2026, 6, 15), date(2026, 7, 1))


@pytest.mark.parametrize(("yymm", "last"), [("2602", date(2026, 2, 28)),
                                            ("2802", date(2028, 2, 29)),
                                            ("2604", date(2026, 4, 30))])
def test_day_00_means_last_day_of_month(yymm: str, last: date) -> None:
    assert interpret("]C101" + "0" + EAN13 + "17" + yymm + "00").expiry == last


@pytest.mark.parametrize("bad_date", ["260230", "260001", "261301", "260931"])
def test_invalid_date_is_rejected(bad_date: str) -> None:
    with pytest.raises(BadInput):
        interpret("]C101" + "0" + EAN13 + "17" + bad_date)


def test_invalid_calendar_date_names_the_date() -> None:
    with pytest.raises(BadInput, match="260230.*not a valid date"):
        interpret("]C101" + "0" + EAN13 + "17260230")


def test_net_weight_3103() -> None:
    scan = interpret("]C101" + "0" + EAN13 + "3103001250")
    assert scan.net_weight_kg == Decimal("1.250")
    assert str(scan.net_weight_kg) == "1.250"
    assert interpret("]C101" + "0" + EAN13 + "3101001250").net_weight_kg == Decimal("125.0")


def test_ai_02_and_37_is_contained_with_count() -> None:
    scan = interpret("]C1" + "00" + with_check("12345678901234567") + "02" + CASE + "3724")
    assert scan.gtin == CASE and scan.contained and scan.count == 24


def test_ai_01_is_not_contained() -> None:
    assert not interpret("]C101" + CASE).contained


@pytest.mark.parametrize("prefix", ["]d2", "]Q3", "]e0"])
def test_other_gs1_symbologies(prefix: str) -> None:
    assert interpret(prefix + "01" + GTIN14 + "10X").gtin == GTIN14


def test_parenthesised_human_readable_form() -> None:
    scan = interpret("(01)0" + EAN13 + "(17)261231(10)ABC")
    assert (scan.gtin, scan.expiry, scan.lot) == ("0" + EAN13, date(2026, 12, 31), "ABC")
    assert interpret("(02)" + CASE + "(37)6").count == 6


def test_wrong_check_digit_inside_gs1() -> None:
    bad = wrong_last_digit("0" + EAN13)
    for raw in ("]C101" + bad + "10A", "01" + bad + "10A", "(01)" + bad, "]C102" + bad):
        with pytest.raises(BadInput, match="wrong check digit") as info:
            interpret(raw)
        assert bad in info.value.message


def test_gs1_without_trade_item() -> None:
    for raw in ("]C110LOT42", "]C1" + "00" + with_check("12345678901234567"), "(10)ABC"):
        with pytest.raises(BadInput, match="names no trade item"):
            interpret(raw)


def test_gtin_length_digits_after_gs1_prefix_are_read_as_gs1() -> None:
    with pytest.raises(BadInput):  # 15 = best before 90-12-34: not a date
        interpret("]C1" + GTIN14)


@pytest.mark.parametrize("prefix", sorted(INTERNAL_PREFIXES))
def test_internal_codes(prefix: str) -> None:
    kind = INTERNAL_PREFIXES[prefix]
    for raw in (f"{prefix}000042", f"{prefix.lower()}000042", f"{prefix}42",
                f"{prefix.lower()[0]}{prefix[1]}42"):
        scan = interpret(raw)
        assert scan == Scan(raw=raw, internal_kind=kind, internal_code=f"{prefix}000042")
        assert scan.is_internal and scan.gtin is None
    assert parse_internal_code(f"{prefix.lower()}42") == (kind, 42)


def test_internal_code_behind_non_gs1_symbology_prefix() -> None:
    assert interpret("]C0BX42").internal_code == "BX000042"


def test_make_and_parse_internal_code() -> None:
    assert make_internal_code(InternalKind.BOX, 42) == "BX000042"
    assert make_internal_code(InternalKind.TRUCK, 0) == "TR000000"
    assert make_internal_code(InternalKind.PALLET, 1234567) == "PL1234567"
    assert parse_internal_code("PL1234567") == (InternalKind.PALLET, 1234567)
    for code in ("XX42", "BX", "BX4a", "B X42", "BX-42", "42BX", "BXBX42", ""):
        assert parse_internal_code(code) is None
    with pytest.raises(BadInput):
        make_internal_code(InternalKind.BOX, -1)


@pytest.mark.parametrize(
    "junk",
    ["hello", "XX000042", "BX", "12345678901", "1234567", "123456789012345",
     "5901234-123457", "BX42!", "]C1", "]C1hello", "(hello)", "(01)", "]]]", "|||",
     "١٢٣٤٥٦٧٨", "BX٤٢", "0105901234123457extra!!"],
)
def test_junk_is_rejected_with_a_sentence(junk: str) -> None:
    with pytest.raises(BadInput) as info:
        interpret(junk, separators=GS + "|")
    assert info.value.message.endswith(".")


def test_unknown_code_message() -> None:
    with pytest.raises(BadInput, match="not a barcode this warehouse knows"):
        interpret("hello")
    with pytest.raises(BadInput, match="not a barcode this warehouse knows"):
        interpret("12345678901")


def test_normalise_gtin_rejects_bad_shapes() -> None:
    for code in ("", "1234567", "123456789", "abcdefgh", "5901234 123457", "١٢٣٤٥٦٧٨"):
        with pytest.raises(BadInput):
            normalise_gtin(code)
        assert not is_valid_gtin(code)


def test_gtin_check_digit() -> None:
    assert gtin_check_digit("590123412345") == "7"
    assert gtin_check_digit("9638507") == "4"
    with pytest.raises(BadInput):
        gtin_check_digit("12a")


@given(st.text(), st.sampled_from([DEFAULT_SEPARATORS, "|", "~|\x1d", ""]))
def test_interpret_returns_scan_or_raises_bad_input(text: str, seps: str) -> None:
    try:
        scan = interpret(text, seps)
    except BadInput as exc:
        assert exc.message
    else:
        assert isinstance(scan, Scan)
        assert (scan.gtin is None) != (scan.internal_code is None)


_GS1_PARTS = st.sampled_from(["]C1", "]d2", "01", "02", "10", "15", "17", "37", "3103", "00",
                              "(01)", "(17)", "(", ")", "|", GS, "0" + EAN13, GTIN14, "2612",
                              "00", "99", "ABC", "BX", "42"])


@given(st.lists(_GS1_PARTS, max_size=10).map("".join))
def test_interpret_gs1_like_text_returns_scan_or_raises_bad_input(text: str) -> None:
    try:
        interpret(text, "|" + GS)
    except BadInput:
        pass


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_any_body_with_its_check_digit_is_accepted_and_others_rejected(body: str) -> None:
    digit = gtin_check_digit(body)
    assert digit == mod10(body)
    if body.startswith(("05", "98", "99")):  # coupons and refund receipts, never goods
        with pytest.raises(BadInput, match="coupon|refund"):
            interpret(body + digit)
    else:
        assert interpret(body + digit).gtin == "0" + body + digit
    for other in "0123456789":
        if other != digit:
            assert not is_valid_gtin(body + other)
            with pytest.raises(BadInput, match="check digit"):
                interpret(body + other)


def _biip_gtin14(code: str) -> str | None:
    """What biip makes of ``code`` (None: it refuses it): its GTIN parser, and for 8 digits
    that are no EAN-8, its UPC-E reading (expanded to the UPC-A)."""
    from biip import BiipException
    from biip.gtin import Gtin
    from biip.upc import Upc, UpcFormat

    try:
        return Gtin.parse(code).as_gtin_14()
    except (BiipException, ValueError):
        pass
    try:
        upc = Upc.parse(code) if len(code) == 8 and code[0] in "01" else None
    except (BiipException, ValueError):
        return None
    return upc.as_gtin_14() if upc is not None and upc.format == UpcFormat.UPC_E else None


@given(st.sampled_from([8, 12, 13, 14]).flatmap(
    lambda n: st.text(alphabet="0123456789", min_size=n, max_size=n)
    | st.tuples(st.sampled_from(["0", "00", "000", "0000", "02", "2", "20", "29", "04", "05", "97", "98", "99", "590"]),
                st.text(alphabet="0123456789", min_size=n, max_size=n)).map(lambda t: (t[0] + t[1])[:n])
    | st.text(alphabet="0123456789", min_size=n - 1, max_size=n - 1).map(lambda b: b + mod10(b))))
def test_plain_gtins_are_normalised_as_biip_does(code: str) -> None:
    """normalise_gtin works out the check digit itself (no biip at start-up): the same
    GTIN-14 (a UPC-E as its UPC-A), and the same refusals, as biip for every 8/12/13/14-digit code,
    leading zeros, restricted-circulation and coupon prefixes included."""
    expected = _biip_gtin14(code)
    if expected is None:
        with pytest.raises(BadInput, match="check digit"):
            normalise_gtin(code)
    else:
        assert normalise_gtin(code) == expected


def test_a_plain_gtin_scan_does_not_load_biip() -> None:
    """A fresh process: an EAN-13 scan is read without importing biip; a GS1 string loads it."""
    import subprocess
    import sys

    script = ("import sys\n"
              "from warehouse_app.core.intake import receiving\n"
              "from warehouse_app.core.catalogue.barcodes import interpret\n"
              f"assert interpret({EAN13!r}).gtin == {'0' + EAN13!r}\n"
              "print('biip' in sys.modules)\n"
              f"interpret('01' + {GTIN14!r} + '10LOT7')\n"
              "print('biip' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]


@pytest.mark.parametrize("code, addon", [
    ("0425261412", "12"), ("04252614 12", "12"), ("]E30425261412", "12"),
    ("04252614 12345", "12345"), ("]E30425261412345", "12345"),
])
def test_a_upc_e_with_an_add_on_names_its_upc_a(code: str, addon: str) -> None:
    scan = interpret(code)
    assert (scan.gtin, scan.addon, scan.lot) == ("00042100005264", addon, addon if len(addon) == 2 else None)


@pytest.mark.parametrize("code", ["0425261512", "04252615 12", "]E30425261512345", "1425261512"])
def test_a_upc_e_with_an_add_on_and_a_wrong_check_digit_is_refused(code: str) -> None:
    with pytest.raises(BadInput, match=r"^The barcode .* has a wrong check digit\.$"):
        interpret(code)


def test_thirteen_digits_stay_an_ean_13_without_the_scanners_word() -> None:
    """A UPC-E + 5-digit add-on is 13 digits: without ]E3 or a space they are an EAN-13,
    so a mistyped EAN-13 is never guessed into another item's UPC-E."""
    with pytest.raises(BadInput, match="wrong check digit"):
        interpret("0425261412345")
    assert interpret("0425261412346").gtin == "00425261412346"
