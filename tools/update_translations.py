"""Refresh the translations: error templates, then lupdate, then lrelease.

Run from the repository root after changing any user-visible string:

    python -m tools.update_translations

1. regenerates warehouse_app/ui/base/error_templates.py from the errors raised in the code;
2. pyside6-lupdate over every .py file of warehouse_app/ (git's list, so stray files are
   left out) into resources/translations/warehouse_{pl,uk}.ts, keeping what is already
   translated and dropping strings the code no longer has (-no-obsolete);
   plus warehouse_en.ts with only the plural entries (-pluralonly) for English's two forms;
3. pyside6-lrelease of each .ts into the .qm the app loads (committed, so a fresh clone
   runs without a build step; tests/ui/test_translations.py checks they are current).

New strings arrive as unfinished entries: translate them in Qt Linguist
(pyside6-linguist resources/translations/warehouse_pl.ts) or in the XML directly.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools import error_templates

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("pl", "uk")  # full translations
PLURALS_ONLY = "en"  # English needs only the plural forms: "%n item(s)" -> "1 item" / "3 items"
TARGETS = {"pl": "pl_PL", "uk": "uk_UA", "en": "en_GB"}


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"warehouse_{lang}.ts"


def source_files() -> list[str]:
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "warehouse_app/*.py"],
                            cwd=ROOT, check=True, capture_output=True, text=True).stdout.split()
    return sorted(f for f in listed if (ROOT / f).exists())


def lupdate(lang: str, ts: Path | None = None) -> None:
    """Bring ``ts`` (default: the language's file) in line with the strings of the code."""
    only = ["-pluralonly"] if lang == PLURALS_ONLY else []
    subprocess.run(["pyside6-lupdate", "-silent", "-no-obsolete", *only, "-locations", "relative", *source_files(),
                    "-target-language", TARGETS[lang], "-ts", str(ts or ts_path(lang))],
                   cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    found = error_templates.write()
    print(f"{len(found.templates)} error templates -> {error_templates.GENERATED.relative_to(ROOT)}")
    for lang in (*LANGUAGES, PLURALS_ONLY):
        lupdate(lang)
        lrelease(ts_path(lang), ts_path(lang).with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
