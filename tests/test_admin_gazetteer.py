"""The shipped administrative registry: counts, old→new links, lookups, integrity."""

from __future__ import annotations

import gzip
import json
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from vnnews.entities.gazetteer import Gazetteer, load_gazetteer
from vnnews.errors import ModelError
from vnnews.resources import load_once, model_file


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def one(units):
    assert len(units) == 1, units
    return units[0]


def test_counts_before_and_after_the_reform(gaz):
    assert len(gaz.units_in("post2025", "province")) == 34
    assert len(gaz.units_in("post2025", "commune")) == 3321
    assert len(gaz.units_in("pre2025", "province")) == 63
    assert len(gaz.units_in("pre2025", "district")) == 696
    assert 9_900 <= len(gaz.units_in("pre2025", "commune")) <= 10_100


def test_types_include_special_zones_and_towns(gaz):
    new_types = {u.type for u in gaz.units_in("post2025", "commune")}
    assert new_types == {"xã", "phường", "đặc khu"}
    assert {u.type for u in gaz.units_in("pre2025", "district")} == {"huyện", "quận", "thị xã", "thành phố"}
    assert "thị trấn" in {u.type for u in gaz.units_in("pre2025", "commune")}


def test_parents_and_codes(gaz):
    commune = one([u for u in gaz.lookup("xã Bình Định", period="pre2025") if u.code == "13186"])
    assert [(p.level, p.name) for p in gaz.parents(commune)] == [("district", "Kiến Xương"), ("province", "Thái Bình")]
    assert gaz.province_of(commune).code == "34"


def test_province_merged_into_a_new_one(gaz):
    old = one(gaz.lookup("tỉnh Thái Bình"))
    assert old.period == "pre2025"
    assert [u.name for u in gaz.successors(old)] == ["Hưng Yên"]
    hanoi = one(gaz.lookup("Hà Nội", level="province"))
    assert hanoi.period == "both" and hanoi.in_period("pre2025") and hanoi.in_period("post2025")


def test_successor_of_a_merged_commune(gaz):
    old = one([u for u in gaz.lookup("xã Bình Định", period="pre2025") if gaz.province_of(u).name == "Vĩnh Phúc"])
    [new] = gaz.successors(old)
    assert (new.name, new.type, new.period, gaz.province_of(new).name) == ("Yên Lạc", "xã", "post2025", "Phú Thọ")
    assert not old.split


def test_split_commune_lists_every_successor(gaz):
    old = one([u for u in gaz.lookup("xã Tân Thạnh", period="pre2025") if gaz.parents(u)[0].name == "Thới Lai"])
    assert old.split
    assert sorted(u.name for u in gaz.successors(old)) == ["Trường Thành", "Tân Thạnh"]
    assert {gaz.province_of(u).name for u in gaz.successors(old)} == {"Cần Thơ"}
    assert sum(u.split for u in gaz.units) > 400


@pytest.mark.parametrize("written", ["Hòa Bình", "Hoà Bình", "hoa binh", "HÒA BÌNH", "tỉnh Hoà Bình", "tinh Hoa Binh"])
def test_lookup_ignores_tone_style_and_diacritics(gaz, written):
    assert any(u.level == "province" and u.code == "17" for u in gaz.lookup(written))


def test_lookup_with_diacritics_must_agree(gaz):
    assert gaz.lookup("Hóa Bính") == []


@pytest.mark.parametrize("written", ["TP HCM", "TPHCM", "TP.HCM", "Sài Gòn", "thành phố Hồ Chí Minh", "Tp. Hồ Chí Minh"])
def test_lookup_abbreviations_of_ho_chi_minh_city(gaz, written):
    units = gaz.lookup(written)
    assert units[0].level == "province"  # Sài Gòn is also a ward, ranked after the city
    assert {u.code for u in units if u.level == "province"} == {"79"}


def test_capital_abbreviation_is_case_sensitive(gaz):
    assert one(gaz.lookup("HN")).name == "Hà Nội"
    assert gaz.lookup("hn") == []


def test_type_word_narrows_the_lookup(gaz):
    assert {u.level for u in gaz.lookup("huyện Kiến Xương")} == {"district"}
    assert {u.type for u in gaz.lookup("TT. Kiến Xương")} == {"thị trấn"}
    assert {u.type for u in gaz.lookup("xa Kien Xuong")} == {"xã"}


def _rewrite(src, dst, edit):
    data = json.loads(gzip.open(src).read())
    edit(data)
    with gzip.open(dst, "wb") as out:
        out.write(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def test_tampered_gazetteer_is_refused(tmp_path):
    src = model_file("gazetteer", "admin_units.json.gz")
    tampered = tmp_path / "admin_units.json.gz"
    _rewrite(src, tampered, lambda d: d["units"][0].update(name="Hà Nội Mới"))
    with pytest.raises(ModelError, match="checksum"):
        Gazetteer.from_file(tampered)


def test_truncated_or_foreign_gazetteer_is_refused(tmp_path):
    src = model_file("gazetteer", "admin_units.json.gz")
    truncated = tmp_path / "truncated.json.gz"
    truncated.write_bytes(src.read_bytes()[:5000])
    with pytest.raises(ModelError):
        Gazetteer.from_file(truncated)
    foreign = tmp_path / "foreign.json.gz"
    _rewrite(src, foreign, lambda d: d.update(format="other/1"))
    with pytest.raises(ModelError):
        Gazetteer.from_file(foreign)


def test_missing_gazetteer_is_a_model_error(tmp_path):
    with pytest.raises(ModelError):
        Gazetteer.from_file(tmp_path / "absent.json.gz")
    with pytest.raises(ModelError):
        model_file("gazetteer", "absent.json.gz")


def test_first_load_from_many_threads_builds_one_gazetteer(tmp_path):
    path = tmp_path / "admin_units.json.gz"
    shutil.copy(model_file("gazetteer", "admin_units.json.gz"), path)
    loads = []
    barrier = threading.Barrier(6)

    def loader():
        loads.append(threading.get_ident())
        return Gazetteer.from_file(path)

    get = load_once(loader)

    def first_call(_):
        barrier.wait()
        return get()

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(first_call, range(6)))
    assert len(loads) == 1
    assert all(r is results[0] for r in results)
    assert len(results[0].units_in("post2025", "province")) == 34


@pytest.mark.parametrize("written, code", [("Q.1", "760"), ("Q1", "760"), ("q. 1", "760"), ("TX. Hoài Nhơn", "543"), ("H. Kiến Xương", "343"), ("TP.Quy Nhơn", "540"), ("đặc khu Côn Đảo", "26732")])
def test_lookup_abbreviated_type_words(gaz, written, code):
    assert [u.code for u in gaz.lookup(written)] == [code]


@pytest.mark.parametrize("written", ["Kỳ Anh", "Kì Anh", "ki anh", "thị xã Kì Anh"])
def test_lookup_final_y_written_as_i(gaz, written):
    assert "449" in {u.code for u in gaz.lookup(written)}


def test_first_calls_from_many_threads_in_a_fresh_process():
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import threading\n"
        "from vnnews.entities.places import find_admin_units\n"
        "barrier = threading.Barrier(6); out = []\n"
        "def call():\n"
        "    barrier.wait(); out.append([(e.start, e.code) for e in find_admin_units('xã Bình Định, huyện Kiến Xương')])\n"
        "threads = [threading.Thread(target=call) for _ in range(6)]\n"
        "[t.start() for t in threads]; [t.join() for t in threads]\n"
        "print(len(out), len({repr(o) for o in out}), out[0])\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "6 1 [(0, '13186'), (14, '343')]"
