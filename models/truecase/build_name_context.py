"""Build ``name_context.json``: how a word is written right after the start of a name.

From the VNTC *train* split only (the test split is never read), like ``truecase.json``.
Every syllable token that does not open a sentence is counted, under its lower-case key,
as capitalised or not in four contexts read off the words written before it on the line:

- ``S``: right after a capitalised surname ("Nguyễn thuỳ" → usually "Thuỳ");
- ``ST``: after a capitalised surname and one more capitalised word ("Nguyễn Thuỳ liên");
- ``STT``: after a capitalised surname and two more ("Nguyễn Thị Chiêu an");
- ``H``: right after a one-word honorific ("ông doanh", "chị thơ"), keyed by the honorific
  and the word ("ông hùng" → "Hùng", "anh hùng" stays lower case);
- ``F``: right after a capitalised foreign-spelt word ("Peter ho" → "Ho", "Christine cho"
  stays lower case); its ``F_next`` pools the rare words after any such word (one key,
  ``RARE``; the recaser does not read it: as a fallback it capitalised "Pakistan vây").

``HEAD_NAMED`` says, per organisation head, whether it is capitalised before a word written
with a capital ("Công ty Webzen", "khách sạn Duxton" stays lower case).

A fifth table, ``HEAD``, counts whether an organisation's head ("công ty", "ngân hàng",
:data:`vnnews.entities.org_head_words.ORG_HEADS_NAMED`) is capitalised, keyed by the head and
the word after it ("công ty cổ phần sữa" → "Công ty cổ phần sữa ..."; "công ty này" stays
lower case), and by the head alone (for a word after it seen less often). ``AFTER_HEAD``
does the same for the word after a head written with a capital ("Cục vệ" → "Cục Vệ sinh",
"Công ty này" stays lower case). ``BEFORE_NAME`` says, per surname, whether it is written
with a capital before a capitalised word that does not make a place with it ("Tô Lâm",
"từ Hà Nội" is not counted, "nhà văn Nguyễn" counts as lower case).

A table per context keeps the keys seen at least ``MIN_COUNT`` times there: 1 when their
writing in that context is capitalised at least ``MIN_SHARE`` of the time, else 0. A table
``<context>_next`` per context says the same, keyed by the word right before, of the rare
keys (seen fewer than ``MIN_COUNT`` times in the context) as a whole: after "Nguyễn Khắc" a
rare word is a given name, after "Nguyễn Hùng" it is not. A last list, ``plain_foreign``, holds the keys not spelt like a Vietnamese syllable that training
articles write mostly in lower case ("email", "online"): the recaser leaves them lower case
where it capitalises other foreign-spelt words ("knapper" → "Knapper").

:mod:`vnnews.entities.casing` reads it when it recases a caseless line.

Run from the repository root (a few minutes on 2 busy cores):

    nice -n 10 env PYTHONPATH=. python models/truecase/build_name_context.py
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_truecase import MIN_COUNT, MIN_SHARE, read_train  # noqa: E402

from vnnews.entities.name_context import CONTEXTS, contexts_of, foreign_spelt, head_pair, line_start  # noqa: E402
from vnnews.entities.name_context import starts_place, title_case  # noqa: E402
from vnnews.entities.person_words import SURNAMES  # noqa: E402
from vnnews.entities.tokens import sentence_start, syllables  # noqa: E402

OUT = Path(__file__).resolve().parent / "name_context.json"
RARE = "*"  # F_next's one key: the rare words after any foreign name word, pooled (not read at run time)


def counted_tokens(text: str):
    """(key, capitalised, the word before it, contexts, head) for every syllable of ``text``
    that does not open a sentence; ``head`` is "organisation head + next key" when one starts there, else None."""
    text = unicodedata.normalize("NFC", text)
    tokens = syllables(text)
    for k, token in enumerate(tokens):
        if sentence_start(text, token) or not any(c.isalpha() for c in token.low):
            continue
        first = line_start(tokens, k)
        anchor = tokens[k - 1].low if first < k else ""
        yield token.low, token.cap, anchor, contexts_of([t.text for t in tokens[first:k]]), head_pair(tokens, k)


def surnames_before_names(text: str):
    """(surname key, capitalised) for every surname word that does not open a sentence and is
    followed on its line by a word written with a capital, the two not naming a place
    ("Tô Lâm", "lưu Hà Nội" is no name: "từ Hà Nội" is not counted, "nhà văn Nguyễn" is)."""
    text = unicodedata.normalize("NFC", text)
    tokens = syllables(text)
    for k, token in enumerate(tokens[:-1]):
        after = tokens[k + 1]
        if token.low in SURNAMES and after.linked and title_case(after.text) and not sentence_start(text, token) \
                and not starts_place(token.low.capitalize(), after.text):
            yield token.low, token.cap


def after_heads(text: str):
    """("head next-key", next word capitalised) for every organisation head written with a
    capital in ``text`` ("Cục Vệ sinh", "Công ty này"), a sentence's first word included."""
    tokens = syllables(unicodedata.normalize("NFC", text))
    for k, token in enumerate(tokens):
        pair = head_pair(tokens, k) if token.cap else None
        if pair is not None:
            yield pair, tokens[k + len(pair.split()) - 1].cap


