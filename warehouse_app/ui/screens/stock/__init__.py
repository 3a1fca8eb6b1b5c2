"""The Stock screen: category totals, the item table, lots, the weight chart, stocktake and write-off."""

from warehouse_app.ui.screens.stock.screen import StockScreen

__all__ = ["StockScreen"]
