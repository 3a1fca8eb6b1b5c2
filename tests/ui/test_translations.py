"""The Polish and Ukrainian translations: complete, consistent with the code, and really used."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tools import error_templates
from tools.update_translations import LANGUAGES, PLURALS_ONLY, lupdate, ts_path
from warehouse_app.kernel.errors import BadInput, Conflict
from warehouse_app.station.store import LANGUAGE_KEY, chosen_language, settings_store
from warehouse_app.ui.base import error_templates as generated
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.language import install_translators
from warehouse_app.ui.base.texts import error_text

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?\d|%n")
# Entries whose translation may equal the English source: units and symbols that are the same.
SAME_AS_ENGLISH = {("pl", "kg"), ("pl", "l"), ("pl", "{kg} kg"), ("pl", "Min."), ("pl", "Minimum"),
                   ("pl", "Operator: {name} ({role})"), ("pl", "{category}: {kg} kg"),
                   ("pl", "Problem"), ("pl", "Status"), ("pl", "{pieces} + {amount} kg/l"),
                   ("pl", "Port:"), ("pl", " ms"), ("pl", "PIN"), ("pl", "PIN:"), ("uk", "PIN"), ("uk", "PIN:"),
                   ("pl", "Enter"), ("uk", "Enter"), ("pl", "Tab"), ("uk", "Tab"),
                   ("pl", "{size} kB"), ("pl", "{size} MB")}  # key names, units and acronyms


def messages(lang: str) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts_path(lang)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def texts_of(translation: ET.Element) -> list[str]:
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_translated_with_the_same_placeholders(lang: str) -> None:
    problems = []
    count = 0
    for context, message in messages(lang):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        count += 1
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        forms = texts_of(translation)
        if message.get("numerus") == "yes" and len(forms) != 3:  # Polish and Ukrainian: one, few, many
            problems.append(f"{where} has {len(forms)} plural forms, not 3")
        for text in forms:
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            elif text == source and re.search(r"[A-Za-z]", PLACEHOLDER.sub("", source)) \
                    and (lang, source) not in SAME_AS_ENGLISH:
                problems.append(f"{where} is still English")
    assert count > 400
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", (*LANGUAGES, PLURALS_ONLY))
def test_the_committed_qm_files_are_built_from_the_ts_files(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"warehouse_{lang}.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(ts_path(lang)), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == ts_path(lang).with_suffix(".qm").read_bytes(), \
        "run `python -m tools.update_translations` and commit the .qm files"


@pytest.mark.parametrize("lang", (*LANGUAGES, PLURALS_ONLY))
def test_the_ts_files_hold_every_string_of_the_code(lang: str, tmp_path: Path) -> None:
    def entries(path: Path) -> set[tuple[str, str, str]]:
        return {(c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
                for c in ET.parse(path).getroot().iter("context") for m in c.iter("message")}

    fresh = tmp_path / ts_path(lang).name
    shutil.copy(ts_path(lang), fresh)
    lupdate(lang, fresh)
    assert entries(fresh) == entries(ts_path(lang)), "run `python -m tools.update_translations` and translate"


def test_every_error_template_in_the_code_is_marked_for_translation() -> None:
    found = error_templates.collect()
    assert not found.problems
    assert len(found.templates) > 100
    missing = set(found.templates) - set(generated.TEMPLATES)
    assert not missing, f"run `python -m tools.update_translations`; missing: {sorted(missing)}"


def test_the_collector_reads_literals_constants_and_subclass_templates(tmp_path: Path) -> None:
    module = tmp_path / "sample.py"
    module.write_text(
        'from warehouse_app.kernel.errors import BadInput, WarehouseError\n'
        'LONG = "A constant template {x}."\n'
        'class Special(BadInput):\n'
        '    def __init__(self, code):\n'
        '        super().__init__("Special {code}.", code=code)\n'
        'def f(value, what="price"):\n'
        '    raise BadInput("Literal {what}.", what=what)\n'
        'def g():\n'
        '    raise BadInput(LONG, x=1)\n'
        'def h(code):\n'
        '    raise Special(code)\n'
        'def bad(x):\n'
        '    raise BadInput(f"No {x}")\n'
        'def _failed(template, **params):\n'
        '    return BadInput(template, **params)\n'
        'def probe():\n'
        '    return _failed("Carried by a helper {y}.", y=2)\n', encoding="utf-8")
    found = error_templates.collect([module])
    assert set(found.templates) == {"A constant template {x}.", "Special {code}.", "Literal {what}.", "price",
                                    "Carried by a helper {y}."}
    assert len(found.problems) == 1 and "not a string literal" in found.problems[0]


@pytest.fixture
def speak(qapp) -> Iterator:  # type: ignore[no-untyped-def]
    """Switch the app's language for one test, then back to English and the previous locale."""
    before = QLocale()

    def switch(lang: str) -> None:
        install_translators(qapp, lang)

    yield switch
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def test_english_has_both_forms_of_every_plural() -> None:
    entries = list(messages(PLURALS_ONLY))
    assert entries and all(m.get("numerus") == "yes" for _, m in entries)
    for _context, message in entries:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        forms = texts_of(translation)
        assert len(forms) == 2 and all("%n" in f and "(s)" not in f and "(es)" not in f for f in forms), forms


@pytest.mark.parametrize("lang, expected", [
    ("pl", {1: "1 pozycja", 3: "3 pozycje", 5: "5 pozycji", 22: "22 pozycje", 25: "25 pozycji"}),
    ("uk", {1: "1 позиція", 3: "3 позиції", 5: "5 позицій", 21: "21 позиція", 12: "12 позицій"}),
    ("en", {1: "1 line", 3: "3 lines", 0: "0 lines"}),
])
def test_counts_take_the_right_plural_form(speak, lang: str, expected: dict[int, str]) -> None:  # type: ignore[no-untyped-def]
    speak(lang)
    for n, words in expected.items():
        assert tr("IntakeScreen", "This donation: %n line(s)", n).endswith(words)


