"""Every docstring example in the package runs and gives the output it shows."""

import doctest
import importlib
import pkgutil

import pytest

import vnnews

MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(vnnews.__path__, prefix="vnnews.")
    if not m.name.startswith("vnnews._models")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctest examples failed in {name}"
