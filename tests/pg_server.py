"""A private PostgreSQL server for a test: made in a temporary folder, stopped and started at will.

The offline-station tests need a server that really goes away (its sessions are cut, new
connections refused) and comes back with its data, which the shared test server must
never do. ``initdb`` and ``pg_ctl`` come from /usr/lib/postgresql/*/bin (or $PG_BIN); as
root they run as the ``postgres`` user, as PostgreSQL requires. Without them the test is
skipped with the reason, never silently passed.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _bin_dir() -> Path | None:
    found = os.environ.get("PG_BIN") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)), None)
    return Path(found) if found and (Path(found) / "initdb").exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrivateServer:
    def __init__(self) -> None:
        bin_dir = _bin_dir()
        if bin_dir is None:
            pytest.skip("initdb/pg_ctl not found (set PG_BIN): no private PostgreSQL server for this test")
        self.bin = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="aidwh-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        self.start()

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self._as, str(self.bin / tool), *args], check=True, capture_output=True, timeout=60)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start")

    def stop(self) -> None:
        """Fast shutdown: every session is cut, as when the server restarts."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        try:
            self.stop()
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture(name="server")
def server_fixture() -> Iterator[PrivateServer]:
    """A private server for one test, removed afterwards (import it into the test module)."""
    pg = PrivateServer()
    yield pg
    pg.remove()


class Goods:
    """Barcodes of the offline tests' catalogue."""

    rice = "5901234123457"  # pcs, no expiry
    milk = "5900000000015"  # pcs, tracks expiry
    milk_case = "15900000000012"  # a case of 12 milk
    archived = "5900000000022"  # an archived item's

    def __init__(self, rice_id: int, milk_id: int) -> None:
        self.rice_id, self.milk_id = rice_id, milk_id


def add_goods(db):  # type: ignore[no-untyped-def]
    from warehouse_app.core.catalogue.items import add_item, edit_item

    with db.write() as s:
        rice = add_item(s, name="Ryż 1 kg", category="FOOD", unit="pcs", barcodes_=[Goods.rice])
        milk = add_item(s, name="Mleko UHT 1 l", category="FOOD", unit="pcs", tracks_expiry=True,
                 barcodes_=[Goods.milk, (Goods.milk_case, 12)])
        old = add_item(s, name="Stary krem", category="HYGIENE", unit="pcs", barcodes_=[Goods.archived])
        edit_item(s, old.id, archived=True)
    return Goods(rice.id, milk.id)


def levels(db):  # type: ignore[no-untyped-def]
    """Stock per item name, over every place."""
    from decimal import Decimal

    from sqlalchemy import func, select

    from warehouse_app.db.models import Item, StockLevel

    with db.read() as s:
        rows = s.execute(select(Item.name, func.sum(StockLevel.quantity)).join(Item, Item.id == StockLevel.item_id)
                         .group_by(Item.name))
        return {name: Decimal(str(qty)) for name, qty in rows if qty}
