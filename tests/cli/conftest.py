"""The command line on each database: ``cli("item", "add", ...)`` returns (exit code, stdout, stderr).

Every command runs as Marta, a manager whose PIN comes from $WAREHOUSE_PIN, as a script would;
the tests of who may do what (test_cli_roles.py) name other operators."""

from __future__ import annotations

import pytest

from tests.cli.helpers import MARTA_PIN, Cli, add_person


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    add_person(db_url, "Marta", "manager", MARTA_PIN)
    monkeypatch.setenv("WAREHOUSE_PIN", MARTA_PIN)
    return Cli(db_url, capsys)
