"""Headings of the border documents in Polish, English and Ukrainian.

A truck's papers are read by a Polish loader, an English-reading donor and a Ukrainian
customs officer, so every heading carries all three, always in the order PL / EN / UK.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str, str]] = {
    "packing_list": ("Specyfikacja ładunku", "Packing list", "Пакувальний лист"),
    "document_no": ("Nr dokumentu", "Document no.", "№ документа"),
    "date": ("Data", "Date", "Дата"),
    "sender": ("Nadawca", "Sender", "Відправник"),
    "recipient": ("Odbiorca", "Recipient", "Отримувач"),
    "receiver": ("Odbiorca", "Receiver", "Отримувач"),
    "tax_id": ("NIP", "Tax ID", "Податковий номер"),
    "contact": ("Kontakt", "Contact", "Контакт"),
    "vehicle": ("Nr rej. pojazdu", "Vehicle plate", "Номер автомобіля"),
    "trailer": ("Nr rej. naczepy", "Trailer plate", "Номер причепа"),
    "driver": ("Kierowca", "Driver", "Водій"),
    "seal": ("Nr plomby", "Seal no.", "№ пломби"),
    "departure": ("Planowany wyjazd", "Planned departure", "Плановий виїзд"),
    "aid_code": ("Kod rejestracji pomocy humanitarnej", "Humanitarian aid registration code",
                 "Реєстраційний код гуманітарної допомоги"),
    "package": ("Opak.", "Pkg", "Місце"),
    "item": ("Towar", "Item", "Товар"),
    "quantity": ("Ilość", "Qty", "Кількість"),
    "unit": ("J.m.", "Unit", "Од."),
    "net_kg": ("Netto kg", "Net kg", "Нетто, кг"),
    "gross_kg": ("Brutto kg", "Gross kg", "Брутто, кг"),
    "expiry": ("Ważne do", "Expiry", "Придатне до"),
    "lot": ("Partia", "Lot", "Партія"),
    "loose": ("Towary luzem (bez opakowania zbiorczego)", "Loose goods (not in a box or on a pallet)",
              "Товари без упаковки (поза коробками і палетами)"),
    "summary": ("Zestawienie według kategorii", "Summary by category", "Зведення за категоріями"),
    "category": ("Kategoria", "Category", "Категорія"),
    "hs_code": ("Kod HS", "HS code", "Код УКТ ЗЕД"),
    "packages": ("Opakowania", "Packages", "Місця"),
    "pieces": ("Sztuki", "Pieces", "Штуки"),
    "total": ("Razem", "Total", "Разом"),
    "box": ("karton", "box", "коробка"),
    "pallet": ("paleta", "pallet", "палета"),
    "on_pallet": ("na palecie", "on pallet", "на палеті"),
    "signature": ("Imię i nazwisko, podpis, pieczęć, data", "Name, signature, stamp, date",
                  "ПІБ, підпис, печатка, дата"),
    "not_weighed": ("* masa brutto niezważona, podano masę netto", "* gross weight not measured, net weight given",
                    "* вагу брутто не зважено, вказано вагу нетто"),
    "no_weight": ("? masa nieznana: towar bez masy jednostkowej w opakowaniu niezważonym (lub luzem); "
                  "„X + ?” = znana część",
                  "? weight unknown: goods without a unit weight in a package never weighed (or loose); "
                  "\"X + ?\" = the known part",
                  "? вага невідома: товар без ваги одиниці в незваженому місці (або без упаковки); "
                  "«X + ?» = відома частина"),
    "no_weight_short": ("? = masa nieznana (zob. specyfikację)", "? = weight unknown (see the packing list)",
                        "? = вага невідома (див. пакувальний лист)"),
    "count_rule": ("Każde opakowanie liczone raz, w kategorii głównej (największa masa netto); "
                   "towary luzem liczone w sztukach luzem, nie jako opakowania",
                   "Each package is counted once, under its main category (most net weight); "
                   "loose goods are counted as loose pieces, not as packages",
                   "Кожне місце враховано один раз, в основній категорії (найбільша вага нетто); "
                   "товари без упаковки враховано як штуки без упаковки, а не як місця"),
    "loose_pieces": ("Szt. luzem", "Loose pcs", "Шт. без упак."),
    "destination": ("Do", "To", "До"),
    "units": ("Jednostki", "Units", "Одиниці"),
    "gross_short": ("Brutto", "Gross", "Брутто"),
    "net_short": ("Netto", "Net", "Нетто"),
    "count_sheet": ("Arkusz spisu z natury", "Stock count sheet", "Аркуш інвентаризації"),
    "place": ("Miejsce", "Location", "Місце"),
    "code": ("Kod kreskowy", "Barcode", "Штрихкод"),
    "counted": ("Policzono", "Counted", "Пораховано"),
    "counted_by": ("Liczył(a)", "Counted by", "Рахував(ла)"),
    "checked_by": ("Sprawdził(a)", "Checked by", "Перевірив(ла)"),
    "printed": ("Wydrukowano", "Printed", "Надруковано"),
    "arrival_report": ("Protokół przyjęcia transportu", "Arrival report", "Акт приймання вантажу"),
    "truck_no": ("Nr transportu nadawcy", "Sender's truck no.", "№ транспорту відправника"),
    "hub": ("Magazyn przyjmujący", "Receiving hub", "Склад-отримувач"),
    "dispatched": ("Wysłano", "Dispatched", "Відправлено"),
    "arrived": ("Przyjechało", "Arrived", "Прибуло"),
    "closed": ("Zamknięto", "Closed", "Закрито"),
    "donation": ("Przyjęcie", "Donation", "Надходження"),
    "status": ("Stan", "Status", "Стан"),
    "expected": ("Oczekiwane", "Expected", "Очікувано"),
    "received": ("Przyjęte", "Received", "Прийнято"),
    "damaged": ("Uszkodzone", "Damaged", "Пошкоджено"),
    "missing": ("Brakujące", "Missing", "Бракує"),
    "extra": ("Nadmiarowe (spoza listy)", "Extra (not on the list)", "Зайві (не в списку)"),
    "checked": ("Sprawdzono", "Checked", "Перевірено"),
    "by": ("Kto", "By", "Хто"),
    "note": ("Uwagi", "Note", "Примітка"),
    "received_goods": ("Przyjęte towary według kategorii (przyjęte i uszkodzone opakowania oraz towary luzem)",
                       "Received goods by category (received and damaged packages, and loose goods)",
                       "Прийняті товари за категоріями (прийняті й пошкоджені місця та товари без упаковки)"),
    "loose_unchecked": ("Towary luzem: przyjęte przy zamknięciu, nie sprawdzane etykietą",
                        "Loose goods: received at the close, not checked by label",
                        "Товари без упаковки: прийняті під час закриття, без перевірки за етикеткою"),
    "checking": ("w trakcie sprawdzania: niesprawdzone opakowania liczone jako brakujące",
                 "still being checked: packages not checked in yet count as missing",
                 "ще перевіряється: неперевірені місця враховано як відсутні"),
    "kg_goods": ("Towary w kg/l", "Goods in kg/l", "Товари в кг/л"),
    "label": ("Etykieta", "Label", "Етикетка"),
    "received_by": ("Przyjął(ęła)", "Received by", "Прийняв(ла)"),
}

UNIT_LEGEND = "pcs = szt. = шт.; pack = opak. = уп.; pair = para = пара; set = kpl. = компл.; kg = кг; l = л"


def tri(key: str, sep: str = " / ") -> str:
    """The heading in all three languages on one line: "Nadawca / Sender / Відправник"."""
    return sep.join(TEXTS[key])


def tri_lines(key: str) -> str:
    """The heading on three lines, for narrow table headers."""
    return "\n".join(TEXTS[key])
