"""The DOM walk: a parsed page → blocks of text with their DOM path, source span and evidence.

The walk is iterative (an explicit stack, never recursion), so a page of a hundred thousand nested
``<div>`` elements is walked like any other. A block ends wherever a block-level element starts or
ends (and at ``<br>``); inline children are joined into it. Script, style and other elements that
never show text are skipped with their whole subtree.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsclean.html.spans import SourceTags
from newsclean.html.tokens import boilerplate_token
from newsclean.prose import count_words

SKIPPED = frozenset((
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "head",
    "select", "datalist", "audio", "video", "map", "textarea", "button", "title", "meta", "link", "input",
))
# Skipped elements whose inside holds tags of its own that the source scan must pass over.
SKIPPED_WITH_TAGS_INSIDE = frozenset(("svg", "math", "template", "select", "noscript", "video", "audio",
                                      "object", "button", "map", "datalist"))
BLOCK_LEVEL = frozenset((
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
    "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "img",
))
CELLS = frozenset(("td", "th"))
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
LANDMARK_TAGS = frozenset(("nav", "aside", "footer", "header", "form", "dialog"))
LANDMARK_ROLES = frozenset((
    "navigation", "complementary", "contentinfo", "banner", "search", "dialog", "alertdialog", "menu", "menubar",
    "form", "toolbar",
))
HIDDEN_STYLE = ("display:none", "visibility:hidden")
# prose.WORD on ASCII text (the same words; the standard library's engine is quicker at it).
ASCII_WORD = re.compile(r"\w+", re.ASCII)
# Paths show at most this many innermost steps (deep pages would print kilobytes per block).
PATH_MAX_STEPS = 12
CELL_BREAK = "\x00"
# Two or more capitals closing a piece of text: a label set in capitals ("READ MORE", "İLGİLİ HABER").
CAPS_TAIL = re.compile(r"[^\W\d_a-zà-ÿ]{2,}$")
CELL_JOIN = " | "  # between the cells of a table row in its block's text


class Element(NamedTuple):
    """An element the walk entered: what main-content selection needs to know about it."""

    tag: str
    parent: int  # the parent element's id, -1 for the root
    marker: str | None  # "articlebody", "article" or "main" for elements that declare the article
    label: str  # how a reason names it: "div.share-bar", "aside"


class Evidence(NamedTuple):
    """What an element's ancestors (and itself) say about the text inside it; shared until it changes."""

    boiler: tuple[str, str, str, int] | None = None  # (token, reason, element label, element id)
    landmark: tuple[str, int] | None = None  # ("<nav>" or "role=…", element id)
    hidden: str | None = None
    link: bool = False
    figure: bool = False
    heading: int = 0
    list_kind: str = ""
    quote: bool = False
    pre: bool = False


ROOT_EVIDENCE = Evidence()


@dataclass
class RawBlock:
    """A run of text between block boundaries, with the DOM facts detectors and markdown need."""

    text: str
    owner: int  # id of the innermost block-level element around the text
    element: int  # id of the innermost element open when the block ended (a table cell, a link)
    path: str
    start: int
    end: int
    link_chars: int
    role: str  # "p", "h2", "li-ul", "li-ol", "quote", "pre", "row", "caption", "title"
    cells: tuple[str, ...] | None
    boiler: tuple[str, str, str, int] | None  # (token, reason, element label, element id): nearest boilerplate element
    landmark: tuple[str, int] | None  # the nearest nav / aside / footer / header / form / landmark role, element id
    hidden: str | None  # why the block is hidden, if it is
    figure: bool  # inside <figure> or <figcaption>
    in_heading: bool
    image_alt: str | None = None  # the alt text of an image right before the block, no text between

    @property
    def link_share(self) -> float:
        """The share of the block's characters inside links."""
        return self.link_chars / len(self.text) if self.text else 0.0

    @functools.cached_property
    def tokens(self) -> int:
        """Space-separated tokens of the text (computed once: main-content selection and detectors ask)."""
        return len(self.text.split())

    @functools.cached_property
    def words(self) -> int:
        """``prose.count_words`` of the text (CJK characters counted in pairs), computed once."""
        text = self.text
        return len(ASCII_WORD.findall(text)) if text.isascii() else count_words(text)


# An open element: (node, tag, element id, path segment, evidence, stack index of the innermost
# block-level open element, itself included; -1 when there is none).
_Frame = tuple[LexborNode, str, int, str, "Evidence", int]


