"""Settings, one tab per owner: this station (this computer), the database (this computer,
from the next start), the warehouse (the shared database), the operators (managers) and
the backups (copies of this station's SQLite file)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.settings.backups_page import BackupsPage
from warehouse_app.ui.screens.settings.database_page import DatabasePage
from warehouse_app.ui.screens.settings.label_printer_page import LabelPrinterPage
from warehouse_app.ui.screens.settings.operators_page import OperatorsPage
from warehouse_app.ui.screens.settings.station_page import StationPage
from warehouse_app.ui.screens.settings.warehouse_page import WarehousePage


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.station_page = StationPage(ctx, self.tabs)
        self.database_page = DatabasePage(ctx, database_name, self.tabs)
        self.warehouse_page = WarehousePage(ctx, self.tabs)
        self.backups_page = BackupsPage(ctx, self.tabs)
        self.tabs.addTab(self.station_page, self.tr("This station"))
        self.tabs.addTab(self.database_page, self.tr("Database"))
        self.tabs.addTab(self.warehouse_page, self.tr("Warehouse"))
        self.operators_page: OperatorsPage | None = None
        if ctx.is_manager:
            self.operators_page = OperatorsPage(ctx, self.tabs)
            self.tabs.addTab(self.operators_page, self.tr("Operators"))
        else:
            index = self.tabs.addTab(QWidget(self.tabs), self.tr("Operators"))
            self.tabs.setTabEnabled(index, False)
            self.tabs.setTabToolTip(index, self.tr("Only a manager can manage operators."))
        self.tabs.addTab(self.backups_page, self.tr("Backups"))
        self.label_printer_page = LabelPrinterPage(ctx, self.tabs)
        self.tabs.addTab(self.label_printer_page, self.tr("Label printer"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 700)
