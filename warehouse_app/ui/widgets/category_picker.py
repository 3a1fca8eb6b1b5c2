"""Choose a category by typing a few letters of its name in any language.

A volunteer may know the goods as "konserwy", "консерви" or "canned food"; the
filter matches all three names and the code, ignoring case and accents (so
"zywnosc" finds "Żywność"), keeps the parents of every match visible, and
selects the best match at once so that Enter is enough to choose it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget

from warehouse_app.core.catalogue.categories import LANGUAGES, CategoryInfo

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
NAMES_ROLE = Qt.ItemDataRole.UserRole + 3
_NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def fold(text: str) -> str:
    """Lower case without accents, so a keyboard without Polish letters still finds everything."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def root_code(categories: Iterable[CategoryInfo], category_id: int | None) -> str | None:
    """The code of the top-level category above (or equal to) this one, e.g. FOOD for FOOD.CANNED."""
    by_id = {c.id: c for c in categories}
    current = by_id.get(category_id) if category_id is not None else None
    while current is not None and current.parent_id is not None and current.parent_id in by_id:
        current = by_id[current.parent_id]
    return current.code if current else None


class _CategoryFilter(QSortFilterProxyModel):
    """Accepts a category when every typed word is in one of its names or its code."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)  # a matching child keeps its parents visible
        self.setAutoAcceptChildRows(True)  # "food" shows everything under Food

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        haystack = index.data(SEARCH_ROLE) or ""
        return all(word in haystack for word in self.words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self.words:
            return True
        return self.matches(self.sourceModel().index(source_row, 0, source_parent))


class CategoryPicker(QWidget):
    """A filter field over the category tree; ``chosen`` fires on Enter or double-click."""

    chosen = Signal(int)  # the user confirmed this category (Enter, double-click)
    selection_changed = Signal()  # the highlighted category changed (see selected_id)

    def __init__(self, parent: QWidget | None = None, *, show_archived: bool = False) -> None:
        super().__init__(parent)
        self.show_archived = show_archived
        self.categories: list[CategoryInfo] = []
        self.lang = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("categoryFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Type to find, e.g. konserwy, консерви, canned"))
        self.filter.setToolTip(self.tr("Any language or the code; \u2193\u2191 move through the matches, Enter chooses"))
        layout.addWidget(self.filter)
        self.empty_label = QLabel(self)
        self.empty_label.setStyleSheet("color:#8a1c13;")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        self.source = QStandardItemModel(self)
        self.proxy = _CategoryFilter(self)
        self.proxy.setSourceModel(self.source)
        self.tree = QTreeView(self)
        self.tree.setObjectName("categoryTree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setMinimumHeight(150)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.filter)

        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.selection_changed.emit())
        self.tree.activated.connect(self._choose_current)

    # -- public API -----------------------------------------------------------------------------

    def set_categories(self, categories: list[CategoryInfo], lang: str) -> None:
        """Show this tree (in depth-first order, as list_categories gives it) in ``lang``."""
        keep = self.selected_id()
        self.categories, self.lang = list(categories), lang
        self.source.clear()
        items: dict[int, QStandardItem] = {}
        for cat in categories:
            parent = items.get(cat.parent_id) if cat.parent_id is not None else None
            if cat.parent_id is not None and parent is None:
                continue  # under an archived (hidden) category
            if cat.archived and not self.show_archived:
                continue
            item = self._make_item(cat)
            (parent or self.source.invisibleRootItem()).appendRow(item)
            items[cat.id] = item
        self._filter_changed(self.filter.text(), keep=keep)

    def selected_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected(self) -> CategoryInfo | None:
        wanted = self.selected_id()
        return next((c for c in self.categories if c.id == wanted), None)

    def select(self, category_id: int | None) -> None:
        """Highlight this category (clearing a filter that hides it); None clears the choice."""
        if category_id is None:
            self.tree.setCurrentIndex(QModelIndex())
            return
        index = self._proxy_index(category_id)
        if not index.isValid() and self.filter.text():
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
            self._filter_changed("", keep=category_id)
            return
        self._make_current(index)

    def clear_filter(self) -> None:
        self.filter.clear()

    # -- filtering and keys ---------------------------------------------------------------------

    def _make_item(self, cat: CategoryInfo) -> QStandardItem:
        label = cat.name(self.lang)
        if cat.archived:
            label = self.tr("{name} (archived)").format(name=label)
        item = QStandardItem(label)
        item.setEditable(False)
        item.setData(cat.id, ID_ROLE)
        names = [cat.name(lang) for lang in LANGUAGES]
        item.setData(fold(" ".join([*names, cat.code])), SEARCH_ROLE)
        item.setData([fold(n) for n in names], NAMES_ROLE)
        item.setToolTip(f"{cat.name_pl} \u00b7 {cat.name_en} \u00b7 {cat.name_uk}  [{cat.code}]")
        if cat.archived:
            item.setForeground(QBrush(QColor("#888888")))
        return item

    def _filter_changed(self, text: str, keep: int | None = None) -> None:
        self.proxy.set_words(text)
        if not text.strip():
            self.empty_label.hide()
            self.tree.collapseAll()
            self._select_or_clear(keep)
            return
        self.tree.expandAll()
        best = self._best_match(fold(text).split())
        self.empty_label.setVisible(best is None)
        self.empty_label.setText(self.tr("No category matches \u201c{text}\u201d.").format(text=text.strip()))
        if best is not None:
            self._make_current(best)
        else:
            self.tree.setCurrentIndex(QModelIndex())

    def _select_or_clear(self, category_id: int | None) -> None:
        index = self._proxy_index(category_id) if category_id is not None else QModelIndex()
        if index.isValid():
            self._make_current(index)
        else:
            self.tree.setCurrentIndex(QModelIndex())

    def _best_match(self, words: list[str]) -> QModelIndex | None:
        """The visible category that matches itself (not only through a child), names starting
        with the typed text first, then names with a word starting with it, then tree order."""
        best: tuple[int, int, QModelIndex] | None = None
        order = 0
        stack = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount() - 1, -1, -1)]
        while stack:
            index = stack.pop()
            order += 1
            stack.extend(self.proxy.index(r, 0, index) for r in range(self.proxy.rowCount(index) - 1, -1, -1))
            if not self.proxy.matches(index):
                continue
            names: list[str] = index.data(NAMES_ROLE)
            if any(n.startswith(words[0]) for n in names):
                rank = 0
            elif any(w.startswith(words[0]) for n in names for w in n.split()):
                rank = 1
            else:
                rank = 2
            if best is None or (rank, order) < best[:2]:
                best = (rank, order, index)
        return best[2] if best else None

    def _proxy_index(self, category_id: int) -> QModelIndex:
        found = self.source.match(self.source.index(0, 0), ID_ROLE, category_id, 1,
                                  Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return self.proxy.mapFromSource(found[0]) if found else QModelIndex()

    def _make_current(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def _choose_current(self, *_: object) -> None:
        category_id = self.selected_id()
        if category_id is not None:
            self.chosen.emit(category_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the filter field move through the tree; Enter chooses."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in _NAVIGATION_KEYS:
                self.tree.keyPressEvent(event)  # type: ignore[arg-type]
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id() is not None:
                self._choose_current()
                return True
        return super().eventFilter(watched, event)
