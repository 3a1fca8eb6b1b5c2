"""The self-test the desktop build runs (``warehouse-app --self-test``), run here from source.

CI runs the same checks again inside the frozen PyInstaller build (.ci/run); here they
prove the checks themselves pass on a working install and report a broken one.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from warehouse_app import launch
from warehouse_app.db import migrate
from warehouse_app.self_test import run_self_test

CHECKS = ("database", "receive", "pdf", "printing", "zpl", "xlsx", "camera", "qt", "translations")


def test_self_test_flag_runs_every_check_and_exits_0(qapp, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert launch.main(["--self-test"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert [line.split(":")[0] for line in lines[1:-1]] == [f"ok  {name}" for name in CHECKS]
    assert "13 in stock" in captured.out and "qtbase_pl, qtbase_uk" in captured.out
    assert "a barcode read from a video frame" in captured.out
    assert lines[-1] == "self-test passed"
    assert captured.err == ""


def test_a_build_without_its_migrations_fails_in_one_sentence(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    """What a frozen build that lost warehouse_app/db/migrations would say."""
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path / "migrations")
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(out, err) == 1
    assert err.getvalue() == f"self-test failed: database: the migrations are missing from {tmp_path / 'migrations'}.\n"
    assert "ok  " not in out.getvalue() and "passed" not in out.getvalue()
