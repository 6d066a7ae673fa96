"""Stress set of realistic scraped input: VNTC *train* articles damaged the ways scraped pages
are, then read back by ``vnnews.normalize`` (and ``vnnews.clean.decode`` for bytes).

Each kind of damage is a small seeded function of an article (below); the script draws
``--articles`` training articles with ``--seed``, damages each in every way, and counts
the words that do not come back: the output of ``normalize(damaged)`` against
``normalize(article)`` (both in the new tone style), word by word (difflib on the word
lists; a word inserted, dropped or changed is one wrong word). Where it applies (Unicode
input that only needs character fixes) ``underthesea.text_normalize`` is run on the same
damaged text and compared with ``normalize(article, tone_style="old")`` (underthesea's
style); its disagreement on the undamaged article is printed too, as its floor.

    nice -n 10 env PYTHONPATH=. python benchmarks/normalize_stress.py --articles 300 --seed 20261127

``--other DIR`` also runs a second checkout (made with ``git archive``) on the same set
and prints its column beside this one.
"""

from __future__ import annotations

import difflib
import html
import html.entities
import itertools
import json
import random
import re
import time
import unicodedata

from checkout_sides import ROOT, check_other, comparison_parser, run_side

ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"]
#: Latin letters and their Cyrillic (and, for o, Greek) look-alikes
CYRILLIC_GREEK = {"a": "а", "e": "е", "o": "оο", "p": "р", "c": "с", "y": "у", "x": "х", "i": "і", "H": "Н", "T": "Т"}
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def training_articles(count: int, seed: int) -> list[str]:
    """``count`` training articles drawn with ``seed`` (from all 33,759, in file order)."""
    from vnnews.corpus import iter_records
    from vnnews.resources import shared_data_dir

    data = shared_data_dir()
    if data is None:
        raise SystemExit("../shared/data not found; set VNNEWS_DATA")
    chosen = set(random.Random(seed).sample(range(33759), count))
    records = iter_records(data / "vntc" / "train_full.jsonl.gz")
    return [record.text for index, record in enumerate(records) if index in chosen]


# --- the kinds of damage: (text, rng) -> str, or bytes for the kinds read by clean.decode -----


def legacy(encoding: str):
    def damage(text: str, rng: random.Random) -> str:
        from vnnews.normalize import encode

        return encode(text, encoding)

    return damage


def cp1258_bytes(text: str) -> bytes:
    """``text`` as Windows-1258 writes it: base letters with a combining tone mark."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            marks = [c for c in unicodedata.normalize("NFD", char) if c in TONE_MARKS]
            base = unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", char) if c not in TONE_MARKS))
            out.append((base + "".join(marks)).encode("cp1258", errors="replace"))
    return b"".join(out)


def read_as_cp1252(data: bytes) -> str:
    """Bytes read as Windows-1252 (its five unused bytes as Latin-1), as browsers do."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def mojibake_cp1258(text: str, rng: random.Random) -> str:
    return read_as_cp1252(cp1258_bytes(text))


def mojibake_utf8(text: str, rng: random.Random) -> str:
    return read_as_cp1252(text.encode("utf-8"))


def nfd(text: str, rng: random.Random) -> str:
    return unicodedata.normalize("NFD", text)


def mixed_tones(text: str, rng: random.Random) -> str:
    """Each line in the old or the new tone style, at random."""
    from vnnews.normalize import convert_tone_style

    return "\n".join(convert_tone_style(line, rng.choice(["old", "new"])) for line in text.split("\n"))


def homoglyphs(text: str, rng: random.Random) -> str:
    """One Latin letter in ten that has a Cyrillic or Greek look-alike replaced by it."""
    return "".join(rng.choice(CYRILLIC_GREEK[c]) if c in CYRILLIC_GREEK and rng.random() < 0.1 else c for c in text)


def zero_width(text: str, rng: random.Random) -> str:
    """An invisible character (zero-width space/joiners, BOM, soft hyphen) after one
    letter, digit or space in twenty."""
    return "".join(c + (rng.choice(ZERO_WIDTH) if (c.isalnum() or c == " ") and rng.random() < 0.05 else "") for c in text)


