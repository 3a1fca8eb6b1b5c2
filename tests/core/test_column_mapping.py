"""A column mapping remembered per source (issue 16): in the shared database, a manager's act,
replaced or forgotten whole; a damaged setting is as good as none."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.column_mapping import remember_mapping, saved_mapping
from warehouse_app.db.database import Database
from warehouse_app.db.models import Setting
from warehouse_app.kernel.errors import BadInput, Conflict

SIGNATURE = "0123456789abcdef0123456789abcdef01234567"


def test_remembered_replaced_and_forgotten(db: Database, actor: Actor) -> None:
    with db.read() as s:
        assert saved_mapping(s, SIGNATURE) == {}
    with db.write() as s:
        remember_mapping(s, actor, SIGNATURE, {"rzecz": "name", "uwagi": ""})
    with db.read() as s:
        assert saved_mapping(s, SIGNATURE) == {"rzecz": "name", "uwagi": ""}
    with db.write() as s:
        remember_mapping(s, actor, SIGNATURE, {"ile": "quantity"})
    with db.read() as s:
        assert saved_mapping(s, SIGNATURE) == {"ile": "quantity"}
    with db.write() as s:
        s.execute(update(Setting).where(Setting.key == "import_map." + SIGNATURE).values(value="[not json"))
    with db.read() as s:
        assert saved_mapping(s, SIGNATURE) == {}
    with db.write() as s:
        remember_mapping(s, actor, SIGNATURE, {})
    with db.read() as s:
        assert saved_mapping(s, SIGNATURE) == {}


def test_only_a_manager_remembers_and_a_bad_signature_is_refused(db: Database, actor: Actor) -> None:
    with db.write() as s:
        staff = Actor(add_operator(s, "Ola", "staff").id, "station-2")
    with pytest.raises(Conflict, match="Only a manager"), db.write() as s:
        remember_mapping(s, staff, SIGNATURE, {"rzecz": "name"})
    with pytest.raises(BadInput, match="header signature"), db.read() as s:
        saved_mapping(s, "../../etc")
    with pytest.raises(BadInput, match="at most 500 columns"), db.write() as s:
        remember_mapping(s, actor, SIGNATURE, {f"c{i}": "name" for i in range(501)})