def test_error_templates_and_their_words_are_translated(speak) -> None:  # type: ignore[no-untyped-def]
    speak("pl")
    assert error_text(BadInput("The {what} must be a number.", what="quantity")) == "Pole „ilość” musi być liczbą."
    assert error_text(Conflict("Only a manager can {action}.", action="change roles")) == \
        "Tylko kierownik może: zmieniać role."
    speak("uk")
    assert error_text(BadInput("The barcode {code} has a wrong check digit.", code="5901234123458")) == \
        "Штрихкод 5901234123458 має неправильну контрольну цифру."
    # the shortage sentence, made by a helper for both of its classes (a lost race and a real shortage)
    from decimal import Decimal

    from warehouse_app.core.ledger import not_enough

    for lost in (False, True):
        assert error_text(not_enough("Mydło", "Regał A", Decimal(2), "pcs", Decimal(5), lost=lost)).startswith(
            "Недостатньо: Mydło у Regał A")


def test_numbers_and_dates_follow_the_language(speak) -> None:  # type: ignore[no-untyped-def]
    speak("pl")
    assert show_qty(Decimal("12345.50")) == "12\u00a0345,5"
    assert show_date(date(2026, 12, 31)) == "31.12.2026"
    speak("en")
    assert show_qty(Decimal("1234.50")) == "1,234.5"


def test_the_default_places_read_in_the_language_and_named_places_stay(speak) -> None:  # type: ignore[no-untyped-def]
    speak("uk")
    assert [place_name(n) for n in ("Main warehouse", "Receiving", "Storage")] == \
        ["Головний склад", "Приймання", "Зберігання"]
    speak("pl")
    assert place_name("Receiving") == "Przyjęcie towaru"
    assert place_name("Regał A-03") == "Regał A-03"  # named by people: as they named it
    speak("en")
    assert place_name("Receiving") == "Receiving"


def test_the_language_setting_wins_over_the_system(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = settings_store()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Ukrainian)))
    store.remove(LANGUAGE_KEY)
    assert chosen_language(store) == "uk"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert chosen_language(store) == "en"
    store.setValue(LANGUAGE_KEY, "pl")
    assert chosen_language(store) == "pl"
    store.setValue(LANGUAGE_KEY, "xx")
    assert chosen_language(store) == "en"


@pytest.mark.parametrize("lang, title, undo, cancel", [
    ("uk", "Приймання", "Скасувати останній скан (Ctrl+Z)", "Скасувати"),
    ("pl", "Przyjęcie", "Cofnij ostatni skan (Ctrl+Z)", "Anuluj"),
])
def test_a_screen_and_qt_buttons_speak_the_chosen_language(  # type: ignore[no-untyped-def]
        speak, ctx: AppContext, qtbot: QtBot, lang: str, title: str, undo: str, cancel: str) -> None:
    from warehouse_app.ui.screens.intake.screen import IntakeScreen

    speak(lang)
    screen = IntakeScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.title() == title
    assert undo in [b.text() for b in screen.findChildren(QPushButton)]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert QApplication.translate("QPlatformTheme", "&Yes") != "&Yes"


def test_the_app_starts_in_the_language_of_the_settings(speak, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from warehouse_app import launch
    from warehouse_app.ui.main_window import MainWindow

    settings_store().setValue(LANGUAGE_KEY, "uk")
    seen: dict[str, object] = {}

    def look(*_args: object) -> int:
        window = next(w for w in QApplication.topLevelWidgets()  # this test's window, not one left by another
                      if isinstance(w, MainWindow) and w.isVisible() and "uk.sqlite3" in w.database_label.text())
        seen["nav"] = [b.text() for b in window.nav_group.buttons()]
        seen["lang"] = window.ctx.lang
        seen["status"] = window.operator_label.text()
        window.close()
        return 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QApplication, "exec", look)
    assert launch.main(["--db", str(tmp_path / "uk.sqlite3"), "--operator", "Olena Kovalenko"]) == 0
    assert seen["lang"] == "uk"
    assert "Приймання  (F2)" in seen["nav"] and "Залишки  (F3)" in seen["nav"]  # type: ignore[operator]
    assert seen["status"] == "Оператор: Olena Kovalenko (керівник)"
    assert QLocale().language() == QLocale.Language.Ukrainian


def test_kinds_of_places_and_labels_read_in_the_language(speak) -> None:  # type: ignore[no-untyped-def]
    speak("pl")
    assert error_text(BadInput("{code} is a {kind} label, not goods.", code="B000001", kind="box")) == \
        "B000001 to etykieta typu karton, a nie towar."
    speak("uk")
    assert "палета" in error_text(BadInput("{code} is a {actual}, not a {kind}.", code="P1", actual="pallet",
                                           kind="box"))


def test_the_import_preview_titles_and_problems_read_in_the_language(speak, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from warehouse_app.core.intake.imports import preview_items
    from warehouse_app.ui.screens.reports.preview_model import PreviewModel

    with sqlite_db.read() as s:
        preview = preview_items(s, [{"name": "Koc", "category": "NOPE", "unit": "szt", "name_uk": "Ковдра"}])
    assert preview.rows[0].error == "There is no category NOPE."  # the command line's English
    speak("uk")
    model = PreviewModel()
    model.set_preview(preview)
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Назва українською" in titles and "Категорія" in titles
    problem = model.data(model.index(0, model.problem_column))
    assert "NOPE" in problem and "There is no" not in problem
