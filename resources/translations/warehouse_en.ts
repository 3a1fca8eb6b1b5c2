<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ArrivalPanel</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/trucks/arrival_panel.py" line="+177"/>
        <source>Closed: {received} received · {damaged} damaged · {missing} missing · {extra} extra (of %n package(s))</source>
        <translation>
            <numerusform>Closed: {received} received · {damaged} damaged · {missing} missing · {extra} extra (of %n package)</numerusform>
            <numerusform>Closed: {received} received · {damaged} damaged · {missing} missing · {extra} extra (of %n packages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{checked} of %n package(s) checked in · {damaged} damaged · {extra} extra · {left} still to check</source>
        <translation>
            <numerusform>{checked} of %n package checked in · {damaged} damaged · {extra} extra · {left} still to check</numerusform>
            <numerusform>{checked} of %n packages checked in · {damaged} damaged · {extra} extra · {left} still to check</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Truck {number} from {sender} is registered here with %n package(s): scan each label as it comes off.</source>
        <translation>
            <numerusform>Truck {number} from {sender} is registered here with %n package: scan its label as it comes off.</numerusform>
            <numerusform>Truck {number} from {sender} is registered here with %n packages: scan each label as it comes off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n package(s) are still missing.</source>
        <translation>
            <numerusform>%n package is still missing.</numerusform>
            <numerusform>%n packages are still missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Closing puts the goods of %n received and damaged package(s){loose} into this hub&apos;s stock and writes the confirmation for the sender.</source>
        <translation>
            <numerusform>Closing puts the goods of %n received or damaged package{loose} into this hub&apos;s stock and writes the confirmation for the sender.</numerusform>
            <numerusform>Closing puts the goods of %n received and damaged packages{loose} into this hub&apos;s stock and writes the confirmation for the sender.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Closed the arrival of truck {number}: %n line(s) of goods received into stock under donation {donation}.</source>
        <translation>
            <numerusform>Closed the arrival of truck {number}: %n line of goods received into stock under donation {donation}.</numerusform>
            <numerusform>Closed the arrival of truck {number}: %n lines of goods received into stock under donation {donation}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoxesPanel</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/trucks/boxes_panel.py" line="+146"/>
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+89"/>
        <source>The pallet now carries %n box(es).</source>
        <translation>
            <numerusform>The pallet now carries %n box.</numerusform>
            <numerusform>The pallet now carries %n boxes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/stock/category_model.py" line="+187"/>
        <source>{name}: %n item(s) in stock, {kg} kg</source>
        <translation>
            <numerusform>{name}: %n item in stock, {kg} kg</numerusform>
            <numerusform>{name}: %n items in stock, {kg} kg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) below their minimum stock</source>
        <translation>
            <numerusform>%n item below its minimum stock</numerusform>
            <numerusform>%n items below their minimum stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DonationDialog</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/putaway/donation_dialog.py" line="+75"/>
        <source>{number} · {donor} · %n line(s)</source>
        <translation>
            <numerusform>{number} · {donor} · %n line</numerusform>
            <numerusform>{number} · {donor} · %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n line(s) at {place}</source>
        <translation>
            <numerusform>%n line at {place}</numerusform>
            <numerusform>%n lines at {place}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/base/export_job.py" line="+329"/>
        <source>%n page(s) of {what} sent to {printer}.</source>
        <translation>
            <numerusform>%n page of {what} sent to {printer}.</numerusform>
            <numerusform>%n pages of {what} sent to {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/history/screen.py" line="+197"/>
        <source>%n newest row(s) shown; more match.</source>
        <translation>
            <numerusform>%n newest row shown; more match.</numerusform>
            <numerusform>%n newest rows shown; more match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/reports/import_dialog.py" line="+262"/>
        <source>New items to create: %n (nothing is written before you press Import)</source>
        <translation>
            <numerusform>New item to create: %n (nothing is written before you press Import)</numerusform>
            <numerusform>New items to create: %n (nothing is written before you press Import)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>Import and create %n items</source>
        <translation>
            <numerusform>Import and create %n item</numerusform>
            <numerusform>Import and create %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>New items created: %n.</source>
        <translation>
            <numerusform>New items created: %n.</numerusform>
            <numerusform>New items created: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/intake/screen.py" line="+411"/>
        <source>This donation: %n line(s)</source>
        <translation>
            <numerusform>This donation: %n line</numerusform>
            <numerusform>This donation: %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemsTab</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/catalogue/items_tab.py" line="+182"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/main_window.py" line="+140"/>
        <source>Offline: %n scan(s) waiting</source>
        <translation>
            <numerusform>Offline: %n scan waiting</numerusform>
            <numerusform>Offline: %n scans waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sending %n kept scan(s)…</source>
        <translation>
            <numerusform>Sending %n kept scan…</numerusform>
            <numerusform>Sending %n kept scans…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n kept scan(s) refused: for a manager</source>
        <translation>
            <numerusform>%n kept scan refused: for a manager</numerusform>
            <numerusform>%n kept scans refused: for a manager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Last copy off this laptop: %n day(s) ago — Settings › Backups</source>
        <translation>
            <numerusform>Last copy off this laptop: %n day ago — Settings › Backups</numerusform>
            <numerusform>Last copy off this laptop: %n days ago — Settings › Backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PutAwayScreen</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/putaway/screen.py" line="+306"/>
        <source>%n line(s) moved</source>
        <translation>
            <numerusform>%n line moved</numerusform>
            <numerusform>%n lines moved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanSheetCard</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/reports/export_cards.py" line="+419"/>
        <source>Sent %n item label(s) to the label printer.</source>
        <translation>
            <numerusform>Sent %n item label to the label printer.</numerusform>
            <numerusform>Sent %n item labels to the label printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanWaitingNote</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/base/scan_hub.py" line="+56"/>
        <source>%n scan(s) waiting: they will be used when this window closes.</source>
        <translation>
            <numerusform>%n scan waiting: it will be used when this window closes.</numerusform>
            <numerusform>%n scans waiting: they will be used when this window closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/stock/screen.py" line="+317"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/stock/stocktake_dialog.py" line="+190"/>
        <source>Stocktake of {place} recorded: %n line(s) corrected.</source>
        <translation>
            <numerusform>Stocktake of {place} recorded: %n line corrected.</numerusform>
            <numerusform>Stocktake of {place} recorded: %n lines corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/widgets/trace_view.py" line="+219"/>
        <source>{share} % of this donation has left for {places} on %n truck(s), by weight.</source>
        <translation>
            <numerusform>{share} % of this donation has left for {places} on %n truck, by weight.</numerusform>
            <numerusform>{share} % of this donation has left for {places} on %n trucks, by weight.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{share} % of this donation has left for {places} on %n truck(s).</source>
        <translation>
            <numerusform>{share} % of this donation has left for {places} on %n truck.</numerusform>
            <numerusform>{share} % of this donation has left for {places} on %n trucks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>Truck {number} to {destination} carries goods of %n donation(s).</source>
        <translation>
            <numerusform>Truck {number} to {destination} carries goods of %n donation.</numerusform>
            <numerusform>Truck {number} to {destination} carries goods of %n donations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TruckActions</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/trucks/truck_actions.py" line="+75"/>
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TruckFiles</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/trucks/truck_files.py" line="+53"/>
        <source>Truck {number} is delivered: {hub} received {received}, damaged {damaged}, missing {missing} of %n package(s).</source>
        <translation>
            <numerusform>Truck {number} is delivered: {hub} received {received}, damaged {damaged}, missing {missing} of %n package.</numerusform>
            <numerusform>Truck {number} is delivered: {hub} received {received}, damaged {damaged}, missing {missing} of %n packages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TruckPane</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/trucks/truck_pane.py" line="+181"/>
        <source>Total: %n package(s), {pieces} pieces, {net} kg net, {gross} kg gross</source>
        <translation>
            <numerusform>Total: %n package, {pieces} pieces, {net} kg net, {gross} kg gross</numerusform>
            <numerusform>Total: %n packages, {pieces} pieces, {net} kg net, {gross} kg gross</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>⚠ %n line(s) have no weight: enter them or state the gross weight (the papers print “?”, never 0).</source>
        <translation>
            <numerusform>⚠ %n line has no weight: enter it or state the gross weight (the papers print “?”, never 0).</numerusform>
            <numerusform>⚠ %n lines have no weight: enter them or state the gross weight (the papers print “?”, never 0).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TruckPapers</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/trucks/truck_papers.py" line="+76"/>
        <source>Sent %n label(s) of {ref} to the label printer.</source>
        <translation>
            <numerusform>Sent %n label of {ref} to the label printer.</numerusform>
            <numerusform>Sent %n labels of {ref} to the label printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrucksScreen</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/trucks/screen.py" line="+363"/>
        <source>Truck now: %n package(s), {gross} kg gross</source>
        <translation>
            <numerusform>Truck now: %n package, {gross} kg gross</numerusform>
            <numerusform>Truck now: %n packages, {gross} kg gross</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarehousePage</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/settings/warehouse_page.py" line="+179"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s), from above</source>
        <translation>
            <numerusform>%n day, from above</numerusform>
            <numerusform>%n days, from above</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeightChart</name>
    <message numerus="yes">
        <location filename="../../warehouse_app/ui/screens/stock/weight_chart.py" line="+42"/>
        <source>⚠ %n item(s) in stock have no unit weight and are not in these bars</source>
        <translation>
            <numerusform>⚠ %n item in stock has no unit weight and is not in these bars</numerusform>
            <numerusform>⚠ %n items in stock have no unit weight and are not in these bars</numerusform>
        </translation>
    </message>
</context>
</TS>
