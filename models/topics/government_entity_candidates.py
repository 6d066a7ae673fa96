"""Fifth-round candidates for the government detector: entity features, and three other untried ideas.

Run from the repository root, with the corpus at ../shared/data (or VNNEWS_DATA):

    PYTHONPATH=.:models/topics nice -n 10 python models/topics/government_entity_candidates.py          # every row
    PYTHONPATH=.:models/topics nice -n 10 python models/topics/government_entity_candidates.py shipped entities_lead

Same data, folds, weighting and scoring as government_candidates.py and build_government.py:
nested, grouped CV on the TRAINING hand labels (fold seeds 0 and 1), heads, stack and
threshold never see the fold they score, rows weighted back to the training split, scored
against the first labels; the eval set is never read. Each candidate changes the shipped
detector in one way: more stack inputs (entity features of :mod:`vnnews.topics.government_entities`,
topic x cue interactions) or one more first-stage head (its logit a further stack input).

The entities of every hand-labelled article (headline and first paragraph; the rest of the
article) are found once with ``vnnews.extract_entities`` and kept in ``--cache`` (default
/tmp/gov_entities.json.gz); the stack features are computed from them by the same
``features_from_entities`` the detector would use at run time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from functools import lru_cache
from pathlib import Path

import numpy as np

from build_government import LEAD_C, load_corpus
from government_candidates import SEEDS, Experiment, Logistic, fold_scores, stacked_scores

from vnnews.document import Entity
from vnnews.topics.features import syllable_ngrams
from vnnews.topics.government import lead as normalised
from vnnews.topics.government_entities import LEVELS, article_parts, features_from_entities, official_level
from vnnews.topics.government_training import best_f1_threshold, precision_first_threshold

HEADLINE_ONLY = ("headline_state_officials", "headline_officials", "headline_state_bodies", "headline_organisations",
                 "headline_admin_units", "headline_persons", "headline_names_state")
THREE_COUNTS = ("state_officials", "state_bodies", "admin_units")


def compact(entity: Entity) -> list:
    """What the features need of an entity: label, start, text, its posts (post, body, level)."""
    posts = [[p.get("post"), p.get("body"), p.get("level")] for p in entity.attrs.get("positions", [])]
    return [entity.label, entity.start, entity.text, posts]


def restored(row: list) -> Entity:
    label, start, text, posts = row
    positions = [{"post": post, "body": body, "level": level} for post, body, level in posts]
    return Entity(label, start, start + len(text), text, text, {"positions": positions} if positions else {})


def entity_cache(corpus, path: Path, started: float) -> list[tuple[list[Entity], int, list[Entity]]]:
    """(entities of the headline and lead, headline length, entities of the rest) per hand-labelled row."""
    from vnnews.entities import extract_entities

    ids = [h["id"] for h in corpus.hand]
    cached = json.loads(gzip.open(path, "rt", encoding="utf-8").read()) if path.exists() else {}
    if any(i not in cached for i in ids):
        for k, (i, r) in enumerate(zip(ids, corpus.hand_rows)):
            if i not in cached:
                head, rest = article_parts(corpus.texts[r])
                cached[i] = [len(head.partition("\n")[0]), [compact(e) for e in extract_entities(head)],
                             [compact(e) for e in extract_entities(rest)]]
            if k % 1000 == 0:
                print(f"[{time.time() - started:4.0f} s] entities of {k} articles", flush=True)
        with gzip.open(path, "wt", encoding="utf-8") as out:
            json.dump(cached, out, ensure_ascii=False)
    return [([restored(e) for e in cached[i][1]], cached[i][0], [restored(e) for e in cached[i][2]]) for i in ids]


def bag(entities: list[Entity], part: str) -> list[str]:
    """Entity tokens of one part for the entity head: labels, posts, post levels, the first two words of bodies."""
    tokens = []
    for e in entities:
        tokens.append(f"{part}:{e.label}")
        if e.label == "OFFICIAL":
            tokens += [f"{part}:post:{normalised(p['post'] or '')}" for p in e.attrs.get("positions", [])]
            tokens.append(f"{part}:level:{official_level(e)}")
        elif e.label == "ORGANIZATION":
            tokens.append(f"{part}:org:{' '.join(normalised(e.text).split()[:2])}")
    return tokens


class EntityExperiment(Experiment):
    """The shipped detector's inputs plus entity features, interactions and further heads."""

    def __init__(self, corpus, cache: Path, started: float):
        super().__init__(corpus)
        self.cache = cache
        self.entities = entity_cache(corpus, cache, started)

    @lru_cache(maxsize=None)
    def entity_matrix(self, body: bool, names: tuple | None = None) -> np.ndarray:
        named = [features_from_entities(head, chars, rest if body else None) for head, chars, rest in self.entities]
        if names == THREE_COUNTS:  # headline and lead summed, as the older three entity counts
            return np.array([[np.log1p(np.expm1(f[f"headline_{n}"]) + np.expm1(f[f"lead_{n}"])) for n in names]
                             for f in named])
        chosen = names or sorted(named[0])
        return np.array([[f[n] for n in chosen] for f in named])

    def topic_x_cues(self, rows: np.ndarray, shipped: np.ndarray) -> np.ndarray:
        """Each topic probability times the headline+lead body, action and crime cue counts."""
        topics = [k for k, name in enumerate(self.names) if name.startswith("topic_")]
        cues = [shipped[:, [self.names.index(f"headline_{c}")]] + shipped[:, [self.names.index(f"lead_{c}")]]
                for c in ("bodies", "actions", "crime")]
        return np.column_stack([cue * shipped[:, topics] for cue in cues])

    @lru_cache(maxsize=None)
    def matrix(self, name: str):
        if name in ("entity_bag_lead", "entity_bag_all"):
            from sklearn.feature_extraction import DictVectorizer

            docs = []
            for head, chars, rest in self.entities:
                tokens = bag([e for e in head if e.start < chars], "h") + bag([e for e in head if e.start >= chars], "l")
                if name == "entity_bag_all":
                    tokens += bag(rest, "b")
                counts: dict[str, float] = {}
                for token in tokens:
                    counts[token] = counts.get(token, 0) + 1
                docs.append({t: float(np.log1p(c)) for t, c in counts.items()})
            return DictVectorizer(dtype=np.float32).fit_transform(docs).tocsr()
        if name in ("last_paragraph", "lead_words"):
            from sklearn.feature_extraction.text import TfidfVectorizer

            texts = [self.corpus.texts[r] for r in self.corpus.hand_rows]
            if name == "last_paragraph":
                parts = [text.strip().rsplit("\n", 1)[-1][-600:] for text in texts]
                analyzer = lambda part: syllable_ngrams(part, (1, 3), False)  # noqa: E731
            else:
                from vnnews.segment import word_tokenize
                from vnnews.topics.government_lead import headline_and_lead

                parts = [headline_and_lead(text) for text in texts]
                def analyzer(part: str) -> list[str]:
                    words = [w.lower() for w in word_tokenize(part, backend="pyvi")]
                    return words + [f"{a} _ {b}" for a, b in zip(words, words[1:])]
            return TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, min_df=2, dtype=np.float32).fit_transform(parts)
        return super().matrix(name)

    @lru_cache(maxsize=None)
    def head(self, name: str, seed: int) -> list[tuple]:
        """:func:`fold_scores` of a named head, kept in the cache folder between runs."""
        path = self.cache.parent / f"{self.cache.name.split('.')[0]}_head_{name}_{seed}.npz"
        if path.exists():
            with np.load(path) as stored:
                return [tuple(stored[f"{k}_{part}"] for part in range(4)) for k in range(len(stored.files) // 4)]
        folds = self.fitted_head(name, seed)
        np.savez(path, **{f"{k}_{part}": array for k, fold in enumerate(folds) for part, array in enumerate(fold)})
        return folds

    def fitted_head(self, name: str, seed: int) -> list[tuple]:
        extra = {
            "entity_bag_lead": lambda: Logistic(1.0),
            "entity_bag_all": lambda: Logistic(1.0),
            "last_paragraph": lambda: Logistic(LEAD_C),
            "lead_words": lambda: Logistic(LEAD_C),
        }
        if name not in extra:
            return super().head(name, seed)
        c = self.corpus
        return fold_scores(self.matrix(name), extra[name], c.truth, c.hand_groups, seed)


COLUMNS = {
    # extra stack columns: (entities of the whole article?, feature names or None for all)
    "three_counts": (False, THREE_COUNTS),
    "entities_headline": (False, HEADLINE_ONLY),
    "entities_lead": (False, None),
    "entities_all": (True, None),
}

CANDIDATES = {
    # name: (heads, extra stack columns); the first two heads feed the shipped stack inputs.
    "shipped": (("article", "lead"), ()),
    "entities_three_counts": (("article", "lead"), ("three_counts",)),
    "entities_headline": (("article", "lead"), ("entities_headline",)),
    "entities_lead": (("article", "lead"), ("entities_lead",)),
    "entities_all": (("article", "lead"), ("entities_all",)),
    "entity_head_lead": (("article", "lead", "entity_bag_lead"), ()),
    "entity_head_all": (("article", "lead", "entity_bag_all"), ()),
    "entity_head_and_entities_all": (("article", "lead", "entity_bag_all"), ("entities_all",)),
    "topic_x_cues": (("article", "lead"), ("topic_x_cues",)),
    "last_paragraph_head": (("article", "lead", "last_paragraph"), ()),
    "lead_words_head": (("article", "lead", "lead_words"), ()),
    "entities_lead_and_topic_x_cues": (("article", "lead"), ("entities_lead", "topic_x_cues")),
    "everything_lead": (("article", "lead", "entity_bag_lead", "last_paragraph", "lead_words"),
                        ("entities_lead", "topic_x_cues")),
}


def evaluate(experiment: EntityExperiment, name: str, seed: int) -> dict:
    """Best weighted CV F1 and the best recall at precision >= 0.90 of one candidate."""
    heads, extra = CANDIDATES[name]
    c = experiment.corpus
    sources = [experiment.topic_x_cues if source == "topic_x_cues" else
               (lambda m: lambda rows, shipped: m[rows])(experiment.entity_matrix(*COLUMNS[source]))
               for source in extra]
    columns = None if not sources else (
        lambda rows, shipped: np.column_stack([source(rows, shipped) for source in sources]))
    scores = stacked_scores([experiment.head(h, seed) for h in heads], experiment.stack_inputs(columns), c.truth)
    best = best_f1_threshold(scores, c.truth, c.weights)
    first = precision_first_threshold(scores, c.truth, c.weights, 0.90)
    return {"candidate": name, "seed": seed, **{k: best[k] for k in ("f1", "precision", "recall", "threshold")},
            "recall_at_precision_0.90": first["recall"] if first["precision"] >= 0.90 else None}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("candidates", nargs="*", help=f"any of {', '.join(CANDIDATES)} (default: all)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/gov_entities.json.gz"))
    parser.add_argument("--seeds", type=int, nargs="+", default=list(SEEDS))
    args = parser.parse_args()
    unknown = set(args.candidates) - set(CANDIDATES)
    if unknown:
        parser.error(f"unknown candidates: {sorted(unknown)}")
    started = time.time()
    experiment = EntityExperiment(load_corpus(started), args.cache, started)
    for name in args.candidates or list(CANDIDATES):
        for seed in args.seeds:
            row = evaluate(experiment, name, seed)
            print(json.dumps({**row, "elapsed_s": round(time.time() - started)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
