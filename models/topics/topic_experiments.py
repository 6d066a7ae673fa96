"""Train-only cross-validation of topic-model candidates (fourth to sixth passes of issue 5).

Run from the repository root, corpus at ../shared/data (or VNNEWS_DATA):

    PYTHONPATH=. nice -n 10 python models/topics/topic_experiments.py --protocol loso shipped no_boilerplate
    PYTHONPATH=. nice -n 10 python models/topics/topic_experiments.py --list

Reads only ``vntc/train_full.jsonl.gz``. Two protocols, pooled accuracy / macro-F1 over folds:

- ``kfold``: 5-fold stratified CV, shuffled with seed 0;
- ``loso``: leave-one-source-out, the source being the newspaper named in the VNTC id
  (NLD, TT, TN, VNE; " VNE" counts as VNE), a train-only stand-in for a shift of sources.

Each text variant's raw n-gram counts are computed once (all n-grams, min_df 1); per fold,
document frequencies, ``min_df`` and IDF come from the training rows only, exactly as a
``TfidfVectorizer`` fitted on those rows would give them. Results are printed as JSON lines
(and appended to the file ``--out`` names, if any): every row of the model card's fourth-pass
table comes from one such command. ``--cache DIR`` keeps the counts between runs (a few
hundred MB per variant).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable

import numpy as np
import regex
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import RidgeClassifier, SGDClassifier
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

from vnnews.resources import shared_data_dir
from vnnews.normalize.alphabet import split_tone, with_tone
from vnnews.topics import label_id
from vnnews.topics.features import TITLE_PREFIX, ngrams, syllable_ngrams, syllables
from vnnews.topics.sources import SourceSubspace, inlp_subspace, source_balanced_weights, source_marker_scores

SOURCES = ("NLD", "TN", "TT", "VNE")


def read_train(path: Path | None = None) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(texts, labels, sources) of the VNTC training split."""
    path = path or (shared_data_dir() or Path("../shared/data")) / "vntc" / "train_full.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    return (
        [row["text"] for row in rows],
        np.array([label_id(row["label"]) for row in rows]),
        np.array([source_of(row["id"]) for row in rows]),
    )


def source_of(article_id: str) -> str:
    """The newspaper named in a VNTC id: ``"XH_NLD_ (3672).txt"`` -> ``"NLD"``.

    >>> source_of("KD_ VNE_ (12).txt")
    'VNE'
    """
    return article_id.split("_")[1].strip()


# ---- text variants: how an article becomes n-grams -------------------------------------

