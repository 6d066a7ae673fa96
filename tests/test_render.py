"""vnnews.render.html: structure, escaping, nesting, hover details, bad input."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from render_samples import TEXT, entity, sample_document
from vnnews.document import Document, Entity, Topic
from vnnews.errors import InputError, VnnewsError
from vnnews.render import html


class PageReader(HTMLParser):
    """Collects what a browser would show: the article text, each mark's text and
    attributes, the tags used, and every URL-bearing attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.article = ""
        self.marks: list[dict] = []
        self.urls: list[str] = []
        self._in_article = False
        self._open_marks: list[dict] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        self.urls += [v for k, v in attrs.items() if k in {"src", "href", "action", "data", "poster"} and v]
        if tag == "article":
            self._in_article = True
        elif tag == "mark" and self._in_article:
            mark = {**attrs, "text": ""}
            self.marks.append(mark)
            self._open_marks.append(mark)

    def handle_endtag(self, tag):
        if tag == "article":
            self._in_article = False
        elif tag == "mark" and self._in_article:
            self._open_marks.pop()

    def handle_data(self, data):
        if self._in_article:
            self.article += data
            for mark in self._open_marks:
                mark["text"] += data


def read(page: str) -> PageReader:
    reader = PageReader()
    reader.feed(page)
    reader.close()
    return reader


def test_article_text_and_every_entity_mark_survive_rendering():
    doc = sample_document()
    page = read(html(doc))
    assert page.article == doc.text
    assert len(page.marks) == len(doc.entities)
    by_start = {(int(m["data-start"]), int(m["data-end"])): m for m in page.marks}
    for ent in doc.entities:
        mark = by_start[(ent.start, ent.end)]
        assert mark["data-label"] == ent.label
        assert mark["text"] == doc.text[ent.start : ent.end]


def test_hostile_text_is_escaped_not_executed():
    page = html(sample_document())
    reader = read(page)
    assert reader.tags.count("script") == 1  # only the page's own legend script
    assert "<script>alert('x')</script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "ký cam kết &amp; thi đua" in page


def test_hostile_labels_and_attrs_are_escaped():
    text = "Hà Nội"
    doc = Document(text, entities=[Entity('X"><img src=x onerror=alert(1)>', 0, 6, text, attrs={"code": "</style><b>"})],
                   meta={"title": "</title><script>bad()</script>"})
    page = html(doc)
    reader = read(page)
    benign = read(html(Document(text, entities=[Entity("X", 0, 6, text)], meta={"title": "t"})))
    assert "img" not in reader.tags and reader.tags.count("b") == benign.tags.count("b")
    assert reader.tags.count("script") == 1
    assert reader.marks[0]["data-label"] == 'X"><img src=x onerror=alert(1)>'
    assert "Code: &lt;/style&gt;&lt;b&gt;" in page


def test_page_is_self_contained():
    page = html(sample_document())
    reader = read(page)
    assert reader.urls == []
    assert not {"link", "img", "iframe", "object", "embed"} & set(reader.tags)
    assert "default-src 'none'" in page
    assert "http://" not in page and "https://" not in page and "@import" not in page


def test_hover_details_carry_admin_type_code_successor_and_positions():
    doc = sample_document()
    marks = {m["text"]: m for m in read(html(doc)).marks}
    commune = marks["xã Bình Định"]["data-details"]
    assert "Type: xã" in commune and "Code: 12505" in commune
    assert "Successor: xã Bình Định (code 12505), Hưng Yên" in commune
    assert "before the 1 July 2025 reform" in commune
    official = marks["Nguyễn Mạnh Hùng"]["data-details"].splitlines()
    assert official[0] == "OFFICIAL: Nguyễn Mạnh Hùng"
    assert official[1:] == ["Position: Phó Bí thư Tỉnh ủy → tỉnh Thái Bình", "Position: Chủ tịch UBND tỉnh → tỉnh Thái Bình"]
    ambiguous = marks["Bình Định"]["data-details"]
    assert "Ambiguous: not certain which unit is meant\nCandidate: xã Bình Định [0.80]\nCandidate: tỉnh Bình Định [0.20]" in ambiguous


