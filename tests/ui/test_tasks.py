"""Operations: work runs off the GUI thread, results and errors come back to it, to a live owner,
and every committed write announces what it changed."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from warehouse_app.core.access.operators import add_operator
from warehouse_app.db.models import Operator
from warehouse_app.kernel.errors import BadInput
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.tasks import Change, ChangeNotice, Op


def test_work_runs_off_the_gui_thread_and_commits(ctx: AppContext, qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def work(session):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.current_thread()
        return add_operator(session, "Piotr Wiśniewski").name

    with qtbot.waitCallback() as done:
        Op(None, work, write=True).success(done).run(ctx.runner)
    assert done.args == ["Piotr Wiśniewski"]
    assert seen["thread"] is not threading.main_thread()
    with qtbot.waitCallback() as counted:
        Op(None, lambda s: s.scalar(select(func.count()).select_from(Operator))).success(counted).run(ctx.runner)
    assert counted.args == [2]


def test_an_error_is_one_sentence_and_rolls_back(ctx: AppContext, qtbot: QtBot) -> None:
    def work(session):  # type: ignore[no-untyped-def]
        add_operator(session, "Half Done")
        raise BadInput("The quantity must be more than zero, not {value}.", value="0")

    with qtbot.waitCallback() as failed:
        Op(None, work, write=True).failure(failed).run(ctx.runner)
    assert failed.args == ["The quantity must be more than zero, not 0."]
    with qtbot.waitCallback() as names:
        Op(None, lambda s: list(s.scalars(select(Operator.name)))).success(names).run(ctx.runner)
    assert "Half Done" not in names.args[0]


def test_unexpected_errors_do_not_show_a_traceback(ctx: AppContext, qtbot: QtBot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # the user data folder (Linux), where the log goes
    with qtbot.waitSignal(ctx.runner.error) as shown:
        Op(None, lambda s: 1 / 0).run(ctx.runner)
    message = shown.args[0]
    assert "Traceback" not in message and "nothing was saved" in message
    log = next((tmp_path / "AidWarehouse" / "logs").glob("crash-*.log"))
    assert str(log) in message and "ZeroDivisionError" in log.read_text()


def test_busy_signal_brackets_the_work(ctx: AppContext, qtbot: QtBot) -> None:
    states: list[bool] = []
    ctx.runner.busy_changed.connect(states.append)
    with qtbot.waitCallback() as done:
        Op(None, lambda s: None).success(done).run(ctx.runner)
    qtbot.waitUntil(lambda: states == [True, False])


def test_a_committed_write_announces_what_changed_and_who_asked(ctx: AppContext, qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    heard: list[ChangeNotice] = []
    ctx.runner.changed.connect(heard.append)
    with qtbot.waitCallback() as done:
        Op(owner, lambda s: add_operator(s, "Iryna Bondar").name, write=True,
           changes=Change.OPERATORS).success(done).run(ctx.runner)
    assert done.args == ["Iryna Bondar"]
    assert len(heard) == 1 and heard[0].changes == Change.OPERATORS and heard[0].initiated_by(owner)


def test_reads_and_failed_writes_announce_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    heard: list[ChangeNotice] = []
    ctx.runner.changed.connect(heard.append)
    with qtbot.waitCallback() as failed:
        Op(None, lambda s: (add_operator(s, "X"), 1 / 0), write=True, changes=Change.OPERATORS) \
            .failure(failed).run(ctx.runner)
    with qtbot.waitCallback() as read:
        Op(None, lambda s: None).success(read).run(ctx.runner)
    assert heard == []


def test_an_answer_to_a_closed_window_is_dropped_but_its_change_still_announced(ctx: AppContext, qtbot: QtBot) -> None:
    import shiboken6

    owner = QWidget()
    answers: list[object] = []
    heard: list[ChangeNotice] = []
    ctx.runner.changed.connect(heard.append)
    Op(owner, lambda s: add_operator(s, "Late Answer").name, write=True, changes=Change.OPERATORS) \
        .success(answers.append).run(ctx.runner)
    shiboken6.delete(owner)  # the user closed the dialog before the database answered
    qtbot.waitUntil(lambda: len(heard) == 1)
    assert answers == [] and heard[0].initiator is None


def test_a_watcher_hears_others_changes_but_not_its_own(ctx: AppContext, qtbot: QtBot) -> None:
    screen, other = QWidget(), QWidget()
    qtbot.addWidget(screen)
    qtbot.addWidget(other)
    refreshed: list[str] = []
    ctx.watch(screen, Change.STOCK | Change.OPERATORS, lambda: refreshed.append("refresh"))
    for owner, name in ((screen, "Own Change"), (other, "Someone Else")):
        with qtbot.waitCallback() as done:
            Op(owner, lambda s, n=name: add_operator(s, n).name, write=True,
               changes=Change.OPERATORS).success(done).run(ctx.runner)
    with qtbot.waitCallback() as done:  # a change the screen does not show
        Op(other, lambda s: add_operator(s, "Catalogue Only").name, write=True,
           changes=Change.CATALOGUE).success(done).run(ctx.runner)
    assert refreshed == ["refresh"]
