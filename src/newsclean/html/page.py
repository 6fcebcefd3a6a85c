"""One parsed HTML page as the DOM detectors see it: blocks, main content, title candidates."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex
from selectolax.lexbor import LexborHTMLParser

from newsclean import rx
from newsclean.headline import key as title_key
from newsclean.html import main_content
from newsclean.html.depth import flatten_deep
from newsclean.html.main_content import MainContent
from newsclean.html.metadata import PageMetadata, read
from newsclean.html.rawtext import for_parser
from newsclean.html.walk import RawBlock, Walk
from newsclean.prose import ends_like_sentence

# An element holding this share of the main content's prose wraps the article, whatever its name says.
WRAPPER_SHARE = 0.5
# Elements that only wrap list items and table rows.
WRAPPER_TAGS = frozenset(("ul", "ol", "dl", "menu", "table", "tbody", "thead", "tfoot", "tr"))


@dataclass(frozen=True)
class DomPage:
    """The walk's blocks and what the page says about itself."""

    source: str
    metadata: PageMetadata
    blocks: tuple[RawBlock, ...]
    last_descendant: tuple[int, ...]  # per element id: the id of its last descendant
    prose: tuple[int, ...]  # per element id: characters of prose inside it
    parents: tuple[int, ...]  # per element id: its parent's id (-1 for the root)
    tags: tuple[str, ...]  # per element id: its tag
    main: MainContent | None
    titles: frozenset[str]  # comparison keys of the headline as the page's metadata gives it
    counts: Counter[str]  # how often each block text occurs on the page
    first_index: dict[str, int]  # where each block text occurs first
    first_heading: int | None  # the first h1 block inside the main content (else on the page)
    trust_hidden: bool  # False when the page hides most of its prose (a script shows the article)
    flattened: int = 0  # tags nested too deep, read as spaces (see depth.py)
    teasers: frozenset[int] = frozenset()  # list items headed by a link, in lists of several such items
    signup_boxes: tuple[int, ...] = ()  # elements around a form with an e-mail field (a newsletter box)
    caption_story: bool = False  # the article is told in its pictures' captions (a photo story)
    players: tuple[int, ...] = ()  # the elements a <video> or <audio> sits in

    def ancestor(self, element: int, tag: str) -> int:
        """The nearest element with ``tag`` that is ``element`` or holds it, or -1."""
        return _ancestor(element, tag, self.parents, self.tags)

    def contains(self, outer: int, inner: int) -> bool:
        """Whether element ``inner`` is element ``outer`` or inside it."""
        return 0 <= outer <= inner <= self.last_descendant[outer]

    def holds_article(self, element: int) -> bool:
        """Whether an element holds much of the article's prose (a wrapper, not a box beside it)."""
        if self.main is None or element < 0:
            return False
        return self.contains(element, self.main.element) or self.prose[element] >= WRAPPER_SHARE * self.main.prose_chars

    def container(self, block: RawBlock) -> int:
        """The element a block sits in beside its siblings: its owner's parent, past list and table wrappers."""
        element = self.parents[block.owner] if block.owner >= 0 else -1
        while element >= 0 and self.tags[element] in WRAPPER_TAGS:
            element = self.parents[element]
        return element

    def item(self, block: RawBlock) -> int:
        """The list item a block sits in (its nearest ``<li>`` within a few levels), or -1."""
        return _item(block.element, self.parents, self.tags)

    def in_main(self, block: RawBlock) -> bool:
        """Whether a block sits inside the main content (every block does when none was found)."""
        return self.main is None or (block.element >= 0 and self.main.holds(block.element))


def analyse(source: str) -> DomPage:
    """Parse decoded HTML, read its metadata, walk it, and choose its main content."""
    source, flattened = flatten_deep(source)
    tree = LexborHTMLParser(for_parser(source))
    metadata = read(tree)
    root = tree.root
    walk = Walk(root, source) if root is not None else None
    blocks = tuple(walk.blocks) if walk else ()
    title = _title_block(source, metadata)
    if title is not None:
        blocks = (title, *blocks)
    trust_hidden = not (walk and main_content.hidden_article(walk))
    prose, junk = main_content.totals(walk, not trust_hidden) if walk else ([], [])
    titles = frozenset(title_key(t) for t in metadata.values("title"))
    main = main_content.select(walk, prose, junk, _headline_element(blocks, titles)) if walk else None
    h1s = [i for i, b in enumerate(blocks) if b.role == "h1"]
    inside = [i for i in h1s if main is None or main.holds(blocks[i].element)]  # h1 blocks are never the title
    first = inside[0] if inside else (h1s[0] if h1s else None)
    last = tuple(walk.last_descendant) if walk else ()
    parents = tuple(e.parent for e in walk.elements) if walk else ()
    tags = tuple(e.tag for e in walk.elements) if walk else ()
    first_index: dict[str, int] = {}
    for i, b in enumerate(blocks):
        first_index.setdefault(b.text, i)
    return DomPage(source, metadata, blocks, last, tuple(prose), parents, tags, main, titles,
                   Counter(b.text for b in blocks), first_index, first, trust_hidden, flattened,
                   _teasers(blocks, parents, tags), _signup_boxes(walk, parents, tags) if walk else (),
                   _caption_story(blocks, main), tuple(walk.player_boxes) if walk else ())


