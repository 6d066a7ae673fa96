"""Build ``org_names.tsv``: names of companies and bodies mined from VNTC *train*.

News names a company once with its head ("Công ty Vinamilk", "hãng Garuda", "tổ chức
Oxfam") and later, or in other articles, without it ("Vinamilk cho biết"). Over the
training split this script counts, for every free capitalised run of one to three
syllables, where it stands:

- ``head`` — right after an organisation head ("công ty", "tập đoàn", "ngân hàng",
  "hãng", "tổ chức", "quỹ", ... optionally with "cổ phần" / "TNHH" between);
- ``other`` — after a cue of a person or a place ("ông", "anh", "tỉnh", "đường", "ở" ...);
- ``bare`` — anywhere else.

A run is kept when it follows a head at least ``MIN_HEAD`` times, a cue of a person or a
place at most ``MAX_OTHER_SHARE`` of its uses, stands bare at least once (the list is for
bare mentions), is spelt like a brand when it is one syllable ("Vinamilk", "HSBC", not
"Nam"), and is no administrative unit, country or foreign city, given name or surname-led
full name (see MODEL_CARD.md). The test split is never read.

Run from the repository root (under a minute on 2 cores; deterministic):

    nice -n 10 env PYTHONPATH=. python models/org_names/build_org_names.py
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter
from pathlib import Path

import regex

from vnnews.corpus import iter_records
from vnnews.entities import vocab
from vnnews.entities.foreign import looks_foreign
from vnnews.entities.gazetteer import load_gazetteer
from vnnews.entities.persons import given_name_shares
from vnnews.entities.role_words import NOT_BRAND_ACRONYMS
from vnnews.entities.tokens import lower_key, syllables
from vnnews.resources import shared_data_dir

OUT = Path(__file__).resolve().parent / "org_names.tsv"
MIN_HEAD = 3
MIN_HEAD_SHARE = 0.01  # "Internet" follows "tổ chức" 6 times in 1,890 uses: a common word
MAX_LOWER_SHARE = 0.1  # "Robot", "Delta": written in lower case too, so a common word
COMMON_FIRST_WORD = 1000  # "Thép VN", "Năm APEC": a Vietnamese word this common in lower case opens it
MAX_OTHER_SHARE = 0.05
MAX_SYLLABLES = 3

HEADS = (
    "công ty", "cty", "tổng công ty", "tcty", "tập đoàn", "ngân hàng", "hãng", "hãng hàng không",
    "hãng tin", "hãng thông tấn", "hãng truyền hình", "tổ chức", "quỹ", "nhà sản xuất",
    "công ty cổ phần", "công ty tnhh", "công ty cp", "cty cp", "cty tnhh", "nhãn hiệu",
)
PERSON_OR_PLACE_CUES = tuple(vocab.HONORIFICS) + (
    "tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thôn",
    "xóm", "ấp", "làng", "bản", "sông", "đường", "phố", "núi", "đảo", "ở", "tại", "nước",
    "thủ đô", "vùng", "miền", "người", "tên", "gia đình", "họ", "cảng", "khu", "bến",
) + tuple(vocab.CAPITALISED_LOCATION_HEADS)

_WORD = r"\p{Lu}[\p{L}\p{M}\p{N}]*(?:[\-&'’.][\p{L}\p{M}\p{N}]+)*"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}\-&'’.])(?:{_WORD})(?: {_WORD})*(?![\p{{L}}\p{{M}}\p{{N}}\-&'’])")
_BEFORE = regex.compile(r"([\p{Ll}\p{M} ]+?)\s*$")
_HEADS = {lower_key(h) for h in HEADS}
_CUES = {lower_key(c) for c in PERSON_OR_PLACE_CUES}
_LEADING_FORMS = {"tnhh", "cp", "cổ"}
GENERIC_ABBREVIATIONS = frozenset("""
tt t.ư tư tw đn hn pr bot bhnt bhyttn bhxh bhyt tdc pmh cip cvcx đôgm qh lhq xskt aa abc
""".split())
"""Abbreviations a head is followed by that are no body's own name: "TT" (thông tin), "T.Ư"
(trung ương), "ĐN" (Đà Nẵng), "BOT" (a contract), "BHNT" (bảo hiểm nhân thọ), "QH" and
"LHQ" (already known bodies), read off the mined list."""
READ_AND_REJECTED = frozenset({"eva", "kimberly", "creative", "gateway", "heritage", "guinness", "mercedes"})
"""Read off the mined list and left out: persons' given names ("Eva", "Kimberly"), English
words that name other things as often ("Creative", "Gateway", "Heritage"), and names used
for a thing more often than for the company in the training sample of the eleventh pass
("sách kỷ lục Guinness", "Mercedes" as a car)."""
_SECTOR_ACRONYM = regex.compile(r"^(?:XNK|XD|XL|XK|DV|CP|SX|TM)")
"""Business sectors abbreviated inside a company's name ("Công ty XNK ...": xuất nhập
khẩu, "XD": xây dựng, "DV": dịch vụ), no name of their own."""
_NAME_SUFFIXES = frozenset({"việt nam", "vn", "vina", "group", "mobile"})


def context(text: str, start: int) -> str:
    """The words right before ``start`` (at most four), lower case, back to the first
    capitalised one.

    >>> context("theo Công ty cổ phần Vinamilk", 21)
    'công ty cổ phần'
    """
    words = text[max(0, start - 40):start].rstrip().split(" ")
    tail = []
    for word in reversed(words):
        if not word.isalpha() or not word[1:].islower():
            break
        tail.insert(0, word.lower())
        if len(tail) == 4 or word[0].isupper():
            break
    return " ".join(tail)


def kind_of(before: str) -> str:
    """"head", "other" or "bare" for the words before a run."""
    words = lower_key(before).split()
    for n in (4, 3, 2, 1):
        last = " ".join(words[-n:]) if len(words) >= n else None
        if last in _HEADS:
            return "head"
        if last in _CUES:
            return "other"
    return "bare"


_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}\-]+")


def count(texts) -> dict[str, Counter]:
    counts = {"head": Counter(), "other": Counter(), "bare": Counter(), "lower": Counter()}
    for text in texts:
        text = unicodedata.normalize("NFC", text)
        counts["lower"].update(_LOWER_WORD.findall(text))
        for match in _RUN.finditer(text):
            words = match.group().split(" ")
            before = context(text, match.start())
            if words[0].lower() in _LEADING_FORMS and kind_of(before) == "head":
                continue  # "Công ty TNHH Tam Nguyên", "Cổ phần": the form, not the name
            if len(words) > MAX_SYLLABLES:
                continue
            counts[kind_of(before)][match.group()] += 1
    return counts


def rejected(name: str, gazetteer, given: dict, lower: Counter) -> bool:
    """A name that is also a place, a person or a common word, or no name at all."""
    tokens = syllables(name)
    key = lower_key(name)
    if len(tokens) != len(name.split(" ")) or key in NOT_BRAND_ACRONYMS or key in GENERIC_ABBREVIATIONS or key in READ_AND_REJECTED \
            or any(c.isdigit() or c in "&;Ð" for c in name) or _SECTOR_ACRONYM.match(name):
        return True
    if all(t.text in given for t in tokens):
        return True  # "Thiên Anh", "Ngọc Đức": could as well be a person's given names
    if len(tokens) == 1 and not (looks_foreign(tokens[0]) or (name.isupper() and len(name) >= 2)
                                 or any(c.isupper() for c in name[1:])):
        return True  # "Nam", "Hà": a Vietnamese syllable alone is no brand
    words = name.split(" ")
    if any(gazetteer.lookup(" ".join(words[k:])) for k in range(1, len(words))):
        return True  # "XSKT Long An", "Bia Sài Gòn": a place ends it
    if len(tokens) > 1 and not looks_foreign(tokens[0]) and lower[tokens[0].text.lower()] >= COMMON_FIRST_WORD:
        return True
    if gazetteer.lookup(name) or key in _WORLD or tokens[0].low in _SURNAMES or name in given:
        return True
    return False


_WORLD = {lower_key(p) for p in vocab.COUNTRIES + vocab.FOREIGN_CITIES}
_SURNAMES = {lower_key(s) for s in vocab.SURNAMES}


def _name_and_more(name: str, kept: set[str]) -> bool:
    """A kept name followed by more than a country or a company word ("Microsoft Bill
    Gates", "XSKT Long An"), not "HP Việt Nam" or "FPT Mobile".

    >>> _name_and_more("Microsoft Bill Gates", {"Microsoft"}), _name_and_more("HP Việt Nam", {"HP"})
    (True, False)
    """
    words = name.split(" ")
    return any(" ".join(words[:k]) in kept and lower_key(" ".join(words[k:])) not in _NAME_SUFFIXES
               for k in range(1, len(words)))


def main() -> int:
    data = shared_data_dir()
    if data is None:
        sys.exit("../shared/data is absent")
    counts = count(record.text for record in iter_records(data / "vntc" / "train_full.jsonl.gz"))
    gazetteer, given = load_gazetteer(), given_name_shares()
    rows = []
    for name, head in counts["head"].items():
        other, bare = counts["other"][name], counts["bare"][name]
        total = head + other + bare
        if head >= MIN_HEAD and bare >= 1 and other <= MAX_OTHER_SHARE * total and head >= MIN_HEAD_SHARE * total \
                and counts["lower"][name.lower()] <= MAX_LOWER_SHARE * total and not rejected(name, gazetteer, given, counts["lower"]):
            rows.append((name, head, bare, other))
    kept = {row[0] for row in rows}
    rows = [row for row in rows if not _name_and_more(row[0], kept)]
    rows.sort(key=lambda r: (-r[1], r[0]))
    with OUT.open("w", encoding="utf-8") as out:
        out.write("# name\thead\tbare\tother  (VNTC train; see MODEL_CARD.md)\n")
        for name, head, bare, other in rows:
            out.write(f"{name}\t{head}\t{bare}\t{other}\n")
    print(f"{len(rows)} names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
