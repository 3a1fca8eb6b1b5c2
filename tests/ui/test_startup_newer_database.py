"""Stations on mixed versions (issue 17): the desktop app meets a database a newer build upgraded.
It says so in one sentence, in the user's language, and does not open that database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from warehouse_app import launch
from warehouse_app.ui.base.language import install_translators
from warehouse_app.ui.main_window import MainWindow


def _newer_database(tmp_path: Path, sqlite_template: Path) -> Path:
    target = tmp_path / "newer.sqlite3"
    target.write_bytes(sqlite_template.read_bytes())
    conn = sqlite3.connect(target)
    conn.execute("UPDATE alembic_version SET version_num = '0012'")
    conn.commit()
    conn.close()
    return target


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "This database was upgraded by a newer Aid Warehouse (revision 0012); update this station."),
    ("pl", "Tę bazę danych zaktualizowała nowsza wersja Magazynu Pomocy (rewizja 0012); zaktualizuj to stanowisko."),
    ("uk", "Цю базу даних оновила новіша версія Складу допомоги (ревізія 0012); оновіть цю станцію."),
])
def test_a_newer_database_is_one_sentence_at_start_up(lang: str, sentence: str, tmp_path: Path, sqlite_template: Path,
                                                      qapp, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    target = _newer_database(tmp_path, sqlite_template)
    before = target.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QApplication, "exec", lambda *_a: pytest.fail("the app opened a database it does not know"))
    try:
        assert launch.main(["--db", str(target), "--operator", "Anna Nowak", "--station", "s1", "--lang", lang]) == 1
    finally:
        install_translators(qapp, "en")  # the application outlives this test
    assert shown == [sentence]
    assert sentence in capsys.readouterr().err
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert target.read_bytes() == before  # nothing was written: no operator, no daily backup
    assert not (tmp_path / "backups").exists()
