"""A new user's audit (nineteenth stop): what broke when the library was used as README says."""

from __future__ import annotations

import pytest

from vnnews.clean import clean
from vnnews.normalize.legacy import encode

BODY = ("Trước đó, người dân xã Bình Định đã gửi đơn tới UBND huyện Kiến Xương. "
        "Ông Nguyễn Văn Thường, Phó Chủ tịch UBND huyện, cho biết sẽ trả lời trước ngày 15/4.")


def _page(charset: str) -> str:
    return (f'<html><head><meta charset="{charset}"><title>Dân hỏi, huyện trả lời</title></head><body>'
            '<nav><a href="/">Trang chủ</a> | <a href="/x">Thời sự</a></nav><article><h1>Dân hỏi, huyện trả lời</h1>'
            f"<p>{BODY}</p><p>{BODY}</p></article><footer>Báo Thái Bình</footer></body></html>")


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_tcvn3_html_page_in_a_western_charset_keeps_every_letter(charset):
    # TCVN3 writes "ư" as byte 0xAD, a soft hyphen in Windows-1252 / Latin-1, which
    # trafilatura drops: "người" came out as "ngời" when the page declared a Western charset
    data = encode(_page(charset), "tcvn3").encode("latin-1")
    for raw in (data, data.decode("latin-1")):  # bytes, or a page the user read as Latin-1
        cleaned = clean(raw)
        assert BODY in cleaned.text
        assert cleaned.meta["title"] == "Dân hỏi, huyện trả lời"


def test_worker_processes_leave_ctrl_c_to_the_parent():
    import signal

    from vnnews.parallel import ordered_map

    # Ctrl-C in a terminal reaches every process of the group: each worker printed a traceback
    assert list(ordered_map(signal.getsignal, [signal.SIGINT] * 2, n_process=2)) == [signal.SIG_IGN] * 2


def test_ctrl_c_in_a_batch_run_is_one_line_and_status_130(tmp_path, monkeypatch, capsys):
    import vnnews.commands.batch as batch_command
    from vnnews.cli import main

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_command, "run_batch", interrupted)
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Xin chào"}\n', encoding="utf-8")
    assert main(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--no-progress"]) == 130
    err = capsys.readouterr().err
    assert "interrupted" in err and "--resume" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["normalize", "entities", "segment"])
def test_stdin_that_is_not_utf8_is_refused_as_a_file_is(command, monkeypatch, capsys):
    import io
    import sys

    from vnnews.cli import main

    # TCVN3 bytes piped in were read as U+FFFD / lone surrogates and "normalised" into garbage
    tcvn3 = encode("Người dân Hà Nội", "tcvn3").encode("latin-1")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(tcvn3), encoding="utf-8", errors="replace"))
    assert main([command]) == 1
    captured = capsys.readouterr()
    assert "stdin is not UTF-8 text" in captured.err and captured.out == ""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Người dân Hà Nội".encode()), encoding="utf-8"))
    assert main([command]) == 0
    assert "Nội" in capsys.readouterr().out


def _small_labelled_corpus():
    words = {"the_thao": "bóng đá trận đấu cầu thủ", "kinh_doanh": "giá vàng cổ phiếu ngân hàng",
             "van_hoa": "ca sĩ phim điện ảnh", "phap_luat": "bị cáo toà án điều tra",
             "suc_khoe": "bệnh viện bác sĩ thuốc", "the_gioi": "tổng thống Mỹ Nga Trung Quốc"}
    labels = [label for label in words for _ in range(4)]
    return [f"{words[label]} tin số {i}" for i, label in enumerate(labels)], labels


def test_topic_classifier_fits_a_small_corpus_with_many_labels():
    from vnnews.topics import TopicClassifier

    # 24 texts, 6 labels: the calibration split (10 %) cannot hold every label; it raised ValueError
    texts, labels = _small_labelled_corpus()
    clf = TopicClassifier(min_df=1).fit(texts, labels)
    assert clf.predict(["trận đấu bóng đá tối qua"])[0] == "the_thao"


