"""The shipped topic model: classify(), government flag, thread-safe loading, tampering."""

from __future__ import annotations

import dataclasses
import gzip
import itertools
import json
import shutil
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest

import vnnews
from vnnews.document import Topic
from vnnews.errors import InputError, ModelError
from vnnews.resources import model_file
from vnnews.topics import LABELS, classify, label_id, load_topic_model
from vnnews.topics.storage import META_FILE, VOCABULARY_FILE, WEIGHTS_FILE, load_model


def test_classify_returns_a_full_topic():
    topic = vnnews.classify("Đội tuyển Việt Nam thắng Malaysia 2-0, tiền đạo lập cú đúp ở chung kết AFF Cup")
    assert isinstance(topic, Topic) and topic.label == "the_thao" and topic.display_name == "Thể thao"
    assert set(topic.scores) == set(LABELS) and sum(topic.scores.values()) == pytest.approx(1.0, abs=1e-4)
    assert topic.score == max(topic.scores.values())
    assert topic.government_administration is False and 0.0 <= topic.government_administration_score <= 1.0


def test_business_and_government_stories():
    business = classify("Giá cổ phiếu ngân hàng tăng mạnh, VN-Index lên mức cao nhất năm; nhà đầu tư nước ngoài mua ròng")
    assert business.label == "kinh_doanh" and not business.government_administration
    decision = classify(
        "UBND tỉnh ban hành quy định mới về thủ tục hành chính\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở, ngành công khai thủ tục, giải quyết hồ sơ của người dân đúng hạn; "
        "cán bộ, công chức vi phạm sẽ bị kỷ luật."
    )
    assert decision.government_administration is True and decision.government_administration_score > 0.5


def test_bad_input_gets_the_library_error():
    with pytest.raises(InputError):
        classify(b"bytes")
    with pytest.raises(InputError):
        classify("   ")


def test_loading_is_shared_and_thread_safe():
    with ThreadPoolExecutor(4) as pool:
        models = list(pool.map(lambda _: load_topic_model(), range(8)))
    assert all(m is models[0] for m in models)


def test_batch_and_single_agree():
    texts = ["Bác sĩ khuyên tiêm vắc xin cúm", "Microsoft phát hành bản vá lỗi Windows"]
    batch = load_topic_model().classify(texts)
    assert [t.label for t in batch] == [classify(t).label for t in texts] == ["suc_khoe", "vi_tinh"]


def test_tampered_shipped_weights_are_refused(tmp_path):
    folder = model_file("topics", META_FILE).parent
    for name in (META_FILE, VOCABULARY_FILE, WEIGHTS_FILE):
        shutil.copy(folder / name, tmp_path / name)
    data = bytearray((tmp_path / WEIGHTS_FILE).read_bytes())
    data[1000] ^= 0x01
    (tmp_path / WEIGHTS_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError, match="checksum"):
        load_model(tmp_path)


@pytest.mark.slow
def test_sample_article_is_politics_and_government_administration(sample_article):
    topic = classify(sample_article)
    assert topic.label == "chinh_tri_xa_hoi"
    assert topic.government_administration is True


@pytest.mark.slow
def test_accuracy_on_a_slice_of_the_vntc_test_split(shared_data):
    with gzip.open(shared_data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in itertools.islice(lines, 0, 50000, 25)]
    topics = load_topic_model().classify([r["text"] for r in rows])
    accuracy = np.mean([t.label == label_id(r["label"]) for t, r in zip(topics, rows)])
    assert accuracy > 0.9


CRIME_ABOUT_OFFICIAL = (
    "Khởi tố Chủ tịch UBND xã nhận hối lộ\n"
    "Cơ quan cảnh sát điều tra Công an tỉnh đã bắt tạm giam ông Nguyễn Văn A, Chủ tịch UBND xã, "
    "vì nhận tiền của người dân khi làm thủ tục cấp giấy chứng nhận quyền sử dụng đất."
)


def test_crime_reporting_about_officials_scores_below_their_discipline():
    # The two-stage detector has no veto (cross-validated, a crime veto cost F1: 0.788 -> 0.778);
    # the crime cues of the headline and lead pull the score down instead.
    topic = classify(CRIME_ABOUT_OFFICIAL)
    one_stage = dataclasses.replace(load_topic_model(), government_detector=None)  # the fallback head
    fallback = one_stage.classify([CRIME_ABOUT_OFFICIAL])[0]
    assert fallback.government_administration is False
    assert fallback.government_administration_score >= one_stage.government_threshold  # the veto says no
    discipline = classify(
        "Kỷ luật Chủ tịch UBND xã nhận tiền của dân\n"
        "UBND huyện quyết định kỷ luật cảnh cáo ông Nguyễn Văn A, Chủ tịch UBND xã, vì nhận tiền của người dân "
        "khi làm thủ tục cấp giấy chứng nhận; xã phải công khai thủ tục hành chính."
    )
    assert discipline.government_administration is True
    assert topic.government_administration_score < discipline.government_administration_score


@pytest.mark.xfail(strict=True, reason="known error of the detector built on 3,080 hand labels: both heads score this "
                   "arrest of a commune chairman 0.84-0.88 and the stack 0.91 (the one before scored it 0.2 lower "
                   "than the discipline story); the guideline says 0 (the story is the crime)")
def test_crime_reporting_about_an_official_is_not_flagged():
    assert classify(CRIME_ABOUT_OFFICIAL).government_administration is False


def test_health_and_investigation_stories_are_not_government_administration():
    health = classify(
        "Bác sĩ cảnh báo bệnh sốt xuất huyết tăng mạnh\n"
        "Các bệnh viện tiếp nhận nhiều bệnh nhân sốt cao; bác sĩ khuyên người dân diệt muỗi, ngủ màn."
    )
    assert health.label == "suc_khoe" and health.government_administration is False
    investigation = classify(
        "Kết thúc điều tra vụ án buôn lậu tại Công ty X\n"
        "Cơ quan cảnh sát điều tra Bộ Công an đề nghị xử lý 27 bị can về tội buôn lậu, trốn thuế."
    )
    assert investigation.government_administration is False
