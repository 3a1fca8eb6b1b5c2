"""The command line works on the database chosen in the app's Settings (after --db and
$WAREHOUSE_DB), so `warehouse-app backup` copies the data the window shows."""

from __future__ import annotations

from pathlib import Path

import pytest

from warehouse_app import launch
from warehouse_app.station.store import save_database_url


def test_without_db_the_cli_uses_the_settings_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("WAREHOUSE_DB", raising=False)
    chosen = tmp_path / "chosen" / "warehouse.sqlite3"
    save_database_url(f"sqlite:///{chosen}")
    assert launch.main(["db", "info"]) == 0
    assert str(chosen) in capsys.readouterr().out
    other = tmp_path / "other.sqlite3"
    monkeypatch.setenv("WAREHOUSE_DB", str(other))  # the environment still comes first
    assert launch.main(["db", "info"]) == 0
    assert str(other) in capsys.readouterr().out
