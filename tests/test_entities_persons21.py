"""Persons named by one word (the twenty-first stop): the article-level repetition of
:mod:`vnnews.entities.repeated_persons` kept off words the article also writes as a team, a
company, a band, a network or a program's version. Sentences written by the team in the shape
of the errors read on VNTC training articles, none copied from a gold batch."""

import pytest

from vnnews.entities import extract_entities


def repeated(text, word):
    return [e for e in extract_entities(text, stacked=False)
            if e.text == word and e.attrs.get("cue") == "repeated"]


@pytest.mark.parametrize("text, word", [
    # a racing team: written after "đội" once, the other uses are no person either
    ("Ông Williams nói vậy. Năm ngoái, ưu thế thuộc về Williams. Nhiều đội dùng lốp Michelin như đội Williams, "
     "khi họ gặp khó khăn.", "Williams"),
    # a network after "mạng"
    ("Ông Hamachi nói vậy. Máy tính nối vào mạng Hamachi. Nhiều người dùng Hamachi.", "Hamachi"),
    # a version of a program, a dot and a capital glued after the word
    ("Ông Mydoom nói vậy. Biến thể Mydoom.F lây qua thư. Sau đó, Mydoom lan rộng.", "Mydoom"),
    # a company quoted as a source ("Theo X,") is no cue to repeat
    ("Theo Proton, công ty đã giành lại thị phần. Lượng xe bán ra của Proton đã giảm.", "Proton"),
])
def test_a_word_the_article_writes_as_a_body_is_not_repeated(text, word):
    assert repeated(text, word) == []


def test_a_person_without_such_a_use_is_still_repeated():
    text = "Ông Williams nói vậy. Năm ngoái, ưu thế thuộc về Williams. Nhiều đội dùng lốp Michelin."
    assert len(repeated(text, "Williams")) == 1
