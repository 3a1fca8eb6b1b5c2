"""``warehouse-app``: the desktop app without a command, else the command line.

The one module above both front ends, so the CLI never imports the GUI (its commands
load no Qt widgets) and the GUI never imports the CLI.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from warehouse_app.cli.main import closed_pipe, parse_arguments, run_command


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_arguments(argv)
    except BrokenPipeError:  # --help or --version into a closed pipe
        return closed_pipe()
    if isinstance(args, int):  # a usage mistake, already said in one sentence
        return args
    if args.self_test:
        from warehouse_app.self_test import run_self_test

        return run_self_test()
    if args.command is None:
        from warehouse_app.start import run

        # No --db or $WAREHOUSE_DB: the database chosen in the settings dialog, else the default.
        return run(args.db or os.environ.get("WAREHOUSE_DB"),
                   operator=args.operator or os.environ.get("WAREHOUSE_OPERATOR"),
                   station=args.station or os.environ.get("WAREHOUSE_STATION"), lang=args.lang)
    return run_command(args)
