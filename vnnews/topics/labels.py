"""The ten VNTC topics: stable ASCII ids, corpus names, Vietnamese and English names.

>>> LABELS["chinh_tri_xa_hoi"].english
'Politics & society'
>>> label_id("Chinh tri Xa hoi")
'chinh_tri_xa_hoi'
>>> display_name("the_thao")
'Thể thao'
"""

from __future__ import annotations

from typing import NamedTuple


class TopicLabel(NamedTuple):
    """One topic: ASCII id, the name used in the VNTC files, display names."""

    id: str
    corpus_name: str
    vietnamese: str
    english: str


LABELS: dict[str, TopicLabel] = {
    label.id: label
    for label in (
        TopicLabel("chinh_tri_xa_hoi", "Chinh tri Xa hoi", "Chính trị Xã hội", "Politics & society"),
        TopicLabel("doi_song", "Doi song", "Đời sống", "Life"),
        TopicLabel("khoa_hoc", "Khoa hoc", "Khoa học", "Science"),
        TopicLabel("kinh_doanh", "Kinh doanh", "Kinh doanh", "Business"),
        TopicLabel("phap_luat", "Phap luat", "Pháp luật", "Law"),
        TopicLabel("suc_khoe", "Suc khoe", "Sức khoẻ", "Health"),
        TopicLabel("the_gioi", "The gioi", "Thế giới", "World"),
        TopicLabel("the_thao", "The thao", "Thể thao", "Sports"),
        TopicLabel("van_hoa", "Van hoa", "Văn hoá", "Culture"),
        TopicLabel("vi_tinh", "Vi tinh", "Vi tính", "Computing"),
    )
}

_BY_CORPUS_NAME = {label.corpus_name: label.id for label in LABELS.values()}


def label_id(name: str) -> str:
    """The ASCII id of a VNTC topic given its corpus name (ids pass through unchanged).

    Names outside the ten topics (a user's own taxonomy) are returned unchanged.

    >>> label_id("Vi tinh"), label_id("vi_tinh"), label_id("sport")
    ('vi_tinh', 'vi_tinh', 'sport')
    """
    return _BY_CORPUS_NAME.get(name, name)


def display_name(label: str, language: str = "vi") -> str:
    """The human-readable name of ``label`` ("vi" or "en"); unknown labels are returned as is.

    >>> display_name("suc_khoe", "en"), display_name("my_label")
    ('Health', 'my_label')
    """
    known = LABELS.get(label)
    if known is None:
        return label
    return known.english if language == "en" else known.vietnamese
