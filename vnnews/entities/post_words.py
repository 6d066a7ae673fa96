"""Posts the shared list lacks, read off the OFFICIAL misses of the seen gold batches
(thirteenth pass): a prosecutor, an adviser, the deputy head of a station or a sub-department,
a chief accountant, a coordinator, the head of a hospital unit, "người đứng đầu" (the
head of a body). Not "lãnh đạo": before a name it is mostly a body's leadership ("lãnh đạo
Proton", "lãnh đạo Vườn Quốc gia ..."), no holder.

>>> "công tố viên" in MORE_POSTS, "phó trạm" in MORE_POSTS
(True, True)
"""

from __future__ import annotations

MORE_POSTS = (
    "công tố viên", "cố vấn", "phó trạm", "phó chi cục", "chi cục trưởng", "phó chi cục trưởng",
    "kế toán trưởng", "điều phối viên", "trưởng đơn vị", "phó trưởng đơn vị", "chủ tọa", "chủ toạ",
    "người đứng đầu",
)
"""Posts and titles of office (lower case), besides :data:`.vocab.POSTS`."""
