"""Government-administration detection: weak labels from cue phrases, a linear head.

A story is "government administration" when its main subject is the work of Vietnamese
state or Party bodies and their officials (see ``docs/government_administration.md``).
:func:`weak_label` marks training articles from cue phrases in the headline and lead;
:class:`GovernmentHead` is the linear model trained on those marks over the topic
model's features, so it generalises past the phrases.

>>> weak_label("UBND tỉnh ban hành quy định mới về thủ tục hành chính\\nNội dung ...", "chinh_tri_xa_hoi")
1
>>> weak_label("Arsenal thắng đậm\\nTrận đấu ...", "the_thao")
0
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

from ..normalize import convert_tone_style

LEAD_CHARS = 400
"""How much of the article (headline and lead) the cue rules read."""

# State and Party bodies and posts (lower case, "new" tone style: hoà, uỷ).
BODY_CUES = (
    r"ubnd", r"uỷ ban nhân dân", r"hđnd", r"hội đồng nhân dân", r"quốc hội", r"chính phủ",
    r"thủ tướng", r"phó thủ tướng", r"chủ tịch nước", r"bộ trưởng", r"thứ trưởng",
    r"bộ (?:tài chính|thương mại|công nghiệp|giáo dục|gdđt|y tế|xây dựng|nội vụ|tư pháp|"
    r"giao thông|gtvt|nông nghiệp|kế hoạch|tài nguyên|lao động|văn hoá|công an|quốc phòng|"
    r"ngoại giao|khoa học|bưu chính)",
    r"tỉnh uỷ", r"thành uỷ", r"huyện uỷ", r"quận uỷ", r"đảng uỷ", r"bí thư", r"bộ chính trị",
    r"trung ương đảng", r"ban chấp hành trung ương", r"hội nghị trung ương", r"đại hội đảng",
    r"mặt trận tổ quốc", r"thanh tra", r"kiểm toán nhà nước", r"văn phòng chính phủ",
    r"sở [a-zđ]", r"cục [a-zđ]", r"tổng cục", r"chi cục", r"chủ tịch ubnd", r"chính quyền",
    r"đại biểu quốc hội", r"cử tri", r"công chức", r"cán bộ",
)
# What those bodies do.
ACTION_CUES = (
    r"ban hành", r"quyết định", r"chỉ đạo", r"chỉ thị", r"nghị định", r"nghị quyết",
    r"thông tư", r"quy định", r"quy chế", r"đề án", r"kiểm tra", r"thanh tra", r"giám sát",
    r"bổ nhiệm", r"miễn nhiệm", r"bầu", r"kỷ luật", r"đình chỉ", r"cách chức", r"kỳ họp",
    r"phiên họp", r"hội nghị", r"chất vấn", r"tiếp xúc cử tri", r"tiếp dân", r"khiếu nại",
    r"cải cách", r"thủ tục", r"hành chính", r"dịch vụ công", r"một cửa", r"cấp phép",
    r"lệ phí", r"quy hoạch", r"thành lập", r"yêu cầu", r"đề nghị", r"làm việc", r"thăm",
    r"phê duyệt", r"cam kết", r"triển khai", r"tham tán", r"thông báo kết luận", r"kết luận",
)
# Crime and court reporting: the story is the case, not the administration.
CRIME_CUES = (
    r"khởi tố", r"bắt giữ", r"bắt quả tang", r"tạm giam", r"xét xử", r"tuyên án", r"bị cáo",
    r"phiên toà", r"hung thủ", r"nghi phạm", r"án tù", r"năm tù", r"truy tố", r"tử vong",
    r"bị can", r"vụ án", r"cqđt", r"cơ quan điều tra", r"cảnh sát điều tra", r"chuyên án",
    r"buôn lậu", r"giết người", r"sát hại", r"trộm", r"cướp",
)
# Topics whose stories are not about Vietnamese state administration (world news is foreign).
NEGATIVE_TOPICS = frozenset({"the_gioi", "the_thao", "khoa_hoc", "doi_song"})

_BODY = re.compile("|".join(BODY_CUES))
_ACTION = re.compile("|".join(ACTION_CUES))
_CRIME = re.compile("|".join(CRIME_CUES))


def lead(text: str) -> str:
    """The headline and lead of ``text``, composed, lower-cased, in the "new" tone style.

    >>> lead("Thủ tướng thăm Hoà Bình\\n" + "x" * 1000)[:23]
    'thủ tướng thăm hoà bình'
    """
    return convert_tone_style(unicodedata.normalize("NFC", text[:LEAD_CHARS]).lower(), "new")


def cue_counts(text: str) -> tuple[int, int, int]:
    """(state bodies, actions, crime) cue counts in the headline and lead.

    >>> cue_counts("Bộ Tài chính ban hành thông tư về lệ phí")
    (1, 3, 0)
    """
    head = lead(text)
    return len(_BODY.findall(head)), len(_ACTION.findall(head)), len(_CRIME.findall(head))


def weak_label(text: str, topic: str) -> int | None:
    """1 (government administration), 0 (not) or None (abstain) for a training article.

    Uses the article's known topic: world, sport, science and life stories are negatives;
    otherwise a lead naming a state body and an administrative action, without crime
    reporting, is positive, and a lead naming no state body is negative.

    >>> weak_label("Giá vàng tăng mạnh\\nSáng nay giá vàng ...", "kinh_doanh")
    0
    """
    if topic in NEGATIVE_TOPICS:
        return 0
    bodies, actions, crimes = cue_counts(text)
    if bodies and actions and not crimes:
        return 1
    if not bodies:
        return 0
    return None


def is_crime_report(text: str) -> bool:
    """True when the headline and lead report a crime or a court case (the flag's veto).

    >>> is_crime_report("Khởi tố vụ án buôn lậu\\nCơ quan CSĐT ..."), is_crime_report("HĐND tỉnh khai mạc kỳ họp")
    (True, False)
    """
    return cue_counts(text)[2] > 0


def fit_government_head(
    features, weak: np.ndarray, hand_rows: np.ndarray, hand_labels: np.ndarray, C: float = 4.0,
    hand_weight: float = 10.0, folds: int = 5, random_state: int = 0, vetoed: np.ndarray | None = None,
) -> dict:
    """Fit the linear head on weak labels plus hand labels; pick the threshold by cross-validation.

    ``weak`` holds 1/0/-1 (abstain) per row of ``features``; ``hand_rows`` are rows with
    hand labels ``hand_labels`` (weighted ``hand_weight``). The hand-labelled rows are split
    in ``folds``: each fold is scored by a head trained without it, and the threshold with
    the best F1 on those out-of-fold scores is kept. ``vetoed`` (one bool per hand-labelled
    row) marks rows the flag refuses whatever the score (crime reporting): they count as
    not flagged when the threshold is chosen. Returns ``coef``, ``intercept``, ``threshold``
    and the cross-validated ``report``.
    """
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    weak = weak.copy()
    weak[hand_rows] = -1
    weak_rows = np.flatnonzero(weak >= 0)

    def fit(rows: np.ndarray) -> LogisticRegression:
        X = sparse.vstack([features[weak_rows], features[hand_rows[rows]]])
        y = np.r_[weak[weak_rows], hand_labels[rows]]
        weights = np.r_[np.ones(len(weak_rows)), np.full(len(rows), hand_weight)]
        return LogisticRegression(C=C, max_iter=2000, class_weight="balanced").fit(X, y, sample_weight=weights)

    scores = np.zeros(len(hand_rows))
    for train, held in StratifiedKFold(folds, shuffle=True, random_state=random_state).split(hand_labels, hand_labels):
        scores[held] = fit(train).predict_proba(features[hand_rows[held]])[:, 1]
    if vetoed is not None:
        scores = np.where(vetoed, 0.0, scores)
    threshold, report = best_threshold(scores, hand_labels)
    head = fit(np.arange(len(hand_rows)))
    return {
        "coef": head.coef_.ravel().astype(np.float32),
        "intercept": float(head.intercept_[0]),
        "threshold": threshold,
        "report": {**report, "hand_labelled": int(len(hand_rows)), "weak_labelled": int(len(weak_rows))},
    }


def best_threshold(scores: np.ndarray, truth: np.ndarray) -> tuple[float, dict]:
    """The threshold in 0.30–0.90 (step 0.05) with the best F1 (ties: higher precision).

    >>> best_threshold(np.array([0.9, 0.8, 0.2, 0.6]), np.array([1, 1, 0, 0]))[0]
    0.65
    """
    best = None
    for threshold in np.round(np.arange(0.30, 0.9001, 0.05), 2):
        flagged = scores >= threshold
        tp = int((flagged & (truth == 1)).sum())
        precision = tp / max(int(flagged.sum()), 1)
        recall = tp / max(int((truth == 1).sum()), 1)
        f1 = 2 * precision * recall / max(precision + recall, 1e-12)
        key = (round(f1, 6), precision)
        if best is None or key > best[0]:
            best = (key, float(threshold), {"precision": precision, "recall": recall, "f1": f1})
    return best[1], best[2]


def government_score(features, coef: np.ndarray, intercept: float) -> np.ndarray:
    """Probability (0–1) that each row of ``features`` is a government-administration story.

    >>> government_score(np.array([[1.0, 0.0]]), np.array([2.0, -2.0]), 0.0).round(2).tolist()
    [0.88]
    """
    from scipy.special import expit

    return expit(np.asarray(features @ coef).ravel() + intercept)
