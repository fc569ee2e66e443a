"""``virtlab-sim`` subcommands that live in their own module: each offers
``add_parser(subparsers)`` and ``run(args) -> int`` and is registered in ``core.cli``."""


class CommandError(Exception):
    """Bad input found by a subcommand: ``core.cli`` prints it on one line and exits with 2."""