def test_train_topics_command_on_a_small_corpus(tmp_path, capsys):
    import json

    from vnnews.cli import main

    texts, labels = _small_labelled_corpus()
    data = tmp_path / "small.jsonl"
    data.write_text("".join(json.dumps({"t": t, "y": y}, ensure_ascii=False) + "\n" for t, y in zip(texts, labels)),
                    encoding="utf-8")
    status = main(["train", "topics", "--data", str(data), "--text-field", "t", "--label-field", "y",
                   "-o", str(tmp_path / "model"), "--min-df", "1"])
    assert status == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["held_out_size"] == 3 and set(summary["per_label_f1"]) <= set(labels)
    assert (tmp_path / "model" / "model.json").is_file()


def test_first_pipeline_call_leaves_the_root_logger_alone():
    import subprocess
    import sys

    # underthesea's import calls logging.basicConfig: after the first Pipeline call the
    # user's own logging.basicConfig(level=logging.INFO) was silently ignored
    script = ("import logging, vnnews\n"
              "vnnews.load()('Chủ tịch UBND tỉnh Thái Bình thăm xã Bình Định.')\n"
              "vnnews.word_tokenize('Hà Nội mưa to', backend='pyvi')\n"
              "print(len(logging.getLogger().handlers), logging.getLogger().level)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", str(30)]


def test_first_full_stacked_call_leaves_the_root_logger_alone():
    import subprocess
    import sys

    # extract_entities(stacked="full") imports underthesea through the CRF tagger's loader,
    # which still let underthesea's logging.basicConfig give the root logger a handler
    script = ("import logging, vnnews\n"
              "vnnews.extract_entities('Ông Nguyễn Văn An thăm Hà Nội.', stacked='full')\n"
              "print(len(logging.getLogger().handlers), logging.getLogger().level)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", str(30)]


@pytest.mark.parametrize("options", [{"entities": "no"}, {"topic": None}, {"words": "False"},
                                     {"max_length": "x"}, {"max_length": 0}, {"max_length": 2.5}])
def test_pipeline_refuses_switches_and_lengths_of_the_wrong_kind(options):
    from vnnews import InputError, Pipeline

    # entities="no" switched the step on; max_length="x" failed at the first text with a TypeError
    with pytest.raises(InputError):
        Pipeline(**options)


def test_pipeline_takes_true_false_and_numpy_bools():
    import numpy as np

    from vnnews import Pipeline

    assert Pipeline(entities=np.bool_(False), topic=0, max_length=10).steps[-1] == "segment"


@pytest.mark.parametrize("data", [{"text": "x", "errors": "oops"}, {"text": "x", "boilerplate": "abc"},
                                  {"text": "x", "tokens": [{"start": "0", "end": 1, "text": "x"}]},
                                  {"text": "x", "entities": [{"label": "PERSON", "start": 0.0, "end": 1, "text": "x"}]}])
def test_document_from_dict_refuses_fields_of_the_wrong_shape(data):
    from vnnews import Document, InputError

    # errors="oops" came back as ['o', 'o', 'p', 's']; a token starting at "0" was taken
    with pytest.raises(InputError):
        Document.from_dict(data)


@pytest.mark.parametrize("suffix", [".csv", ".csv.gz"])
def test_csv_saved_by_excel_with_a_bom_keeps_its_ids(tmp_path, suffix):
    import gzip

    from vnnews.corpus import iter_records

    # Excel's "CSV UTF-8" starts with a BOM: the first column read as "\ufeffid", so every
    # record silently got its position as id
    data = "id,text\r\na1,Hà Nội mưa to\r\na2,Giá vàng tăng\r\n".encode("utf-8-sig")
    path = tmp_path / f"excel{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    assert [(r.id, r.text) for r in iter_records(path)] == [("a1", "Hà Nội mưa to"), ("a2", "Giá vàng tăng")]


def test_an_output_that_cannot_write_vietnamese_is_one_line(monkeypatch, capsys):
    import io
    import sys

    from vnnews.cli import main

    # stdout redirected to a file in a Western code page (Windows cp1252, PYTHONIOENCODING=latin-1)
    # ended in a UnicodeEncodeError traceback
    monkeypatch.setattr(sys, "stdin", io.StringIO("Thủy điện Hòa Bình"))
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="latin-1"))
    assert main(["normalize"]) == 1
    err = capsys.readouterr().err
    assert "PYTHONIOENCODING=utf-8" in err and "latin-1" in err


