"""Syllable features and BIO tags for the stacked sequence labeller (:mod:`.stacked`).

Each syllable is described by its own form and shape, its neighbours (±2), whether it is a
family name, a given name or the first word of an organisation head, and by what the rule
recognizer made of it: the BIO tag of every rule entity covering it, with the entity's
``kind``/``cue``/``head`` attrs. Learned labels are the outer spans of PERSON, OFFICIAL,
ORGANIZATION and LOCATION (a LOCATION inside an ORGANIZATION stays the rules').

>>> from vnnews.entities.tokens import syllables
>>> text = "Ông Nguyễn Văn An đến Bộ Tư pháp."
>>> syl = syllables(text)
>>> tags = spans_to_bio(syl, [(4, 17, "PERSON"), (22, 32, "ORGANIZATION")])
>>> tags
['O', 'B-PERSON', 'I-PERSON', 'I-PERSON', 'O', 'B-ORGANIZATION', 'I-ORGANIZATION', 'I-ORGANIZATION']
>>> bio_to_spans(syl, tags)
[(4, 17, 'PERSON'), (22, 32, 'ORGANIZATION')]
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from .org_head_words import ORG_HEADS_NAMED
from .persons import given_name_shares, is_surname
from .tokens import Syllable

LEARNED = ("PERSON", "OFFICIAL", "ORGANIZATION", "LOCATION")
"""The labels the stacked labeller decides; the admin units stay the rules'."""

