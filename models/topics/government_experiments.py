"""Cross-validated comparisons behind the government detector's settings (not needed to rebuild it).

Run from the repository root, with the corpus at ../shared/data (or VNNEWS_DATA):

    PYTHONPATH=. nice -n 10 python models/topics/government_experiments.py

Same data, folds and weighting as models/topics/build_government.py (nested, grouped CV on
the TRAINING hand labels, rows weighted back to the training split; the eval set is never
read). Prints, as JSON, the best weighted CV F1 (with its precision, recall and threshold)
of the detector with and without the headline-and-lead head, for two fold seeds, and a
learning curve: every fold's models fitted on 25/50/75/100 % of its training rows.
About 8 minutes on a busy 2-core machine.
"""

from __future__ import annotations

import json
import sys
import time

from build_government import LEAD_C, STACK_C, FOLDS, detector_inputs, load_corpus

from vnnews.topics.government_training import best_f1_threshold, nested_scores

SEEDS = (0, 1)
SHARES = (0.25, 0.5, 0.75, 1.0)


def main() -> int:
    corpus = load_corpus(time.time())
    results = {}
    for name, lead_C in (("without the lead head", None), ("with the lead head", LEAD_C)):
        heads, stack_inputs, _, _ = detector_inputs(corpus, lead_C)

        def cv(seed: int, share: float) -> dict:
            _, scores = nested_scores(heads, corpus.truth, corpus.hand_groups, stack_inputs, STACK_C, FOLDS,
                                      seed=seed, train_share=share)
            return best_f1_threshold(scores, corpus.truth, corpus.weights)

        results[name] = {
            "fold seeds": {seed: cv(seed, 1.0) for seed in SEEDS},
            "learning curve (seed 0)": {share: cv(0, share)["f1"] for share in SHARES},
        }
        print(json.dumps({name: results[name]}, indent=1), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
