"""Property: whatever is typed, the command line answers with an exit code and at most one
sentence, never a traceback, and a refused command changes nothing.

Hypothesis builds command lines from the real commands with hostile values in every slot
(numbers like 1e30 and NaN, undecodable bytes, NUL, names over 255 bytes, huge #ids,
impossible dates, paths into folders that do not exist). Runs on SQLite, in-process.

``WAREHOUSE_FUZZ=slow`` runs thousands of cases (the "slow" profile); CI runs a few dozen.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli.helpers import BEANS
from warehouse_app.launch import main

settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("slow", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
PROFILE = "slow" if os.environ.get("WAREHOUSE_FUZZ") == "slow" else "ci"

ALLOWED = {0, 1, 2, 3, 4}  # 70 (a bug, logged) never; 1 only for a database or check failure
WATCHED = ("movement", "stock_level", "item", "barcode", "lot", "location", "operator", "donation", "shipment", "category")

_HOSTILE = [
    "1e30", "-1e30", "1E+999999999", "NaN", "-Infinity", "inf", "sNaN", "0", "-0", "-1", "0.0001", "1,5", "1.5",
    "99999999999999999999", "9" * 60, "1_000", "١٢", "0x10", "", " ", "\x00", "a\x00b", "\t",
    "#99999999999999999999", "#0", "#-1", "#1", "IT999999999999", "BX000001", "T-2026-0001", "D-2026-00001",
    "2026-02-30", "0000-01-01", "9999-12-31", "311299", "00/0000", "2026-13", "12/2026", "311226",
    "x" * 300, "ż" * 200, "\udcff\udcfe", "abc\udc80", "'; DROP TABLE item; --", "%s%n", "{path}", "{0}",
    "postgresql://ann:secret@127.0.0.1:1/x", BEANS, "590123412345", "Fasola konserwowa 400 g",
]
value = st.one_of(
    st.sampled_from(_HOSTILE),
    st.text(max_size=24),
    st.integers().map(str),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.binary(max_size=12).map(lambda b: b.decode("utf-8", "surrogateescape")),
)


def _path(folder: Path) -> st.SearchStrategy[str]:
    names = st.one_of(st.sampled_from(["out.pdf", "out.xlsx", "b.sqlite3", "x" * 300 + ".pdf", "a\x00b.pdf",
                                        "\udcff.pdf", "missing/dir/f.pdf", "", "."]), value)
    return st.one_of(names.map(lambda n: str(folder / n) if n and "\x00" not in n else n),
                     st.sampled_from(["/", "/proc/x.pdf", "/nonexistent/f.pdf", str(folder)]))


def _commands(folder: Path) -> st.SearchStrategy[list[str]]:
    v, p = value, _path(folder)
    opt = st.one_of(st.just([]), st.tuples(st.sampled_from(["--expiry", "--lot", "--donor", "--location"]), v).map(list))
    cmds = [
        st.tuples(v, v, opt).map(lambda t: ["receive", t[0], "--qty", t[1], *t[2]]),
        st.tuples(v, opt).map(lambda t: ["receive", BEANS, "--qty", "2", "--expiry", t[0], *t[1]]),
        st.tuples(v, v, v, v).map(lambda t: ["move", t[0], "--qty", t[1], "--from", t[2], "--to", t[3]]),
        st.tuples(v, v).map(lambda t: ["move", BEANS, "--qty", t[0], "--from", "Receiving", "--to", t[1]]),
        st.tuples(v, v, v).map(lambda t: ["adjust", t[0], "--counted", t[1], "--location", t[2]]),
        st.tuples(v, v).map(lambda t: ["write-off", BEANS, "--qty", t[0], "--reason", t[1]]),
        st.tuples(v, v).map(lambda t: ["reverse", t[0], "--reason", t[1]]),
        v.map(lambda x: ["history", "--limit", x]),
        v.map(lambda x: ["item", "show", x]),
        v.map(lambda x: ["stock", "--item", x]),
        v.map(lambda x: ["item", "list", "--search", x]),
        st.tuples(v, v, v, v).map(lambda t: ["item", "add", "--name", t[0], "--category", t[1], "--unit", t[2],
                                             "--weight-kg", t[3]]),
        st.tuples(v, v).map(lambda t: ["item", "barcode", BEANS, t[0], "--pack", t[1]]),
        st.tuples(v, v).map(lambda t: ["category", "add", "--code", t[0], "--min-shelf-life-days", t[1]]),
        st.tuples(v, v).map(lambda t: ["location", "add", "--name", t[0], "--kind", "zone", "--parent", t[1]]),
        v.map(lambda x: ["operator", "add", x]),
        v.map(lambda x: ["donation", "show", x]),
        st.tuples(v, p).map(lambda t: ["donation", "receipt", t[0], "--out", t[1]]),
        st.tuples(v, v, p).map(lambda t: ["export", "donations", "--from", t[0], "--to", t[1], "--out", t[2]]),
        p.map(lambda x: ["export", "stock", "--out", x]),
        p.map(lambda x: ["count-sheet", "--out", x]),
        st.tuples(p, v).map(lambda t: ["scan-sheet", "--out", t[0], t[1]]),
        p.map(lambda x: ["backup", "--out", x]),
        p.map(lambda x: ["restore", x]),
        p.map(lambda x: ["import", "items", x]),
        st.tuples(v, v).map(lambda t: ["truck", "create", "--destination", t[0], "--plate", t[1]]),
        st.tuples(v, v).map(lambda t: ["truck", "update", t[0], "--departure", t[1]]),
        st.tuples(v, v, v).map(lambda t: ["box", "pack", t[0], t[1], "--qty", t[2]]),
        st.tuples(v, v).map(lambda t: ["box", "seal", t[0], "--gross-kg", t[1]]),
        v.map(lambda x: ["warehouse", "set", "--max-payload-kg", x]),
        st.sampled_from([["operator", "list"], ["location", "list"], ["warehouse", "show"], ["db", "check"],
                         ["db", "info"], ["stock"], ["truck", "list"], ["box", "list"]]),
    ]
    command = st.one_of(cmds)
    front = st.one_of(st.just([]), v.map(lambda x: ["--operator", x]), v.map(lambda x: ["--station", x]))
    return st.tuples(front, command, st.booleans()).map(lambda t: [*t[0], *t[1], *(["--json"] if t[2] else [])])


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    db_file = folder / "warehouse.sqlite3"
    shutil.copyfile(sqlite_template, db_file)
    saved = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")  # a crash log (there must be none) stays here
    for args in (["item", "add", "--name", "Fasola konserwowa 400 g", "--category", "Food/Canned food", "--unit", "pcs",
                  "--barcode", BEANS, "--tracks-expiry"],
                 ["receive", BEANS, "--qty", "50", "--expiry", "2027-03-31"]):
        assert _run(db_file, args)[0] == 0
    yield db_file
    if saved is None:
        os.environ.pop("XDG_DATA_HOME", None)
    else:
        os.environ["XDG_DATA_HOME"] = saved


def _run(db_file: Path, args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--db", str(db_file), *args])
        except SystemExit as exc:  # --help and --version only
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def _counts(db_file: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(db_file)
    try:
        return tuple(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in WATCHED)
    finally:
        conn.close()


def test_no_command_line_makes_a_traceback_or_a_half_change(warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("files")
    seen: dict[int, int] = {}

    @settings(settings.get_profile(PROFILE))
    @given(args=_commands(folder))
    def one(args: list[str]) -> None:
        before = _counts(warehouse)
        code, _out, err = _run(warehouse, args)
        seen[code] = seen.get(code, 0) + 1
        assert "Traceback" not in err and "Error:" not in err, (args, err)
        assert code in ALLOWED, (args, code, err)
        if code != 0:
            assert err.count("\n") == 1, (args, err)
            assert _counts(warehouse) == before, args
            assert "://ann:secret@" not in err  # (a file path may hold the word; a URL never its password)

    one()
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "AidWarehouse" / "logs").exists()  # no crash was logged
    code, out, err = _run(warehouse, ["db", "check"])
    assert code == 0 and out.startswith("OK"), err
    print(f"fuzz: {sum(seen.values())} command lines, exit codes {dict(sorted(seen.items()))}")
