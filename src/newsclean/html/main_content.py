"""Main-content selection: which element holds the article.

Declared containers come first (``itemprop=articleBody``, ``<article>``, ``<main>`` /
``role=main``) when they hold most of the page's prose; otherwise the densest region wins: every
element is scored by the prose it holds minus a share of its link text and short lines, as
readability and jusText do with their paragraph scores.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newsclean.html.walk import RawBlock, Walk

# A block counts as prose when it has this many words and little of it is link text.
PROSE_MIN_WORDS = 12
PROSE_MAX_LINK_SHARE = 0.4
# Short lines and link text weigh against a region at this rate per character.
JUNK_WEIGHT = 0.6
# A declared container is taken when it holds at least this share of the densest region's prose.
DECLARED_MIN_SHARE = 0.6
MARKERS = ("articlebody", "article", "main")
LISTING_MIN = 2
# The densest region narrows to a child holding this share of its prose.
CONCENTRATED_SHARE = 0.8
# A page hides its article (a script shows it) when it shows less prose than this, and hides more.
HIDDEN_ARTICLE_MAX_SHOWN = 500
# A declared container that holds the page's <h1> needs only this share of the densest region's prose.
HEADLINED_MIN_SHARE = 0.2
# Text inside these landmarks is never the article, so it never makes a region dense.
SIDE_LANDMARKS = frozenset(("<aside>", "<nav>", "<footer>", "role=complementary", "role=navigation",
                            "role=contentinfo"))


@dataclass(frozen=True)
class MainContent:
    """The element chosen as the article's container, and how it was chosen."""

    element: int
    first: int  # ids of the element and its descendants run from ``first`` to ``last``
    last: int
    label: str  # "<article>", "itemprop=articleBody", "densest region div.story"
    prose_chars: int
    declared: bool  # the page marks it (articleBody, <article>, <main>); else it is the densest region

    def holds(self, element: int) -> bool:
        """Whether element ``element`` is the container or inside it."""
        return self.first <= element <= self.last


def is_prose(block: RawBlock) -> bool:
    """A paragraph of some length that is mostly not link text (words counted for CJK scripts too)."""
    return block.link_chars <= PROSE_MAX_LINK_SHARE * len(block.text) and is_long(block)


def is_long(block: RawBlock) -> bool:
    """A block long enough to be a paragraph (its link text is counted apart)."""
    return block.tokens >= PROSE_MIN_WORDS or block.words >= PROSE_MIN_WORDS


def hidden_article(walk: Walk) -> bool:
    """Whether the page hides most of its prose (a script reveals the article): then hiding says nothing."""
    shown = hidden = 0
    for block in walk.blocks:
        if is_prose(block):
            if block.hidden:
                hidden += len(block.text)
            else:
                shown += len(block.text)
    return shown < HIDDEN_ARTICLE_MAX_SHOWN and hidden > shown


def totals(walk: Walk, count_hidden: bool = False) -> tuple[list[int], list[int]]:
    """Per element: the prose characters and the junk characters (links, short lines) it holds."""
    n = len(walk.elements)
    prose, junk = [0] * n, [0] * n
    for block in walk.blocks:
        if (block.hidden and not count_hidden) or (block.landmark is not None and block.landmark[0] in SIDE_LANDMARKS):
            continue
        if is_long(block) or (block.role == "row" and not block.link_chars):
            prose[block.element] += len(block.text) - block.link_chars
            junk[block.element] += block.link_chars
        else:  # a short line weighs by its link text; a heading, a list item or a label of its own is neutral
            junk[block.element] += block.link_chars
    for eid in range(n - 1, 0, -1):  # children come after their parents: one backward pass sums subtrees
        parent = walk.elements[eid].parent
        if parent >= 0:
            prose[parent] += prose[eid]
            junk[parent] += junk[eid]
    return prose, junk


def _nested(sorted_ids: list[int], first: int, last: int) -> int:
    """How many of ``sorted_ids`` lie strictly inside the element spanning ids ``first``..``last``."""
    return bisect.bisect_right(sorted_ids, last) - bisect.bisect_right(sorted_ids, first)


def _concentrate(walk: Walk, prose: list[int], element: int) -> int:
    """Descend into the child that holds nearly all of an element's prose, when no prose comes
    before it (a donation appeal or teasers below the article add prose to its parent, not to the
    article; a standfirst above the article's body belongs to it)."""
    children: dict[int, list[int]] = {}
    last = walk.last_descendant[element]
    for eid in range(element + 1, last + 1):
        children.setdefault(walk.elements[eid].parent, []).append(eid)
    while True:
        kids = children.get(element, ())
        best = max(kids, key=lambda e: prose[e], default=None)
        if best is None or prose[best] < CONCENTRATED_SHARE * prose[element] or any(
            prose[k] for k in kids if k < best
        ):
            return element
        element = best


def _split_body(walk: Walk, prose: list[int], element: int) -> tuple[int, int]:
    """Where the declared container's article ends, and its prose: a CMS that splits the text around an ad or a
    paywall box prints the rest in siblings of the same kind after it ("div.article__body" twice), only the first
    one declared."""
    parent, label = walk.elements[element].parent, walk.elements[element].label
    last, chars = walk.last_descendant[element], prose[element]
    if parent < 0 or "." not in label:
        return last, chars  # (a bare <div> sibling says nothing: only a class names a kind)
    eid, end = last + 1, walk.last_descendant[parent]
    while eid <= end:
        el = walk.elements[eid]
        if el.parent == parent and el.label == label and prose[eid]:
            last, chars = walk.last_descendant[eid], chars + prose[eid]
        eid = walk.last_descendant[eid] + 1  # the next sibling
    return last, chars


def select(walk: Walk, prose: list[int], junk: list[int], headline: int | None = None) -> MainContent | None:
    """The article's container, or None when the page has no prose to centre on."""
    if not walk.elements:
        return None
    densest = max(range(len(prose)), key=lambda e: prose[e] - JUNK_WEIGHT * junk[e])
    if prose[densest] == 0:
        return None
    for marker in MARKERS:
        declared = [e for e, el in enumerate(walk.elements) if el.marker == marker]
        # an element that holds several others of its kind is a listing (related posts), not the article
        declared = [e for e in declared if _nested(declared, e, walk.last_descendant[e]) < LISTING_MIN]
        if not declared:
            continue
        best = max(declared, key=lambda e: prose[e])
        share = DECLARED_MIN_SHARE
        # the container of the page's headline is the article even beside a longer listing
        titled = [e for e in declared if headline is not None and e <= headline <= walk.last_descendant[e]]
        if titled and prose[titled[-1]] >= HEADLINED_MIN_SHARE * prose[densest]:
            best, share = titled[-1], HEADLINED_MIN_SHARE
        if prose[best] >= share * prose[densest]:
            label = "itemprop=articleBody" if marker == "articlebody" else walk.elements[best].label
            last, chars = _split_body(walk, prose, best)
            return MainContent(best, best, last, f"declared {label}", chars, True)
    densest = _concentrate(walk, prose, densest)
    label = walk.elements[densest].label
    return MainContent(densest, densest, walk.last_descendant[densest], f"densest region {label}", prose[densest], False)
