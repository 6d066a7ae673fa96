"""The shipped model's lean prediction path (NumPy/SciPy only) against the scikit-learn path."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from vnnews.resources import model_file
from vnnews.topics import load_topic_model
from vnnews.topics.features import syllable_ngrams
from vnnews.topics.government import government_score
from vnnews.topics.storage import META_FILE, load_model_with_extras
from vnnews.topics.tfidf import TfidfFeatures

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}

# Written for this test by the team: headlines and leads across the ten topics, plus odd input.
TEAM_TEXTS = [
    "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 11\nChính phủ bàn về cải cách thủ tục hành chính.",
    "UBND tỉnh Bình Định ban hành quy định mới về đất đai\nChủ tịch UBND tỉnh yêu cầu các sở công khai hồ sơ.",
    "Giá vàng trong nước tăng mạnh phiên sáng nay\nNhà đầu tư đổ xô mua vàng miếng, tỷ giá USD cũng tăng.",
    "Đội tuyển Việt Nam thắng Thái Lan 3-1 ở bán kết\nTiền đạo lập cú đúp, HLV khen tinh thần toàn đội.",
    "Bác sĩ khuyên người già tiêm vắc xin cúm trước mùa đông\nBệnh viện quá tải vì sốt xuất huyết.",
    "Microsoft phát hành bản vá lỗi bảo mật cho Windows\nNgười dùng nên cập nhật phần mềm ngay.",
    "Khởi tố vụ án buôn lậu xăng dầu qua biên giới\nCơ quan cảnh sát điều tra đã bắt tạm giam 5 bị can.",
    "Nhà khoa học phát hiện loài ếch mới ở Tây Nguyên\nNghiên cứu công bố trên tạp chí quốc tế.",
    "Liên hoan phim quốc tế Hà Nội khai mạc\nNhiều đạo diễn, diễn viên nổi tiếng tham dự lễ trao giải.",
    "Tổng thống Mỹ gặp lãnh đạo châu Âu bàn về xung đột\nHội nghị thượng đỉnh NATO kết thúc hôm qua.",
    "Mẹo giữ gìn hạnh phúc gia đình khi con cái lớn\nChuyện tình yêu, hôn nhân của các cặp vợ chồng trẻ.",
    "THỦY ĐIỆN HÒA BÌNH xả lũ; hồ chứa đầy nước",
    "Không dấu: chinh phu ban hanh nghi dinh moi ve thue",
    "2025 — 100% !!! ???",
    "một",
]


@pytest.fixture(scope="module")
def sklearn_path():
    """The shipped files loaded as the scikit-learn TopicClassifier, with the government head."""
    clf, meta, extras = load_model_with_extras(model_file("topics", META_FILE).parent)
    return clf, extras["government_coef"].astype(np.float32), float(meta["government"]["intercept"])


def lean_and_sklearn(texts, sklearn_path):
    clf, gov_coef, gov_intercept = sklearn_path
    model = load_topic_model()
    # the one-stage government head over the lean TF-IDF features (the shipped two-stage
    # detector feeds on the same features; its own tests are in test_topics_government.py)
    lean_gov = government_score(model.features.transform(texts), model.government_coef, model.government_intercept)
    features = clf.vectorizer_.transform(texts)
    return (
        model.predict_proba(texts), clf.predict_proba(texts), lean_gov, government_score(features, gov_coef, gov_intercept)
    )


def fresh_python(code: str) -> str:
    """What ``code`` prints in a new Python process running this tree."""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60, env=ENV)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_classify_does_not_import_scikit_learn():
    code = (
        "import sys, vnnews\n"
        "topic = vnnews.classify('Giá cổ phiếu ngân hàng tăng mạnh trên sàn chứng khoán')\n"
        "heavy = sorted(m for m in ('sklearn', 'pandas', 'pyarrow') if m in sys.modules)\n"
        "print(topic.label, heavy)\n"
    )
    assert fresh_python(code).split() == ["kinh_doanh", "[]"]


def test_pipeline_topic_step_does_not_import_scikit_learn():
    code = (
        "import sys, vnnews\n"
        "nlp = vnnews.load(restore_diacritics=False, sentences=False, words=False, entities=False)\n"
        "doc = nlp('Đội tuyển Việt Nam thắng Thái Lan 3-1 ở bán kết AFF Cup')\n"
        "print(doc.topic.label, 'sklearn' in sys.modules)\n"
    )
    assert fresh_python(code).split() == ["the_thao", "False"]


def test_estimator_is_imported_when_asked_for():
    code = "import sys, vnnews.topics as t\nassert 'sklearn' not in sys.modules\nt.TopicClassifier\nprint('sklearn' in sys.modules)"
    assert fresh_python(code).strip() == "True"


def test_lean_path_matches_scikit_learn_on_team_texts(sklearn_path):
    lean, reference, lean_gov, reference_gov = lean_and_sklearn(TEAM_TEXTS, sklearn_path)
    assert lean.shape == reference.shape == (len(TEAM_TEXTS), 10)
    np.testing.assert_allclose(lean, reference, atol=1e-4)
    np.testing.assert_allclose(lean_gov, reference_gov, atol=1e-4)
    assert len(set(lean.argmax(axis=1))) >= 8  # the texts really span the topics


@pytest.mark.slow
def test_lean_path_matches_scikit_learn_on_vntc(shared_data, sklearn_path):
    texts = []
    for split, step in (("test_full", 250), ("train_full", 340)):
        with gzip.open(shared_data / "vntc" / f"{split}.jsonl.gz", "rt", encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in itertools.islice(lines, 0, None, step)]
    assert len(texts) >= 200
    lean, reference, lean_gov, reference_gov = lean_and_sklearn(texts, sklearn_path)
    np.testing.assert_allclose(lean, reference, atol=1e-4)
    np.testing.assert_allclose(lean_gov, reference_gov, atol=1e-4)


VOCABULARY_TEXTS = ["Hoà Bình có thuỷ điện", "Thủ tướng thăm Hòa Bình\nđiện lực", "giá điện tăng 5%", "bóng đá Hoà Bình"]
WORDS = st.sampled_from(["hoà", "Hòa", "bình", "thuỷ", "điện", "giá", "tăng", "2025", "bóng", "đá", "xyz", "\n", ",", " "])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=30).map(" ".join), min_size=1, max_size=4), st.booleans())
def test_tfidf_features_equal_the_fitted_tfidf_vectorizer(texts, title):
    def analyzer(text):
        return syllable_ngrams(text, (1, 2), title)

    fitted = TfidfVectorizer(analyzer=analyzer, sublinear_tf=True, dtype=np.float32).fit(VOCABULARY_TEXTS)
    lean = TfidfFeatures(fitted.vocabulary_, fitted.idf_.astype(np.float32), (1, 2), title)
    ours, theirs = lean.transform(texts), fitted.transform(texts)
    assert ours.dtype == np.float32 and ours.shape == theirs.shape
    np.testing.assert_allclose(ours.toarray(), theirs.toarray(), atol=1e-6)