def test_a_user_dictionary_saved_with_a_bom_keeps_its_first_word(tmp_path, capsys):
    from vnnews.cli import main

    # Notepad's UTF-8 starts with a BOM: "\ufeffnhà máy thủy điện" matched nothing
    words = tmp_path / "words.txt"
    words.write_text("nhà máy thủy điện\nkế hoạch năm\n", encoding="utf-8-sig")
    text = tmp_path / "text.txt"
    text.write_text("Nhà máy thủy điện Hòa Bình đạt kế hoạch năm", encoding="utf-8")
    assert main(["segment", str(text), "--user-dict", str(words)]) == 0
    assert capsys.readouterr().out.split()[0] == "Nhà_máy_thủy_điện"


def test_dask_bag_items_that_are_no_record_say_what_they_are():
    db = pytest.importorskip("dask.bag")
    from vnnews.dask_ext import analyse_bag, json_record

    items = [None, 5, json_record("{broken"), {"id": "a", "text": "Xin chào."}]
    bag = db.from_sequence(items, npartitions=2)
    off = dict(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)
    errors = [r["error"] for r in analyse_bag(bag, **off).compute(scheduler="sync")]
    # None and 5 were "record is not a JSON object"
    assert errors[:2] == ["expected text, bytes or a dict, got NoneType", "expected text, bytes or a dict, got int"]
    assert errors[2].startswith("not valid JSON") and errors[3] is None


def test_a_batch_output_that_cannot_be_written_is_refused_before_any_work(tmp_path):
    from vnnews import InputError
    from vnnews.batch import run_batch

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Xin chào."}\n', encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    # a folder path through a file (or /proc) ended in a FileNotFoundError / NotADirectoryError
    # traceback, after the models had loaded and the first batch was analysed
    with pytest.raises(InputError, match="cannot write"):
        run_batch(source, blocker / "out.jsonl", progress=False)


def test_a_write_failing_during_a_batch_run_is_an_input_error_that_points_to_resume(tmp_path, monkeypatch):
    import errno

    from vnnews import InputError
    from vnnews.batch import run_batch
    from vnnews.outputs import PartFile

    def disk_full(self, lines):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PartFile, "append", disk_full)
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Xin chào."}\n', encoding="utf-8")
    off = dict(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)
    with pytest.raises(InputError, match="No space left on device; --resume"):
        run_batch(source, tmp_path / "out.jsonl", progress=False, pipeline_options=off)


def test_pipe_with_workers_from_an_unguarded_script_is_refused_not_hung(tmp_path):
    import os
    import subprocess
    import sys

    # each spawned worker imports the script first and ran the unguarded pipe() again: the
    # worker died, the pool started another, and the run hung printing tracebacks
    script = tmp_path / "unguarded.py"
    script.write_text("import vnnews\n"
                      "nlp = vnnews.load(entities=False, topic=False)\n"
                      "docs = list(nlp.pipe(['Hà Nội mưa to.'] * 4, n_process=2))\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode != 0
    assert 'if __name__ == "__main__":' in done.stderr and "line 3" in done.stderr
    assert done.stderr.count("Traceback") == 1


def test_a_pipeline_pickles_as_its_configuration():
    import copy
    import pickle

    import vnnews

    # joblib.Parallel(n_jobs=2)(delayed(nlp)(t) ...) and copy.deepcopy(nlp) failed:
    # "cannot pickle '_thread.lock' object" (unloaded), "cannot pickle 'module' object" (loaded)
    nlp = vnnews.load(entities=False, topic=False, backend="pyvi")
    text = "Thủy điện Hòa Bình đạt 95% kế hoạch."
    for other in (pickle.loads(pickle.dumps(nlp)), copy.deepcopy(nlp), pickle.loads(pickle.dumps(vnnews.Pipeline()))):
        assert isinstance(other, vnnews.Pipeline)
    again = pickle.loads(pickle.dumps(nlp))
    assert again.config == nlp.config and again(text).to_json() == nlp(text).to_json()
