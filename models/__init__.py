"""Shipped model data (installed as ``vnnews._models``); see README.md in this folder."""
