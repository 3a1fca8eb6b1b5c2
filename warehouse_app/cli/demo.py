"""``warehouse-app demo``: a realistic demo warehouse, for training and trying things out."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from warehouse_app.cli.runtime import actor_names

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from warehouse_app.cli.runtime import Handler
    from warehouse_app.db.database import Database


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help="fill an empty database with a realistic demo warehouse (marked as a demo)")
    demo.add_argument("--seed", type=int, default=2026)


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.access.authentication import as_demo
    from warehouse_app.core.admin.demo import load_demo

    with db.write() as session:
        summary = as_demo(session, actor_names(args)[1], lambda actor: load_demo(session, actor, seed=args.seed))
    print(f"Demo warehouse loaded: {summary.items} items, {summary.donations} donations, "
          f"{summary.movements} movements.")
    return 0


HANDLERS: dict[str, Handler] = {"demo": cmd_demo}
