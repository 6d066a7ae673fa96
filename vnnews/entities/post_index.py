"""Posts looked up by token position in constant time.

The rules that attach a post to a name ask, for every name, "which post ends at token k?" or
"which posts end a few tokens before the name?". Scanning the whole list of posts for each
name makes a long text quadratic (a 1 MB text holds thousands of both). :class:`IndexedPosts`
is that list, frozen, with its lookups built once; the functions below answer the same
questions for any sequence of posts, exactly as the scans did (same post, same order).

>>> from .officials import find_posts
>>> from .tokens import syllables
>>> t = "Chủ tịch UBND tỉnh, ông Hùng và Giám đốc Sở Y tế, bà Lan"
>>> posts = IndexedPosts(find_posts(t, syllables(t), [], []))
>>> first_ending_at(posts, 4).text, [p.text for p in ending_between(posts, 8, 12)]
('Chủ tịch UBND tỉnh', ['Giám đốc'])
"""

from __future__ import annotations

from functools import cached_property
from typing import Sequence


class IndexedPosts(tuple):
    """The posts of one text, in their order, with lookups by end and first token (a tuple:
    it cannot change after the lookups are built).

    >>> IndexedPosts([]) == ()
    True
    """

    @cached_property
    def first_by_end(self) -> dict:
        """End token → the first post ending there."""
        found = {}
        for post in self:
            found.setdefault(post.end, post)
        return found

    @cached_property
    def last_by_end(self) -> dict:
        """End token → the last post ending there."""
        return {post.end: post for post in self}

    @cached_property
    def last_by_first(self) -> dict:
        """First token → the last post starting there."""
        return {post.first: post for post in self}

    @cached_property
    def all_by_end(self) -> dict:
        """End token → every post ending there, with its rank in the list."""
        found: dict[int, list] = {}
        for order, post in enumerate(self):
            found.setdefault(post.end, []).append((order, post))
        return found


def first_ending_at(posts: Sequence, end: int):
    """The first post (in list order) that ends at token ``end``; None when none.

    >>> from types import SimpleNamespace as P
    >>> first_ending_at([P(first=0, end=2, n="a"), P(first=1, end=2, n="b")], 2).n
    'a'
    """
    if isinstance(posts, IndexedPosts):
        return posts.first_by_end.get(end)
    return next((p for p in posts if p.end == end), None)


def by_end(posts: Sequence) -> dict:
    """The posts keyed by their end token (the last one written wins, as in a dict built
    from the list). Read it, don't change it: it may be the index itself.

    >>> from types import SimpleNamespace as P
    >>> by_end([P(first=0, end=2, n="a"), P(first=1, end=2, n="b")])[2].n
    'b'
    """
    if isinstance(posts, IndexedPosts):
        return posts.last_by_end
    return {p.end: p for p in posts}


def by_first(posts: Sequence) -> dict:
    """The posts keyed by their first token (the last one written wins). Read it only.

    >>> from types import SimpleNamespace as P
    >>> sorted(by_first([P(first=0, end=2), P(first=3, end=5)]))
    [0, 3]
    """
    if isinstance(posts, IndexedPosts):
        return posts.last_by_first
    return {p.first: p for p in posts}


def ending_between(posts: Sequence, low: int, high: int) -> list:
    """The posts whose end token is in ``low..high`` (both included), in list order.

    >>> from types import SimpleNamespace as P
    >>> [p.n for p in ending_between([P(end=9, n="a"), P(end=3, n="b"), P(end=5, n="c")], 3, 5)]
    ['b', 'c']
    """
    if not isinstance(posts, IndexedPosts):
        return [p for p in posts if low <= p.end <= high]
    index = posts.all_by_end
    found = [hit for end in range(low, high + 1) for hit in index.get(end, ())]
    return [post for _, post in sorted(found, key=lambda hit: hit[0])]
