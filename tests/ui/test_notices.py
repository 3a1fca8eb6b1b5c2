"""Warnings from core reach the screen through the same translation as error sentences."""

from __future__ import annotations

from warehouse_app.kernel.errors import Notice
from warehouse_app.ui.base.texts import notice_text


def test_a_notice_is_english_text_that_keeps_its_template(qapp) -> None:  # type: ignore[no-untyped-def]
    notice = Notice("{code} is not sealed.", code="BX000042")
    assert notice == "BX000042 is not sealed." and "sealed" in notice  # plain text for the CLI and logs
    assert (notice.template, notice.params) == ("{code} is not sealed.", {"code": "BX000042"})
    assert notice_text(notice) == "BX000042 is not sealed."  # no translator installed: the English sentence
    assert notice_text("typed by a user") == "typed by a user"
