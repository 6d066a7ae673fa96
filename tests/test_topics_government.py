"""The two-stage government-administration detector: flags, stored data, feature properties."""

from __future__ import annotations

import json
import math
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.errors import ModelError
from vnnews.resources import model_file
from vnnews.topics.government_detector import META, WEIGHTS, load_government_detector
from vnnews.topics.government_stack import GovernmentStack, headline_and_rest, stack_features
from vnnews.topics.shipped import load_topic_model


def flags(texts):
    return [t.government_administration for t in load_topic_model().classify(texts)]


def test_the_shipped_model_uses_the_two_stage_detector():
    assert load_topic_model().government_detector is not None


def test_sample_article_is_flagged(sample_article):
    topic = load_topic_model().classify([sample_article])[0]
    assert topic.government_administration is True
    assert topic.government_administration_score >= load_topic_model().government_detector.threshold


def test_government_stories_are_flagged():
    texts = [
        "HĐND tỉnh Quảng Nam khai mạc kỳ họp thứ 5\nSáng nay, HĐND tỉnh khai mạc kỳ họp, xem xét các "
        "nghị quyết về kế hoạch phát triển kinh tế - xã hội và chất vấn giám đốc các sở.",
        "Bộ Nội vụ ban hành thông tư về cải cách thủ tục hành chính\nBộ Nội vụ vừa ban hành thông tư "
        "hướng dẫn UBND các tỉnh thực hiện cơ chế một cửa trong cấp phép và đăng ký hộ tịch.",
    ]
    assert flags(texts) == [True, True]


def test_sport_health_crime_and_business_stories_are_not_flagged():
    texts = [
        "Đội tuyển Việt Nam thắng Thái Lan 2-0\nTrên sân Mỹ Đình tối qua, đội tuyển Việt Nam đã thắng "
        "Thái Lan nhờ hai bàn thắng của tiền đạo Công Vinh trong hiệp hai.",
        "Bệnh viện Chợ Rẫy cứu sống bệnh nhân bị đột quỵ\nCác bác sĩ khoa cấp cứu đã phẫu thuật thành "
        "công cho bệnh nhân 60 tuổi bị xuất huyết não.",
        "Khởi tố nguyên chủ tịch xã tham ô tiền đền bù\nCơ quan cảnh sát điều tra Công an tỉnh vừa khởi "
        "tố bị can, bắt tạm giam nguyên chủ tịch UBND xã vì chiếm đoạt tiền đền bù giải toả.",
        "Giá vàng tăng mạnh trong phiên sáng nay\nGiá vàng SJC tăng 200.000 đồng mỗi lượng, các công ty "
        "kinh doanh vàng cho biết nhu cầu mua vào tăng.",
    ]
    assert flags(texts) == [False, False, False, False]


def test_a_tampered_detector_is_refused(tmp_path):
    folder = model_file("topics", META).parent
    for name in (META, WEIGHTS):
        shutil.copy(folder / name, tmp_path / name)
    size = json.loads((folder / META).read_text(encoding="utf-8"))["vocabulary_size"]
    assert load_government_detector(tmp_path, size) is not None
    with pytest.raises(ModelError):
        load_government_detector(tmp_path, size + 1)
    data = bytearray((tmp_path / WEIGHTS).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (tmp_path / WEIGHTS).write_bytes(bytes(data))
    with pytest.raises(ModelError):
        load_government_detector(tmp_path, size)


def test_a_detector_built_on_another_topic_model_is_refused(tmp_path):
    folder = model_file("topics", META).parent
    for name in (META, WEIGHTS):
        shutil.copy(folder / name, tmp_path / name)
    size = json.loads((folder / META).read_text(encoding="utf-8"))["vocabulary_size"]
    topic_sha256 = json.loads((folder / "model.json").read_text(encoding="utf-8"))["sha256"]
    assert load_government_detector(tmp_path, size, topic_sha256) is not None
    other = dict(topic_sha256, **{"vocabulary.txt": "0" * 64})  # same size, other n-grams
    with pytest.raises(ModelError, match="another topic model"):
        load_government_detector(tmp_path, size, other)


def test_the_stored_threshold_is_the_best_cross_validated_f1():
    meta = json.loads(model_file("topics", META).read_text(encoding="utf-8"))
    cv = meta["cross_validated_on_hand_labels"]["weighted_to_train"]
    first = meta["precision_first"]
    assert meta["stack"]["threshold"] == cv["threshold"]

    def f1(r):
        return 2 * r["precision"] * r["recall"] / (r["precision"] + r["recall"])

    # the shipped threshold trades precision for recall against the precision-first one
    assert first["precision"] >= meta["target_precision"]
    assert f1(cv) > f1(first) and cv["recall"] > first["recall"]


def test_stack_scores_rise_with_the_first_stage():
    stack = GovernmentStack(weights={"base_logit": 1.5}, intercept=-0.5, threshold=0.5)
    assert stack.score({"base_logit": -2.0}) < stack.score({"base_logit": 0.0}) < stack.score({"base_logit": 2.0})
    assert not stack.flag({}) and stack.flag({"base_logit": 3.0})


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300), st.floats(min_value=0.0, max_value=1.0))
def test_stack_features_are_finite_and_always_the_same_names(text, score):
    features = stack_features(text, score, {"a": 0.5, "b": 0.5})
    reference = stack_features("Tin\nNội dung", 0.5, {"a": 0.5, "b": 0.5})
    assert sorted(features) == sorted(reference)
    assert all(math.isfinite(v) for v in features.values())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_headline_and_rest_cover_the_lead(text):
    headline, rest = headline_and_rest(text)
    assert "\n" not in headline
    assert len(headline) <= 160
    assert text.startswith(headline)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=800))
def test_headline_and_lead_is_short_stable_and_from_the_start(text):
    from vnnews.topics.government_lead import HEADLINE_LEAD_CHARS, headline_and_lead

    lead = headline_and_lead(text)
    assert len(lead) <= HEADLINE_LEAD_CHARS and lead.count("\n") <= 1
    assert text.lstrip().startswith(lead.split("\n", 1)[0])
    assert headline_and_lead(lead) == lead


def test_the_lead_head_reads_only_the_headline_and_first_paragraph():
    lead = load_topic_model().government_detector.lead
    if lead is None:
        pytest.skip("detector built without the headline-and-lead head")
    government = "UBND tỉnh ban hành quyết định về cải cách thủ tục hành chính\nChủ tịch UBND tỉnh vừa ký quyết định."
    sport = "Đội tuyển thắng 3-0 trên sân nhà\nTrận đấu diễn ra tối qua."
    tail = "\n" + "HĐND tỉnh họp, Thủ tướng chỉ đạo các bộ. " * 30
    government_score, sport_score, sport_with_tail = lead.score([government, sport, sport + tail])
    assert government_score > 0.5 > sport_score
    assert sport_with_tail == pytest.approx(sport_score)
