"""The command line on each database: ``cli("item", "add", ...)`` returns (exit code, stdout, stderr)."""

from __future__ import annotations

import pytest

from tests.cli.helpers import Cli


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_url, capsys)
