"""The task helper: work runs off the GUI thread, results and errors come back to it."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from warehouse_app.core.access.operators import add_operator
from warehouse_app.db.models import Operator
from warehouse_app.kernel.errors import BadInput
from warehouse_app.ui.base.context import AppContext


def test_work_runs_off_the_gui_thread_and_commits(ctx: AppContext, qtbot) -> None:
    seen: dict[str, object] = {}

    def work(session):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.current_thread()
        return add_operator(session, "Piotr Wiśniewski").name

    with qtbot.waitCallback() as done:
        ctx.runner.write(work, done)
    assert done.args == ["Piotr Wiśniewski"]
    assert seen["thread"] is not threading.main_thread()
    with qtbot.waitCallback() as counted:
        ctx.runner.read(lambda s: s.scalar(select(func.count()).select_from(Operator)), counted)
    assert counted.args == [2]


def test_an_error_is_one_sentence_and_rolls_back(ctx: AppContext, qtbot) -> None:
    def work(session):  # type: ignore[no-untyped-def]
        add_operator(session, "Half Done")
        raise BadInput("The quantity must be more than zero, not {value}.", value="0")

    with qtbot.waitCallback() as failed:
        ctx.runner.write(work, on_error=failed)
    assert failed.args == ["The quantity must be more than zero, not 0."]
    with qtbot.waitCallback() as names:
        ctx.runner.read(lambda s: list(s.scalars(select(Operator.name))), names)
    assert "Half Done" not in names.args[0]


def test_unexpected_errors_do_not_show_a_traceback(ctx: AppContext, qtbot) -> None:
    with qtbot.waitSignal(ctx.runner.error) as shown:
        ctx.runner.read(lambda s: 1 / 0)
    message = shown.args[0]
    assert "ZeroDivisionError" in message and "Traceback" not in message and "nothing was saved" in message


def test_busy_signal_brackets_the_work(ctx: AppContext, qtbot) -> None:
    states: list[bool] = []
    ctx.runner.busy_changed.connect(states.append)
    with qtbot.waitCallback() as done:
        ctx.runner.read(lambda s: None, done)
    qtbot.waitUntil(lambda: states == [True, False])
