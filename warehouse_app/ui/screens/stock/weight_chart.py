"""A bar chart of stock weight per top-level category: where the tonnes are, at a glance."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from warehouse_app.ui.base.formats import show_qty

LABEL_SHARE = 0.35  # of the chart's width, for the category names


class WeightChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.setTitle(self.tr("Stock weight by category (kg)"))
        chart.legend().hide()
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        title = QFont(self.font())
        title.setBold(True)
        chart.setTitleFont(title)
        self.setMinimumHeight(180)
        self.values: list[tuple[str, Decimal]] = []

    def set_weights(self, weights: list[tuple[str, Decimal]], without_weight: int = 0) -> None:
        """Replace the bars; the first category is drawn at the top. ``without_weight`` items
        in stock have no unit weight: the title says so, so no bar reads as "no stock"."""
        title = self.tr("Stock weight by category (kg)")
        if without_weight:
            title += "\n" + self.tr("\u26a0 %n item(s) in stock have no unit weight and are not in these bars",
                                     "", without_weight)
        self.chart().setTitle(title)
        self.values = list(weights)
        self.setMinimumHeight(64 + 22 * len(self.values))  # below this Qt Charts hides every name
        self._build()

    def _label(self, name: str) -> str:
        """Shorten long names ourselves: Qt Charts would otherwise replace them all by "..." when narrow."""
        room = max(60, int(self.width() * LABEL_SHARE))
        return QFontMetrics(self._small).elidedText(name, Qt.TextElideMode.ElideRight, room)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        if self.values and event.size().width() != event.oldSize().width():
            self._build()

    def _on_hover(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self.values):
            name, kg = list(reversed(self.values))[index]
            QToolTip.showText(QCursor.pos(), self.tr("{category}: {kg} kg").format(category=name, kg=show_qty(round(kg))))
        else:
            QToolTip.hideText()

    def _build(self) -> None:
        chart = self.chart()
        chart.setLocalizeNumbers(True)  # 12 586 / 12,586 as the rest of the screen writes them
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Weight kg"))
        bars.setColor(QColor("#4a7bb7"))
        bars.setLabelColor(QColor("#1d2b3a"))
        ordered = list(reversed(self.values))  # horizontal bars are laid out bottom-up
        bars.append([float(round(kg)) for _, kg in ordered])  # whole kilograms are plenty here
        series = QHorizontalBarSeries()
        series.append(bars)
        series.hovered.connect(lambda status, index, _bars: self._on_hover(status, index))
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)
        bars.setLabelFont(self._small)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([self._label(name) for name, _ in ordered])
        names.setLabelsFont(self._small)
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        kg_axis = QValueAxis()
        top = max((float(kg) for _, kg in self.values), default=0.0)
        kg_axis.setRange(0, top * 1.3 if top > 0 else 10)  # room for the value labels
        kg_axis.setLabelFormat("%.0f")
        kg_axis.setTickCount(3)
        kg_axis.applyNiceNumbers()
        kg_axis.setLabelsFont(self._small)
        chart.setTitle(self.tr("Stock weight by category (kg)") if top > 0
                       else self.tr("No stock to chart yet"))
        chart.addAxis(kg_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(kg_axis)