# A photo story: at least this many captions in sentences inside the main content, holding more of its prose than its
# paragraphs do.
CAPTION_STORY_MIN_CAPTIONS = 3
CAPTION_SENTENCE_MIN_TOKENS = 8


# A sentence ends inside the text: "… the dew is still on the grass. Photo: Jane Doe" (a caption and its credit).
SENTENCE_INSIDE = rx.compile(r"[.!?…»”]\s+\S")


def story_caption(block: RawBlock) -> bool:
    """A caption that tells part of the story: sentences, maybe followed by the picture's credit."""
    return (block.figure and block.tokens >= CAPTION_SENTENCE_MIN_TOKENS
            and (ends_like_sentence(block.text) or SENTENCE_INSIDE.search(block.text) is not None))


def _caption_story(blocks: tuple[RawBlock, ...], main: MainContent | None) -> bool:
    if main is None:
        return False
    captions = paragraphs = count = 0
    for b in blocks:
        if (b.element < 0 or not main.holds(b.element) or b.tokens < CAPTION_SENTENCE_MIN_TOKENS
                or not (story_caption(b) if b.figure else ends_like_sentence(b.text))):
            continue
        if b.figure:
            captions += len(b.text)
            count += 1
        else:
            paragraphs += len(b.text)
    return count >= CAPTION_STORY_MIN_CAPTIONS and captions > paragraphs


# A sign-up box holds little text: its heading, its pitch, the form (and its small print).
SIGNUP_BOX_MAX_PROSE = 600


def _signup_boxes(walk: Walk, parents: tuple[int, ...], tags: tuple[str, ...]) -> tuple[int, ...]:
    """The element around each form with an e-mail field: the form's own parent (past the form itself)."""
    boxes = []
    for field in walk.email_fields:
        form = _ancestor(field, "form", parents, tags)
        if form < 0:
            form = field
        box = parents[form] if form >= 0 else -1
        if box >= 0 and tags[box] not in ("body", "html"):
            boxes.append(box)
    return tuple(dict.fromkeys(boxes))


def _ancestor(element: int, tag: str, parents: tuple[int, ...], tags: tuple[str, ...]) -> int:
    while element >= 0 and tags[element] != tag:
        element = parents[element]
    return element


# A list item is searched this many levels up from a block (<li><a><h3>…</h3></a></li> is three).
ITEM_MAX_LEVELS = 4
# Link text share above which a heading links elsewhere (as dom_detectors.LINK_SHARE).
TEASER_LINK_SHARE = 0.6
TEASER_MIN_ITEMS = 2
HEADING_ROLES = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _item(element: int, parents: tuple[int, ...], tags: tuple[str, ...]) -> int:
    for _ in range(ITEM_MAX_LEVELS):
        if element < 0:
            return -1
        if tags[element] == "li":
            return element
        element = parents[element]
    return -1


def _teasers(blocks: tuple[RawBlock, ...], parents: tuple[int, ...], tags: tuple[str, ...]) -> frozenset[int]:
    """List items whose heading is a link, in lists holding several of them: teasers of other articles."""
    items = {_item(b.element, parents, tags) for b in blocks
             if b.role in HEADING_ROLES and b.link_chars >= TEASER_LINK_SHARE * len(b.text)}
    items.discard(-1)
    per_list = Counter(parents[i] for i in items)
    return frozenset(i for i in items if per_list[parents[i]] >= TEASER_MIN_ITEMS)


TITLE_TAG = rx.compile(r"<title(?:\s[^>]*)?>", regex.I)


def _title_block(source: str, metadata: PageMetadata) -> RawBlock | None:
    """The ``<title>`` element as a block of its own (it is never body, but it names the headline)."""
    found = next(((v, s) for v, s in metadata.candidates.get("title", ()) if s == "title"), None)
    if found is None:
        return None
    m = TITLE_TAG.search(source)
    start = m.end() if m else 0
    close = source.find("</", start)
    end = close if close >= 0 else start
    return RawBlock(text=found[0], owner=-1, element=-1, path="html>head>title", start=start, end=end, link_chars=0,
                    role="title", cells=None, boiler=None, landmark=None, hidden=None, figure=False,
                    in_heading=False)


# A heading this long that the page's title contains names the article.
TITLE_PART_MIN_CHARS = 20


def _headline_element(blocks: tuple[RawBlock, ...], titles: frozenset[str]) -> int | None:
    """The element of the article's headline: the first h1 or h2 the page's declared titles name,
    else the first h1 (a front page's featured teaser may be the only h1)."""
    for b in blocks:
        if b.role in ("h1", "h2"):
            k = title_key(b.text)
            if k in titles or (len(k) >= TITLE_PART_MIN_CHARS and any(k in t for t in titles)):
                return b.element
    return next((b.element for b in blocks if b.role == "h1"), None)


class DomContext:
    """One block as a DOM detector sees it."""

    __slots__ = ("block", "index", "page", "text", "words")

    def __init__(self, page: DomPage, index: int) -> None:
        self.page = page
        self.index = index
        self.block = page.blocks[index]
        self.text = self.block.text
        self.words = self.block.tokens

    @property
    def link_share(self) -> float:
        """The share of the block's characters inside links."""
        return self.block.link_share
