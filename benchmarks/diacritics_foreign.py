"""Modern text: URLs, e-mails, English words and codes inside sentences, this checkout vs another.

Held-out training sentences (``--split dev``) or unseen test sentences get one or two
pieces of 2020s web text (a URL, an e-mail, a domain, an English word or brand, a code
such as "COVID-19" or "5G", a number) inserted between two words, seeded; each side
restores them stripped of marks in a fresh process (``checkout_sides.py``). Reported per
side: the share of inserted pieces that come back byte for byte, the pieces changed, and
syllable accuracy on the Vietnamese words around them.

    git archive main | tar -x -C /tmp/main_side
    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/diacritics_foreign.py \\
        --other /tmp/main_side --split dev --heldout /tmp/dev/held.jsonl.gz --model /tmp/dev
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

from checkout_sides import check_other, comparison_parser, run_side
from diacritics import sample, score
from diacritics_names import add_sample_arguments, sample_arguments, use_model

ROOT = Path(__file__).resolve().parent.parent
PIECES = [
    "https://vnexpress.net/thoi-su/tin-nong-4721.html", "http://tuoitre.vn/the-thao.htm", "www.dantri.com.vn",
    "thanhnien.vn", "zingnews.vn", "baomoi.com", "lienhe@vnexpress.net", "toasoan@tuoitre.com.vn",
    "nguyen.van.an@gmail.com", "online", "smartphone", "livestream", "Facebook", "YouTube", "TikTok", "Zalo",
    "Google", "iPhone 15", "iPad", "Samsung Galaxy S24", "startup", "fanpage", "website", "email", "video clip",
    "hashtag", "selfie", "Bitcoin", "blockchain", "marketing", "COVID-19", "SARS-CoV-2", "5G", "4G", "F0",
    "H5N1", "U23", "Wi-Fi", "e-mail", "V-League", "Euro 2024", "iOS", "Android", "3D", "1.250.000", "3,5%",
    "12.000 USD", "150 km/h",
]


def insert_pieces(sentence: str, rng: random.Random) -> tuple[str, list[str]]:
    """``sentence`` with one or two pieces put between its words, and those pieces."""
    words = sentence.split(" ")
    chosen = rng.sample(PIECES, rng.choice((1, 2)))
    for piece in chosen:
        words.insert(rng.randrange(1, len(words) + 1), piece)
    return " ".join(words), chosen


def measure_side(args: argparse.Namespace) -> dict:
    """Restore the sentences with pieces using the ``vnnews`` on ``PYTHONPATH``."""
    import vnnews.restore
    from vnnews.normalize import remove_diacritics

    use_model(args)
    rng = random.Random(args.seed)
    gold, pieces = zip(*(insert_pieces(s, rng) for s in sample(args)[0]))
    predicted = [vnnews.restore.restore_diacritics(remove_diacritics(s)) for s in gold]
    return {"gold": gold, "pieces": pieces, "predicted": predicted}


def pieces_kept(side: dict) -> tuple[int, int, Counter]:
    """Pieces returned byte for byte, pieces in all, and the changed ones by piece."""
    kept = total = 0
    changed: Counter = Counter()
    for pieces, output in zip(side["pieces"], side["predicted"]):
        for piece in pieces:
            total += 1
            if piece in output:
                kept += 1
            else:
                changed[piece] += 1
    return kept, total, changed


def main() -> None:
    parser = comparison_parser(__doc__.splitlines()[0])
    add_sample_arguments(parser)
    args = parser.parse_args()
    if args.side:
        print(json.dumps(measure_side(args), ensure_ascii=False))
        return
    other = check_other(parser, args)
    forwarded = sample_arguments(args)
    script = str(Path(__file__).resolve())
    print(f"{args.split}: {args.sentences} sentences with 1-2 pieces each (seed {args.seed}); "
          f"model: {args.model or 'shipped'}")
    for name, checkout in (("other", other), ("this", ROOT)):
        side = run_side(script, checkout, forwarded)
        kept, total, changed = pieces_kept(side)
        result = score(list(side["gold"]), side["predicted"])
        print(f"{name:6} pieces kept {kept:,}/{total:,} ({kept / total:.2%}); syllable accuracy "
              f"{result['syllable_accuracy']:.2%} (marked {result['marked_accuracy']:.2%})")
        print("       changed:", ", ".join(f"{piece} {count}" for piece, count in changed.most_common(12)) or "none")


if __name__ == "__main__":
    main()
