"""The Catalogue screen: what kinds of goods the warehouse knows, and their categories."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.tasks import Change
from warehouse_app.ui.operations import catalogue as ops
from warehouse_app.ui.screens.catalogue.categories_tab import CategoriesTab
from warehouse_app.ui.screens.catalogue.items_tab import ItemsTab
from warehouse_app.ui.screens.screen import Screen


class CatalogueScreen(Screen):
    """Two tabs over one category tree, read once per change and shared by both."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("catalogue")
        self.items = ItemsTab(ctx, self)
        self.categories = CategoriesTab(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.items, self.tr("Items"))
        self.tabs.addTab(self.categories, self.tr("Categories"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        ctx.watch(self, Change.CATALOGUE, self.reload)  # whoever changed it: these tabs, intake, an import

    def title(self) -> str:
        return self.tr("Catalogue")

    def activated(self) -> None:
        self.reload()
        if self.tabs.currentWidget() is self.items:
            self.items.search.setFocus()

    def reload(self) -> None:
        """Read the category tree and the current page of items again (after any change)."""
        ops.categories(self).success(self._categories_loaded).failure(self.ctx.messages.error).run(self.ctx.runner)
        self.items.refresh()

    def _categories_loaded(self, categories: list[CategoryInfo]) -> None:
        self.items.set_categories(categories)
        self.categories.set_categories(categories)

    def handle_scan(self, code: str) -> None:
        """A scan adds to an open item dialog, else finds the item (or offers a new one)."""
        if self.items.dialog is None:
            self.tabs.setCurrentWidget(self.items)
        self.items.handle_scan(code)
