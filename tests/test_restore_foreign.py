"""What restore_diacritics must not touch: URLs, e-mails, English words, codes, numbers.

Hypothesis builds texts from unaccented Vietnamese syllables mixed with foreign pieces and
checks that the foreign pieces come back byte for byte, and that restoration never changes
a non-letter character, letter case or the number of syllables. A foreign word that spells
a Vietnamese syllable ("MU", Manchester United, is "MÙ", blind, in capitals) is left to the
model and is not among the pieces.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.normalize import remove_diacritics
from vnnews.restore import restore_diacritics
from vnnews.restore.foreign import could_be_syllable, is_acronym
from vnnews.restore.tokens import tokenize

SYLLABLES = ["nguoi", "viet", "nam", "ha", "noi", "thu", "tuong", "chinh", "phu", "con", "co", "nhung", "tin",
             "moi", "Dang", "Bo", "tinh", "xa", "huyen", "duoc", "cua", "mot", "khong", "trong", "Quang", "Ninh",
             "Thanh", "Hoa", "Nguyen", "Van", "e", "an", "net", "top", "mail"]
ENGLISH = ["online", "smartphone", "Facebook", "livestream", "startup", "YouTube", "Google", "email", "website",
           "iPhone", "iPad", "TikTok", "Samsung", "Apple", "fanpage", "video", "clip", "update", "Zalo", "shopee",
           "Grab", "Messi", "Chelsea", "marketing", "blockchain", "Bitcoin", "selfie", "hashtag", "streamer"]
CODES = ["COVID-19", "5G", "4G", "F0", "F1", "H5N1", "A1", "B52", "SARS-CoV-2", "Wi-Fi", "e-mail", "U23",
         "iOS", "Android", "Windows 11", "VTV1", "HTV7", "A80", "Galaxy S24", "Euro 2024", "V.League", "V-League"]
NUMBERS = st.one_of(
    st.integers(0, 10**9).map(lambda n: f"{n:,}".replace(",", ".")),
    st.integers(0, 10**6).map(lambda n: f"{n / 100:.2f}".replace(".", ",")),
    st.integers(0, 100).map(lambda n: f"{n}%"),
)
word = st.text(alphabet="abcdefghiklmnopqrstuvxy", min_size=1, max_size=8)
URLS = st.builds(lambda a, b, tld, path: f"https://{a}.{b}.{tld}/{path}-{a}.htm", word, word,
                 st.sampled_from(["vn", "com", "net", "com.vn"]), word)
DOMAINS = st.builds(lambda a, tld: f"{a}.{tld}", word, st.sampled_from(["vn", "com", "net", "org", "com.vn"]))
EMAILS = st.builds(lambda a, b, c: f"{a}.{b}@{c}.com.vn", word, word, word)
GLUED = st.builds(lambda s, n, before, caps: (lambda w: f"{n}{w}" if before else f"{w}{n}")(s.upper() if caps else s[:1]),
                  st.sampled_from(SYLLABLES), st.integers(0, 99), st.booleans(), st.booleans()  # codes: TIN24, 5ng
                  ).filter(lambda piece: not (piece.endswith("d") and piece[:-1].isdigit()))  # "5d" is 5 đồng, restored
FOREIGN = st.one_of(st.sampled_from(ENGLISH + CODES), NUMBERS, URLS, DOMAINS, EMAILS, GLUED)
SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", " - ", " (", ") ", ": "])


@st.composite
def mixed_text(draw) -> tuple[str, list[tuple[int, int]]]:
    """A text of syllables and foreign pieces, and the spans of the foreign pieces."""
    text, spans = "", []
    for _ in range(draw(st.integers(1, 14))):
        if draw(st.booleans()):
            piece = draw(FOREIGN)
            spans.append((len(text), len(text) + len(piece)))
        else:
            piece = draw(st.sampled_from(SYLLABLES))
        text += piece + draw(SEPARATORS)
    return text, spans


@settings(max_examples=80, deadline=None)
@given(mixed_text())
def test_foreign_pieces_come_back_byte_identical(case):
    text, spans = case
    restored = restore_diacritics(text)
    for start, end in spans:
        assert restored[start:end] == text[start:end], (text[start:end], restored)


any_text = st.one_of(st.text(max_size=80), mixed_text().map(lambda case: case[0]))


@settings(max_examples=120, deadline=None)
@given(any_text)
def test_only_letters_change_and_never_their_case(text):
    text = unicodedata.normalize("NFC", text)
    restored = restore_diacritics(text)
    assert len(restored) == len(text)
    for before, after in zip(text, restored):
        if before != after:
            assert before.isalpha() and after.isalpha()
            assert before.isupper() == after.isupper() and before.islower() == after.islower()
            assert remove_diacritics(before) == remove_diacritics(after)


@settings(max_examples=80, deadline=None)
@given(any_text)
def test_number_of_syllables_is_kept(text):
    restored = restore_diacritics(text)
    assert [t.is_word for t in tokenize(restored)] == [t.is_word for t in tokenize(text)]


@settings(max_examples=120, deadline=None)
@given(any_text)
def test_words_that_cannot_be_vietnamese_are_untouched(text):
    # Letters Vietnamese does not use (f j w z), mixed case or a code glued to a digit:
    # never a Vietnamese word. A capitalised word that is no possible syllable stays too;
    # acronyms (HDND -> HĐND) and lower-case loanwords the model knows (oto -> ôtô) may
    # only gain marks (checked for every letter by test_only_letters_change...).
    restored = restore_diacritics(text)
    tokens = list(tokenize(text))
    for k, token in enumerate(tokens):
        if not token.is_word:
            continue
        out = restored[token.start:token.end]
        lower = token.text.lower()
        glued_digit = any(0 <= j < len(tokens) and tokens[j].text[0].isdigit()
                          and (tokens[j].end == token.start or tokens[j].start == token.end) for j in (k - 1, k + 1))
        mixed_case = not (token.text.islower() or token.text.isupper() or token.text[1:].islower())
        code = glued_digit and (len(token.text) == 1 or token.text.isupper()) and token.text != "d"  # 5G, F0, 3D
        if set(lower) & set("fjwz") or mixed_case or code:
            assert out == token.text
        elif not could_be_syllable(token.text) and not is_acronym(token.text) and not token.text[1:].islower():
            assert out == token.text  # a capitalised foreign word: "Facebook" (not a loanword the model knows)


@pytest.mark.parametrize("text", [
    "Xem https://vnexpress.net/thoi-su/tin-moi-nhat.html de biet them",
    "Lien he nguyen.van.an@gmail.com hoac tuoitre.vn, dantri.com.vn",
    "Dung smartphone de xem video online tren Facebook va YouTube",
    "Dich COVID-19, mang 5G, may iPhone 15, benh nhan F0 va cum H5N1",
    "Gia 1.250.000 dong, tang 3,5% so voi nam 2020",
])
def test_foreign_words_in_real_sentences_are_kept(text):
    restored = restore_diacritics(text)
    for piece in ["https://vnexpress.net/thoi-su/tin-moi-nhat.html", "nguyen.van.an@gmail.com", "tuoitre.vn",
                  "dantri.com.vn", "smartphone", "video", "online", "Facebook", "YouTube", "COVID-19", "5G",
                  "iPhone", "F0", "H5N1", "1.250.000", "3,5%"]:
        if piece in text:
            assert piece in restored, (piece, restored)
    assert restored != text  # the Vietnamese around them is restored


@pytest.mark.parametrize("plain, restored", [
    ("UBND va HDND tinh", "UBND và HĐND tỉnh"),
    ("vien kiem sat tai TP.HCM", "viện kiểm sát tại TP.HCM"),
    ("gui e-mail cho ong B", "gửi e-mail cho ông B"),
    ("Gia ban 50.000 d mot kg", "Giá bán 50.000 đ một kg"),
    ("Gia tu 5.000d, phim 3D", "Giá từ 5.000đ, phim 3D"),
    ("Ferrari sau mot vong12 Rubens", "Ferrari sau một vòng12 Rubens"),  # a lost space, not a code
    ("NSUT Hoang Dung noi", "NSƯT Hoàng Dũng nói"),
    ("hai thang.Co the che thanh thuoc", "hai tháng.Có thể chế thành thuốc"),
    ("Chiec oto moi", "Chiếc ôtô mới"),  # a loanword the training news wrote as one word
])
def test_acronyms_codes_and_loanwords(plain, restored):
    assert restore_diacritics(plain) == restored