def html_entities(text: str, rng: random.Random) -> str:
    """Half the non-ASCII letters as numeric or named character references, & as &amp;."""
    out = []
    for char in text:
        if char == "&":
            out.append("&amp;")
        elif not char.isascii() and rng.random() < 0.5:
            name = html.entities.codepoint2name.get(ord(char))
            out.append(f"&{name};" if name and rng.random() < 0.5 else rng.choice([f"&#{ord(char)};", f"&#x{ord(char):x};"]))
        else:
            out.append(char)
    return "".join(out)


def pasted_paragraph(encoding: str, first_word_alone: bool = False):
    """A Unicode article with one of its lines (the longest after the first) in ``encoding``;
    with ``first_word_alone``, that line's first word on a line of its own (a one-word
    legacy line inside Unicode text, with a legacy line after it)."""

    def damage(text: str, rng: random.Random) -> str:
        from vnnews.normalize import encode

        lines = text.split("\n")
        if len(lines) < 2:
            return encode(text, encoding)
        at = max(range(1, len(lines)), key=lambda i: len(lines[i]))
        lines[at] = encode(lines[at], encoding)
        if first_word_alone:
            lines[at] = lines[at].replace(" ", "\n", 1)
        return "\n".join(lines)

    return damage


def everything_at_once(text: str, rng: random.Random) -> str:
    """Mixed tone styles, look-alikes, NFD, invisible characters and references together."""
    for damage in (mixed_tones, homoglyphs, nfd, zero_width, html_entities):
        text = damage(text, rng)
    return text


KINDS = {
    "tcvn3": legacy("tcvn3"),
    "vni": legacy("vni"),
    "viqr": legacy("viqr"),
    "cp1258 read as cp1252 (str)": mojibake_cp1258,
    "utf-8 read as cp1252 (str)": mojibake_utf8,
    "nfd": nfd,
    "mixed tone styles": mixed_tones,
    "cyrillic/greek look-alikes": homoglyphs,
    "zero-width characters": zero_width,
    "html character references": html_entities,
    "unicode + a tcvn3 line": pasted_paragraph("tcvn3"),
    "unicode + a vni line": pasted_paragraph("vni"),
    "unicode + a viqr line": pasted_paragraph("viqr"),
    "unicode + a vni line, its first word alone on a line": pasted_paragraph("vni", first_word_alone=True),
    "unicode + a viqr line, its first word alone on a line": pasted_paragraph("viqr", first_word_alone=True),
    "all character damage at once": everything_at_once,
}
BYTE_KINDS = {
    "cp1258 bytes (clean.decode)": cp1258_bytes,
    "tcvn3 bytes (clean.decode)": lambda text: legacy("tcvn3")(text, None).encode("latin-1"),
    "vni bytes (clean.decode)": lambda text: legacy("vni")(text, None).encode("cp1252"),
}
#: Kinds where underthesea.text_normalize applies (Unicode that needs character fixes)
UNDERTHESEA_KINDS = ("nfd", "mixed tone styles", "cyrillic/greek look-alikes", "zero-width characters", "html character references")


def wrong_words(output: str | list[str], expected: str | list[str]) -> int:
    """Words of ``expected`` not matched in ``output``, or extra words of ``output``
    (texts are split at white space; lists are taken as they are)."""
    a = output.split() if isinstance(output, str) else output
    b = expected.split() if isinstance(expected, str) else expected
    matched = sum(block.size for block in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks())
    return max(len(a), len(b)) - matched


def damaged_set(articles: list[str], seed: int) -> dict[str, list]:
    """{kind: [damaged text or bytes, or None where the damage cannot be written]}."""
    from vnnews.errors import EncodingError

    out = {}
    for kind, damage in itertools.chain(KINDS.items(), BYTE_KINDS.items()):
        rng = random.Random(f"{seed}:{kind}")
        texts = []
        for text in articles:
            try:
                texts.append(damage(text, rng) if kind in KINDS else damage(text))
            except (EncodingError, UnicodeEncodeError):
                texts.append(None)
        out[kind] = texts
    return out


