"""Hand-built Documents for the render tests (no pipeline needed): team-written text with
officials, admin units before and after the 2025 reform, organisations, a nested entity
and text that must be escaped."""

from __future__ import annotations

from vnnews.document import Document, Entity, Topic

TEXT = (
    "Bình Định: Ra mắt mô hình \"Chính quyền thân thiện\" <script>alert('x')</script>\n"
    "Cán bộ, công chức xã Bình Định, huyện Kiến Xương, tỉnh Thái Bình ký cam kết & thi đua.\n"
    "Đồng chí Nguyễn Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh dự hội nghị.\n"
    "Thu Thủy"
)


def span(text: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    """(start, end) of the ``occurrence``-th appearance of ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def entity(text: str, label: str, surface: str, occurrence: int = 0, name: str | None = None, **attrs) -> Entity:
    start, end = span(text, surface, occurrence)
    return Entity(label, start, end, text[start:end], name, attrs)


def sample_document() -> Document:
    """A Document like the pipeline's output for :data:`TEXT`, entities set by hand."""
    successor = {"name": "Bình Định", "admin_type": "xã", "code": "12505", "province": "Hưng Yên"}
    entities = [
        entity(TEXT, "COMMUNE", "Bình Định", 0, "Bình Định", admin_type="xã", ambiguous=True,
               candidates=[{"name": "Bình Định", "admin_type": "xã", "score": 0.8},
                           {"name": "Bình Định", "admin_type": "tỉnh", "score": 0.2}]),
        entity(TEXT, "COMMUNE", "xã Bình Định", 0, "Bình Định", admin_type="xã", code="12505",
               period="pre2025", parents=[{"name": "Kiến Xương", "admin_type": "huyện"}],
               successors=[successor]),
        entity(TEXT, "DISTRICT", "huyện Kiến Xương", 0, "Kiến Xương", admin_type="huyện", code="344",
               period="pre2025", successors=[]),
        entity(TEXT, "PROVINCE", "tỉnh Thái Bình", 0, "Thái Bình", admin_type="tỉnh", code="34", period="pre2025",
               successors=[{"name": "Hưng Yên", "admin_type": "tỉnh", "code": "33"}]),
        entity(TEXT, "OFFICIAL", "Nguyễn Mạnh Hùng", 0, "Nguyễn Mạnh Hùng", positions=[
            {"post": "Phó Bí thư", "body": "Tỉnh ủy", "place_resolved": {"name": "Thái Bình", "admin_type": "tỉnh"}},
            {"post": "Chủ tịch", "body": "UBND", "place": "tỉnh",
             "place_resolved": {"name": "Thái Bình", "admin_type": "tỉnh"}},
        ]),
        entity(TEXT, "ORGANIZATION", "UBND tỉnh", 0),
        entity(TEXT, "ORGANIZATION", "Tỉnh ủy", 0),
        entity(TEXT, "PERSON", "Thu Thủy", 0, role="byline"),
    ]
    topic = Topic("chinh_tri_xa_hoi", 0.91, {"chinh_tri_xa_hoi": 0.91, "van_hoa": 0.09},
                  government_administration=True, government_administration_score=0.87,
                  display_name="Chính trị Xã hội")
    return Document(TEXT, entities=entities, topic=topic, meta={"title": "Bình Định: Ra mắt mô hình", "author": "Thu Thủy"})
