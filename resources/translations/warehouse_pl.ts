<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ArrivalPanel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/arrival_panel.py" line="+64"/>
        <source>Register a truck file…</source>
        <translation>Zarejestruj plik transportu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On pallet</source>
        <translation>Na palecie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked at</source>
        <translation>Sprawdzono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note for the next damaged package, e.g. wet corner</source>
        <translation>Uwaga do następnego uszkodzonego opakowania, np. mokry róg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept with the next package scanned in the Damaged mode, then cleared.</source>
        <translation>Zapisywana przy następnym opakowaniu zeskanowanym w trybie „Uszkodzone”, potem czyszczona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival report (PDF)…</source>
        <translation>Raport przyjęcia (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print arrival report…</source>
        <translation>Drukuj raport przyjęcia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close arrival…</source>
        <translation>Zamknij przyjęcie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save confirmation again…</source>
        <translation>Zapisz potwierdzenie ponownie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a loader or a manager can check in an arriving truck.</source>
        <translation>Tylko ładowacz lub kierownik może przyjmować przyjeżdżający transport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arriving truck:</source>
        <translation>Przyjeżdżający transport:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>closed</source>
        <translation>zamknięte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>checking {done} of {all}</source>
        <translation>sprawdzanie: {done} z {all}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No arriving truck yet: press “Register a truck file…” and choose the file the sender gave the driver.</source>
        <translation>Brak przyjeżdżającego transportu: naciśnij „Zarejestruj plik transportu…” i wybierz plik, który nadawca dał kierowcy.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Closed: {received} received · {damaged} damaged · {missing} missing · {extra} extra (of %n package(s))</source>
        <translation>
            <numerusform>Zamknięte: przyjęte {received} · uszkodzone {damaged} · brakujące {missing} · spoza listy {extra} (z %n opakowania zbiorczego)</numerusform>
            <numerusform>Zamknięte: przyjęte {received} · uszkodzone {damaged} · brakujące {missing} · spoza listy {extra} (z %n opakowań zbiorczych)</numerusform>
            <numerusform>Zamknięte: przyjęte {received} · uszkodzone {damaged} · brakujące {missing} · spoza listy {extra} (z %n opakowań zbiorczych)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{checked} of %n package(s) checked in · {damaged} damaged · {extra} extra · {left} still to check</source>
        <translation>
            <numerusform>Sprawdzono {checked} z %n opakowania zbiorczego · uszkodzone {damaged} · spoza listy {extra} · do sprawdzenia {left}</numerusform>
            <numerusform>Sprawdzono {checked} z %n opakowań zbiorczych · uszkodzone {damaged} · spoza listy {extra} · do sprawdzenia {left}</numerusform>
            <numerusform>Sprawdzono {checked} z %n opakowań zbiorczych · uszkodzone {damaged} · spoza listy {extra} · do sprawdzenia {left}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pallet</source>
        <translation>paleta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>karton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>przyjęte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>damaged</source>
        <translation>uszkodzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>extra</source>
        <translation>spoza listy</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not checked yet</source>
        <translation>jeszcze niesprawdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra, damaged</source>
        <translation>spoza listy, uszkodzone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not in the truck file)</source>
        <translation>(nie ma w pliku transportu)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loose goods, not checked by label (counted as received at close): {goods}</source>
        <translation>Towar luzem, bez etykiet (przy zamknięciu liczony jako przyjęty): {goods}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an arriving truck below, or register its truck file.</source>
        <translation>Wybierz poniżej przyjeżdżający transport albo zarejestruj jego plik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrival of truck {number} is closed: nothing more can be checked in.</source>
        <translation>Przyjęcie transportu {number} jest zamknięte: niczego więcej nie można przyjąć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next scan checks in a DAMAGED package of truck {number} from {sender}.</source>
        <translation>Następny skan przyjmie USZKODZONE opakowanie z transportu {number} od {sender}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scan checks in a package of truck {number} from {sender}.</source>
        <translation>Następny skan przyjmie opakowanie z transportu {number} od {sender}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an arriving truck first.</source>
        <translation>Najpierw wybierz przyjeżdżający transport.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extra package</source>
        <translation>Opakowanie spoza listy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Uszkodzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no check-in to take back.</source>
        <translation>Nie ma przyjęcia paczki do cofnięcia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken back</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the truck file</source>
        <translation>Wybierz plik transportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck files (*.json)</source>
        <translation>Pliki transportu (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Truck {number} from {sender} is registered here with %n package(s): scan each label as it comes off.</source>
        <translation>
            <numerusform>Zarejestrowano transport {number} od {sender} (opakowania zbiorcze: %n): skanuj każdą etykietę przy rozładunku.</numerusform>
            <numerusform>Zarejestrowano transport {number} od {sender} (opakowania zbiorcze: %n): skanuj każdą etykietę przy rozładunku.</numerusform>
            <numerusform>Zarejestrowano transport {number} od {sender} (opakowania zbiorcze: %n): skanuj każdą etykietę przy rozładunku.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arrival report</source>
        <translation>Raport przyjęcia</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n package(s) are still missing.</source>
        <translation>
            <numerusform>Brakuje jeszcze %n opakowania zbiorczego.</numerusform>
            <numerusform>Brakuje jeszcze %n opakowań zbiorczych.</numerusform>
            <numerusform>Brakuje jeszcze %n opakowań zbiorczych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Closing puts the goods of %n received and damaged package(s){loose} into this hub&apos;s stock and writes the confirmation for the sender.</source>
        <translation>
            <numerusform>Zamknięcie przyjmie na stan tego magazynu towar z %n przyjętego lub uszkodzonego opakowania zbiorczego{loose} i zapisze potwierdzenie dla nadawcy.</numerusform>
            <numerusform>Zamknięcie przyjmie na stan tego magazynu towar z %n przyjętych i uszkodzonych opakowań zbiorczych{loose} i zapisze potwierdzenie dla nadawcy.</numerusform>
            <numerusform>Zamknięcie przyjmie na stan tego magazynu towar z %n przyjętych i uszkodzonych opakowań zbiorczych{loose} i zapisze potwierdzenie dla nadawcy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, and the truck&apos;s loose goods,</source>
        <translation> oraz towar luzem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After that nothing more can be checked in on truck {number}. Close now?</source>
        <translation>Potem niczego więcej z transportu {number} nie da się przyjąć. Zamknąć teraz?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close arrival</source>
        <translation>Zamknij przyjęcie</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Save the arrival confirmation for the sender</source>
        <translation>Zapisz potwierdzenie przyjęcia dla nadawcy</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Nothing was closed: the confirmation needs a place to be saved.</source>
        <translation>Niczego nie zamknięto: potwierdzenie musi zostać gdzieś zapisane.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Closed the arrival of truck {number}: %n line(s) of goods received into stock under donation {donation}.</source>
        <translation>
            <numerusform>Zamknięto przyjęcie transportu {number}: pozycje towaru przyjęte na stan (%n) w darowiźnie {donation}.</numerusform>
            <numerusform>Zamknięto przyjęcie transportu {number}: pozycje towaru przyjęte na stan (%n) w darowiźnie {donation}.</numerusform>
            <numerusform>Zamknięto przyjęcie transportu {number}: pozycje towaru przyjęte na stan (%n) w darowiźnie {donation}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra packages are not in the truck file: open them and receive their goods by scanning.</source>
        <translation>Opakowań spoza listy nie ma w pliku transportu: otwórz je i przyjmij ich towar skanując.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The confirmation could not be saved: {reason} Press “Save confirmation again…”.</source>
        <translation>Nie udało się zapisać potwierdzenia: {reason} Naciśnij „Zapisz potwierdzenie ponownie…”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Arrival confirmation</source>
        <translation>Potwierdzenie przyjęcia</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/backups_page.py" line="+209"/>
        <source>This station works on a PostgreSQL server: the data is backed up on the server itself (ask whoever runs the server how often, and where the copies go).</source>
        <translation>To stanowisko pracuje na serwerze PostgreSQL: kopie zapasowe danych robi się na samym serwerze (zapytaj osobę, która go prowadzi, jak często i gdzie trafiają kopie).</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Keep a copy off this laptop: a lost or broken laptop must not take the warehouse with it (the app reminds you at start after a week without one). Back up now writes a checked copy of the database to a folder or USB stick you choose; it is safe while people work.</source>
        <translation>Trzymaj kopię poza tym laptopem: zgubiony lub zepsuty laptop nie może zabrać ze sobą magazynu (po tygodniu bez takiej kopii program przypomni o tym przy uruchomieniu). „Zrób kopię teraz” zapisuje sprawdzoną kopię bazy danych do wybranego folderu lub na pendrive; można to robić w trakcie pracy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up now…</source>
        <translation>Zrób kopię teraz…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copies the app makes by itself (the first start of each day, and before an upgrade or a restore):</source>
        <translation>Kopie, które program robi sam (przy pierwszym uruchomieniu każdego dnia oraz przed aktualizacją lub przywróceniem):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They are kept in {folder}</source>
        <translation>Są przechowywane w {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this folder</source>
        <translation>Otwórz ten folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore puts a copy (one of these, or one from a USB stick) in place of the database: everything recorded after the copy was made is replaced. The app checks the copy first, keeps the database as it is now as a copy “before a restore”, and starts again. Close the app on every other station using this database first.</source>
        <translation>Przywrócenie wstawia kopię (jedną z tych lub z pendrive’a) w miejsce bazy danych: wszystko, co zapisano po zrobieniu kopii, zostaje zastąpione. Aplikacja najpierw sprawdza kopię, zachowuje obecną bazę jako kopię „przed przywróceniem” i uruchamia się ponownie. Najpierw zamknij aplikację na każdym innym stanowisku, które używa tej bazy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a copy…</source>
        <translation>Przywróć kopię…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a manager can restore a copy.</source>
        <translation>Tylko kierownik może przywrócić kopię.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>daily</source>
        <translation>codzienna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>przed przywróceniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an upgrade</source>
        <translation>przed aktualizacją</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where to put the copy (a folder or a USB stick)</source>
        <translation>Gdzie zapisać kopię (folder lub pendrive)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the database…</source>
        <translation>Kopiowanie bazy danych…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy of the database</source>
        <translation>Kopia bazy danych</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which copy of the database to restore</source>
        <translation>Którą kopię bazy danych przywrócić</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database copies (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Kopie bazy danych (*.sqlite3 *.sqlite *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore this copy?</source>
        <translation>Przywrócić tę kopię?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the copy {file}, saved {when}, in place of the warehouse&apos;s database?

Everything recorded after this copy was made (scans, trucks, people) is replaced by the copy. The database as it is now is kept first, as a copy “before a restore”.

The app closes its screens, checks and restores the copy, and starts again. Every other station using this database must close the app first.</source>
        <translation>Wstawić kopię {file}, zapisaną {when}, w miejsce bazy danych magazynu?

Wszystko, co zapisano po zrobieniu tej kopii (skany, transporty, osoby), zostanie zastąpione kopią. Obecna baza zostanie najpierw zachowana jako kopia „przed przywróceniem”.

Aplikacja zamknie swoje ekrany, sprawdzi i przywróci kopię, po czym uruchomi się ponownie. Każde inne stanowisko używające tej bazy musi najpierw zamknąć aplikację.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To carry a copy away from this computer, install the PostgreSQL client tools (pg_dump).</source>
        <translation>Aby zabrać kopię z tego komputera, zainstaluj narzędzia klienta PostgreSQL (pg_dump).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy with pg_dump writes a copy of the whole database to a folder or USB stick you choose (whoever runs the server restores it with pg_restore); it is safe while people work.</source>
        <translation>Kopia przez pg_dump zapisuje kopię całej bazy danych w wybranym folderze lub na pendrivie (osoba prowadząca serwer przywraca ją przez pg_restore); można ją robić w trakcie pracy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy with pg_dump…</source>
        <translation>Kopia przez pg_dump…</translation>
    </message>
</context>
<context>
    <name>BarcodeListEditor</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/barcode_list.py" line="+58"/>
        <source>Barcode</source>
        <translation>Kod kreskowy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units per scan</source>
        <translation>Sztuk na skan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type or scan a barcode, then Enter</source>
        <translation>Wpisz lub zeskanuj kod kreskowy, potem Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How many units one scan of this barcode means (a case of 12: 12)</source>
        <translation>Ile jednostek oznacza jeden skan tego kodu (karton po 12: 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per scan:</source>
        <translation>Sztuk na skan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation>Usuń zaznaczony</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected barcode (Delete)</source>
        <translation>Usuń zaznaczony kod kreskowy (Delete)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{code} is a warehouse label, not a product barcode.</source>
        <translation>{code} to etykieta magazynowa, a nie kod kreskowy produktu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The barcode {code} is already in the list.</source>
        <translation>Kod kreskowy {code} jest już na liście.</translation>
    </message>
</context>
<context>
    <name>BoxesPanel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/boxes_panel.py" line="+66"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pieces</source>
        <translation>Sztuki</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+114"/>
        <source>New box</source>
        <translation>Nowy karton</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+113"/>
        <source>New pallet</source>
        <translation>Nowa paleta</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Seal box…</source>
        <translation>Zamknij karton…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen box</source>
        <translation>Otwórz karton ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print label</source>
        <translation>Drukuj etykietę</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>pallet</source>
        <translation>paleta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>karton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>różne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No box chosen</source>
        <translation>Nie wybrano kartonu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “New box”, or scan a box label, or pick one in the list.</source>
        <translation>Naciśnij „Nowy karton”, zeskanuj etykietę kartonu albo wybierz go z listy.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sealed</source>
        <comment>pallet</comment>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sealed</source>
        <comment>box</comment>
        <translation>zamknięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <comment>pallet</comment>
        <translation>otwarta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <comment>box</comment>
        <translation>otwarty</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;p&gt;The new pallet has the label code&lt;/p&gt;&lt;p style=&apos;font-size:28pt&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Print its label now?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nowa paleta ma kod etykiety&lt;/p&gt;&lt;p style=&apos;font-size:28pt&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wydrukować etykietę teraz?&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The new box has the label code&lt;/p&gt;&lt;p style=&apos;font-size:28pt&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Print its label now?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nowy karton ma kod etykiety&lt;/p&gt;&lt;p style=&apos;font-size:28pt&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wydrukować etykietę teraz?&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>sealed</source>
        <translation>zamknięty</translation>
    </message>
    <message numerus="yes">
        <location line="-184"/>
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n karton</numerusform>
            <numerusform>%n kartony</numerusform>
            <numerusform>%n kartonów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {pallet}</source>
        <translation>na {pallet}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pallet</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} · {state} · {pieces} pieces · {net} kg net</source>
        <translation>{kind} · {state} · {pieces} szt. · {net} kg netto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next scan: a box or pallet label chooses it. Make a new one with “New box”.</source>
        <translation>Następny skan: etykieta kartonu lub palety wybiera go. Nowy utworzysz przyciskiem „Nowy karton”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next scan: box labels are TAKEN OFF PALLET {code}; goods are taken off it.</source>
        <translation>Następny skan: kartony są ZDEJMOWANE Z PALETY {code}; towar jest z niej zdejmowany.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scan: goods are TAKEN OUT of box {code}, back to the shelf.</source>
        <translation>Następny skan: towar jest WYJMOWANY z kartonu {code} i wraca na półkę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scan: box labels go ON PALLET {code}; goods go straight onto it.</source>
        <translation>Następny skan: kartony trafiają NA PALETĘ {code}; towar trafia prosto na nią.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box {code} is sealed. Scan another box label, or press “New box”.</source>
        <translation>Karton {code} jest zamknięty. Zeskanuj etykietę innego kartonu albo naciśnij „Nowy karton”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scan: goods are PACKED INTO BOX {code}.</source>
        <translation>Następny skan: towar jest PAKOWANY DO KARTONU {code}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write this code on it, or print its label.</source>
        <translation>Napisz na nim ten kod albo wydrukuj etykietę.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That is a truck label. Trucks are loaded on the “Load truck” tab.</source>
        <translation>To etykieta ciężarówki. Ciężarówki ładuje się na karcie „Załadunek”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a box first: scan its label or press “New box”.</source>
        <translation>Najpierw wybierz karton: zeskanuj jego etykietę albo naciśnij „Nowy karton”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chosen</source>
        <translation>wybrano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>off pallet {pallet}</source>
        <translation>zdjęto z palety {pallet}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on pallet {pallet}</source>
        <translation>na palecie {pallet}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The pallet now carries %n box(es).</source>
        <translation>
            <numerusform>Na palecie jest teraz %n karton.</numerusform>
            <numerusform>Na palecie są teraz %n kartony.</numerusform>
            <numerusform>Na palecie jest teraz %n kartonów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mix categories?</source>
        <translation>Pomieszać kategorie?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {box} holds {held}; this is {new}. Border checks expect one category per box.

Put it in this box anyway?</source>
        <translation>W kartonie {box} jest: {held}; to jest: {new}. Na granicy oczekuje się jednej kategorii w kartonie.

Włożyć mimo to do tego kartonu?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>out of {box}, back to the shelf</source>
        <translation>z kartonu {box} z powrotem na półkę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>into {box}</source>
        <translation>do kartonu {box}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expiry {date}</source>
        <translation>ważne do {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box now {pieces} pieces, {net} kg net</source>
        <translation>w kartonie teraz {pieces} szt., {net} kg netto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−{qty} {unit} taken out</source>
        <translation>−{qty} {unit} wyjęto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+{qty} {unit} packed</source>
        <translation>+{qty} {unit} spakowano</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Seal box {box}</source>
        <translation>Zamknij karton {box}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross weight of box {box} in kg, as the scale shows it (leave empty if not weighed):</source>
        <translation>Waga brutto kartonu {box} w kg, tak jak pokazuje waga (zostaw puste, jeśli nie ważono):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{gross} kg gross, {net} kg net</source>
        <translation>{gross} kg brutto, {net} kg netto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open again</source>
        <translation>ponownie otwarty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack or take out goods, then seal it again.</source>
        <translation>Spakuj lub wyjmij towar, potem zamknij karton ponownie.</translation>
    </message>
</context>
<context>
    <name>CameraButton</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/camera_view.py" line="+301"/>
        <source>Camera…</source>
        <translation>Kamera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan barcodes with this computer&apos;s camera</source>
        <translation>Skanuj kody kreskowe kamerą tego komputera</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location line="-238"/>
        <source>Scan with the camera</source>
        <translation>Skanowanie kamerą</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Allow this program to use the camera when the system asks.</source>
        <translation>Gdy system zapyta, zezwól temu programowi na używanie kamery.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer does not let the program use the camera. Allow it in the system&apos;s privacy settings (Camera), then press Try again. A USB scanner works as always.</source>
        <translation>Ten komputer nie pozwala programowi używać kamery. Zezwól na to w ustawieniach prywatności systemu (Kamera), a potem naciśnij „Spróbuj ponownie”. Skaner USB działa jak zawsze.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No camera was found on this computer. Connect one and press Try again, or scan with a USB scanner.</source>
        <translation>Na tym komputerze nie znaleziono kamery. Podłącz kamerę i naciśnij „Spróbuj ponownie” albo skanuj skanerem USB.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting the camera…</source>
        <translation>Uruchamianie kamery…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold one barcode in the middle of the picture, 10 to 30 cm from the camera.</source>
        <translation>Trzymaj jeden kod kreskowy na środku obrazu, 10–30 cm od kamery.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera could not be started ({detail}). Close other programs that use it, such as a video call, and press Try again.</source>
        <translation>Nie udało się uruchomić kamery ({detail}). Zamknij inne programy, które jej używają, np. wideorozmowę, i naciśnij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Read {code}. To read it again, take it out of the picture and show it again.</source>
        <translation>Odczytano {code}. Aby odczytać ten kod ponownie, zabierz go z obrazu i pokaż jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/screen.py" line="+25"/>
        <source>Items</source>
        <translation>Towary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/app.py" line="+241"/>
        <location filename="../../warehouse_app/ui/screens/catalogue/screen.py" line="+7"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/categories_tab.py" line="+41"/>
        <source>Add top-level category</source>
        <translation>Dodaj kategorię główną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add subcategory</source>
        <translation>Dodaj podkategorię</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>optional, e.g. 1604 (for the customs summary)</source>
        <translation>opcjonalnie, np. 1604 (do zestawienia celnego)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: days still needed when a truck leaves</source>
        <translation>opcjonalnie: ile dni ważności musi zostać w dniu wyjazdu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived (hidden when choosing a category)</source>
        <translation>Zarchiwizowana (ukryta przy wyborze kategorii)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes (Ctrl+S)</source>
        <translation>Zapisz zmiany (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo changes</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Polish</source>
        <translation>Nazwa po &amp;polsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;English</source>
        <translation>Nazwa po &amp;angielsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Ukrainian</source>
        <translation>Nazwa po &amp;ukraińsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HS code</source>
        <translation>Kod &amp;HS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;shelf life (days)</source>
        <translation>Minimalna &amp;ważność (dni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent</source>
        <translation>Kategoria &amp;nadrzędna</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a category on the left.</source>
        <translation>Wybierz kategorię po lewej.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(top level)</source>
        <translation>(główna)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved: “{name}”.</source>
        <translation>Zapisano: „{name}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added: “{name}”.</source>
        <translation>Dodano: „{name}”.</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/category_picker.py" line="+81"/>
        <source>Type to find, e.g. konserwy, консерви, canned</source>
        <translation>Szukaj, np. konserwy, консерви, canned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language or the code; ↓↑ move through the matches, Enter chooses</source>
        <translation>Dowolny język lub kod; ↓↑ przechodzą po wynikach, Enter wybiera</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{name} (archived)</source>
        <translation>{name} (w archiwum)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No category matches “{text}”.</source>
        <translation>Żadna kategoria nie pasuje do „{text}”.</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/category_model.py" line="+50"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; min</source>
        <translation>&lt; min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤30 d</source>
        <translation>≤30 dni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤90 d</source>
        <translation>≤90 dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity: all units added together (pieces, kg, litres…)</source>
        <translation>Ilość: wszystkie jednostki zsumowane (sztuki, kg, litry…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total weight in kilograms</source>
        <translation>Łączna waga w kilogramach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items whose stock is below their minimum</source>
        <translation>Towary, których stan jest poniżej minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that expire within 30 days, already expired included</source>
        <translation>Jednostki z terminem ważności w ciągu 30 dni, łącznie z przeterminowanymi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that expire within 90 days, already expired included</source>
        <translation>Jednostki z terminem ważności w ciągu 90 dni, łącznie z przeterminowanymi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>{name}: %n item(s) in stock, {kg} kg</source>
        <translation>
            <numerusform>{name}: %n towar na stanie, {kg} kg</numerusform>
            <numerusform>{name}: %n towary na stanie, {kg} kg</numerusform>
            <numerusform>{name}: %n towarów na stanie, {kg} kg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) below their minimum stock</source>
        <translation>
            <numerusform>%n towar poniżej stanu minimalnego</numerusform>
            <numerusform>%n towary poniżej stanu minimalnego</numerusform>
            <numerusform>%n towarów poniżej stanu minimalnego</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already expired: {q}</source>
        <translation>Już przeterminowane: {q}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring within 30 days (expired included): {q}</source>
        <translation>Ważność kończy się w ciągu 30 dni (z przeterminowanymi): {q}</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/column_map.py" line="+35"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title in the file</source>
        <translation>Tytuł w pliku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Importowana jako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(no title)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported</source>
        <translation>Nie importować</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {letter} imported as</source>
        <translation>Kolumna {letter} importowana jako</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown title: not imported. Choose what it is, if it should be.</source>
        <translation>Nieznany tytuł: nie jest importowana. Wybierz, czym jest, jeśli ma być.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice</source>
        <translation>Twój wybór</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remembered for sheets with these titles</source>
        <translation>Zapamiętane dla arkuszy z tymi tytułami</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{system} column</source>
        <translation>Kolumna z {system}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{system} column, not used here</source>
        <translation>Kolumna z {system}, tu nieużywana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised by its title</source>
        <translation>Rozpoznana po tytule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used here</source>
        <translation>Tu nieużywana</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/count_model.py" line="+47"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Oczekiwano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Policzono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Found here, but not expected here</source>
        <translation>Znaleziono tutaj, choć nie powinno tu być</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what you counted; leave blank if you did not count it</source>
        <translation>Wpisz, ile policzono; zostaw puste, jeśli nie liczono</translation>
    </message>
</context>
<context>
    <name>CountSheetCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="+255"/>
        <source>Stock-count sheet (PDF)</source>
        <translation>Arkusz spisu z natury (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printed list with barcodes to count one place or one category on paper.</source>
        <translation>Wydrukowana lista z kodami kreskowymi do policzenia jednego miejsca lub kategorii na papierze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place:</source>
        <translation>Miejsce:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the place or the category to count.</source>
        <translation>Wybierz miejsce lub kategorię do policzenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count sheet</source>
        <translation>arkusz spisu</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/database_page.py" line="+49"/>
        <source>Now working on: {name}</source>
        <translation>Obecnie używana: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The usual file on this computer</source>
        <translation>Zwykły plik na tym komputerze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another SQLite file (e.g. on a USB stick or a shared folder)</source>
        <translation>Inny plik SQLite (np. na pendrivie lub w folderze współdzielonym)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the file with Browse…</source>
        <translation>Wybierz plik przyciskiem „Przeglądaj…”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PostgreSQL server shared by several stations</source>
        <translation>Serwer PostgreSQL wspólny dla kilku stanowisk</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server address:</source>
        <translation>Adres serwera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database name:</source>
        <translation>Nazwa bazy danych:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is kept in this computer&apos;s settings, readable by anyone who logs in as you. Leave it empty if the server lets this computer in without one (a .pgpass file, or trust).</source>
        <translation>Hasło jest zapisywane w ustawieniach tego komputera i może je odczytać każdy, kto zaloguje się jako Ty. Zostaw puste, jeśli serwer wpuszcza ten komputer bez hasła (plik .pgpass lub trust).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new database takes effect when the app restarts (unless it is started with --db or WAREHOUSE_DB).</source>
        <translation>Nowa baza danych zacznie działać po ponownym uruchomieniu programu (chyba że uruchomiono go z --db lub WAREHOUSE_DB).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this database from the next start</source>
        <translation>Używaj tej bazy od następnego uruchomienia</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database file (an existing one, or a new name)</source>
        <translation>Plik bazy danych (istniejący lub nowa nazwa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid Warehouse database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Baza danych Magazynu Pomocy (*.sqlite3 *.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trying the database… (at most a few seconds)</source>
        <translation>Sprawdzanie bazy danych… (najwyżej kilka sekund)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The app opens this database when it restarts.</source>
        <translation>Zapisano. Program otworzy tę bazę po ponownym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/putaway/donation_dialog.py" line="+37"/>
        <source>Move all from Receiving</source>
        <translation>Przenieś wszystko z przyjęcia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a donation: everything of it still at Receiving moves to {place}.</source>
        <translation>Wybierz darowiznę: wszystko, co z niej jest jeszcze w przyjęciu, trafi do {place}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move all to {place}</source>
        <translation>Przenieś wszystko do {place}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{number} · {donor} · %n line(s)</source>
        <translation>
            <numerusform>{number} · {donor} · %n pozycja</numerusform>
            <numerusform>{number} · {donor} · %n pozycje</numerusform>
            <numerusform>{number} · {donor} · %n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no donor named</source>
        <translation>bez darczyńcy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No donation has goods waiting at Receiving.</source>
        <translation>Żadna darowizna nie ma towaru czekającego w przyjęciu.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n line(s) at {place}</source>
        <translation>
            <numerusform>%n pozycja w: {place}</numerusform>
            <numerusform>%n pozycje w: {place}</numerusform>
            <numerusform>%n pozycji w: {place}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationHeader</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/intake/donation_header.py" line="+44"/>
        <source>Search or type a new donor (optional)</source>
        <translation>Wyszukaj lub wpisz nowego darczyńcę (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. parish collection, school, company</source>
        <translation>np. zbiórka parafialna, szkoła, firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything worth remembering about this delivery</source>
        <translation>Wszystko, co warto zapamiętać o tej dostawie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close donation</source>
        <translation>Zamknij darowiznę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where did it go?</source>
        <translation>Gdzie to trafiło?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where every item of this donation is now: on a shelf, packed, on a truck, delivered or written off.</source>
        <translation>Gdzie jest teraz każda rzecz z tej darowizny: na półce, spakowana, na ciężarówce, dostarczona lub spisana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donor:</source>
        <translation>Darczyńca:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes:</source>
        <translation>Uwagi:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No donation open: the first scan opens a new one.</source>
        <translation>Brak otwartej darowizny: pierwszy skan otworzy nową.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donation {number}</source>
        <translation>Darowizna {number}</translation>
    </message>
</context>
<context>
    <name>DonationLinesModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/intake/lines_model.py" line="+43"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
</context>
<context>
    <name>DonationsCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="-133"/>
        <source>Donations report (Excel)</source>
        <translation>Raport darowizn (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What came in during a period, by donor and by category.</source>
        <translation>Co przyszło w danym okresie, według darczyńców i kategorii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export donations report…</source>
        <translation>Eksportuj raport darowizn…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>donations report</source>
        <translation>raport darowizn</translation>
    </message>
</context>
<context>
    <name>DonorDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/donor_dialog.py" line="+32"/>
        <source>Donor details</source>
        <translation>Dane darczyńcy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street and number
Postcode and town</source>
        <translation>Ulica i numer
Kod pocztowy i miejscowość</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NIP, e.g. 526-000-12-46 (or a foreign tax id)</source>
        <translation>NIP, np. 526-000-12-46 (albo zagraniczny numer podatkowy)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Donor:</source>
        <translation>Darczyńca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax id (NIP):</source>
        <translation>&amp;NIP:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on this donor&apos;s receipts.</source>
        <translation>Drukowane na potwierdzeniach tego darczyńcy.</translation>
    </message>
</context>
<context>
    <name>DonorReportCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/impact_cards.py" line="+40"/>
        <source>Donor impact report (PDF)</source>
        <translation>Raport dla darczyńcy: dokąd trafił dar (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter for one donor, in their language: where their gifts of a period went, what still waits and what was written off, and a thank-you.</source>
        <translation>List do jednego darczyńcy w jego języku: dokąd trafiły jego dary z danego okresu, co jeszcze czeka, co spisano ze stanu – i podziękowanie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Donor:</source>
        <translation>Darczyńca:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the donor first.</source>
        <translation>Najpierw wybierz darczyńcę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>donor report</source>
        <translation>raport dla darczyńcy</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/expiry_dialog.py" line="+27"/>
        <source>Expiry date</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} needs an expiry date. Type it as printed on the goods:</source>
        <translation>{item} wymaga daty ważności. Wpisz ją tak, jak na opakowaniu:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 311226, 31.12.2026 or 12/2026</source>
        <translation>np. 311226, 31.12.2026 lub 12/2026</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A month alone (12/2026) means its last day.</source>
        <translation>Sam miesiąc (12/2026) oznacza jego ostatni dzień.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>= {date}</source>
        <translation>= {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= {date} (already past)</source>
        <translation>= {date} (już minęła)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{reason}
The scan waits: correct the date and press Enter, or Esc to receive nothing.</source>
        <translation>{reason}
Skan czeka: popraw datę i naciśnij Enter albo Esc, aby niczego nie przyjmować.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the expiry date first and press Enter: the scan waits until then.</source>
        <translation>Najpierw wpisz datę ważności i naciśnij Enter: do tego czasu skan czeka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the date and press Enter (or type another one): the scan waits until then.</source>
        <translation>Sprawdź datę i naciśnij Enter (albo wpisz inną): do tego czasu skan czeka.</translation>
    </message>
</context>
<context>
    <name>ExportCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="-73"/>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period:</source>
        <translation>Okres:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>Okres kończy się, zanim się zaczyna: sprawdź obie daty.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../warehouse_app/ui/base/export_job.py" line="+147"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>Pokaż w folderze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+112"/>
        <source>Save {what}</source>
        <translation>Zapisz: {what}</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Writing {what} to {name}…</source>
        <translation>Zapisywanie ({what}) do {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing {what} for printing…</source>
        <translation>Przygotowywanie do druku: {what}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what} saved as {name} in {folder}</source>
        <translation>{what} — zapisano jako {name} w {folder}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export cancelled, nothing was saved.</source>
        <translation>Eksport anulowano, nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name} in {folder}</source>
        <translation>Zapisano {name} w {folder}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>The export failed: {reason}</source>
        <translation>Eksport się nie powiódł: {reason}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The pages of {what} could not be read for printing.</source>
        <translation>Nie udało się odczytać stron do druku: {what}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Printing {what} on {printer}…</source>
        <translation>Drukowanie: {what} na {printer}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing {what} was cancelled.</source>
        <translation>Drukowanie przerwane: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was printed: the printer {printer} did not take the pages.</source>
        <translation>Nic nie wydrukowano: drukarka {printer} nie przyjęła stron.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s) of {what} sent to {printer}.</source>
        <translation>
            <numerusform>{what}: wysłano %n stronę do {printer}.</numerusform>
            <numerusform>{what}: wysłano %n strony do {printer}.</numerusform>
            <numerusform>{what}: wysłano %n stron do {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="+3"/>
        <location filename="../../warehouse_app/ui/screens/history/screen.py" line="+138"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/history/screen.py" line="-83"/>
        <source>name or code</source>
        <translation>nazwa lub kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. D-2026-00042</source>
        <translation>np. D-2026-00042</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. T-2026-0042</source>
        <translation>np. T-2026-0042</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all kinds</source>
        <translation>wszystkie rodzaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Item</source>
        <translation>&amp;Towar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;nation</source>
        <translation>Daro&amp;wizna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Truck</source>
        <translation>T&amp;ransport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Station</source>
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>R&amp;odzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To d&amp;ay</source>
        <translation>Do dni&amp;a</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Donor</source>
        <translation>&amp;Darczyńca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;perator</source>
        <translation>&amp;Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From day</source>
        <translation>Od d&amp;nia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;lear filters</source>
        <translation>Wy&amp;czyść filtry</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load &amp;more</source>
        <translation>Wczytaj wi&amp;ęcej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Eksportuj do Excela…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reverse…</source>
        <translation>Co&amp;fnij…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a manager can reverse a movement.</source>
        <translation>Tylko kierownik może cofnąć ruch.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>any day</source>
        <translation>dowolny dzień</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The first day is after the last one; change one of the dates.</source>
        <translation>Pierwszy dzień jest po ostatnim; zmień jedną z dat.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n newest row(s) shown; more match.</source>
        <translation>
            <numerusform>Pokazano %n najnowszy wiersz; pasuje ich więcej.</numerusform>
            <numerusform>Pokazano %n najnowsze wiersze; pasuje ich więcej.</numerusform>
            <numerusform>Pokazano %n najnowszych wierszy; pasuje ich więcej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n wiersz.</numerusform>
            <numerusform>%n wiersze.</numerusform>
            <numerusform>%n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ledger history</source>
        <translation>Historia ruchów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item</source>
        <translation>towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donor</source>
        <translation>darczyńca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donation</source>
        <translation>darowizna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truck</source>
        <translation>transport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>operator</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>station</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from</source>
        <translation>od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reverse movement {number}</source>
        <translation>Cofnij ruch nr {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is movement {number} ({kind}, {quantity} of {item}) being reversed?</source>
        <translation>Dlaczego ruch nr {number} ({kind}, {quantity} – {item}) jest cofany?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was reversed: a reversal needs a reason.</source>
        <translation>Niczego nie cofnięto: cofnięcie wymaga powodu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reverse movement</source>
        <translation>Cofnij ruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse movement {number}? A reversal row undoes it; the original stays in the history.</source>
        <translation>Cofnąć ruch nr {number}? Zapis cofnięcia go odwróci; pierwotny zapis zostanie w historii.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Movement {number} was reversed.</source>
        <translation>Ruch nr {number} został cofnięty.</translation>
    </message>
</context>
<context>
    <name>ImpactCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/impact_cards.py" line="-54"/>
        <source>Where the donations went (Excel)</source>
        <translation>Dokąd trafiły darowizny (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every donor of a period: what they gave, how much has left and for where, what was delivered, what still waits here and what was written off.</source>
        <translation>Dla każdego darczyńcy z okresu: co przekazał, ile już wyjechało i dokąd, co dostarczono, co jeszcze czeka w magazynie i co spisano ze stanu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export impact sheet…</source>
        <translation>Eksportuj arkusz „dokąd trafiły”…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>impact sheet</source>
        <translation>arkusz „dokąd trafiły darowizny”</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/import_dialog.py" line="+74"/>
        <source>Import items</source>
        <translation>Import towarów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a donation list</source>
        <translation>Import listy darowizny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: {name}</source>
        <translation>Plik: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding: detect</source>
        <translation>Kodowanie: wykryj</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the file…</source>
        <translation>Wczytywanie pliku…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only rows with a problem</source>
        <translation>Pokaż tylko wiersze z problemem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip the rows with a problem (they are not imported)</source>
        <translation>Pomiń wiersze z problemem (nie zostaną zaimportowane)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired goods may come in (they show as expired in the stock)</source>
        <translation>Przeterminowane towary mogą wejść (na stanie będą oznaczone jako przeterminowane)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows with the same name become one item with all their barcodes (a name already in the catalogue gets the barcodes)</source>
        <translation>Wiersze o tej samej nazwie stają się jednym towarem ze wszystkimi ich kodami (towar o tej nazwie w katalogu dostaje te kody)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the goods that are not in the catalogue</source>
        <translation>Utwórz towary, których nie ma w katalogu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category of new goods: from the file only</source>
        <translation>Kategoria nowych towarów: tylko z pliku</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Donor, if the file does not name one</source>
        <translation>Darczyńca, jeśli plik go nie podaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the import; nothing is imported.</source>
        <translation>Zatrzymaj import; nic nie zostanie zaimportowane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+236"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>{name} · {category} · {unit} · lines {lines}</source>
        <translation>{name} · {category} · {unit} · wiersze {lines}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New items to create: %n (nothing is written before you press Import)</source>
        <translation>
            <numerusform>Nowe towary do utworzenia: %n (nic nie zostanie zapisane przed naciśnięciem Importuj)</numerusform>
            <numerusform>Nowe towary do utworzenia: %n (nic nie zostanie zapisane przed naciśnięciem Importuj)</numerusform>
            <numerusform>Nowe towary do utworzenia: %n (nic nie zostanie zapisane przed naciśnięciem Importuj)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (z BOM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (środkowoeuropejskie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cyrylica)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read sheet ‘{sheet}’</source>
        <translation>Odczytany arkusz „{sheet}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoding {encoding}</source>
        <translation>kodowanie {encoding}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample: {sample}</source>
        <translation>przykład: {sample}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s encoding is not clear. As Windows-1250 (Polish) it reads: “{cp1250}”; as Windows-1251 (Cyrillic): “{cp1251}”. Choose the encoding that reads right.</source>
        <translation>Kodowanie pliku nie jest jasne. Jako Windows-1250 (polskie) brzmi: „{cp1250}”; jako Windows-1251 (cyrylica): „{cp1251}”. Wybierz kodowanie, w którym tekst czyta się poprawnie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file&apos;s encoding to read it.</source>
        <translation>Wybierz kodowanie pliku, aby go odczytać.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No row among the first {n} has column titles the import knows; row {line} was taken as the titles. Choose below what each column is.</source>
        <translation>Żaden z pierwszych {n} wierszy nie ma znanych tytułów kolumn; za tytuły przyjęto wiersz {line}. Wybierz poniżej, czym jest każda kolumna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column titles: row {line}.</source>
        <translation>Tytuły kolumn: wiersz {line}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sheet from {system}: its columns are read as {system} means them.</source>
        <translation>Arkusz z {system}: kolumny są czytane tak, jak rozumie je {system}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown columns, not imported: {columns}.</source>
        <translation>Nieznane kolumny, nieimportowane: {columns}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column gives the quantity: each line is received as 1.</source>
        <translation>Żadna kolumna nie podaje ilości: każdy wiersz zostanie przyjęty jako 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your column choices are remembered for sheets with these titles when you import.</source>
        <translation>Twój wybór kolumn zostanie zapamiętany dla arkuszy z tymi tytułami po imporcie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file has no rows to import.</source>
        <translation>Plik nie ma wierszy do zaimportowania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is one the import reads: choose above what each column is.</source>
        <translation>Żadna kolumna nie jest czytana przez import: wybierz powyżej, czym jest każda kolumna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{valid} rows can be imported; {invalid} have a problem (in red). Fix the file and open it again, or skip those rows.</source>
        <translation>Wiersze do zaimportowania: {valid}; z problemem (na czerwono): {invalid}. Popraw plik i otwórz go ponownie albo pomiń te wiersze.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {valid} rows can be imported.</source>
        <translation>Wszystkie wiersze ({valid}) można zaimportować.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Nie można odczytać pliku: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import and create %n items</source>
        <translation>
            <numerusform>Importuj i utwórz %n towar</numerusform>
            <numerusform>Importuj i utwórz %n towary</numerusform>
            <numerusform>Importuj i utwórz %n towarów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can import: it changes the catalogue and stock.</source>
        <translation>Tylko kierownik może importować: to zmienia katalog i stany.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items imported: {n}. Rows skipped: {skipped}.</source>
        <translation>Zaimportowano towarów: {n}. Pominięto wierszy: {skipped}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines received into donation {donation}: {n}. Rows skipped: {skipped}.</source>
        <translation>Pozycje przyjęte do darowizny {donation}: {n}. Pominięto wierszy: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New items created: %n.</source>
        <translation>
            <numerusform>Utworzone nowe towary: %n.</numerusform>
            <numerusform>Utworzone nowe towary: %n.</numerusform>
            <numerusform>Utworzone nowe towary: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Nic nie zaimportowano: {reason}</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/intake/screen.py" line="+84"/>
        <source>Type a barcode or label code and press Enter</source>
        <translation>Wpisz kod kreskowy lub kod etykiety i naciśnij Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo last scan (Ctrl+Z)</source>
        <translation>Cofnij ostatni skan (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity:</source>
        <translation>Ilość:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a number and then scan to receive that many. Type a number and press Enter to correct the last scan.</source>
        <translation>Wpisz liczbę, a potem zeskanuj, aby przyjąć tyle sztuk. Wpisz liczbę i naciśnij Enter, aby poprawić ostatni skan.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This donation</source>
        <translation>Ta darowizna</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Intake</source>
        <translation>Przyjęcie</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>+{qty} {unit} (corrected)</source>
        <translation>+{qty} {unit} (poprawiono)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+{qty} {unit} received</source>
        <translation>+{qty} {unit} przyjęto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>expiry {date}</source>
        <translation>ważne do {date}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>+{qty} {unit} kept</source>
        <translation>+{qty} {unit} zachowano</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{item} has no unit weight: add it in the Catalogue (F4), or the truck papers cannot weigh it.</source>
        <translation>{item} nie ma masy jednostkowej: dodaj ją w Katalogu (F4), inaczej dokumenty transportu nie podadzą jej masy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lot {lot}</source>
        <translation>partia {lot}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {qty} {unit} at {place}</source>
        <translation>teraz {qty} {unit} w: {place}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Expired goods</source>
        <translation>Towary przeterminowane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive them anyway?</source>
        <translation>Przyjąć je mimo to?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The goods are expired and were not received.</source>
        <translation>Towary są przeterminowane i nie zostały przyjęte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No expiry date was given, so nothing was received.</source>
        <translation>Nie podano daty ważności, więc nic nie przyjęto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new item was not added, so nothing was received.</source>
        <translation>Nowy towar nie został dodany, więc nic nie przyjęto.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The last scan is kept on this laptop until the server is back, so its quantity cannot be changed: undo it (Ctrl+Z) and scan again with the quantity typed first.</source>
        <translation>Ostatni skan czeka na tym laptopie, aż serwer wróci, więc nie można zmienić jego ilości: cofnij go (Ctrl+Z) i zeskanuj ponownie, wpisując najpierw ilość.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../warehouse_app/ui/screens/putaway/screen.py" line="+251"/>
        <source>Now scan the goods: the quantity {qty} is used for the next scan.</source>
        <translation>Teraz zeskanuj towar: ilość {qty} dotyczy następnego skanu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undone: the last kept scan</source>
        <translation>Cofnięto: ostatni zachowany skan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was taken off this laptop and will not be sent.</source>
        <translation>Usunięto go z tego laptopa i nie zostanie wysłany.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last scan has been sent to the server already, so it cannot be undone here.</source>
        <translation>Ostatni skan został już wysłany na serwer, więc nie można go tu cofnąć.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no scan to undo.</source>
        <translation>Nie ma skanu do cofnięcia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone: {item}</source>
        <translation>Cofnięto: {item}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{qty} {unit} taken back off the donation.</source>
        <translation>{qty} {unit} zdjęto z darowizny.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>This donation: %n line(s)</source>
        <translation>
            <numerusform>Ta darowizna: %n pozycja</numerusform>
            <numerusform>Ta darowizna: %n pozycje</numerusform>
            <numerusform>Ta darowizna: %n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Close donation</source>
        <translation>Zamknij darowiznę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close donation {number}? Its lines stay in the stock; the next scan opens a new donation.</source>
        <translation>Zamknąć darowiznę {number}? Jej pozycje zostają na stanie; następny skan otworzy nową darowiznę.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Donation {number} is closed.</source>
        <translation>Darowizna {number} została zamknięta.</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/detail_pane.py" line="+48"/>
        <location line="+71"/>
        <source>Select an item to see its lots and places.</source>
        <translation>Wybierz towar, aby zobaczyć jego partie i miejsca.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Write off…</source>
        <translation>Odpisz…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager can write off goods.</source>
        <translation>Tylko kierownik może odpisać towar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In stock</source>
        <translation>Na stanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit weight</source>
        <translation>Waga jednostki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcodes</source>
        <translation>Kody kreskowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label code</source>
        <translation>Kod etykiety</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expiry</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>nothing in stock</source>
        <translation>brak na stanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (use the label code)</source>
        <translation>brak (użyj kodu etykiety)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/item_dialog.py" line="+65"/>
        <source>Edit item</source>
        <translation>Edytuj towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New item</source>
        <translation>Nowy towar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the goods are, e.g. Tuna in oil 170 g</source>
        <translation>Co to za towar, np. Tuńczyk w oleju 170 g</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional; printed on the border papers beside the name</source>
        <translation>opcjonalnie; drukowana w dokumentach granicznych obok nazwy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>opcjonalnie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the unit (↓)</source>
        <translation>Wybierz jednostkę (↓)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional, e.g. 0,45</source>
        <translation>opcjonalnie, np. 0,45</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has an expiry date (asked for at intake)</source>
        <translation>Ma datę ważności (pytanie przy przyjęciu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: warn when stock falls below</source>
        <translation>opcjonalnie: próg ostrzeżenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. M, 42, 110–116</source>
        <translation>np. M, 42, 110–116</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, two letters: PL, DE</source>
        <translation>opcjonalnie, dwie litery: PL, DE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, one unit, e.g. 12,50</source>
        <translation>opcjonalnie, za jednostkę, np. 12,50</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter saves · Esc cancels · Tab moves to the next field</source>
        <translation>Enter zapisuje · Esc anuluje · Tab przechodzi do następnego pola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New goods with the barcode {code}: type what they are, choose the category and the unit, then press Enter.</source>
        <translation>Nowy towar z kodem {code}: wpisz, co to jest, wybierz kategorię i jednostkę, potem naciśnij Enter.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>No category chosen yet</source>
        <translation>Nie wybrano jeszcze kategorii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category&apos;s: {code}</source>
        <translation>jak w kategorii: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. 6201</source>
        <translation>opcjonalnie, np. 6201</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In &amp;Ukrainian</source>
        <translation>Po &amp;ukraińsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;English</source>
        <translation>Po &amp;angielsku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category</source>
        <translation>&amp;Kategoria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unit</source>
        <translation>&amp;Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;weight (kg)</source>
        <translation>&amp;Waga jednostki (kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minimum stock</source>
        <translation>Stan &amp;minimalny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Rozmiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For</source>
        <translation>&amp;Dla kogo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HS code</source>
        <translation>Kod &amp;HS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of &amp;origin</source>
        <translation>Kraj &amp;pochodzenia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Value per unit</source>
        <translation>&amp;Wartość jednostkowa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Barcodes</source>
        <translation>Kody kreskowe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pieces (pcs)</source>
        <translation>sztuki (szt.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kilograms (kg)</source>
        <translation>kilogramy (kg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>litres (l)</source>
        <translation>litry (l)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packs</source>
        <translation>opak.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pairs</source>
        <translation>par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sets</source>
        <translation>kpl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>men</source>
        <translation>mężczyźni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>women</source>
        <translation>kobiety</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unisex</source>
        <translation>uniseks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>children</source>
        <translation>dzieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyone</source>
        <translation>dla każdego</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/items_tab.py" line="+66"/>
        <source>Search by name, barcode or label code (Ctrl+F) — or scan</source>
        <translation>Szukaj po nazwie, kodzie kreskowym lub kodzie etykiety (Ctrl+F) — albo zeskanuj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item (Ctrl+N)</source>
        <translation>Nowy towar (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (Enter)</source>
        <translation>Edytuj (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+216"/>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>New item with this barcode</source>
        <translation>Nowy towar z tym kodem</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Showing {shown} of {total} matches — type more to narrow</source>
        <translation>Pokazano {shown} z {total} — wpisz więcej, aby zawęzić</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No items match “{text}”.</source>
        <translation>Żaden towar nie pasuje do „{text}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items.</source>
        <translation>Brak towarów.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n towar</numerusform>
            <numerusform>%n towary</numerusform>
            <numerusform>%n towarów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The barcode {code} is not in the catalogue yet.</source>
        <translation>Kodu kreskowego {code} nie ma jeszcze w katalogu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found by scan: {name}</source>
        <translation>Znaleziono skanem: {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved: “{name}”.</source>
        <translation>Zapisano: „{name}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Archive {name}? It will no longer be offered for intake; its stock and history stay.</source>
        <translation>Zarchiwizować {name}? Nie będzie już proponowany przy przyjęciu; stan i historia zostają.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore {name} to the active catalogue?</source>
        <translation>Przywrócić {name} do aktywnego katalogu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive item</source>
        <translation>Archiwizuj towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore item</source>
        <translation>Przywróć towar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived: “{name}”.</source>
        <translation>Zarchiwizowano: „{name}”.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored: “{name}”.</source>
        <translation>Przywrócono: „{name}”.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/items_model.py" line="+49"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit weight</source>
        <translation>Waga jednostki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min. stock</source>
        <translation>Stan min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcodes</source>
        <translation>Kody kreskowe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>W archiwum</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{kg} kg</source>
        <translation>{kg} kg</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archived</source>
        <translation>w archiwum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} (×{pack})</source>
        <translation>{code} (×{pack})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks for an expiry date at intake</source>
        <translation>Pyta o datę ważności przy przyjęciu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No expiry date</source>
        <translation>Bez daty ważności</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label code {code}</source>
        <translation>Kod etykiety {code}</translation>
    </message>
</context>
<context>
    <name>LabelPrinterPage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/label_printer_page.py" line="+29"/>
        <source>Box and pallet labels on this computer</source>
        <translation>Etykiety kartonów i palet na tym komputerze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF: save it and print it like any document</source>
        <translation>PDF: zapisz i wydrukuj jak każdy dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal printer (ZPL) through a printer queue</source>
        <translation>Drukarka termiczna (ZPL) przez kolejkę drukarki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal printer (ZPL) on the network (raw port)</source>
        <translation>Drukarka termiczna (ZPL) w sieci (port raw)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print labels as:</source>
        <translation>Drukuj etykiety jako:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the queue&apos;s name, e.g. Zebra_ZD421</source>
        <translation>nazwa kolejki, np. Zebra_ZD421</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer queue:</source>
        <translation>Kolejka drukarki:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 192.168.1.50 or zebra-1:9100</source>
        <translation>np. 192.168.1.50 lub zebra-1:9100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network address:</source>
        <translation>Adres sieciowy:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>203 dpi (8 dots per mm)</source>
        <translation>203 dpi (8 punktów na mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300 dpi (12 dots per mm)</source>
        <translation>300 dpi (12 punktów na mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>Rozdzielczość:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label size:</source>
        <translation>Rozmiar etykiety:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A thermal printer prints each label as it is sent: no PDF, no print dialog. The queue is the printer&apos;s name in this computer&apos;s printers (on Windows it needs pywin32); a network printer takes labels on its raw port, 9100 unless you write another after a colon. Resolution and size must match the printer and its labels: print a test label to check before saving.</source>
        <translation>Drukarka termiczna drukuje każdą etykietę od razu po wysłaniu: bez PDF i bez okna drukowania. Kolejka to nazwa drukarki w drukarkach tego komputera (w Windows potrzebny jest pywin32); drukarka sieciowa przyjmuje etykiety na porcie raw, 9100, chyba że po dwukropku podasz inny. Rozdzielczość i rozmiar muszą pasować do drukarki i jej etykiet: przed zapisaniem wydrukuj etykietę testową.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a test label</source>
        <translation>Wydrukuj etykietę testową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the label printer</source>
        <translation>Zapisz drukarkę etykiet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the name of the printer queue the labels go to.</source>
        <translation>Wpisz nazwę kolejki drukarki, do której mają trafiać etykiety.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending the test label…</source>
        <translation>Wysyłanie etykiety testowej…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test label was sent. Check that its texts are sharp and inside the label, and that its barcode scans as {code}.</source>
        <translation>Etykieta testowa została wysłana. Sprawdź, czy napisy są ostre i mieszczą się na etykiecie, a kod kreskowy skanuje się jako {code}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved; labels are printed this way from now on.</source>
        <translation>Zapisano; od teraz etykiety drukują się w ten sposób.</translation>
    </message>
</context>
<context>
    <name>LastScanPanel</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/last_scan.py" line="+59"/>
        <source>Ready to scan</source>
        <translation>Gotowe do skanowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan a barcode, or type a quantity first and then scan.</source>
        <translation>Zeskanuj kod albo najpierw wpisz ilość, a potem skanuj.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not received</source>
        <translation>Nie przyjęto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sentence}
Scanned: {code}</source>
        <translation>{sentence}
Zeskanowano: {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved on this laptop — will be sent when the server is back</source>
        <translation>Zapisano na tym laptopie — zostanie wysłany, gdy serwer wróci</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/history/ledger_model.py" line="+29"/>
        <source>receipt</source>
        <translation>przyjęcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>przesunięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjustment</source>
        <translation>korekta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write-off</source>
        <translation>spisanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch</source>
        <translation>wysyłka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversal</source>
        <translation>cofnięcie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot / expiry</source>
        <translation>Partia / ważność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Skąd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donation</source>
        <translation>Darowizna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Truck</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reversed</source>
        <translation>Cofnięty</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>reversed by {number}</source>
        <translation>cofnięty przez nr {number}</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/lot_dialog.py" line="+22"/>
        <source>Which lot?</source>
        <translation>Która partia?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: several lots may go on this truck. The first expires first.</source>
        <translation>{item}: na ten transport może pojechać kilka partii. Pierwsza traci ważność najwcześniej.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no expiry date</source>
        <translation>bez daty ważności</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{expiry} · lot {lot} · {qty} on the shelves</source>
        <translation>{expiry} · partia {lot} · {qty} na półkach</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../warehouse_app/ui/main_window.py" line="+41"/>
        <source>DEMO — not real stock</source>
        <translation>DEMO — nie prawdziwe zapasy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid Warehouse</source>
        <translation>Magazyn Pomocy</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station, the database, the warehouse, the operators, backups and the label printer (Ctrl+,)</source>
        <translation>To stanowisko, baza danych, magazyn, operatorzy, kopie zapasowe i drukarka etykiet (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working…</source>
        <translation>Przetwarzanie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loader</source>
        <translation>załadowca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staff</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator: {name} ({role})</source>
        <translation>Operator: {name} ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Station: {name}</source>
        <translation>Stanowisko: {name}</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Database: {name}</source>
        <translation>Baza danych: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Offline: %n scan(s) waiting</source>
        <translation>
            <numerusform>Brak połączenia: czeka %n skan</numerusform>
            <numerusform>Brak połączenia: czekają %n skany</numerusform>
            <numerusform>Brak połączenia: czeka %n skanów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sending %n kept scan(s)…</source>
        <translation>
            <numerusform>Wysyłanie %n zachowanego skanu…</numerusform>
            <numerusform>Wysyłanie %n zachowanych skanów…</numerusform>
            <numerusform>Wysyłanie %n zachowanych skanów…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept scan(s) refused: for a manager</source>
        <translation>
            <numerusform>%n zachowany skan odrzucony: dla kierownika</numerusform>
            <numerusform>%n zachowane skany odrzucone: dla kierownika</numerusform>
            <numerusform>%n zachowanych skanów odrzuconych: dla kierownika</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No copy of the database has been made off this laptop yet — Settings › Backups</source>
        <translation>Nie zrobiono jeszcze kopii bazy danych poza tym laptopem — Ustawienia › Kopie zapasowe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last copy off this laptop: %n day(s) ago — Settings › Backups</source>
        <translation>
            <numerusform>Ostatnia kopia poza tym laptopem: %n dzień temu — Ustawienia › Kopie zapasowe</numerusform>
            <numerusform>Ostatnia kopia poza tym laptopem: %n dni temu — Ustawienia › Kopie zapasowe</numerusform>
            <numerusform>Ostatnia kopia poza tym laptopem: %n dni temu — Ustawienia › Kopie zapasowe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../warehouse_app/ui/base/message_bar.py" line="+37"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>NewCategoryDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/category_dialog.py" line="+37"/>
        <source>Add subcategory</source>
        <translation>Dodaj podkategorię</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add category</source>
        <translation>Dodaj kategorię</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under: {path}</source>
        <translation>W kategorii: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new top-level category.</source>
        <translation>Nowa kategoria główna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. FOOD.FISH: capitals, digits, dots</source>
        <translation>np. FOOD.FISH: wielkie litery, cyfry, kropki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made from the English or Polish name; type your own if you like</source>
        <translation>Tworzony z nazwy angielskiej lub polskiej; możesz wpisać własny</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name in &amp;Polish</source>
        <translation>Nazwa po &amp;polsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;English</source>
        <translation>Nazwa po &amp;angielsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Ukrainian</source>
        <translation>Nazwa po &amp;ukraińsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>&amp;Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name is enough; the others start as a copy of it.</source>
        <translation>Wystarczy jedna nazwa; pozostałe będą na początek jej kopią.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/operator_dialog.py" line="+32"/>
        <source>Who is working?</source>
        <translation>Kto pracuje?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer starts the warehouse app for the first time. Give this station a name people will recognise (e.g. Intake 1, Loading dock):</source>
        <translation>Ten komputer uruchamia aplikację magazynu po raz pierwszy. Nadaj temu stanowisku nazwę, którą ludzie rozpoznają (np. Przyjęcie 1, Rampa załadunkowa):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Station name:</source>
        <translation>Nazwa stanowiska:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan your badge, choose your name, or type it if you are new:</source>
        <translation>Zeskanuj swój identyfikator, wybierz swoje imię lub wpisz je, jeśli jesteś tu nowy:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station {station}. Scan your badge, choose your name, or type it if you are new:</source>
        <translation>Stanowisko {station}. Zeskanuj swój identyfikator, wybierz swoje imię lub wpisz je, jeśli jesteś tu nowy:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loader</source>
        <translation>załadowca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staff</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New here? Type your first and last name</source>
        <translation>Pierwszy raz? Wpisz imię i nazwisko</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start working</source>
        <translation>Zacznij pracę</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{code} is a goods barcode, not a badge: it is kept and will be received once someone is working.</source>
        <translation>{code} to kod towaru, nie identyfikator: zostaje zachowany i zostanie przyjęty, gdy ktoś zacznie pracę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type this station&apos;s name first, then scan your badge again.</source>
        <translation>Najpierw wpisz nazwę stanowiska, potem zeskanuj identyfikator ponownie.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/operators_page.py" line="+41"/>
        <source>staff</source>
        <translation>pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loader</source>
        <translation>załadowca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manager</source>
        <translation>kierownik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff receive and move goods; loaders also load trucks; managers also write off, count stock, change settings and manage people. A manager types a PIN at start.</source>
        <translation>Pracownicy przyjmują i przenoszą towar; załadowcy także ładują ciężarówki; kierownicy dodatkowo odpisują, robią spis z natury, zmieniają ustawienia i zarządzają ludźmi. Kierownik przy starcie wpisuje PIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Works here</source>
        <translation>Pracuje tu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give this role</source>
        <translation>Nadaj tę rolę</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <location line="+47"/>
        <source>Retire</source>
        <translation>Wyłącz</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Set or reset PIN…</source>
        <translation>Ustaw lub zresetuj PIN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print badges for those chosen…</source>
        <translation>Drukuj identyfikatory wybranych…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person chosen above:</source>
        <translation>Osoba wybrana powyżej:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First and last name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A badge carries the person&apos;s name, role and a barcode: scanning it at start logs them in (a manager still types the PIN).</source>
        <translation>Identyfikator ma imię i nazwisko, rolę i kod kreskowy: zeskanowanie go przy starcie loguje tę osobę (kierownik nadal wpisuje PIN).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges for everyone…</source>
        <translation>Drukuj identyfikatory dla wszystkich…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retired</source>
        <translation>wyłączony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set</source>
        <translation>ustawiony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bring back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the new person&apos;s name first.</source>
        <translation>Najpierw wpisz imię i nazwisko nowej osoby.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} can now choose their name at start.</source>
        <translation>{name} może teraz wybrać swoje nazwisko przy starcie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A manager needs a PIN. Let {name} type a PIN of 4 to 8 digits now (twice); they will type it at every start.</source>
        <translation>Kierownik potrzebuje PIN-u. Niech {name} wpisze teraz PIN z 4–8 cyfr (dwa razy); będzie go wpisywać przy każdym uruchomieniu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is now: {role}.</source>
        <translation>{name} ma teraz rolę: {role}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retire {name}? They can no longer sign in; their name stays on what they did, and Bring back undoes this.</source>
        <translation>Wyłączyć {name}? Ta osoba nie będzie mogła się już zalogować; jej imię zostaje przy tym, co zrobiła, a „Przywróć” cofa tę zmianę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} works here again.</source>
        <translation>{name} znów tu pracuje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is retired; their name stays on what they did.</source>
        <translation>{name} został(a) wyłączony(-a); nazwisko zostaje przy wykonanych operacjach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} has a new PIN.</source>
        <translation>{name} ma nowy PIN.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Badges</source>
        <translation>Identyfikatory</translation>
    </message>
</context>
<context>
    <name>PickListDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/pick_list_dialog.py" line="+24"/>
        <source>Pick list for {truck}</source>
        <translation>Lista kompletacyjna dla {truck}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should this truck carry? One line per item: a barcode, label code or name, then = and the quantity. Scanning goods adds a line. What is on the truck already counts.</source>
        <translation>Co ma zabrać ta ciężarówka? Jedna linia na towar: kod kreskowy, kod etykiety lub nazwa, potem = i ilość. Zeskanowanie towaru dodaje linię. To, co już jest na ciężarówce, się liczy.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pick list</source>
        <translation>Lista kompletacyjna</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/pin_dialog.py" line="+20"/>
        <source>New PIN for {name}</source>
        <translation>Nowy PIN dla: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN for {name}</source>
        <translation>PIN dla: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a PIN of 4 to 8 digits for {name} (not 1234, 0000 or the like).</source>
        <translation>Wybierz PIN z 4–8 cyfr dla: {name} (nie 1234, 0000 ani podobny).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a manager. Type your PIN:</source>
        <translation>{name} jest kierownikiem. Wpisz swój PIN:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New PIN:</source>
        <translation>Nowy PIN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same PIN again:</source>
        <translation>Ten sam PIN ponownie:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the PIN first.</source>
        <translation>Najpierw wpisz PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Oba PIN-y się różnią; wpisz dwa razy ten sam.</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/putaway/places_tab.py" line="+44"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units here</source>
        <translation>Sztuk tutaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show archived places</source>
        <translation>Pokaż zarchiwizowane miejsca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add zone…</source>
        <translation>Dodaj strefę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add rack or shelf…</source>
        <translation>Dodaj regał lub półkę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Print label…</source>
        <translation>Drukuj etykietę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print all labels…</source>
        <translation>Drukuj wszystkie etykiety…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a manager can add, rename or archive places.</source>
        <translation>Tylko kierownik może dodawać, zmieniać nazwy i archiwizować miejsca.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>warehouse</source>
        <translation>magazyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zone</source>
        <translation>strefa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rack or shelf</source>
        <translation>regał lub półka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place} (archived)</source>
        <translation>{place} (w archiwum)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bring back</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New zone</source>
        <translation>Nowa strefa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New rack or shelf</source>
        <translation>Nowy regał lub półka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (inside {place}):</source>
        <translation>Nazwa (w: {place}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {place}, label {code}.</source>
        <translation>Dodano {place}, etykieta {code}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename place</source>
        <translation>Zmień nazwę miejsca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for {place}:</source>
        <translation>Nowa nazwa dla {place}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to {place}; its label stays {code}.</source>
        <translation>Nowa nazwa: {place}; etykieta pozostaje {code}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place} is back in use.</source>
        <translation>{place} znów jest w użyciu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive place</source>
        <translation>Archiwizuj miejsce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive {place}? It leaves the lists and takes no goods until it is brought back.</source>
        <translation>Zarchiwizować {place}? Zniknie z list i nie przyjmie towaru, dopóki nie zostanie przywrócone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{place} is archived.</source>
        <translation>{place} jest w archiwum.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Place labels</source>
        <translation>Etykiety miejsc</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/preview_model.py" line="+21"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>Kod kreskowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (kg)</source>
        <translation>Waga (kg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has expiry date</source>
        <translation>Ma datę ważności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Dla kogo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Partia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Darczyńca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Ukrainian</source>
        <translation>Nazwa po ukraińsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in English</source>
        <translation>Nazwa po angielsku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>Kod HS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of origin</source>
        <translation>Kraj pochodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value per unit</source>
        <translation>Wartość jednostkowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case barcode</source>
        <translation>Kod zbiorczy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per case</source>
        <translation>Sztuk w opakowaniu zbiorczym</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../warehouse_app/ui/base/printing.py" line="+186"/>
        <source>Print preview: {what}</source>
        <translation>Podgląd wydruku: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save PDF…</source>
        <translation>Zapisz PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these pages as a PDF file.</source>
        <translation>Zapisz te strony jako plik PDF.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No printer is installed on this computer, so nothing can be printed here. Save PDF… keeps these pages as a file to print on another computer; or add a printer in the system settings and press Print again.</source>
        <translation>Na tym komputerze nie zainstalowano żadnej drukarki, więc nie da się tu nic wydrukować. „Zapisz PDF…” zachowa te strony jako plik do wydrukowania na innym komputerze; można też dodać drukarkę w ustawieniach systemu i ponownie nacisnąć „Wydrukuj”.</translation>
    </message>
</context>
<context>
    <name>PutAwayScreen</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="+1"/>
        <location filename="../../warehouse_app/ui/screens/putaway/screen.py" line="-123"/>
        <location line="+18"/>
        <source>Put away</source>
        <translation>Rozlokowanie</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/putaway/screen.py" line="-66"/>
        <source>Type a barcode or label code and press Enter</source>
        <translation>Wpisz kod kreskowy lub kod etykiety i naciśnij Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo last put-away (Ctrl+Z)</source>
        <translation>Cofnij ostatnie odłożenie (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move all from Receiving…</source>
        <translation>Przenieś wszystko z przyjęcia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quantity:</source>
        <translation>Ilość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a place label first, then the goods: each scan moves one (or the scanned pack, or the number typed first) from Receiving to that place.</source>
        <translation>Najpierw zeskanuj etykietę miejsca, potem towar: każdy skan przenosi jedną sztukę (albo zeskanowane opakowanie, albo ilość wpisaną wcześniej) z przyjęcia na to miejsce.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Put away at this station</source>
        <translation>Odłożone na tym stanowisku</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Places</source>
        <translation>Miejsca</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{code} is a box, pallet or truck label. Boxes and pallets stand where packing and loading put them (the Trucks screen); here, scan loose goods.</source>
        <translation>{code} to etykieta kartonu, palety lub ciężarówki. Kartony i palety stoją tam, gdzie postawiło je pakowanie i załadunek (ekran Ciężarówki); tutaj skanuj luźny towar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a place label (LC…) first: it says where the goods go.</source>
        <translation>Najpierw zeskanuj etykietę miejsca (LC…): mówi, dokąd trafia towar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Putting away to</source>
        <translation>Odkładanie do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now scan the goods.</source>
        <translation>Teraz skanuj towar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan a place label (LC…) to choose where the goods go</source>
        <translation>Zeskanuj etykietę miejsca (LC…), aby wybrać, dokąd trafia towar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Putting away to: {place}</source>
        <translation>Odkładanie do: {place}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from {place}</source>
        <translation>z: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expiry {date}</source>
        <translation>ważne do {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {qty} {unit} at {place}</source>
        <translation>teraz {qty} {unit} w: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{qty} {unit} put away</source>
        <translation>odłożono {qty} {unit}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No place was chosen, so nothing was moved.</source>
        <translation>Nie wybrano miejsca, więc nic nie przeniesiono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not moved</source>
        <translation>Nie przeniesiono</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no put-away to undo.</source>
        <translation>Nie ma odłożenia do cofnięcia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Undone: {item}</source>
        <translation>Cofnięto: {item}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The goods are back where they were.</source>
        <translation>Towar wrócił tam, gdzie był.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>donation {number}</source>
        <translation>darowizna {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s) moved</source>
        <translation>
            <numerusform>przeniesiono %n pozycję</numerusform>
            <numerusform>przeniesiono %n pozycje</numerusform>
            <numerusform>przeniesiono %n pozycji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now at {place}</source>
        <translation>teraz w: {place}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/base/language.py" line="+24"/>
        <source>&amp;Look in:</source>
        <extracomment>Words of Qt 6&apos;s own file dialog that Qt&apos;s catalogues (qtbase_pl, qtbase_uk) still lack (Qt 6 added the &quot;&amp;&quot; mnemonics, so &quot;Look in:&quot; no longer matches): our catalogue carries them under Qt&apos;s context, and Qt looks there when its own has nothing.</extracomment>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
    </message>
</context>
<context>
    <name>ReceiptCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="+53"/>
        <source>Donation receipt (PDF)</source>
        <translation>Pokwitowanie darowizny (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thank-you receipt for a donor: what we received from them and when.</source>
        <translation>Pokwitowanie z podziękowaniem dla darczyńcy: co i kiedy od niego otrzymaliśmy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Donor&apos;s address and NIP…</source>
        <translation>Adres i NIP darczyńcy…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where did it go?</source>
        <translation>Gdzie to trafiło?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where every item of the chosen donation is now.</source>
        <translation>Gdzie jest teraz każda rzecz z wybranej darowizny.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donation:</source>
        <translation>Darowizna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no donor named)</source>
        <translation>(bez darczyńcy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(still open)</source>
        <translation>(jeszcze otwarta)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no donation yet to make a receipt for.</source>
        <translation>Nie ma jeszcze darowizny, dla której można utworzyć pokwitowanie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>donation receipt</source>
        <translation>pokwitowanie darowizny</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="-2"/>
        <location filename="../../warehouse_app/ui/screens/reports/screen.py" line="+91"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/screen.py" line="+3"/>
        <source>Import from a spreadsheet (xlsx or csv)</source>
        <translation>Import z arkusza kalkulacyjnego (xlsx lub csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import items…</source>
        <translation>Importuj towary…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import donation list…</source>
        <translation>Importuj listę darowizny…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New kinds of goods for the catalogue. Columns: name, category, unit, barcode, weight_kg, tracks_expiry, min_stock.</source>
        <translation>Nowe rodzaje towarów do katalogu. Kolumny: name, category, unit, barcode, weight_kg, tracks_expiry, min_stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A donor&apos;s list of what they bring; it is received as one donation. Columns: barcode (or internal code), quantity, expiry, lot, donor.</source>
        <translation>Lista darczyńcy z tym, co przywozi; zostanie przyjęta jako jedna darowizna. Kolumny: barcode (lub kod wewnętrzny), quantity, expiry, lot, donor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You see every row and its problem first; nothing is imported until you press Import.</source>
        <translation>Najpierw widzisz każdy wiersz i jego problem; nic nie zostanie zaimportowane, dopóki nie naciśniesz „Importuj”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Only a manager can import: it changes the catalogue and stock.</source>
        <translation>Tylko kierownik może importować: to zmienia katalog i stany.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Count sheet: {place} chosen; now press Print… or Save PDF…</source>
        <translation>Arkusz spisu: wybrano {place}; teraz naciśnij „Drukuj…” albo „Zapisz PDF…”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} ticked for the scan sheet.</source>
        <translation>{item} zaznaczono do arkusza kodów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here a scan picks a place to count (its label) or an item without a barcode for the scan sheet (its IT code). To receive goods, go to Intake (F2).</source>
        <translation>Tutaj skan wybiera miejsce do policzenia (jego etykietę) albo towar bez kodu kreskowego do arkusza kodów (jego kod IT). Aby przyjąć towar, przejdź do Przyjęcia (F2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the items file</source>
        <translation>Wybierz plik z towarami</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the donation list</source>
        <translation>Wybierz listę darowizny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/scan_bar.py" line="+64"/>
        <source>Load</source>
        <translation>Załaduj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unload</source>
        <translation>Wyładuj</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask which lot</source>
        <translation>Pytaj o partię</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For goods with several lots that may go on the truck: choose the lot after each scan (the one expiring first is offered first).</source>
        <translation>Dla towarów z kilkoma partiami, które mogą jechać: wybierz partię po każdym skanie (najpierw proponowana jest ta, która traci ważność najwcześniej).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a code and press Enter</source>
        <translation>Kod, potem Enter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quantity:</source>
        <translation>Ilość:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type how many, then scan the goods.</source>
        <translation>Wpisz ile, potem zeskanuj towar.</translation>
    </message>
</context>
<context>
    <name>ScanSheetCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="+68"/>
        <source>Scan sheet (PDF)</source>
        <translation>Arkusz kodów do skanowania (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes to scan from a laminated sheet, for goods without their own (blankets, T-shirt sizes). Tick items, or type CODE=caption lines.</source>
        <translation>Kody do skanowania z zalaminowanego arkusza, dla towarów bez własnego kodu (koce, rozmiary koszulek). Zaznacz towary albo wpisz wiersze KOD=opis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find an item…</source>
        <translation>Znajdź towar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untick all</source>
        <translation>Odznacz wszystko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One label each on the label printer</source>
        <translation>Po jednej etykiecie na drukarce etykiet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To stick on the goods: the label printer of Settings › Label printer.</source>
        <translation>Do naklejenia na towar: drukarka z Ustawienia › Drukarka etykiet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One per line, e.g. IT000123=Blanket, wool</source>
        <translation>Jeden w wierszu, np. IT000123=Koc wełniany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items:</source>
        <translation>Towary:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More lines:</source>
        <translation>Więcej wierszy:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} ticked</source>
        <translation>Zaznaczono: {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No items with an internal code only.</source>
        <translation>Brak towarów tylko z kodem wewnętrznym.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tick at least one item or type a CODE=caption line.</source>
        <translation>Zaznacz co najmniej jeden towar albo wpisz wiersz KOD=opis.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Sent %n item label(s) to the label printer.</source>
        <translation>
            <numerusform>Wysłano %n etykietę towaru do drukarki etykiet.</numerusform>
            <numerusform>Wysłano %n etykiety towarów do drukarki etykiet.</numerusform>
            <numerusform>Wysłano %n etykiet towarów do drukarki etykiet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scan sheet</source>
        <translation>arkusz kodów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan sheet</source>
        <translation>Arkusz kodów</translation>
    </message>
</context>
<context>
    <name>ScanWaitingNote</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/base/scan_hub.py" line="+56"/>
        <source>%n scan(s) waiting: they will be used when this window closes.</source>
        <translation>
            <numerusform>%n skan czeka: zostanie użyty po zamknięciu tego okna.</numerusform>
            <numerusform>%n skany czekają: zostaną użyte po zamknięciu tego okna.</numerusform>
            <numerusform>%n skanów czeka: zostaną użyte po zamknięciu tego okna.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/screen.py" line="+28"/>
        <source>A barcode was scanned, but this screen does not use scans. Go to Intake (F2) to receive goods.</source>
        <translation>Zeskanowano kod, ale ten ekran nie obsługuje skanów. Przejdź do Przyjęcia (F2), aby przyjąć towar.</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/set_aside_dialog.py" line="+31"/>
        <source>Kept scans the server refused</source>
        <translation>Zachowane skany odrzucone przez serwer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These scans were saved on this laptop while the server was away, and refused when they were sent. Nothing of them was received: fix the cause (for example restore the item), scan the goods again, then remove them from this list.</source>
        <translation>Te skany zapisano na tym laptopie, gdy serwer był niedostępny, i zostały odrzucone przy wysyłaniu. Nic z nich nie przyjęto: usuń przyczynę (na przykład przywróć towar), zeskanuj towar ponownie, a potem usuń je z tej listy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scanned</source>
        <translation>Zeskanowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was refused</source>
        <translation>Dlaczego odrzucono</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dealt with: remove them from the list</source>
        <translation>Załatwione: usuń je z listy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager can remove them from the list.</source>
        <translation>Tylko kierownik może usunąć je z listy.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/dialog.py" line="+22"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This station</source>
        <translation>To stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warehouse</source>
        <translation>Magazyn</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Operators</source>
        <translation>Operatorzy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can manage operators.</source>
        <translation>Tylko kierownik może zarządzać operatorami.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label printer</source>
        <translation>Drukarka etykiet</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/putaway/source_dialog.py" line="+16"/>
        <source>{place} ({code}) · {qty} · first expiry {expiry}</source>
        <translation>{place} ({code}) · {qty} · najwcześniej ważne do {expiry}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no expiry date</source>
        <translation>bez daty ważności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take it from where?</source>
        <translation>Skąd wziąć?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} lies in several places. The first holds what expires first.</source>
        <translation>{item} leży w kilku miejscach. W pierwszym jest to, co najwcześniej traci ważność.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/start_window.py" line="+29"/>
        <source>Aid Warehouse</source>
        <translation>Magazyn Pomocy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the warehouse…</source>
        <translation>Otwieranie magazynu…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can scan already: scans made now are kept and used as soon as it is open.</source>
        <translation>Możesz już skanować: zeskanowane teraz kody są zachowane i zostaną użyte, gdy tylko magazyn się otworzy.</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/station_page.py" line="+36"/>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the system (now: {lang})</source>
        <translation>Jak w systemie (teraz: {lang})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when the app restarts.</source>
        <translation>Nowy język zacznie działać po ponownym uruchomieniu programu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamped on every movement made here, e.g. intake-1 or loading-dock</source>
        <translation>Zapisywana przy każdym ruchu wykonanym tutaj, np. intake-1 lub rampa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name:</source>
        <translation>Nazwa stanowiska:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A6 sheet (105 × 148 mm)</source>
        <translation>Arkusz A6 (105 × 148 mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 × 150 mm label printer</source>
        <translation>Drukarka etykiet 100 × 150 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, several labels per page</source>
        <translation>Arkusz A4, kilka etykiet na stronie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box and pallet labels:</source>
        <translation>Etykiety kartonów i palet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barcode scanner</source>
        <translation>Skaner kodów kreskowych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys closer together than this are a scan; people type slower. Raise it if scans end up typed into fields.</source>
        <translation>Klawisze w krótszych odstępach to skan; ludzie piszą wolniej. Zwiększ, jeśli skany trafiają do pól jako wpisany tekst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest gap between keys of one scan:</source>
        <translation>Najdłuższa przerwa między klawiszami skanu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or Tab</source>
        <translation>Enter lub Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scanner ends a code with:</source>
        <translation>Skaner kończy kod klawiszem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the scanner as a US keyboard, whatever the keyboard layout (recommended)</source>
        <translation>Czytaj skaner jak klawiaturę US, niezależnie od układu klawiatury (zalecane)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beep after each scan</source>
        <translation>Sygnał dźwiękowy po każdym skanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The station name, the scanner, the sound and the label format take effect as soon as you save; the language when the app restarts.</source>
        <translation>Nazwa stanowiska, skaner, dźwięk i format etykiet działają od razu po zapisaniu; język po ponownym uruchomieniu programu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this station&apos;s settings</source>
        <translation>Zapisz ustawienia stanowiska</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The station needs a name, e.g. intake-1; nothing was saved.</source>
        <translation>Stanowisko musi mieć nazwę, np. intake-1; nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. The new language takes effect when the app restarts.</source>
        <translation>Zapisano. Nowy język zacznie działać po ponownym uruchomieniu programu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; in use from now on.</source>
        <translation>Zapisano; obowiązuje od teraz.</translation>
    </message>
</context>
<context>
    <name>StockCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="-279"/>
        <source>Stock sheet (Excel)</source>
        <translation>Zestawienie stanów (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in stock by category and item, with lots, expiry dates and places; low stock and goods expiring soon are marked.</source>
        <translation>Cały stan magazynowy według kategorii i towarów, z partiami, datami ważności i miejscami; niski stan i towary z kończącą się ważnością są oznaczone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export stock sheet…</source>
        <translation>Eksportuj zestawienie stanów…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stock sheet</source>
        <translation>zestawienie stanów</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="-3"/>
        <location filename="../../warehouse_app/ui/screens/stock/screen.py" line="+73"/>
        <source>Stock</source>
        <translation>Stan magazynowy</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/screen.py" line="+7"/>
        <location line="+181"/>
        <source>All places</source>
        <translation>Wszystkie miejsca</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Search item names…</source>
        <translation>Szukaj nazw towarów…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items in stock</source>
        <translation>Tylko towary na stanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick to see the whole catalogue, e.g. items at 0 below their minimum</source>
        <translation>Odznacz, aby zobaczyć cały katalog, np. towary ze stanem 0 poniżej minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stocktake…</source>
        <translation>Spis z natury…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+244"/>
        <source>Only a manager can record a stocktake.</source>
        <translation>Tylko kierownik może zapisać spis z natury.</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Refresh (Ctrl+R)</source>
        <translation>Odśwież (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place:</source>
        <translation>Miejsce:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>below minimum</source>
        <translation>poniżej minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires within 30 days</source>
        <translation>ważność kończy się w ciągu 30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>przeterminowane</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n towar</numerusform>
            <numerusform>%n towary</numerusform>
            <numerusform>%n towarów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Showing {item}.</source>
        <translation>Pokazano: {item}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a manager can write off goods.</source>
        <translation>Tylko kierownik może odpisać towar.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/item_model.py" line="+62"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min.</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Ważne do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤30 d</source>
        <translation>≤30 dni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to sort by name</source>
        <translation>Kliknij, aby sortować po nazwie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to sort by category</source>
        <translation>Kliknij, aby sortować po kategorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to sort by quantity</source>
        <translation>Kliknij, aby sortować po ilości</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight in kilograms</source>
        <translation>Waga w kilogramach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum stock: below it the row is highlighted</source>
        <translation>Stan minimalny: poniżej niego wiersz jest wyróżniony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest expiry date in stock; click to sort</source>
        <translation>Najbliższa data ważności na stanie; kliknij, aby sortować</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that expire within 30 days, already expired included</source>
        <translation>Jednostki z terminem ważności w ciągu 30 dni, łącznie z przeterminowanymi</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>? no unit weight</source>
        <translation>? brak masy jednostkowej</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Below the minimum stock of {min} {unit}</source>
        <translation>Poniżej stanu minimalnego {min} {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of it expired on {date}</source>
        <translation>Część straciła ważność {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of it expires on {date}</source>
        <translation>Część traci ważność {date}</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/stocktake_dialog.py" line="+47"/>
        <source>Stocktake</source>
        <translation>Spis z natury</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the place you count…</source>
        <translation>Wybierz miejsce, które liczysz…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan a barcode here, or type it and press Enter</source>
        <translation>Zeskanuj tu kod albo wpisz go i naciśnij Enter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Required, e.g. monthly count of the racks</source>
        <translation>Wymagane, np. comiesięczne liczenie regałów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record differences</source>
        <translation>Zapisz różnice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place:</source>
        <translation>Miejsce:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan:</source>
        <translation>Skan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the place you count first: {code} was not counted.</source>
        <translation>Najpierw wybierz miejsce, które liczysz: {code} nie został policzony.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{item}: counted {n} {unit}</source>
        <translation>{item}: policzono {n} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record or close the count to choose another place.</source>
        <translation>Zapisz lub zamknij liczenie, aby wybrać inne miejsce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines: {lines} · counted: {counted} · different: {diff}</source>
        <translation>Pozycje: {lines} · policzone: {counted} · z różnicą: {diff}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager can record a stocktake.</source>
        <translation>Tylko kierownik może zapisać spis z natury.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every counted line matches the stock; there is nothing to record.</source>
        <translation>Każda policzona pozycja zgadza się ze stanem; nie ma czego zapisać.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Stocktake of {place} recorded: %n line(s) corrected.</source>
        <translation>
            <numerusform>Spis z natury w {place} zapisany: poprawiono %n pozycję.</numerusform>
            <numerusform>Spis z natury w {place} zapisany: poprawiono %n pozycje.</numerusform>
            <numerusform>Spis z natury w {place} zapisany: poprawiono %n pozycji.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/trace_view.py" line="+97"/>
        <source>Where did it go?</source>
        <translation>Gdzie to trafiło?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Per item: left + still here + written off = received</source>
        <translation>Według towarów: wyjechało + czeka w magazynie + spisane = przyjęto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+122"/>
        <location line="+71"/>
        <source>Item</source>
        <translation>Towar</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Received</source>
        <translation>Przyjęto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Wyjechało</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of which delivered</source>
        <translation>w tym dostarczone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still here</source>
        <translation>Czeka w magazynie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+143"/>
        <source>Written off</source>
        <translation>Spisane</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Donor report (PDF)…</source>
        <translation>Raport dla darczyńcy (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print donor report…</source>
        <translation>Drukuj raport dla darczyńcy…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report language:</source>
        <translation>Język raportu:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading donation {number}…</source>
        <translation>Wczytuję darowiznę {number}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading truck {number}…</source>
        <translation>Wczytuję transport {number}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing of this donation is in the ledger (nothing received, or all undone).</source>
        <translation>Z tej darowizny nic nie ma w ewidencji (nic nie przyjęto albo wszystko cofnięto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing of this donation has left yet.</source>
        <translation>Nic z tej darowizny jeszcze nie wyjechało.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{share} % of this donation has left for {places} on %n truck(s), by weight.</source>
        <translation>
            <numerusform>{share} % tej darowizny (wagowo) wyjechało już – cel: {places}, %n ciężarówka.</numerusform>
            <numerusform>{share} % tej darowizny (wagowo) wyjechało już – cel: {places}, %n ciężarówki.</numerusform>
            <numerusform>{share} % tej darowizny (wagowo) wyjechało już – cel: {places}, %n ciężarówek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{share} % of this donation has left for {places} on %n truck(s).</source>
        <translation>
            <numerusform>{share} % tej darowizny wyjechało już – cel: {places}, %n ciężarówka.</numerusform>
            <numerusform>{share} % tej darowizny wyjechało już – cel: {places}, %n ciężarówki.</numerusform>
            <numerusform>{share} % tej darowizny wyjechało już – cel: {places}, %n ciężarówek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+85"/>
        <source>(no donor)</source>
        <translation>(bez darczyńcy)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Donation {number} from {donor}, opened {date}.</source>
        <translation>Darowizna {number} od: {donor}, otwarta {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered: {delivered} % · still here: {here} % · written off: {off} %</source>
        <translation>Dostarczono: {delivered} % · czeka w magazynie: {here} % · spisano: {off} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Place / box</source>
        <translation>Miejsce / karton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Dokąd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On a shelf</source>
        <translation>Na półce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packed</source>
        <translation>Spakowane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loaded</source>
        <translation>Załadowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the way</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>missing at a stock count</source>
        <translation>brak przy spisie z natury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>(bez podanego powodu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub reported it missing</source>
        <translation>odbiorca zgłosił brak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed by {hub}</source>
        <translation>potwierdził: {hub}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmed</source>
        <translation>potwierdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, damaged</source>
        <translation>, uszkodzone</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Truck {number} to {destination} carries goods of %n donation(s).</source>
        <translation>
            <numerusform>Transport {number} ({destination}) wiezie towary z %n darowizny.</numerusform>
            <numerusform>Transport {number} ({destination}) wiezie towary z %n darowizn.</numerusform>
            <numerusform>Transport {number} ({destination}) wiezie towary z %n darowizn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no donor named)</source>
        <translation>(bez nazwy darczyńcy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donors: {donors}</source>
        <translation>Darczyńcy: {donors}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient: {recipient}</source>
        <translation>Odbiorca: {recipient}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched {date}</source>
        <translation>Wysłano {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation>Opakowanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donation</source>
        <translation>Darowizna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation>Darczyńca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight kg</source>
        <translation>Masa kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(found at a stock count)</source>
        <translation>(znalezione przy spisie z natury)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+44"/>
        <source>loose</source>
        <translation>luzem</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pick a row with a donor first.</source>
        <translation>Najpierw wybierz wiersz z darczyńcą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This donation has no donor named.</source>
        <translation>Ta darowizna nie ma podanego darczyńcy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where {donor}&apos;s gifts went, as a letter to them.</source>
        <translation>Dokąd trafiły dary od: {donor} – jako list do darczyńcy.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>donor report</source>
        <translation>raport dla darczyńcy</translation>
    </message>
</context>
<context>
    <name>TruckActions</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_actions.py" line="+57"/>
        <source>Truck {number} saved.</source>
        <translation>Zapisano ciężarówkę {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} is ready for loading: scan box labels or goods.</source>
        <translation>Ciężarówka {number} jest gotowa do załadunku: skanuj etykiety kartonów lub towar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dispatch truck {number} to {city}?

{packages}, {pieces} pieces, {net} kg net ({gross} kg gross) will leave the stock.

After this nothing can be loaded, unloaded or edited on this truck.</source>
        <translation>Wysłać ciężarówkę {number} do: {city}?

{packages}, {pieces} szt., {net} kg netto ({gross} kg brutto) zejdzie ze stanu.

Potem w tej ciężarówce nie można niczego załadować, wyładować ani zmienić.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n opakowanie zbiorcze</numerusform>
            <numerusform>%n opakowania zbiorcze</numerusform>
            <numerusform>%n opakowań zbiorczych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING: the truck is above its maximum payload of {max} kg.</source>
        <translation>UWAGA: ciężarówka przekracza maksymalną ładowność {max} kg.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatch truck</source>
        <translation>Wyślij ciężarówkę</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Truck {number} is dispatched; its load has left the stock.</source>
        <translation>Ciężarówka {number} wysłana; jej ładunek zszedł ze stanu.</translation>
    </message>
</context>
<context>
    <name>TruckDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_dialog.py" line="+40"/>
        <source>Edit truck {number}</source>
        <translation>Edytuj ciężarówkę {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New truck</source>
        <translation>Nowa ciężarówka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination city *</source>
        <translation>Miasto docelowe *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Lviv</source>
        <translation>np. Lwów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient organisation</source>
        <translation>Organizacja odbiorcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient address</source>
        <translation>Adres odbiorcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact at the recipient</source>
        <translation>Osoba kontaktowa u odbiorcy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name and phone</source>
        <translation>imię, nazwisko i telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Kierowca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver&apos;s phone</source>
        <translation>Telefon kierowcy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate</source>
        <translation>Nr rejestracyjny pojazdu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. WX 12345</source>
        <translation>np. WX 12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailer plate</source>
        <translation>Nr rejestracyjny naczepy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal number</source>
        <translation>Numer plomby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid registration code (UA)</source>
        <translation>Kod rejestracji pomocy (UA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned departure</source>
        <translation>Planowany wyjazd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Type where the truck goes (the destination city).</source>
        <translation>Wpisz, dokąd jedzie ciężarówka (miasto docelowe).</translation>
    </message>
</context>
<context>
    <name>TruckFiles</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_files.py" line="+37"/>
        <source>Save the truck file of {number} for the receiving hub</source>
        <translation>Zapisz plik transportu {number} dla odbiorcy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Truck file</source>
        <translation>Plik transportu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the arrival confirmation</source>
        <translation>Wybierz potwierdzenie przyjęcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival confirmations (*.json)</source>
        <translation>Potwierdzenia przyjęcia (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Truck {number} is delivered: {hub} received {received}, damaged {damaged}, missing {missing} of %n package(s).</source>
        <translation>
            <numerusform>Transport {number} dostarczony. {hub}: przyjęte {received}, uszkodzone {damaged}, brakujące {missing} z %n opakowania zbiorczego.</numerusform>
            <numerusform>Transport {number} dostarczony. {hub}: przyjęte {received}, uszkodzone {damaged}, brakujące {missing} z %n opakowań zbiorczych.</numerusform>
            <numerusform>Transport {number} dostarczony. {hub}: przyjęte {received}, uszkodzone {damaged}, brakujące {missing} z %n opakowań zbiorczych.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub</source>
        <translation>odbiorca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub also found packages not on this truck&apos;s list: {codes}.</source>
        <translation>Odbiorca znalazł też opakowania spoza listy tego transportu: {codes}.</translation>
    </message>
</context>
<context>
    <name>TruckPane</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_pane.py" line="+76"/>
        <source>#</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contents</source>
        <translation>Zawartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Pieces</source>
        <translation>Sztuki</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Net kg</source>
        <translation>Netto kg</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expiry</source>
        <translation>Ważność</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages</source>
        <translation>Opak. zbiorcze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit truck…</source>
        <translation>Edytuj ciężarówkę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch…</source>
        <translation>Wyślij…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a loader or a manager can change a truck.</source>
        <translation>Tylko ładowacz lub kierownik może zmieniać dane ciężarówki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a loader or a manager can dispatch a truck.</source>
        <translation>Tylko ładowacz lub kierownik może wysłać ciężarówkę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print packing list</source>
        <translation>Drukuj listę pakowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truck file…</source>
        <translation>Plik transportu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file the receiving hub registers the truck with: save it and send it with the driver&apos;s papers.</source>
        <translation>Plik, którym odbiorca zarejestruje transport: zapisz go i wyślij z dokumentami kierowcy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import arrival confirmation…</source>
        <translation>Wczytaj potwierdzenie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file the receiving hub wrote when it closed the arrival: the truck is then delivered.</source>
        <translation>Plik zapisany przez odbiorcę przy zamknięciu przyjęcia: transport będzie wtedy dostarczony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CMR</source>
        <translation>Drukuj CMR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print labels</source>
        <translation>Drukuj etykiety</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label printer (Settings)</source>
        <translation>Drukarka etykiet (Ustawienia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export manifest (Excel)</source>
        <translation>Eksportuj manifest (Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donors on this truck…</source>
        <translation>Darczyńcy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which donations and donors the goods on this truck came from.</source>
        <translation>Z jakich darowizn i od jakich darczyńców pochodzą towary w tym transporcie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick list…</source>
        <translation>Lista kompletacyjna…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Totals by category  (* = box not weighed: its net weight is counted)</source>
        <translation>Sumy według kategorii  (* = karton niezważony: liczona jest waga netto)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No truck chosen. Pick one on the left, or press “New truck”.</source>
        <translation>Nie wybrano ciężarówki. Wybierz ją po lewej albo naciśnij „Nowa ciężarówka”.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Total: %n package(s), {pieces} pieces, {net} kg net, {gross} kg gross</source>
        <translation>
            <numerusform>Razem: %n opakowanie zbiorcze, {pieces} szt., {net} kg netto, {gross} kg brutto</numerusform>
            <numerusform>Razem: %n opakowania zbiorcze, {pieces} szt., {net} kg netto, {gross} kg brutto</numerusform>
            <numerusform>Razem: %n opakowań zbiorczych, {pieces} szt., {net} kg netto, {gross} kg brutto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ OVERLOADED: {gross} kg gross, above the maximum payload of {max} kg. Unload {over} kg before dispatch.</source>
        <translation>⚠ PRZECIĄŻENIE: {gross} kg brutto, ponad maksymalną ładowność {max} kg. Wyładuj {over} kg przed wysłaniem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (maximum payload {max} kg)</source>
        <translation> (maks. ładowność {max} kg)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, and {pieces} loose pieces</source>
        <translation>, oraz {pieces} szt. luzem</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n line(s) have no weight: enter them or state the gross weight (the papers print “?”, never 0).</source>
        <translation>
            <numerusform>⚠ %n pozycja nie ma masy: wpisz ją lub podaj masę brutto (dokumenty pokażą „?”, nigdy 0).</numerusform>
            <numerusform>⚠ %n pozycje nie mają masy: wpisz je lub podaj masę brutto (dokumenty pokażą „?”, nigdy 0).</numerusform>
            <numerusform>⚠ %n pozycji nie ma masy: wpisz je lub podaj masę brutto (dokumenty pokażą „?”, nigdy 0).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Kierowca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plates</source>
        <translation>Nr rej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seal</source>
        <translation>Plomba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid reg.</source>
        <translation>Rej. pomocy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered</source>
        <translation>Dostarczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hub}, {day}: {received} received, {damaged} damaged, {missing} missing</source>
        <translation>{hub}, {day}: przyjęte {received}, uszkodzone {damaged}, brakujące {missing}</translation>
    </message>
</context>
<context>
    <name>TruckPapers</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_papers.py" line="+40"/>
        <source>Packing list</source>
        <extracomment>The labels menu&apos;s choice of the station&apos;s label printer (beside the PDF label formats).</extracomment>
        <translation>Lista pakowania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CMR consignment note</source>
        <translation>List przewozowy CMR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Truck manifest</source>
        <translation>Manifest ciężarówki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labels</source>
        <translation>Etykiety</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This station prints labels as PDF; choose a label printer in Settings › Label printer to print them directly.</source>
        <translation>To stanowisko drukuje etykiety jako PDF; wybierz drukarkę w Ustawienia › Drukarka etykiet, aby drukować je bezpośrednio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the labels of {ref} to the label printer…</source>
        <translation>Wysyłanie etykiet {ref} do drukarki etykiet…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n label(s) of {ref} to the label printer.</source>
        <translation>
            <numerusform>Wysłano %n etykietę {ref} do drukarki etykiet.</numerusform>
            <numerusform>Wysłano %n etykiety {ref} do drukarki etykiet.</numerusform>
            <numerusform>Wysłano %n etykiet {ref} do drukarki etykiet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrucksScreen</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/screen.py" line="+76"/>
        <source>Truck</source>
        <translation>Ciężarówka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Opak. zbiorcze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross kg</source>
        <translation>Brutto kg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New truck…</source>
        <translation>Nowa ciężarówka…</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/app.py" line="+2"/>
        <location filename="../../warehouse_app/ui/screens/trucks/screen.py" line="+6"/>
        <location line="+61"/>
        <source>Trucks</source>
        <translation>Ciężarówki</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/screen.py" line="-44"/>
        <source>Load truck</source>
        <translation>Załadunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes &amp;&amp; pallets</source>
        <translation>Kartony i palety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Przyjazd transportu</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Received</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Uszkodzone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pack</source>
        <translation>Pakuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take out</source>
        <translation>Wyjmij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Załaduj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unload</source>
        <translation>Wyładuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a loader or a manager can pack boxes or load trucks: a scan here is refused.</source>
        <translation>Tylko ładowacz lub kierownik może pakować kartony i ładować ciężarówki: skan tutaj zostanie odrzucony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a loader or a manager can load or unload trucks: a scan here is refused.</source>
        <translation>Tylko ładowacz lub kierownik może ładować i rozładowywać ciężarówki: skan tutaj zostanie odrzucony.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a truck on the left before scanning.</source>
        <translation>Przed skanowaniem wybierz ciężarówkę po lewej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truck {number} has left: nothing can be loaded or unloaded.</source>
        <translation>Ciężarówka {number} odjechała: nie można niczego załadować ani wyładować.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next scan is UNLOADED from truck {number}.</source>
        <translation>Następny skan zostanie WYŁADOWANY z ciężarówki {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next scan is LOADED onto truck {number} ({city}).</source>
        <translation>Następny skan zostanie ZAŁADOWANY na ciężarówkę {number} ({city}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a truck on the left first, or press “New truck”.</source>
        <translation>Najpierw wybierz ciężarówkę po lewej albo naciśnij „Nowa ciężarówka”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truck {number} has been dispatched; nothing can be loaded or unloaded.</source>
        <translation>Ciężarówka {number} została wysłana; nie można niczego załadować ani wyładować.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No lot was chosen; nothing was loaded.</source>
        <translation>Nie wybrano partii; nic nie załadowano.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Shelf life too short</source>
        <translation>Za krótka ważność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}

As a manager you may load it anyway. Why? (kept in the record)</source>
        <translation>{sentence}

Jako kierownik możesz mimo to załadować. Dlaczego? (zostanie zapisane)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>−{amount} unloaded</source>
        <translation>−{amount} wyładowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+{amount} loaded</source>
        <translation>+{amount} załadowano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pallet unloaded</source>
        <translation>Paleta wyładowana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pallet loaded</source>
        <translation>Paleta załadowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box unloaded</source>
        <translation>Karton wyładowany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box loaded</source>
        <translation>Karton załadowany</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pallet</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>Karton</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not checked in</source>
        <translation>Nie przyjęto</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>Truck now: %n package(s), {gross} kg gross</source>
        <translation>
            <numerusform>Ciężarówka teraz: %n opakowanie zbiorcze, {gross} kg brutto</numerusform>
            <numerusform>Ciężarówka teraz: %n opakowania zbiorcze, {gross} kg brutto</numerusform>
            <numerusform>Ciężarówka teraz: %n opakowań zbiorczych, {gross} kg brutto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{item} (expiry {dates})</source>
        <translation>{item} (ważne do {dates})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no scan to undo.</source>
        <translation>Nie ma skanu do cofnięcia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {what}</source>
        <translation>Cofnięto: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last scan on {target} was taken back.</source>
        <translation>Ostatni skan na {target} został cofnięty.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not taken out</source>
        <translation>Nie wyjęto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not packed</source>
        <translation>Nie spakowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not unloaded</source>
        <translation>Nie wyładowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not loaded</source>
        <translation>Nie załadowano</translation>
    </message>
</context>
<context>
    <name>WarehousePage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/warehouse_page.py" line="+44"/>
        <source>Shared by every station; printed on the packing lists, labels and receipts.</source>
        <translation>Wspólne dla wszystkich stanowisk; drukowane na listach pakowania, etykietach i pokwitowaniach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can change these; you can look at them.</source>
        <translation>Tylko kierownik może je zmienić; możesz je przeglądać.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warehouse on the documents</source>
        <translation>Magazyn na dokumentach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>empty: no limit</source>
        <translation>puste: bez limitu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phone, e-mail</source>
        <translation>telefon, e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax id (NIP):</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum truck payload (kg):</source>
        <translation>Maks. ładowność ciężarówki (kg):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum shelf life left when goods are loaded on a truck</source>
        <translation>Minimalna pozostała ważność przy załadunku na ciężarówkę</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days of shelf life an item must still have when it leaves. Empty: the same as the category above.</source>
        <translation>Ile dni ważności musi jeszcze mieć towar przy wyjeździe. Puste: tak jak kategoria nadrzędna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own minimum (days)</source>
        <translation>Własne minimum (dni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In effect</source>
        <translation>Obowiązuje</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the warehouse settings</source>
        <translation>Zapisz ustawienia magazynu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a manager can change the warehouse settings.</source>
        <translation>Tylko kierownik może zmieniać ustawienia magazynu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shops&apos; codes on weighed goods</source>
        <translation>Kody sklepowe na towarach ważonych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop labels on weighed goods (13 digits starting 20 to 29) carry the item and its weight or price; the layout differs by shop. Choose the one on your donors&apos; labels, then scan one bag into the item&apos;s barcodes: every bag then finds the item, and a weight is received as the quantity of an item counted in kg.</source>
        <translation>Etykiety sklepowe na towarach ważonych (13 cyfr, zaczynające się od 20 do 29) niosą towar i jego wagę lub cenę; układ zależy od sklepu. Wybierz ten z etykiet Twoich darczyńców, a potem zeskanuj jedną torbę do kodów kreskowych towaru: każda torba znajdzie wtedy towar, a waga zostanie przyjęta jako ilość towaru liczonego w kg.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Weight in grams in the last {digits} digits</source>
        <translation>Waga w gramach w ostatnich {digits} cyfrach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in grams in the last {digits} digits, after its own check digit</source>
        <translation>Waga w gramach w ostatnich {digits} cyfrach, po jej własnej cyfrze kontrolnej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in the last {digits} digits</source>
        <translation>Cena w ostatnich {digits} cyfrach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in the last {digits} digits, after its own check digit</source>
        <translation>Cena w ostatnich {digits} cyfrach, po jej własnej cyfrze kontrolnej</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: read shop codes as ordinary barcodes</source>
        <translation>Brak: czytaj kody sklepowe jak zwykłe kody kreskowe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A shop code is looked up whole, like any barcode: each bag with another weight is another code.</source>
        <translation>Kod sklepowy jest wyszukiwany w całości, jak każdy kod kreskowy: każda torba o innej wadze to inny kod.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item {item}</source>
        <translation>towar {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kg} kg received</source>
        <translation>przyjmowana ilość {kg} kg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price {price}, one piece per scan</source>
        <translation>cena {price}, jedna sztuka na skan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example {code}: {item}, {measure}.</source>
        <translation>Na przykład {code}: {item}, {measure}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), from above</source>
        <translation>
            <numerusform>%n dzień, z kategorii nadrzędnej</numerusform>
            <numerusform>%n dni, z kategorii nadrzędnej</numerusform>
            <numerusform>%n dni, z kategorii nadrzędnej</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{text} is not a number of days (category {name}); nothing was saved.</source>
        <translation>{text} to nie liczba dni (kategoria {name}); nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved for every station.</source>
        <translation>Zapisano dla wszystkich stanowisk.</translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/weight_chart.py" line="+23"/>
        <location line="+17"/>
        <location line="+59"/>
        <source>Stock weight by category (kg)</source>
        <translation>Waga zapasów według kategorii (kg)</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>⚠ %n item(s) in stock have no unit weight and are not in these bars</source>
        <translation>
            <numerusform>⚠ %n towar na stanie nie ma masy jednostkowej i nie jest ujęty na wykresie</numerusform>
            <numerusform>⚠ %n towary na stanie nie mają masy jednostkowej i nie są ujęte na wykresie</numerusform>
            <numerusform>⚠ %n towarów na stanie nie ma masy jednostkowej i nie są ujęte na wykresie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{category}: {kg} kg</source>
        <translation>{category}: {kg} kg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weight kg</source>
        <translation>Waga, kg</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No stock to chart yet</source>
        <translation>Brak zapasów do wykresu</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/write_off_dialog.py" line="+43"/>
        <source>Write off goods</source>
        <translation>Odpis towaru</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How many {unit}</source>
        <translation>Ile ({unit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere (first expiry first)</source>
        <translation>Skądkolwiek (najpierw najkrótsza ważność)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any lot (first expiry first)</source>
        <translation>Dowolna partia (najpierw najkrótsza ważność)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no expiry date</source>
        <translation>bez daty ważności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}, lot {code}</source>
        <translation>{date}, partia {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose why…</source>
        <translation>Wybierz powód…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Przeterminowane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Uszkodzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other (say what below)</source>
        <translation>Inny (opisz poniżej)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details (required for Other)</source>
        <translation>Szczegóły (wymagane przy „Inny”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity:</source>
        <translation>Ilość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Skąd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot:</source>
        <translation>Partia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write off</source>
        <translation>Odpisz</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a manager can write off goods.</source>
        <translation>Tylko kierownik może odpisać towar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote off {qty} {unit} of {item}.</source>
        <translation>Odpisano {qty} {unit}: {item}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../warehouse_app/ui/base/error_templates.py" line="+13"/>
        <source>A SQLite database needs a file name.</source>
        <translation>Baza SQLite wymaga nazwy pliku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A box or pallet is loaded whole; leave out the quantity.</source>
        <translation>Karton lub paletę ładuje się w całości; nie podawaj ilości.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category cannot be moved under itself.</source>
        <translation>Kategorii nie można przenieść do niej samej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A category needs a name.</source>
        <translation>Kategoria musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category with the code {code} already exists.</source>
        <translation>Kategoria o kodzie {code} już istnieje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check digit can only be computed for digits, not {body}.</source>
        <translation>Cyfrę kontrolną można obliczyć tylko dla cyfr, nie dla {body}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A donor name can be at most 200 characters long.</source>
        <translation>Nazwa darczyńcy może mieć najwyżej 200 znaków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A gross weight must be more than zero.</source>
        <translation>Waga brutto musi być większa od zera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label number cannot be negative ({number}).</source>
        <translation>Numer etykiety nie może być ujemny ({number}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A location needs a name.</source>
        <translation>Miejsce musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lot code can be at most 64 characters long.</source>
        <translation>Kod partii może mieć najwyżej 64 znaki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A maximum payload must be between 0 and 100000 kg, not {kg}.</source>
        <translation>Maksymalna ładowność musi wynosić od 0 do 100000 kg, a nie {kg}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A port is a number from 1 to 65535, not {port}.</source>
        <translation>Port to liczba od 1 do 65535, a nie {port}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stock page is 1 to {max} rows from a non-negative offset.</source>
        <translation>Strona stanu to od 1 do {max} wierszy od nieujemnego przesunięcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tax id can be at most 20 characters long.</source>
        <translation>Numer podatkowy może mieć najwyżej 20 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truck needs a destination.</source>
        <translation>Ciężarówka musi mieć cel podróży.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit weight of {value} kg is not plausible.</source>
        <translation>Waga jednostki {value} kg jest niewiarygodna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {action} needs a reason.</source>
        <translation>Podaj powód: {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {kind} must sit inside another location.</source>
        <translation>{kind} musi znajdować się w innym miejscu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Nie można wykonać kopii zapasowej bazy danych w pamięci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item name can be at most 200 characters long.</source>
        <translation>Nazwa towaru może mieć najwyżej 200 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item needs a name.</source>
        <translation>Towar musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An operator needs a name.</source>
        <translation>Operator musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach a PostgreSQL server at {host}: check the address, the port and that the server is running.</source>
        <translation>Nie można połączyć się z serwerem PostgreSQL pod adresem {host}: sprawdź adres, port i czy serwer działa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot restore into {path}: {reason}.</source>
        <translation>Nie można przywrócić do {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Nie można zapisać {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file for the database.</source>
        <translation>Wybierz plik bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to {version}. {where} is not an Aid Warehouse database yet: it will be created and set up at the next start.</source>
        <translation>Połączono z {version}. {where} nie jest jeszcze bazą Magazynu Pomocy: zostanie utworzona i przygotowana przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to {version}: an Aid Warehouse database from an older version; it will be brought up to date at the next start.</source>
        <translation>Połączono z {version}: baza Magazynu Pomocy ze starszej wersji; zostanie zaktualizowana przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to {version}: an Aid Warehouse database, ready to use.</source>
        <translation>Połączono z {version}: baza Magazynu Pomocy, gotowa do pracy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a barcode or an item name.</source>
        <translation>Podaj kod kreskowy lub nazwę towaru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number} has no code before the = sign.</source>
        <translation>Wiersz {number} nie ma kodu przed znakiem =.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement {id} belongs to truck {number}, which is dispatched; nothing on it can change.</source>
        <translation>Ruch {id} należy do ciężarówki {number}, która jest wysłana; nic w niej nie można zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement {id} has already been reversed.</source>
        <translation>Ruch {id} został już wycofany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement {id} is itself a reversal; record a new movement instead.</source>
        <translation>Ruch {id} sam jest wycofaniem; zapisz zamiast tego nowy ruch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a box or pallet, by its label code or its name.</source>
        <translation>Wskaż karton lub paletę kodem etykiety albo nazwą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a category, by its code or its path such as Food/Canned food.</source>
        <translation>Wskaż kategorię kodem lub ścieżką, np. Żywność/Konserwy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a location or a category to count.</source>
        <translation>Wskaż miejsce lub kategorię do policzenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a location, by its label code or its name.</source>
        <translation>Wskaż miejsce kodem etykiety albo nazwą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a truck by its number, e.g. T-2026-0042.</source>
        <translation>Wskaż ciężarówkę numerem, np. T-2026-0042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the {what}.</source>
        <translation>Podaj pole „{what}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN was given.</source>
        <translation>Nie podano PIN-u.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item has the label code {code}.</source>
        <translation>Żaden towar nie ma kodu etykiety {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one has the badge {code}.</source>
        <translation>Nikt nie ma identyfikatora {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was scanned.</source>
        <translation>Nic nie zeskanowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a loader or a manager can {action}.</source>
        <translation>Tylko ładowacz lub kierownik może: {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager can load goods under their minimum shelf life ({item}, expiry {expiry}).</source>
        <translation>Tylko kierownik może załadować towar poniżej minimalnej ważności ({item}, ważne do {expiry}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager can {action}.</source>
        <translation>Tylko kierownik może: {action}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reversing movement {id} would change the sealed {code}; reopen it first.</source>
        <translation>Wycofanie ruchu {id} zmieniłoby zamknięty {code}; najpierw go otwórz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to change, e.g. --name or --min-stock.</source>
        <translation>Podaj, co zmienić, np. --name lub --min-stock.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several boxes or pallets are called {ref}; use the label code.</source>
        <translation>Kilka kartonów lub palet nazywa się {ref}; użyj kodu etykiety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several items are called {ref}; use a barcode or the item number.</source>
        <translation>Kilka towarów nazywa się {ref}; użyj kodu kreskowego lub numeru towaru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several locations are called {ref}; use the label code.</source>
        <translation>Kilka miejsc nazywa się {ref}; użyj kodu etykiety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped the lot expiring {expiry} ({qty} {unit}): expired by the departure on {departure}.</source>
        <translation>Pominięto partię z terminem {expiry} ({qty} {unit}): przeterminowana w dniu wyjazdu {departure}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped the lot expiring {expiry} ({qty} {unit}): less than {days} days left after the departure on {departure}.</source>
        <translation>Pominięto partię z terminem {expiry} ({qty} {unit}): mniej niż {days} dni ważności po wyjeździe {departure}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed the same data at the same moment; nothing was saved.</source>
        <translation>Ktoś inny zmienił te same dane w tej samej chwili; nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GS1 code {code} names no trade item (it has no GTIN in AI 01 or 02).</source>
        <translation>Kod GS1 {code} nie wskazuje jednostki handlowej (brak GTIN w AI 01 lub 02).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GTIN {gtin} in the barcode {code} has a wrong check digit.</source>
        <translation>GTIN {gtin} w kodzie {code} ma błędną cyfrę kontrolną.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The barcode {code} already belongs to {item}.</source>
        <translation>Kod kreskowy {code} należy już do: {item}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode {code} has a wrong check digit.</source>
        <translation>Kod kreskowy {code} ma błędną cyfrę kontrolną.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode {code} is also on line {line}.</source>
        <translation>Kod kreskowy {code} jest też w wierszu {line}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode {code} is not attached to this item.</source>
        <translation>Kod kreskowy {code} nie jest przypisany do tego towaru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode {code} is not in the catalogue yet.</source>
        <translation>Kodu kreskowego {code} nie ma jeszcze w katalogu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode {gtin} already belongs to {item}.</source>
        <translation>Kod kreskowy {gtin} należy już do: {item}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category is missing.</source>
        <translation>Brak kategorii.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code {code} is not a GTIN: it must have 8, 12, 13 or 14 digits.</source>
        <translation>Kod {code} nie jest numerem GTIN: musi mieć 8, 12, 13 lub 14 cyfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is not a barcode this warehouse knows: not an EAN/UPC/GTIN, a GS1-128 code or an internal label.</source>
        <translation>Kod {code} nie jest znany w tym magazynie: to nie EAN/UPC/GTIN, kod GS1-128 ani etykieta wewnętrzna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is too long to print as a scannable barcode here.</source>
        <translation>Kod {code} jest za długi, aby wydrukować go tutaj jako czytelny kod kreskowy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database address is empty.</source>
        <translation>Adres bazy danych jest pusty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached or is busy; nothing was saved. Try again in a moment.</source>
        <translation>Baza danych jest niedostępna lub zajęta; nic nie zapisano. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database driver is not installed: {exc}</source>
        <translation>Sterownik bazy danych nie jest zainstalowany: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file was replaced (restored?) while this station had it open; restart the app.</source>
        <translation>Plik bazy danych został podmieniony (przywrócony?), gdy to stanowisko miało go otwartego; uruchom aplikację ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused the connection: {reason}</source>
        <translation>Baza danych odrzuciła połączenie: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database reported an error; nothing was saved.</source>
        <translation>Baza danych zgłosiła błąd; nic nie zapisano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} is being restored; try again when the restore has finished.</source>
        <translation>Baza danych {path} jest właśnie przywracana; spróbuj ponownie, gdy przywracanie się zakończy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {path} is open on this computer; close the app on every station using it first (and wait for running commands), then restore.</source>
        <translation>Baza danych {path} jest otwarta na tym komputerze; najpierw zamknij aplikację na każdym stanowisku, które jej używa (i zaczekaj na trwające polecenia), potem przywróć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} (AI {ai}) in the barcode {code} is not a valid date.</source>
        <translation>Data {value} (AI {ai}) w kodzie {code} jest nieprawidłowa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} has no goods received, so there is no receipt to print.</source>
        <translation>Darowizna {number} nie ma przyjętych towarów, więc nie ma pokwitowania do wydruku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} is already closed.</source>
        <translation>Darowizna {number} jest już zamknięta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} is closed; its header can no longer change.</source>
        <translation>Darowizna {number} jest zamknięta; jej nagłówka nie można już zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} is closed; open a new one.</source>
        <translation>Darowizna {number} jest zamknięta; otwórz nową.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} is still open; close it before printing its receipt.</source>
        <translation>Darowizna {number} jest jeszcze otwarta; zamknij ją przed wydrukiem pokwitowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donor needs a name.</source>
        <translation>Darczyńca musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has more than {n} rows; split it.</source>
        <translation>Plik ma więcej niż {n} wierszy; podziel go.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no rows to import.</source>
        <translation>Plik nie ma wierszy do zaimportowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty: it needs a header row and rows below it.</source>
        <translation>Plik jest pusty: potrzebny jest wiersz nagłówka i wiersze pod nim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file names several donors ({names}); import one donor&apos;s list at a time.</source>
        <translation>Plik wymienia kilku darczyńców ({names}); importuj listę jednego darczyńcy naraz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be saved there: {reason}.</source>
        <translation>Nie można tam zapisać pliku {name}: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} cannot hold a new database.</source>
        <translation>W folderze {folder} nie można utworzyć nowej bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} cannot hold the database: {reason}.</source>
        <translation>W folderze {folder} nie można umieścić bazy danych: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods are already at {place}.</source>
        <translation>Towar już jest w: {place}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods are already in {code}.</source>
        <translation>Towar już jest w {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The item on this line is archived.</source>
        <translation>Towar w tym wierszu jest zarchiwizowany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit must be 1 to 10000.</source>
        <translation>Limit musi wynosić od 1 do 10000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The load weighs {gross} kg, more than the maximum payload of {limit} kg.</source>
        <translation>Ładunek waży {gross} kg, więcej niż maksymalna ładowność {limit} kg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock file {path} cannot be made, so a restore cannot be sure no station uses the database.</source>
        <translation>Nie można utworzyć pliku blokady {path}, więc przywracanie nie może mieć pewności, że żadne stanowisko nie używa bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minimum shelf life must be 0 to 3650 days, not {days}.</source>
        <translation>Minimalna ważność musi wynosić od 0 do 3650 dni, a nie {days}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>Okres kończy się ({to}) przed swoim początkiem ({start}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quantity must be more than zero, not {value}.</source>
        <translation>Ilość musi być większa od zera, a nie {value}.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Something went wrong inside the app after saving; the details are in {path}.</source>
        <translation>Coś poszło nie tak w programie po zapisaniu; szczegóły są w {path}.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN ma od 4 do 8 cyfr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A category name can be at most {n} characters long (this one has {length}).</source>
        <translation>Nazwa kategorii może mieć najwyżej {n} znaków (ta ma {length}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A donation&apos;s source can be at most {n} characters long (this one has {length}).</source>
        <translation>Źródło darowizny może mieć najwyżej {n} znaków (to ma {length}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A donor&apos;s address can be at most {n} characters long (this one has {length}).</source>
        <translation>Adres darczyńcy może mieć najwyżej {n} znaków (ten ma {length}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A donor&apos;s city can be at most {n} characters long (this one has {length}).</source>
        <translation>Miejscowość darczyńcy może mieć najwyżej {n} znaków (ta ma {length}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A donor&apos;s contact can be at most {n} characters long (this one has {length}).</source>
        <translation>Kontakt darczyńcy może mieć najwyżej {n} znaków (ten ma {length}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A location name can be at most {n} characters long (this one has {length}).</source>
        <translation>Nazwa miejsca może mieć najwyżej {n} znaków (ta ma {length}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A manager needs a PIN: choose one for {name} in the same step.</source>
        <translation>Kierownik potrzebuje PIN-u: wybierz go dla: {name} w tym samym kroku.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A size can be at most {n} characters long (this one has {length}).</source>
        <translation>Rozmiar może mieć najwyżej {n} znaków (ten ma {length}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station name can be at most {n} characters long (this one has {length}).</source>
        <translation>Nazwa stanowiska może mieć najwyżej {n} znaków (ta ma {length}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An operator name can be at most {n} characters long.</source>
        <translation>Imię i nazwisko pracownika może mieć najwyżej {n} znaków.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A scan id has 1 to {most} characters.</source>
        <translation>Identyfikator skanu ma od 1 do {most} znaków.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>--all-from-receiving takes --donation and --to, and no item, --qty or --from.</source>
        <translation>--all-from-receiving przyjmuje --donation i --to, bez towaru, --qty i --from.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--default-category is the category of goods --create-missing creates; give both.</source>
        <translation>--default-category to kategoria towarów tworzonych przez --create-missing; podaj obie opcje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PostgreSQL database is restored on its server with pg_restore (see the README).</source>
        <translation>Bazę PostgreSQL przywraca się na jej serwerze przez pg_restore (zobacz README).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A column mapping can name at most {n} columns of {length} characters.</source>
        <translation>Przypisanie kolumn może wymienić najwyżej {n} kolumn po {length} znaków.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A label printer prints at 203 or 300 dpi, not {dpi}.</source>
        <translation>Drukarka etykiet drukuje w 203 lub 300 dpi, nie w {dpi}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new item is created for this line: {item}.</source>
        <translation>Dla tego wiersza zostanie utworzony nowy towar: {item}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pack count needs the case barcode it belongs to.</source>
        <translation>Liczba sztuk w opakowaniu wymaga kodu zbiorczego, do którego należy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place is a zone or a bin, not {kind}.</source>
        <translation>Miejsce to strefa lub półka, nie {kind}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read {file}: save it as UTF-8 text, one ITEM=QTY line per item ({error}).</source>
        <translation>Nie można odczytać {file}: zapisz go jako tekst UTF-8, jedna linia TOWAR=ILOŚĆ na towar ({error}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot tell how {file} is encoded: read as Windows-1250 (Polish) it says “{cp1250}”, as Windows-1251 (Cyrillic) “{cp1251}”. Choose one with --encoding cp1250|cp1251|utf-8|utf-16.</source>
        <translation>Nie można ustalić kodowania pliku {file}: odczytany jako Windows-1250 (polskie) brzmi „{cp1250}”, jako Windows-1251 (cyrylica) „{cp1251}”. Wybierz jedno opcją --encoding cp1250|cp1251|utf-8|utf-16.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the label printer&apos;s network address, e.g. 192.168.1.50 or zebra-1:9100.</source>
        <translation>Wpisz adres sieciowy drukarki etykiet, np. 192.168.1.50 lub zebra-1:9100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the name of the printer queue the labels go to.</source>
        <translation>Wpisz nazwę kolejki drukarki, do której mają trafiać etykiety.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the pack count (how many units one case holds) for the case barcode.</source>
        <translation>Podaj liczbę sztuk w opakowaniu (ile jednostek mieści jedno opakowanie zbiorcze) dla kodu zbiorczego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number} should read item = quantity, e.g. 5901234123457 = 40; it reads {line}.</source>
        <translation>Linia {number} powinna mieć postać towar = ilość, np. 5901234123457 = 40; a jest: {line}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into line {line}: this line&apos;s barcodes go on that item.</source>
        <translation>Połączono z wierszem {line}: kody z tego wiersza trafią do tamtego towaru.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the item, --qty and --from (or use --all-from-receiving --donation D-…).</source>
        <translation>Podaj towar, --qty i --from (albo użyj --all-from-receiving --donation D-…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name what the truck should carry: one line per item, item = quantity.</source>
        <translation>Podaj, co ma zabrać ciężarówka: jedna linia na towar, towar = ilość.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category matches “{category}”; choose a default category for new items.</source>
        <translation>Żadna kategoria nie pasuje do „{category}”; wybierz domyślną kategorię nowych towarów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column of {file} is one the import reads (name, barcode, quantity…): row {line} was taken as the column titles ({titles}); say which column is which, e.g. --map &quot;{example}=name&quot;.</source>
        <translation>Żadna kolumna pliku {file} nie jest czytana przez import (nazwa, kod kreskowy, ilość…): za tytuły kolumn przyjęto wiersz {line} ({titles}); wskaż, która kolumna jest którą, np. --map &quot;{example}=name&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer called {host} is known on this network; check the label printer&apos;s address in Settings. Nothing was printed.</source>
        <translation>W tej sieci nie ma drukarki o nazwie {host}; sprawdź adres drukarki etykiet w Ustawieniach. Nic nie wydrukowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough {item} at {place}: {available} {unit} left, {asked} asked.</source>
        <translation>Za mało: {item} w {place}: zostało {available} {unit}, potrzeba {asked}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of donation {number} is still at {place}.</source>
        <translation>Nic z darowizny {number} nie ma już w: {place}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only expired {item} would make up this quantity; expired goods do not go in a box for a truck. Write them off, or name the lot&apos;s expiry date to pack it anyway.</source>
        <translation>Tę ilość uzupełniłby tylko przeterminowany towar {item}; przeterminowane towary nie trafiają do kartonu na transport. Spisz je ze stanu albo podaj datę ważności partii, by mimo to je spakować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the small add-on beside the barcode of {code} was read; scan the main barcode.</source>
        <translation>Odczytano tylko mały dodatek obok kodu {code}; zeskanuj główny kod kreskowy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only {available} {unit} of the goods of ledger row {id} are still at {place} ({asked} would be taken back); move them back there first, or write off or adjust instead.</source>
        <translation>Tylko {available} {unit} towaru z wiersza rejestru {id} jest jeszcze w miejscu {place} (do cofnięcia: {asked}); najpierw przenieś go tam z powrotem albo zamiast tego spisz lub skoryguj stan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pallet {code}: {count} boxes on it checked in as damaged.</source>
        <translation>Paleta {code}: {count} kartonów na niej przyjęto jako uszkodzone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pallet {code}: {count} boxes on it checked in as received.</source>
        <translation>Paleta {code}: {count} kartonów na niej przyjęto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing labels to a printer queue needs pywin32, which this station does not have; choose a network label printer (host:port) or PDF labels in Settings.</source>
        <translation>Drukowanie etykiet przez kolejkę drukarki wymaga pywin32, którego to stanowisko nie ma; wybierz w Ustawieniach drukarkę sieciową (host:port) albo etykiety PDF.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong inside the app; nothing was saved. The details are in {path}.</source>
        <translation>Coś poszło nie tak w programie; nic nie zapisano. Szczegóły są w {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the app; the details are in {path}.</source>
        <translation>Coś poszło nie tak w programie; szczegóły są w {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the app; the details could not be written to a log file.</source>
        <translation>Coś poszło nie tak w programie; nie udało się zapisać szczegółów w pliku dziennika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GS1 code {code} could not be read: it holds data the GS1 standard does not define.</source>
        <translation>Nie można odczytać kodu GS1 {code}: zawiera dane, których standard GS1 nie definiuje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app failed to send this scan; the details are in {path}.</source>
        <translation>Aplikacja nie zdołała wysłać tego skanu; szczegóły są w {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival confirmation file is damaged or incomplete: it is not readable JSON.</source>
        <translation>Plik potwierdzenia przyjęcia jest uszkodzony lub niekompletny: to nie jest czytelny JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival confirmation file is damaged or incomplete: its body or checksum is missing.</source>
        <translation>Plik potwierdzenia przyjęcia jest uszkodzony lub niekompletny: brakuje jego treści lub sumy kontrolnej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival confirmation file is damaged or was changed after it was written: its checksum does not match.</source>
        <translation>Plik potwierdzenia przyjęcia jest uszkodzony lub zmieniono go po zapisaniu: suma kontrolna się nie zgadza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival of truck {number} is already closed.</source>
        <translation>Przyjęcie transportu {number} jest już zamknięte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival of truck {number} is closed; nothing on it can change.</source>
        <translation>Przyjęcie transportu {number} jest zamknięte; nic w nim nie można zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival of truck {number} is not closed yet; close it first (truck close-arrival).</source>
        <translation>Przyjęcie transportu {number} nie jest jeszcze zamknięte; najpierw je zamknij (truck close-arrival).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode on this line is not on {item}, which the catalogue has; add the barcode to the item first.</source>
        <translation>Kodu z tego wiersza nie ma przy towarze {item}, który jest w katalogu; najpierw dodaj ten kod do towaru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The barcode {code} has data in AI {ai} that is not in the form the GS1 standard gives it ({value}).</source>
        <translation>Kod {code} ma w AI {ai} dane w postaci niezgodnej ze standardem GS1 ({value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The barcode {code} is not in the catalogue yet; give the item&apos;s name to create it.</source>
        <translation>Kodu {code} nie ma jeszcze w katalogu; podaj nazwę towaru, aby go utworzyć.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The boxes on pallet {code} were already checked in.</source>
        <translation>Kartony na palecie {code} zostały już przyjęte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case barcode on this line holds {pack} units, but its pack count says {count}.</source>
        <translation>Kod zbiorczy w tym wierszu oznacza {pack} szt., a liczba w opakowaniu mówi {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code {code} cannot be printed as a barcode on a label printer.</source>
        <translation>Kodu {code} nie da się wydrukować jako kodu kreskowego na drukarce etykiet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} has a wrong check digit and ends in zeros: a spreadsheet program rounded it (shown as {short}) and dropped its last digits. Format the column as text and type the codes again.</source>
        <translation>Kod {code} ma błędną cyfrę kontrolną i kończy się zerami: arkusz kalkulacyjny go zaokrąglił (widoczny jako {short}) i zgubił ostatnie cyfry. Ustaw format kolumny na tekst i wpisz kody ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is a coupon, not goods; put it aside.</source>
        <translation>Kod {code} to kupon, a nie towar; odłóż go na bok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is a refund receipt, not goods; put it aside.</source>
        <translation>Kod {code} to paragon zwrotu, a nie towar; odłóż go na bok.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code “{code}” is in scientific notation: a spreadsheet program turned it into a number and dropped its last digits. Format the column as text and type the codes again.</source>
        <translation>Kod „{code}” jest zapisany w notacji naukowej: arkusz kalkulacyjny zamienił go na liczbę i zgubił ostatnie cyfry. Ustaw format kolumny na tekst i wpisz kody ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The count {value} (AI {ai}) in the barcode {code} is not a number of items: it must be 1 or more.</source>
        <translation>Liczba {value} (AI {ai}) w kodzie {code} nie jest liczbą sztuk: musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database address {url} holds a NUL character.</source>
        <translation>Adres bazy danych {url} zawiera znak NUL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database address {url} is not valid text (UTF-8).</source>
        <translation>Adres bazy danych {url} nie jest poprawnym tekstem (UTF-8).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {path} cannot be copied: {reason}.</source>
        <translation>Nie można skopiować bazy danych {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not a valid truck or arrival file: {field} is missing or wrong.</source>
        <translation>To nie jest poprawny plik transportu ani przyjęcia: brakuje pola {field} lub jest błędne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>Nie można odczytać pliku {name}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} cannot be saved there: the folder {folder} cannot be written to.</source>
        <translation>Nie można tam zapisać pliku {name}: w folderze {folder} nie można zapisywać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} cannot be saved there: {folder} is not a folder.</source>
        <translation>Nie można tam zapisać pliku {name}: {folder} nie jest folderem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} is too big to be a truck or arrival file.</source>
        <translation>Plik {name} jest za duży, by był plikiem transportu lub przyjęcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day ({since}) is after the last one ({until}).</source>
        <translation>Pierwszy dzień ({since}) jest po ostatnim ({until}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Import przerwano; nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The in-store code {code} carries a price, not a weight; receive these goods by their weight with the item&apos;s own barcode or label.</source>
        <translation>Kod sklepowy {code} zawiera cenę, a nie wagę; przyjmij ten towar według wagi, używając jego własnego kodu kreskowego lub etykiety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The in-store code {code} weighs 0 g; weigh the goods and type the weight.</source>
        <translation>Kod sklepowy {code} podaje wagę 0 g; zważ towar i wpisz wagę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label printer at {host} refused the connection on port {port}: check the address, and that the printer is on and takes raw print jobs on that port. Nothing was printed.</source>
        <translation>Drukarka etykiet pod adresem {host} odrzuciła połączenie na porcie {port}: sprawdź adres oraz czy drukarka jest włączona i przyjmuje wydruki raw na tym porcie. Nic nie wydrukowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label printer at {host}:{port} cannot be reached ({reason}): check that it is on and on this network.</source>
        <translation>Nie można połączyć się z drukarką etykiet {host}:{port} ({reason}): sprawdź, czy jest włączona i w tej sieci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label printer at {host}:{port} did not answer within {seconds} seconds: check that it is on and on this network. Nothing was printed.</source>
        <translation>Drukarka etykiet {host}:{port} nie odpowiedziała w ciągu {seconds} s: sprawdź, czy jest włączona i w tej sieci. Nic nie wydrukowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leading zeros of the code {code} were restored: {restored} (its check digit proves it).</source>
        <translation>Przywrócono początkowe zera kodu {code}: {restored} (potwierdza to cyfra kontrolna).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name {item} is also on line {line}, with another category or unit; rows are merged only when both agree.</source>
        <translation>Nazwa {item} jest też w wierszu {line}, z inną kategorią lub jednostką; wiersze łączy się tylko, gdy obie się zgadzają.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name {item} is also on line {line}; each item needs a name of its own (or merge rows of the same name by barcode).</source>
        <translation>Nazwa {item} jest też w wierszu {line}; każdy towar potrzebuje własnej nazwy (albo połącz wiersze o tej samej nazwie według kodów).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name {name}… is too long: a file or folder name can have at most {most} bytes.</source>
        <translation>Nazwa {name}… jest za długa: nazwa pliku lub folderu może mieć najwyżej {most} bajtów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new item {item} is also on line {line}, counted in {unit}.</source>
        <translation>Nowy towar {item} jest też w wierszu {line}, liczony w {unit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number {value} (AI {ai}) in the barcode {code} has a wrong check digit.</source>
        <translation>Numer {value} (AI {ai}) w kodzie {code} ma błędną cyfrę kontrolną.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starts after it ends: {start} to {end}.</source>
        <translation>Okres zaczyna się po swoim końcu: od {start} do {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer queue {queue} did not take the labels within {seconds} seconds.</source>
        <translation>Kolejka drukarki {queue} nie przyjęła etykiet w ciągu {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer queue {queue} refused the labels: {reason}</source>
        <translation>Kolejka drukarki {queue} odrzuciła etykiety: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity {value} is too large: the most is {most}. Was a barcode typed into the quantity field?</source>
        <translation>Ilość {value} jest za duża: najwięcej to {most}. Czy w pole ilości wpisano kod kreskowy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same barcode is given twice.</source>
        <translation>Ten sam kod kreskowy podano dwa razy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan sheet needs at least one code.</source>
        <translation>Arkusz kodów do skanowania wymaga co najmniej jednego kodu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan {code} starts with {prefix}, which is no scanner prefix this warehouse knows; check the scanner&apos;s settings and scan again.</source>
        <translation>Skan {code} zaczyna się od {prefix}, czyli prefiksu skanera, którego ten magazyn nie zna; sprawdź ustawienia skanera i zeskanuj ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached and this laptop does not know the code {code}: put the goods aside and scan them again when the server is back.</source>
        <translation>Serwer jest niedostępny, a ten laptop nie zna kodu {code}: odłóż towar na bok i zeskanuj go ponownie, gdy serwer wróci.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached, so nothing was saved. Until it is back only receiving works: scans are kept on this laptop.</source>
        <translation>Serwer jest niedostępny, więc nic nie zapisano. Dopóki nie wróci, działa tylko przyjmowanie: skany są zachowywane na tym laptopie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not accept connections from this computer (see its pg_hba.conf).</source>
        <translation>Serwer nie przyjmuje połączeń z tego komputera (zob. jego pg_hba.conf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no database called {database}; create it first (createdb {database}).</source>
        <translation>Na serwerze nie ma bazy {database}; najpierw ją utwórz (createdb {database}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no user called {user}.</source>
        <translation>Na serwerze nie ma użytkownika {user}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the user name or password for {user}.</source>
        <translation>Serwer odrzucił nazwę użytkownika lub hasło dla {user}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server wants a password for {user}; type it in the password field.</source>
        <translation>Serwer wymaga hasła dla {user}; wpisz je w polu hasła.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet has no column “{header}”; its columns are: {headers}.</source>
        <translation>Arkusz nie ma kolumny „{header}”; jego kolumny to: {headers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source can be at most 200 characters long.</source>
        <translation>Źródło może mieć najwyżej 200 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station needs a name.</source>
        <translation>Stanowisko musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock in {path} does not match its own ledger; nothing was restored. Choose another backup.</source>
        <translation>Stan magazynu w {path} nie zgadza się z jego własną księgą ruchów; nic nie przywrócono. Wybierz inną kopię zapasową.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock list cannot be sorted by {key}.</source>
        <translation>Listy stanów nie można sortować według {key}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truck file is damaged or incomplete: it is not readable JSON.</source>
        <translation>Plik transportu jest uszkodzony lub niekompletny: to nie jest czytelny JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truck file is damaged or incomplete: its body or checksum is missing.</source>
        <translation>Plik transportu jest uszkodzony lub niekompletny: brakuje jego treści lub sumy kontrolnej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truck file is damaged or was changed after it was written: its checksum does not match.</source>
        <translation>Plik transportu jest uszkodzony lub zmieniono go po zapisaniu: suma kontrolna się nie zgadza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truck&apos;s {field} can be at most {n} characters long.</source>
        <translation>Pole ciężarówki {field} może mieć najwyżej {n} znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two new PINs differ; nothing was changed.</source>
        <translation>Dwa nowe PIN-y się różnią; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The warehouse {field} can be at most {n} characters long.</source>
        <translation>Pole magazynu {field} może mieć najwyżej {n} znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web address {code} is not a GS1 Digital Link that names a product by its GTIN (…/01/GTIN, then 22, 10, 21 in that order).</source>
        <translation>Adres internetowy {code} nie jest linkiem GS1 Digital Link wskazującym produkt przez GTIN (…/01/GTIN, potem 22, 10, 21 w tej kolejności).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight cannot be negative ({value}).</source>
        <translation>Waga nie może być ujemna ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight or price in the in-store code {code} does not match its own check digit; scan it again.</source>
        <translation>Waga lub cena w kodzie sklepowym {code} nie zgadza się z jej cyfrą kontrolną; zeskanuj ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a number, not “{value}”.</source>
        <translation>Pole „{what}” musi być liczbą, a nie „{value}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a number.</source>
        <translation>Pole „{what}” musi być liczbą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must look like 311226, 31.12.2026, 12/2026 or 2026-12-31, not “{value}”.</source>
        <translation>Pole „{what}” wpisz jako 311226, 31.12.2026, 12/2026 lub 2026-12-31, a nie „{value}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} name is too long: a path can have at most {most} bytes.</source>
        <translation>Nazwa w polu „{what}” jest za długa: ścieżka może mieć najwyżej {most} bajtów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} name {path} holds a NUL character; type it again.</source>
        <translation>Nazwa w polu „{what}” {path} zawiera znak NUL; wpisz ją ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} name {path} is not valid text (UTF-8); choose another name.</source>
        <translation>Nazwa w polu „{what}” {path} nie jest poprawnym tekstem (UTF-8); wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {value} has more than three decimal places.</source>
        <translation>Pole „{what}”: {value} ma więcej niż trzy miejsca po przecinku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {value} is not a plausible date: use a year from {first} to {last}.</source>
        <translation>Pole „{what}”: {value} nie jest wiarygodną datą; użyj roku od {first} do {last}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {value} is too large: the most is {most}.</source>
        <translation>Pole „{what}”: {value} to za dużo; najwięcej to {most}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} “{value}” is not valid text (UTF-8); type it again.</source>
        <translation>Pole „{what}”: „{value}” nie jest poprawnym tekstem (UTF-8); wpisz ponownie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no boxes or pallets to print labels for.</source>
        <translation>Nie ma kartonów ani palet, dla których można wydrukować etykiety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no places to print labels for yet; add racks and shelves first.</source>
        <translation>Nie ma jeszcze miejsc do wydrukowania etykiet; najpierw dodaj regały i półki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a place called {name} ({code}); choose another name.</source>
        <translation>Jest już miejsce o nazwie {name} ({code}); wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already an item called {item} in the catalogue; give this one another name, or merge rows of the same name by barcode.</source>
        <translation>W katalogu jest już towar o nazwie {item}; nadaj temu inną nazwę albo połącz wiersze o tej samej nazwie według kodów.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no arriving truck {ref}; register its truck file first (truck arrive).</source>
        <translation>Nie ma przyjeżdżającego transportu {ref}; najpierw zarejestruj jego plik transportu (truck arrive).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no box or pallet {ref}.</source>
        <translation>Nie ma kartonu ani palety {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category number {id}.</source>
        <translation>Nie ma kategorii o numerze {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category {ref}.</source>
        <translation>Nie ma kategorii {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no computer called {host} on this network.</source>
        <translation>W tej sieci nie ma komputera o nazwie {host}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at {path} to back up.</source>
        <translation>W {path} nie ma bazy danych do skopiowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at {path} yet: a new one will be created at the next start.</source>
        <translation>W {path} nie ma jeszcze bazy danych: nowa zostanie utworzona przy następnym uruchomieniu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no donation {ref}.</source>
        <translation>Nie ma darowizny {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no donor {name}.</source>
        <translation>Nie ma darczyńcy {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {file}.</source>
        <translation>Nie ma pliku {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {path}.</source>
        <translation>Nie ma pliku {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no item number {id}.</source>
        <translation>Nie ma towaru o numerze {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no item {ref}.</source>
        <translation>Nie ma towaru {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no location number {id}.</source>
        <translation>Nie ma miejsca o numerze {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no location {ref}.</source>
        <translation>Nie ma miejsca {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no movement kind {kind}.</source>
        <translation>Nie ma rodzaju ruchu {kind}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no movement number {id}.</source>
        <translation>Nie ma ruchu o numerze {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no one to print a badge for.</source>
        <translation>Nie ma nikogo, dla kogo można wydrukować identyfikator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no operator number {id}.</source>
        <translation>Nie ma operatora o numerze {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no operator {name}.</source>
        <translation>Nie ma operatora {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no operator {name}; a manager adds them with: warehouse-app operator add &quot;{name}&quot; --role ROLE.</source>
        <translation>Nie ma operatora {name}; kierownik dodaje go poleceniem: warehouse-app operator add &quot;{name}&quot; --role ROLA.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no printer queue called {queue} on this computer ({reason}).</source>
        <translation>Na tym komputerze nie ma kolejki drukarki o nazwie {queue} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no received scan number {id}.</source>
        <translation>Nie ma przyjętego skanu o numerze {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such day as “{value}”.</source>
        <translation>Nie ma takiego dnia jak „{value}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no truck {ref}.</source>
        <translation>Nie ma ciężarówki {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no {item} at {place}.</source>
        <translation>Brak: {item} w {place}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess (the same digit, a run like 1234, or a common one); choose another.</source>
        <translation>Ten PIN łatwo odgadnąć (ta sama cyfra, ciąg jak 1234 albo popularny PIN); wybierz inny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This arrival confirmation does not match truck {number}: the packages it names are not those that left.</source>
        <translation>To potwierdzenie przyjęcia nie pasuje do transportu {number}: wymienione w nim opakowania nie są tymi, które wyjechały.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This arrival confirmation file has version {version}; this app reads version {known}: update the app.</source>
        <translation>Ten plik potwierdzenia przyjęcia ma wersję {version}; ta aplikacja czyta wersję {known}: zaktualizuj aplikację.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This arrival confirmation has already been imported.</source>
        <translation>To potwierdzenie przyjęcia zostało już zaimportowane.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This arrival confirmation is for truck {number} of another warehouse, not of this one.</source>
        <translation>To potwierdzenie przyjęcia dotyczy transportu {number} innego magazynu, nie tego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no lp command (CUPS), so labels cannot go to a printer queue; choose a network label printer or PDF labels in Settings.</source>
        <translation>Ten komputer nie ma polecenia lp (CUPS), więc etykiety nie mogą trafić do kolejki drukarki; wybierz w Ustawieniach drukarkę sieciową albo etykiety PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds data ({items} items, {donations} donations, {movements} movements, {trucks} trucks); the demo warehouse is loaded only into an empty database.</source>
        <translation>Ta baza danych zawiera już dane ({items} towarów, {donations} darowizn, {movements} ruchów, {trucks} ciężarówek); magazyn demonstracyjny wczytuje się tylko do pustej bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no warehouse location.</source>
        <translation>Ta baza danych nie ma miejsca „magazyn”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no warehouse location; run &apos;warehouse-app db upgrade&apos;.</source>
        <translation>Ta baza danych nie ma miejsca „magazyn”; uruchom &apos;warehouse-app db upgrade&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was upgraded by a newer Aid Warehouse (revision {revision}); update this station.</source>
        <translation>Tę bazę danych zaktualizowała nowsza wersja Magazynu Pomocy (rewizja {revision}); zaktualizuj to stanowisko.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a truck file, not an arrival confirmation file.</source>
        <translation>To jest plik transportu, a nie plik potwierdzenia przyjęcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is an arrival confirmation file, not a truck file.</source>
        <translation>To jest plik potwierdzenia przyjęcia, a nie plik transportu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a truck file of Aid Warehouse.</source>
        <translation>To nie jest plik transportu programu Aid Warehouse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an arrival confirmation file of Aid Warehouse.</source>
        <translation>To nie jest plik potwierdzenia przyjęcia programu Aid Warehouse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item needs an expiry date.</source>
        <translation>Ten towar wymaga daty ważności.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop could not save the scan ({reason}); put the goods aside.</source>
        <translation>Ten laptop nie zdołał zapisać skanu ({reason}); odłóż towar na bok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station has no open donation.</source>
        <translation>To stanowisko nie ma otwartej darowizny.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station prints labels as PDF; choose a label printer in Settings to print them directly.</source>
        <translation>To stanowisko drukuje etykiety jako PDF; wybierz drukarkę etykiet w Ustawieniach, aby drukować je bezpośrednio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This truck file has version {version}; this app reads version {known}: update the app.</source>
        <translation>Ten plik transportu ma wersję {version}; ta aplikacja czyta wersję {known}: zaktualizuj aplikację.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This truck file was written by this warehouse (truck {number}); register it at the receiving hub.</source>
        <translation>Ten plik transportu zapisał ten magazyn (transport {number}); zarejestruj go w magazynie odbiorcy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs for {name}; try again in {seconds} s.</source>
        <translation>Za dużo błędnych PIN-ów dla: {name}; spróbuj ponownie za {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} cannot leave on {departure}: {goods} will have expired by then; unload them.</source>
        <translation>Ciężarówka {number} nie może wyjechać {departure}: {goods} będą wtedy przeterminowane; rozładuj je.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} cannot leave on {departure}: {goods} would leave with less than their minimum shelf life and were loaded without a manager&apos;s override; unload them, or load them again with one.</source>
        <translation>Ciężarówka {number} nie może wyjechać {departure}: {goods} wyjechałyby z krótszym niż minimalny termin ważności i zostały załadowane bez zgody kierownika; rozładuj je albo załaduj ponownie za jego zgodą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} carries {gross} kg, more than its maximum payload of {limit} kg; dispatch it overweight only if you mean to.</source>
        <translation>Ciężarówka {number} wiezie {gross} kg, więcej niż jej maksymalna ładowność {limit} kg; wyślij ją przeładowaną tylko świadomie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} has not been dispatched; no arrival can be confirmed for it.</source>
        <translation>Transport {number} nie został wysłany; nie można potwierdzić jego przyjęcia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} has nothing loaded; there is nothing to dispatch.</source>
        <translation>Ciężarówka {number} jest pusta; nie ma czego wysyłać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} is dispatched; nothing on it can change.</source>
        <translation>Ciężarówka {number} jest wysłana; nic w niej nie można zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} is not dispatched yet; its truck file says what left, so write it after dispatch.</source>
        <translation>Transport {number} nie jest jeszcze wysłany; plik transportu mówi, co wyjechało, więc zapisz go po wysyłce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} was already confirmed as delivered (imported on {day}).</source>
        <translation>Transport {number} został już potwierdzony jako dostarczony (import {day}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {sender_number} from {sender} is already registered here, as truck {number}.</source>
        <translation>Transport {sender_number} od {sender} jest już tu zarejestrowany jako transport {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name of the database on the server.</source>
        <translation>Wpisz nazwę bazy danych na serwerze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the server&apos;s address (a name like db.local or an IP address).</source>
        <translation>Wpisz adres serwera (nazwę jak db.local lub adres IP).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown encoding {encoding}: use cp1250, cp1251, utf-8 or utf-16.</source>
        <translation>Nieznane kodowanie {encoding}: użyj cp1250, cp1251, utf-8 lub utf-16.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown item fields: {fields}.</source>
        <translation>Nieznane pola towaru: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write each scan-sheet entry as CODE=CAPTION, e.g. IT000012=Koc polarowy; got {entry}.</source>
        <translation>Każdą pozycję arkusza kodów wpisz jako KOD=OPIS, np. IT000012=Koc polarowy; podano {entry}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN for {name}.</source>
        <translation>Błędny PIN dla: {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN for {name}; the next try is possible in {seconds} s.</source>
        <translation>Błędny PIN dla: {name}; następna próba będzie możliwa za {seconds} s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot retire yourself.</source>
        <translation>Nie możesz wyłączyć samego siebie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add operators</source>
        <translation>dodawać operatorów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, rename or archive places</source>
        <translation>dodawać, zmieniać nazwy i archiwizować miejsca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjust stock</source>
        <translation>korygować stany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup file</source>
        <translation>plik kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change roles</source>
        <translation>zmieniać role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the warehouse settings</source>
        <translation>zmieniać ustawienia magazynu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change who can work</source>
        <translation>zmieniać, kto może pracować</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check in an arriving truck</source>
        <translation>przyjmować przyjeżdżający transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file</source>
        <translation>plik bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch a truck</source>
        <translation>wysyłać ciężarówki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>data końcowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry date</source>
        <translation>data ważności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import items or donation lists</source>
        <translation>importować towary lub listy darowizn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>towar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load goods under their minimum shelf life</source>
        <translation>ładować towar poniżej minimalnej ważności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load or unload trucks</source>
        <translation>załadowywać i rozładowywać ciężarówki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage operators</source>
        <translation>zarządzać operatorami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum payload</source>
        <translation>maksymalna ładowność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move goods between shelves</source>
        <translation>przenosić towar między półkami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator name</source>
        <translation>imię i nazwisko pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack boxes and pallets</source>
        <translation>pakować kartony i palety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump could not copy the database: {reason}</source>
        <translation>pg_dump nie mógł skopiować bazy danych: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump is not installed on this computer; install the PostgreSQL client tools, or back up on the server.</source>
        <translation>pg_dump nie jest zainstalowany na tym komputerze; zainstaluj narzędzia klienta PostgreSQL albo zrób kopię na serwerze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump wrote something that is not a database copy; nothing was kept.</source>
        <translation>pg_dump zapisał coś, co nie jest kopią bazy danych; niczego nie zachowano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan trucks</source>
        <translation>planować ciężarówki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned departure</source>
        <translation>planowany wyjazd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>ilość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive goods</source>
        <translation>przyjmować towar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a stocktake</source>
        <translation>zapisywać spis z natury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversal</source>
        <translation>wycofanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverse a movement</source>
        <translation>wycofywać ruchy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>data początkowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station name</source>
        <translation>nazwa stanowiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock adjustment</source>
        <translation>korekta stanu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stocktake</source>
        <translation>spis z natury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>waga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write off goods</source>
        <translation>odpisywać towar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write-off</source>
        <translation>odpis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address} is not a printer address; write it as host or host:port, e.g. 192.168.1.50:9100.</source>
        <translation>{address} nie jest adresem drukarki; wpisz go jako host lub host:port, np. 192.168.1.50:9100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{box} holds {box_category}; {item_category} would mix categories. Pack it anyway, or use another box.</source>
        <translation>W {box} jest kategoria {box_category}; {item_category} pomieszałoby kategorie. Spakuj mimo to albo użyj innego kartonu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{box} is already on {pallet}.</source>
        <translation>{box} jest już na {pallet}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{box} is not on a pallet.</source>
        <translation>{box} nie jest na palecie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} cannot weigh {gross} kg: its contents alone weigh {net} kg.</source>
        <translation>{code} nie może ważyć {gross} kg: sama zawartość waży {net} kg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} checked in as damaged.</source>
        <translation>{code} przyjęto jako uszkodzone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} checked in as received.</source>
        <translation>{code} przyjęto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is a {actual}, not a {kind}.</source>
        <translation>{code} to {actual}, a nie {kind}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is a {kind} label, not goods.</source>
        <translation>{code} to etykieta typu {kind}, a nie towar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is a {kind}; put goods back on a shelf, and pack or load them from there.</source>
        <translation>{code} to {kind}; odłóż towar na półkę i stamtąd go pakuj lub ładuj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is already on truck {number}.</source>
        <translation>{code} jest już w ciężarówce {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is empty; pack something before sealing it.</source>
        <translation>{code} jest pusty; spakuj coś przed zamknięciem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is empty; there is nothing to load.</source>
        <translation>{code} jest pusty; nie ma czego ładować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is neither an internal code (like IT000012) nor a valid EAN/UPC/GTIN.</source>
        <translation>{code} nie jest ani kodem wewnętrznym (jak IT000012), ani prawidłowym EAN/UPC/GTIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not a category code: use letters, digits, dots and dashes.</source>
        <translation>{code} nie jest kodem kategorii: użyj liter, cyfr, kropek i myślników.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not a package label of truck {number}.</source>
        <translation>{code} nie jest etykietą opakowania z transportu {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not checked in; there is nothing to take back.</source>
        <translation>{code} nie został przyjęty; nie ma czego cofać.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not on the list of truck {number}; it is recorded as an extra package.</source>
        <translation>{code} nie ma na liście transportu {number}; zapisano je jako opakowanie nadmiarowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not on truck {number}.</source>
        <translation>{code} nie ma w ciężarówce {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not sealed.</source>
        <translation>{code} nie jest zamknięty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is on truck {number}; unload it first.</source>
        <translation>{code} jest w ciężarówce {number}; najpierw go wyładuj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is sealed; reopen it first.</source>
        <translation>{code} jest zamknięty; najpierw go otwórz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} on {pallet} is not sealed.</source>
        <translation>{code} na {pallet} nie jest zamknięty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} was already checked in at {time}.</source>
        <translation>{code} przyjęto już o {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code}: check-in taken back; scan it again when it is there.</source>
        <translation>{code}: przyjęcie cofnięte; zeskanuj ponownie, gdy paczka tu będzie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code}: {reason}</source>
        <translation>{code}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country} is not a two-letter country code such as PL or DE.</source>
        <translation>{country} nie jest dwuliterowym kodem kraju, takim jak PL czy DE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} is not one of: {all}.</source>
        <translation>{currency} nie jest jedną z wartości: {all}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not a detail of a truck.</source>
        <translation>{field} nie jest polem ciężarówki.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read as {encoding} ({why}).</source>
        <translation>Nie można odczytać pliku {file} jako {encoding} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no visible sheet named {sheet}; its sheets are: {sheets}.</source>
        <translation>Plik {file} nie ma widocznego arkusza o nazwie {sheet}; jego arkusze to: {sheets}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no visible sheet to import.</source>
        <translation>Plik {file} nie ma widocznego arkusza do zaimportowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a CSV file that can be read ({why}).</source>
        <translation>{file} nie jest czytelnym plikiem CSV ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not an Excel workbook that can be read ({why}).</source>
        <translation>{file} nie jest czytelnym skoroszytem Excel ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: only .xlsx and .csv files can be imported.</source>
        <translation>{file}: importować można tylko pliki .xlsx i .csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gender} is not one of: {all}.</source>
        <translation>{gender} nie jest jedną z wartości: {all}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hs} is not an HS code (2 to 10 digits, in pairs).</source>
        <translation>{hs} nie jest kodem HS (od 2 do 10 cyfr, parami).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} expired on {expiry}; receive it only if you mean to (it will show as expired in the stock).</source>
        <translation>{item}: termin ważności minął {expiry}; przyjmij tylko świadomie (w stanie magazynu będzie oznaczone jako przeterminowane).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} expires on {expiry}, before the truck leaves on {departure}; expired goods cannot go on a truck, not even with an override.</source>
        <translation>{item} traci ważność {expiry}, przed wyjazdem ciężarówki {departure}; przeterminowane towary nie mogą jechać, nawet za zgodą kierownika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} expires on {expiry}, less than {days} days after the departure on {departure}; load a later lot, or a manager can override with a reason.</source>
        <translation>{item} traci ważność {expiry}, mniej niż {days} dni po wyjeździe {departure}; załaduj późniejszą partię albo kierownik może to zatwierdzić z podaniem powodu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} has no label code to receive it by; give its barcode.</source>
        <translation>{item} nie ma kodu etykiety do przyjęcia; podaj jego kod kreskowy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is already in the catalogue: only this line&apos;s barcodes are added to it.</source>
        <translation>{item} jest już w katalogu: zostaną do niego dodane tylko kody z tego wiersza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is archived; restore it in the catalogue before receiving it.</source>
        <translation>{item} jest w archiwum; przywróć go w katalogu przed przyjęciem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is counted whole, so {qty} is not possible.</source>
        <translation>{item} liczy się w całości, więc {qty} jest niemożliwe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is not in the catalogue; choose a default category for new items, or give a category column.</source>
        <translation>{item} nie ma w katalogu; wybierz domyślną kategorię nowych towarów albo dodaj kolumnę kategorii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} lies at {place} in {n} lots; say which expiry date or lot was counted.</source>
        <translation>{item} leży w {place} w {n} partiach; podaj, którą datę ważności lub partię policzono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} lies in {n} places; say which one to take it from.</source>
        <translation>{item} leży w {n} miejscach; wskaż, z którego wziąć.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} needs an expiry date.</source>
        <translation>{item} wymaga daty ważności.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} is not a container; use box or pallet.</source>
        <translation>{kind} nie jest opakowaniem zbiorczym; użyj box lub pallet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} is not a kind of location; use one of: {kinds}.</source>
        <translation>{kind} nie jest rodzajem miejsca; użyj jednego z: {kinds}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lang} is not a receipt language; use pl, en or uk.</source>
        <translation>{lang} nie jest językiem pokwitowania; użyj pl, en lub uk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lang} is not a report language; use pl, en or uk.</source>
        <translation>{lang} nie jest językiem raportu; użyj pl, en lub uk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be put inside itself.</source>
        <translation>{name} nie może być włożony do samego siebie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has a PIN: give it with --pin-stdin or in WAREHOUSE_PIN.</source>
        <translation>{name} ma PIN: podaj go przez --pin-stdin albo w WAREHOUSE_PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no PIN yet; set one first.</source>
        <translation>{name} nie ma jeszcze PIN-u; najpierw go ustaw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no PIN, and one is needed to {action}: set it with warehouse-app operator pin &quot;{name}&quot;.</source>
        <translation>{name} nie ma PIN-u, a jest on potrzebny, by {action}: ustaw go poleceniem warehouse-app operator pin &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a manager without a PIN; another manager sets it on the Operators page.</source>
        <translation>{name} jest kierownikiem bez PIN-u; ustawia go inny kierownik na stronie Operatorzy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an in-store code layout; choose one of: {all}.</source>
        <translation>{name} nie jest układem kodów sklepowych; wybierz jeden z: {all}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is retired and cannot {action}.</source>
        <translation>{name} już tu nie pracuje i nie może {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is retired; a manager can bring them back with: warehouse-app operator restore &quot;{name}&quot;.</source>
        <translation>{name} już tu nie pracuje; kierownik może go przywrócić poleceniem: warehouse-app operator restore &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is the only manager; make someone else a manager first.</source>
        <translation>{name} to jedyny kierownik; najpierw mianuj kierownikiem kogoś innego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} looks like a barcode, not a person&apos;s name; type a first and last name.</source>
        <translation>{name} wygląda jak kod kreskowy, a nie imię i nazwisko; wpisz imię i nazwisko.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} no longer works here; a badge is printed only for people who do.</source>
        <translation>{name} już tu nie pracuje; identyfikatory drukuje się tylko dla osób, które pracują.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} no longer works here; a manager can bring them back on the Operators page.</source>
        <translation>{name} już tu nie pracuje; kierownik może przywrócić tę osobę na stronie Operatorzy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} still has items; move or archive them first.</source>
        <translation>{name} wciąż ma towary; najpierw je przenieś lub zarchiwizuj.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nip} is not a valid NIP (ten digits with a check digit).</source>
        <translation>{nip} nie jest poprawnym NIP-em (dziesięć cyfr z cyfrą kontrolną).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} rows are wrong, nothing was imported: {first}.</source>
        <translation>Błędne wiersze: {n} z {total}, nic nie zaimportowano: {first}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} is not a label format; use one of: {formats}.</source>
        <translation>{page} nie jest formatem etykiet; użyj jednego z: {formats}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} już istnieje; wybierz nową nazwę pliku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be read as a database ({reason}).</source>
        <translation>Nie można odczytać {path} jako bazy danych ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be restored: {reason}.</source>
        <translation>Nie można przywrócić {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a database, but not one of Aid Warehouse.</source>
        <translation>{path} to baza danych, ale nie programu Magazyn Pomocy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} to folder, a nie plik bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder; name a {what} in it.</source>
        <translation>{path} to folder; podaj w nim pole „{what}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged ({reason}); choose another backup.</source>
        <translation>{path} jest uszkodzony ({reason}); wybierz inną kopię zapasową.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a database backup of Aid Warehouse.</source>
        <translation>{path} nie jest kopią zapasową bazy programu Magazyn Pomocy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a database file.</source>
        <translation>{path} nie jest plikiem bazy danych.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a regular file; choose a file name.</source>
        <translation>{path} nie jest zwykłym plikiem; wybierz nazwę pliku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is the database itself; choose a backup copy.</source>
        <translation>{path} to sama baza danych; wybierz kopię zapasową.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} looks like a database of Aid Warehouse but its tables are not; nothing was restored.</source>
        <translation>{path} wygląda jak baza programu Magazyn Pomocy, ale jej tabele nie są jego; niczego nie przywrócono.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} holds more than {n} lots; count it part by part, or one category at a time.</source>
        <translation>W {place} jest ponad {n} partii; licz częściami albo po jednej kategorii.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is a box, pallet or truck load: goods go into it and out of it only by packing and loading (the Trucks screen, or box pack and truck load).</source>
        <translation>{place} to karton, paleta lub ładunek ciężarówki: towar trafia do niego i z niego wychodzi tylko przez pakowanie i załadunek (ekran Ciężarówki albo box pack i truck load).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is a box, pallet or truck load; it changes on the Trucks screen, not as a place.</source>
        <translation>{place} to karton, paleta lub ładunek ciężarówki; zmienia się go na ekranie Ciężarówki, nie jako miejsce.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is archived; bring it back before adding places to it.</source>
        <translation>{place} jest w archiwum; przywróć je, zanim dodasz w nim miejsca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is archived; goods are no longer put there.</source>
        <translation>{place} jest w archiwum; nie odkłada się tam już towaru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is the warehouse itself; it cannot be archived.</source>
        <translation>{place} to sam magazyn; nie można go zarchiwizować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is where intake puts what it receives; it cannot be archived.</source>
        <translation>{place} to miejsce, do którego przyjęcie odkłada towar; nie można go zarchiwizować.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} sits in an archived place; bring that back first.</source>
        <translation>{place} leży w zarchiwizowanym miejscu; najpierw przywróć tamto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} still holds goods; move them elsewhere before archiving it.</source>
        <translation>W {place} wciąż jest towar; przenieś go gdzie indziej przed archiwizacją.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} still holds {code}; archive or move it first.</source>
        <translation>W {place} wciąż jest {code}; najpierw je zarchiwizuj lub przenieś.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ref} holds nothing to label yet.</source>
        <translation>W {ref} nie ma jeszcze nic do oznakowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ref} matches several categories ({paths}); give the full path or the code.</source>
        <translation>{ref} pasuje do kilku kategorii ({paths}); podaj pełną ścieżkę lub kod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role} is not a role; use one of: {roles}.</source>
        <translation>{role} nie jest rolą; użyj jednej z: {roles}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}</source>
        <translation>{sentence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} is not a thermal label size; use one of: {sizes}.</source>
        <translation>{size} nie jest rozmiarem etykiety termicznej; użyj jednego z: {sizes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit} are counted whole; {value} is not a whole number.</source>
        <translation>{unit} liczy się w całości; {value} nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit} is not a unit; use one of: {units}.</source>
        <translation>{unit} nie jest jednostką; użyj jednej z: {units}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} is not SQLite or PostgreSQL, the two databases this app supports.</source>
        <translation>{url} to nie SQLite ani PostgreSQL, jedyne bazy obsługiwane przez program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} is not a database address this app understands.</source>
        <translation>{url} nie jest adresem bazy danych zrozumiałym dla programu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an amount of money.</source>
        <translation>{value} nie jest kwotą pieniężną.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} left with truck {number}, which is dispatched; nothing on it can change.</source>
        <translation>{what} wyjechało ciężarówką {number}, która jest już wysłana; nic w niej nie można zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} holds other data, not an Aid Warehouse database; choose an empty one.</source>
        <translation>{where} zawiera inne dane, nie bazę Magazynu Pomocy; wybierz pustą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} was made by a newer Aid Warehouse; update this app first.</source>
        <translation>{where} utworzono nowszą wersją Magazynu Pomocy; najpierw zaktualizuj ten program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{signature}” is not a sheet&apos;s header signature.</source>
        <translation>„{signature}” nie jest podpisem nagłówka arkusza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{target}” is not a field the import reads; use one of: {fields}, or ignore.</source>
        <translation>„{target}” nie jest polem czytanym przez import; użyj jednego z: {fields} albo ignore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a column mapping; write it as COLUMN=FIELD, e.g. &quot;Nazwa=name&quot;.</source>
        <translation>„{text}” nie jest przypisaniem kolumny; zapisz je jako KOLUMNA=POLE, np. &quot;Nazwa=name&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not yes or no.</source>
        <translation>„{value}” to nie „tak” ani „nie”.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../warehouse_app/ui/base/texts.py" line="+22"/>
        <source>item</source>
        <translation>towar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>karton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pallet</source>
        <translation>paleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>truck</source>
        <translation>transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warehouse</source>
        <translation>magazyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zone</source>
        <translation>strefa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bin</source>
        <translation>półka</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <location filename="../../warehouse_app/ui/base/formats.py" line="+41"/>
        <source>Main warehouse</source>
        <translation>Magazyn główny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving</source>
        <translation>Przyjęcie towaru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Składowanie</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="+42"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and restoring the copy {file}…</source>
        <translation>Sprawdzanie i przywracanie kopii {file}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was restored: {reason}</source>
        <translation>Niczego nie przywrócono: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from {file}: {levels} stock levels match {rows} ledger rows.</source>
        <translation>Bazę danych przywrócono z {file}: {levels} stanów magazynowych zgadza się z {rows} wierszami rejestru.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database it replaced is kept as {file} in the backups folder.</source>
        <translation>Zastąpiona baza danych jest zachowana jako {file} w folderze kopii.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location line="-185"/>
        <source>An empty warehouse</source>
        <translation>Pusty magazyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is empty. Load a demo warehouse (340 kinds of goods, 12 donations) to try the app?

The demo&apos;s goods are made up and the database is then marked as a demo on every station. Choose No to start with an empty warehouse for real stock.</source>
        <translation>Ta baza danych jest pusta. Wczytać magazyn demonstracyjny (340 rodzajów towarów, 12 darowizn), aby wypróbować aplikację?

Towary demonstracyjne są zmyślone, a baza danych zostanie oznaczona jako demo na każdym stanowisku. Wybierz Nie, aby zacząć od pustego magazynu na prawdziwe zapasy.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the demo warehouse…</source>
        <translation>Wczytywanie magazynu demonstracyjnego…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{name} is a manager and has no PIN yet. Choose one (4 to 8 digits) before working as a manager.</source>
        <translation>{name} jest kierownikiem i nie ma jeszcze PIN-u. Wybierz go (4–8 cyfr), zanim zaczniesz pracę jako kierownik.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrong PIN</source>
        <translation>Błędny PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong PIN three times. Choose your name again, or ask a manager to reset your PIN.</source>
        <translation>Trzy razy błędny PIN. Wybierz ponownie swoje nazwisko albo poproś kierownika o zresetowanie PIN-u.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/widgets/start_window.py" line="+27"/>
        <source>Aid Warehouse cannot start</source>
        <translation>Nie można uruchomić programu Magazyn Pomocy</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/start.py" line="+96"/>
        <source>Aid Warehouse</source>
        <translation>Magazyn Pomocy</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/app.py" line="+118"/>
        <source>The database cannot be opened: {reason}</source>
        <translation>Nie można otworzyć bazy danych: {reason}</translation>
    </message>
</context>
<context>
    <name>trucks</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/load_rows.py" line="+25"/>
        <source>delivered</source>
        <translation>dostarczona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planning</source>
        <translation>planowana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loading</source>
        <translation>załadunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatched</source>
        <translation>wysłana</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{first} and {n} more</source>
        <translation>{first} i jeszcze {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pallet</source>
        <translation>paleta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>karton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box on {pallet}</source>
        <translation>karton na {pallet}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>loose</source>
        <translation>luzem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pieces} + {amount} kg/l</source>
        <translation>{pieces} + {amount} kg/l</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../warehouse_app/ui/base/units.py" line="+10"/>
        <source>pcs</source>
        <translation>szt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packs</source>
        <translation>opak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs</source>
        <translation>par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets</source>
        <translation>kpl.</translation>
    </message>
</context>
</TS>
