"""The twenty-first stop's user audit: each test failed before its fix (benchmarks/robustness.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnnews
from vnnews.normalize import remove_diacritics

ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "data" / "article.txt").read_text(encoding="utf-8")
LOOK_ALIKES = str.maketrans({"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "H": "Н", "T": "Т"})


@pytest.fixture(scope="module")
def topic_only():
    return vnnews.Pipeline(sentences=False, words=False, entities=False)


@pytest.mark.parametrize("variant", ["as written", "no diacritics", "look-alikes", "scraped page"])
def test_classify_agrees_with_the_topic_on_the_document(topic_only, variant):
    # classify read the raw text: without diacritics this article was 'vi_tinh', with Cyrillic
    # look-alikes it lost its government flag, while the Document of the same text was right
    text = {
        "as written": ARTICLE,
        "no diacritics": remove_diacritics(ARTICLE),
        "look-alikes": ARTICLE.translate(LOOK_ALIKES),
        "scraped page": "Trang chủ | Thời sự | Thể thao | Giải trí\n" + ARTICLE + "\nBản quyền © 2025 Báo điện tử",
    }[variant]
    doc_topic = topic_only(text).topic
    topic = vnnews.classify(text)
    assert (topic.label, topic.government_administration) == (doc_topic.label, doc_topic.government_administration)
    assert topic.scores == pytest.approx(doc_topic.scores, abs=1e-6)
    assert topic.label == "chinh_tri_xa_hoi"


def test_a_worker_killed_mid_run_stops_the_run_with_an_error_not_a_hang(tmp_path):
    # multiprocessing.Pool replaces a worker the system kills (out of memory) and waits for
    # its lost batch for ever: `vnnews batch --jobs 2` and nlp.pipe(n_process=2) hung
    import subprocess
    import sys

    (tmp_path / "dies.py").write_text(
        "import os\n"
        "def work(batch):\n"
        "    if 3 in batch:\n"
        "        os._exit(137)  # as the kernel's OOM killer leaves it\n"
        "    return sum(batch)\n",
        encoding="utf-8",
    )
    script = tmp_path / "run.py"
    script.write_text(
        "from dies import work\n"
        "from vnnews.errors import BackendError\n"
        "from vnnews.parallel import ordered_map\n"
        "if __name__ == '__main__':\n"
        "    done = []\n"
        "    try:\n"
        "        for result in ordered_map(work, [[1], [2], [3], [4]], n_process=2):\n"
        "            done.append(result)\n"
        "    except BackendError as exc:\n"
        "        print(done, exc)\n",
        encoding="utf-8",
    )
    env = dict(__import__("os").environ, PYTHONPATH=f"{tmp_path}{__import__('os').pathsep}{Path(vnnews.__file__).parents[1]}")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("[1, 2] ")
    assert "exited with status 137" in run.stdout


# --- features for a user's classifier ------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

SENTENCES = [
    "Thủy điện Hòa Bình phát điện tối đa trong mùa lũ.",
    "Chủ tịch UBND tỉnh Thái Bình làm việc với huyện Kiến Xương.",
    "Đội tuyển Việt Nam thắng trận chung kết, cầu thủ ghi hai bàn.",
    "Giá cổ phiếu ngân hàng tăng mạnh, nhà đầu tư lạc quan về quý tới.",
    "Bệnh viện khuyến cáo người dân giữ sức khỏe khi trời nắng nóng.",
]


def _spellings(text: str) -> list[str]:
    import unicodedata

    return [
        text,
        unicodedata.normalize("NFD", text),
        vnnews.normalize(text, tone_style="old"),
        vnnews.normalize(text, tone_style="new"),
        text.translate(LOOK_ALIKES),
    ]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3), st.sampled_from(["underthesea", "pyvi", "syllable"]))
def test_word_analyzer_gives_one_word_for_every_spelling_of_it(sentences, backend):
    # 'thủy_điện' and 'thuỷ_điện', NFD and Cyrillic look-alikes were different features
    from vnnews.sklearn import WordAnalyzer

    analyzer = WordAnalyzer(backend=backend)
    text = " ".join(sentences)
    words = analyzer(text)
    assert all(analyzer(other) == words for other in _spellings(text))
    assert all(word == vnnews.normalize(word) and word == word.lower() for word in words)


@pytest.fixture(scope="module")
def analysed():
    return vnnews.load()


@pytest.mark.parametrize("variant", ["as written", "no diacritics", "NFD", "scraped page"])
def test_document_features_are_the_same_for_a_document_and_its_text(analysed, variant):
    # a Document gave punctuation words ('word=.', 'word=!') and the words of its text as
    # written, a text none and its words unrestored: one article, two feature rows
    import unicodedata

    from vnnews.sklearn import DocumentFeatures

    text = {
        "as written": ARTICLE,
        "no diacritics": remove_diacritics(ARTICLE),
        "NFD": unicodedata.normalize("NFD", ARTICLE),
        "scraped page": "Trang chủ | Thời sự | Thể thao | Giải trí\n" + ARTICLE + "\nBản quyền © 2025 Báo điện tử",
    }[variant]
    rows = []
    for item in (text, analysed(text)):
        features = DocumentFeatures()
        matrix = features.fit_transform([item])
        rows.append(dict(zip(features.get_feature_names_out(), matrix.toarray()[0])))
    assert rows[0].keys() == rows[1].keys()
    assert rows[0] == pytest.approx(rows[1], abs=1e-6)
    assert rows[0]["word=chủ_tịch"] >= 1 and not any(name in rows[0] for name in ("word=.", "word=,", "word=!"))


# --- corpus runs ---------------------------------------------------------------------------


def test_a_parquet_text_column_of_bytes_is_analysed_not_refused(tmp_path):
    # Spark, Hive and older writers store strings as BINARY: every record came out
    # "field 'text' is a bytes, not text", though the Pipeline decodes bytes (UTF-8, UTF-16, ...)
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from vnnews.corpus import iter_records

    path = tmp_path / "binary.parquet"
    texts = [ARTICLE.encode("utf-8"), ARTICLE.encode("utf-16"), b""]
    pq.write_table(pa.table({"id": ["a", "b", "c"], "text": pa.array(texts, pa.binary())}), path)
    records = list(iter_records(path))
    assert [(r.id, r.text, r.error) for r in records] == [("a", texts[0], None), ("b", texts[1], None), ("c", b"", None)]
    from vnnews.batch import analyse_record

    nlp = vnnews.Pipeline(sentences=False, words=False, entities=False, topic=False)
    results = [analyse_record(nlp, r) for r in records]
    assert [r["error"] for r in results[:2]] == [None, None]
    assert [r["document"]["text"] for r in results[:2]] == [ARTICLE, ARTICLE]
    assert results[2]["error"] == "empty text"


def test_a_csv_row_with_an_empty_id_cell_gets_its_position_as_a_missing_id_does(tmp_path):
    # an empty id cell became the id "" (several rows shared it; no way back to the input row)
    from vnnews.corpus import iter_records

    path = tmp_path / "in.csv"
    path.write_text('id,text\n,Xin chào\n7,Hà Nội\n  ,Huế\n', encoding="utf-8")
    assert [r.id for r in iter_records(path)] == [0, "7", 2]


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("options", [{"tone_style": "x"}, {"legacy": "tcvn"}, {"backend": "spacy"}, {"backend": 3}])
def test_pipeline_refuses_a_tone_style_legacy_font_or_backend_that_does_not_exist(options):
    # taken at construction, they failed at the first text (in each worker of pipe(n_process=2)
    # and `batch --jobs 2`, after the workers had started and loaded the other models)
    with pytest.raises(vnnews.InputError, match=next(iter(options))):
        vnnews.Pipeline(**options)


@pytest.mark.parametrize("arguments", [{"jobs": "2"}, {"batch_size": 2.5}, {"limit": "3"}, {"limit": -1}, {"jobs": True}])
def test_run_batch_refuses_counts_that_are_no_integers(tmp_path, arguments):
    # jobs="2" and limit="3" gave TypeErrors from deep inside ('<' not supported ...)
    from vnnews.batch import run_batch

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Xin chào"}\n', encoding="utf-8")
    with pytest.raises(vnnews.InputError, match=next(iter(arguments))):
        run_batch(source, tmp_path / "out.jsonl", progress=False, **arguments)
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("ngram_range", [3, (2, 1), (0, 2), ("1", "2"), (1, 2, 3)])
def test_word_analyzer_refuses_an_ngram_range_scikit_learn_would_refuse(ngram_range):
    # (2, 1) gave no words at all, 3 a TypeError, (0, 2) unigrams as if it were (1, 2)
    from vnnews.sklearn import WordAnalyzer

    with pytest.raises(vnnews.InputError, match="ngram_range"):
        WordAnalyzer(backend="syllable", ngram_range=ngram_range)("Hà Nội mưa")


def test_a_batch_run_that_analysed_no_record_fails_and_names_the_fields_it_found(tmp_path, capsys):
    # `vnnews batch in.jsonl -o out.jsonl` on records whose text is under "body" wrote one
    # error per record ("no text in field 'text'") and exited 0: a script went on to train on nothing
    from vnnews.cli import main

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "body": "Xin chào"}\n{"id": 2, "body": "Hà Nội"}\n', encoding="utf-8")
    status = main(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--no-progress"])
    err = capsys.readouterr().err
    assert status == 1
    assert "no record was analysed" in err and "--text-field" in err and "body" in err
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 2  # still one per record
    assert main(["batch", str(source), "-o", str(tmp_path / "ok.jsonl"), "--no-progress", "--text-field", "body",
                 "--no-entities", "--no-topic"]) == 0


def test_the_run_summary_groups_error_reasons_and_keeps_what_they_say():
    # reasons were cut at the first ':' — 'line 9 is not valid JSON' and 'line 12 ...' were two
    # reasons, and an article over max_length was only 'InputError'
    from vnnews.batch import Summary, _count

    summary = Summary()
    _count(["line 9 is not valid JSON: unexpected end of data: line 2 column 1 (char 24)",
            "line 12 is not valid JSON: unexpected character: line 1 column 5 (char 4)",
            "InputError: text of 1,162,000 characters is longer than max_length=1,000,000",
            "line 3 is not UTF-8 text", "line 7 is not UTF-8 text", None], summary)
    assert summary.error_reasons == {"line N is not valid JSON": 2, "line N is not UTF-8 text": 2,
                                     "InputError: text of N characters is longer than max_length=N": 1}
    assert "2 x line N is not valid JSON" in str(summary)


def test_an_analysis_that_fails_with_an_os_error_is_not_called_a_write_failure(tmp_path, monkeypatch):
    # a Dask scheduler that cannot be reached said "cannot write out.jsonl: Timed out trying
    # to connect to tcp://...": any OSError of the analysis was reported as the output's
    import vnnews.batch as batch

    def unreachable(batches, options, jobs):
        raise ConnectionRefusedError(111, "Connection refused")
        yield  # a generator, as the real ones

    monkeypatch.setattr(batch, "_analyse_locally", unreachable)
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Xin chào"}\n', encoding="utf-8")
    with pytest.raises(vnnews.errors.BackendError) as caught:
        batch.run_batch(source, tmp_path / "out.jsonl", progress=False)
    assert "cannot write" not in str(caught.value) and "Connection refused" in str(caught.value)
    assert "--resume" in str(caught.value)


def test_a_dask_scheduler_that_cannot_be_reached_is_a_backend_error_that_says_so(monkeypatch):
    distributed = pytest.importorskip("distributed")
    from vnnews.dask_ext import analyse_on_cluster

    def refuse(address, *args, **kwargs):
        raise OSError(f"Timed out trying to connect to {address} after 30 s")

    monkeypatch.setattr(distributed, "Client", refuse)
    with pytest.raises(vnnews.errors.BackendError, match="Dask scheduler at tcp://127.0.0.1:1"):
        next(analyse_on_cluster(iter([]), {}, "tcp://127.0.0.1:1"))


@pytest.mark.parametrize("X", [None, 5, 2.5])
def test_estimators_refuse_an_input_that_is_no_list_with_an_input_error(X):
    # DocumentFeatures().fit(None) and TopicClassifier().fit(None, y) were TypeErrors
    # ("'NoneType' object is not iterable") from inside
    from vnnews.sklearn import DocumentFeatures
    from vnnews.topics import TopicClassifier

    with pytest.raises(vnnews.InputError, match="list of texts"):
        DocumentFeatures().fit(X)
    with pytest.raises(vnnews.InputError, match="list of texts"):
        TopicClassifier().fit(X, ["a"])


@pytest.mark.parametrize("flag", ["overwrite", "resume"])
def test_a_batch_run_whose_output_is_its_input_is_refused_and_the_input_kept(tmp_path, flag):
    # `vnnews batch news.jsonl -o news.jsonl --overwrite` deleted the corpus before reading it;
    # with --resume it took the corpus for a finished output and rewrote it
    from vnnews.batch import run_batch

    source = tmp_path / "news.jsonl"
    content = '{"id": 1, "text": "Xin chào"}\n{"id": 2, "text": "Hà Nội"}\n'
    source.write_text(content, encoding="utf-8")
    for output in (source, tmp_path / "." / "news.jsonl"):
        with pytest.raises(vnnews.InputError, match="is the input"):
            run_batch(source, output, progress=False, **{flag: True})
    assert source.read_text(encoding="utf-8") == content
    assert not (tmp_path / "news.jsonl.part").exists()


def test_a_csv_saved_in_windows_1258_says_how_to_read_it(tmp_path):
    # Excel's "CSV (Comma delimited)" on a Vietnamese Windows writes Windows-1258: every row
    # with a Vietnamese letter was "line N is not UTF-8 text", nothing said what to do
    from vnnews.corpus import iter_records
    from vnnews.normalize.cp1258 import encode_cp1258

    path = tmp_path / "excel.csv"
    path.write_bytes(encode_cp1258('id,text\r\n1,"Hà Nội mưa to"\r\n2,Hello\r\n').encode("cp1252"))
    records = list(iter_records(path))
    assert records[0].error.startswith("line 2 is not UTF-8 text")
    assert "Windows-1258" in records[0].error and "CSV UTF-8" in records[0].error
    assert (records[1].id, records[1].text) == ("2", "Hello")


def test_an_article_over_max_length_says_how_to_raise_it_and_the_command_line_can(tmp_path, capsys):
    # "text of 1,100,000 characters is longer than max_length=1,000,000": the command line had
    # no way to raise it, and the message did not say there was one
    import json

    from vnnews.batch import read_output
    from vnnews.cli import main

    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "long", "text": "Hà Nội mưa to. " * 75_000}) + "\n", encoding="utf-8")
    fast = ["--no-progress", "--no-sentences", "--no-words", "--no-entities", "--no-topic", "--restore-diacritics", "never"]
    assert main(["batch", str(source), "-o", str(tmp_path / "a.jsonl"), *fast]) == 1
    (record,) = read_output(tmp_path / "a.jsonl")
    assert "max_length" in record["error"] and "--max-length" in record["error"]
    assert main(["batch", str(source), "-o", str(tmp_path / "b.jsonl"), "--max-length", "2000000", *fast]) == 0
    (record,) = read_output(tmp_path / "b.jsonl")
    assert record["error"] is None and len(record["document"]["text"]) == 1_125_000


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_a_missing_text_in_a_training_set_says_where_and_what_to_do(missing):
    # "expected texts (str) or Documents, not float": which row, and what then?
    from vnnews.sklearn import DocumentFeatures

    with pytest.raises(vnnews.InputError, match=r"item 2\).*fillna"):
        DocumentFeatures(word_backend="syllable", entities=False, topics=False).fit(["Hà Nội", "Huế", missing])
