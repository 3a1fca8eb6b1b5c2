"""``warehouse-app operator``: the people who work at the stations, their roles and PINs."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from warehouse_app.cli.output import print_json, print_table
from warehouse_app.cli.runtime import actor as command_actor
from warehouse_app.kernel.errors import BadInput

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from warehouse_app.cli.runtime import Handler
    from warehouse_app.db.database import Database


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    op = sub.add_parser("operator", help="people who work at the stations").add_subparsers(dest="action", required=True, metavar="ACTION")
    op.add_parser("list").add_argument("--json", action="store_true")
    oadd = op.add_parser("add", help="a manager adds a person (on a new database, the first manager needs no one); "
                                     "a manager's PIN is asked at once (twice at a terminal, one line when piped)")
    oadd.add_argument("name")
    oadd.add_argument("--role", default="staff", choices=("staff", "loader", "manager"))
    obadges = op.add_parser("badges", help="a PDF of badges to scan at start (everyone working here, or those named)")
    obadges.add_argument("names", nargs="*", metavar="NAME")
    obadges.add_argument("--out", required=True, help="the PDF file to write")
    opin = op.add_parser("pin", help="set an operator's PIN (asks the current one if set; read from stdin when piped)")
    opin.add_argument("name")
    orole = op.add_parser("role", help="give an operator another role (--operator must be a manager); "
                                       "a new manager without a PIN gets one at once")
    orole.add_argument("name")
    orole.add_argument("role", choices=("staff", "loader", "manager"))
    for action, text in (("retire", "a person who no longer works here (their movements keep the name)"),
                         ("restore", "bring a retired operator back")):
        op.add_parser(action, help=text).add_argument("name")


def _ask_secret(prompt: str) -> str:
    """A PIN from the terminal without echo, or one line of stdin when piped (scripts)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise BadInput("No PIN was given.")
    return line.rstrip("\n")


def _ask_new_pin(prompt: str) -> str:
    """A new PIN: typed at a terminal it is asked twice (a slip of the finger is caught); a
    script piping it gives it once, or twice (a second line, when there is one, must agree).
    Its form is checked before anything is written (core/access/pins)."""
    from warehouse_app.core.access.pins import check_pin_format

    new = _ask_secret(prompt)
    again = _ask_secret("The same PIN again: ") if sys.stdin.isatty() else (sys.stdin.readline().rstrip("\n") or new)
    if again != new:
        raise BadInput("The two new PINs differ; nothing was changed.")
    return check_pin_format(new)


def _new_pin(name: str) -> str:
    """A new manager's PIN, asked before the change's transaction (a person typing holds no
    lock); when piped, it comes after the operator's own PIN line (``--pin-stdin``)."""
    return _ask_new_pin(f"PIN for the new manager {' '.join(name.split())}: ")


def cmd_operator(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.access import operators

    if args.action == "add":
        from warehouse_app.core.access.roles import has_manager

        with db.read() as session:  # who asks is proven before anyone types a new PIN
            if has_manager(session):
                operators.require_manager(session, command_actor(session, args), "add operators")
        pin = _new_pin(args.name) if args.role == "manager" else None
        with db.write() as session:  # until there is a manager, anyone may add the first one
            by = command_actor(session, args) if has_manager(session) else None
            info = operators.add_person(session, by, args.name, args.role, pin=pin)
        print(f"Added operator {info.name} ({info.role})")
        return 0
    if args.action == "badges":
        from warehouse_app.documents.jobs import badges_job, run_job

        written = run_job(db, badges_job(args.names), args.out)
        people = written.data[0]
        print(f"Wrote {len(people)} badge{'' if len(people) == 1 else 's'} to {written.path}")
        return 0
    if args.action == "pin":
        with db.read() as session:
            has_pin = operators.find_operator(session, args.name).has_pin
        current = _ask_secret("Current PIN: ") if has_pin else None
        new = _ask_new_pin("New PIN: ")
        with db.write() as session:
            info = operators.set_pin(session, args.name, new, current_pin=current)
        print(f"The PIN of {info.name} is set.")
        return 0
    if args.action in ("role", "retire", "restore"):
        pin = None
        if args.action == "role" and args.role == "manager":
            with db.read() as session:  # who asks is proven before anyone types a new PIN
                operators.require_manager(session, command_actor(session, args), "change roles")
                has_pin = operators.find_operator(session, args.name).has_pin
            pin = None if has_pin else _new_pin(args.name)
        with db.write() as session:
            actor = command_actor(session, args)
            if args.action == "role":
                info = operators.set_role(session, actor, args.name, args.role, pin=pin)
            else:
                info = operators.set_active(session, actor, args.name, args.action == "restore")
        print(f"{info.name}: {info.role}{'' if info.active else ', retired'}")
        return 0
    with db.read() as session:
        rows = operators.list_operators(session)
    if args.json:
        print_json(rows)
        return 0
    print_table(["name", "role", "PIN", "badge"], [(r.name, r.role, "set" if r.has_pin else "", r.badge) for r in rows])
    return 0


HANDLERS: dict[str, Handler] = {"operator": cmd_operator}
