"""The Catalogue screen: items with their barcodes, and the category tree."""

from warehouse_app.ui.screens.catalogue.screen import CatalogueScreen

__all__ = ["CatalogueScreen"]
