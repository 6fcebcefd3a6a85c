"""The DOM walk: a parsed page → blocks of text with their DOM path, source span and evidence.

The walk is iterative (an explicit stack, never recursion), so a page of a hundred thousand nested
``<div>`` elements is walked like any other. A block ends wherever a block-level element starts or
ends (and at ``<br>``); inline children are joined into it. Script, style and other elements that
never show text are skipped with their whole subtree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from selectolax.lexbor import LexborNode

from newsclean.html.spans import SourceTags
from newsclean.html.tokens import boilerplate_token

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
# Paths show at most this many innermost steps (deep pages would print kilobytes per block).
PATH_MAX_STEPS = 12
CELL_BREAK = "\x00"


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
# Tags that change the evidence by themselves, attributes or not.
EVIDENCE_TAGS = frozenset(("a", "figure", "figcaption", "ul", "ol", "menu", "blockquote", "pre", *HEADINGS,
                           *LANDMARK_TAGS))


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


class _Frame:
    __slots__ = ("counts", "eid", "ev", "node", "segment", "tag")

    def __init__(self, node: LexborNode, tag: str, eid: int, segment: str, ev: Evidence) -> None:
        self.node = node
        self.tag = tag
        self.eid = eid
        self.segment = segment
        self.ev = ev
        self.counts: dict[str, int] | None = None


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


def _evidence(ev: Evidence, tag: str, attrs: dict[str, str | None], label: str, eid: int,
              hidden: str | None) -> Evidence:
    """The evidence inside an element: its parent's, updated by its tag and attributes."""
    changes: dict[str, Any] = {}
    # <article class="post-1 category-news tag-sport">: a container's class lists its topics, not boilerplate
    for key in ("class", "id") if tag not in CONTAINER_TAGS else ():
        value = attrs.get(key)
        if value:
            found = boilerplate_token(value)
            if found is not None:
                changes["boiler"] = (found[0], found[1], label, eid)
                break
    role = attrs.get("role")
    if tag in LANDMARK_TAGS:
        changes["landmark"] = (f"<{tag}>", eid)
    elif role and role.strip().lower() in LANDMARK_ROLES:
        changes["landmark"] = (f"role={role.strip().lower()}", eid)
    if ev.hidden is None and hidden:
        changes["hidden"] = hidden
    if tag == "a":
        if "href" in attrs:
            changes["link"] = True
    elif tag in ("figure", "figcaption"):
        changes["figure"] = True
    elif tag in HEADINGS:
        changes["heading"] = HEADINGS[tag]
    elif tag in ("ul", "ol", "menu"):
        changes["list_kind"] = "ol" if tag == "ol" else "ul"
    elif tag == "blockquote":
        changes["quote"] = True
    elif tag == "pre":
        changes["pre"] = True
    return ev._replace(**changes) if changes else ev


def _marker(tag: str, attrs: dict[str, str | None]) -> str | None:
    itemprop = attrs.get("itemprop") or ""
    if "articlebody" in itemprop.lower():
        return "articlebody"
    if tag == "article":
        return "article"
    if tag == "main" or (attrs.get("role") or "").lower() == "main":
        return "main"
    return None


