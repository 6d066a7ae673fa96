"""The shipped JSON Schema (``vnnews/schema/document-1.json``) against real outputs.

Documents of VNTC training articles, README's examples, an HTML page and a scraped page, a
user's topic model, and every line of a batch run (results and error records) validate; the
schema also refuses documents that break it, so it is no ``{}`` that accepts anything.
"""

from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnnews
from vnnews.batch import run_batch
from vnnews.document import SCHEMA_VERSION, Document, json_schema
from vnnews.errors import InputError
from vnnews.outputs import read_output
from vnnews.topics import TopicClassifier, save_model

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
README_TEXTS = [  # the texts README's Pipeline and entity examples analyse
    "Chu tich UBND tinh Thai Binh Nguyen Khac Than lam viec voi xa Binh Dinh, huyen Kien Xuong.",
    "Đồng chí Nguyễn Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh thăm xã Bình Định, "
    "huyện Kiến Xương. Ông Hùng đề nghị Công an huyện Kiến Xương giữ an ninh thôn Đông.",
    "Từ ngày 1/7/2025, tỉnh Lâm Đồng mới được hình thành trên cơ sở sáp nhập tỉnh Đắk Nông, Bình Thuận và Lâm Đồng.",
    "CHỦ TỊCH UBND TỈNH THÁI BÌNH NGUYỄN VĂN AN THĂM XÃ BÌNH ĐỊNH",
    "Nước bẩn ở quận 10, 11, Tân Bình; shop trên đường Nguyễn Trãi, Hai Bà Trưng, Lê Văn Sỹ... mở cửa.",
]
HTML = ("<html><head><title>Ra mắt mô hình chính quyền thân thiện</title></head><body><nav>Trang chủ</nav><article>"
        "<h1>Ra mắt mô hình chính quyền thân thiện</h1><p>Sáng 26/3, UBND xã Bình Định, huyện Kiến Xương tổ chức "
        "lễ ra mắt mô hình chính quyền thân thiện, vì nhân dân phục vụ.</p><p>Chủ tịch UBND xã Nguyễn Văn An "
        "phát biểu tại buổi lễ; cán bộ, công chức xã đã ký cam kết thi đua thực hiện mô hình.</p></article>"
        "<footer>Bản quyền thuộc về Báo Thái Bình</footer></body></html>")


@pytest.fixture(scope="module")
def document_validator():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def nlp():
    return vnnews.load()


def _errors(validator, data) -> list[str]:
    return [f"{e.json_path}: {e.message[:160]}" for e in validator.iter_errors(data)]


def test_schema_is_draft_2020_12_and_versioned():
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$defs"]["Document"]["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    assert json_schema("record")["$ref"] == "#/$defs/BatchRecord"
    with pytest.raises(InputError):
        json_schema("table")
    json_schema()["$defs"].clear()
    assert json_schema()["$defs"]  # a fresh copy each call


def test_vntc_training_articles_validate(document_validator, nlp, shared_data):
    texts = []
    with gzip.open(shared_data / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i % 2500 == 0:
                texts.append(json.loads(line)["text"])
            if len(texts) == 12:
                break
    docs = [doc.to_dict() for doc in nlp.pipe(texts)]
    labels = {e["label"] for d in docs for e in d["entities"]}
    assert {"PERSON", "ORGANIZATION", "LOCATION", "PROVINCE"} <= labels  # the schema met real attrs
    for doc in docs:
        assert _errors(document_validator, doc) == []


def test_readme_html_and_scraped_examples_validate(document_validator, nlp, sample_article):
    docs = [nlp(text) for text in README_TEXTS] + [nlp(HTML.encode("utf-8")), nlp(sample_article)]
    docs.append(nlp((ROOT / "examples" / "data" / "article.txt").read_text(encoding="utf-8")))
    assert docs[0].meta.get("diacritics_restored") and docs[-3].meta["format"] == "html" and docs[-2].boilerplate
    assert {e.label for d in docs for e in d.entities} >= {"OFFICIAL", "COMMUNE", "DISTRICT", "PROVINCE"}
    for doc in docs:
        assert _errors(document_validator, json.loads(doc.to_json())) == []


def test_a_users_topic_model_validates(document_validator, tmp_path):
    clf = TopicClassifier(min_df=1, calibration_size=0).fit(["bóng đá", "cổ phiếu"] * 3, ["sport", "money"] * 3)
    save_model(clf, tmp_path)
    doc = vnnews.Pipeline(topic_model=tmp_path, entities=False, words=False)("Trận bóng đá hấp dẫn.")
    data = doc.to_dict()
    assert "government_administration" not in data["topic"] and _errors(document_validator, data) == []


def test_every_batch_record_validates_results_and_errors(tmp_path):
    validator = jsonschema.Draft202012Validator(json_schema("record"))
    source = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": "Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn An làm việc tại xã Bình Định."},
            {"id": "b", "text": ""}, {"id": 7}, {"id": "d", "text": 12}, {"text": "Không có id."}]
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows) + "{not json\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(source, out, progress=False, pipeline_options=dict(restore_diacritics=False))
    records = list(read_output(out))
    assert [r["document"] is None for r in records] == [False, True, True, True, False, True]
    for record in records:
        assert _errors(validator, record) == []


def test_the_schema_refuses_what_breaks_it(document_validator):
    good = Document("Hà Nội", entities=[vnnews.Entity("PROVINCE", 0, 6, "Hà Nội", "Hà Nội", {"code": "01"})]).to_dict()
    assert _errors(document_validator, good) == []
    broken = []
    for path, value in ((("entities", 0, "label"), "CITY"), (("entities", 0, "attrs", "code"), 1),
                        (("entities", 0, "start"), -1), (("schema_version",), 2), (("errors",), ["ok", 3]),
                        (("topic",), {"label": "x", "score": 0.5, "government_administration": None})):
        data = copy.deepcopy(good)
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        broken.append(data)
    missing_text = copy.deepcopy(good)
    del missing_text["text"]
    for data in broken + [missing_text, {**good, "extra": 1}]:
        assert _errors(document_validator, data), data
    record = jsonschema.Draft202012Validator(json_schema("record"))
    assert _errors(record, {"id": "x", "error": None, "document": None})  # neither result nor reason
    assert _errors(record, {"id": "x", "error": "empty text"})
    assert not _errors(record, {"id": "x", "error": "empty text", "document": None})


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("aăâeêioôơuưyAĐđ àáảãạ\u0300\u0301.,\n0123456789<>&"), min_size=1, max_size=80))
def test_any_text_gives_a_valid_document(text):
    validator = jsonschema.Draft202012Validator(json_schema())
    nlp = vnnews.Pipeline(restore_diacritics=False, words=False, entities=False, topic=False)
    assert _errors(validator, nlp.analyse_safely(text).to_dict()) == []
