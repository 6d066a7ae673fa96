"""Diacritic restoration errors by kind, on held-out training sentences (the dev split).

Restores the dev sample (``benchmarks/diacritics.py --split dev``, one call per sentence)
and counts every syllable and every error under one kind, the first that applies:
``all caps`` (the word is written in capitals, 2+ letters), ``sentence start``, ``name
after title`` (capitalised after ông/bà/anh/chị/…), ``name after unit`` (capitalised
after tỉnh/huyện/xã/…), ``capitalised`` (any other capitalised word inside the
sentence), ``unknown`` (a word whose key the model has no form for), ``by a number``,
``after punctuation`` (after a quote, bracket, colon, dash, …, not a comma), ``short
sentence`` (< 8 syllables), ``other``. Also prints the most frequent confusions
(gold → output) of the ``other`` kind, and, with ``--caps``, the same sample written in
capitals (ALL CAPS input; scored ignoring case).

    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/diacritics_kinds.py \\
        --heldout /tmp/dev/held.jsonl.gz --model /tmp/dev [--seed 1] [--caps]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from diacritics import sample, score, syllables
from diacritics_names import use_model

TITLES = {"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "thầy", "cháu", "con", "vợ", "chồng", "cậu"}
UNITS = {"tỉnh", "huyện", "xã", "quận", "phường", "phố", "trấn", "thị", "sông", "núi", "đảo", "làng", "thôn",
         "ấp", "bản", "đường", "cầu", "chợ", "trường", "bệnh", "viện", "công", "ty", "báo", "đài", "hội", "bộ",
         "sở", "ban", "uỷ", "đảng", "nước", "quốc"}
PUNCTUATION_BEFORE = set("\"“”'‘’([{:;-–—/…!?.")
SHORT = 8


def kinds(sentence: str, known: set[str]) -> list[str]:
    """The kind of every syllable of ``sentence`` (see the module docstring)."""
    from vnnews.normalize import remove_diacritics
    from vnnews.restore.tokens import tokenize

    tokens = list(tokenize(sentence))
    words = [k for k, t in enumerate(tokens) if t.is_word]
    out = []
    for n, k in enumerate(words):
        word, before = tokens[k].text, tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        previous = tokens[k - 1].model_form if k and tokens[k - 1].is_word else ""
        capitalised = word[0].isupper()
        if len(word) > 1 and word.isupper():
            kind = "all caps"
        elif n == 0:
            kind = "sentence start"
        elif capitalised and previous in TITLES:
            kind = "name after title"
        elif capitalised and previous in UNITS:
            kind = "name after unit"
        elif capitalised:
            kind = "capitalised"
        elif remove_diacritics(word.lower()) not in known:
            kind = "unknown"
        elif any(t is not None and t.model_form == "<num>" for t in (before, after)):
            kind = "by a number"
        elif before is not None and before.text in PUNCTUATION_BEFORE:
            kind = "after punctuation"
        elif len(words) < SHORT:
            kind = "short sentence"
        else:
            kind = "other"
        out.append(kind)
    return out


def count(gold: list[str], predicted: list[str], known: set[str]) -> tuple[Counter, Counter, Counter]:
    """Syllables and errors by kind, and the confusions of the ``other`` kind."""
    total, errors, confusions = Counter(), Counter(), Counter()
    for truth, guess in zip(gold, predicted):
        spans, found = syllables(truth), syllables(guess)
        if len(spans) != len(found):
            continue
        for (a, b), (c, d), kind in zip(spans, found, kinds(truth, known)):
            right, got = truth[a:b].lower(), guess[c:d].lower()
            total[kind] += 1
            if right != got:
                errors[kind] += 1
                if kind == "other":
                    confusions[f"{right}→{got}"] += 1
    return total, errors, confusions


def report(title: str, gold: list[str], predicted: list[str], known: set[str], top: int) -> None:
    result = score(gold, predicted)
    total, errors, confusions = count(gold, predicted, known)
    print(f"{title}: syllable accuracy {result['syllable_accuracy']:.2%} of {result['syllables']:,}, "
          f"{sum(errors.values()):,} errors")
    print(f"  {'kind':20} {'syllables':>9} {'errors':>7} {'error %':>8} {'share':>7}")
    for kind, _ in errors.most_common() + [(k, 0) for k in total if k not in errors]:
        print(f"  {kind:20} {total[kind]:9,} {errors[kind]:7,} {errors[kind] / total[kind]:8.2%} "
              f"{errors[kind] / max(1, sum(errors.values())):7.1%}")
    print(f"  most frequent confusions of 'other' ({len(confusions):,} pairs):",
          ", ".join(f"{pair} {n}" for pair, n in confusions.most_common(top)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, required=True, help="held-out training articles (.jsonl.gz)")
    parser.add_argument("--model", type=Path, help="folder of the held-out model build")
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--caps", action="store_true", help="also restore the sample written in capitals")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    args.split = "dev"
    use_model(args)
    import vnnews.restore
    from vnnews.normalize import remove_diacritics

    gold, _ = sample(args)
    known = set(vnnews.restore.load_model().candidates)
    inputs = [remove_diacritics(s) for s in gold]
    report(f"dev seed {args.seed}", gold, [vnnews.restore.restore_diacritics(s) for s in inputs], known, args.top)
    if args.caps:
        capitals = [vnnews.restore.restore_diacritics(s.upper()) for s in inputs]
        report(f"dev seed {args.seed}, ALL CAPS input", gold, capitals, known, args.top)


if __name__ == "__main__":
    main()