def _label(tag: str, attrs: dict[str, str | None]) -> str:
    ident, cls = attrs.get("id"), attrs.get("class")
    if ident and len(ident) <= 40:
        return f"{tag}#{ident.strip()}"
    if cls and cls.split():
        return f"{tag}.{cls.split()[0][:40]}"
    return tag


def _hidden(tag: str, attrs: dict[str, str | None]) -> str | None:
    if "hidden" in attrs:
        return "hidden attribute"
    if (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return "aria-hidden"
    style = attrs.get("style")
    if style:
        compact = "".join(style.lower().split())
        for rule in HIDDEN_STYLE:
            if rule in compact:
                return f"style {rule}"
    if tag == "input" and (attrs.get("type") or "").lower() == "hidden":
        return "hidden input"
    return None


MARKER_TAGS = frozenset(("article", "main"))
CONTAINER_TAGS = frozenset(("html", "body", "article", "main"))


class Facts(NamedTuple):
    """What an element's tag and attributes alone say (the same for every element that has them)."""

    hidden: str | None
    label: str
    marker: str | None
    boiler: tuple[str, str] | None  # (token, reason): a boilerplate class or id token
    landmark: str | None  # "<nav>", "role=navigation"
    link: bool  # an <a href>
    changes: bool  # whether the evidence inside the element differs from its parent's in any way


# Attributes whose values name what an element is, as a class does.
SEMANTIC_DATA_ATTRS = ("data-component", "data-testid", "data-test-id", "data-qa", "data-module", "data-widget", "data-block")
# Element facts by (tag, attributes), shared by every page: class and id values repeat within a
# page and across a site's pages. Holds at most this many entries.
FACTS_CACHE_MAX = 256
_FACTS: dict[Any, Facts] = {}
FLAG_TAGS = frozenset(("figure", "figcaption", "caption", "ul", "ol", "menu", "blockquote", "pre", *HEADINGS))


def element_facts(tag: str, attrs: dict[str, str | None]) -> Facts:
    """The facts of an element with this tag and these attributes."""
    hidden = _hidden(tag, attrs) if attrs else None
    label = _label(tag, attrs) if attrs else tag
    marker = _marker(tag, attrs) if attrs or tag in MARKER_TAGS else None
    boiler = None
    # <article class="post-1 category-news tag-sport">: a container's class lists its topics, not boilerplate
    if tag not in CONTAINER_TAGS:
        # a custom element's name says what it is, as a class does (<amp-ad>, <share-buttons>)
        # (and so do the names test and component hooks give it: data-qa="newsletter", data-component="ad-slot",
        # where the classes are hashes: "sc-nl-6t5r")
        for value in (tag if "-" in tag else None, attrs.get("class"), attrs.get("id"),
                      *(attrs.get(name) for name in SEMANTIC_DATA_ATTRS)):
            if value:
                boiler = boilerplate_token(value)
                if boiler is not None:
                    break
    landmark = None
    if tag in LANDMARK_TAGS:
        landmark = f"<{tag}>"
    else:
        role = attrs.get("role")
        if role and role.strip().lower() in LANDMARK_ROLES:
            landmark = f"role={role.strip().lower()}"
    link = tag == "a" and "href" in attrs
    changes = bool(boiler or landmark or hidden or link or tag in FLAG_TAGS)
    return Facts(hidden, label, marker, boiler, landmark, link, changes)


def facts_key(tag: str, attrs: dict[str, str | None]) -> Any:
    """What ``element_facts`` reads of an element: its tag and the attributes that matter (not a
    link's address or an image's source, which differ on every element)."""
    if not attrs:
        return tag
    get = attrs.get
    return (tag, get("id"), get("class"), get("role"), get("itemprop"), get("style"), get("aria-hidden"),
            "hidden" in attrs, "href" in attrs, get("type"), *(get(name) for name in SEMANTIC_DATA_ATTRS))


def cached_facts(tag: str, attrs: dict[str, str | None]) -> Facts:
    """``element_facts``, computed once per distinct tag and attributes that matter."""
    key = facts_key(tag, attrs)
    facts = _FACTS.get(key)
    if facts is None:
        if len(_FACTS) >= FACTS_CACHE_MAX:  # forget the older half (common facts come back at once)
            for old in list(itertools.islice(_FACTS, FACTS_CACHE_MAX // 2)):
                _FACTS.pop(old, None)
        facts = _FACTS[key] = element_facts(tag, attrs)
    return facts


def _evidence(ev: Evidence, tag: str, facts: Facts, eid: int) -> Evidence:
    """The evidence inside an element: its parent's, updated by its tag and attributes."""
    boiler, landmark, hidden, link, figure, heading, list_kind, quote, pre = ev
    if facts.boiler is not None:
        boiler = (facts.boiler[0], facts.boiler[1], facts.label, eid)
    if facts.landmark is not None:
        landmark = (facts.landmark, eid)
    if hidden is None and facts.hidden:
        hidden = facts.hidden
    if tag == "a":
        link = link or facts.link
    elif tag in ("figure", "figcaption", "caption"):  # (a table's <caption> too: its title, read as a figure's)
        figure = True
    elif tag in HEADINGS:
        heading = HEADINGS[tag]
    elif tag in ("ul", "ol", "menu"):
        list_kind = "ol" if tag == "ol" else "ul"
    elif tag == "blockquote":
        quote = True
    elif tag == "pre":
        pre = True
    return Evidence(boiler, landmark, hidden, link, figure, heading, list_kind, quote, pre)


def _marker(tag: str, attrs: dict[str, str | None]) -> str | None:
    itemprop = attrs.get("itemprop") or ""
    if "articlebody" in itemprop.lower():
        return "articlebody"
    if tag == "article":
        return "article"
    if tag == "main" or (attrs.get("role") or "").lower() == "main":
        return "main"
    return None


# Lexbor numbers the tags it knows with small constant ids (custom elements get ids of their own,
# per document, far above these): names are looked up by id, which is cheaper than reading them.
def _text_tag_id() -> int:
    """Lexbor's id for text nodes, read from a parsed snippet."""
    p = LexborHTMLParser("<p>x</p>").css_first("p")
    text = p.child if p is not None else None
    if text is None:
        raise RuntimeError("selectolax parsed <p>x</p> without a text node")
    return text.tag_id


TEXT_TAG_ID = _text_tag_id()
KNOWN_TAG_IDS = 4096
_TAG_NAMES: dict[int, str] = {}


def _tag_name(node: LexborNode, tag_id: int) -> str:
    name = node.tag or ""
    if 0 <= tag_id < KNOWN_TAG_IDS and name == name.lower():
        _TAG_NAMES[tag_id] = name
    return name


class Walk:
    """Walks one parsed document once; ``blocks`` and ``elements`` hold what it found.

    The loop is one function with its state in local variables: it runs once per node of the
    page, so every attribute look-up and call saved there counts. An open element is a frame
    ``(node, tag, eid, segment, evidence, owner)``, ``owner`` being the stack index of the
    innermost block-level frame (itself when it is block-level).
    """

    def __init__(self, root: LexborNode, source: str) -> None:
        self.tags = SourceTags(source)
        self.blocks: list[RawBlock] = []
        self.elements: list[Element] = []
        self.last_descendant: list[int] = []
        self.email_fields: list[int] = []  # the element each e-mail input sits in (a sign-up form's field)
        self.player_boxes: list[int] = []  # the element each <video> or <audio> sits in (a media player's box)
        self._stack: list[_Frame] = []
        self._pieces: list[str] = []
        self._link_chars = 0
        self._start = -1
        self._end = -1
        self._after = 0  # where the next text may start in the source
        self._alt: str | None = None  # the alt text of the last image, until the next block
        self._entered_inline = False  # an inline element opened since the last text
        self._entered_link = False  # … and it was a link
        self._after_link = False  # the last text was a link's
        self._run(root)

    # -- the walk -----------------------------------------------------------------------------
    def _run(self, root: LexborNode) -> None:
        tags = self.tags
        names, positions, source_len = tags.names, tags.positions, len(tags.source)
        n_names = len(names)
        elements, last_descendant = self.elements, self.last_descendant
        stack = self._stack
        counts: list[dict[str, int] | None] = []  # per open element: how many children of each tag so far
        skipped, block_level, cells, facts_cache, tag_names = SKIPPED, BLOCK_LEVEL, CELLS, _FACTS, _TAG_NAMES
        new_element, append_element, append_last = Element, elements.append, last_descendant.append
        node: LexborNode | None = root
        while node is not None:
            entered = False
            tag_id = node.tag_id
            if tag_id == TEXT_TAG_ID:
                if self._pieces:
                    text = node.text_content
                    if text:
                        self._text(text, stack[-1] if stack else None)
                elif not node.is_empty_text_node:  # (Lexbor's test: only ASCII spaces; text.isspace() follows)
                    text = node.text_content
                    if text and not text.isspace():
                        self._text(text, stack[-1] if stack else None)
                node_tag = None
            else:
                node_tag = tag_names.get(tag_id)
                if node_tag is None:
                    node_tag = _tag_name(node, tag_id)
            if node_tag and node_tag[0] != "-":
                tag = node_tag
                # the element's start tag in the source (SourceTags.locate, its common case inline)
                i = tags.cursor
                if i < n_names and names[i] == tag:
                    tags.cursor = i + 1
                    position = positions[i]
                else:
                    position = tags.locate(tag) if i < n_names else source_len
                if tag in skipped and not (tag == "button" and _toggle(node)):
                    if tag in SKIPPED_WITH_TAGS_INSIDE:
                        tags.skip_element(tag, position)
                        if (tag == "video" or tag == "audio") and stack:
                            self.player_boxes.append(stack[-1][2])
                    elif tag == "input" and stack and _email_input(node):
                        self.email_fields.append(stack[-1][2])
                    facts = None
                else:
                    attrs = node.attributes
                    facts = facts_cache.get(facts_key(tag, attrs) if attrs else tag)
                    if facts is None:
                        facts = cached_facts(tag, attrs)
                if facts is None:
                    pass
                elif facts.hidden and tag not in block_level:
                    tags.skip_element(tag, position)  # hidden inline text: an icon label, screen-reader text
                elif tag == "br" or tag == "hr":
                    if self._pieces:
                        self._flush()
                    if position > self._after:
                        self._after = position
                else:
                    entered = True
                    if tag in block_level:
                        if self._pieces:
                            self._flush()
                    elif tag in cells and self._pieces:
                        self._pieces.append(CELL_BREAK)
                    elif (facts.boiler and self._pieces and stack and stack[-1][4].boiler
                          and stack[-1][4].boiler[1] != facts.boiler[1]):
                        # a part of a furniture line named as another kind of boilerplate ("<div class=entry-meta">
                        # holding "<span class=comments-link>"): a line of its own, so that the metadata's rules read
                        # the rest alone ("<div class=byline>By <span class=author>…" stays one line)
                        self._flush()
                    else:
                        self._entered_inline = True
                        self._entered_link = self._entered_link or tag == "a"
                    if position > self._after:
                        self._after = position
                    if tag == "img":
                        alt = attrs.get("alt") if attrs else None
                        self._alt = " ".join(alt.split()) if alt else None
                    elif tag == "time" and self._pieces and not self._pieces[-1][-1:].isspace():
                        self._pieces.append(" ")  # "<time>6 Feb 2025</time><time>…</time>": two dates, not "20256 Feb"
                    eid = len(elements)
                    label = facts.label
                    if stack:
                        parent = stack[-1]
                        append_element(new_element(tag, parent[2], facts.marker, label))
                        ev = _evidence(parent[4], tag, facts, eid) if facts.changes else parent[4]
                        seen = counts[-1]
                        if seen is None:
                            seen = counts[-1] = {}
                        n = seen[tag] = seen.get(tag, 0) + 1
                        segment = f"{label}[{n}]" if n > 1 else label
                        owner = len(stack) if tag in block_level else parent[5]
                    else:
                        append_element(new_element(tag, -1, facts.marker, label))
                        ev = _evidence(ROOT_EVIDENCE, tag, facts, eid) if facts.changes else ROOT_EVIDENCE
                        segment = label
                        owner = 0 if tag in block_level else -1
                    append_last(eid)
                    stack.append((node, tag, eid, segment, ev, owner))
                    counts.append(None)
            if entered:
                child = node.child
                if child is not None:
                    node = child
                    continue
                # an element without children closes at once (its last descendant is itself)
                if self._pieces and tag in block_level:
                    self._flush()
                stack.pop()
                counts.pop()
            # the next node in document order after this subtree, closing elements on the way
            while True:
                sibling = node.next
                if sibling is not None:
                    node = sibling
                    break
                if not stack:
                    node = None
                    break
                frame = stack[-1]  # close the innermost open element (its text flushed while it is open)
                if self._pieces and frame[1] in block_level:
                    self._flush()
                stack.pop()
                counts.pop()
                last_descendant[frame[2]] = len(elements) - 1
                node = frame[0]

    def _text(self, text: str, frame: _Frame | None) -> None:
        if frame is not None and frame[4].pre and "\n" in text:
            lines = text.split("\n")
            for k, line in enumerate(lines):
                if k:
                    self._flush()
                self._add(line, frame)
            return
        self._add(text, frame)

    def _add(self, text: str, frame: _Frame | None) -> None:
        stripped = text.strip()
        if not stripped:
            if self._pieces:
                self._pieces.append(" ")
            return
        pieces = self._pieces
        # "<span>İLGİLİ HABER</span><a>Zeytinyağı ihracatında …</a>": a label in capitals glued to the title after it
        # reads as two words (a drop cap, "<span>T</span>he", is one letter and stays glued)
        if (pieces and self._entered_inline and text[:1].isupper() and text[1:2].islower()
                and (CAPS_TAIL.search(pieces[-1]) or ((self._entered_link or self._after_link) and pieces[-1][-2:].isalpha()))):
            pieces.append(" ")  # (and a link glued to a label: "Lee también<a>La farmacia …</a>", "…</a><span>Viajes …")
        self._entered_inline = self._entered_link = False
        self._after_link = frame is not None and frame[4].link
        start, end = self.tags.text_span(text, self._after)
        if self._start < 0:
            self._start = start
        self._end = max(end, self._start)
        if end > self._after:
            self._after = end
        self._pieces.append(text)
        if frame is not None and frame[4].link:
            self._link_chars += len(stripped)

    def _flush(self) -> None:
        pieces = self._pieces
        if not pieces:
            return
        raw = "".join(pieces)
        self._pieces = []
        link_chars, self._link_chars = self._link_chars, 0
        start, end = self._start, self._end
        self._start = self._end = -1
        cells: tuple[str, ...] | None = None
        if CELL_BREAK in raw:
            cells = tuple(c for c in (" ".join(part.split()) for part in raw.split(CELL_BREAK)) if c)
            text = CELL_JOIN.join(cells)  # "Candidate | Votes | Share": a row reads as flattened tables do
        else:
            text = " ".join(raw.split())
        if not text:
            return
        stack = self._stack
        if not stack:
            return
        frame = stack[-1]
        if frame[5] < 0:
            return
        owner = stack[frame[5]]
        owner_ev = owner[4]
        self.blocks.append(RawBlock(
            text=text,
            owner=owner[2],
            element=frame[2],
            path=self._path(),
            start=start,
            end=max(end, start),
            link_chars=min(link_chars, len(text)),
            role=_role(owner[1], owner_ev, cells),
            cells=cells if cells and len(cells) > 1 else None,
            boiler=owner_ev.boiler or frame[4].boiler,
            landmark=owner_ev.landmark,
            hidden=owner_ev.hidden,
            figure=owner_ev.figure,
            in_heading=owner_ev.heading > 0,
            image_alt=self._alt,
        ))
        self._alt = None

    def _path(self) -> str:
        stack = self._stack
        steps = [f[3] for f in stack[-PATH_MAX_STEPS:]]
        prefix = "…>" if len(stack) > PATH_MAX_STEPS else ""
        return prefix + ">".join(steps)


def _toggle(node: LexborNode) -> bool:
    """A button that opens a section of the page (an accordion's question): its text is the page's, not a control's."""
    attrs = node.attributes
    return "aria-expanded" in attrs or "aria-controls" in attrs


def _email_input(node: LexborNode) -> bool:
    """An ``<input>`` for an e-mail address (its type, or its name when the type is plain text)."""
    attrs = node.attributes
    kind = (attrs.get("type") or "").lower()
    return kind == "email" or (kind in ("", "text") and "mail" in (attrs.get("name") or "").lower())


def _role(tag: str, ev: Evidence, cells: tuple[str, ...] | None) -> str:
    if ev.heading:
        return f"h{ev.heading}"
    if tag == "li" or (tag in ("dd", "dt") and ev.list_kind):
        return "li-ol" if ev.list_kind == "ol" else "li-ul"
    if ev.pre:
        return "pre"
    if ev.quote:
        return "quote"
    if tag == "tr" or cells:
        return "row"
    if ev.figure:
        return "caption"
    return "p"
