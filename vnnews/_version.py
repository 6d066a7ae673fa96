"""The package version, read by setup.cfg and ``vnnews --version``."""

__version__ = "0.1.0"