def test_long_candidate_lists_are_cut():
    many = [{"name": f"Tân {i}", "admin_type": "xã", "score": 0.1} for i in range(8)]
    doc = Document("Tân Tiến", entities=[Entity("COMMUNE", 0, 8, "Tân Tiến", attrs={"ambiguous": True, "candidates": many})])
    details = read(html(doc)).marks[0]["data-details"].splitlines()
    assert details.count("Ambiguous: not certain which unit is meant") == 1
    assert [line for line in details if line.startswith("Candidate:")] == [f"Candidate: xã Tân {i} [0.10]" for i in range(5)]
    assert details[-1] == "… and 3 more candidates"


def test_split_successors_are_all_listed():
    text = "xã Tân Tiến"
    units = [{"name": "Tân Hòa", "admin_type": "xã", "code": "1"}, {"name": "Tân Lợi", "admin_type": "xã", "code": "2"}]
    doc = Document(text, entities=[Entity("COMMUNE", 0, len(text), text, "Tân Tiến", {"successors": units})])
    details = read(html(doc)).marks[0]["data-details"]
    one = Document(text, entities=[Entity("COMMUNE", 0, len(text), text, "Tân Tiến",
                                          {"successors": units[:1], "split": True, "name_start": 3})])
    assert read(html(one)).marks[0]["data-details"].splitlines()[1:] == ["Successor (split): xã Tân Hòa (code 1)"]
    assert "Successor (split): xã Tân Hòa (code 1)" in details
    assert "Successor (split): xã Tân Lợi (code 2)" in details
    district = [{"name": f"Xã {i}", "admin_type": "xã", "code": str(i)} for i in range(12)]
    many = Document(text, entities=[Entity("DISTRICT", 0, len(text), text, attrs={"successors": district})])
    lines = read(html(many)).marks[0]["data-details"].splitlines()
    assert lines[1:] == [f"Successor (split): Xã {i} (code {i})" for i in range(5)] + ["… and 7 more successor units"]


def test_topic_and_government_score_at_the_top():
    page = html(sample_document())
    header = page[page.index("<header>") : page.index("</header>")]
    assert "Chính trị Xã hội (chinh_tri_xa_hoi) — 91%" in header
    assert "yes, score 0.87" in header and 'value="0.870"' in header
    assert page.index("</header>") < page.index("<article>")


def test_document_without_topic_or_entities_still_renders():
    page = html(Document("Trời mưa."))
    assert "not classified" in page and "No entities found." in page
    assert read(page).article == "Trời mưa."


def test_government_score_without_verdict():
    doc = Document("x", topic=Topic("the_thao", 0.7, government_administration_score=0.05))
    assert "score 0.05" in html(doc)


def test_legend_lists_each_label_once_with_counts():
    page = html(sample_document())
    legend = page[page.index('<ul class="legend"') : page.index("</ul>")]
    assert legend.count("<button") == 6
    assert "Xã/phường · Commune (2)" in legend and "Tổ chức · Organization (2)" in legend
    assert legend.index("Official") < legend.index("Commune")  # fixed label order


def test_nested_entities_nest_marks():
    text = "Chủ tịch UBND tỉnh Thái Bình"
    outer = entity(text, "ORGANIZATION", "UBND tỉnh Thái Bình")
    inner = entity(text, "PROVINCE", "tỉnh Thái Bình")
    page = html(Document(text, entities=[inner, outer]))
    reader = read(page)
    assert reader.article == text
    assert [(m["data-label"], m["text"]) for m in reader.marks] == [
        ("ORGANIZATION", "UBND tỉnh Thái Bình"),
        ("PROVINCE", "tỉnh Thái Bình"),
    ]
    assert '<mark data-label="ORGANIZATION"' in page.split('<mark data-label="PROVINCE"')[0]


