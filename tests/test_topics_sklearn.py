"""vnnews.sklearn: the analyzer in a vectorizer, Document features for a downstream estimator."""

from __future__ import annotations

import pickle

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

from vnnews.document import Document, Entity, Token, Topic
from vnnews.sklearn import DocumentFeatures, WordAnalyzer


def test_word_analyzer_joins_syllables_of_a_word():
    # one tone style for every spelling (twenty-first stop): "Thủy" and "Thuỷ" are one feature
    assert WordAnalyzer()("Thủy điện Hòa Bình phát điện.") == ["thuỷ_điện", "hoà_bình", "phát_điện"]
    assert WordAnalyzer(backend="pyvi")("Hà Nội") == ["hà_nội"]


def test_word_analyzer_in_a_pickled_vectorizer():
    vectorizer = TfidfVectorizer(analyzer=WordAnalyzer(backend="syllable", ngram_range=(1, 2)))
    vectorizer.fit(["Hà Nội mưa to", "Huế nắng"])
    again = pickle.loads(pickle.dumps(vectorizer))
    assert "hà nội" in again.vocabulary_
    assert (again.transform(["Hà Nội"]) != vectorizer.transform(["Hà Nội"])).nnz == 0


def test_document_features_use_what_the_document_holds():
    doc = Document(
        text="Hà Nội họp",
        tokens=[Token(0, 6, "Hà Nội"), Token(7, 10, "họp")],
        entities=[Entity("PROVINCE", 0, 6, "Hà Nội", "Hà Nội", {"code": "01"})],
        topic=Topic("chinh_tri_xa_hoi", 0.8, {"chinh_tri_xa_hoi": 0.8, "the_thao": 0.2}),
    )
    features = DocumentFeatures()
    X = features.fit_transform([doc])
    row = dict(zip(features.get_feature_names_out(), X.toarray()[0]))
    assert row == {"word=hà_nội": 1, "word=họp": 1, "entity=PROVINCE": 1, "unit=PROVINCE:01": 1,
                   "topic=chinh_tri_xa_hoi": 0.8, "topic=the_thao": 0.2}


def test_document_features_feed_a_classifier_from_texts():
    texts = ["Đội tuyển thắng trận chung kết", "Giá cổ phiếu ngân hàng tăng", "Cầu thủ ghi bàn", "Lãi suất giảm"]
    model = make_pipeline(DocumentFeatures(word_backend="syllable", entities=False), LogisticRegression())
    model.fit(texts, ["sport", "money", "sport", "money"])
    assert model.predict(["Tiền đạo ghi bàn thắng"]).tolist() == ["sport"]
    names = model[0].get_feature_names_out()
    assert any(n.startswith("topic=") for n in names) and any(n.startswith("word=") for n in names)
