"""The words of the Excel exports in Polish, English and Ukrainian.

A spreadsheet is written in one language, the user's (``--lang`` or the GUI's); the
manifest can carry all three in its column titles for a partner across the border.
Units (pcs, kg), codes and numbers stay as they are: they are data, not words.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str, str]] = {  # key: (pl, en, uk)
    # column titles
    "package": ("Opakowanie", "Package", "Місце"),
    "label_code": ("Kod etykiety", "Label code", "Код етикетки"),
    "kind": ("Rodzaj", "Kind", "Вид"),
    "item": ("Towar", "Item", "Товар"),
    "category": ("Kategoria", "Category", "Категорія"),
    "quantity": ("Ilość", "Quantity", "Кількість"),
    "unit": ("J.m.", "Unit", "Од."),
    "net_kg": ("Netto kg", "Net kg", "Нетто, кг"),
    "gross_kg": ("Brutto kg", "Gross kg", "Брутто, кг"),
    "expiry": ("Ważne do", "Expiry", "Придатне до"),
    "lot": ("Partia", "Lot", "Партія"),
    "hs_code": ("Kod HS", "HS code", "Код УКТ ЗЕД"),
    "origin": ("Kraj pochodzenia", "Origin", "Країна походження"),
    "unit_value": ("Wartość jedn.", "Unit value", "Вартість од."),
    "value": ("Wartość", "Value", "Вартість"),
    "currency": ("Waluta", "Currency", "Валюта"),
    "packages": ("Opakowania", "Packages", "Місця"),
    "pieces": ("Sztuki", "Pieces", "Штуки"),
    "goods_kg_l": ("Towary w kg lub l", "Goods in kg or l", "Товари в кг або л"),
    "loose_pieces": ("Sztuki luzem", "Loose pieces", "Штуки без упаковки"),
    "weight_note": ("Uwaga o masie", "Weight note", "Примітка щодо ваги"),
    "barcode": ("Kod kreskowy", "Barcode", "Штрихкод"),
    "location": ("Miejsce", "Location", "Місце зберігання"),
    "weight_kg": ("Masa kg", "Weight kg", "Вага, кг"),
    "flags": ("Uwagi", "Flags", "Позначки"),
    "code": ("Kod", "Code", "Код"),
    "items_in_stock": ("Towary na stanie", "Items in stock", "Товарів на складі"),
    "below_minimum_count": ("Towary poniżej minimum", "Items below minimum", "Товарів нижче мінімуму"),
    "expired": ("Przeterminowane", "Expired", "Прострочено"),
    "expiring_30": ("Tracące ważność w 30 dni", "Expiring within 30 days", "Спливає за 30 днів"),
    "expiring_90": ("Tracące ważność w 90 dni", "Expiring within 90 days", "Спливає за 90 днів"),
    "donations": ("Darowizny", "Donations", "Пожертви"),
    "lines": ("Pozycje", "Lines", "Рядки"),
    "received": ("Przyjęto", "Received", "Отримано"),
    "donation": ("Darowizna", "Donation", "Пожертва"),
    "donor": ("Darczyńca", "Donor", "Донор"),
    # header lines
    "truck": ("Transport", "Truck", "Вантажівка"),
    "document_date": ("Data dokumentu", "Document date", "Дата документа"),
    "recipient": ("Odbiorca", "Recipient", "Одержувач"),
    "contact": ("Kontakt", "Contact", "Контакт"),
    "vehicle_trailer": ("Pojazd / naczepa", "Vehicle / trailer", "Автомобіль / причіп"),
    "driver": ("Kierowca", "Driver", "Водій"),
    "seal": ("Plomba", "Seal", "Пломба"),
    "departure": ("Wyjazd", "Departure", "Виїзд"),
    "aid_code": ("Kod rejestracji pomocy humanitarnej", "Aid registration code",
                 "Реєстраційний код гуманітарної допомоги"),
    "sender": ("Nadawca", "Sender", "Відправник"),
    "sender_tax_id": ("NIP nadawcy", "Sender tax id", "Податковий номер відправника"),
    "warehouse": ("Magazyn", "Warehouse", "Склад"),
    "date": ("Data", "Date", "Дата"),
    "operator": ("Operator", "Operator", "Оператор"),
    "from": ("Od", "From", "З"),
    "to": ("Do", "To", "По"),
    # sheet names and headings
    "packages_sheet": ("Opakowania", "Packages", "Місця"),
    "by_category": ("Według kategorii", "By category", "За категоріями"),
    "by_donor": ("Według darczyńców", "By donor", "За донорами"),
    "manifest": ("Specyfikacja transportu {number}", "Truck manifest {number}", "Маніфест вантажівки {number}"),
    "summary_by_category": ("Zestawienie według kategorii", "Summary by category", "Зведення за категоріями"),
    "stock": ("Stan magazynu", "Stock", "Залишки"),
    "stock_by_category": ("Stan według kategorii", "Stock by category", "Залишки за категоріями"),
    "donations_by_donor": ("Darowizny według darczyńców", "Donations by donor", "Пожертви за донорами"),
    "donations_by_category": ("Darowizny według kategorii", "Donations by category", "Пожертви за категоріями"),
    "donations_received": ("Przyjęte darowizny", "Donations received", "Отримані пожертви"),
    # values in cells
    "box": ("karton", "box", "коробка"),
    "pallet": ("paleta", "pallet", "палета"),
    "loose": ("luzem", "loose", "без упаковки"),
    "total": ("Razem", "Total", "Разом"),
    "total_packages": ("Razem: {n} opakowań", "Total: {n} packages", "Разом: {n} місць"),
    "plus_loose_pieces": (" + {n} szt. luzem", " + {n} loose pieces", " + {n} шт. без упаковки"),
    "no_weight_note": ("brak masy jednostkowej: masa netto nieznana", "no unit weight: net weight unknown",
                       "немає ваги одиниці: вага нетто невідома"),
    "not_covered_note": ("masa brutto niepełna: zważ karton lub wpisz masy jednostkowe",
                         "gross weight incomplete: weigh the box or enter unit weights",
                         "вага брутто неповна: зважте коробку або введіть вагу одиниць"),
    "incomplete_note": ("masy niepełne: część towarów nie ma masy", "weights incomplete: some goods have no weight",
                        "вага неповна: частина товарів не має ваги"),
    "total_rows": ("Razem: {n} wierszy", "Total: {n} rows", "Разом: {n} рядків"),
    "total_lines": ("Razem: {n} pozycji", "Total: {n} lines", "Разом: {n} рядків"),
    "flagged": ("{n} z uwagami", "{n} flagged", "{n} з позначками"),
    "below_minimum": ("poniżej minimum", "below minimum", "нижче мінімуму"),
    "flag_no_weight": ("brak masy jednostkowej: masa nieznana", "no unit weight: weight unknown",
                       "немає ваги одиниці: вага невідома"),
    "flag_expired": ("przeterminowane", "expired", "прострочено"),
    "flag_30": ("traci ważność w ciągu 30 dni", "expires within 30 days", "термін спливає протягом 30 днів"),
    "flag_90": ("traci ważność w ciągu 90 dni", "expires within 90 days", "термін спливає протягом 90 днів"),
    # the impact sheet: where the donations went
    "impact": ("Dokąd trafiły darowizny", "Where the donations went", "Куди потрапили пожертви"),
    "impact_by_donor": ("Według darczyńców", "By donor", "За донорами"),
    "impact_rows": ("Szczegóły", "Details", "Подробиці"),
    "impact_rows_heading": ("Każda darowizna: towar, stan, transport", "Every donation: item, state, truck",
                            "Кожна пожертва: товар, стан, вантажівка"),
    "no_donor": ("(bez darczyńcy)", "(no donor)", "(без донора)"),
    "donation_date": ("Data darowizny", "Donation date", "Дата пожертви"),
    "state": ("Stan", "State", "Стан"),
    "place": ("Miejsce / opakowanie", "Place / package", "Місце / пакування"),
    "destination": ("Dokąd", "Destination", "Куди"),
    "dispatched": ("Wysłano", "Dispatched", "Відправлено"),
    "delivered_on": ("Dostarczono", "Delivered", "Доставлено"),
    "hub": ("Potwierdził", "Confirmed by", "Підтвердив"),
    "reason": ("Powód", "Reason", "Причина"),
    "measure": ("Liczone w", "Counted in", "Рахується в"),
    "measure_kg": ("kg", "kg", "кг"),
    "measure_units": ("sztukach", "units", "одиницях"),
    "left_share": ("Wyjechało %", "Left %", "Вирушило %"),
    "left": ("Wyjechało", "Left", "Вирушило"),
    "in_warehouse": ("W magazynie", "In the warehouse", "На складі"),
    "trucks": ("Transporty", "Trucks", "Вантажівки"),
    "destinations": ("Dokąd", "Destinations", "Куди"),
    "state_in_stock": ("na półce", "on a shelf", "на полиці"),
    "state_packed": ("spakowane", "packed", "запаковано"),
    "state_loaded": ("załadowane", "loaded", "завантажено"),
    "state_dispatched": ("wysłane", "dispatched", "відправлено"),
    "state_delivered": ("dostarczone", "delivered", "доставлено"),
    "state_written_off": ("spisane", "written off", "списано"),
    "written_off": ("Spisano", "Written off", "Списано"),
    "stock_count": ("brak przy spisie z natury", "missing at a stock count", "нестача під час інвентаризації"),
}

_INDEX = {"pl": 0, "en": 1, "uk": 2}


def say(key: str, lang: str, **values: object) -> str:
    """The text in ``lang`` (English for a language without its own column)."""
    text = TEXTS[key][_INDEX.get(lang, 1)]
    return text.format(**values) if values else text


def title(key: str, lang: str, trilingual: bool = False) -> str:
    """A column title: in ``lang``, or all three on three lines (PL, EN, UK)."""
    return "\n".join(TEXTS[key]) if trilingual else say(key, lang)