_ATTRS = ("kind", "cue", "head")
_HEAD_FIRST = frozenset(head.split()[0] for head in ORG_HEADS_NAMED)
_HEAD_PAIRS = frozenset(" ".join(head.split()[:2]) for head in ORG_HEADS_NAMED if " " in head)
_VIETNAMESE_MARKS = frozenset("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def outer_spans(spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The learned-label spans not inside another learned-label span, by position; of one
    span given two labels, the first in :data:`LEARNED` (ORGANIZATION before LOCATION), so
    the answer does not hang on set order (the string hash seed).

    >>> outer_spans([(0, 20, "ORGANIZATION"), (10, 20, "LOCATION"), (25, 30, "PROVINCE")])
    [(0, 20, 'ORGANIZATION')]
    >>> outer_spans([(0, 9, "LOCATION"), (0, 9, "ORGANIZATION")])
    [(0, 9, 'ORGANIZATION')]
    """
    learned = sorted({s for s in spans if s[2] in LEARNED}, key=lambda s: (s[0], -s[1], LEARNED.index(s[2])))
    kept: list[tuple[int, int, str]] = []
    for span in learned:
        if kept and span[0] < kept[-1][1]:
            continue  # nested in (or crossing) the span before
        kept.append(span)
    return kept


def spans_to_bio(syl: Sequence[Syllable], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO tags of the syllables for the outer learned-label ``spans`` (start, end, label).

    >>> from vnnews.entities.tokens import syllables
    >>> spans_to_bio(syllables("Sở Y tế Hà Nội"), [(0, 7, "ORGANIZATION"), (8, 14, "PROVINCE")])
    ['B-ORGANIZATION', 'I-ORGANIZATION', 'I-ORGANIZATION', 'O', 'O']
    """
    tags = ["O"] * len(syl)
    for start, end, label in outer_spans(spans):
        inside = [k for k, s in enumerate(syl) if s.start < end and s.end > start]
        for n, k in enumerate(inside):
            tags[k] = ("B-" if n == 0 else "I-") + label
    return tags


def bio_to_spans(syl: Sequence[Syllable], tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) spans of a BIO tag sequence over ``syl`` (a stray I- opens a span).

    >>> from vnnews.entities.tokens import syllables
    >>> bio_to_spans(syllables("Bộ Tư pháp"), ["I-ORGANIZATION", "I-ORGANIZATION", "O"])
    [(0, 5, 'ORGANIZATION')]
    """
    spans, current = [], None
    for token, tag in zip(syl, tags):
        label = tag[2:] if tag != "O" else None
        if label and current and tag.startswith("I-") and current[2] == label:
            current[1] = token.end
            continue
        if current:
            spans.append(tuple(current))
        current = [token.start, token.end, label] if label else None
    if current:
        spans.append(tuple(current))
    return spans


def underthesea_tags(text: str, syl: Sequence[Syllable], offset: int = 0) -> list[str]:
    """underthesea's CRF NER tag of the word covering each syllable of the sentence ``text``
    (``B-`` on the word's first syllable only); ``syl`` offsets minus ``offset`` are into
    ``text`` (a sentence cut from a longer text at ``offset``).

    >>> from vnnews.entities.tokens import syllables
    >>> text = "Ông Nguyễn Văn An đến Hà Nội"
    >>> underthesea_tags(text, syllables(text))[1:4]
    ['B-PER', 'I-PER', 'I-PER']
    """
    from ..errors import BackendError
    from .crf import _tagger

    tags, cursor = ["O"] * len(syl), 0
    try:
        tagged = _tagger()(text)
    except Exception as exc:  # noqa: BLE001 - a backend failure, reported as ours
        raise BackendError(f"underthesea.ner failed: {exc}") from exc
    for word, _pos, _chunk, tag in tagged:
        where = text.find(word, cursor)
        if where < 0:
            continue
        cursor = where + len(word)
        inside = [k for k, s in enumerate(syl) if s.start - offset < cursor and s.end - offset > where]
        for n, k in enumerate(inside):
            tags[k] = tag if n == 0 or tag == "O" else "I-" + tag[2:]
    return tags


def shape(token: Syllable) -> str:
    """A coarse shape: ``Aa`` capitalised, ``AA`` all capitals, ``9`` digits, ``aa`` lower
    case, with ``~`` when it has no Vietnamese letter or mark (a foreign or plain word).

    >>> [shape(t) for t in __import__("vnnews.entities.tokens", fromlist=["x"]).syllables("Hùng UBND 12 xã London")]
    ['Aa', 'AA~', '9~', 'aa', 'Aa~']
    """
    word = token.text
    if not word.isalpha() and any(c.isdigit() for c in word):
        kind = "9"
    elif word.isupper() and len(word) > 1:
        kind = "AA"
    elif token.cap:
        kind = "Aa"
    else:
        kind = "aa"
    return kind if not _VIETNAMESE_MARKS.isdisjoint(token.low) else kind + "~"


def rule_tags(syl: Sequence[Syllable], entities) -> list[list[str]]:
    """For each syllable, the ``B-LABEL``/``I-LABEL`` tags of the rule entities covering it,
    with their ``kind``/``cue``/``head`` attrs (``LABEL.kind=named``).

    >>> from vnnews.entities import EntityRecognizer
    >>> from vnnews.entities.tokens import syllables
    >>> text = "Bộ Tư pháp"
    >>> rule_tags(syllables(text), EntityRecognizer().extract(text))[0]
    ['B-ORGANIZATION', 'ORGANIZATION.kind=named']
    """
    tags: list[list[str]] = [[] for _ in syl]
    starts = [s.start for s in syl]
    for entity in entities:
        first = True
        for k in range(_first_at(starts, entity.start), len(syl)):
            if syl[k].start >= entity.end:
                break
            if syl[k].end <= entity.start:
                continue
            tags[k].append(("B-" if first else "I-") + entity.label)
            tags[k].extend(f"{entity.label}.{key}={entity.attrs[key]}" for key in _ATTRS
                           if isinstance(entity.attrs.get(key), str))
            first = False
    return tags


def _first_at(starts: Sequence[int], offset: int) -> int:
    return max(0, bisect_right(starts, offset) - 1)


def sentence_features(text: str, syl: Sequence[Syllable], entities,
                      crf_tags: Sequence[str] | None = None,
                      extra: Sequence[list[str]] | None = None, compact: bool = False,
                      pairs: bool | None = None, outside: bool | None = None) -> list[list[str]]:
    """CRFsuite feature strings of each syllable of ``text`` (see the module docstring);
    ``crf_tags`` adds another tagger's tag per syllable (underthesea's PER/LOC/ORG);
    ``extra`` more marks of each syllable (:func:`.stacked_runs.capital_runs`).

    ``compact`` (the fast layer's features since the nineteenth stop): the marks that say
    "nothing here" are left unwritten — ``r=O`` on a syllable no rule entity covers, the
    shape ``s=aa`` (lower case with a Vietnamese letter or mark), an empty ``gap=`` — and so
    are the syllable pairs (``w0w1``, ``w-1w0``), 93 % of them unknown to a model trained on
    the gold set; a CRF with a ``bias`` feature reads a missing default as well as a written
    one. ``pairs`` / ``outside`` keep the pairs / ``r=O`` whatever ``compact`` says. The
    order of the marks is the same either way (benchmarks/entities_stacked.md, "Twentieth
    stop").

    >>> from vnnews.entities import EntityRecognizer
    >>> from vnnews.entities.tokens import syllables
    >>> text = "Ông Nguyễn Văn An"
    >>> feats = sentence_features(text, syllables(text), EntityRecognizer().extract(text))
    >>> "w=nguyễn" in feats[1] and "surname" in feats[1] and "r=B-PERSON" in feats[1]
    True
    >>> sentence_features("Mưa to", syllables("Mưa to"), [], compact=True)
    [['bias', 'w=mưa', 's=Aa', 'gap=^', '-2:edge', '-1:edge', '1:w=to', '1:s=aa~', '2:edge'], \
['bias', 'w=to', 's=aa~', '-2:edge', '-1:w=mưa', '-1:s=Aa', '1:edge', '2:edge']]
    """
    pairs = not compact if pairs is None else pairs
    own, seen = syllable_marks(text, syl, entities, crf_tags, extra, compact, outside)
    rows = with_neighbours(own, seen)
    return with_pairs(rows, [f"{a.low} {b.low}" for a, b in zip(syl, syl[1:])]) if pairs else rows


def syllable_marks(text: str, syl: Sequence[Syllable], entities,
                   crf_tags: Sequence[str] | None = None, extra: Sequence[list[str]] | None = None,
                   compact: bool = False, outside: bool | None = None) -> tuple[list[list[str]], list[list[str]]]:
    """The marks of each syllable before its neighbours' are added (:func:`sentence_features`
    takes the same arguments): its own row, and the marks its neighbours see (form, shape,
    rule tags, surname, head words).

    >>> from vnnews.entities.tokens import syllables
    >>> syllable_marks("Mưa to", syllables("Mưa to"), [], compact=True)
    ([['bias', 'w=mưa', 's=Aa', 'gap=^'], ['bias', 'w=to', 's=aa~']], [['w=mưa', 's=Aa'], ['w=to', 's=aa~']])
    """
    outside = "r=O" if (not compact if outside is None else outside) else None
    rules = rule_tags(syl, entities)
    given = given_name_shares()
    last = len(syl) - 1
    own, seen = [], []  # each syllable's marks, and those its neighbours see
    for k, token in enumerate(syl):
        low = token.low
        kind = shape(token)
        marks = ["w=" + low] if compact and kind == "aa" else ["w=" + low, "s=" + kind]
        mine = ["bias", *marks]
        # a linked syllable has only spaces before it (tokens.syllables), so no mark there
        gap = "^" if not k else "" if token.linked else text[syl[k - 1].end:token.start].strip()[-1:]
        if gap or not compact:
            mine.append("gap=" + gap)
        if rules[k]:
            tags = ["r=" + t for t in rules[k]]
            marks += tags
            mine += tags
        elif outside:
            marks.append(outside)
            mine.append(outside)
        if token.name_like and is_surname(token):
            marks.append("surname")
            mine.append("surname")
        share = given.get(token.text)
        if share is not None:
            mine.append(f"given={min(int(share * 10), 5)}")  # before the head marks
        if low in _HEAD_FIRST:  # the first word of every pair in _HEAD_PAIRS is in _HEAD_FIRST
            marks.append("head1")
            mine.append("head1")
            if k < last and f"{low} {syl[k + 1].low}" in _HEAD_PAIRS:
                marks.append("head2")
                mine.append("head2")
        seen.append(marks)
        if crf_tags is not None:
            mine.append(f"ut={crf_tags[k]}")
        if extra is not None:
            mine += extra[k]
        own.append(mine)
    return own, seen


def with_pairs(rows: list[list[str]], pairs: Sequence[str]) -> list[list[str]]:
    """Each row (extended in place) with its syllable's pair with the next one (``w0w1``) and
    with the one before (``w-1w0``); ``pairs[k]`` is syllables k and k+1 in lower case.

    >>> with_pairs([["w=a"], ["w=b"]], ["a b"])
    [['w=a', 'w0w1=a b'], ['w=b', 'w-1w0=a b']]
    """
    last = len(rows) - 1
    for k, row in enumerate(rows):
        if k < last:
            row.append("w0w1=" + pairs[k])
        if k:
            row.append("w-1w0=" + pairs[k - 1])
    return rows


def with_neighbours(own: list[list[str]], seen: Sequence[list[str]]) -> list[list[str]]:
    """Each syllable's ``own`` marks (extended in place) followed by the marks ``seen`` of
    the syllables ±2 around it, prefixed by their offset (``-2:edge`` ... past an end).

    >>> with_neighbours([["w=a"], ["w=b"]], [["w=a"], ["w=b"]])
    [['w=a', '-2:edge', '-1:edge', '1:w=b', '2:edge'], ['w=b', '-2:edge', '-1:w=a', '1:edge', '2:edge']]
    """
    # prefixed once per offset: row k reads the marks of k-2 (before2[k - 2]), k-1
    # (before1[k - 1]), k+1 (after1[k]) and k+2 (after2[k])
    before2 = [["-2:" + m for m in marks] for marks in seen[:-2]]
    before1 = [["-1:" + m for m in marks] for marks in seen[:-1]]
    after1 = [["1:" + m for m in marks] for marks in seen[1:]]
    after2 = [["2:" + m for m in marks] for marks in seen[2:]]
    last = len(own) - 1
    for k, row in enumerate(own):
        row += before2[k - 2] if k >= 2 else ["-2:edge"]
        row += before1[k - 1] if k >= 1 else ["-1:edge"]
        row += after1[k] if k < last else ["1:edge"]
        row += after2[k] if k < last - 1 else ["2:edge"]
    return own
