"""``virtlab-sim`` subcommands that live in their own module: each offers
``add_parser(subparsers)`` and ``run(args) -> int`` and is registered in ``core.cli``."""
