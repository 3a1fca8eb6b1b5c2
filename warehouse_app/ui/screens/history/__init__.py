"""The History screen: the ledger, filtered and paged, exported to Excel, a row reversed."""

from warehouse_app.ui.screens.history.screen import HistoryScreen

__all__ = ["HistoryScreen"]
