"""The installed package carries every subpackage and the shipped models."""

import configparser
from pathlib import Path

import vnnews
from vnnews.cli import main
from vnnews.resources import model_file, models_dir

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_declared_in_setup_cfg():
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg")
    declared = set(cfg["options"]["packages"].split())
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "vnnews").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert on_disk <= declared, f"add to setup.cfg [options] packages: {sorted(on_disk - declared)}"


def test_models_folder_found_with_readme():
    assert models_dir().is_dir()
    assert model_file("README.md").read_text(encoding="utf-8").startswith("# Shipped models")


def test_a_source_checkout_reads_its_own_models():
    """Run from a checkout (``PYTHONPATH=.``), vnnews reads that checkout's models/, not those of
    another checkout an editable install maps to ``vnnews._models``."""
    checkout = Path(vnnews.__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file():
        assert models_dir() == checkout / "models"


def test_cli_version(capsys):
    assert main(["--version"]) == 0
    assert vnnews.__version__ in capsys.readouterr().out


def test_cli_help_lists_commands(capsys):
    assert main([]) == 2
    assert "COMMAND" in capsys.readouterr().out


def test_public_api_names_resolve():
    missing = [name for name in vnnews.__all__ if not hasattr(vnnews, name)]
    assert not missing, f"public names that do not resolve: {missing}"


def test_public_functions_have_docstring_examples():
    import inspect

    without = [
        name
        for name in vnnews.__all__
        if callable(getattr(vnnews, name))
        and not inspect.isclass(getattr(vnnews, name))
        and ">>>" not in (inspect.getdoc(getattr(vnnews, name)) or "")
    ]
    assert not without, f"public functions without a runnable example: {without}"