def test_crossing_entity_is_listed_but_not_highlighted():
    text = "Chủ tịch UBND tỉnh Thái Bình"
    first = entity(text, "OFFICIAL", "Chủ tịch UBND")
    crossing = entity(text, "ORGANIZATION", "UBND tỉnh Thái Bình")
    after = entity(text, "PROVINCE", "tỉnh Thái Bình")
    page = html(Document(text, entities=[after, crossing, first]))
    reader = read(page)
    assert reader.article == text
    assert [(m["data-label"], m["text"]) for m in reader.marks] == [
        ("OFFICIAL", "Chủ tịch UBND"),
        ("PROVINCE", "tỉnh Thái Bình"),
    ]
    assert "UBND tỉnh Thái Bình (overlaps another entity: not highlighted)" in page


def test_boilerplate_is_greyed_and_bad_blocks_ignored():
    text = "Tin chính.\nTin cùng chuyên mục\n- Hội nghị tỉnh Thái Bình"
    start = text.index("Tin cùng")
    doc = Document(
        text,
        entities=[entity(text, "PROVINCE", "tỉnh Thái Bình")],
        boilerplate=[{"kind": "related", "start": start, "end": len(text)}, {"kind": "bad", "start": 5, "end": 999},
                     {"kind": "no offsets"}],
        meta={"date": "2025-03-26", "published": "ignored", "source": "Báo Thái Bình"},
    )
    page = html(doc)
    reader = read(page)
    assert reader.article == text
    assert page.count('<span class="boilerplate"') == 1
    assert '<span class="boilerplate" title="site boilerplate: not analysed">Tin cùng chuyên mục' in page
    assert reader.marks[0]["text"] == "tỉnh Thái Bình"  # nested inside the block
    assert "2025-03-26" in page and "ignored" not in page and "Báo Thái Bình" in page


def test_deterministic_output():
    assert html(sample_document()) == html(sample_document())


@pytest.mark.parametrize(
    "bad",
    [
        Document("abc", entities=[Entity("PERSON", 2, 9, "c")]),
        Document("abc", entities=[Entity("PERSON", 2, 2, "")]),
        Document("abc", entities=[Entity("PERSON", -1, 2, "ab")]),
    ],
)
def test_offsets_outside_the_text_raise_input_error(bad):
    with pytest.raises(InputError, match="offsets"):
        html(bad)


def test_non_document_raises_input_error():
    with pytest.raises(VnnewsError, match="needs a vnnews Document"):
        html(TEXT)


_PIECES = st.sampled_from(list("ab <>&\"'\n\tđĐệ\u0301\u200b/=;") + ["</mark>", "&amp;", "<!--", "<script>"])
_TEXT = st.lists(_PIECES, max_size=25).map("".join)


@st.composite
def documents(draw):
    text = draw(_TEXT)
    entities = []
    if text:
        for _ in range(draw(st.integers(0, 5))):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            label = draw(st.sampled_from(["PERSON", "COMMUNE", "<b>", 'a"b']))
            entities.append(Entity(label, start, end, text[start:end], attrs={"code": draw(_TEXT)}))
    blocks = []
    if text and draw(st.booleans()):
        start = draw(st.integers(0, len(text) - 1))
        blocks.append({"start": start, "end": draw(st.integers(start + 1, len(text)))})
    return Document(text, entities=entities, boilerplate=blocks)


@settings(max_examples=150, deadline=None)
@given(documents())
def test_any_text_and_spans_render_back_to_the_same_text(doc):
    reader = read(html(doc))
    assert reader.article == doc.text
    assert reader.tags.count("script") == 1
    for mark in reader.marks:
        assert mark["text"] == doc.text[int(mark["data-start"]) : int(mark["data-end"])]
    highlighted = {(int(m["data-start"]), int(m["data-end"]), m["data-label"]) for m in reader.marks}
    assert highlighted <= {(e.start, e.end, e.label) for e in doc.entities}
    if doc.entities and not doc.boilerplate:
        assert reader.marks  # the first entity by position is always highlighted