class Walk:
    """Walks one parsed document once; ``blocks`` and ``elements`` hold what it found."""

    def __init__(self, root: LexborNode, source: str) -> None:
        self.tags = SourceTags(source)
        self.blocks: list[RawBlock] = []
        self.elements: list[Element] = []
        self.last_descendant: list[int] = []
        self._stack: list[_Frame] = []
        self._pieces: list[str] = []
        self._link_chars = 0
        self._start = -1
        self._end = -1
        self._after = 0  # where the next text may start in the source
        self._run(root)

    # -- the walk -----------------------------------------------------------------------------
    def _run(self, root: LexborNode) -> None:
        node: LexborNode | None = root
        while node is not None:
            entered = False
            tag = node.tag or ""
            if tag == "-text":
                self._text(node.text_content or "")
            elif not tag.startswith("-") and tag:
                entered = self._enter(node, tag)
            child = node.child if entered else None
            if child is not None:
                node = child
                continue
            if entered:
                self._exit()
            node = self._next(node)

    def _next(self, node: LexborNode) -> LexborNode | None:
        """The next node in document order after ``node``'s subtree, closing elements on the way."""
        while True:
            sibling = node.next
            if sibling is not None:
                return sibling
            if not self._stack:
                return None
            node = self._exit()

    def _enter(self, node: LexborNode, tag: str) -> bool:
        attrs = node.attributes
        position = self.tags.locate(tag)
        if tag in SKIPPED:
            if tag in SKIPPED_WITH_TAGS_INSIDE:
                self.tags.skip_element(tag, position)
            return False
        hidden = _hidden(tag, attrs) if attrs else None
        if hidden and tag not in BLOCK_LEVEL:
            self.tags.skip_element(tag, position)  # hidden inline text: an icon label, screen-reader text
            return False
        if tag == "br" or tag == "hr":
            if self._pieces:
                self._flush()
            self._after = max(self._after, position)
            return False
        parent = self._stack[-1] if self._stack else None
        if tag in BLOCK_LEVEL:
            if self._pieces:
                self._flush()
        elif tag in CELLS and self._pieces:
            self._pieces.append(CELL_BREAK)
        if position > self._after:
            self._after = position
        eid = len(self.elements)
        label = _label(tag, attrs) if attrs else tag
        self.elements.append(Element(tag, parent.eid if parent else -1, _marker(tag, attrs) if attrs or tag in
                                     MARKER_TAGS else None, label))
        self.last_descendant.append(eid)
        ev = parent.ev if parent is not None else ROOT_EVIDENCE
        if attrs or tag in EVIDENCE_TAGS:
            ev = _evidence(ev, tag, attrs, label, eid, hidden)
        if parent is None:
            segment = label
        else:
            counts = parent.counts
            if counts is None:
                counts = parent.counts = {}
            n = counts[tag] = counts.get(tag, 0) + 1
            segment = f"{label}[{n}]" if n > 1 else label
        self._stack.append(_Frame(node, tag, eid, segment, ev))
        return True

    def _exit(self) -> LexborNode:
        """Close the innermost open element (its text is flushed while it is still open)."""
        frame = self._stack[-1]
        if self._pieces and frame.tag in BLOCK_LEVEL:
            self._flush()
        self._stack.pop()
        self.last_descendant[frame.eid] = len(self.elements) - 1
        return frame.node

    def _text(self, text: str) -> None:
        if not text or (not self._pieces and text.isspace()):
            return
        frame = self._stack[-1] if self._stack else None
        if frame is not None and frame.ev.pre and "\n" in text:
            lines = text.split("\n")
            for k, line in enumerate(lines):
                if k:
                    self._flush()
                self._add(line, frame)
            return
        self._add(text, frame)

    def _add(self, text: str, frame: _Frame | None) -> None:
        if not text.strip():
            if self._pieces:
                self._pieces.append(" ")
            return
        start, end = self.tags.text_span(text, self._after)
        if self._start < 0:
            self._start = start
        self._end = max(end, self._start)
        self._after = max(self._after, end)
        self._pieces.append(text)
        if frame is not None and frame.ev.link:
            self._link_chars += len(text.strip())

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
            text = " ".join(cells)
        else:
            text = " ".join(raw.split())
        if not text:
            return
        owner = next((f for f in reversed(self._stack) if f.tag in BLOCK_LEVEL), None)
        frame = self._stack[-1] if self._stack else None
        if frame is None or owner is None:
            return
        self.blocks.append(RawBlock(
            text=text,
            owner=owner.eid,
            element=frame.eid,
            path=self._path(),
            start=start,
            end=max(end, start),
            link_chars=min(link_chars, len(text)),
            role=_role(owner, cells),
            cells=cells if cells and len(cells) > 1 else None,
            boiler=owner.ev.boiler or frame.ev.boiler,
            landmark=owner.ev.landmark,
            hidden=owner.ev.hidden,
            figure=owner.ev.figure,
            in_heading=owner.ev.heading > 0,
        ))

    def _path(self) -> str:
        steps = [f.segment for f in self._stack[-PATH_MAX_STEPS:]]
        prefix = "…>" if len(self._stack) > PATH_MAX_STEPS else ""
        return prefix + ">".join(steps)


def _role(owner: _Frame, cells: tuple[str, ...] | None) -> str:
    ev = owner.ev
    if ev.heading:
        return f"h{ev.heading}"
    if owner.tag == "li" or (owner.tag in ("dd", "dt") and ev.list_kind):
        return "li-ol" if ev.list_kind == "ol" else "li-ul"
    if ev.pre:
        return "pre"
    if ev.quote:
        return "quote"
    if owner.tag == "tr" or cells:
        return "row"
    if ev.figure:
        return "caption"
    return "p"
