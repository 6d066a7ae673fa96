"""Train a topic classifier on your own labelled articles, check it, save it, load it back.

    python examples/train_topics.py labelled.jsonl my_model/ --text-field text --label-field label

The input is JSON lines with a text and a label per article (labels are yours: any
strings). A quarter of the articles is held out to measure the classifier; the model is
saved as plain data (JSON + NumPy, no pickle) and loaded back. ``vnnews train topics``
does the same from the command line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sklearn.metrics import classification_report
from sklearn.model_selection import train_test_split

from vnnews.topics import TopicClassifier
from vnnews.topics.corpus import read_labelled
from vnnews.topics.storage import load_model, save_model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="JSON lines with a text and a label per article")
    parser.add_argument("model_dir", type=Path, help="folder to save the model in")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--label-field", default="label")
    parser.add_argument("--min-df", type=int, default=1, help="drop n-grams seen in fewer articles")
    args = parser.parse_args(argv)

    texts, labels = read_labelled(args.data, args.text_field, args.label_field)
    train_texts, test_texts, train_labels, test_labels = train_test_split(
        texts, labels, test_size=0.25, stratify=labels, random_state=0
    )
    clf = TopicClassifier(min_df=args.min_df, calibration_size=0).fit(train_texts, train_labels)
    print(f"trained on {len(train_texts)} articles, {len(clf.classes_)} labels; held out {len(test_texts)}")
    print(classification_report(test_labels, clf.predict(test_texts), zero_division=0))

    save_model(clf, args.model_dir)
    reloaded = load_model(args.model_dir)
    assert (reloaded.predict(test_texts) == clf.predict(test_texts)).all()
    print(f"saved to {args.model_dir}: {sorted(p.name for p in args.model_dir.iterdir())}")
    probe = test_texts[0]
    best = str(reloaded.predict([probe])[0])
    print(f"reloaded model says {best!r} for: {probe[:60]}...")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
