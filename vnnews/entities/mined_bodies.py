"""Companies and bodies named bare, by a list mined from the training corpus.

News names a company with its head once ("Công ty Vinamilk", "hãng Garuda") and bare
elsewhere ("Vinamilk cho biết"). ``models/org_names/org_names.tsv`` lists the names that
followed an organisation head in VNTC's training articles often enough and were rarely
written after a cue of a person or a place (see its model card). A free capitalised run
equal to one of them is an ORGANIZATION, unless:

- it is part of a longer capitalised name ("Samsung Vina" is not "Samsung"; a generic
  abbreviation before it does not count: "Chủ tịch HĐQT HUD");
- a model code follows it or a word for a thing comes before it ("Samsung C100",
  "chiếc Nissan": a product, :mod:`.products`);
- an honorific comes before it ("ông Tam Nguyên": a person), or a word for a leader's
  time in office ("chính quyền Ford": the president).

>>> t = "Vinamilk và Samsung C100, ông Tam Nguyên, Microsoft Windows."
>>> [e.text for e in find_mined_bodies(t, syllables(t), set())]
['Vinamilk']
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from ..errors import ModelError
from ..resources import load_once, model_file
from .organizations import organization_entity
from .persons import honorific_before
from .products import model_follows, thing_before
from .role_words import NOT_BRAND_ACRONYMS
from .tokens import Syllable, lower_key, syllables  # noqa: F401 (doctests)

_LEADER_TIMES = frozenset({"chính quyền", "nội các", "thời", "thời kỳ", "nhiệm kỳ"})


@load_once
def mined_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First syllable (lower case) → the mined names starting with it, as syllable
    tuples, longest first.

    >>> ("vinamilk",) in mined_names()["vinamilk"]
    True
    """
    path = model_file("org_names", "org_names.tsv")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"org_names/org_names.tsv is unreadable: {exc}") from exc
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for line in lines:
        if line and not line.startswith("#"):
            words = tuple(lower_key(line.split("\t")[0]).split(" "))
            by_first.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(names, key=lambda n: (-len(n), n))) for first, names in by_first.items()}


def find_mined_bodies(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """ORGANIZATION entities for free runs that are mined names, on tokens not in ``taken``.

    >>> t = "Sau đó Samsung Electronics công bố, chiếc Nissan thì không."
    >>> [e.text for e in find_mined_bodies(t, syllables(t), set())]
    []
    """
    names = mined_names()
    found = []
    for i, token in enumerate(tokens):
        if not token.cap or i in taken or token.low not in names or _inside_a_name(tokens, i):
            continue
        end = _name_end(tokens, i, names[token.low], taken)
        if end is not None and not model_follows(tokens, end) and not thing_before(tokens, i) \
                and honorific_before(tokens, i, text) is None and not _after_leader_time(tokens, i):
            found.append(organization_entity(text, token.start, tokens[end - 1].end, "mined"))
    return found


def _inside_a_name(tokens: Sequence[Syllable], i: int) -> bool:
    """A capitalised word right before ``i`` makes it part of a longer name ("Samsung" in
    "Trung tâm Samsung"), unless it is a generic abbreviation ("Chủ tịch HĐQT HUD")."""
    return i > 0 and tokens[i].linked and tokens[i - 1].cap and tokens[i - 1].low not in NOT_BRAND_ACRONYMS


def _after_leader_time(tokens: Sequence[Syllable], i: int) -> bool:
    before = [t.low for t in tokens[max(0, i - 2):i]]
    return tokens[i].linked and (" ".join(before[-1:]) in _LEADER_TIMES or " ".join(before) in _LEADER_TIMES)


def _name_end(tokens: Sequence[Syllable], i: int, candidates, taken: Collection[int]) -> int | None:
    """End of the mined name written at ``i`` when the capitalised run ends with it."""
    for words in candidates:
        end = i + len(words)
        if end <= len(tokens) and all(k not in taken and tokens[k].cap and tokens[k].low == w
                                      and (k == i or tokens[k].linked) for k, w in zip(range(i, end), words)) \
                and not (end < len(tokens) and tokens[end].linked and tokens[end].cap):
            return end
    return None
