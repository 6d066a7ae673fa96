"""Subcommands of the ``vnnews`` command line, one module each (see :mod:`vnnews.cli`)."""
