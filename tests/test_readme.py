"""README.md's Python examples run as one doctest session and print what README shows.

README is the first page a user reads: its examples (normalisation, entities, topics, the
pandas table, the corpus priors of every 500th VNTC test article) were checked by hand only.
They read ``../shared/data`` beside the repository, as README says, and skip without it.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def readme_examples() -> doctest.DocTest:
    """Every ```python block of README.md, in order, as one doctest (shared globals)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    return doctest.DocTestParser().get_doctest("\n".join(blocks), {}, "README.md", str(ROOT / "README.md"), 0)


def test_readme_has_examples():
    assert len(readme_examples().examples) >= 40


@pytest.mark.skipif(not (ROOT.parent / "shared" / "data" / "vntc").is_dir(), reason="README reads ../shared/data")
def test_readme_python_examples(monkeypatch):
    pytest.importorskip("pandas")
    monkeypatch.chdir(ROOT)  # README's paths are relative to the repository
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(readme_examples())
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} README examples failed (output above)"