# Newspaper marks (candidate "no_boilerplate"): VNTC's papers tag their articles ("(NLĐ)-",
# "TTO -"), credit photos ("Ảnh: TTXVN"), close with a byline or agency ("(Theo AFP)",
# "( H.Y /AHN)"), give e-mail addresses and links, and spell Ho Chi Minh City their own way.
# A newspaper's own tag: "(NLĐ)", "(NLĐO)", "(TTO)", "TTO -", "(TN)", "(VnExpress)".
_SOURCE_TAG = regex.compile(r"\(\s*(?:NLĐO?|TTO|TN|VNE|VnExpress)\s*\)|\bTTO\s*[-–]\s*")
# A photo credit: "Ảnh: Ngọc Thạch", "(ảnh: TTXVN)", "- Ảnh: T.T.D." (up to four name words).
_PHOTO_CREDIT = regex.compile(
    r"[-–]?[ \t]*\(?\b[Ảả]nh[ \t]*:[ \t]*(?:[\p{Lu}][\p{L}.]*[ \t]*/?[ \t]*){1,4}\)?"
)
# "(Theo AFP, Reuters)", "(Theo báo Tuổi Trẻ)": an attribution in parentheses.
_ATTRIBUTION = regex.compile(r"\(\s*[Tt]heo\s[^()\n]{1,60}\)")
_LINK = regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b(?:https?://|www\.)\S+")
# A byline or agency in parentheses closing the article: "( H.Y /AHN)", "(Reuters)".
_CLOSING_PARENTHESES = regex.compile(r"\(\s*[\p{Lu}][^()\n]{0,38}\)\s*\Z")
# A closing line of initials or a short name without a full stop: "Q.H", "Minh Anh".
_CLOSING_BYLINE = regex.compile(r"(?:(?<=[.!?…\"”])\s*|\n\s*)(?:[\p{Lu}][\p{L}]*\.?\s*[-/]?\s*){1,4}\Z")
_HCM_CITY = regex.compile(r"\bTP\s*\.?\s*HCM\b|\bTPHCM\b|\bTp\s*\.?\s*HCM\b")
_SPACES = regex.compile(r"[ \t]{2,}")


def strip_source_marks(text: str) -> str:
    """``text`` without newspaper tags, photo credits, attributions, links and closing bylines.

    Ho Chi Minh City's abbreviations become one spelling, "TP HCM". Line breaks are kept, so
    the first line is still the headline.

    >>> strip_source_marks("Giá vàng tăng\\nTại TPHCM, giá vàng tăng mạnh (Theo Reuters)")
    'Giá vàng tăng\\nTại TP HCM, giá vàng tăng mạnh'
    >>> strip_source_marks("Đội nhà thắng 2-0. Q.H")
    'Đội nhà thắng 2-0.'
    """
    text = _SOURCE_TAG.sub(" ", text)
    text = _PHOTO_CREDIT.sub(" ", text)
    text = _ATTRIBUTION.sub(" ", text)
    text = _LINK.sub(" ", text)
    text = _HCM_CITY.sub("TP HCM", text)
    text = text.rstrip()
    text = _CLOSING_PARENTHESES.sub("", text).rstrip()
    text = _CLOSING_BYLINE.sub("", text).rstrip()
    return _SPACES.sub(" ", text).strip(" \t")


_NEWSPAPER_TAG = re.compile(r"\(\s*NLĐO?\s*\)")


def headline_text(text: str, longest: int = 25) -> str | None:
    """The headline as written: the first line when it is short (TT, VNE give one).

    NLD puts headline and lead on one line with its tag between them ("... (NLĐ)- ..."): the
    part before the tag. None when there is no such headline (TN's first line is the lead).

    >>> lead = "Sáng nay giá vàng trong nước tiếp tục tăng mạnh so với hôm qua, các công ty vàng bạc cho biết."
    >>> headline_text("Giá vàng tăng (NLĐ)- " + lead + " " + lead)
    'Giá vàng tăng '
    >>> headline_text(lead + " " + lead + "\\nThân bài") is None
    True
    """
    first = text.lstrip().split("\n", 1)[0]
    if len(syllables(first)) <= longest:
        return first
    tag = _NEWSPAPER_TAG.search(first)
    if tag and len(syllables(first[: tag.start()])) <= longest:
        return first[: tag.start()]
    return None


def headline_of(text: str, longest: int = 25, fallback: int = 0) -> list[str]:
    """Syllables of ``headline_text``; without a headline the first ``fallback`` syllables."""
    head = headline_text(text, longest)
    if head is not None:
        return syllables(head)
    return syllables(text.lstrip().split("\n", 1)[0])[:fallback]


def with_headline(text: str, fallback: int) -> list[str]:
    grams = ngrams(syllables(text), (1, 2))
    grams.extend(TITLE_PREFIX + gram for gram in ngrams(headline_of(text, fallback=fallback), (1, 2)))
    return grams


WORD_PREFIX = "w:"


@lru_cache(maxsize=1)
def compound_automaton():
    """Aho-Corasick automaton of the multi-syllable words in underthesea's Viet74K dictionary.

    Keys are " syllable syllable ..." in this module's spelling (lower case, "new" tone style);
    words of one syllable are left out (they are the unigrams already).
    """
    import ahocorasick
    from underthesea.corpus import viet_dict_74K

    automaton = ahocorasick.Automaton()
    for word in viet_dict_74K.words:
        parts = syllables(word)
        if len(parts) >= 2:
            automaton.add_word(" " + " ".join(parts), " ".join(parts))
    automaton.make_automaton()
    return automaton


def dictionary_compounds(tokens: list[str]) -> list[str]:
    """Longest dictionary words found left to right in ``tokens``, ending on a syllable boundary."""
    joined = " " + " ".join(tokens)
    found = []
    for end, word in compound_automaton().iter_long(joined):
        if end + 1 == len(joined) or joined[end + 1] == " ":
            found.append(WORD_PREFIX + word)
    return found


def with_compounds(text: str) -> list[str]:
    return syllable_ngrams(text, (1, 2), True) + dictionary_compounds(syllables(text))


# ---- sixth pass: spelling folds (candidate "spelling_folds") ------------------------------

# A syllable that is a consonant onset plus a lone i or y: "kỹ"/"kĩ", "lý"/"lí", "tỷ"/"tỉ",
# "hy"/"hi", "sỹ"/"sĩ", "công ty"/"công ti". Both spellings are in print for the same word;
# the papers keep their own house choice. "y" alone ("y tế") and "uy", "ay", "ây" are not
# touched (there the letter is not a choice).
_ONSET_THEN_I_OR_Y = re.compile(r"^(b|ch|c|d|đ|gh|g|h|kh|k|l|m|ngh|ng|nh|n|ph|p|r|s|th|tr|t|v|x)([iìíỉĩịyỳýỷỹỵ])$")
_QU_THEN_I_OR_Y = re.compile(r"^qu([iìíỉĩịyỳýỷỹỵ])$")


def fold_spelling(syllable: str) -> str:
    """One spelling for a lower-case syllable that print writes two ways.

    A consonant onset plus a lone i/y becomes the i form ("kỹ" -> "kĩ", "tỷ" -> "tỉ"); "qu"
    plus i/y the y form ("qui" -> "quy", "quí" -> "quý"); the Icelandic eth "ð" becomes "đ".

    >>> [fold_spelling(s) for s in ["kỹ", "lý", "tỷ", "qui", "quí", "ðường", "y", "tuy", "hay"]]
    ['kĩ', 'lí', 'tỉ', 'quy', 'quý', 'đường', 'y', 'tuy', 'hay']
    """
    syllable = syllable.replace("ð", "đ")
    if match := _ONSET_THEN_I_OR_Y.match(syllable):
        base, tone = split_tone(match.group(2))
        return match.group(1) + with_tone("i", tone)
    if match := _QU_THEN_I_OR_Y.match(syllable):
        base, tone = split_tone(match.group(1))
        return "qu" + with_tone("y", tone)
    return syllable


def folded_syllables(text: str) -> list[str]:
    """The shipped ``syllables`` (NFC, lower case, new tone style, numbers 0), spellings folded."""
    return [fold_spelling(syllable) for syllable in syllables(text)]


def folded_ngrams(text: str) -> list[str]:
    """The shipped features (body 1-2 grams, first line again with ``t:``) over folded syllables."""
    grams = ngrams(folded_syllables(text), (1, 2))
    headline = text.lstrip().split("\n", 1)[0]
    grams.extend(TITLE_PREFIX + gram for gram in ngrams(folded_syllables(headline), (1, 2)))
    return grams


# ---- sixth pass: house-style neutral text (candidate "house_style") ----------------------

# What a within-topic source chi-squared ranks high on TRAIN and carries no topic (read from
# the top 250 n-grams, scratch script; see the model card's sixth pass): the papers naming
# themselves, their ways of writing hours ("10h", "10g30"), districts ("Q.1"), Vietnam ("VN"),
# and the southern "ngàn" for "nghìn" (thousand).
_PAPER_SELF = regex.compile(
    r"\b(?:[Bb]áo|[Tt]ờ)\s+(?:Thanh\s+Niên|Tuổi\s+Trẻ|Người\s+Lao\s+Động)(?:\s+[Oo]nline)?\b"
    r"|\b(?:Thanh\s+Niên|Tuổi\s+Trẻ|Người\s+Lao\s+Động)\s+[Oo]nline\b|\bVnExpress(?:\.net)?\b|\b(?:TNO|NLĐO)\b"
)
_HOUR = regex.compile(r"(?<![\d.,])([01]?\d|2[0-4])\s?[hg](?:\s?([0-5]\d))?(?![\p{L}\d])")
_DISTRICT = regex.compile(r"\bQ\s?\.?\s?(\d{1,2})\b")
_VIETNAM = regex.compile(r"\bVN\b")
_NGAN = regex.compile(r"\b([Nn])gàn\b")


def house_style_neutral(text: str) -> str:
    """``text`` in one house style: the newspaper marks of ``strip_source_marks`` gone, the
    papers' names for themselves gone, hours as "10 giờ 30", "Q.1" as "quận 1", "VN" as
    "Việt Nam", "ngàn" as "nghìn". Line breaks are kept.

    >>> house_style_neutral("Theo báo Thanh Niên Online, lúc 10g30 tại Q.1, VN có 5 ngàn người")
    'Theo , lúc 10 giờ 30 tại quận 1, Việt Nam có 5 nghìn người'
    """
    text = _PAPER_SELF.sub("", strip_source_marks(text))
    text = _HOUR.sub(lambda m: m.group(1) + " giờ" + (" " + m.group(2) if m.group(2) else ""), text)
    text = _DISTRICT.sub(r"quận \1", text)
    text = _VIETNAM.sub("Việt Nam", text)
    return _NGAN.sub(r"\1ghìn", text)


def neutral_ngrams(text: str, fold: Callable[[str], list[str]] = syllables) -> list[str]:
    """Body 1-2 grams of ``house_style_neutral(text)``; ``t:`` grams only from a real headline.

    The headline is ``headline_text`` (short first line, or NLD's part before its tag), so TN's
    lead and NLD's run-on lead no longer stand in for one.
    """
    grams = ngrams(fold(house_style_neutral(text)), (1, 2))
    head = headline_text(text)
    if head is not None:
        grams.extend(TITLE_PREFIX + gram for gram in ngrams(fold(house_style_neutral(head)), (1, 2)))
    return grams


# ---- sixth pass: the body's first syllables only (candidates "body_first_300/600") --------


def capped_ngrams(text: str, limit: int) -> list[str]:
    """The shipped features with the body cut to its first ``limit`` syllables (headline kept).

    >>> capped_ngrams("Bóng đá\\nTrận cầu hay", 3)
    ['bóng', 'đá', 'trận', 'bóng đá', 'đá trận', 't:bóng', 't:đá', 't:bóng đá']
    """
    grams = ngrams(syllables(text)[:limit], (1, 2))
    headline = text.lstrip().split("\n", 1)[0]
    grams.extend(TITLE_PREFIX + gram for gram in ngrams(syllables(headline), (1, 2)))
    return grams


VARIANTS: dict[str, Callable[[str], list[str]]] = {
    "plain": lambda text: syllable_ngrams(text, (1, 2), True),
    "no_boilerplate": lambda text: syllable_ngrams(strip_source_marks(text), (1, 2), True),
    "compounds": with_compounds,
    "short_headline": lambda text: with_headline(text, fallback=0),
    "short_headline_or_12": lambda text: with_headline(text, fallback=12),
    "spelling_folds": folded_ngrams,
    "house_style": neutral_ngrams,
    "house_style_spelling_folds": lambda text: neutral_ngrams(text, folded_syllables),
    "house_style_text": lambda text: syllable_ngrams(house_style_neutral(text), (1, 2), True),
    "body_first_300": lambda text: capped_ngrams(text, 300),
    "body_first_600": lambda text: capped_ngrams(text, 600),
}


# ---- candidates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """One row of the table: a text variant, TF-IDF weighting and a classifier."""

    description: str
    variant: str = "plain"
    min_df: int = 3
    max_df: float = 1.0
    title_weight: float = 0.5
    per_view: float | None = None
    """When set: body and headline blocks L2-normalised apart, headline block times this."""
    classifier: Callable[[], object] = field(default=lambda: LinearSVC(C=1.0, class_weight="balanced", random_state=0))
    bag_by_source: bool = False
    """Average the weights of models each trained with one newspaper of the training data left out."""
    inlp_rounds: int = 0
    """Fifth pass: rounds of iterative null-space projection of the source (L1 source SVM, C=INLP_C)."""
    drop_source_markers: int = 0
    """Fifth pass: drop this many n-grams with the highest within-topic chi-squared against the source."""
    source_balanced: bool = False
    """Fifth pass: sample weights giving every source the same weight within a topic."""
    project_topic_weights: bool = False
    """Fifth pass: remove a dense L2 source SVM's directions from the fitted topic weights."""


def svm(**kw) -> Callable[[], object]:
    params = {"C": 1.0, "class_weight": "balanced", "random_state": 0, **kw}
    return lambda: LinearSVC(**params)


class SummedMargins:
    """Several linear classifiers as one: their coef / intercept summed (one weight matrix)."""

    def __init__(self, *makers: Callable[[], object]):
        self.makers = makers

    def fit(self, features, labels, sample_weight=None):
        models = [make().fit(features, labels, sample_weight=sample_weight) for make in self.makers]
        self.classes_ = models[0].classes_
        self.coef_ = np.sum([m.coef_ for m in models], axis=0)
        self.intercept_ = np.sum([m.intercept_ for m in models], axis=0)
        return self

    def predict(self, features):
        return self.classes_[np.asarray(features @ self.coef_.T + self.intercept_).argmax(axis=1)]


def ridge(alpha: float) -> Callable[[], object]:
    return lambda: RidgeClassifier(alpha=alpha, class_weight="balanced", solver="sparse_cg")


INLP_C = 0.1
"""C of the L1-regularised source LinearSVC in the INLP candidates (fixed before any run)."""

CANDIDATES: dict[str, Candidate] = {
    "shipped": Candidate("shipped settings: balanced LinearSVC C=1, headline IDF x 0.5"),
    "no_boilerplate": Candidate("newspaper marks stripped (strip_source_marks)", variant="no_boilerplate"),
    "per_view_0.5": Candidate("body and headline L2-normalised apart, headline block x 0.5", per_view=0.5),
    "per_view_0.3": Candidate("body and headline L2-normalised apart, headline block x 0.3", per_view=0.3),
    "crammer_singer": Candidate("LinearSVC crammer_singer", classifier=svm(multi_class="crammer_singer")),
    "sgd_mhuber": Candidate(
        "SGDClassifier modified_huber, averaged, balanced",
        classifier=lambda: SGDClassifier(
            loss="modified_huber", alpha=2e-5, average=True, class_weight="balanced", random_state=0, max_iter=30, tol=None
        ),
    ),
    "ridge": Candidate("RidgeClassifier alpha=1, balanced", classifier=ridge(1)),
    "short_headline": Candidate("headline only when the first line is short (or before NLD's tag); none for TN", variant="short_headline"),
    "short_headline_or_12": Candidate(
        "headline = the short first line (or before NLD's tag), else the first 12 syllables", variant="short_headline_or_12"
    ),
    "compounds": Candidate("plus longest-match Viet74K dictionary words (pyahocorasick) as w: features", variant="compounds"),
    "bag_by_source": Candidate("mean weights of LinearSVCs each fitted with one newspaper left out", bag_by_source=True),
    "ridge_0.5": Candidate("RidgeClassifier alpha=0.5, balanced", classifier=ridge(0.5)),
    "ridge_2": Candidate("RidgeClassifier alpha=2, balanced", classifier=ridge(2)),
    "svm_plus_ridge_2": Candidate("LinearSVC + RidgeClassifier alpha=2, margins summed", classifier=lambda: SummedMargins(svm(), ridge(2))),
    "svm_plus_ridge_1": Candidate("LinearSVC + RidgeClassifier alpha=1, margins summed", classifier=lambda: SummedMargins(svm(), ridge(1))),
    "min_df_10_short_headline": Candidate("min_df 10; headline only when short (short_headline)", variant="short_headline", min_df=10),
    "svm_plus_ridge_2_min_df_10_short_headline": Candidate(
        "LinearSVC + RidgeClassifier alpha=2, margins summed; min_df 10; headline only when short",
        variant="short_headline", min_df=10, classifier=lambda: SummedMargins(svm(), ridge(2)),
    ),
    "svm_plus_ridge_4": Candidate("LinearSVC + RidgeClassifier alpha=4, margins summed", classifier=lambda: SummedMargins(svm(), ridge(4))),
    "min_df_5": Candidate("min_df 5", min_df=5),
    "min_df_10": Candidate("min_df 10", min_df=10),
    "min_df_20": Candidate("min_df 20", min_df=20),
    "max_df_0.5": Candidate("max_df 0.5 (n-grams in more than half the articles dropped)", max_df=0.5),
    # Fifth pass: features that do not carry the newspaper (pre-registered before any run;
    # the sources are the fold's training rows' newspapers, never the held-out rows').
    "inlp_1": Candidate("INLP, 1 round: features projected off an L1 source SVM's directions (one per training newspaper)", inlp_rounds=1),
    "inlp_3": Candidate("INLP, 3 rounds (source SVM refitted on the projected features each round)", inlp_rounds=3),
    "inlp_10": Candidate("INLP, 10 rounds", inlp_rounds=10),
    "drop_markers_2000": Candidate("2,000 n-grams with the highest within-topic chi2 vs source dropped", drop_source_markers=2000),
    "drop_markers_10000": Candidate("10,000 source-marker n-grams dropped", drop_source_markers=10000),
    "drop_markers_50000": Candidate("50,000 source-marker n-grams dropped", drop_source_markers=50000),
    "source_balanced": Candidate("sample weights: every source weighs the same within a topic", source_balanced=True),
    "project_topic_weights": Candidate(
        "topic SVM weights projected off a dense L2 source SVM's directions (no refit)", project_topic_weights=True
    ),
    # Sixth pass (pre-registered in the model card before any of these ran; shipped settings
    # otherwise, the shipped row in the same run).
    "spelling_folds": Candidate("i/y after a consonant to i, qu+i/y to quy, eth to đ (fold_spelling)", variant="spelling_folds"),
    "house_style": Candidate(
        "house_style_neutral text (marks, self-names, hours, districts, VN, ngàn); t: only from a real headline",
        variant="house_style",
    ),
    "house_style_spelling_folds": Candidate("house_style and spelling_folds together", variant="house_style_spelling_folds"),
    "body_first_300": Candidate("body cut to its first 300 syllables (headline as shipped)", variant="body_first_300"),
    "body_first_600": Candidate("body cut to its first 600 syllables (headline as shipped)", variant="body_first_600"),
    # Sixth pass, after the rows above: a reading row that decides nothing (not registered to ship).
    "house_style_text": Candidate("reading only: house_style_neutral text, t: from the first line as shipped", variant="house_style_text"),
}


# ---- features per fold ----------------------------------------------------------------------


def count_matrix(texts: list[str], variant: str) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Raw n-gram counts of every text (all n-grams) and a mask of the headline columns."""
    vectorizer = CountVectorizer(analyzer=VARIANTS[variant], dtype=np.float32)
    counts = vectorizer.fit_transform(texts).tocsr()
    names = vectorizer.get_feature_names_out()
    return counts, np.char.startswith(names.astype(str), TITLE_PREFIX)


def tfidf_pair(counts, headline, train, test, candidate: Candidate):
    """TF-IDF of the ``train`` and ``test`` rows with vocabulary and IDF from ``train`` only."""
    fit = counts[train]
    df = np.bincount(fit.indices, minlength=counts.shape[1])
    keep = (df >= candidate.min_df) & (df <= candidate.max_df * len(train))
    columns = np.flatnonzero(keep)
    idf = np.log((1 + len(train)) / (1 + df[columns])) + 1.0
    head = headline[columns]
    if candidate.per_view is None:
        idf = np.where(head, idf * candidate.title_weight, idf)
    scale = sparse.diags(idf.astype(np.float32))
    return tuple(_weigh(counts[rows][:, columns], scale, head, candidate.per_view) for rows in (train, test))


def _weigh(counts, scale, head, per_view):
    matrix = counts.copy()
    matrix.data = 1.0 + np.log(matrix.data)
    matrix = (matrix @ scale).tocsc()
    if per_view is None:
        return normalize(matrix.tocsr())
    body = normalize(matrix[:, np.flatnonzero(~head)].tocsr())
    title = normalize(matrix[:, np.flatnonzero(head)].tocsr()) * per_view
    return sparse.hstack([body, title], format="csr")


def without_source(candidate: Candidate, fit_x, test_x, fit_labels, fit_sources):
    """The fifth pass's source removal on one fold: (fit_x, test_x, sample weights or None).

    Everything is fitted on the fold's training rows (features, topics, newspapers) only.
    """
    if candidate.inlp_rounds:
        space = inlp_subspace(fit_x, fit_sources, candidate.inlp_rounds, C=INLP_C)
        print(f"  INLP: {space.rank} directions on {len(space.columns)} n-grams", file=sys.stderr)
        fit_x, test_x = space.project(fit_x), space.project(test_x)
    if candidate.drop_source_markers:
        scores = source_marker_scores(fit_x, fit_labels, fit_sources)
        kept = np.sort(np.argsort(-scores, kind="stable")[candidate.drop_source_markers :])
        fit_x, test_x = normalize(fit_x[:, kept]), normalize(test_x[:, kept])
    weights = source_balanced_weights(fit_labels, fit_sources) if candidate.source_balanced else None
    return fit_x, test_x, weights


def fit_predict(candidate: Candidate, fit_x, test_x, fit_labels, fit_sources) -> np.ndarray:
    """Predicted topics of ``test_x`` by the candidate fitted on one fold's training rows."""
    fit_x, test_x, weights = without_source(candidate, fit_x, test_x, fit_labels, fit_sources)
    if candidate.bag_by_source:
        return bagged_by_source(candidate, fit_x, fit_labels, fit_sources).predict(test_x)
    model = candidate.classifier().fit(fit_x, fit_labels, sample_weight=weights)
    if candidate.project_topic_weights:
        source_svm = LinearSVC(C=1.0, class_weight="balanced", random_state=0).fit(fit_x, fit_sources)
        model.coef_ = SourceSubspace.spanning(source_svm.coef_).project_weights(model.coef_)
    return model.predict(test_x)


def bagged_by_source(candidate: Candidate, features, labels, sources):
    """One linear model: the mean coef/intercept of models each missing one source's rows."""
    models = [candidate.classifier().fit(features[sources != s], labels[sources != s]) for s in np.unique(sources)]
    bag = models[0]
    bag.coef_ = np.mean([m.coef_ for m in models], axis=0)
    bag.intercept_ = np.mean([m.intercept_ for m in models], axis=0)
    return bag


def folds(protocol: str, labels: np.ndarray, sources: np.ndarray):
    if protocol == "kfold":
        yield from StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(labels, labels)
    else:
        for source in SOURCES:
            yield np.flatnonzero(sources != source), np.flatnonzero(sources == source)


def cached_counts(texts: list[str], variant: str, cache: dict, folder: Path | None):
    """``count_matrix`` of a variant, kept in ``cache`` and, when given, in ``folder`` (.npz)."""
    if variant in cache:
        return cache[variant]
    path = folder / f"counts_{variant}.npz" if folder else None
    started = time.time()
    if path and path.exists():
        with np.load(path) as stored:
            counts = sparse.csr_matrix((stored["data"], stored["indices"], stored["indptr"]), shape=tuple(stored["shape"]))
            cache[variant] = counts, stored["headline"]
    else:
        cache[variant] = count_matrix(texts, variant)
        if path:
            counts, headline = cache[variant]
            np.savez(path, data=counts.data, indices=counts.indices, indptr=counts.indptr, shape=counts.shape, headline=headline)
    print(f"[{variant}] counts {cache[variant][0].shape} in {time.time() - started:.0f} s", file=sys.stderr)
    return cache[variant]


def evaluate(
    name: str, protocol: str, texts, labels, sources, cache: dict, folder: Path | None = None, keep: Path | None = None
) -> dict:
    candidate = CANDIDATES[name]
    counts, headline = cached_counts(texts, candidate.variant, cache, folder)
    predicted = np.empty(len(labels), dtype=object)
    started = time.time()
    for train, test in folds(protocol, labels, sources):
        fit_x, test_x = tfidf_pair(counts, headline, train, test, candidate)
        predicted[test] = fit_predict(candidate, fit_x, test_x, labels[train], sources[train])
    predicted = predicted.astype(str)
    if keep:
        np.save(keep / f"predicted_{name}_{protocol}.npy", predicted)
    result = {
        "candidate": name,
        "description": candidate.description,
        "protocol": protocol,
        "accuracy": round(100 * accuracy_score(labels, predicted), 2),
        "macro_f1": round(100 * f1_score(labels, predicted, average="macro"), 2),
        "seconds": round(time.time() - started),
    }
    if protocol == "loso":
        result["per_source_accuracy"] = {
            s: round(100 * accuracy_score(labels[sources == s], predicted[sources == s]), 2) for s in SOURCES
        }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", nargs="*", help="names from --list (default: all)")
    parser.add_argument("--protocol", choices=["loso", "kfold", "both"], default="both")
    parser.add_argument("--list", action="store_true", help="print the candidates and exit")
    parser.add_argument("--out", type=Path, help="append the JSON result lines to this file")
    parser.add_argument("--cache", type=Path, help="folder keeping each text variant's counts between runs")
    parser.add_argument("--predictions", type=Path, help="folder to save each run's predicted topics (.npy, row order of train)")
    args = parser.parse_args()
    if args.list:
        for name, candidate in CANDIDATES.items():
            print(f"{name:24} {candidate.description}")
        return 0
    texts, labels, sources = read_train()
    protocols = ["loso", "kfold"] if args.protocol == "both" else [args.protocol]
    cache: dict = {}
    for name in args.candidates or list(CANDIDATES):
        for protocol in protocols:
            line = json.dumps(evaluate(name, protocol, texts, labels, sources, cache, args.cache, args.predictions), ensure_ascii=False)
            print(line, flush=True)
            if args.out:
                with args.out.open("a", encoding="utf-8") as out:
                    out.write(line + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
