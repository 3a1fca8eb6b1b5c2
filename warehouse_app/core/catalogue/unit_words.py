"""The words and abbreviations sheets use for the app's units, in Polish, English, Ukrainian
and German (donors' lists and other systems' exports: "Each", "szt.", "шт", "Stück", "op.").

``unit_of`` turns such a word into one of ``db.models.UNITS`` (pcs, kg, l, pack, pair, set)
or refuses it with the unit sentence of ``check_unit``. A box, case or carton is no unit
(it holds some number of them: a case barcode and its pack count say how many). Words are compared case-folded,
without a final full stop or the spaces inside ("j. m." is no unit, "szt ." is "szt").
"""

from __future__ import annotations

from warehouse_app.core.quantities import check_unit

_WORDS: dict[str, tuple[str, ...]] = {
    "pcs": (
        "pc", "pce", "pcs", "piece", "pieces", "each", "ea", "unit", "units", "item", "items", "count", "ct",
        "szt", "sztuka", "sztuki", "sztuk",
        "шт", "штука", "штуки", "штук", "од", "одиниця",
        "stk", "stück", "stueck", "stck",
    ),
    "kg": (
        "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes",
        "kilogramy", "kilogramów",
        "кг", "кілограм", "кілограми", "кілограмів",
        "kilogramm",
    ),
    "l": (
        "l", "ltr", "lt", "litre", "litres", "liter", "liters",
        "litr", "litry", "litrów",
        "л", "літр", "літри", "літрів",
    ),
    "pack": (
        "pack", "packs", "pk", "package", "packet",
        "op", "opak", "opakowanie", "opakowania", "opakowań", "paczka", "paczki",
        "уп", "упак", "упаковка", "упаковки", "упаковок", "пачка", "пачки",
        "packung", "packungen", "pckg", "pkg",
    ),
    "pair": (
        "pair", "pairs", "pr",
        "para", "pary", "par",
        "пара", "пари", "пар",
        "paar",
    ),
    "set": (
        "set", "sets", "kit", "kits",
        "kpl", "komplet", "komplety", "zestaw", "zestawy",
        "компл", "комплект", "комплекти", "набір", "набори",
        "satz", "sätze",
    ),
}
_UNIT_OF = {word.casefold().rstrip("."): unit for unit, words in _WORDS.items() for word in words}


def known_words() -> dict[str, str]:
    """Every word this module reads, with its unit (for tests and help texts)."""
    return dict(_UNIT_OF)


def unit_of(text: str, default: str = "pcs") -> str:
    """The app's unit a sheet's unit word names; an empty cell is ``default``."""
    word = "".join(text.split()).casefold().rstrip(".")
    if not word:
        return check_unit(default)
    return check_unit(_UNIT_OF.get(word, text))