def _side(args) -> None:
    """In a fresh process (this checkout's or ``--other``'s vnnews): wrong words per kind."""
    from vnnews.clean import decode
    from vnnews.normalize import normalize

    articles = training_articles(args.articles, args.seed)
    expected = [normalize(text) for text in articles]
    result = {}
    for kind, texts in damaged_set(articles, args.seed).items():
        wrong = words = exact = count = 0
        started = time.process_time()
        for damaged, want in zip(texts, expected):
            if damaged is None:
                continue
            got = normalize(decode(damaged) if isinstance(damaged, bytes) else damaged)
            errors = wrong_words(got, want)
            wrong, words, exact, count = wrong + errors, words + len(want.split()), exact + (errors == 0), count + 1
        result[kind] = {"wrong": wrong, "words": words, "exact": exact, "articles": count, "seconds": time.process_time() - started}
    print(json.dumps(result))


_TOKEN = re.compile(r"\w+|[^\w\s]")


def underthesea_rows(articles: list[str], seed: int) -> dict[str, tuple[int, int, int]]:
    """{kind: (underthesea's wrong tokens, vnnews' wrong tokens, tokens)}: each output in the
    old tone style (underthesea's) against ``normalize(article, tone_style="old")``, compared
    token by token (words and punctuation marks apart, as underthesea writes them), with
    "undamaged" for the articles as they are."""
    from underthesea import text_normalize

    from vnnews.normalize import normalize

    expected = [_TOKEN.findall(normalize(text, tone_style="old")) for text in articles]
    damaged = damaged_set(articles, seed)
    rows = {}
    for kind, texts in [("undamaged", articles)] + [(k, damaged[k]) for k in UNDERTHESEA_KINDS]:
        pairs = [(t, e) for t, e in zip(texts, expected) if t is not None]
        theirs = sum(wrong_words(_TOKEN.findall(text_normalize(t)), e) for t, e in pairs)
        ours = sum(wrong_words(_TOKEN.findall(normalize(t, tone_style="old")), e) for t, e in pairs)
        rows[kind] = (theirs, ours, sum(len(e) for _, e in pairs))
    return rows


def _share(wrong: int, words: int) -> str:
    return f"{wrong} ({100 * wrong / max(words, 1):.3f} %)"


def _print_underthesea(args) -> None:
    articles = training_articles(args.articles, args.seed)
    print("\nagainst normalize(article, tone_style='old'), token by token: wrong tokens (share)")
    print("| kind | tokens | underthesea.text_normalize | vnnews.normalize(tone_style='old') |")
    print("|---|---|---|---|")
    for kind, (theirs, ours, tokens) in underthesea_rows(articles, args.seed).items():
        print(f"| {kind} | {tokens} | {_share(theirs, tokens)} | {_share(ours, tokens)} |")


def main() -> int:
    parser = comparison_parser(__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--no-underthesea", action="store_true")
    parser.add_argument("--underthesea-only", action="store_true", help="only the underthesea table")
    args = parser.parse_args()
    if args.side:
        _side(args)
        return 0
    if args.underthesea_only:
        _print_underthesea(args)
        return 0
    sides = [("this", ROOT)] + ([("other", check_other(parser, args))] if args.other else [])
    results = {name: run_side(__file__, checkout, ["--articles", str(args.articles), "--seed", str(args.seed)]) for name, checkout in sides}
    this = results["this"]
    print(f"{args.articles} VNTC training articles, seed {args.seed}: wrong words (share of the article's words), articles exact")
    header = "| kind | articles | words | " + " | ".join(f"{name}: wrong words | {name}: exact" for name, _ in sides) + " |"
    print(header)
    print("|" + "---|" * (3 + 2 * len(sides)))
    for kind, row in this.items():
        cells = [f"{_share(results[name][kind]['wrong'], row['words'])} | {results[name][kind]['exact']}" for name, _ in sides]
        print(f"| {kind} | {row['articles']} | {row['words']} | " + " | ".join(cells) + " |")
    if not args.no_underthesea:
        _print_underthesea(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
