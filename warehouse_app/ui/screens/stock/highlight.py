"""The colours the Stock screen uses to point at trouble, in one place so the legend matches.

Background tints carry the meaning and dark text keeps the contrast readable on
any screen: red for expired goods, amber for goods expiring soon, a pale orange
for stock below its minimum.
"""

from __future__ import annotations

import html
from datetime import date, timedelta
from enum import Enum

from PySide6.QtGui import QBrush, QColor

SOON_DAYS = 30


class Alert(Enum):
    EXPIRED = "expired"
    SOON = "soon"
    LOW = "low"  # below the minimum stock


BACKGROUND = {
    Alert.EXPIRED: QColor("#f8d7da"),
    Alert.SOON: QColor("#ffe69c"),
    Alert.LOW: QColor("#fdebd3"),
}
FOREGROUND = {
    Alert.EXPIRED: QColor("#842029"),
    Alert.SOON: QColor("#5c4300"),
    Alert.LOW: QColor("#7a3e00"),
}


def background(alert: Alert | None) -> QBrush | None:
    return QBrush(BACKGROUND[alert]) if alert else None


def foreground(alert: Alert | None) -> QBrush | None:
    return QBrush(FOREGROUND[alert]) if alert else None


def expiry_alert(expiry: date | None, today: date | None = None, soon_days: int = SOON_DAYS) -> Alert | None:
    """Expired (before today), soon (within ``soon_days``), or nothing to worry about."""
    if expiry is None:
        return None
    day = today or date.today()
    if expiry < day:
        return Alert.EXPIRED
    if expiry <= day + timedelta(days=soon_days):
        return Alert.SOON
    return None


def swatch_html(alert: Alert, text: str) -> str:
    """A small coloured box and its meaning, for legend labels."""
    return (f'<span style="background:{BACKGROUND[alert].name()}; color:{FOREGROUND[alert].name()};">'
            f'&nbsp;■&nbsp;</span>&nbsp;{html.escape(text)}')
