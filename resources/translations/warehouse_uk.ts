<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>ArrivalPanel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/arrival_panel.py" line="+64"/>
        <source>Register a truck file…</source>
        <translation>Зареєструвати файл вантажівки…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Етикетка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On pallet</source>
        <translation>На палеті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked at</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note for the next damaged package, e.g. wet corner</source>
        <translation>Примітка до наступного пошкодженого місця, напр. мокрий кут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept with the next package scanned in the Damaged mode, then cleared.</source>
        <translation>Зберігається з наступним місцем, відсканованим у режимі «Пошкоджене», потім очищується.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival report (PDF)…</source>
        <translation>Звіт про прибуття (PDF)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print arrival report…</source>
        <translation>Друкувати звіт про прибуття…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close arrival…</source>
        <translation>Закрити приймання…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save confirmation again…</source>
        <translation>Зберегти підтвердження ще раз…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a loader or a manager can check in an arriving truck.</source>
        <translation>Лише вантажник або керівник може приймати вантажівку, що прибуває.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arriving truck:</source>
        <translation>Вантажівка, що прибуває:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>checking {done} of {all}</source>
        <translation>перевірка: {done} з {all}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No arriving truck yet: press “Register a truck file…” and choose the file the sender gave the driver.</source>
        <translation>Ще немає вантажівки, що прибуває: натисніть «Зареєструвати файл вантажівки…» і виберіть файл, який відправник передав водієві.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Closed: {received} received · {damaged} damaged · {missing} missing · {extra} extra (of %n package(s))</source>
        <translation>
            <numerusform>Закрито: прийнято {received} · пошкоджено {damaged} · бракує {missing} · понад список {extra} (з %n вантажного місця)</numerusform>
            <numerusform>Закрито: прийнято {received} · пошкоджено {damaged} · бракує {missing} · понад список {extra} (з %n вантажних місць)</numerusform>
            <numerusform>Закрито: прийнято {received} · пошкоджено {damaged} · бракує {missing} · понад список {extra} (з %n вантажних місць)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{checked} of %n package(s) checked in · {damaged} damaged · {extra} extra · {left} still to check</source>
        <translation>
            <numerusform>Перевірено {checked} з %n вантажного місця · пошкоджено {damaged} · понад список {extra} · ще перевірити {left}</numerusform>
            <numerusform>Перевірено {checked} з %n вантажних місць · пошкоджено {damaged} · понад список {extra} · ще перевірити {left}</numerusform>
            <numerusform>Перевірено {checked} з %n вантажних місць · пошкоджено {damaged} · понад список {extra} · ще перевірити {left}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pallet</source>
        <translation>палета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>коробка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>прийнято</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>damaged</source>
        <translation>пошкоджено</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>extra</source>
        <translation>понад список</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>not checked yet</source>
        <translation>ще не перевірено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>бракує</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extra, damaged</source>
        <translation>понад список, пошкоджено</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not in the truck file)</source>
        <translation>(немає у файлі вантажівки)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loose goods, not checked by label (counted as received at close): {goods}</source>
        <translation>Товар навалом, без етикеток (при закритті вважається прийнятим): {goods}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an arriving truck below, or register its truck file.</source>
        <translation>Виберіть нижче вантажівку, що прибуває, або зареєструйте її файл.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrival of truck {number} is closed: nothing more can be checked in.</source>
        <translation>Приймання вантажівки {number} закрито: більше нічого не можна прийняти.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next scan checks in a DAMAGED package of truck {number} from {sender}.</source>
        <translation>Наступний скан прийме ПОШКОДЖЕНЕ місце з вантажівки {number} від {sender}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scan checks in a package of truck {number} from {sender}.</source>
        <translation>Наступний скан прийме місце з вантажівки {number} від {sender}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose an arriving truck first.</source>
        <translation>Спершу виберіть вантажівку, що прибуває.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Extra package</source>
        <translation>Місце понад список</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Пошкоджене</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no check-in to take back.</source>
        <translation>Немає прийнятого пакунка, який можна скасувати.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken back</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the truck file</source>
        <translation>Виберіть файл вантажівки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck files (*.json)</source>
        <translation>Файли вантажівки (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Truck {number} from {sender} is registered here with %n package(s): scan each label as it comes off.</source>
        <translation>
            <numerusform>Вантажівку {number} від {sender} зареєстровано (вантажних місць: %n): скануйте кожну етикетку під час розвантаження.</numerusform>
            <numerusform>Вантажівку {number} від {sender} зареєстровано (вантажних місць: %n): скануйте кожну етикетку під час розвантаження.</numerusform>
            <numerusform>Вантажівку {number} від {sender} зареєстровано (вантажних місць: %n): скануйте кожну етикетку під час розвантаження.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Arrival report</source>
        <translation>Звіт про прибуття</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n package(s) are still missing.</source>
        <translation>
            <numerusform>Ще бракує %n вантажного місця.</numerusform>
            <numerusform>Ще бракує %n вантажних місць.</numerusform>
            <numerusform>Ще бракує %n вантажних місць.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Closing puts the goods of %n received and damaged package(s){loose} into this hub&apos;s stock and writes the confirmation for the sender.</source>
        <translation>
            <numerusform>Закриття прийме на склад цього хабу товар з %n прийнятого чи пошкодженого вантажного місця{loose} і запише підтвердження для відправника.</numerusform>
            <numerusform>Закриття прийме на склад цього хабу товар з %n прийнятих і пошкоджених вантажних місць{loose} і запише підтвердження для відправника.</numerusform>
            <numerusform>Закриття прийме на склад цього хабу товар з %n прийнятих і пошкоджених вантажних місць{loose} і запише підтвердження для відправника.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, and the truck&apos;s loose goods,</source>
        <translation> та товар навалом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After that nothing more can be checked in on truck {number}. Close now?</source>
        <translation>Після цього з вантажівки {number} більше нічого не можна буде прийняти. Закрити зараз?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close arrival</source>
        <translation>Закрити приймання</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Save the arrival confirmation for the sender</source>
        <translation>Збережіть підтвердження прибуття для відправника</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Nothing was closed: the confirmation needs a place to be saved.</source>
        <translation>Нічого не закрито: підтвердження треба кудись зберегти.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Closed the arrival of truck {number}: %n line(s) of goods received into stock under donation {donation}.</source>
        <translation>
            <numerusform>Приймання вантажівки {number} закрито: позиції товару прийнято на склад (%n) у пожертві {donation}.</numerusform>
            <numerusform>Приймання вантажівки {number} закрито: позиції товару прийнято на склад (%n) у пожертві {donation}.</numerusform>
            <numerusform>Приймання вантажівки {number} закрито: позиції товару прийнято на склад (%n) у пожертві {donation}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra packages are not in the truck file: open them and receive their goods by scanning.</source>
        <translation>Місць понад список немає у файлі вантажівки: відкрийте їх і прийміть товар скануванням.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The confirmation could not be saved: {reason} Press “Save confirmation again…”.</source>
        <translation>Не вдалося зберегти підтвердження: {reason} Натисніть «Зберегти підтвердження ще раз…».</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Arrival confirmation</source>
        <translation>Підтвердження прибуття</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/backups_page.py" line="+209"/>
        <source>This station works on a PostgreSQL server: the data is backed up on the server itself (ask whoever runs the server how often, and where the copies go).</source>
        <translation>Ця станція працює із сервером PostgreSQL: резервні копії даних робляться на самому сервері (запитайте того, хто ним опікується, як часто і куди потрапляють копії).</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Keep a copy off this laptop: a lost or broken laptop must not take the warehouse with it (the app reminds you at start after a week without one). Back up now writes a checked copy of the database to a folder or USB stick you choose; it is safe while people work.</source>
        <translation>Зберігайте копію поза цим ноутбуком: втрачений чи зламаний ноутбук не повинен забрати склад із собою (після тижня без такої копії програма нагадає про це під час запуску). «Зробити копію зараз» записує перевірену копію бази даних у вибрану теку чи на флешку; це безпечно під час роботи.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up now…</source>
        <translation>Зробити копію зараз…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copies the app makes by itself (the first start of each day, and before an upgrade or a restore):</source>
        <translation>Копії, які програма робить сама (під час першого запуску кожного дня, а також перед оновленням чи відновленням):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Made</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>They are kept in {folder}</source>
        <translation>Вони зберігаються в {folder}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this folder</source>
        <translation>Відкрити цю теку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore puts a copy (one of these, or one from a USB stick) in place of the database: everything recorded after the copy was made is replaced. The app checks the copy first, keeps the database as it is now as a copy “before a restore”, and starts again. Close the app on every other station using this database first.</source>
        <translation>Відновлення ставить копію (одну з цих або з флешки) на місце бази даних: усе, що записано після створення копії, буде замінено. Програма спершу перевіряє копію, зберігає поточну базу як копію «перед відновленням» і запускається знову. Спершу закрийте програму на кожній іншій станції, що використовує цю базу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore a copy…</source>
        <translation>Відновити копію…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a manager can restore a copy.</source>
        <translation>Лише менеджер може відновити копію.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>daily</source>
        <translation>щоденна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before a restore</source>
        <translation>перед відновленням</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before an upgrade</source>
        <translation>перед оновленням</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{size} kB</source>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Where to put the copy (a folder or a USB stick)</source>
        <translation>Куди записати копію (тека чи флешка)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the database…</source>
        <translation>Копіювання бази даних…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy of the database</source>
        <translation>Копію бази даних</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Which copy of the database to restore</source>
        <translation>Яку копію бази даних відновити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database copies (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Копії бази даних (*.sqlite3 *.sqlite *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore this copy?</source>
        <translation>Відновити цю копію?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the copy {file}, saved {when}, in place of the warehouse&apos;s database?

Everything recorded after this copy was made (scans, trucks, people) is replaced by the copy. The database as it is now is kept first, as a copy “before a restore”.

The app closes its screens, checks and restores the copy, and starts again. Every other station using this database must close the app first.</source>
        <translation>Поставити копію {file}, збережену {when}, на місце бази даних складу?

Усе, що записано після створення цієї копії (скани, вантажівки, люди), буде замінено копією. Поточну базу спершу буде збережено як копію «перед відновленням».

Програма закриє свої екрани, перевірить і відновить копію, а потім запуститься знову. Кожна інша станція, що використовує цю базу, має спершу закрити програму.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To carry a copy away from this computer, install the PostgreSQL client tools (pg_dump).</source>
        <translation>Щоб забрати копію з цього комп’ютера, встановіть клієнтські інструменти PostgreSQL (pg_dump).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy with pg_dump writes a copy of the whole database to a folder or USB stick you choose (whoever runs the server restores it with pg_restore); it is safe while people work.</source>
        <translation>Копія через pg_dump записує копію всієї бази даних у вибрану теку або на флешку (той, хто обслуговує сервер, відновлює її через pg_restore); її можна робити під час роботи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy with pg_dump…</source>
        <translation>Копія через pg_dump…</translation>
    </message>
</context>
<context>
    <name>BarcodeListEditor</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/barcode_list.py" line="+58"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units per scan</source>
        <translation>Одиниць за скан</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type or scan a barcode, then Enter</source>
        <translation>Введіть або відскануйте штрихкод, потім Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How many units one scan of this barcode means (a case of 12: 12)</source>
        <translation>Скільки одиниць означає один скан цього коду (коробка по 12: 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units per scan:</source>
        <translation>Одиниць за скан:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove selected</source>
        <translation>Видалити вибраний</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected barcode (Delete)</source>
        <translation>Видалити вибраний штрихкод (Delete)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{code} is a warehouse label, not a product barcode.</source>
        <translation>{code} — це складська етикетка, а не штрихкод товару.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The barcode {code} is already in the list.</source>
        <translation>Штрихкод {code} уже є у списку.</translation>
    </message>
</context>
<context>
    <name>BoxesPanel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/boxes_panel.py" line="+66"/>
        <source>Label</source>
        <translation>Етикетка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pieces</source>
        <translation>Штуки</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Net kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+114"/>
        <source>New box</source>
        <translation>Нова коробка</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+113"/>
        <source>New pallet</source>
        <translation>Нова палета</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Seal box…</source>
        <translation>Запечатати коробку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen box</source>
        <translation>Відкрити коробку знову</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print label</source>
        <translation>Друкувати етикетку</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>pallet</source>
        <translation>палета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>коробка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mixed</source>
        <translation>різні</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No box chosen</source>
        <translation>Коробку не вибрано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press “New box”, or scan a box label, or pick one in the list.</source>
        <translation>Натисніть «Нова коробка», скануйте етикетку коробки або виберіть її у списку.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sealed</source>
        <comment>pallet</comment>
        <translation>запечатана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sealed</source>
        <comment>box</comment>
        <translation>запечатана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <comment>pallet</comment>
        <translation>відкрита</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <comment>box</comment>
        <translation>відкрита</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;p&gt;The new pallet has the label code&lt;/p&gt;&lt;p style=&apos;font-size:28pt&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Print its label now?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Нова палета має код етикетки&lt;/p&gt;&lt;p style=&apos;font-size:28pt&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Надрукувати етикетку зараз?&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;The new box has the label code&lt;/p&gt;&lt;p style=&apos;font-size:28pt&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Print its label now?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Нова коробка має код етикетки&lt;/p&gt;&lt;p style=&apos;font-size:28pt&apos;&gt;&lt;b&gt;{code}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Надрукувати етикетку зараз?&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>sealed</source>
        <translation>запечатано</translation>
    </message>
    <message numerus="yes">
        <location line="-184"/>
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n коробка</numerusform>
            <numerusform>%n коробки</numerusform>
            <numerusform>%n коробок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on {pallet}</source>
        <translation>на {pallet}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pallet</source>
        <translation>Палета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>Коробка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} · {state} · {pieces} pieces · {net} kg net</source>
        <translation>{kind} · {state} · {pieces} шт. · {net} кг нетто</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next scan: a box or pallet label chooses it. Make a new one with “New box”.</source>
        <translation>Наступний скан: етикетка коробки чи палети вибирає її. Нову створіть кнопкою «Нова коробка».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next scan: box labels are TAKEN OFF PALLET {code}; goods are taken off it.</source>
        <translation>Наступний скан: коробки ЗНІМАЮТЬСЯ З ПАЛЕТИ {code}; товар знімається з неї.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scan: goods are TAKEN OUT of box {code}, back to the shelf.</source>
        <translation>Наступний скан: товар ВИЙМАЄТЬСЯ з коробки {code} і повертається на полицю.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scan: box labels go ON PALLET {code}; goods go straight onto it.</source>
        <translation>Наступний скан: коробки йдуть НА ПАЛЕТУ {code}; товар — прямо на неї.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box {code} is sealed. Scan another box label, or press “New box”.</source>
        <translation>Коробку {code} запечатано. Скануйте етикетку іншої коробки або натисніть «Нова коробка».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next scan: goods are PACKED INTO BOX {code}.</source>
        <translation>Наступний скан: товар ПАКУЄТЬСЯ В КОРОБКУ {code}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write this code on it, or print its label.</source>
        <translation>Напишіть на ній цей код або надрукуйте етикетку.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That is a truck label. Trucks are loaded on the “Load truck” tab.</source>
        <translation>Це етикетка вантажівки. Вантажівки завантажують на вкладці «Завантаження».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a box first: scan its label or press “New box”.</source>
        <translation>Спершу виберіть коробку: скануйте її етикетку або натисніть «Нова коробка».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chosen</source>
        <translation>вибрано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>off pallet {pallet}</source>
        <translation>знято з палети {pallet}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on pallet {pallet}</source>
        <translation>на палеті {pallet}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The pallet now carries %n box(es).</source>
        <translation>
            <numerusform>На палеті тепер %n коробка.</numerusform>
            <numerusform>На палеті тепер %n коробки.</numerusform>
            <numerusform>На палеті тепер %n коробок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mix categories?</source>
        <translation>Змішати категорії?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box {box} holds {held}; this is {new}. Border checks expect one category per box.

Put it in this box anyway?</source>
        <translation>У коробці {box}: {held}; це: {new}. На кордоні очікують одну категорію в коробці.

Все одно покласти в цю коробку?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>out of {box}, back to the shelf</source>
        <translation>з коробки {box} назад на полицю</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>into {box}</source>
        <translation>у коробку {box}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expiry {date}</source>
        <translation>придатний до {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box now {pieces} pieces, {net} kg net</source>
        <translation>у коробці зараз {pieces} шт., {net} кг нетто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−{qty} {unit} taken out</source>
        <translation>−{qty} {unit} вийнято</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+{qty} {unit} packed</source>
        <translation>+{qty} {unit} спаковано</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Seal box {box}</source>
        <translation>Запечатати коробку {box}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross weight of box {box} in kg, as the scale shows it (leave empty if not weighed):</source>
        <translation>Вага брутто коробки {box} у кг, як показують ваги (залиште порожнім, якщо не зважували):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{gross} kg gross, {net} kg net</source>
        <translation>{gross} кг брутто, {net} кг нетто</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>open again</source>
        <translation>знову відкрито</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pack or take out goods, then seal it again.</source>
        <translation>Пакуйте або виймайте товар, потім знову запечатайте.</translation>
    </message>
</context>
<context>
    <name>CameraButton</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/camera_view.py" line="+301"/>
        <source>Camera…</source>
        <translation>Камера…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan barcodes with this computer&apos;s camera</source>
        <translation>Сканувати штрихкоди камерою цього комп’ютера</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location line="-238"/>
        <source>Scan with the camera</source>
        <translation>Сканування камерою</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Allow this program to use the camera when the system asks.</source>
        <translation>Коли система запитає, дозвольте цій програмі користуватися камерою.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer does not let the program use the camera. Allow it in the system&apos;s privacy settings (Camera), then press Try again. A USB scanner works as always.</source>
        <translation>Цей комп’ютер не дозволяє програмі користуватися камерою. Дозвольте це в налаштуваннях конфіденційності системи (Камера), потім натисніть «Спробувати ще раз». USB-сканер працює як завжди.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No camera was found on this computer. Connect one and press Try again, or scan with a USB scanner.</source>
        <translation>На цьому комп’ютері не знайдено камери. Під’єднайте камеру й натисніть «Спробувати ще раз» або скануйте USB-сканером.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting the camera…</source>
        <translation>Запуск камери…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold one barcode in the middle of the picture, 10 to 30 cm from the camera.</source>
        <translation>Тримайте один штрихкод посередині зображення, за 10–30 см від камери.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera could not be started ({detail}). Close other programs that use it, such as a video call, and press Try again.</source>
        <translation>Не вдалося запустити камеру ({detail}). Закрийте інші програми, що її використовують, наприклад відеодзвінок, і натисніть «Спробувати ще раз».</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Read {code}. To read it again, take it out of the picture and show it again.</source>
        <translation>Зчитано {code}. Щоб зчитати цей код ще раз, приберіть його із зображення й покажіть знову.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/screen.py" line="+25"/>
        <source>Items</source>
        <translation>Товари</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/app.py" line="+241"/>
        <location filename="../../warehouse_app/ui/screens/catalogue/screen.py" line="+7"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
</context>
<context>
    <name>CategoriesTab</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/categories_tab.py" line="+41"/>
        <source>Add top-level category</source>
        <translation>Додати головну категорію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add subcategory</source>
        <translation>Додати підкатегорію</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>optional, e.g. 1604 (for the customs summary)</source>
        <translation>необов’язково, напр. 1604 (для митного зведення)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: days still needed when a truck leaves</source>
        <translation>необов’язково: скільки днів придатності має лишатися при відправленні</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archived (hidden when choosing a category)</source>
        <translation>В архіві (прихована під час вибору категорії)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save changes (Ctrl+S)</source>
        <translation>Зберегти зміни (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Polish</source>
        <translation>Назва &amp;польською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;English</source>
        <translation>Назва &amp;англійською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Ukrainian</source>
        <translation>Назва &amp;українською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HS code</source>
        <translation>Код &amp;HS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum &amp;shelf life (days)</source>
        <translation>Мінімальний &amp;термін придатності (днів)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parent</source>
        <translation>&amp;Батьківська категорія</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a category on the left.</source>
        <translation>Виберіть категорію ліворуч.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(top level)</source>
        <translation>(верхній рівень)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved: “{name}”.</source>
        <translation>Збережено: «{name}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added: “{name}”.</source>
        <translation>Додано: «{name}».</translation>
    </message>
</context>
<context>
    <name>CategoryPicker</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/category_picker.py" line="+81"/>
        <source>Type to find, e.g. konserwy, консерви, canned</source>
        <translation>Пошук, напр. консерви, konserwy, canned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language or the code; ↓↑ move through the matches, Enter chooses</source>
        <translation>Будь-якою мовою або код; ↓↑ — перехід між збігами, Enter — вибір</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>{name} (archived)</source>
        <translation>{name} (в архіві)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No category matches “{text}”.</source>
        <translation>Жодна категорія не відповідає «{text}».</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/category_model.py" line="+50"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>К-сть</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; min</source>
        <translation>&lt; мін.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤30 d</source>
        <translation>≤30 дн.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤90 d</source>
        <translation>≤90 дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity: all units added together (pieces, kg, litres…)</source>
        <translation>Кількість: усі одиниці разом (штуки, кг, літри…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total weight in kilograms</source>
        <translation>Загальна вага в кілограмах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items whose stock is below their minimum</source>
        <translation>Товари, залишок яких нижчий за мінімум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that expire within 30 days, already expired included</source>
        <translation>Одиниці, термін придатності яких спливає протягом 30 днів, разом із простроченими</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that expire within 90 days, already expired included</source>
        <translation>Одиниці, термін придатності яких спливає протягом 90 днів, разом із простроченими</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>{name}: %n item(s) in stock, {kg} kg</source>
        <translation>
            <numerusform>{name}: %n товар на складі, {kg} кг</numerusform>
            <numerusform>{name}: %n товари на складі, {kg} кг</numerusform>
            <numerusform>{name}: %n товарів на складі, {kg} кг</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) below their minimum stock</source>
        <translation>
            <numerusform>%n товар нижче мінімального залишку</numerusform>
            <numerusform>%n товари нижче мінімального залишку</numerusform>
            <numerusform>%n товарів нижче мінімального залишку</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already expired: {q}</source>
        <translation>Уже прострочено: {q}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expiring within 30 days (expired included): {q}</source>
        <translation>Термін спливає протягом 30 днів (разом із простроченими): {q}</translation>
    </message>
</context>
<context>
    <name>ColumnMap</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/column_map.py" line="+35"/>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title in the file</source>
        <translation>Заголовок у файлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported as</source>
        <translation>Імпортується як</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>(no title)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not imported</source>
        <translation>Не імпортувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column {letter} imported as</source>
        <translation>Стовпець {letter} імпортується як</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown title: not imported. Choose what it is, if it should be.</source>
        <translation>Невідомий заголовок: не імпортується. Виберіть, що це, якщо потрібно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your choice</source>
        <translation>Ваш вибір</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remembered for sheets with these titles</source>
        <translation>Запам’ятовано для аркушів із цими заголовками</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{system} column</source>
        <translation>Стовпець із {system}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{system} column, not used here</source>
        <translation>Стовпець із {system}, тут не використовується</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised by its title</source>
        <translation>Розпізнано за заголовком</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not used here</source>
        <translation>Тут не використовується</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/count_model.py" line="+47"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Партія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected</source>
        <translation>Очікувано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted</source>
        <translation>Пораховано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Різниця</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Found here, but not expected here</source>
        <translation>Знайдено тут, хоча тут не очікувалося</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what you counted; leave blank if you did not count it</source>
        <translation>Введіть, скільки пораховано; залиште порожнім, якщо не рахували</translation>
    </message>
</context>
<context>
    <name>CountSheetCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="+255"/>
        <source>Stock-count sheet (PDF)</source>
        <translation>Аркуш інвентаризації (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A printed list with barcodes to count one place or one category on paper.</source>
        <translation>Друкований список зі штрихкодами, щоб перерахувати одне місце чи категорію на папері.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the place or the category to count.</source>
        <translation>Виберіть місце або категорію для перерахунку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>count sheet</source>
        <translation>аркуш інвентаризації</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/database_page.py" line="+49"/>
        <source>Now working on: {name}</source>
        <translation>Зараз використовується: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The usual file on this computer</source>
        <translation>Звичайний файл на цьому комп’ютері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another SQLite file (e.g. on a USB stick or a shared folder)</source>
        <translation>Інший файл SQLite (напр. на флешці або в спільній теці)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the file with Browse…</source>
        <translation>Виберіть файл кнопкою «Огляд…»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A PostgreSQL server shared by several stations</source>
        <translation>Сервер PostgreSQL, спільний для кількох робочих місць</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server address:</source>
        <translation>Адреса сервера:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database name:</source>
        <translation>Назва бази даних:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Користувач:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is kept in this computer&apos;s settings, readable by anyone who logs in as you. Leave it empty if the server lets this computer in without one (a .pgpass file, or trust).</source>
        <translation>Пароль зберігається в налаштуваннях цього комп’ютера, і його може прочитати будь-хто, хто увійде під вашим обліковим записом. Залиште порожнім, якщо сервер пускає цей комп’ютер без пароля (файл .pgpass або trust).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A new database takes effect when the app restarts (unless it is started with --db or WAREHOUSE_DB).</source>
        <translation>Нова база даних почне діяти після перезапуску програми (якщо її не запущено з --db або WAREHOUSE_DB).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test connection</source>
        <translation>Перевірити з’єднання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this database from the next start</source>
        <translation>Використовувати цю базу з наступного запуску</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The database file (an existing one, or a new name)</source>
        <translation>Файл бази даних (наявний або нова назва)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid Warehouse database (*.sqlite3 *.db);;All files (*)</source>
        <translation>База даних Складу допомоги (*.sqlite3 *.db);;Усі файли (*)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trying the database… (at most a few seconds)</source>
        <translation>Перевірка бази даних… (щонайбільше кілька секунд)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved. The app opens this database when it restarts.</source>
        <translation>Збережено. Програма відкриє цю базу після перезапуску.</translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/putaway/donation_dialog.py" line="+37"/>
        <source>Move all from Receiving</source>
        <translation>Перенести все з приймання</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a donation: everything of it still at Receiving moves to {place}.</source>
        <translation>Виберіть пожертву: усе, що з неї ще є на прийманні, переїде до {place}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Придатне до</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move all to {place}</source>
        <translation>Перенести все до {place}</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>{number} · {donor} · %n line(s)</source>
        <translation>
            <numerusform>{number} · {donor} · %n рядок</numerusform>
            <numerusform>{number} · {donor} · %n рядки</numerusform>
            <numerusform>{number} · {donor} · %n рядків</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no donor named</source>
        <translation>без дарувальника</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No donation has goods waiting at Receiving.</source>
        <translation>Жодна пожертва не має товару, що чекає на прийманні.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n line(s) at {place}</source>
        <translation>
            <numerusform>%n рядок у: {place}</numerusform>
            <numerusform>%n рядки у: {place}</numerusform>
            <numerusform>%n рядків у: {place}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationHeader</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/intake/donation_header.py" line="+44"/>
        <source>Search or type a new donor (optional)</source>
        <translation>Знайдіть або введіть нового благодійника (необов’язково)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. parish collection, school, company</source>
        <translation>напр. парафіяльний збір, школа, фірма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anything worth remembering about this delivery</source>
        <translation>Усе, що варто запам’ятати про цю поставку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close donation</source>
        <translation>Закрити пожертву</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where did it go?</source>
        <translation>Куди це потрапило?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where every item of this donation is now: on a shelf, packed, on a truck, delivered or written off.</source>
        <translation>Де зараз кожна річ із цієї пожертви: на полиці, запакована, на вантажівці, доставлена чи списана.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donor:</source>
        <translation>Благодійник:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No donation open: the first scan opens a new one.</source>
        <translation>Немає відкритої пожертви: перший скан відкриє нову.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donation {number}</source>
        <translation>Пожертва {number}</translation>
    </message>
</context>
<context>
    <name>DonationLinesModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/intake/lines_model.py" line="+43"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expiry</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Партія</translation>
    </message>
</context>
<context>
    <name>DonationsCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="-133"/>
        <source>Donations report (Excel)</source>
        <translation>Звіт про пожертви (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What came in during a period, by donor and by category.</source>
        <translation>Що надійшло за період, за благодійниками та категоріями.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export donations report…</source>
        <translation>Експортувати звіт про пожертви…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>donations report</source>
        <translation>звіт про пожертви</translation>
    </message>
</context>
<context>
    <name>DonorDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/donor_dialog.py" line="+32"/>
        <source>Donor details</source>
        <translation>Дані донора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street and number
Postcode and town</source>
        <translation>Вулиця і номер
Індекс і місто</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NIP, e.g. 526-000-12-46 (or a foreign tax id)</source>
        <translation>NIP, напр. 526-000-12-46 (або іноземний податковий номер)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Donor:</source>
        <translation>Донор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адреса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax id (NIP):</source>
        <translation>&amp;Податковий номер (NIP):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on this donor&apos;s receipts.</source>
        <translation>Друкується на квитанціях цього донора.</translation>
    </message>
</context>
<context>
    <name>DonorReportCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/impact_cards.py" line="+40"/>
        <source>Donor impact report (PDF)</source>
        <translation>Звіт для благодійника: куди потрапила пожертва (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A letter for one donor, in their language: where their gifts of a period went, what still waits and what was written off, and a thank-you.</source>
        <translation>Лист одному благодійнику його мовою: куди потрапили його пожертви за період, що ще чекає, що списано — і подяка.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Donor:</source>
        <translation>Благодійник:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the donor first.</source>
        <translation>Спершу виберіть благодійника.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>donor report</source>
        <translation>звіт для благодійника</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/expiry_dialog.py" line="+27"/>
        <source>Expiry date</source>
        <translation>Термін придатності</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} needs an expiry date. Type it as printed on the goods:</source>
        <translation>{item} потребує терміну придатності. Введіть його, як надруковано на товарі:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 311226, 31.12.2026 or 12/2026</source>
        <translation>напр. 311226, 31.12.2026 або 12/2026</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A month alone (12/2026) means its last day.</source>
        <translation>Лише місяць (12/2026) означає його останній день.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>= {date}</source>
        <translation>= {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>= {date} (already past)</source>
        <translation>= {date} (уже минула)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{reason}
The scan waits: correct the date and press Enter, or Esc to receive nothing.</source>
        <translation>{reason}
Скан чекає: виправте дату й натисніть Enter або Esc, щоб нічого не приймати.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the expiry date first and press Enter: the scan waits until then.</source>
        <translation>Спочатку введіть термін придатності й натисніть Enter: доти скан чекає.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the date and press Enter (or type another one): the scan waits until then.</source>
        <translation>Перевірте дату й натисніть Enter (або введіть іншу): доти скан чекає.</translation>
    </message>
</context>
<context>
    <name>ExportCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="-73"/>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Друкувати…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period ends before it starts: check the two dates.</source>
        <translation>Період закінчується раніше, ніж починається: перевірте обидві дати.</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <location filename="../../warehouse_app/ui/base/export_job.py" line="+147"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show in folder</source>
        <translation>Показати в теці</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+112"/>
        <source>Save {what}</source>
        <translation>Зберегти: {what}</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Writing {what} to {name}…</source>
        <translation>Запис ({what}) у {name}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing {what} for printing…</source>
        <translation>Підготовка до друку: {what}…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what} saved as {name} in {folder}</source>
        <translation>{what} — збережено як {name} у {folder}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export cancelled, nothing was saved.</source>
        <translation>Експорт скасовано, нічого не збережено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name} in {folder}</source>
        <translation>Збережено {name} у {folder}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>The export failed: {reason}</source>
        <translation>Експорт не вдався: {reason}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The pages of {what} could not be read for printing.</source>
        <translation>Не вдалося прочитати сторінки для друку: {what}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Printing {what} on {printer}…</source>
        <translation>Друк: {what} на {printer}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Printing {what} was cancelled.</source>
        <translation>Друк скасовано: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was printed: the printer {printer} did not take the pages.</source>
        <translation>Нічого не надруковано: принтер {printer} не прийняв сторінки.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n page(s) of {what} sent to {printer}.</source>
        <translation>
            <numerusform>{what}: надіслано %n сторінку на {printer}.</numerusform>
            <numerusform>{what}: надіслано %n сторінки на {printer}.</numerusform>
            <numerusform>{what}: надіслано %n сторінок на {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="+3"/>
        <location filename="../../warehouse_app/ui/screens/history/screen.py" line="+138"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/history/screen.py" line="-83"/>
        <source>name or code</source>
        <translation>назва або код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. D-2026-00042</source>
        <translation>напр. D-2026-00042</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. T-2026-0042</source>
        <translation>напр. T-2026-0042</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all kinds</source>
        <translation>усі види</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Item</source>
        <translation>&amp;Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;nation</source>
        <translation>По&amp;жертва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Truck</source>
        <translation>Вантажі&amp;вка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Station</source>
        <translation>Робоче &amp;місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To d&amp;ay</source>
        <translation>П&amp;о день</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Donor</source>
        <translation>&amp;Донор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;perator</source>
        <translation>О&amp;ператор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From day</source>
        <translation>&amp;З дня</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;lear filters</source>
        <translation>О&amp;чистити фільтри</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load &amp;more</source>
        <translation>Завантажити &amp;ще</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Експорт в Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reverse…</source>
        <translation>&amp;Сторнувати…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a manager can reverse a movement.</source>
        <translation>Лише керівник може сторнувати рух.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>any day</source>
        <translation>будь-який день</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The first day is after the last one; change one of the dates.</source>
        <translation>Перший день пізніший за останній; змініть одну з дат.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n newest row(s) shown; more match.</source>
        <translation>
            <numerusform>Показано %n найновіший рядок; підходить більше.</numerusform>
            <numerusform>Показано %n найновіші рядки; підходить більше.</numerusform>
            <numerusform>Показано %n найновіших рядків; підходить більше.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n рядок.</numerusform>
            <numerusform>%n рядки.</numerusform>
            <numerusform>%n рядків.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ledger history</source>
        <translation>Історія руху товарів</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>item</source>
        <translation>товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donor</source>
        <translation>донор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donation</source>
        <translation>пожертва</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>truck</source>
        <translation>вантажівка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>station</source>
        <translation>робоче місце</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reverse movement {number}</source>
        <translation>Сторнувати рух № {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is movement {number} ({kind}, {quantity} of {item}) being reversed?</source>
        <translation>Чому рух № {number} ({kind}, {quantity} – {item}) сторнується?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was reversed: a reversal needs a reason.</source>
        <translation>Нічого не сторновано: для сторнування потрібна причина.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reverse movement</source>
        <translation>Сторнувати рух</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse movement {number}? A reversal row undoes it; the original stays in the history.</source>
        <translation>Сторнувати рух № {number}? Запис сторнування скасує його; початковий запис залишиться в історії.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Movement {number} was reversed.</source>
        <translation>Рух № {number} сторновано.</translation>
    </message>
</context>
<context>
    <name>ImpactCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/impact_cards.py" line="-54"/>
        <source>Where the donations went (Excel)</source>
        <translation>Куди потрапили пожертви (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every donor of a period: what they gave, how much has left and for where, what was delivered, what still waits here and what was written off.</source>
        <translation>Для кожного благодійника за період: що передав, скільки вже вирушило і куди, що доставлено, що ще чекає на складі і що списано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export impact sheet…</source>
        <translation>Експортувати таблицю «куди потрапили»…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>impact sheet</source>
        <translation>таблицю «куди потрапили пожертви»</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/import_dialog.py" line="+74"/>
        <source>Import items</source>
        <translation>Імпорт товарів</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import a donation list</source>
        <translation>Імпорт списку пожертви</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: {name}</source>
        <translation>Файл: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encoding: detect</source>
        <translation>Кодування: визначити</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the file…</source>
        <translation>Читання файлу…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only rows with a problem</source>
        <translation>Показати лише рядки з проблемою</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip the rows with a problem (they are not imported)</source>
        <translation>Пропустити рядки з проблемою (їх не буде імпортовано)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired goods may come in (they show as expired in the stock)</source>
        <translation>Прострочені товари можна прийняти (на складі їх буде позначено як прострочені)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows with the same name become one item with all their barcodes (a name already in the catalogue gets the barcodes)</source>
        <translation>Рядки з однаковою назвою стають одним товаром з усіма їхніми штрихкодами (товар із такою назвою в каталозі отримує ці коди)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create the goods that are not in the catalogue</source>
        <translation>Створити товари, яких немає в каталозі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category of new goods: from the file only</source>
        <translation>Категорія нових товарів: лише з файлу</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Donor, if the file does not name one</source>
        <translation>Благодійник, якщо у файлі його не вказано</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stop</source>
        <translation>Зупинити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the import; nothing is imported.</source>
        <translation>Зупинити імпорт; нічого не буде імпортовано.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+236"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>{name} · {category} · {unit} · lines {lines}</source>
        <translation>{name} · {category} · {unit} · рядки {lines}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New items to create: %n (nothing is written before you press Import)</source>
        <translation>
            <numerusform>Нові товари для створення: %n (нічого не записується, доки ви не натиснете «Імпортувати»)</numerusform>
            <numerusform>Нові товари для створення: %n (нічого не записується, доки ви не натиснете «Імпортувати»)</numerusform>
            <numerusform>Нові товари для створення: %n (нічого не записується, доки ви не натиснете «Імпортувати»)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>UTF-8 (with BOM)</source>
        <translation>UTF-8 (з BOM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноєвропейське)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилиця)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read sheet ‘{sheet}’</source>
        <translation>Прочитано аркуш «{sheet}»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encoding {encoding}</source>
        <translation>кодування {encoding}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample: {sample}</source>
        <translation>зразок: {sample}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s encoding is not clear. As Windows-1250 (Polish) it reads: “{cp1250}”; as Windows-1251 (Cyrillic): “{cp1251}”. Choose the encoding that reads right.</source>
        <translation>Кодування файлу неясне. Як Windows-1250 (польське) він читається: «{cp1250}»; як Windows-1251 (кирилиця): «{cp1251}». Виберіть кодування, у якому текст читається правильно.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the file&apos;s encoding to read it.</source>
        <translation>Виберіть кодування файлу, щоб його прочитати.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No row among the first {n} has column titles the import knows; row {line} was taken as the titles. Choose below what each column is.</source>
        <translation>Жоден із перших {n} рядків не має відомих заголовків стовпців; заголовками взято рядок {line}. Виберіть нижче, що означає кожен стовпець.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column titles: row {line}.</source>
        <translation>Заголовки стовпців: рядок {line}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sheet from {system}: its columns are read as {system} means them.</source>
        <translation>Аркуш із {system}: стовпці читаються так, як їх розуміє {system}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown columns, not imported: {columns}.</source>
        <translation>Невідомі стовпці, не імпортуються: {columns}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column gives the quantity: each line is received as 1.</source>
        <translation>Жоден стовпець не вказує кількість: кожен рядок буде прийнято як 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your column choices are remembered for sheets with these titles when you import.</source>
        <translation>Ваш вибір стовпців буде запам’ятовано для аркушів із цими заголовками після імпорту.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file has no rows to import.</source>
        <translation>У файлі немає рядків для імпорту.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is one the import reads: choose above what each column is.</source>
        <translation>Жоден стовпець не читається імпортом: виберіть вище, що означає кожен стовпець.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{valid} rows can be imported; {invalid} have a problem (in red). Fix the file and open it again, or skip those rows.</source>
        <translation>Рядків для імпорту: {valid}; з проблемою (червоним): {invalid}. Виправте файл і відкрийте його знову або пропустіть ці рядки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All {valid} rows can be imported.</source>
        <translation>Усі рядки ({valid}) можна імпортувати.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file cannot be read: {reason}</source>
        <translation>Не вдається прочитати файл: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Import and create %n items</source>
        <translation>
            <numerusform>Імпортувати й створити %n товар</numerusform>
            <numerusform>Імпортувати й створити %n товари</numerusform>
            <numerusform>Імпортувати й створити %n товарів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can import: it changes the catalogue and stock.</source>
        <translation>Лише керівник може імпортувати: це змінює каталог і залишки.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Importing…</source>
        <translation>Імпортування…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping…</source>
        <translation>Зупинення…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items imported: {n}. Rows skipped: {skipped}.</source>
        <translation>Імпортовано товарів: {n}. Пропущено рядків: {skipped}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lines received into donation {donation}: {n}. Rows skipped: {skipped}.</source>
        <translation>Позицій прийнято в пожертву {donation}: {n}. Пропущено рядків: {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New items created: %n.</source>
        <translation>
            <numerusform>Створено нових товарів: %n.</numerusform>
            <numerusform>Створено нових товарів: %n.</numerusform>
            <numerusform>Створено нових товарів: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported: {reason}</source>
        <translation>Нічого не імпортовано: {reason}</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/intake/screen.py" line="+84"/>
        <source>Type a barcode or label code and press Enter</source>
        <translation>Введіть штрихкод або код етикетки й натисніть Enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo last scan (Ctrl+Z)</source>
        <translation>Скасувати останній скан (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quantity:</source>
        <translation>Кількість:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a number and then scan to receive that many. Type a number and press Enter to correct the last scan.</source>
        <translation>Введіть число, а потім скануйте, щоб прийняти стільки одиниць. Введіть число й натисніть Enter, щоб виправити останній скан.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This donation</source>
        <translation>Ця пожертва</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Intake</source>
        <translation>Приймання</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>+{qty} {unit} (corrected)</source>
        <translation>+{qty} {unit} (виправлено)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+{qty} {unit} received</source>
        <translation>+{qty} {unit} прийнято</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>expiry {date}</source>
        <translation>придатний до {date}</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>+{qty} {unit} kept</source>
        <translation>+{qty} {unit} збережено</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{item} has no unit weight: add it in the Catalogue (F4), or the truck papers cannot weigh it.</source>
        <translation>{item} не має ваги одиниці: додайте її в Каталозі (F4), інакше документи вантажівки не вкажуть її ваги.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>lot {lot}</source>
        <translation>партія {lot}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {qty} {unit} at {place}</source>
        <translation>зараз {qty} {unit} у: {place}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Expired goods</source>
        <translation>Прострочені товари</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive them anyway?</source>
        <translation>Усе одно прийняти?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The goods are expired and were not received.</source>
        <translation>Товари прострочені й не були прийняті.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No expiry date was given, so nothing was received.</source>
        <translation>Термін придатності не вказано, тому нічого не прийнято.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The new item was not added, so nothing was received.</source>
        <translation>Новий товар не додано, тому нічого не прийнято.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The last scan is kept on this laptop until the server is back, so its quantity cannot be changed: undo it (Ctrl+Z) and scan again with the quantity typed first.</source>
        <translation>Останнє сканування чекає на цьому ноутбуці, доки сервер не повернеться, тож його кількість змінити не можна: скасуйте його (Ctrl+Z) і скануйте знову, спершу ввівши кількість.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../warehouse_app/ui/screens/putaway/screen.py" line="+251"/>
        <source>Now scan the goods: the quantity {qty} is used for the next scan.</source>
        <translation>Тепер скануйте товар: кількість {qty} буде застосована до наступного скану.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undone: the last kept scan</source>
        <translation>Скасовано: останнє збережене сканування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was taken off this laptop and will not be sent.</source>
        <translation>Його прибрано з цього ноутбука, і воно не буде надіслане.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last scan has been sent to the server already, so it cannot be undone here.</source>
        <translation>Останнє сканування вже надіслано на сервер, тож тут його скасувати не можна.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no scan to undo.</source>
        <translation>Немає скану, який можна скасувати.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undone: {item}</source>
        <translation>Скасовано: {item}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{qty} {unit} taken back off the donation.</source>
        <translation>{qty} {unit} вилучено з пожертви.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>This donation: %n line(s)</source>
        <translation>
            <numerusform>Ця пожертва: %n позиція</numerusform>
            <numerusform>Ця пожертва: %n позиції</numerusform>
            <numerusform>Ця пожертва: %n позицій</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Close donation</source>
        <translation>Закрити пожертву</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close donation {number}? Its lines stay in the stock; the next scan opens a new donation.</source>
        <translation>Закрити пожертву {number}? Її позиції залишаються на складі; наступний скан відкриє нову пожертву.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Donation {number} is closed.</source>
        <translation>Пожертву {number} закрито.</translation>
    </message>
</context>
<context>
    <name>ItemDetailPane</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/detail_pane.py" line="+48"/>
        <location line="+71"/>
        <source>Select an item to see its lots and places.</source>
        <translation>Виберіть товар, щоб побачити його партії та місця.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Write off…</source>
        <translation>Списати…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager can write off goods.</source>
        <translation>Лише керівник може списувати товар.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In stock</source>
        <translation>На складі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minimum</source>
        <translation>Мінімум</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit weight</source>
        <translation>Вага одиниці</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcodes</source>
        <translation>Штрихкоди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label code</source>
        <translation>Код етикетки</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Expiry</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Партія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>nothing in stock</source>
        <translation>немає на складі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kg} kg</source>
        <translation>{kg} кг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none (use the label code)</source>
        <translation>немає (використовуйте код етикетки)</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/item_dialog.py" line="+65"/>
        <source>Edit item</source>
        <translation>Редагувати товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New item</source>
        <translation>Новий товар</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the goods are, e.g. Tuna in oil 170 g</source>
        <translation>напр. Тунець в олії 170 г</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional; printed on the border papers beside the name</source>
        <translation>необов’язково; друкується в документах для кордону поруч із назвою</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>необов’язково</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the unit (↓)</source>
        <translation>Виберіть одиницю (↓)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional, e.g. 0,45</source>
        <translation>необов’язково, напр. 0,45</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has an expiry date (asked for at intake)</source>
        <translation>Має термін придатності (запит при прийманні)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: warn when stock falls below</source>
        <translation>необов’язково: поріг попередження</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. M, 42, 110–116</source>
        <translation>напр. M, 42, 110–116</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>optional, two letters: PL, DE</source>
        <translation>необов’язково, дві літери: PL, DE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, one unit, e.g. 12,50</source>
        <translation>необов’язково, за одиницю, напр. 12,50</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter saves · Esc cancels · Tab moves to the next field</source>
        <translation>Enter — зберегти · Esc — скасувати · Tab — наступне поле</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New goods with the barcode {code}: type what they are, choose the category and the unit, then press Enter.</source>
        <translation>Новий товар зі штрихкодом {code}: введіть, що це, виберіть категорію та одиницю, потім натисніть Enter.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>No category chosen yet</source>
        <translation>Категорію ще не вибрано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the category&apos;s: {code}</source>
        <translation>як у категорії: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional, e.g. 6201</source>
        <translation>необов’язково, напр. 6201</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In &amp;Ukrainian</source>
        <translation>&amp;Українською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;English</source>
        <translation>&amp;Англійською</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Category</source>
        <translation>&amp;Категорія</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unit</source>
        <translation>&amp;Одиниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;weight (kg)</source>
        <translation>&amp;Вага одиниці (кг)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Minimum stock</source>
        <translation>&amp;Мінімальний залишок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;ze</source>
        <translation>&amp;Розмір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For</source>
        <translation>&amp;Для кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HS code</source>
        <translation>Код &amp;УКТ ЗЕД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of &amp;origin</source>
        <translation>Країна &amp;походження</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Value per unit</source>
        <translation>&amp;Вартість за одиницю</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Barcodes</source>
        <translation>Штрихкоди</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>pieces (pcs)</source>
        <translation>штуки (шт.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kilograms (kg)</source>
        <translation>кілограми (кг)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>litres (l)</source>
        <translation>літри (л)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packs</source>
        <translation>уп.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pairs</source>
        <translation>пар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sets</source>
        <translation>компл.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>men</source>
        <translation>чоловіки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>women</source>
        <translation>жінки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unisex</source>
        <translation>унісекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>children</source>
        <translation>діти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anyone</source>
        <translation>для всіх</translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/items_tab.py" line="+66"/>
        <source>Search by name, barcode or label code (Ctrl+F) — or scan</source>
        <translation>Пошук за назвою, штрихкодом або кодом етикетки (Ctrl+F) — або скануйте</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show archived</source>
        <translation>Показати архівні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New item (Ctrl+N)</source>
        <translation>Новий товар (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit (Enter)</source>
        <translation>Редагувати (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+216"/>
        <source>Archive</source>
        <translation>В архів</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>New item with this barcode</source>
        <translation>Новий товар із цим штрихкодом</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Showing {shown} of {total} matches — type more to narrow</source>
        <translation>Показано {shown} з {total} — введіть більше, щоб звузити</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No items match “{text}”.</source>
        <translation>Жоден товар не відповідає «{text}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No items.</source>
        <translation>Немає товарів.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товари</numerusform>
            <numerusform>%n товарів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The barcode {code} is not in the catalogue yet.</source>
        <translation>Штрихкоду {code} ще немає в каталозі.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Found by scan: {name}</source>
        <translation>Знайдено скануванням: {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved: “{name}”.</source>
        <translation>Збережено: «{name}».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Archive {name}? It will no longer be offered for intake; its stock and history stay.</source>
        <translation>Перенести {name} в архів? Товар більше не пропонуватиметься під час приймання; залишки та історія зберігаються.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore {name} to the active catalogue?</source>
        <translation>Повернути {name} до активного каталогу?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive item</source>
        <translation>Перенести товар в архів</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore item</source>
        <translation>Відновити товар</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived: “{name}”.</source>
        <translation>Перенесено в архів: «{name}».</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored: “{name}”.</source>
        <translation>Відновлено: «{name}».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/items_model.py" line="+49"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit weight</source>
        <translation>Вага одиниці</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min. stock</source>
        <translation>Мін. залишок</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcodes</source>
        <translation>Штрихкоди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>В архіві</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{kg} kg</source>
        <translation>{kg} кг</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} (×{pack})</source>
        <translation>{code} (×{pack})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks for an expiry date at intake</source>
        <translation>Запитує термін придатності під час приймання</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No expiry date</source>
        <translation>Без терміну придатності</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label code {code}</source>
        <translation>Код етикетки {code}</translation>
    </message>
</context>
<context>
    <name>LabelPrinterPage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/label_printer_page.py" line="+29"/>
        <source>Box and pallet labels on this computer</source>
        <translation>Етикетки коробок і палет на цьому комп’ютері</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF: save it and print it like any document</source>
        <translation>PDF: зберегти й надрукувати, як будь-який документ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal printer (ZPL) through a printer queue</source>
        <translation>Термопринтер (ZPL) через чергу принтера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thermal printer (ZPL) on the network (raw port)</source>
        <translation>Термопринтер (ZPL) у мережі (raw-порт)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print labels as:</source>
        <translation>Друкувати етикетки як:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the queue&apos;s name, e.g. Zebra_ZD421</source>
        <translation>назва черги, напр. Zebra_ZD421</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer queue:</source>
        <translation>Черга принтера:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 192.168.1.50 or zebra-1:9100</source>
        <translation>напр. 192.168.1.50 або zebra-1:9100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network address:</source>
        <translation>Мережева адреса:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>203 dpi (8 dots per mm)</source>
        <translation>203 dpi (8 точок на мм)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>300 dpi (12 dots per mm)</source>
        <translation>300 dpi (12 точок на мм)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution:</source>
        <translation>Роздільність:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label size:</source>
        <translation>Розмір етикетки:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A thermal printer prints each label as it is sent: no PDF, no print dialog. The queue is the printer&apos;s name in this computer&apos;s printers (on Windows it needs pywin32); a network printer takes labels on its raw port, 9100 unless you write another after a colon. Resolution and size must match the printer and its labels: print a test label to check before saving.</source>
        <translation>Термопринтер друкує кожну етикетку одразу після надсилання: без PDF і без вікна друку. Черга — це назва принтера серед принтерів цього комп’ютера (у Windows потрібен pywin32); мережевий принтер приймає етикетки на raw-порту, 9100, якщо після двокрапки не вказано інший. Роздільність і розмір мають відповідати принтеру та його етикеткам: перед збереженням надрукуйте тестову етикетку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print a test label</source>
        <translation>Надрукувати тестову етикетку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the label printer</source>
        <translation>Зберегти принтер етикеток</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the name of the printer queue the labels go to.</source>
        <translation>Введіть назву черги принтера, куди надсилати етикетки.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending the test label…</source>
        <translation>Надсилання тестової етикетки…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test label was sent. Check that its texts are sharp and inside the label, and that its barcode scans as {code}.</source>
        <translation>Тестову етикетку надіслано. Перевірте, чи написи чіткі й уміщаються на етикетці, а штрихкод сканується як {code}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved; labels are printed this way from now on.</source>
        <translation>Збережено; відтепер етикетки друкуються так.</translation>
    </message>
</context>
<context>
    <name>LastScanPanel</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/last_scan.py" line="+59"/>
        <source>Ready to scan</source>
        <translation>Готово до сканування</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan a barcode, or type a quantity first and then scan.</source>
        <translation>Скануйте штрихкод або спершу введіть кількість, а потім скануйте.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not received</source>
        <translation>Не прийнято</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sentence}
Scanned: {code}</source>
        <translation>{sentence}
Відскановано: {code}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved on this laptop — will be sent when the server is back</source>
        <translation>Збережено на цьому ноутбуці — буде надіслано, коли сервер повернеться</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/history/ledger_model.py" line="+29"/>
        <source>receipt</source>
        <translation>надходження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move</source>
        <translation>переміщення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjustment</source>
        <translation>коригування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write-off</source>
        <translation>списання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch</source>
        <translation>відправлення</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversal</source>
        <translation>сторнування</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot / expiry</source>
        <translation>Партія / термін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Звідки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Куди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donation</source>
        <translation>Пожертва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Truck</source>
        <translation>Вантажівка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Station</source>
        <translation>Робоче місце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reversed</source>
        <translation>Сторновано</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>reversed by {number}</source>
        <translation>сторновано записом № {number}</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/lot_dialog.py" line="+22"/>
        <source>Which lot?</source>
        <translation>Яка партія?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item}: several lots may go on this truck. The first expires first.</source>
        <translation>{item}: на цю вантажівку можуть поїхати кілька партій. Перша спливає найраніше.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no expiry date</source>
        <translation>без терміну придатності</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{expiry} · lot {lot} · {qty} on the shelves</source>
        <translation>{expiry} · партія {lot} · {qty} на полицях</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../warehouse_app/ui/main_window.py" line="+41"/>
        <source>DEMO — not real stock</source>
        <translation>ДЕМО — не справжні запаси</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid Warehouse</source>
        <translation>Склад допомоги</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This station, the database, the warehouse, the operators, backups and the label printer (Ctrl+,)</source>
        <translation>Це робоче місце, база даних, склад, оператори, резервні копії та принтер етикеток (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manager</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loader</source>
        <translation>вантажник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staff</source>
        <translation>працівник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator: {name} ({role})</source>
        <translation>Оператор: {name} ({role})</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Station: {name}</source>
        <translation>Робоче місце: {name}</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Database: {name}</source>
        <translation>База даних: {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Offline: %n scan(s) waiting</source>
        <translation>
            <numerusform>Немає зв’язку: чекає %n сканування</numerusform>
            <numerusform>Немає зв’язку: чекають %n сканування</numerusform>
            <numerusform>Немає зв’язку: чекають %n сканувань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sending %n kept scan(s)…</source>
        <translation>
            <numerusform>Надсилання %n збереженого сканування…</numerusform>
            <numerusform>Надсилання %n збережених сканувань…</numerusform>
            <numerusform>Надсилання %n збережених сканувань…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept scan(s) refused: for a manager</source>
        <translation>
            <numerusform>%n збережене сканування відхилено: для керівника</numerusform>
            <numerusform>%n збережені сканування відхилено: для керівника</numerusform>
            <numerusform>%n збережених сканувань відхилено: для керівника</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No copy of the database has been made off this laptop yet — Settings › Backups</source>
        <translation>Копію бази даних поза цим ноутбуком ще не зроблено — Налаштування › Резервні копії</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Last copy off this laptop: %n day(s) ago — Settings › Backups</source>
        <translation>
            <numerusform>Остання копія поза цим ноутбуком: %n день тому — Налаштування › Резервні копії</numerusform>
            <numerusform>Остання копія поза цим ноутбуком: %n дні тому — Налаштування › Резервні копії</numerusform>
            <numerusform>Остання копія поза цим ноутбуком: %n днів тому — Налаштування › Резервні копії</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../warehouse_app/ui/base/message_bar.py" line="+37"/>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>NewCategoryDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/catalogue/category_dialog.py" line="+37"/>
        <source>Add subcategory</source>
        <translation>Додати підкатегорію</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add category</source>
        <translation>Додати категорію</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under: {path}</source>
        <translation>У категорії: {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new top-level category.</source>
        <translation>Нова головна категорія.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. FOOD.FISH: capitals, digits, dots</source>
        <translation>напр. FOOD.FISH: A–Z, цифри, крапки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made from the English or Polish name; type your own if you like</source>
        <translation>Утворюється з англійської або польської назви; можна ввести свій</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name in &amp;Polish</source>
        <translation>Назва &amp;польською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;English</source>
        <translation>Назва &amp;англійською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in &amp;Ukrainian</source>
        <translation>Назва &amp;українською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One name is enough; the others start as a copy of it.</source>
        <translation>Досить однієї назви; інші спершу стануть її копією.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/operator_dialog.py" line="+32"/>
        <source>Who is working?</source>
        <translation>Хто працює?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer starts the warehouse app for the first time. Give this station a name people will recognise (e.g. Intake 1, Loading dock):</source>
        <translation>Цей комп&apos;ютер запускає застосунок складу вперше. Дайте цьому робочому місцю назву, яку люди впізнають (напр. Приймання 1, Рампа завантаження):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Station name:</source>
        <translation>Назва робочого місця:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan your badge, choose your name, or type it if you are new:</source>
        <translation>Відскануйте свій бейдж, виберіть своє ім&apos;я або введіть його, якщо ви тут новенькі:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Station {station}. Scan your badge, choose your name, or type it if you are new:</source>
        <translation>Робоче місце {station}. Відскануйте свій бейдж, виберіть своє ім&apos;я або введіть його, якщо ви тут новенькі:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manager</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loader</source>
        <translation>вантажник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>staff</source>
        <translation>працівник</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New here? Type your first and last name</source>
        <translation>Уперше тут? Введіть ім’я та прізвище</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start working</source>
        <translation>Почати роботу</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{code} is a goods barcode, not a badge: it is kept and will be received once someone is working.</source>
        <translation>{code} — це штрихкод товару, а не бейдж: його збережено, і його буде прийнято, щойно хтось почне роботу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type this station&apos;s name first, then scan your badge again.</source>
        <translation>Спершу введіть назву робочого місця, потім відскануйте бейдж ще раз.</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/operators_page.py" line="+41"/>
        <source>staff</source>
        <translation>працівник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loader</source>
        <translation>вантажник</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manager</source>
        <translation>керівник</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Staff receive and move goods; loaders also load trucks; managers also write off, count stock, change settings and manage people. A manager types a PIN at start.</source>
        <translation>Працівники приймають і переміщують товар; вантажники також завантажують вантажівки; керівники ще й списують, проводять інвентаризацію, змінюють налаштування та керують людьми. Керівник під час запуску вводить PIN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Works here</source>
        <translation>Працює тут</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give this role</source>
        <translation>Надати цю роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <location line="+47"/>
        <source>Retire</source>
        <translation>Деактивувати</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Set or reset PIN…</source>
        <translation>Встановити або скинути PIN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print badges for those chosen…</source>
        <translation>Друкувати бейджі вибраних…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person chosen above:</source>
        <translation>Особа, вибрана вище:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person</source>
        <translation>Додати особу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First and last name</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A badge carries the person&apos;s name, role and a barcode: scanning it at start logs them in (a manager still types the PIN).</source>
        <translation>Бейдж містить ім&apos;я, роль і штрихкод: сканування його під час запуску реєструє цю людину (керівник усе одно вводить PIN).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print badges for everyone…</source>
        <translation>Друкувати бейджі для всіх…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>retired</source>
        <translation>деактивовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set</source>
        <translation>встановлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Bring back</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the new person&apos;s name first.</source>
        <translation>Спершу введіть ім’я нової особи.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} can now choose their name at start.</source>
        <translation>{name} тепер може вибрати своє ім’я під час запуску.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A manager needs a PIN. Let {name} type a PIN of 4 to 8 digits now (twice); they will type it at every start.</source>
        <translation>Керівникові потрібен PIN. Нехай {name} зараз введе PIN із 4–8 цифр (двічі); його треба буде вводити під час кожного запуску.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is now: {role}.</source>
        <translation>{name} тепер має роль: {role}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retire {name}? They can no longer sign in; their name stays on what they did, and Bring back undoes this.</source>
        <translation>Деактивувати {name}? Ця людина більше не зможе увійти; її ім’я залишиться на тому, що вона зробила, а «Повернути» скасовує це.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} works here again.</source>
        <translation>{name} знову тут працює.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is retired; their name stays on what they did.</source>
        <translation>{name} деактивовано; ім’я залишається в записах про виконані дії.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} has a new PIN.</source>
        <translation>{name} має новий PIN.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Badges</source>
        <translation>Бейджі</translation>
    </message>
</context>
<context>
    <name>PickListDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/pick_list_dialog.py" line="+24"/>
        <source>Pick list for {truck}</source>
        <translation>Список комплектації для {truck}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should this truck carry? One line per item: a barcode, label code or name, then = and the quantity. Scanning goods adds a line. What is on the truck already counts.</source>
        <translation>Що має везти ця вантажівка? Один рядок на товар: штрихкод, код етикетки або назва, далі = і кількість. Сканування товару додає рядок. Те, що вже у вантажівці, враховується.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pick list</source>
        <translation>Список комплектації</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/pin_dialog.py" line="+20"/>
        <source>New PIN for {name}</source>
        <translation>Новий PIN для: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN for {name}</source>
        <translation>PIN для: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a PIN of 4 to 8 digits for {name} (not 1234, 0000 or the like).</source>
        <translation>Виберіть PIN із 4–8 цифр для: {name} (не 1234, 0000 чи подібний).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a manager. Type your PIN:</source>
        <translation>{name} — керівник. Введіть свій PIN:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New PIN:</source>
        <translation>Новий PIN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same PIN again:</source>
        <translation>Той самий PIN ще раз:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the PIN first.</source>
        <translation>Спершу введіть PIN.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>PIN-коди різняться; введіть той самий двічі.</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/putaway/places_tab.py" line="+44"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Етикетка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units here</source>
        <translation>Одиниць тут</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show archived places</source>
        <translation>Показати архівні місця</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add zone…</source>
        <translation>Додати зону…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add rack or shelf…</source>
        <translation>Додати стелаж або полицю…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Archive</source>
        <translation>В архів</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Print label…</source>
        <translation>Друкувати етикетку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print all labels…</source>
        <translation>Друкувати всі етикетки…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a manager can add, rename or archive places.</source>
        <translation>Лише керівник може додавати, перейменовувати й архівувати місця.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>warehouse</source>
        <translation>склад</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rack or shelf</source>
        <translation>стелаж або полиця</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place} (archived)</source>
        <translation>{place} (в архіві)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Bring back</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New zone</source>
        <translation>Нова зона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New rack or shelf</source>
        <translation>Новий стелаж або полиця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (inside {place}):</source>
        <translation>Назва (у: {place}):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added {place}, label {code}.</source>
        <translation>Додано {place}, етикетка {code}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rename place</source>
        <translation>Перейменувати місце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name for {place}:</source>
        <translation>Нова назва для {place}:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed to {place}; its label stays {code}.</source>
        <translation>Нова назва: {place}; етикетка лишається {code}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{place} is back in use.</source>
        <translation>{place} знову використовується.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Archive place</source>
        <translation>Архівувати місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive {place}? It leaves the lists and takes no goods until it is brought back.</source>
        <translation>Архівувати {place}? Воно зникне зі списків і не прийматиме товар, доки його не повернуть.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{place} is archived.</source>
        <translation>{place} в архіві.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Place labels</source>
        <translation>Етикетки місць</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/preview_model.py" line="+21"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight (kg)</source>
        <translation>Вага (кг)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Has expiry date</source>
        <translation>Має термін придатності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum</source>
        <translation>Мінімум</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lot</source>
        <translation>Партія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Ukrainian</source>
        <translation>Назва українською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in English</source>
        <translation>Назва англійською</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>Код УКТ ЗЕД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of origin</source>
        <translation>Країна походження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value per unit</source>
        <translation>Вартість за одиницю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case barcode</source>
        <translation>Штрихкод коробки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per case</source>
        <translation>Одиниць у коробці</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../warehouse_app/ui/base/printing.py" line="+186"/>
        <source>Print preview: {what}</source>
        <translation>Попередній перегляд друку: {what}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save these pages as a PDF file.</source>
        <translation>Зберегти ці сторінки як файл PDF.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No printer is installed on this computer, so nothing can be printed here. Save PDF… keeps these pages as a file to print on another computer; or add a printer in the system settings and press Print again.</source>
        <translation>На цьому комп’ютері не встановлено жодного принтера, тож тут нічого не надрукувати. «Зберегти PDF…» збереже ці сторінки як файл, щоб надрукувати на іншому комп’ютері; або додайте принтер у налаштуваннях системи й знову натисніть «Друк».</translation>
    </message>
</context>
<context>
    <name>PutAwayScreen</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="+1"/>
        <location filename="../../warehouse_app/ui/screens/putaway/screen.py" line="-123"/>
        <location line="+18"/>
        <source>Put away</source>
        <translation>Розміщення</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/putaway/screen.py" line="-66"/>
        <source>Type a barcode or label code and press Enter</source>
        <translation>Введіть штрихкод або код етикетки й натисніть Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo last put-away (Ctrl+Z)</source>
        <translation>Скасувати останнє розміщення (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move all from Receiving…</source>
        <translation>Перенести все з приймання…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quantity:</source>
        <translation>Кількість:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan a place label first, then the goods: each scan moves one (or the scanned pack, or the number typed first) from Receiving to that place.</source>
        <translation>Спершу скануйте етикетку місця, потім товар: кожне сканування переносить одну одиницю (або скановану упаковку, або кількість, введену заздалегідь) з приймання на це місце.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Put away at this station</source>
        <translation>Розміщено на цій станції</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{code} is a box, pallet or truck label. Boxes and pallets stand where packing and loading put them (the Trucks screen); here, scan loose goods.</source>
        <translation>{code} — етикетка коробки, палети або вантажівки. Коробки й палети стоять там, де їх поставили пакування і завантаження (екран «Вантажівки»); тут скануйте окремий товар.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a place label (LC…) first: it says where the goods go.</source>
        <translation>Спершу скануйте етикетку місця (LC…): вона каже, куди йде товар.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Putting away to</source>
        <translation>Розміщення до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now scan the goods.</source>
        <translation>Тепер скануйте товар.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scan a place label (LC…) to choose where the goods go</source>
        <translation>Скануйте етикетку місця (LC…), щоб вибрати, куди йде товар</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Putting away to: {place}</source>
        <translation>Розміщення до: {place}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from {place}</source>
        <translation>з: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expiry {date}</source>
        <translation>придатне до {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {qty} {unit} at {place}</source>
        <translation>тепер {qty} {unit} у: {place}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{qty} {unit} put away</source>
        <translation>розміщено {qty} {unit}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No place was chosen, so nothing was moved.</source>
        <translation>Місце не вибрано, тож нічого не перенесено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not moved</source>
        <translation>Не перенесено</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no put-away to undo.</source>
        <translation>Немає розміщення, яке можна скасувати.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Undone: {item}</source>
        <translation>Скасовано: {item}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The goods are back where they were.</source>
        <translation>Товар повернувся туди, де був.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>donation {number}</source>
        <translation>пожертва {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s) moved</source>
        <translation>
            <numerusform>перенесено %n рядок</numerusform>
            <numerusform>перенесено %n рядки</numerusform>
            <numerusform>перенесено %n рядків</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now at {place}</source>
        <translation>тепер у: {place}</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/base/language.py" line="+24"/>
        <source>&amp;Look in:</source>
        <extracomment>Words of Qt 6&apos;s own file dialog that Qt&apos;s catalogues (qtbase_pl, qtbase_uk) still lack (Qt 6 added the &quot;&amp;&quot; mnemonics, so &quot;Look in:&quot; no longer matches): our catalogue carries them under Qt&apos;s context, and Qt looks there when its own has nothing.</extracomment>
        <translation>&amp;Перегляд в:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлів:</translation>
    </message>
</context>
<context>
    <name>ReceiptCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="+53"/>
        <source>Donation receipt (PDF)</source>
        <translation>Квитанція про пожертву (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thank-you receipt for a donor: what we received from them and when.</source>
        <translation>Квитанція з подякою для благодійника: що й коли ми від нього отримали.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Donor&apos;s address and NIP…</source>
        <translation>Адреса і NIP донора…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where did it go?</source>
        <translation>Куди це потрапило?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where every item of the chosen donation is now.</source>
        <translation>Де зараз кожна річ із вибраної пожертви.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donation:</source>
        <translation>Пожертва:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no donor named)</source>
        <translation>(благодійника не вказано)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(still open)</source>
        <translation>(ще відкрита)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>There is no donation yet to make a receipt for.</source>
        <translation>Ще немає пожертви, для якої можна створити квитанцію.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>donation receipt</source>
        <translation>квитанція про пожертву</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="-2"/>
        <location filename="../../warehouse_app/ui/screens/reports/screen.py" line="+91"/>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/screen.py" line="+3"/>
        <source>Import from a spreadsheet (xlsx or csv)</source>
        <translation>Імпорт з електронної таблиці (xlsx або csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import items…</source>
        <translation>Імпортувати товари…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import donation list…</source>
        <translation>Імпортувати список пожертви…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New kinds of goods for the catalogue. Columns: name, category, unit, barcode, weight_kg, tracks_expiry, min_stock.</source>
        <translation>Нові види товарів для каталогу. Стовпці: name, category, unit, barcode, weight_kg, tracks_expiry, min_stock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A donor&apos;s list of what they bring; it is received as one donation. Columns: barcode (or internal code), quantity, expiry, lot, donor.</source>
        <translation>Список благодійника з тим, що він привозить; приймається як одна пожертва. Стовпці: barcode (або внутрішній код), quantity, expiry, lot, donor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You see every row and its problem first; nothing is imported until you press Import.</source>
        <translation>Спершу ви бачите кожен рядок і його проблему; нічого не імпортується, доки ви не натиснете «Імпортувати».</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Only a manager can import: it changes the catalogue and stock.</source>
        <translation>Лише керівник може імпортувати: це змінює каталог і залишки.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Count sheet: {place} chosen; now press Print… or Save PDF…</source>
        <translation>Аркуш інвентаризації: вибрано {place}; тепер натисніть «Друкувати…» або «Зберегти PDF…»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{item} ticked for the scan sheet.</source>
        <translation>{item} позначено для аркуша кодів.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Here a scan picks a place to count (its label) or an item without a barcode for the scan sheet (its IT code). To receive goods, go to Intake (F2).</source>
        <translation>Тут скан вибирає місце для перерахунку (його етикетку) або товар без штрихкоду для аркуша кодів (його код IT). Щоб прийняти товар, перейдіть до Приймання (F2).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose the items file</source>
        <translation>Виберіть файл із товарами</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the donation list</source>
        <translation>Виберіть список пожертви</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Електронні таблиці (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/scan_bar.py" line="+64"/>
        <source>Load</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unload</source>
        <translation>Розвантажити</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ask which lot</source>
        <translation>Питати партію</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For goods with several lots that may go on the truck: choose the lot after each scan (the one expiring first is offered first).</source>
        <translation>Для товарів з кількома партіями, які можуть поїхати: оберіть партію після кожного сканування (першою пропонується та, що спливає найраніше).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type a code and press Enter</source>
        <translation>Код, потім Enter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quantity:</source>
        <translation>Кількість:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type how many, then scan the goods.</source>
        <translation>Введіть скільки, потім скануйте товар.</translation>
    </message>
</context>
<context>
    <name>ScanSheetCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="+68"/>
        <source>Scan sheet (PDF)</source>
        <translation>Аркуш кодів для сканування (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcodes to scan from a laminated sheet, for goods without their own (blankets, T-shirt sizes). Tick items, or type CODE=caption lines.</source>
        <translation>Коди для сканування з ламінованого аркуша, для товарів без власного коду (ковдри, розміри футболок). Позначте товари або введіть рядки КОД=підпис.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find an item…</source>
        <translation>Знайти товар…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Untick all</source>
        <translation>Зняти всі позначки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One label each on the label printer</source>
        <translation>По одній етикетці на принтері етикеток</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To stick on the goods: the label printer of Settings › Label printer.</source>
        <translation>Щоб наклеїти на товар: принтер із Налаштування › Принтер етикеток.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One per line, e.g. IT000123=Blanket, wool</source>
        <translation>По одному в рядку, напр. IT000123=Ковдра вовняна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items:</source>
        <translation>Товари:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More lines:</source>
        <translation>Інші рядки:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{n} ticked</source>
        <translation>Позначено: {n}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No items with an internal code only.</source>
        <translation>Немає товарів лише з внутрішнім кодом.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tick at least one item or type a CODE=caption line.</source>
        <translation>Позначте принаймні один товар або введіть рядок КОД=підпис.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Sent %n item label(s) to the label printer.</source>
        <translation>
            <numerusform>Надіслано %n етикетку товару на принтер етикеток.</numerusform>
            <numerusform>Надіслано %n етикетки товарів на принтер етикеток.</numerusform>
            <numerusform>Надіслано %n етикеток товарів на принтер етикеток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scan sheet</source>
        <translation>аркуш кодів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan sheet</source>
        <translation>Аркуш кодів</translation>
    </message>
</context>
<context>
    <name>ScanWaitingNote</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/base/scan_hub.py" line="+56"/>
        <source>%n scan(s) waiting: they will be used when this window closes.</source>
        <translation>
            <numerusform>%n скан чекає: його буде використано, коли це вікно закриється.</numerusform>
            <numerusform>%n скани чекають: їх буде використано, коли це вікно закриється.</numerusform>
            <numerusform>%n сканів чекають: їх буде використано, коли це вікно закриється.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/screen.py" line="+28"/>
        <source>A barcode was scanned, but this screen does not use scans. Go to Intake (F2) to receive goods.</source>
        <translation>Відскановано штрихкод, але цей екран не працює зі сканами. Перейдіть до Приймання (F2), щоб прийняти товар.</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/set_aside_dialog.py" line="+31"/>
        <source>Kept scans the server refused</source>
        <translation>Збережені сканування, які сервер відхилив</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These scans were saved on this laptop while the server was away, and refused when they were sent. Nothing of them was received: fix the cause (for example restore the item), scan the goods again, then remove them from this list.</source>
        <translation>Ці сканування збережено на цьому ноутбуці, поки сервер був недоступний, і відхилено під час надсилання. Нічого з них не прийнято: усуньте причину (наприклад, відновіть товар), проскануйте товар знову, а потім приберіть їх із цього списку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scanned</source>
        <translation>Скановано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was refused</source>
        <translation>Чому відхилено</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dealt with: remove them from the list</source>
        <translation>Вирішено: прибрати їх зі списку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager can remove them from the list.</source>
        <translation>Лише керівник може прибрати їх зі списку.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/dialog.py" line="+22"/>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This station</source>
        <translation>Це робоче місце</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warehouse</source>
        <translation>Склад</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Operators</source>
        <translation>Оператори</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can manage operators.</source>
        <translation>Лише керівник може керувати операторами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label printer</source>
        <translation>Принтер етикеток</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/putaway/source_dialog.py" line="+16"/>
        <source>{place} ({code}) · {qty} · first expiry {expiry}</source>
        <translation>{place} ({code}) · {qty} · найраніше придатне до {expiry}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no expiry date</source>
        <translation>без терміну придатності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take it from where?</source>
        <translation>Звідки взяти?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} lies in several places. The first holds what expires first.</source>
        <translation>{item} лежить у кількох місцях. У першому — те, що найраніше втрачає придатність.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/start_window.py" line="+29"/>
        <source>Aid Warehouse</source>
        <translation>Склад допомоги</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the warehouse…</source>
        <translation>Відкриваємо склад…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can scan already: scans made now are kept and used as soon as it is open.</source>
        <translation>Уже можна сканувати: відскановані зараз коди збережено, їх буде використано, щойно склад відкриється.</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/station_page.py" line="+36"/>
        <source>This computer</source>
        <translation>Цей комп’ютер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the system (now: {lang})</source>
        <translation>Як у системі (зараз: {lang})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect when the app restarts.</source>
        <translation>Нова мова почне діяти після перезапуску програми.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stamped on every movement made here, e.g. intake-1 or loading-dock</source>
        <translation>Записується в кожній операції, зробленій тут, напр. intake-1 або рампа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station name:</source>
        <translation>Назва робочого місця:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A6 sheet (105 × 148 mm)</source>
        <translation>Аркуш A6 (105 × 148 мм)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100 × 150 mm label printer</source>
        <translation>Принтер етикеток 100 × 150 мм</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 sheet, several labels per page</source>
        <translation>Аркуш A4, кілька етикеток на сторінці</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Box and pallet labels:</source>
        <translation>Етикетки коробок і палет:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barcode scanner</source>
        <translation>Сканер штрихкодів</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keys closer together than this are a scan; people type slower. Raise it if scans end up typed into fields.</source>
        <translation>Натискання, частіші за це, — це скан; люди друкують повільніше. Збільште, якщо скани потрапляють у поля як введений текст.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest gap between keys of one scan:</source>
        <translation>Найдовша пауза між клавішами одного скану:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or Tab</source>
        <translation>Enter або Tab</translation>
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
        <translation>Сканер завершує код клавішею:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the scanner as a US keyboard, whatever the keyboard layout (recommended)</source>
        <translation>Читати сканер як клавіатуру US, незалежно від розкладки (рекомендовано)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beep after each scan</source>
        <translation>Звуковий сигнал після кожного скану</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The station name, the scanner, the sound and the label format take effect as soon as you save; the language when the app restarts.</source>
        <translation>Назва робочого місця, сканер, звук і формат етикеток діють одразу після збереження; мова — після перезапуску програми.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save this station&apos;s settings</source>
        <translation>Зберегти налаштування робочого місця</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The station needs a name, e.g. intake-1; nothing was saved.</source>
        <translation>Робоче місце повинно мати назву, напр. intake-1; нічого не збережено.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. The new language takes effect when the app restarts.</source>
        <translation>Збережено. Нова мова почне діяти після перезапуску програми.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved; in use from now on.</source>
        <translation>Збережено; діє відтепер.</translation>
    </message>
</context>
<context>
    <name>StockCard</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="-279"/>
        <source>Stock sheet (Excel)</source>
        <translation>Відомість залишків (Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything in stock by category and item, with lots, expiry dates and places; low stock and goods expiring soon are marked.</source>
        <translation>Усі залишки за категоріями й товарами, з партіями, термінами придатності та місцями; низькі залишки й товари, термін яких скоро спливає, позначено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export stock sheet…</source>
        <translation>Експортувати відомість залишків…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stock sheet</source>
        <translation>відомість залишків</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="-3"/>
        <location filename="../../warehouse_app/ui/screens/stock/screen.py" line="+73"/>
        <source>Stock</source>
        <translation>Залишки</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/screen.py" line="+7"/>
        <location line="+181"/>
        <source>All places</source>
        <translation>Усі місця</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Search item names…</source>
        <translation>Пошук за назвою товару…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only items in stock</source>
        <translation>Лише товари на складі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Untick to see the whole catalogue, e.g. items at 0 below their minimum</source>
        <translation>Зніміть позначку, щоб побачити весь каталог, напр. товари з нульовим залишком нижче мінімуму</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stocktake…</source>
        <translation>Інвентаризація…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+244"/>
        <source>Only a manager can record a stocktake.</source>
        <translation>Лише керівник може записати інвентаризацію.</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>Refresh (Ctrl+R)</source>
        <translation>Оновити (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>below minimum</source>
        <translation>нижче мінімуму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires within 30 days</source>
        <translation>термін спливає протягом 30 днів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товари</numerusform>
            <numerusform>%n товарів</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Showing {item}.</source>
        <translation>Показано: {item}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only a manager can write off goods.</source>
        <translation>Лише керівник може списувати товар.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/item_model.py" line="+62"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min.</source>
        <translation>Мін.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>≤30 d</source>
        <translation>≤30 дн.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to sort by name</source>
        <translation>Клацніть, щоб сортувати за назвою</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to sort by category</source>
        <translation>Клацніть, щоб сортувати за категорією</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to sort by quantity</source>
        <translation>Клацніть, щоб сортувати за кількістю</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight in kilograms</source>
        <translation>Вага в кілограмах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum stock: below it the row is highlighted</source>
        <translation>Мінімальний залишок: нижче нього рядок виділяється</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earliest expiry date in stock; click to sort</source>
        <translation>Найближчий термін придатності на складі; клацніть, щоб сортувати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units that expire within 30 days, already expired included</source>
        <translation>Одиниці, термін придатності яких спливає протягом 30 днів, разом із простроченими</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>? no unit weight</source>
        <translation>? немає ваги одиниці</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Below the minimum stock of {min} {unit}</source>
        <translation>Нижче мінімального залишку {min} {unit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some of it expired on {date}</source>
        <translation>Частина прострочена з {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some of it expires on {date}</source>
        <translation>Термін придатності частини спливає {date}</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/stocktake_dialog.py" line="+47"/>
        <source>Stocktake</source>
        <translation>Інвентаризація</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the place you count…</source>
        <translation>Виберіть місце, яке рахуєте…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scan a barcode here, or type it and press Enter</source>
        <translation>Скануйте тут штрихкод або введіть його й натисніть Enter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Required, e.g. monthly count of the racks</source>
        <translation>Обов’язково, напр. щомісячний перерахунок стелажів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record differences</source>
        <translation>Записати розбіжності</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Place:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category:</source>
        <translation>Категорія:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan:</source>
        <translation>Скан:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose the place you count first: {code} was not counted.</source>
        <translation>Спочатку виберіть місце, яке рахуєте: {code} не пораховано.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{item}: counted {n} {unit}</source>
        <translation>{item}: пораховано {n} {unit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record or close the count to choose another place.</source>
        <translation>Запишіть або закрийте перерахунок, щоб вибрати інше місце.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines: {lines} · counted: {counted} · different: {diff}</source>
        <translation>Позиції: {lines} · пораховано: {counted} · з розбіжністю: {diff}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a manager can record a stocktake.</source>
        <translation>Лише керівник може записати інвентаризацію.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every counted line matches the stock; there is nothing to record.</source>
        <translation>Кожна порахована позиція збігається із залишком; записувати нічого.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Stocktake of {place} recorded: %n line(s) corrected.</source>
        <translation>
            <numerusform>Інвентаризацію {place} записано: виправлено %n позицію.</numerusform>
            <numerusform>Інвентаризацію {place} записано: виправлено %n позиції.</numerusform>
            <numerusform>Інвентаризацію {place} записано: виправлено %n позицій.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <location filename="../../warehouse_app/ui/widgets/trace_view.py" line="+97"/>
        <source>Where did it go?</source>
        <translation>Куди це потрапило?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Per item: left + still here + written off = received</source>
        <translation>За товарами: вирушило + чекає на складі + списано = отримано</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+122"/>
        <location line="+71"/>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left</source>
        <translation>Вирушило</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>of which delivered</source>
        <translation>з них доставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still here</source>
        <translation>Чекає на складі</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+143"/>
        <source>Written off</source>
        <translation>Списано</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Donor report (PDF)…</source>
        <translation>Звіт для благодійника (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print donor report…</source>
        <translation>Друкувати звіт для донора…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report language:</source>
        <translation>Мова звіту:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading donation {number}…</source>
        <translation>Читаю пожертву {number}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading truck {number}…</source>
        <translation>Читаю вантажівку {number}…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing of this donation is in the ledger (nothing received, or all undone).</source>
        <translation>З цієї пожертви нічого немає в обліку (нічого не отримано або все скасовано).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing of this donation has left yet.</source>
        <translation>З цієї пожертви ще нічого не вирушило.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{share} % of this donation has left for {places} on %n truck(s), by weight.</source>
        <translation>
            <numerusform>{share} % цієї пожертви (за вагою) вже вирушило — куди: {places}, %n вантажівка.</numerusform>
            <numerusform>{share} % цієї пожертви (за вагою) вже вирушило — куди: {places}, %n вантажівки.</numerusform>
            <numerusform>{share} % цієї пожертви (за вагою) вже вирушило — куди: {places}, %n вантажівок.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{share} % of this donation has left for {places} on %n truck(s).</source>
        <translation>
            <numerusform>{share} % цієї пожертви вже вирушило — куди: {places}, %n вантажівка.</numerusform>
            <numerusform>{share} % цієї пожертви вже вирушило — куди: {places}, %n вантажівки.</numerusform>
            <numerusform>{share} % цієї пожертви вже вирушило — куди: {places}, %n вантажівок.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+85"/>
        <source>(no donor)</source>
        <translation>(без благодійника)</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Donation {number} from {donor}, opened {date}.</source>
        <translation>Пожертва {number}, благодійник: {donor}, відкрита {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered: {delivered} % · still here: {here} % · written off: {off} %</source>
        <translation>Доставлено: {delivered} % · чекає на складі: {here} % · списано: {off} %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+72"/>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Place / box</source>
        <translation>Місце / коробка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck</source>
        <translation>Вантажівка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Куди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On a shelf</source>
        <translation>На полиці</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packed</source>
        <translation>Запаковано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loaded</source>
        <translation>Завантажено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the way</source>
        <translation>У дорозі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>missing at a stock count</source>
        <translation>нестача під час інвентаризації</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>(причину не вказано)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub reported it missing</source>
        <translation>отримувач повідомив про нестачу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirmed by {hub}</source>
        <translation>підтвердив: {hub}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, damaged</source>
        <translation>, пошкоджено</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Truck {number} to {destination} carries goods of %n donation(s).</source>
        <translation>
            <numerusform>Вантажівка {number} ({destination}) везе товари з %n пожертви.</numerusform>
            <numerusform>Вантажівка {number} ({destination}) везе товари з %n пожертв.</numerusform>
            <numerusform>Вантажівка {number} ({destination}) везе товари з %n пожертв.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no donor named)</source>
        <translation>(благодійника не вказано)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donors: {donors}</source>
        <translation>Благодійники: {donors}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient: {recipient}</source>
        <translation>Отримувач: {recipient}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched {date}</source>
        <translation>Відправлено {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donation</source>
        <translation>Пожертва</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation>Благодійник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight kg</source>
        <translation>Вага, кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(found at a stock count)</source>
        <translation>(знайдено під час інвентаризації)</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+44"/>
        <source>loose</source>
        <translation>без упаковки</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pick a row with a donor first.</source>
        <translation>Спершу виберіть рядок із благодійником.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This donation has no donor named.</source>
        <translation>У цієї пожертви не вказано благодійника.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where {donor}&apos;s gifts went, as a letter to them.</source>
        <translation>Куди потрапили пожертви благодійника {donor} — у вигляді листа йому.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>donor report</source>
        <translation>звіт для благодійника</translation>
    </message>
</context>
<context>
    <name>TruckActions</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_actions.py" line="+57"/>
        <source>Truck {number} saved.</source>
        <translation>Вантажівку {number} збережено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} is ready for loading: scan box labels or goods.</source>
        <translation>Вантажівка {number} готова до завантаження: скануйте етикетки коробок або товар.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dispatch truck {number} to {city}?

{packages}, {pieces} pieces, {net} kg net ({gross} kg gross) will leave the stock.

After this nothing can be loaded, unloaded or edited on this truck.</source>
        <translation>Відправити вантажівку {number} до: {city}?

{packages}, {pieces} шт., {net} кг нетто ({gross} кг брутто) буде списано із залишків.

Після цього на цій вантажівці нічого не можна завантажити, розвантажити чи змінити.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n вантажне місце</numerusform>
            <numerusform>%n вантажні місця</numerusform>
            <numerusform>%n вантажних місць</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING: the truck is above its maximum payload of {max} kg.</source>
        <translation>УВАГА: вантажівка перевищує максимальну вантажопідйомність {max} кг.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatch truck</source>
        <translation>Відправити вантажівку</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Truck {number} is dispatched; its load has left the stock.</source>
        <translation>Вантажівку {number} відправлено; її вантаж списано із залишків.</translation>
    </message>
</context>
<context>
    <name>TruckDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_dialog.py" line="+40"/>
        <source>Edit truck {number}</source>
        <translation>Редагувати вантажівку {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New truck</source>
        <translation>Нова вантажівка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination city *</source>
        <translation>Місто призначення *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Lviv</source>
        <translation>напр. Львів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient organisation</source>
        <translation>Організація-отримувач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient address</source>
        <translation>Адреса отримувача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact at the recipient</source>
        <translation>Контактна особа отримувача</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name and phone</source>
        <translation>ім’я та телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Водій</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver&apos;s phone</source>
        <translation>Телефон водія</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle plate</source>
        <translation>Номер автомобіля</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. WX 12345</source>
        <translation>напр. WX 12345</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trailer plate</source>
        <translation>Номер причепа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal number</source>
        <translation>Номер пломби</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid registration code (UA)</source>
        <translation>Код реєстрації допомоги (UA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not set</source>
        <translation>не вказано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned departure</source>
        <translation>Запланований виїзд</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Type where the truck goes (the destination city).</source>
        <translation>Введіть, куди їде вантажівка (місто призначення).</translation>
    </message>
</context>
<context>
    <name>TruckFiles</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_files.py" line="+37"/>
        <source>Save the truck file of {number} for the receiving hub</source>
        <translation>Збережіть файл вантажівки {number} для хабу-одержувача</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Truck file</source>
        <translation>Файл вантажівки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the arrival confirmation</source>
        <translation>Виберіть підтвердження прибуття</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival confirmations (*.json)</source>
        <translation>Підтвердження прибуття (*.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Truck {number} is delivered: {hub} received {received}, damaged {damaged}, missing {missing} of %n package(s).</source>
        <translation>
            <numerusform>Вантажівку {number} доставлено. {hub}: прийнято {received}, пошкоджено {damaged}, бракує {missing} з %n вантажного місця.</numerusform>
            <numerusform>Вантажівку {number} доставлено. {hub}: прийнято {received}, пошкоджено {damaged}, бракує {missing} з %n вантажних місць.</numerusform>
            <numerusform>Вантажівку {number} доставлено. {hub}: прийнято {received}, пошкоджено {damaged}, бракує {missing} з %n вантажних місць.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hub</source>
        <translation>хаб</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hub also found packages not on this truck&apos;s list: {codes}.</source>
        <translation>Хаб також знайшов місця, яких немає у списку цієї вантажівки: {codes}.</translation>
    </message>
</context>
<context>
    <name>TruckPane</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_pane.py" line="+76"/>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Етикетка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contents</source>
        <translation>Вміст</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Pieces</source>
        <translation>Штуки</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Net kg</source>
        <translation>Нетто, кг</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Expiry</source>
        <translation>Придатний до</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages</source>
        <translation>Вант. місця</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit truck…</source>
        <translation>Редагувати вантажівку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch…</source>
        <translation>Відправити…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a loader or a manager can change a truck.</source>
        <translation>Лише вантажник або керівник може змінювати дані вантажівки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a loader or a manager can dispatch a truck.</source>
        <translation>Лише вантажник або керівник може відправити вантажівку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print packing list</source>
        <translation>Друкувати пакувальний лист</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truck file…</source>
        <translation>Файл вантажівки…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file the receiving hub registers the truck with: save it and send it with the driver&apos;s papers.</source>
        <translation>Файл, за яким хаб-одержувач зареєструє вантажівку: збережіть його й надішліть разом з документами водія.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import arrival confirmation…</source>
        <translation>Імпорт підтвердження…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file the receiving hub wrote when it closed the arrival: the truck is then delivered.</source>
        <translation>Файл, який хаб-одержувач записав, закриваючи приймання: тоді вантажівка вважатиметься доставленою.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print CMR</source>
        <translation>Друкувати CMR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print labels</source>
        <translation>Друкувати етикетки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label printer (Settings)</source>
        <translation>Принтер етикеток (Налаштування)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export manifest (Excel)</source>
        <translation>Експортувати маніфест (Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donors on this truck…</source>
        <translation>Благодійники…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which donations and donors the goods on this truck came from.</source>
        <translation>З яких пожертв і від яких благодійників товари на цій вантажівці.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick list…</source>
        <translation>Список комплектації…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Totals by category  (* = box not weighed: its net weight is counted)</source>
        <translation>Підсумки за категоріями  (* = коробку не зважено: враховано вагу нетто)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No truck chosen. Pick one on the left, or press “New truck”.</source>
        <translation>Вантажівку не вибрано. Виберіть її ліворуч або натисніть «Нова вантажівка».</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Total: %n package(s), {pieces} pieces, {net} kg net, {gross} kg gross</source>
        <translation>
            <numerusform>Разом: %n вантажне місце, {pieces} шт., {net} кг нетто, {gross} кг брутто</numerusform>
            <numerusform>Разом: %n вантажні місця, {pieces} шт., {net} кг нетто, {gross} кг брутто</numerusform>
            <numerusform>Разом: %n вантажних місць, {pieces} шт., {net} кг нетто, {gross} кг брутто</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ OVERLOADED: {gross} kg gross, above the maximum payload of {max} kg. Unload {over} kg before dispatch.</source>
        <translation>⚠ ПЕРЕВАНТАЖЕННЯ: {gross} кг брутто, понад максимальну вантажопідйомність {max} кг. Розвантажте {over} кг перед відправленням.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (maximum payload {max} kg)</source>
        <translation> (макс. вантажопідйомність {max} кг)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, and {pieces} loose pieces</source>
        <translation>, та {pieces} шт. без упаковки</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n line(s) have no weight: enter them or state the gross weight (the papers print “?”, never 0).</source>
        <translation>
            <numerusform>⚠ %n позиція без ваги: введіть її або вкажіть вагу брутто (у документах буде «?», ніколи 0).</numerusform>
            <numerusform>⚠ %n позиції без ваги: введіть їх або вкажіть вагу брутто (у документах буде «?», ніколи 0).</numerusform>
            <numerusform>⚠ %n позицій без ваги: введіть їх або вкажіть вагу брутто (у документах буде «?», ніколи 0).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recipient</source>
        <translation>Отримувач</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Водій</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plates</source>
        <translation>Номери</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure</source>
        <translation>Виїзд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seal</source>
        <translation>Пломба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aid reg.</source>
        <translation>Реєстр. допом.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hub}, {day}: {received} received, {damaged} damaged, {missing} missing</source>
        <translation>{hub}, {day}: прийнято {received}, пошкоджено {damaged}, бракує {missing}</translation>
    </message>
</context>
<context>
    <name>TruckPapers</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/truck_papers.py" line="+40"/>
        <source>Packing list</source>
        <extracomment>The labels menu&apos;s choice of the station&apos;s label printer (beside the PDF label formats).</extracomment>
        <translation>Пакувальний лист</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CMR consignment note</source>
        <translation>Накладна CMR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Truck manifest</source>
        <translation>Маніфест вантажівки</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labels</source>
        <translation>Етикетки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Label</source>
        <translation>Етикетка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This station prints labels as PDF; choose a label printer in Settings › Label printer to print them directly.</source>
        <translation>Ця станція друкує етикетки як PDF; виберіть принтер у Налаштування › Принтер етикеток, щоб друкувати їх напряму.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending the labels of {ref} to the label printer…</source>
        <translation>Надсилання етикеток {ref} на принтер етикеток…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sent %n label(s) of {ref} to the label printer.</source>
        <translation>
            <numerusform>Надіслано %n етикетку {ref} на принтер етикеток.</numerusform>
            <numerusform>Надіслано %n етикетки {ref} на принтер етикеток.</numerusform>
            <numerusform>Надіслано %n етикеток {ref} на принтер етикеток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrucksScreen</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/screen.py" line="+76"/>
        <source>Truck</source>
        <translation>Вантажівка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation>Куди</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Packages</source>
        <translation>Вант. місця</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross kg</source>
        <translation>Брутто, кг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New truck…</source>
        <translation>Нова вантажівка…</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/app.py" line="+2"/>
        <location filename="../../warehouse_app/ui/screens/trucks/screen.py" line="+6"/>
        <location line="+61"/>
        <source>Trucks</source>
        <translation>Вантажівки</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/screen.py" line="-44"/>
        <source>Load truck</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boxes &amp;&amp; pallets</source>
        <translation>Коробки й палети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Received</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Пошкоджене</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pack</source>
        <translation>Пакувати</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take out</source>
        <translation>Вийняти</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unload</source>
        <translation>Розвантажити</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a loader or a manager can pack boxes or load trucks: a scan here is refused.</source>
        <translation>Лише вантажник або керівник може пакувати коробки й завантажувати вантажівки: скан тут буде відхилено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a loader or a manager can load or unload trucks: a scan here is refused.</source>
        <translation>Лише вантажник або керівник може завантажувати й розвантажувати вантажівки: скан тут буде відхилено.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a truck on the left before scanning.</source>
        <translation>Перед скануванням виберіть вантажівку ліворуч.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truck {number} has left: nothing can be loaded or unloaded.</source>
        <translation>Вантажівка {number} поїхала: нічого не можна завантажити чи розвантажити.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next scan is UNLOADED from truck {number}.</source>
        <translation>Наступний скан буде РОЗВАНТАЖЕНО з вантажівки {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next scan is LOADED onto truck {number} ({city}).</source>
        <translation>Наступний скан буде ЗАВАНТАЖЕНО на вантажівку {number} ({city}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose a truck on the left first, or press “New truck”.</source>
        <translation>Спершу виберіть вантажівку ліворуч або натисніть «Нова вантажівка».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truck {number} has been dispatched; nothing can be loaded or unloaded.</source>
        <translation>Вантажівку {number} відправлено; нічого не можна завантажити чи розвантажити.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No lot was chosen; nothing was loaded.</source>
        <translation>Партію не обрано; нічого не завантажено.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Shelf life too short</source>
        <translation>Закороткий термін придатності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}

As a manager you may load it anyway. Why? (kept in the record)</source>
        <translation>{sentence}

Як керівник ви можете все одно завантажити. Чому? (буде записано)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>−{amount} unloaded</source>
        <translation>−{amount} розвантажено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+{amount} loaded</source>
        <translation>+{amount} завантажено</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pallet unloaded</source>
        <translation>Палету розвантажено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pallet loaded</source>
        <translation>Палету завантажено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box unloaded</source>
        <translation>Коробку розвантажено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box loaded</source>
        <translation>Коробку завантажено</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pallet</source>
        <translation>Палета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>Коробка</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not checked in</source>
        <translation>Не прийнято</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>Truck now: %n package(s), {gross} kg gross</source>
        <translation>
            <numerusform>Вантажівка зараз: %n вантажне місце, {gross} кг брутто</numerusform>
            <numerusform>Вантажівка зараз: %n вантажні місця, {gross} кг брутто</numerusform>
            <numerusform>Вантажівка зараз: %n вантажних місць, {gross} кг брутто</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{item} (expiry {dates})</source>
        <translation>{item} (придатний до {dates})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no scan to undo.</source>
        <translation>Немає скану, який можна скасувати.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undone: {what}</source>
        <translation>Скасовано: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last scan on {target} was taken back.</source>
        <translation>Останній скан на {target} скасовано.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not taken out</source>
        <translation>Не вийнято</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not packed</source>
        <translation>Не спаковано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not unloaded</source>
        <translation>Не розвантажено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not loaded</source>
        <translation>Не завантажено</translation>
    </message>
</context>
<context>
    <name>WarehousePage</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/settings/warehouse_page.py" line="+44"/>
        <source>Shared by every station; printed on the packing lists, labels and receipts.</source>
        <translation>Спільні для всіх робочих місць; друкуються на пакувальних листах, етикетках і квитанціях.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can change these; you can look at them.</source>
        <translation>Лише керівник може їх змінити; ви можете їх переглядати.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warehouse on the documents</source>
        <translation>Склад у документах</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>empty: no limit</source>
        <translation>порожньо: без обмеження</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phone, e-mail</source>
        <translation>телефон, e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Адреса:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax id (NIP):</source>
        <translation>Податковий номер (NIP):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum truck payload (kg):</source>
        <translation>Макс. вантажопідйомність вантажівки (кг):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minimum shelf life left when goods are loaded on a truck</source>
        <translation>Мінімальний залишковий термін придатності під час завантаження на вантажівку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days of shelf life an item must still have when it leaves. Empty: the same as the category above.</source>
        <translation>Скільки днів придатності товар має ще мати під час відправлення. Порожньо: як у батьківській категорії.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own minimum (days)</source>
        <translation>Власний мінімум (днів)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In effect</source>
        <translation>Діє</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the warehouse settings</source>
        <translation>Зберегти налаштування складу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a manager can change the warehouse settings.</source>
        <translation>Лише керівник може змінювати налаштування складу.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shops&apos; codes on weighed goods</source>
        <translation>Магазинні коди на вагових товарах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shop labels on weighed goods (13 digits starting 20 to 29) carry the item and its weight or price; the layout differs by shop. Choose the one on your donors&apos; labels, then scan one bag into the item&apos;s barcodes: every bag then finds the item, and a weight is received as the quantity of an item counted in kg.</source>
        <translation>Магазинні етикетки на вагових товарах (13 цифр, що починаються з 20–29) містять товар і його вагу або ціну; формат залежить від магазину. Виберіть той, що на етикетках ваших донорів, а потім відскануйте один пакет у штрихкоди товару: тоді кожен пакет знайде товар, а вага буде прийнята як кількість товару, що рахується в кг.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Weight in grams in the last {digits} digits</source>
        <translation>Вага в грамах в останніх {digits} цифрах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in grams in the last {digits} digits, after its own check digit</source>
        <translation>Вага в грамах в останніх {digits} цифрах, після її власної контрольної цифри</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in the last {digits} digits</source>
        <translation>Ціна в останніх {digits} цифрах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price in the last {digits} digits, after its own check digit</source>
        <translation>Ціна в останніх {digits} цифрах, після її власної контрольної цифри</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: read shop codes as ordinary barcodes</source>
        <translation>Немає: читати магазинні коди як звичайні штрихкоди</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A shop code is looked up whole, like any barcode: each bag with another weight is another code.</source>
        <translation>Магазинний код шукається повністю, як будь-який штрихкод: кожен пакет з іншою вагою — це інший код.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item {item}</source>
        <translation>товар {item}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kg} kg received</source>
        <translation>приймається {kg} кг</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price {price}, one piece per scan</source>
        <translation>ціна {price}, одна штука за сканування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example {code}: {item}, {measure}.</source>
        <translation>Наприклад, {code}: {item}, {measure}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), from above</source>
        <translation>
            <numerusform>%n день, з батьківської категорії</numerusform>
            <numerusform>%n дні, з батьківської категорії</numerusform>
            <numerusform>%n днів, з батьківської категорії</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{text} is not a number of days (category {name}); nothing was saved.</source>
        <translation>{text} — не кількість днів (категорія {name}); нічого не збережено.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved for every station.</source>
        <translation>Збережено для всіх робочих місць.</translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/weight_chart.py" line="+23"/>
        <location line="+17"/>
        <location line="+59"/>
        <source>Stock weight by category (kg)</source>
        <translation>Вага залишків за категоріями (кг)</translation>
    </message>
    <message numerus="yes">
        <location line="-57"/>
        <source>⚠ %n item(s) in stock have no unit weight and are not in these bars</source>
        <translation>
            <numerusform>⚠ %n товар на складі не має ваги одиниці й не показаний на діаграмі</numerusform>
            <numerusform>⚠ %n товари на складі не мають ваги одиниці й не показані на діаграмі</numerusform>
            <numerusform>⚠ %n товарів на складі не мають ваги одиниці й не показані на діаграмі</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{category}: {kg} kg</source>
        <translation>{category}: {kg} кг</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weight kg</source>
        <translation>Вага, кг</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No stock to chart yet</source>
        <translation>Ще немає залишків для діаграми</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/stock/write_off_dialog.py" line="+43"/>
        <source>Write off goods</source>
        <translation>Списання товару</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How many {unit}</source>
        <translation>Скільки ({unit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anywhere (first expiry first)</source>
        <translation>Звідусіль (спершу з найближчим терміном)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Any lot (first expiry first)</source>
        <translation>Будь-яка партія (спершу з найближчим терміном)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no expiry date</source>
        <translation>без терміну придатності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date}, lot {code}</source>
        <translation>{date}, партія {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose why…</source>
        <translation>Виберіть причину…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Damaged</source>
        <translation>Пошкоджено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other (say what below)</source>
        <translation>Інше (опишіть нижче)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details (required for Other)</source>
        <translation>Подробиці (обов’язково для «Інше»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity:</source>
        <translation>Кількість:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>Звідки:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lot:</source>
        <translation>Партія:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write off</source>
        <translation>Списати</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a manager can write off goods.</source>
        <translation>Лише керівник може списувати товар.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrote off {qty} {unit} of {item}.</source>
        <translation>Списано {qty} {unit}: {item}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../warehouse_app/ui/base/error_templates.py" line="+13"/>
        <source>A SQLite database needs a file name.</source>
        <translation>База SQLite потребує назви файлу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A box or pallet is loaded whole; leave out the quantity.</source>
        <translation>Коробка або палета завантажується повністю; не вказуйте кількість.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category cannot be moved under itself.</source>
        <translation>Категорію не можна перемістити в неї саму.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A category needs a name.</source>
        <translation>Категорія повинна мати назву.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A category with the code {code} already exists.</source>
        <translation>Категорія з кодом {code} уже існує.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A check digit can only be computed for digits, not {body}.</source>
        <translation>Контрольну цифру можна обчислити лише для цифр, а не для {body}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A donor name can be at most 200 characters long.</source>
        <translation>Ім’я благодійника може мати щонайбільше 200 символів.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A gross weight must be more than zero.</source>
        <translation>Вага брутто має бути більшою за нуль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A label number cannot be negative ({number}).</source>
        <translation>Номер етикетки не може бути від’ємним ({number}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A location needs a name.</source>
        <translation>Місце повинно мати назву.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lot code can be at most 64 characters long.</source>
        <translation>Код партії може мати щонайбільше 64 символи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A maximum payload must be between 0 and 100000 kg, not {kg}.</source>
        <translation>Максимальна вантажопідйомність має бути від 0 до 100000 кг, а не {kg}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A port is a number from 1 to 65535, not {port}.</source>
        <translation>Порт — це число від 1 до 65535, а не {port}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A stock page is 1 to {max} rows from a non-negative offset.</source>
        <translation>Сторінка залишків — від 1 до {max} рядків від невід’ємного зсуву.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tax id can be at most 20 characters long.</source>
        <translation>Податковий номер може мати щонайбільше 20 символів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A truck needs a destination.</source>
        <translation>Вантажівка повинна мати пункт призначення.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit weight of {value} kg is not plausible.</source>
        <translation>Вага одиниці {value} кг неправдоподібна.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {action} needs a reason.</source>
        <translation>Вкажіть причину: {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A {kind} must sit inside another location.</source>
        <translation>{kind} має розташовуватися в іншому місці.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Неможливо створити резервну копію бази даних у пам’яті.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item name can be at most 200 characters long.</source>
        <translation>Назва товару може мати щонайбільше 200 символів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An item needs a name.</source>
        <translation>Товар повинен мати назву.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An operator needs a name.</source>
        <translation>Оператор повинен мати ім’я.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach a PostgreSQL server at {host}: check the address, the port and that the server is running.</source>
        <translation>Не вдається зв’язатися із сервером PostgreSQL за адресою {host}: перевірте адресу, порт і чи працює сервер.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot restore into {path}: {reason}.</source>
        <translation>Не вдається відновити в {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не вдається записати {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file for the database.</source>
        <translation>Виберіть файл бази даних.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to {version}. {where} is not an Aid Warehouse database yet: it will be created and set up at the next start.</source>
        <translation>З’єднано з {version}. {where} ще не є базою Складу допомоги: її буде створено й налаштовано під час наступного запуску.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to {version}: an Aid Warehouse database from an older version; it will be brought up to date at the next start.</source>
        <translation>З’єднано з {version}: база Складу допомоги старішої версії; її буде оновлено під час наступного запуску.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to {version}: an Aid Warehouse database, ready to use.</source>
        <translation>З’єднано з {version}: база Складу допомоги, готова до роботи.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a barcode or an item name.</source>
        <translation>Вкажіть штрихкод або назву товару.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number} has no code before the = sign.</source>
        <translation>Рядок {number} не має коду перед знаком =.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Movement {id} belongs to truck {number}, which is dispatched; nothing on it can change.</source>
        <translation>Рух {id} належить до вантажівки {number}, яку вже відправлено; нічого в ній змінити не можна.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement {id} has already been reversed.</source>
        <translation>Операцію {id} уже сторновано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movement {id} is itself a reversal; record a new movement instead.</source>
        <translation>Операція {id} сама є сторнуванням; натомість запишіть нову операцію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a box or pallet, by its label code or its name.</source>
        <translation>Вкажіть коробку або палету кодом етикетки чи назвою.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a category, by its code or its path such as Food/Canned food.</source>
        <translation>Вкажіть категорію кодом або шляхом, напр. Харчі/Консерви.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a location or a category to count.</source>
        <translation>Вкажіть місце або категорію для перерахунку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a location, by its label code or its name.</source>
        <translation>Вкажіть місце кодом етикетки чи назвою.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a truck by its number, e.g. T-2026-0042.</source>
        <translation>Вкажіть вантажівку номером, напр. T-2026-0042.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the {what}.</source>
        <translation>Вкажіть поле «{what}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No PIN was given.</source>
        <translation>PIN не введено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item has the label code {code}.</source>
        <translation>Жоден товар не має коду етикетки {code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No one has the badge {code}.</source>
        <translation>Ні в кого немає бейджа {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was scanned.</source>
        <translation>Нічого не відскановано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a loader or a manager can {action}.</source>
        <translation>Лише вантажник або керівник може {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager can load goods under their minimum shelf life ({item}, expiry {expiry}).</source>
        <translation>Лише керівник може завантажити товар із терміном, коротшим за мінімальний ({item}, придатний до {expiry}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a manager can {action}.</source>
        <translation>Лише керівник може: {action}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reversing movement {id} would change the sealed {code}; reopen it first.</source>
        <translation>Скасування руху {id} змінило б закритий {code}; спершу відкрийте його.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what to change, e.g. --name or --min-stock.</source>
        <translation>Вкажіть, що змінити, напр. --name або --min-stock.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several boxes or pallets are called {ref}; use the label code.</source>
        <translation>Кілька коробок або палет називаються {ref}; використайте код етикетки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several items are called {ref}; use a barcode or the item number.</source>
        <translation>Кілька товарів називаються {ref}; використайте штрихкод або номер товару.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several locations are called {ref}; use the label code.</source>
        <translation>Кілька місць називаються {ref}; використайте код етикетки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped the lot expiring {expiry} ({qty} {unit}): expired by the departure on {departure}.</source>
        <translation>Пропущено партію з терміном {expiry} ({qty} {unit}): прострочена на день виїзду {departure}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped the lot expiring {expiry} ({qty} {unit}): less than {days} days left after the departure on {departure}.</source>
        <translation>Пропущено партію з терміном {expiry} ({qty} {unit}): менше ніж {days} днів придатності після виїзду {departure}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed the same data at the same moment; nothing was saved.</source>
        <translation>Хтось інший змінив ці самі дані в ту саму мить; нічого не збережено.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GS1 code {code} names no trade item (it has no GTIN in AI 01 or 02).</source>
        <translation>Код GS1 {code} не вказує товарну одиницю (немає GTIN в AI 01 або 02).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GTIN {gtin} in the barcode {code} has a wrong check digit.</source>
        <translation>GTIN {gtin} у штрихкоді {code} має неправильну контрольну цифру.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The barcode {code} already belongs to {item}.</source>
        <translation>Штрихкод {code} уже належить товару: {item}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode {code} has a wrong check digit.</source>
        <translation>Штрихкод {code} має неправильну контрольну цифру.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode {code} is also on line {line}.</source>
        <translation>Штрихкод {code} є також у рядку {line}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode {code} is not attached to this item.</source>
        <translation>Штрихкод {code} не прив’язаний до цього товару.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode {code} is not in the catalogue yet.</source>
        <translation>Штрихкоду {code} ще немає в каталозі.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The barcode {gtin} already belongs to {item}.</source>
        <translation>Штрихкод {gtin} уже належить товару: {item}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category is missing.</source>
        <translation>Категорію не вказано.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The code {code} is not a GTIN: it must have 8, 12, 13 or 14 digits.</source>
        <translation>Код {code} не є GTIN: він має містити 8, 12, 13 або 14 цифр.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is not a barcode this warehouse knows: not an EAN/UPC/GTIN, a GS1-128 code or an internal label.</source>
        <translation>Код {code} невідомий цьому складу: це не EAN/UPC/GTIN, не код GS1-128 і не внутрішня етикетка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is too long to print as a scannable barcode here.</source>
        <translation>Код {code} задовгий, щоб надрукувати його тут як придатний до сканування штрихкод.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database address is empty.</source>
        <translation>Адреса бази даних порожня.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be reached or is busy; nothing was saved. Try again in a moment.</source>
        <translation>База даних недоступна або зайнята; нічого не збережено. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database driver is not installed: {exc}</source>
        <translation>Драйвер бази даних не встановлено: {exc}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file was replaced (restored?) while this station had it open; restart the app.</source>
        <translation>Файл бази даних було замінено (відновлено?), поки ця станція тримала його відкритим; перезапустіть застосунок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused the connection: {reason}</source>
        <translation>База даних відхилила з’єднання: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database reported an error; nothing was saved.</source>
        <translation>База даних повідомила про помилку; нічого не збережено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database {path} is being restored; try again when the restore has finished.</source>
        <translation>Базу даних {path} зараз відновлюють; спробуйте ще раз, коли відновлення завершиться.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {path} is open on this computer; close the app on every station using it first (and wait for running commands), then restore.</source>
        <translation>База даних {path} відкрита на цьому комп’ютері; спершу закрийте застосунок на кожній станції, що її використовує (і дочекайтеся виконуваних команд), потім відновлюйте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date {value} (AI {ai}) in the barcode {code} is not a valid date.</source>
        <translation>Дата {value} (AI {ai}) у штрихкоді {code} недійсна.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} has no goods received, so there is no receipt to print.</source>
        <translation>У пожертві {number} немає прийнятих товарів, тож друкувати квитанцію нема чого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} is already closed.</source>
        <translation>Пожертву {number} уже закрито.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} is closed; its header can no longer change.</source>
        <translation>Пожертву {number} закрито; її заголовок більше не можна змінити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} is closed; open a new one.</source>
        <translation>Пожертву {number} закрито; відкрийте нову.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donation {number} is still open; close it before printing its receipt.</source>
        <translation>Пожертва {number} ще відкрита; закрийте її перед друком квитанції.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donor needs a name.</source>
        <translation>Благодійник повинен мати ім’я.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has more than {n} rows; split it.</source>
        <translation>Файл має понад {n} рядків; розділіть його.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no rows to import.</source>
        <translation>У файлі немає рядків для імпорту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty: it needs a header row and rows below it.</source>
        <translation>Файл порожній: потрібен рядок заголовків і рядки під ним.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file names several donors ({names}); import one donor&apos;s list at a time.</source>
        <translation>У файлі кілька благодійників ({names}); імпортуйте список одного благодійника за раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be saved there: {reason}.</source>
        <translation>Файл {name} не можна зберегти там: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} cannot hold a new database.</source>
        <translation>У теці {folder} не можна створити нову базу даних.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder {folder} cannot hold the database: {reason}.</source>
        <translation>У теці {folder} не можна розмістити базу даних: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods are already at {place}.</source>
        <translation>Товар уже в: {place}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods are already in {code}.</source>
        <translation>Товар уже в {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The item on this line is archived.</source>
        <translation>Товар у цьому рядку в архіві.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The limit must be 1 to 10000.</source>
        <translation>Ліміт має бути від 1 до 10000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The load weighs {gross} kg, more than the maximum payload of {limit} kg.</source>
        <translation>Вантаж важить {gross} кг, більше за максимальну вантажопідйомність {limit} кг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lock file {path} cannot be made, so a restore cannot be sure no station uses the database.</source>
        <translation>Не вдається створити файл блокування {path}, тож відновлення не може бути певним, що жодна станція не використовує базу даних.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minimum shelf life must be 0 to 3650 days, not {days}.</source>
        <translation>Мінімальний термін придатності має бути від 0 до 3650 днів, а не {days}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The period ends ({to}) before it starts ({start}).</source>
        <translation>Період закінчується ({to}) раніше, ніж починається ({start}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The quantity must be more than zero, not {value}.</source>
        <translation>Кількість має бути більшою за нуль, а не {value}.</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Something went wrong inside the app after saving; the details are in {path}.</source>
        <translation>У програмі сталася помилка після збереження; подробиці в {path}.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN має від 4 до 8 цифр.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A category name can be at most {n} characters long (this one has {length}).</source>
        <translation>Назва категорії може мати щонайбільше {n} символів (ця має {length}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A donation&apos;s source can be at most {n} characters long (this one has {length}).</source>
        <translation>Джерело пожертви може мати щонайбільше {n} символів (це має {length}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A donor&apos;s address can be at most {n} characters long (this one has {length}).</source>
        <translation>Адреса донора може мати щонайбільше {n} символів (ця має {length}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A donor&apos;s city can be at most {n} characters long (this one has {length}).</source>
        <translation>Місто донора може мати щонайбільше {n} символів (це має {length}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A donor&apos;s contact can be at most {n} characters long (this one has {length}).</source>
        <translation>Контакт донора може мати щонайбільше {n} символів (цей має {length}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A location name can be at most {n} characters long (this one has {length}).</source>
        <translation>Назва місця може мати щонайбільше {n} символів (ця має {length}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A manager needs a PIN: choose one for {name} in the same step.</source>
        <translation>Керівникові потрібен PIN: виберіть його для: {name} у цьому ж кроці.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A size can be at most {n} characters long (this one has {length}).</source>
        <translation>Розмір може мати щонайбільше {n} символів (цей має {length}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A station name can be at most {n} characters long (this one has {length}).</source>
        <translation>Назва робочого місця може мати щонайбільше {n} символів (ця має {length}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An operator name can be at most {n} characters long.</source>
        <translation>Ім’я працівника може мати щонайбільше {n} символів.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A scan id has 1 to {most} characters.</source>
        <translation>Ідентифікатор сканування має від 1 до {most} символів.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>--all-from-receiving takes --donation and --to, and no item, --qty or --from.</source>
        <translation>--all-from-receiving приймає --donation і --to, без товару, --qty і --from.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--default-category is the category of goods --create-missing creates; give both.</source>
        <translation>--default-category — це категорія товарів, які створює --create-missing; вкажіть обидва параметри.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A PostgreSQL database is restored on its server with pg_restore (see the README).</source>
        <translation>Базу PostgreSQL відновлюють на її сервері через pg_restore (див. README).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A column mapping can name at most {n} columns of {length} characters.</source>
        <translation>Відповідність стовпців може назвати щонайбільше {n} стовпців по {length} символів.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A label printer prints at 203 or 300 dpi, not {dpi}.</source>
        <translation>Принтер етикеток друкує з роздільністю 203 або 300 dpi, а не {dpi}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new item is created for this line: {item}.</source>
        <translation>Для цього рядка буде створено новий товар: {item}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pack count needs the case barcode it belongs to.</source>
        <translation>Кількість в упаковці потребує штрихкоду коробки, до якої вона належить.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A place is a zone or a bin, not {kind}.</source>
        <translation>Місце — це зона або полиця, а не {kind}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read {file}: save it as UTF-8 text, one ITEM=QTY line per item ({error}).</source>
        <translation>Не вдається прочитати {file}: збережіть його як текст UTF-8, один рядок ТОВАР=КІЛЬКІСТЬ на товар ({error}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot tell how {file} is encoded: read as Windows-1250 (Polish) it says “{cp1250}”, as Windows-1251 (Cyrillic) “{cp1251}”. Choose one with --encoding cp1250|cp1251|utf-8|utf-16.</source>
        <translation>Не вдається визначити кодування файлу {file}: як Windows-1250 (польське) він читається «{cp1250}», як Windows-1251 (кирилиця) — «{cp1251}». Виберіть одне з них параметром --encoding cp1250|cp1251|utf-8|utf-16.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the label printer&apos;s network address, e.g. 192.168.1.50 or zebra-1:9100.</source>
        <translation>Введіть мережеву адресу принтера етикеток, напр. 192.168.1.50 або zebra-1:9100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the name of the printer queue the labels go to.</source>
        <translation>Введіть назву черги принтера, куди надсилати етикетки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the pack count (how many units one case holds) for the case barcode.</source>
        <translation>Вкажіть кількість в упаковці (скільки одиниць у одній коробці) для штрихкоду коробки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number} should read item = quantity, e.g. 5901234123457 = 40; it reads {line}.</source>
        <translation>Рядок {number} має виглядати як товар = кількість, напр. 5901234123457 = 40; а там: {line}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into line {line}: this line&apos;s barcodes go on that item.</source>
        <translation>Об&apos;єднано з рядком {line}: штрихкоди цього рядка додаються до того товару.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the item, --qty and --from (or use --all-from-receiving --donation D-…).</source>
        <translation>Вкажіть товар, --qty і --from (або використайте --all-from-receiving --donation D-…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name what the truck should carry: one line per item, item = quantity.</source>
        <translation>Вкажіть, що має везти вантажівка: один рядок на товар, товар = кількість.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No category matches “{category}”; choose a default category for new items.</source>
        <translation>Жодна категорія не відповідає «{category}»; виберіть типову категорію для нових товарів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No column of {file} is one the import reads (name, barcode, quantity…): row {line} was taken as the column titles ({titles}); say which column is which, e.g. --map &quot;{example}=name&quot;.</source>
        <translation>Жоден стовпець файлу {file} не читається імпортом (назва, штрихкод, кількість…): заголовками стовпців взято рядок {line} ({titles}); вкажіть, який стовпець що означає, напр. --map &quot;{example}=name&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No printer called {host} is known on this network; check the label printer&apos;s address in Settings. Nothing was printed.</source>
        <translation>У цій мережі немає принтера з назвою {host}; перевірте адресу принтера етикеток у Налаштуваннях. Нічого не надруковано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough {item} at {place}: {available} {unit} left, {asked} asked.</source>
        <translation>Недостатньо: {item} у {place}: залишилося {available} {unit}, потрібно {asked}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing of donation {number} is still at {place}.</source>
        <translation>Нічого з пожертви {number} вже немає у: {place}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only expired {item} would make up this quantity; expired goods do not go in a box for a truck. Write them off, or name the lot&apos;s expiry date to pack it anyway.</source>
        <translation>Цю кількість доповнив би лише прострочений товар {item}; прострочені товари не кладуть у коробку для вантажівки. Спишіть їх або вкажіть термін придатності партії, щоб усе одно запакувати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the small add-on beside the barcode of {code} was read; scan the main barcode.</source>
        <translation>Зчитано лише малий додатковий код біля штрихкоду {code}; відскануйте основний штрихкод.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only {available} {unit} of the goods of ledger row {id} are still at {place} ({asked} would be taken back); move them back there first, or write off or adjust instead.</source>
        <translation>Лише {available} {unit} товару з рядка журналу {id} ще є в місці {place} (потрібно повернути {asked}); спершу перемістіть його туди назад або натомість спишіть чи скоригуйте залишок.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pallet {code}: {count} boxes on it checked in as damaged.</source>
        <translation>Палета {code}: {count} коробок на ній прийнято як пошкоджені.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pallet {code}: {count} boxes on it checked in as received.</source>
        <translation>Палета {code}: {count} коробок на ній прийнято.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing labels to a printer queue needs pywin32, which this station does not have; choose a network label printer (host:port) or PDF labels in Settings.</source>
        <translation>Для друку етикеток через чергу принтера потрібен pywin32, якого на цій станції немає; виберіть у Налаштуваннях мережевий принтер (host:port) або етикетки PDF.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Something went wrong inside the app; nothing was saved. The details are in {path}.</source>
        <translation>У програмі сталася помилка; нічого не збережено. Подробиці в {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the app; the details are in {path}.</source>
        <translation>У програмі сталася помилка; подробиці в {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside the app; the details could not be written to a log file.</source>
        <translation>У програмі сталася помилка; подробиці не вдалося записати до файлу журналу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The GS1 code {code} could not be read: it holds data the GS1 standard does not define.</source>
        <translation>Не вдалося прочитати код GS1 {code}: він містить дані, яких стандарт GS1 не визначає.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app failed to send this scan; the details are in {path}.</source>
        <translation>Програмі не вдалося надіслати це сканування; подробиці в {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival confirmation file is damaged or incomplete: it is not readable JSON.</source>
        <translation>Файл підтвердження приймання пошкоджений або неповний: це не читабельний JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival confirmation file is damaged or incomplete: its body or checksum is missing.</source>
        <translation>Файл підтвердження приймання пошкоджений або неповний: бракує його вмісту або контрольної суми.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival confirmation file is damaged or was changed after it was written: its checksum does not match.</source>
        <translation>Файл підтвердження приймання пошкоджений або його змінили після запису: контрольна сума не збігається.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival of truck {number} is already closed.</source>
        <translation>Приймання вантажівки {number} вже закрито.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival of truck {number} is closed; nothing on it can change.</source>
        <translation>Приймання вантажівки {number} закрито; у ньому нічого не можна змінити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The arrival of truck {number} is not closed yet; close it first (truck close-arrival).</source>
        <translation>Приймання вантажівки {number} ще не закрито; спершу закрийте його (truck close-arrival).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The barcode on this line is not on {item}, which the catalogue has; add the barcode to the item first.</source>
        <translation>Штрихкоду з цього рядка немає в товару {item}, який є в каталозі; спершу додайте штрихкод до товару.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The barcode {code} has data in AI {ai} that is not in the form the GS1 standard gives it ({value}).</source>
        <translation>Штрихкод {code} має в AI {ai} дані у формі, що не відповідає стандарту GS1 ({value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The barcode {code} is not in the catalogue yet; give the item&apos;s name to create it.</source>
        <translation>Штрихкоду {code} ще немає в каталозі; вкажіть назву товару, щоб створити його.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The boxes on pallet {code} were already checked in.</source>
        <translation>Коробки на палеті {code} вже прийнято.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case barcode on this line holds {pack} units, but its pack count says {count}.</source>
        <translation>Штрихкод коробки в цьому рядку означає {pack} од., а кількість в упаковці — {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code {code} cannot be printed as a barcode on a label printer.</source>
        <translation>Код {code} не можна надрукувати як штрихкод на принтері етикеток.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} has a wrong check digit and ends in zeros: a spreadsheet program rounded it (shown as {short}) and dropped its last digits. Format the column as text and type the codes again.</source>
        <translation>Код {code} має неправильну контрольну цифру і закінчується нулями: програма електронних таблиць його округлила (показано як {short}) і втратила останні цифри. Задайте стовпцю текстовий формат і введіть коди знову.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is a coupon, not goods; put it aside.</source>
        <translation>Код {code} — це купон, а не товар; відкладіть його.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code {code} is a refund receipt, not goods; put it aside.</source>
        <translation>Код {code} — це чек повернення, а не товар; відкладіть його.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code “{code}” is in scientific notation: a spreadsheet program turned it into a number and dropped its last digits. Format the column as text and type the codes again.</source>
        <translation>Код «{code}» записано в експоненційному форматі: програма електронних таблиць перетворила його на число і втратила останні цифри. Задайте стовпцю текстовий формат і введіть коди знову.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The count {value} (AI {ai}) in the barcode {code} is not a number of items: it must be 1 or more.</source>
        <translation>Кількість {value} (AI {ai}) у штрихкоді {code} не є кількістю одиниць: має бути щонайменше 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database address {url} holds a NUL character.</source>
        <translation>Адреса бази даних {url} містить символ NUL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database address {url} is not valid text (UTF-8).</source>
        <translation>Адреса бази даних {url} не є коректним текстом (UTF-8).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database {path} cannot be copied: {reason}.</source>
        <translation>Не вдається скопіювати базу даних {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file is not a valid truck or arrival file: {field} is missing or wrong.</source>
        <translation>Це не коректний файл вантажівки чи приймання: поле {field} відсутнє або хибне.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} cannot be read: {reason}.</source>
        <translation>Не вдається прочитати файл {name}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} cannot be saved there: the folder {folder} cannot be written to.</source>
        <translation>Файл {name} не можна зберегти там: до папки {folder} не можна записувати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file {name} cannot be saved there: {folder} is not a folder.</source>
        <translation>Файл {name} не можна зберегти там: {folder} не є папкою.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file {name} is too big to be a truck or arrival file.</source>
        <translation>Файл {name} завеликий для файлу вантажівки чи приймання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day ({since}) is after the last one ({until}).</source>
        <translation>Перший день ({since}) пізніший за останній ({until}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Імпорт скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The in-store code {code} carries a price, not a weight; receive these goods by their weight with the item&apos;s own barcode or label.</source>
        <translation>Магазинний код {code} містить ціну, а не вагу; прийміть цей товар за вагою за його власним штрихкодом або етикеткою.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The in-store code {code} weighs 0 g; weigh the goods and type the weight.</source>
        <translation>Магазинний код {code} показує вагу 0 г; зважте товар і введіть вагу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The label printer at {host} refused the connection on port {port}: check the address, and that the printer is on and takes raw print jobs on that port. Nothing was printed.</source>
        <translation>Принтер етикеток за адресою {host} відхилив з’єднання на порту {port}: перевірте адресу, а також чи принтер увімкнений і приймає raw-друк на цьому порту. Нічого не надруковано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label printer at {host}:{port} cannot be reached ({reason}): check that it is on and on this network.</source>
        <translation>Не вдається з’єднатися з принтером етикеток {host}:{port} ({reason}): перевірте, чи він увімкнений і в цій мережі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label printer at {host}:{port} did not answer within {seconds} seconds: check that it is on and on this network. Nothing was printed.</source>
        <translation>Принтер етикеток {host}:{port} не відповів протягом {seconds} с: перевірте, чи він увімкнений і в цій мережі. Нічого не надруковано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The leading zeros of the code {code} were restored: {restored} (its check digit proves it).</source>
        <translation>Відновлено початкові нулі коду {code}: {restored} (це підтверджує контрольна цифра).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name {item} is also on line {line}, with another category or unit; rows are merged only when both agree.</source>
        <translation>Назва {item} є також у рядку {line}, з іншою категорією чи одиницею; рядки об&apos;єднуються лише тоді, коли обидві збігаються.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name {item} is also on line {line}; each item needs a name of its own (or merge rows of the same name by barcode).</source>
        <translation>Назва {item} є також у рядку {line}; кожен товар потребує власної назви (або об&apos;єднайте рядки з однаковою назвою за штрихкодами).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name {name}… is too long: a file or folder name can have at most {most} bytes.</source>
        <translation>Назва {name}… задовга: назва файлу чи папки може мати щонайбільше {most} байтів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new item {item} is also on line {line}, counted in {unit}.</source>
        <translation>Новий товар {item} є також у рядку {line}, з одиницею {unit}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number {value} (AI {ai}) in the barcode {code} has a wrong check digit.</source>
        <translation>Номер {value} (AI {ai}) у штрихкоді {code} має неправильну контрольну цифру.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period starts after it ends: {start} to {end}.</source>
        <translation>Період починається після свого кінця: з {start} до {end}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer queue {queue} did not take the labels within {seconds} seconds.</source>
        <translation>Черга принтера {queue} не прийняла етикетки протягом {seconds} с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer queue {queue} refused the labels: {reason}</source>
        <translation>Черга принтера {queue} відхилила етикетки: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity {value} is too large: the most is {most}. Was a barcode typed into the quantity field?</source>
        <translation>Кількість {value} завелика: щонайбільше {most}. Можливо, у поле кількості введено штрихкод?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same barcode is given twice.</source>
        <translation>Той самий штрихкод указано двічі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan sheet needs at least one code.</source>
        <translation>Аркуш кодів для сканування потребує принаймні одного коду.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan {code} starts with {prefix}, which is no scanner prefix this warehouse knows; check the scanner&apos;s settings and scan again.</source>
        <translation>Скан {code} починається з {prefix} — такого префікса сканера цей склад не знає; перевірте налаштування сканера і відскануйте ще раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached and this laptop does not know the code {code}: put the goods aside and scan them again when the server is back.</source>
        <translation>Сервер недоступний, а цей ноутбук не знає коду {code}: відкладіть товар убік і проскануйте його знову, коли сервер повернеться.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server cannot be reached, so nothing was saved. Until it is back only receiving works: scans are kept on this laptop.</source>
        <translation>Сервер недоступний, тому нічого не збережено. Доки він не повернеться, працює лише приймання: сканування зберігаються на цьому ноутбуці.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server does not accept connections from this computer (see its pg_hba.conf).</source>
        <translation>Сервер не приймає з’єднань із цього комп’ютера (див. його pg_hba.conf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no database called {database}; create it first (createdb {database}).</source>
        <translation>На сервері немає бази {database}; спершу створіть її (createdb {database}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has no user called {user}.</source>
        <translation>На сервері немає користувача {user}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the user name or password for {user}.</source>
        <translation>Сервер відхилив ім’я користувача або пароль для {user}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server wants a password for {user}; type it in the password field.</source>
        <translation>Сервер вимагає пароль для {user}; введіть його в поле пароля.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sheet has no column “{header}”; its columns are: {headers}.</source>
        <translation>В аркуші немає стовпця «{header}»; його стовпці: {headers}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The source can be at most 200 characters long.</source>
        <translation>Джерело може мати щонайбільше 200 символів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station needs a name.</source>
        <translation>Робоче місце повинно мати назву.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock in {path} does not match its own ledger; nothing was restored. Choose another backup.</source>
        <translation>Залишки в {path} не збігаються з його власним журналом рухів; нічого не відновлено. Виберіть іншу резервну копію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stock list cannot be sorted by {key}.</source>
        <translation>Список залишків не можна сортувати за {key}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truck file is damaged or incomplete: it is not readable JSON.</source>
        <translation>Файл вантажівки пошкоджений або неповний: це не читабельний JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truck file is damaged or incomplete: its body or checksum is missing.</source>
        <translation>Файл вантажівки пошкоджений або неповний: бракує його вмісту або контрольної суми.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truck file is damaged or was changed after it was written: its checksum does not match.</source>
        <translation>Файл вантажівки пошкоджений або його змінили після запису: контрольна сума не збігається.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truck&apos;s {field} can be at most {n} characters long.</source>
        <translation>Поле вантажівки {field} може мати щонайбільше {n} символів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two new PINs differ; nothing was changed.</source>
        <translation>Два нові PIN-коди різняться; нічого не змінено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The warehouse {field} can be at most {n} characters long.</source>
        <translation>Поле складу {field} може мати щонайбільше {n} символів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The web address {code} is not a GS1 Digital Link that names a product by its GTIN (…/01/GTIN, then 22, 10, 21 in that order).</source>
        <translation>Вебадреса {code} не є посиланням GS1 Digital Link, що вказує товар за GTIN (…/01/GTIN, далі 22, 10, 21 саме в такому порядку).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight cannot be negative ({value}).</source>
        <translation>Вага не може бути від’ємною ({value}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The weight or price in the in-store code {code} does not match its own check digit; scan it again.</source>
        <translation>Вага або ціна в магазинному коді {code} не збігається з її контрольною цифрою; відскануйте ще раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a number, not “{value}”.</source>
        <translation>Поле «{what}» має бути числом, а не «{value}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must be a number.</source>
        <translation>Поле «{what}» має бути числом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} must look like 311226, 31.12.2026, 12/2026 or 2026-12-31, not “{value}”.</source>
        <translation>Поле «{what}» введіть як 311226, 31.12.2026, 12/2026 або 2026-12-31, а не «{value}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} name is too long: a path can have at most {most} bytes.</source>
        <translation>Назва в полі «{what}» задовга: шлях може мати щонайбільше {most} байтів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} name {path} holds a NUL character; type it again.</source>
        <translation>Назва в полі «{what}» {path} містить символ NUL; введіть її ще раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} name {path} is not valid text (UTF-8); choose another name.</source>
        <translation>Назва в полі «{what}» {path} не є коректним текстом (UTF-8); виберіть іншу назву.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {value} has more than three decimal places.</source>
        <translation>Поле «{what}»: {value} має понад три знаки після коми.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {value} is not a plausible date: use a year from {first} to {last}.</source>
        <translation>Поле «{what}»: {value} не є правдоподібною датою; вкажіть рік від {first} до {last}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} {value} is too large: the most is {most}.</source>
        <translation>Поле «{what}»: {value} забагато; щонайбільше {most}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The {what} “{value}” is not valid text (UTF-8); type it again.</source>
        <translation>Поле «{what}»: «{value}» не є коректним текстом (UTF-8); введіть ще раз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no boxes or pallets to print labels for.</source>
        <translation>Немає коробок чи палет, для яких можна надрукувати етикетки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no places to print labels for yet; add racks and shelves first.</source>
        <translation>Ще немає місць для друку етикеток; спершу додайте стелажі й полиці.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a place called {name} ({code}); choose another name.</source>
        <translation>Вже є місце з назвою {name} ({code}); виберіть іншу назву.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already an item called {item} in the catalogue; give this one another name, or merge rows of the same name by barcode.</source>
        <translation>У каталозі вже є товар з назвою {item}; дайте цьому іншу назву або об&apos;єднайте рядки з однаковою назвою за штрихкодами.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no arriving truck {ref}; register its truck file first (truck arrive).</source>
        <translation>Немає вантажівки, що прибуває, {ref}; спершу зареєструйте її файл вантажівки (truck arrive).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no box or pallet {ref}.</source>
        <translation>Немає коробки чи палети {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category number {id}.</source>
        <translation>Немає категорії з номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no category {ref}.</source>
        <translation>Немає категорії {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no computer called {host} on this network.</source>
        <translation>У цій мережі немає комп’ютера з назвою {host}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at {path} to back up.</source>
        <translation>За адресою {path} немає бази даних для резервного копіювання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no database at {path} yet: a new one will be created at the next start.</source>
        <translation>За адресою {path} ще немає бази даних: нову буде створено під час наступного запуску.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no donation {ref}.</source>
        <translation>Немає пожертви {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no donor {name}.</source>
        <translation>Донора {name} немає.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {file}.</source>
        <translation>Немає файлу {file}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file {path}.</source>
        <translation>Немає файлу {path}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no item number {id}.</source>
        <translation>Немає товару з номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no item {ref}.</source>
        <translation>Немає товару {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no location number {id}.</source>
        <translation>Немає місця з номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no location {ref}.</source>
        <translation>Немає місця {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no movement kind {kind}.</source>
        <translation>Немає виду руху {kind}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no movement number {id}.</source>
        <translation>Немає операції з номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no one to print a badge for.</source>
        <translation>Немає нікого, для кого можна надрукувати бейдж.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no operator number {id}.</source>
        <translation>Немає оператора з номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no operator {name}.</source>
        <translation>Немає оператора {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no operator {name}; a manager adds them with: warehouse-app operator add &quot;{name}&quot; --role ROLE.</source>
        <translation>Немає оператора {name}; керівник додає його командою: warehouse-app operator add &quot;{name}&quot; --role РОЛЬ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no printer queue called {queue} on this computer ({reason}).</source>
        <translation>На цьому комп’ютері немає черги принтера з назвою {queue} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no received scan number {id}.</source>
        <translation>Немає прийнятого скану з номером {id}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no such day as “{value}”.</source>
        <translation>Немає такого дня: «{value}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no truck {ref}.</source>
        <translation>Немає вантажівки {ref}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no {item} at {place}.</source>
        <translation>Немає: {item} у {place}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PIN is too easy to guess (the same digit, a run like 1234, or a common one); choose another.</source>
        <translation>Цей PIN легко вгадати (та сама цифра, послідовність на кшталт 1234 або поширений PIN); виберіть інший.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This arrival confirmation does not match truck {number}: the packages it names are not those that left.</source>
        <translation>Це підтвердження приймання не відповідає вантажівці {number}: місця в ньому не ті, що виїхали.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This arrival confirmation file has version {version}; this app reads version {known}: update the app.</source>
        <translation>Цей файл підтвердження приймання має версію {version}; програма читає версію {known}: оновіть програму.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This arrival confirmation has already been imported.</source>
        <translation>Це підтвердження приймання вже імпортовано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This arrival confirmation is for truck {number} of another warehouse, not of this one.</source>
        <translation>Це підтвердження приймання стосується вантажівки {number} іншого складу, а не цього.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no lp command (CUPS), so labels cannot go to a printer queue; choose a network label printer or PDF labels in Settings.</source>
        <translation>На цьому комп’ютері немає команди lp (CUPS), тож етикетки не можна надіслати в чергу принтера; виберіть у Налаштуваннях мережевий принтер або етикетки PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database already holds data ({items} items, {donations} donations, {movements} movements, {trucks} trucks); the demo warehouse is loaded only into an empty database.</source>
        <translation>Ця база даних уже містить дані ({items} товарів, {donations} пожертв, {movements} рухів, {trucks} вантажівок); демонстраційний склад завантажується лише в порожню базу даних.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no warehouse location.</source>
        <translation>У цій базі даних немає місця «склад».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no warehouse location; run &apos;warehouse-app db upgrade&apos;.</source>
        <translation>У цій базі даних немає місця «склад»; запустіть &apos;warehouse-app db upgrade&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was upgraded by a newer Aid Warehouse (revision {revision}); update this station.</source>
        <translation>Цю базу даних оновила новіша версія Складу допомоги (ревізія {revision}); оновіть цю станцію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a truck file, not an arrival confirmation file.</source>
        <translation>Це файл вантажівки, а не файл підтвердження приймання.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is an arrival confirmation file, not a truck file.</source>
        <translation>Це файл підтвердження приймання, а не файл вантажівки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a truck file of Aid Warehouse.</source>
        <translation>Це не файл вантажівки програми Aid Warehouse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an arrival confirmation file of Aid Warehouse.</source>
        <translation>Це не файл підтвердження приймання програми Aid Warehouse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item needs an expiry date.</source>
        <translation>Цей товар потребує терміну придатності.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop could not save the scan ({reason}); put the goods aside.</source>
        <translation>Цей ноутбук не зміг зберегти сканування ({reason}); відкладіть товар убік.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station has no open donation.</source>
        <translation>На цьому робочому місці немає відкритої пожертви.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This station prints labels as PDF; choose a label printer in Settings to print them directly.</source>
        <translation>Ця станція друкує етикетки як PDF; виберіть принтер етикеток у Налаштуваннях, щоб друкувати їх напряму.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This truck file has version {version}; this app reads version {known}: update the app.</source>
        <translation>Цей файл вантажівки має версію {version}; програма читає версію {known}: оновіть програму.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This truck file was written by this warehouse (truck {number}); register it at the receiving hub.</source>
        <translation>Цей файл вантажівки записав цей склад (вантажівка {number}); зареєструйте його на складі-отримувачі.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many wrong PINs for {name}; try again in {seconds} s.</source>
        <translation>Забагато неправильних PIN для: {name}; спробуйте знову через {seconds} с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} cannot leave on {departure}: {goods} will have expired by then; unload them.</source>
        <translation>Вантажівка {number} не може виїхати {departure}: {goods} на той час будуть прострочені; розвантажте їх.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} cannot leave on {departure}: {goods} would leave with less than their minimum shelf life and were loaded without a manager&apos;s override; unload them, or load them again with one.</source>
        <translation>Вантажівка {number} не може виїхати {departure}: {goods} виїхали б із меншим за мінімальний термін придатності й були завантажені без дозволу керівника; розвантажте їх або завантажте знову з дозволом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} carries {gross} kg, more than its maximum payload of {limit} kg; dispatch it overweight only if you mean to.</source>
        <translation>Вантажівка {number} везе {gross} кг, більше за її максимальну вантажопідйомність {limit} кг; відправляйте з перевантаженням лише свідомо.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} has not been dispatched; no arrival can be confirmed for it.</source>
        <translation>Вантажівку {number} не відправлено; її приймання не можна підтвердити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} has nothing loaded; there is nothing to dispatch.</source>
        <translation>Вантажівка {number} порожня; відправляти нічого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} is dispatched; nothing on it can change.</source>
        <translation>Вантажівку {number} відправлено; на ній нічого не можна змінити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} is not dispatched yet; its truck file says what left, so write it after dispatch.</source>
        <translation>Вантажівку {number} ще не відправлено; файл вантажівки показує, що виїхало, тож запишіть його після відправлення.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {number} was already confirmed as delivered (imported on {day}).</source>
        <translation>Вантажівку {number} вже підтверджено як доставлену (імпорт {day}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truck {sender_number} from {sender} is already registered here, as truck {number}.</source>
        <translation>Вантажівка {sender_number} від {sender} вже зареєстрована тут як вантажівка {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name of the database on the server.</source>
        <translation>Введіть назву бази даних на сервері.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the server&apos;s address (a name like db.local or an IP address).</source>
        <translation>Введіть адресу сервера (назву на зразок db.local або IP-адресу).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown encoding {encoding}: use cp1250, cp1251, utf-8 or utf-16.</source>
        <translation>Невідоме кодування {encoding}: використайте cp1250, cp1251, utf-8 або utf-16.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown item fields: {fields}.</source>
        <translation>Невідомі поля товару: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write each scan-sheet entry as CODE=CAPTION, e.g. IT000012=Koc polarowy; got {entry}.</source>
        <translation>Кожен запис аркуша кодів пишіть як КОД=ПІДПИС, напр. IT000012=Koc polarowy; отримано {entry}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN for {name}.</source>
        <translation>Неправильний PIN для: {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN for {name}; the next try is possible in {seconds} s.</source>
        <translation>Неправильний PIN для: {name}; наступна спроба буде можлива через {seconds} с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot retire yourself.</source>
        <translation>Ви не можете деактивувати самого себе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add operators</source>
        <translation>додавати операторів</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add, rename or archive places</source>
        <translation>додавати, перейменовувати й архівувати місця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adjust stock</source>
        <translation>коригувати залишки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup file</source>
        <translation>файл резервної копії</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change roles</source>
        <translation>змінювати ролі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the warehouse settings</source>
        <translation>змінювати налаштування складу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change who can work</source>
        <translation>змінювати, хто може працювати</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check in an arriving truck</source>
        <translation>приймати вантажівку, що прибуває</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database file</source>
        <translation>файл бази даних</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch a truck</source>
        <translation>відправляти вантажівки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>кінцева дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expiry date</source>
        <translation>термін придатності</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import items or donation lists</source>
        <translation>імпортувати товари або списки пожертв</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load goods under their minimum shelf life</source>
        <translation>вантажити товар із терміном придатності, меншим за мінімальний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load or unload trucks</source>
        <translation>завантажувати й розвантажувати вантажівки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage operators</source>
        <translation>керувати операторами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maximum payload</source>
        <translation>максимальна вантажопідйомність</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move goods between shelves</source>
        <translation>переміщувати товар між полицями</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operator name</source>
        <translation>ім&apos;я працівника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pack boxes and pallets</source>
        <translation>пакувати коробки й палети</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump could not copy the database: {reason}</source>
        <translation>pg_dump не зміг скопіювати базу даних: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump is not installed on this computer; install the PostgreSQL client tools, or back up on the server.</source>
        <translation>pg_dump не встановлено на цьому комп’ютері; встановіть клієнтські інструменти PostgreSQL або зробіть копію на сервері.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump wrote something that is not a database copy; nothing was kept.</source>
        <translation>pg_dump записав щось, що не є копією бази даних; нічого не збережено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan trucks</source>
        <translation>планувати вантажівки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned departure</source>
        <translation>запланований виїзд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receive goods</source>
        <translation>приймати товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record a stocktake</source>
        <translation>записувати інвентаризацію</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversal</source>
        <translation>сторнування</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverse a movement</source>
        <translation>скасовувати рухи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start date</source>
        <translation>початкова дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>station name</source>
        <translation>назва робочого місця</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock adjustment</source>
        <translation>коригування залишку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stocktake</source>
        <translation>інвентаризація</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>вага</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write off goods</source>
        <translation>списувати товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write-off</source>
        <translation>списання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{address} is not a printer address; write it as host or host:port, e.g. 192.168.1.50:9100.</source>
        <translation>{address} — не адреса принтера; запишіть її як host або host:port, напр. 192.168.1.50:9100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{box} holds {box_category}; {item_category} would mix categories. Pack it anyway, or use another box.</source>
        <translation>У {box} — категорія {box_category}; {item_category} змішало б категорії. Пакуйте все одно або візьміть іншу коробку.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{box} is already on {pallet}.</source>
        <translation>{box} уже на {pallet}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{box} is not on a pallet.</source>
        <translation>{box} не на палеті.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} cannot weigh {gross} kg: its contents alone weigh {net} kg.</source>
        <translation>{code} не може важити {gross} кг: лише вміст важить {net} кг.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} checked in as damaged.</source>
        <translation>{code} прийнято як пошкоджене.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} checked in as received.</source>
        <translation>{code} прийнято.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is a {actual}, not a {kind}.</source>
        <translation>{code} — це {actual}, а не {kind}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is a {kind} label, not goods.</source>
        <translation>{code} — це етикетка типу {kind}, а не товар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is a {kind}; put goods back on a shelf, and pack or load them from there.</source>
        <translation>{code} — це {kind}; поверніть товар на полицю і звідти пакуйте чи завантажуйте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is already on truck {number}.</source>
        <translation>{code} уже у вантажівці {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is empty; pack something before sealing it.</source>
        <translation>{code} порожня; спакуйте щось перед запечатуванням.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is empty; there is nothing to load.</source>
        <translation>{code} порожня; завантажувати нічого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is neither an internal code (like IT000012) nor a valid EAN/UPC/GTIN.</source>
        <translation>{code} не є ні внутрішнім кодом (як IT000012), ні дійсним EAN/UPC/GTIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not a category code: use letters, digits, dots and dashes.</source>
        <translation>{code} не є кодом категорії: використовуйте літери, цифри, крапки й дефіси.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not a package label of truck {number}.</source>
        <translation>{code} не є етикеткою місця вантажівки {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not checked in; there is nothing to take back.</source>
        <translation>{code} не прийнято; нема чого скасовувати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not on the list of truck {number}; it is recorded as an extra package.</source>
        <translation>{code} немає в списку вантажівки {number}; його записано як зайве місце.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not on truck {number}.</source>
        <translation>{code} немає у вантажівці {number}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is not sealed.</source>
        <translation>{code} не запечатано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is on truck {number}; unload it first.</source>
        <translation>{code} у вантажівці {number}; спершу розвантажте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is sealed; reopen it first.</source>
        <translation>{code} запечатано; спершу відкрийте.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} on {pallet} is not sealed.</source>
        <translation>{code} на {pallet} не запечатано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} was already checked in at {time}.</source>
        <translation>{code} вже прийнято о {time}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code}: check-in taken back; scan it again when it is there.</source>
        <translation>{code}: прийняття скасовано; скануйте знову, коли пакунок буде тут.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code}: {reason}</source>
        <translation>{code}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{country} is not a two-letter country code such as PL or DE.</source>
        <translation>{country} не є дволітерним кодом країни, як-от PL чи DE.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{currency} is not one of: {all}.</source>
        <translation>{currency} не є одним зі значень: {all}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is not a detail of a truck.</source>
        <translation>{field} не є полем вантажівки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} cannot be read as {encoding} ({why}).</source>
        <translation>Файл {file} не вдається прочитати як {encoding} ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no visible sheet named {sheet}; its sheets are: {sheets}.</source>
        <translation>У файлі {file} немає видимого аркуша з назвою {sheet}; його аркуші: {sheets}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} has no visible sheet to import.</source>
        <translation>У файлі {file} немає видимого аркуша для імпорту.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a CSV file that can be read ({why}).</source>
        <translation>{file} не є файлом CSV, який можна прочитати ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not an Excel workbook that can be read ({why}).</source>
        <translation>{file} не є книгою Excel, яку можна прочитати ({why}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file}: only .xlsx and .csv files can be imported.</source>
        <translation>{file}: імпортувати можна лише файли .xlsx і .csv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{gender} is not one of: {all}.</source>
        <translation>{gender} не є одним зі значень: {all}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hs} is not an HS code (2 to 10 digits, in pairs).</source>
        <translation>{hs} не є кодом HS (від 2 до 10 цифр, парами).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} expired on {expiry}; receive it only if you mean to (it will show as expired in the stock).</source>
        <translation>{item}: термін придатності минув {expiry}; приймайте лише свідомо (на складі буде позначено як прострочене).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} expires on {expiry}, before the truck leaves on {departure}; expired goods cannot go on a truck, not even with an override.</source>
        <translation>{item}: термін придатності до {expiry}, до виїзду вантажівки {departure}; прострочені товари не можна відправляти, навіть із дозволом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} expires on {expiry}, less than {days} days after the departure on {departure}; load a later lot, or a manager can override with a reason.</source>
        <translation>Термін придатності {item} спливає {expiry}, менш ніж через {days} днів після виїзду {departure}; завантажте пізнішу партію, або керівник може дозволити із зазначенням причини.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} has no label code to receive it by; give its barcode.</source>
        <translation>{item} не має коду етикетки для приймання; вкажіть його штрихкод.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is already in the catalogue: only this line&apos;s barcodes are added to it.</source>
        <translation>{item} вже є в каталозі: до нього додаються лише штрихкоди з цього рядка.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is archived; restore it in the catalogue before receiving it.</source>
        <translation>{item} в архіві; відновіть товар у каталозі перед прийманням.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is counted whole, so {qty} is not possible.</source>
        <translation>{item} рахується цілими одиницями, тож {qty} неможливо.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is not in the catalogue; choose a default category for new items, or give a category column.</source>
        <translation>{item} немає в каталозі; виберіть типову категорію для нових товарів або додайте стовпець категорії.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} lies at {place} in {n} lots; say which expiry date or lot was counted.</source>
        <translation>{item} лежить у {place} у {n} партіях; вкажіть, який термін придатності чи партію пораховано.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} lies in {n} places; say which one to take it from.</source>
        <translation>{item} лежить у {n} місцях; вкажіть, з якого взяти.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} needs an expiry date.</source>
        <translation>{item} потребує терміну придатності.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} is not a container; use box or pallet.</source>
        <translation>{kind} не є тарою; використайте box або pallet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} is not a kind of location; use one of: {kinds}.</source>
        <translation>{kind} не є типом місця; використайте один із: {kinds}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lang} is not a receipt language; use pl, en or uk.</source>
        <translation>{lang} не є мовою квитанції; використайте pl, en або uk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{lang} is not a report language; use pl, en or uk.</source>
        <translation>{lang} — не мова звіту; використайте pl, en або uk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be put inside itself.</source>
        <translation>{name} не можна покласти саме в себе.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has a PIN: give it with --pin-stdin or in WAREHOUSE_PIN.</source>
        <translation>{name} має PIN: введіть його через --pin-stdin або в WAREHOUSE_PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no PIN yet; set one first.</source>
        <translation>{name} ще не має PIN-коду; спершу встановіть його.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no PIN, and one is needed to {action}: set it with warehouse-app operator pin &quot;{name}&quot;.</source>
        <translation>{name} не має PIN-коду, а він потрібен, щоб {action}: встановіть його командою warehouse-app operator pin &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is a manager without a PIN; another manager sets it on the Operators page.</source>
        <translation>{name} — керівник без PIN; його встановлює інший керівник на сторінці «Оператори».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an in-store code layout; choose one of: {all}.</source>
        <translation>{name} — не схема магазинних кодів; виберіть одну з: {all}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is retired and cannot {action}.</source>
        <translation>{name} більше тут не працює і не може {action}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is retired; a manager can bring them back with: warehouse-app operator restore &quot;{name}&quot;.</source>
        <translation>{name} більше тут не працює; керівник може повернути цю особу командою: warehouse-app operator restore &quot;{name}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is the only manager; make someone else a manager first.</source>
        <translation>{name} — єдиний керівник; спершу призначте керівником когось іншого.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} looks like a barcode, not a person&apos;s name; type a first and last name.</source>
        <translation>{name} схоже на штрихкод, а не на ім&apos;я людини; введіть ім&apos;я та прізвище.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} no longer works here; a badge is printed only for people who do.</source>
        <translation>{name} більше тут не працює; бейджі друкуються лише для тих, хто працює.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} no longer works here; a manager can bring them back on the Operators page.</source>
        <translation>{name} більше тут не працює; керівник може повернути цю людину на сторінці «Оператори».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} still has items; move or archive them first.</source>
        <translation>{name} ще містить товари; спершу перемістіть їх або перенесіть в архів.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nip} is not a valid NIP (ten digits with a check digit).</source>
        <translation>{nip} не є дійсним NIP (десять цифр із контрольною цифрою).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} rows are wrong, nothing was imported: {first}.</source>
        <translation>Помилкові рядки: {n} з {total}, нічого не імпортовано: {first}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} is not a label format; use one of: {formats}.</source>
        <translation>{page} не є форматом етикеток; використайте один із: {formats}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} already exists; choose a new file name.</source>
        <translation>{path} уже існує; виберіть нову назву файлу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be read as a database ({reason}).</source>
        <translation>Не вдається прочитати {path} як базу даних ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} cannot be restored: {reason}.</source>
        <translation>Не вдається відновити {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a database, but not one of Aid Warehouse.</source>
        <translation>{path} — це база даних, але не програми Склад допомоги.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} — це тека, а не файл бази даних.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a folder; name a {what} in it.</source>
        <translation>{path} — це папка; вкажіть у ній поле «{what}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is damaged ({reason}); choose another backup.</source>
        <translation>{path} пошкоджено ({reason}); виберіть іншу резервну копію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a database backup of Aid Warehouse.</source>
        <translation>{path} не є резервною копією бази програми Склад допомоги.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a database file.</source>
        <translation>{path} не є файлом бази даних.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is not a regular file; choose a file name.</source>
        <translation>{path} не є звичайним файлом; виберіть ім’я файлу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is the database itself; choose a backup copy.</source>
        <translation>{path} — це сама база даних; виберіть резервну копію.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} looks like a database of Aid Warehouse but its tables are not; nothing was restored.</source>
        <translation>{path} схожа на базу Складу допомоги, але її таблиці не ті; нічого не відновлено.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} holds more than {n} lots; count it part by part, or one category at a time.</source>
        <translation>У {place} понад {n} партій; рахуйте частинами або по одній категорії.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is a box, pallet or truck load: goods go into it and out of it only by packing and loading (the Trucks screen, or box pack and truck load).</source>
        <translation>{place} — це коробка, палета або вантаж вантажівки: товар потрапляє туди й виходить звідти лише через пакування та завантаження (екран «Вантажівки» або box pack і truck load).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is a box, pallet or truck load; it changes on the Trucks screen, not as a place.</source>
        <translation>{place} — коробка, палета або вантаж вантажівки; його змінюють на екрані «Вантажівки», а не як місце.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is archived; bring it back before adding places to it.</source>
        <translation>{place} в архіві; поверніть його, перш ніж додавати в нього місця.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is archived; goods are no longer put there.</source>
        <translation>{place} в архіві; туди більше не кладуть товар.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is the warehouse itself; it cannot be archived.</source>
        <translation>{place} — це сам склад; його не можна архівувати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} is where intake puts what it receives; it cannot be archived.</source>
        <translation>{place} — місце, куди приймання кладе отриманий товар; його не можна архівувати.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} sits in an archived place; bring that back first.</source>
        <translation>{place} розташоване в архівному місці; спершу поверніть те.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} still holds goods; move them elsewhere before archiving it.</source>
        <translation>У {place} ще є товар; перенесіть його деінде перед архівуванням.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{place} still holds {code}; archive or move it first.</source>
        <translation>У {place} ще є {code}; спершу архівуйте або перенесіть його.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ref} holds nothing to label yet.</source>
        <translation>У {ref} ще немає нічого для маркування.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ref} matches several categories ({paths}); give the full path or the code.</source>
        <translation>{ref} відповідає кільком категоріям ({paths}); вкажіть повний шлях або код.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{role} is not a role; use one of: {roles}.</source>
        <translation>{role} не є роллю; використайте одну з: {roles}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{sentence}</source>
        <translation>{sentence}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} is not a thermal label size; use one of: {sizes}.</source>
        <translation>{size} — не розмір термоетикетки; використайте один із: {sizes}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit} are counted whole; {value} is not a whole number.</source>
        <translation>{unit} рахуються цілими; {value} не є цілим числом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit} is not a unit; use one of: {units}.</source>
        <translation>{unit} не є одиницею; використайте одну з: {units}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} is not SQLite or PostgreSQL, the two databases this app supports.</source>
        <translation>{url} — не SQLite і не PostgreSQL, єдині бази, які підтримує програма.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{url} is not a database address this app understands.</source>
        <translation>{url} не є адресою бази даних, зрозумілою для програми.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} is not an amount of money.</source>
        <translation>{value} не є грошовою сумою.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} left with truck {number}, which is dispatched; nothing on it can change.</source>
        <translation>{what} виїхало вантажівкою {number}, яку вже відправлено; на ній нічого не можна змінити.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} holds other data, not an Aid Warehouse database; choose an empty one.</source>
        <translation>{where} містить інші дані, а не базу Складу допомоги; виберіть порожню.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where} was made by a newer Aid Warehouse; update this app first.</source>
        <translation>{where} створено новішою версією Складу допомоги; спершу оновіть цю програму.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{signature}” is not a sheet&apos;s header signature.</source>
        <translation>«{signature}» не є підписом заголовка аркуша.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{target}” is not a field the import reads; use one of: {fields}, or ignore.</source>
        <translation>«{target}» не є полем, яке читає імпорт; використайте одне з: {fields} або ignore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{text}” is not a column mapping; write it as COLUMN=FIELD, e.g. &quot;Nazwa=name&quot;.</source>
        <translation>«{text}» не є відповідністю стовпця; запишіть її як СТОВПЕЦЬ=ПОЛЕ, напр. &quot;Nazwa=name&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{value}” is not yes or no.</source>
        <translation>«{value}» — це не «так» і не «ні».</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../warehouse_app/ui/base/texts.py" line="+22"/>
        <source>item</source>
        <translation>товар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>коробка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pallet</source>
        <translation>палета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>truck</source>
        <translation>вантажівка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warehouse</source>
        <translation>склад</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bin</source>
        <translation>комірка</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <location filename="../../warehouse_app/ui/base/formats.py" line="+41"/>
        <source>Main warehouse</source>
        <translation>Головний склад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receiving</source>
        <translation>Приймання</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Зберігання</translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <location filename="../../warehouse_app/app.py" line="+42"/>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking and restoring the copy {file}…</source>
        <translation>Перевірка й відновлення копії {file}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was restored: {reason}</source>
        <translation>Нічого не відновлено: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database was restored from {file}: {levels} stock levels match {rows} ledger rows.</source>
        <translation>Базу даних відновлено з {file}: {levels} залишків збігаються з {rows} рядками журналу.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database it replaced is kept as {file} in the backups folder.</source>
        <translation>Замінену базу даних збережено як {file} у теці резервних копій.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location line="-185"/>
        <source>An empty warehouse</source>
        <translation>Порожній склад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is empty. Load a demo warehouse (340 kinds of goods, 12 donations) to try the app?

