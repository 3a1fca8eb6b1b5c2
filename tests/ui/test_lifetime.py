"""Answers that arrive out of order never take a view back in time."""

from __future__ import annotations

from warehouse_app.ui.base.lifetime import Newest


def test_an_old_refresh_answering_late_is_dropped_but_actions_always_show() -> None:
    shown: list[str] = []
    newest = Newest()
    early_refresh = newest.refresh(shown.append)  # asked first ...
    scan = newest.action(shown.append)
    late_refresh = newest.refresh(shown.append)
    scan("after the scan")
    early_refresh("before the scan")  # ... answered after the scan: dropped
    late_refresh("after the scan, refreshed")  # asked after the scan: shown
    older_action = newest.action(shown.append)
    newer_refresh = newest.refresh(shown.append)
    newer_refresh("newest")
    older_action("the user's own answer")  # feedback for an action is never dropped
    assert shown == ["after the scan", "after the scan, refreshed", "newest", "the user's own answer"]
