"""The Stock screen: category totals, the item table, lots, the weight chart, stocktake and write-off."""

from warehouse_app.ui.stock.screen import StockScreen

__all__ = ["StockScreen"]
