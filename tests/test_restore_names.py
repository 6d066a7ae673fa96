"""Capitalised names in restore_diacritics: places of the registry, surnames, given names."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from vnnews.resources import model_file
from vnnews.restore import _restore_line, load_model, restore_diacritics
from vnnews.restore.names import capitalised_runs, load_names, preferred_forms
from vnnews.restore.tokens import tokenize


@pytest.mark.parametrize("plain, restored", [
    ("Ong ay song o Quang Ninh", "Ông ấy sống ở Quảng Ninh"),
    ("Doan cong tac den Thanh Hoa", "Đoàn công tác đến Thanh Hoá"),
    ("Mua lu tai Ha Tinh va Quang Binh", "Mưa lũ tại Hà Tĩnh và Quảng Bình"),
    ("Ong Nguyen Van Thanh noi", "Ông Nguyễn Văn Thanh nói"),
    ("Nguoi dan Ben Cau cho biet", "Người dân Bến Cầu cho biết"),  # the 4-gram model alone spells it too
])
def test_names_restore_to_their_spelling(plain, restored):
    assert restore_diacritics(plain) == restored


@pytest.mark.parametrize("plain, without_names, restored", [
    ("Nguoi dan Ba Vi cho biet", "Người đàn Bà Vĩ cho biết", "Người dân Ba Vì cho biết"),
    ("Nguoi dan Bu Dang cho biet", "Người dân Bu Đảng cho biết", "Người dân Bù Đăng cho biết"),
])
def test_a_district_spelling_wins_where_the_words_alone_would_not(plain, without_names, restored):
    assert _restore_line(plain, load_model(), None) == without_names  # the n-gram model alone
    assert restore_diacritics(plain) == restored


def test_strong_context_beats_a_commune_name():
    # "An Đổ" is a commune; "Ấn Độ" (India) is what the news means.
    assert "Ấn Độ" in restore_diacritics("Thu tuong An Do tham Viet Nam")


def test_names_are_preferred_only_in_capitalised_runs():
    text = "tinh quang ninh va Quang Ninh"
    preferred = preferred_forms(list(tokenize(text)), text, load_names())
    assert sorted(preferred) == [4, 5]
    assert preferred[4] == (("quảng",), "province")


def test_capitalised_runs_break_at_punctuation_and_lower_case():
    text = "Ha Noi, Hai Phong va Da Nang"
    runs = capitalised_runs(list(tokenize(text)), text)
    assert [[list(tokenize(text))[i].text for i in run] for run in runs] == [["Ha", "Noi"], ["Hai", "Phong"],
                                                                             ["Da", "Nang"]]


def test_a_person_run_prefers_the_surname_and_given_name_spellings():
    text = "ong Tran Thi Vang"
    preferred = preferred_forms(list(tokenize(text)), text, load_names())
    assert preferred[1] == (("trần",), "surname")
    assert preferred[3][1] == "given" and "vàng" in preferred[3][0]
    assert 2 not in preferred  # the middle name is left to the model


def test_a_long_capitalised_run_is_no_person():
    text = "Hoi Dong Nhan Dan Thanh Pho Ha Noi"
    preferred = preferred_forms(list(tokenize(text)), text, load_names())
    assert all(kind != "surname" for _, kind in preferred.values())


def test_shipped_names_table_matches_a_rebuild():
    # names.json is built from the gazetteer and the person-name lists: a change there
    # must come with a rebuild (models/diacritics/build_names.py).
    script = Path(__file__).resolve().parents[1] / "models" / "diacritics" / "build_names.py"  # the source tree's
    spec = importlib.util.spec_from_file_location("build_names", script)
    build_names = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_names)
    shipped = json.loads(model_file("diacritics", "names.json").read_text(encoding="utf-8"))
    assert shipped == build_names.build(model_file("person_names", "given_names.json"))
