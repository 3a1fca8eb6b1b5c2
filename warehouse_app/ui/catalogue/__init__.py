"""The Catalogue screen: items with their barcodes, and the category tree."""

from warehouse_app.ui.catalogue.screen import CatalogueScreen

__all__ = ["CatalogueScreen"]