def heads_before_names(text: str):
    """(head, capitalised) for every organisation head that does not open a sentence and is
    followed by a word written with a capital ("Công ty Webzen", "khách sạn Duxton")."""
    text = unicodedata.normalize("NFC", text)
    tokens = syllables(text)
    for k, token in enumerate(tokens):
        pair = head_pair(tokens, k)
        if pair is None or sentence_start(text, token):
            continue
        after = tokens[k + len(pair.split()) - 1]
        if after.text[:1].isupper() and not sentence_start(text, after):
            yield pair.rsplit(" ", 1)[0], token.cap


def build(texts) -> dict:
    by_anchor: dict[str, dict[tuple[str, str], Counter]] = {c: defaultdict(Counter) for c in CONTEXTS}
    heads: dict[str, Counter] = defaultdict(Counter)
    named: dict[str, Counter] = defaultdict(Counter)  # the word after a capitalised head
    before_names: dict[str, Counter] = defaultdict(Counter)  # a surname before a capitalised word
    heads_named: dict[str, Counter] = defaultdict(Counter)  # a head before a capitalised word
    plain: Counter = Counter()
    written_total: Counter = Counter()
    for text in texts:
        for key, capitalised, anchor, contexts, head in counted_tokens(text):
            for context in contexts:
                by_anchor[context][anchor, f"{anchor} {key}" if context == "H" else key][capitalised] += 1
            if head is not None:  # the head and the word after it, and the head alone
                heads[head][capitalised] += 1
                heads[head.rsplit(" ", 1)[0]][capitalised] += 1
            if foreign_spelt(key):
                written_total[key] += 1
                plain[key] += not capitalised
        for surname, capitalised in surnames_before_names(text):
            before_names[surname][capitalised] += 1
        for head, capitalised in heads_before_names(text):
            heads_named[head][capitalised] += 1
        for pair, capitalised in after_heads(text):
            named[pair][capitalised] += 1
            named[pair.rsplit(" ", 1)[0]][capitalised] += 1
    model: dict = {"about": "VNTC train, see MODEL_CARD.md", "min_count": MIN_COUNT, "min_share": MIN_SHARE}
    for context, counts in by_anchor.items():
        by_key: dict[str, Counter] = defaultdict(Counter)
        for (_, key), c in counts.items():
            by_key[key].update(c)
        model[context] = majority(by_key)
        rare: dict[str, Counter] = defaultdict(Counter)  # anchor -> writings of the keys seen < MIN_COUNT times
        for (anchor, key), c in counts.items():
            if sum(by_key[key].values()) < MIN_COUNT:
                rare[RARE if context == "F" else anchor].update(c)  # foreign names: one pool
        model[context + "_next"] = majority(rare)
    model["HEAD"] = majority(heads)
    model["HEAD_NAMED"] = majority(heads_named)
    model["AFTER_HEAD"] = majority(named)
    model["BEFORE_NAME"] = majority(before_names)
    model["plain_foreign"] = sorted(k for k, n in written_total.items()
                                    if n >= MIN_COUNT and plain[k] / n >= MIN_SHARE)
    return model


def majority(counts: dict[str, Counter]) -> dict[str, int]:
    """1 for the keys seen at least MIN_COUNT times capitalised at least MIN_SHARE of them, 0
    for the other keys seen at least MIN_COUNT times."""
    return {key: int(c[True] / (c[True] + c[False]) >= MIN_SHARE)
            for key, c in sorted(counts.items()) if c[True] + c[False] >= MIN_COUNT}


def main() -> None:
    texts = read_train(int(sys.argv[1]) if len(sys.argv) > 1 else 10**9)
    model = build(texts)
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    names = CONTEXTS + tuple(c + "_next" for c in CONTEXTS) + ("HEAD", "HEAD_NAMED", "AFTER_HEAD", "BEFORE_NAME")
    sizes = ", ".join(f"{c} {len(model[c])} ({sum(model[c].values())} capitalised)" for c in names)
    print(f"{len(texts)} articles: {sizes}, plain_foreign {len(model['plain_foreign'])} -> {OUT.name}")


if __name__ == "__main__":
    main()