The demo&apos;s goods are made up and the database is then marked as a demo on every station. Choose No to start with an empty warehouse for real stock.</source>
        <translation>Ця база даних порожня. Завантажити демонстраційний склад (340 видів товарів, 12 пожертв), щоб спробувати застосунок?

Демонстраційні товари вигадані, і базу даних буде позначено як демо на кожному робочому місці. Виберіть «Ні», щоб почати з порожнього складу для справжніх запасів.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the demo warehouse…</source>
        <translation>Завантаження демонстраційного складу…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{name} is a manager and has no PIN yet. Choose one (4 to 8 digits) before working as a manager.</source>
        <translation>{name} — керівник і ще не має PIN. Виберіть його (4–8 цифр), перш ніж працювати як керівник.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrong PIN</source>
        <translation>Неправильний PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong PIN three times. Choose your name again, or ask a manager to reset your PIN.</source>
        <translation>Тричі неправильний PIN. Виберіть своє ім’я ще раз або попросіть керівника скинути PIN.</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/ui/widgets/start_window.py" line="+27"/>
        <source>Aid Warehouse cannot start</source>
        <translation>Не вдається запустити Склад допомоги</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/start.py" line="+96"/>
        <source>Aid Warehouse</source>
        <translation>Склад допомоги</translation>
    </message>
    <message>
        <location filename="../../warehouse_app/app.py" line="+118"/>
        <source>The database cannot be opened: {reason}</source>
        <translation>Не вдається відкрити базу даних: {reason}</translation>
    </message>
</context>
<context>
    <name>trucks</name>
    <message>
        <location filename="../../warehouse_app/ui/screens/trucks/load_rows.py" line="+25"/>
        <source>delivered</source>
        <translation>доставлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planning</source>
        <translation>планується</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loading</source>
        <translation>завантаження</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatched</source>
        <translation>відправлена</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{first} and {n} more</source>
        <translation>{first} і ще {n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pallet</source>
        <translation>палета</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>коробка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>box on {pallet}</source>
        <translation>коробка на {pallet}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>loose</source>
        <translation>навалом</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{pieces} + {amount} kg/l</source>
        <translation>{pieces} + {amount} кг/л</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../warehouse_app/ui/base/units.py" line="+10"/>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>packs</source>
        <translation>уп.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs</source>
        <translation>пар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets</source>
        <translation>компл.</translation>
    </message>
</context>
</TS>
